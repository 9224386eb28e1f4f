/** base64url without padding (RFC 4648 §5), strict: any other character is an error. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i];
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
		out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
		if (b !== undefined) out += ALPHABET[(n >> 6) & 63];
		if (c !== undefined) out += ALPHABET[n & 63];
	}
	return out;
}

export type Base64Result =
	| { ok: true; bytes: Uint8Array<ArrayBuffer> }
	| { ok: false; reason: 'character' | 'length'; index?: number };

/** Decode base64url text; reports the first bad character or an impossible length. */
export function fromBase64Url(text: string): Base64Result {
	if (text.length % 4 === 1) return { ok: false, reason: 'length' };
	const out = new Uint8Array(Math.floor((text.length * 3) / 4));
	let bits = 0;
	let value = 0;
	let o = 0;
	for (let i = 0; i < text.length; i++) {
		const v = LOOKUP.get(text[i]);
		if (v === undefined) return { ok: false, reason: 'character', index: i };
		value = ((value << 6) | v) & 0xfff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[o++] = (value >> bits) & 0xff;
		}
	}
	return { ok: true, bytes: out.subarray(0, o) };
}
