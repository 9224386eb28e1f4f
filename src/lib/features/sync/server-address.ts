/**
 * The server address a user types in Settings → Server and sync: empty means this Quarry's own
 * server; otherwise an http(s) address of a Quarry server (its origin; no path, user name,
 * query or fragment). Checked here for an answer at the field before anything is sent.
 */
export type ServerAddressCheck =
	{ ok: true; origin: string | null } | { ok: false; message: string };

const MAX_LENGTH = 2_000;

export function checkServerAddress(text: string): ServerAddressCheck {
	const value = text.trim();
	if (value === '') return { ok: true, origin: null };
	if (value.length > MAX_LENGTH) return { ok: false, message: 'That address is too long.' };
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return {
			ok: false,
			message: 'That is not an address. Write it in full, e.g. https://quarry.example.org.'
		};
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, message: 'Only http:// and https:// addresses can be used.' };
	}
	if (url.username !== '' || url.password !== '') {
		return { ok: false, message: 'Do not put a user name or password in the address.' };
	}
	if (url.search !== '' || url.hash !== '' || /[?#]/.test(value)) {
		return { ok: false, message: 'The address must not have a query (?…) or fragment (#…).' };
	}
	if (url.pathname !== '/') {
		return {
			ok: false,
			message: `Give the server’s address without a path, e.g. ${url.origin}.`
		};
	}
	return { ok: true, origin: url.origin };
}
