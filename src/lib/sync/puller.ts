/**
 * Pulling: every record the server has above this device's cursor, page by page, each page
 * applied with core/sync/replica `onPulled` and the cursor moved in one transaction. What the
 * server sends is checked: malformed records are skipped. A cursor above the server's latest seq
 * means the server was restored from an earlier backup: the device starts over (repo.rebase).
 */
import { SYNC_LIMITS, isSyncTable, type SyncRecord } from '$lib/core/sync/protocol';
import type { SyncRepo } from '$lib/storage/sync-repo';
import type { ApiClient, ApiResult } from './api-client';

export interface PullSummary {
	/** Records written locally. */
	applied: SyncRecord[];
	cursor: number;
	/**
	 * The server holds less than this device had seen (restored from an earlier backup): the
	 * cursor went back to 0 and every local record was queued to be pushed again.
	 */
	isRebased: boolean;
}

export async function pullAll(api: ApiClient, repo: SyncRepo): Promise<ApiResult<PullSummary>> {
	let cursor = await repo.cursor();
	const applied: SyncRecord[] = [];
	for (let page = 0; page < MAX_PAGES; page += 1) {
		const pulled = await api.pull(cursor, SYNC_LIMITS.maxPullLimit);
		if (!pulled.ok) return pulled;
		const { records, cursor: next, hasMore, latestSeq } = pulled.value;
		if (Number.isSafeInteger(latestSeq) && cursor > latestSeq) {
			await repo.rebase();
			return { ok: true, value: { applied, cursor: 0, isRebased: true } };
		}
		if (!Array.isArray(records) || !Number.isSafeInteger(next) || next < cursor) {
			return {
				ok: false,
				error: {
					code: 'bad-response',
					message: 'The server sent a pull Quarry could not read.',
					status: 200
				}
			};
		}
		applied.push(...(await repo.applyPulled(records.filter(isSyncRecord), next)));
		cursor = next;
		if (!hasMore || records.length === 0) break;
	}
	return { ok: true, value: { applied, cursor, isRebased: false } };
}

function isSyncRecord(value: unknown): value is SyncRecord {
	if (typeof value !== 'object' || value === null) return false;
	const r = value as Partial<Record<keyof SyncRecord, unknown>>;
	return (
		isSyncTable(r.table) &&
		typeof r.recordId === 'string' &&
		r.recordId.length <= SYNC_LIMITS.maxIdLength &&
		Number.isSafeInteger(r.version) &&
		typeof r.deleted === 'boolean'
	);
}

/** Upper bound on pages in one run (500 records each). */
const MAX_PAGES = 1000;
