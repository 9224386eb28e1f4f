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
