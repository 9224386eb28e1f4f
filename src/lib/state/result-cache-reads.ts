/**
 * The tables a statement reads, for the result cache: from DuckDB's parser (in the engine
 * worker) the first time and from memory after. The answer depends only on the text and the
 * context views' definitions, and asking the worker costs a round trip that may wait behind
 * other work. After a reload, a statement whose result is cached finds its tables with that
 * result, so a cache hit does not wait for the engine to start. Either answer is remembered
 * for the session (one IndexedDB read per statement, not one per run); a cacheable statement
 * by its normalised text (the same statement written another way reads the same tables).
 */
import { isCacheable } from '$lib/core/result-cache/cacheable';
import { normaliseSql } from '$lib/core/result-cache/normalise-sql';
import type { Result, SqlReads } from '$lib/engine/engine-api';

const MAX_REMEMBERED_READS = 500;

export interface StatementReadsDeps {
	/** The tables stored with a cached result under this read key, if one is stored. */
	tablesReadFor: (readKey: string) => Promise<string[] | undefined>;
	/** The read key of a normalised statement. */
	readKeyOf: (normalised: string) => Promise<string>;
	viewsFingerprint: () => string;
}

export class StatementReads {
	readonly #deps: StatementReadsDeps;
	readonly #reads = new Map<string, Result<SqlReads>>();

	constructor(deps: StatementReadsDeps) {
		this.#deps = deps;
	}

	/** The tables `sql` reads; `parse` asks DuckDB's parser when neither memory nor storage knows. */
	async readsOf(
		sql: string,
		parse: (sql: string) => Promise<Result<SqlReads>>
	): Promise<Result<SqlReads>> {
		const normalised = isCacheable(sql) ? normaliseSql(sql) : null;
		const memoKey = `${this.#deps.viewsFingerprint()}\u0000${normalised ?? sql}`;
		const remembered = this.#reads.get(memoKey);
		if (remembered) return remembered;
		const reads =
			(normalised === null ? undefined : await this.#storedReads(normalised)) ?? (await parse(sql));
		if (reads.ok) this.#remember(memoKey, reads);
		return reads;
	}

	#remember(memoKey: string, reads: Result<SqlReads>): void {
		if (this.#reads.size >= MAX_REMEMBERED_READS) this.#reads.clear();
		this.#reads.set(memoKey, reads);
	}

	/** The tables read by a cacheable statement whose result is stored, if one is. */
	async #storedReads(normalised: string): Promise<Result<SqlReads> | undefined> {
		try {
			const tables = await this.#deps.tablesReadFor(await this.#deps.readKeyOf(normalised));
			return tables ? { ok: true, value: { tables } } : undefined;
		} catch {
			return undefined; // the parser answers instead
		}
	}
}
