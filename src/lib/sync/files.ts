/**
 * Dataset files (stored copies) between this device and the server, by their SHA-256 (the
 * dataset's fingerprint): uploads are resumable (HEAD tells how much the server has, PATCH
 * sends the rest in chunks) and deduplicated; downloads are checked against the hash.
 */
import { sha256Hex } from '$lib/storage/fingerprint';
import type { ApiClient, ApiResult } from './api-client';

/** Bytes per upload request (the server takes at most 8 MiB). */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

/** Make sure the server holds `blob` under `sha256` for this account. */
export async function uploadFile(
	api: ApiClient,
	sha256: string,
	blob: Blob,
	chunkBytes = UPLOAD_CHUNK_BYTES
): Promise<ApiResult<null>> {
	const status = await api.fileStatus(sha256);
	if (!status.ok) return status;
	if (status.value.held) return { ok: true, value: null };
	let offset = status.value.offset;
	// Each round sends one chunk or learns the server's offset; bounded so a confused server
	// cannot keep the loop going.
	const rounds = Math.ceil(blob.size / chunkBytes) * 2 + 4;
	for (let round = 0; round < rounds; round += 1) {
		const end = Math.min(blob.size, offset + chunkBytes);
		const sent = await api.uploadChunk(sha256, offset, blob.size, blob.slice(offset, end));
		if (!sent.ok) return sent;
		if (sent.value.complete) return { ok: true, value: null };
		offset = sent.value.offset;
	}
	return {
		ok: false,
		error: {
			code: 'upload-stalled',
			message: 'The upload of a dataset file did not finish.',
			status: 0
		}
	};
}

/** The bytes the server holds under `sha256`, checked against it. */
export async function downloadFile(api: ApiClient, sha256: string): Promise<ApiResult<Blob>> {
	const got = await api.download(sha256);
	if (!got.ok) return got;
	if ((await sha256Hex(got.value)) !== sha256) {
		return {
			ok: false,
			error: {
				code: 'hash-mismatch',
				message: 'The downloaded data does not match its fingerprint; nothing was stored.',
				status: 0
			}
		};
	}
	return got;
}
