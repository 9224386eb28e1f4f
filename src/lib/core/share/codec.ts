/**
 * Share link codec, version 1: `v1.` + base64url (no padding) of the deflate-raw compressed
 * UTF-8 JSON of the payload. Decoding checks every step and reports what broke in words a
 * user can act on; the decompressed size is capped while streaming, so a small link cannot
 * expand into a huge one.
 */
import { fromBase64Url, toBase64Url } from './base64url';
import {
	LINK_PREFIX,
	SHARE_LIMITS,
	type DecodeResult,
	type ShareError,
	type SharePayload
} from './types';
import { validatePayload } from './validate-payload';

/** The link text for `payload` (what follows `#` in the address). */
export async function encodeShareLink(payload: SharePayload): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(payload));
	const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
	return LINK_PREFIX + toBase64Url(bytes);
}

function failure(code: ShareError['code'], message: string): DecodeResult {
	return { ok: false, code, message };
}

/** Read link text (with or without a leading `#`) back into a checked payload. */
export async function decodeShareLink(input: string): Promise<DecodeResult> {
	const text = input.startsWith('#') ? input.slice(1) : input;
	if (text.trim() === '') return failure('empty', 'This link carries no analysis.');
	if (text.length > SHARE_LIMITS.maxLinkChars) {
		return failure(
			'oversized',
			`This link is ${text.length.toLocaleString('en-US')} characters long; Quarry opens links of up to ${SHARE_LIMITS.maxLinkChars.toLocaleString('en-US')}.`
		);
	}
	const version = /^(v\d{1,4})\./.exec(text)?.[1];
	if (version === undefined) {
		return failure(
			'unknown-version',
			'This is not a Quarry share link: it should start with "v1.".'
		);
	}
	if (`${version}.` !== LINK_PREFIX) {
		return failure(
			'unknown-version',
			`This link was made by a newer Quarry (format ${version.slice(0, 8)}); this version reads v1 links. Update Quarry to open it.`
		);
	}
	const decoded = fromBase64Url(text.slice(LINK_PREFIX.length));
	if (!decoded.ok) {
		return decoded.reason === 'length'
			? failure('truncated', 'This link is cut short: its last characters are missing.')
			: failure(
					'broken-base64',
					`This link is damaged: character ${(decoded.index ?? 0) + LINK_PREFIX.length + 1} is not allowed in a link.`
				);
	}
	if (decoded.bytes.length === 0)
		return failure('truncated', 'This link is cut short: it has no data.');
	const inflated = await inflate(decoded.bytes, SHARE_LIMITS.maxDecodedBytes);
	if (!inflated.ok) return inflated;
	return readPayload(inflated.text);
}

/** Parse and check payload JSON (from a link or an exported file). */
export function readPayload(json: string, maxRows?: number): DecodeResult {
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		return failure('invalid-payload', 'This link is damaged: its contents are not readable.');
	}
	const checked = validatePayload(value, maxRows);
	if (!checked.ok)
		return failure('invalid-payload', `This link cannot be opened: ${checked.message}`);
	return { ok: true, payload: checked.payload };
}

type Inflated = { ok: true; text: string } | ({ ok: false } & ShareError);

async function inflate(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Inflated> {
	const stream = new DecompressionStream('deflate-raw');
	const writer = stream.writable.getWriter();
	// Errors surface on the reading side; these promises only must not go unhandled.
	writer.write(bytes).catch(() => undefined);
	writer.close().catch(() => undefined);
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > maxBytes) {
				await reader.cancel().catch(() => undefined);
				return {
					ok: false,
					code: 'oversized',
					message: `This link unpacks to more than ${Math.round(maxBytes / 1000)} KB; Quarry does not open links that large.`
				};
			}
			chunks.push(value);
		}
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return /truncat|unexpected end|incomplete/i.test(message)
			? {
					ok: false,
					code: 'truncated',
					message: 'This link is cut short: its last characters are missing.'
				}
			: {
					ok: false,
					code: 'broken-compression',
					message: 'This link is damaged: its data cannot be unpacked.'
				};
	}
	const joined = new Uint8Array(total);
	let offset = 0;
	for (const chunk of chunks) {
		joined.set(chunk, offset);
		offset += chunk.length;
	}
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(joined) };
	} catch {
		return {
			ok: false,
			code: 'broken-compression',
			message: 'This link is damaged: its data is not text.'
		};
	}
}
