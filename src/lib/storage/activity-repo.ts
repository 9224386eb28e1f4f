/** The activity feed: what happened, newest first. */
import type { QuarryDB } from './db';
import type { ActivityKind, ActivityRecord } from './records';

export class ActivityRepo {
	readonly #db: QuarryDB;
	readonly #now: () => number;
	readonly #newId: () => string;

	constructor(
		db: QuarryDB,
		now: () => number = Date.now,
		newId: () => string = () => crypto.randomUUID()
	) {
		this.#db = db;
		this.#now = now;
		this.#newId = newId;
	}

	async log(kind: ActivityKind, refId: string, summary: string): Promise<ActivityRecord> {
		const record: ActivityRecord = { id: this.#newId(), at: this.#now(), kind, refId, summary };
		await this.#db.activity.add(record);
		return record;
	}

	/**
	 * Log an edit, folded into the newest entry when that entry says the same thing (kind, id and
	 * summary) and is less than `withinMs` old: a burst of edits to one context shows as one
	 * line with the latest time, not one line per small change.
	 */
	async logEdit(
		kind: ActivityKind,
		refId: string,
		summary: string,
		withinMs: number
	): Promise<ActivityRecord> {
		const db = this.#db;
		return db.transaction('rw', db.activity, async () => {
			const now = this.#now();
			const newest = await db.activity.orderBy('at').last();
			const isSame = newest?.kind === kind && newest.refId === refId && newest.summary === summary;
			if (newest && isSame && now - newest.at < withinMs) {
				const folded: ActivityRecord = { ...newest, at: now };
				await db.activity.put(folded);
				return folded;
			}
			const record: ActivityRecord = { id: this.#newId(), at: now, kind, refId, summary };
			await db.activity.add(record);
			return record;
		});
	}

	/** One page of the feed, most recent first: `offset` entries skipped, at most `limit` returned. */
	async page(offset: number, limit: number): Promise<ActivityRecord[]> {
		return this.#db.activity.orderBy('at').reverse().offset(offset).limit(limit).toArray();
	}

	async count(): Promise<number> {
		return this.#db.activity.count();
	}

	/** Most recent first. */
	async listRecent(limit = 50): Promise<ActivityRecord[]> {
		return this.#db.activity.orderBy('at').reverse().limit(limit).toArray();
	}
}
