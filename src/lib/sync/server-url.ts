/**
 * The server address a user types: empty means the page's own origin; anything else must be
 * an http(s) origin without credentials, path, query or fragment.
 */
export type ServerOrigin = { ok: true; origin: string } | { ok: false; message: string };

export function serverOrigin(input: string, pageOrigin: string): ServerOrigin {
	const text = input.trim();
	if (text === '') return { ok: true, origin: pageOrigin };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, message: 'Enter the server’s address, like https://quarry.example.com.' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, message: 'The server’s address must start with https:// or http://.' };
	}
	if (url.username !== '' || url.password !== '') {
		return { ok: false, message: 'The server’s address must not contain a user name or password.' };
	}
	if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
		return {
			ok: false,
			message: `Enter the server’s address only (${url.origin}), without a path.`
		};
	}
	return { ok: true, origin: url.origin };
}
