/**
 * The Quarry server's HTTP API as the client uses it (the contract in core/sync/protocol.ts).
 * Every method resolves to a value or an error `{ code, message, status }`, never throws:
 * status 0 with code `offline` when the server could not be reached, 401 `unauthorized` when
 * the session is gone (the caller then shows the signed-out state).
 */
import type {
	AccountInfo,
	ConflictCopy,
	PullResponse,
	PushRequest,
	PushResult
} from '$lib/core/sync/protocol';

export interface SyncError {
	code: string;
	message: string;
	/** HTTP status; 0 when no answer came. */
	status: number;
	field?: string;
	/** Milliseconds to wait before trying again, when the server said so (429). */
	retryAfterMs?: number;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: SyncError };

export interface ApiClientOptions {
	/** The server's origin, e.g. `https://quarry.example.com`. */
	origin: string;
	/** Defaults to the page's fetch with `credentials: 'include'` (tests pass one with a cookie jar). */
	fetch?: typeof fetch;
}

/** Where an upload stands: held by the account, or how many bytes the server has so far. */
export type FileStatus = { held: true } | { held: false; offset: number };

export class ApiClient {
	readonly origin: string;
	readonly #fetch: typeof fetch;

	constructor(options: ApiClientOptions) {
		this.origin = options.origin;
		this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
	}

	register(username: string, password: string): Promise<ApiResult<AccountInfo>> {
		return this.#json('POST', '/api/auth/register', { username, password });
	}

	login(username: string, password: string): Promise<ApiResult<AccountInfo>> {
		return this.#json('POST', '/api/auth/login', { username, password });
	}

	logout(): Promise<ApiResult<null>> {
		return this.#json('POST', '/api/auth/logout', {});
	}

	changePassword(currentPassword: string, newPassword: string): Promise<ApiResult<null>> {
		return this.#json('POST', '/api/auth/password', { currentPassword, newPassword });
	}

	account(): Promise<ApiResult<AccountInfo>> {
		return this.#json('GET', '/api/account');
	}

	deleteAccount(password: string): Promise<ApiResult<null>> {
		return this.#json('DELETE', '/api/account', { password });
	}

	async push(request: PushRequest): Promise<ApiResult<PushResult[]>> {
		const result = await this.#json<{ results: PushResult[] }>('POST', '/api/sync/push', request);
		return result.ok ? { ok: true, value: result.value.results } : result;
	}

	pull(since: number, limit: number): Promise<ApiResult<PullResponse>> {
		return this.#json('GET', `/api/sync/pull?since=${since}&limit=${limit}`);
	}

	async conflicts(): Promise<ApiResult<ConflictCopy[]>> {
		const result = await this.#json<{ conflicts: ConflictCopy[] }>('GET', '/api/sync/conflicts');
		return result.ok ? { ok: true, value: result.value.conflicts } : result;
	}

	dismissConflict(id: string): Promise<ApiResult<null>> {
		return this.#json('DELETE', `/api/sync/conflicts/${encodeURIComponent(id)}`);
	}

	async fileStatus(sha256: string): Promise<ApiResult<FileStatus>> {
		const response = await this.#send('HEAD', `/api/files/${sha256}`);
		if (!response.ok) return response;
		const res = response.value;
		if (res.status === 200) return { ok: true, value: { held: true } };
		if (res.status === 404) return { ok: true, value: { held: false, offset: offsetOf(res) } };
		return { ok: false, error: await errorOf(res) };
	}

	/**
	 * Send bytes `offset`… of a file of `total` bytes. Resolves with the server's offset after
	 * it (`complete` when the whole file arrived and matched its SHA-256).
	 */
	async uploadChunk(
		sha256: string,
		offset: number,
		total: number,
		bytes: Blob
	): Promise<ApiResult<{ complete: boolean; offset: number }>> {
		const response = await this.#send('PATCH', `/api/files/${sha256}`, {
			body: bytes,
			headers: {
				'Content-Type': 'application/octet-stream',
				'Upload-Offset': String(offset),
				'Upload-Length': String(total)
			}
		});
		if (!response.ok) return response;
		const res = response.value;
		if (res.status === 201) return { ok: true, value: { complete: true, offset: total } };
		if (res.status === 204 || res.status === 409) {
			return { ok: true, value: { complete: false, offset: offsetOf(res) } };
		}
		return { ok: false, error: await errorOf(res) };
	}

	async download(sha256: string): Promise<ApiResult<Blob>> {
		const response = await this.#send('GET', `/api/files/${sha256}`);
		if (!response.ok) return response;
		const res = response.value;
		if (!res.ok) return { ok: false, error: await errorOf(res) };
		return { ok: true, value: await res.blob() };
	}

	async #json<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
		const init =
			body === undefined
				? {}
				: { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
		const response = await this.#send(method, path, init);
		if (!response.ok) return response;
		const res = response.value;
		if (!res.ok) return { ok: false, error: await errorOf(res) };
		if (res.status === 204) return { ok: true, value: null as T };
		try {
			return { ok: true, value: (await res.json()) as T };
		} catch {
			return {
				ok: false,
				error: {
					code: 'bad-response',
					message: 'The server sent an answer Quarry could not read.',
					status: res.status
				}
			};
		}
	}

	async #send(
		method: string,
		path: string,
		init: { body?: BodyInit; headers?: Record<string, string> } = {}
	): Promise<ApiResult<Response>> {
		try {
			const res = await this.#fetch(`${this.origin}${path}`, {
				method,
				credentials: 'include',
				...init
			});
			return { ok: true, value: res };
		} catch {
			return {
				ok: false,
				error: {
					code: 'offline',
					message: `Quarry could not reach the server at ${this.origin}.`,
					status: 0
				}
			};
		}
	}
}

function offsetOf(res: Response): number {
	const value = Number(res.headers.get('Upload-Offset') ?? '0');
	return Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

/** The server's error body (ApiError), or a sentence for its status. */
async function errorOf(res: Response): Promise<SyncError> {
	const retry = Number(res.headers.get('Retry-After'));
	const retryAfterMs = Number.isFinite(retry) && retry > 0 ? retry * 1000 : undefined;
	let body: unknown;
	try {
		body = await res.json();
	} catch {
		body = undefined;
	}
	const error = isApiError(body) ? body.error : undefined;
	return {
		code: error?.code ?? (res.status === 401 ? 'unauthorized' : `http-${res.status}`),
		message: error?.message ?? `The server answered ${res.status} ${res.statusText}.`.trim(),
		status: res.status,
		...(typeof error?.field === 'string' ? { field: error.field } : {}),
		...(retryAfterMs ? { retryAfterMs } : {})
	};
}

function isApiError(
	body: unknown
): body is { error: { code: string; message: string; field?: unknown } } {
	if (typeof body !== 'object' || body === null || !('error' in body)) return false;
	const error = body.error;
	return (
		typeof error === 'object' &&
		error !== null &&
		'code' in error &&
		typeof error.code === 'string' &&
		'message' in error &&
		typeof error.message === 'string'
	);
}
