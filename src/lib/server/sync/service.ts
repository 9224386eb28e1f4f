/**
 * The server side of sync, as the HTTP routes call it: checks what the client sent
 * (core/sync/validate.ts), then reads or writes through the Store, whose push applies
 * core/sync/merge.ts `decide()`. Answers are plain values: the response body, or an error with
 * the HTTP status it should be sent with.
 */
import type { ApiError, ConflictCopy, PullResponse, PushResponse } from '$lib/core/sync/protocol';
import { checkPullParams, checkPushRequest, idProblem } from '$lib/core/sync/validate';
import type { Store } from '../store/types';

export type ServiceResult<T> =
	{ ok: true; value: T } | { ok: false; status: 400 | 404 | 413; error: ApiError['error'] };

/** Conflict copies listed at most (the oldest first). */
export const MAX_LISTED_CONFLICTS = 1000;

export interface SyncServiceOptions {
	store: Store;
	/** Server time in ms since 1970 (tests pass their own clock). */
	now?: () => number;
}

export class SyncService {
	readonly #store: Store;
	readonly #now: () => number;

	constructor(options: SyncServiceOptions) {
		this.#store = options.store;
		this.#now = options.now ?? (() => Date.now());
	}

	/** POST /api/sync/push with a parsed JSON body. */
	async push(userId: string, body: unknown): Promise<ServiceResult<PushResponse>> {
		const checked = checkPushRequest(body);
		if (!checked.ok) {
			return {
				ok: false,
				status: checked.error.code === 'too_large' ? 413 : 400,
				error: checked.error
			};
		}
		const { deviceId, changes } = checked.value;
		const results =
			changes.length === 0 ? [] : await this.#store.push(userId, deviceId, changes, this.#now());
		return { ok: true, value: { results } };
	}

	/** GET /api/sync/pull?since=N&limit=M (both optional). */
	async pull(
		userId: string,
		since: string | null,
		limit: string | null
	): Promise<ServiceResult<PullResponse>> {
		const checked = checkPullParams(since, limit);
		if (!checked.ok) return { ok: false, status: 400, error: checked.error };
		const page = await this.#store.pull(userId, checked.value.since, checked.value.limit);
		const last = page.records.at(-1);
		return {
			ok: true,
			value: {
				records: page.records,
				cursor: last ? last.seq : checked.value.since,
				hasMore: page.hasMore,
				latestSeq: page.latestSeq
			}
		};
	}

	/** GET /api/sync/conflicts */
	async listConflicts(userId: string): Promise<{ conflicts: ConflictCopy[] }> {
		return { conflicts: await this.#store.listConflicts(userId, MAX_LISTED_CONFLICTS) };
	}

	/** DELETE /api/sync/conflicts/{id}: 404 when this account has no such copy. */
	async deleteConflict(userId: string, conflictId: string): Promise<ServiceResult<null>> {
		const problem = idProblem(conflictId);
		const isDeleted = !problem && (await this.#store.deleteConflict(userId, conflictId));
		if (!isDeleted) {
			return {
				ok: false,
				status: 404,
				error: { code: 'not_found', message: 'There is no such conflict copy.' }
			};
		}
		return { ok: true, value: null };
	}
}
