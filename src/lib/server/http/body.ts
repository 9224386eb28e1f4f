/**
 * Reading request bodies with a size limit: a declared Content-Length over the limit is refused
 * before reading, and a body that grows past it while streaming is cut off (413).
 */
import { HttpError } from './errors';

export function tooLarge(maxBytes: number): HttpError {
	return new HttpError(
		413,
		'body_too_large',
		`The request body is larger than ${maxBytes} bytes, the limit of this route.`
	);
}

export function declaredLength(request: Request): number | undefined {
	const raw = request.headers.get('content-length');
	if (raw === null || !/^\d{1,16}$/.test(raw)) return undefined;
	return Number(raw);
}

/** The body's bytes, at most maxBytes of them. */
export async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
	const declared = declaredLength(request);
	if (declared !== undefined && declared > maxBytes) throw tooLarge(maxBytes);
	if (!request.body) return new Uint8Array(0);
	const chunks: Uint8Array[] = [];
	let total = 0;
	const reader = request.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw tooLarge(maxBytes);
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	return bytes;
}

/** The media type of the request without parameters, lower case ('' when there is none). */
export function mediaType(request: Request): string {
	return (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
}

/** Parses a JSON body (application/json only; 415 otherwise, 400 when it is not JSON). */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
	if (mediaType(request) !== 'application/json') {
		throw new HttpError(
			415,
			'unsupported_media_type',
			'The body must be JSON, sent with Content-Type: application/json.'
		);
	}
	const bytes = await readLimited(request, maxBytes);
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.', 'body');
	}
}
