/** SHA-256 of a text (UTF-8) as lower-case hex: the cache keys' hash (answers, results, contexts). */
export async function sha256Text(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
