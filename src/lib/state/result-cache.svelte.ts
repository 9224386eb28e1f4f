/**
 * The result cache the query runner asks first, with reactive figures for the settings page
 * and the dashboard. A statement is cached only when it is one read-only statement
 * (core/result-cache/cacheable.ts) and every table DuckDB's parser says it reads is a stored
 * dataset; the key hashes the normalised SQL with those datasets' fingerprints, so new data
 * can never be served an old result.
 *
 * The cache is best effort: a storage error makes a lookup a miss and a store a no-op (the
 * error shows in `error`), never a failed query.
 *
 * A lookup is one read-only IndexedDB read, or none when this page read or stored the entry
 * recently (result-cache-recent.ts). Its count and the entry's use time are kept in
 * memory and written in one transaction a moment later (after the result is on screen), with
 * what other lookups in that moment counted; the page being hidden or left (`visibilitychange`,
 * `pagehide`) starts that write at once.
 *
 * A computed result's store starts at once, in the task that shows it (the display never waits
 * for it), as one transaction: a reader sees the whole record or none. Writes in flight are
 * tracked (result-cache-pending.ts) so that a reload the app makes itself waits for them.
 */
import { PendingLookups, type LookupSource } from './result-cache-batch';
import { LIMIT_SETTINGS, readResultLimits } from './result-cache-limits';
import { PlanKeys } from './result-cache-keys';
import { trackWrite } from './result-cache-pending';
import { StatementReads } from './result-cache-reads';
import { RecentResults } from './result-cache-recent';
import { cacheRecord, type CachePlan, type ComputedResult } from './result-cache-record';
import { hitRate } from '$lib/core/ask/cache-policy';
import { isCacheable, startsAsRead } from '$lib/core/result-cache/cacheable';
import type { TableRead } from '$lib/core/result-cache/cache-key';
import { normaliseSql } from '$lib/core/result-cache/normalise-sql';
import {
	DEFAULT_RESULT_LIMITS,
	checkResultLimit,
	type ResultCacheLimits,
	type ResultLimitCheck
} from '$lib/core/result-cache/policy';
import type { Result, SqlReads } from '$lib/engine/engine-api';
import type { DatasetRecord, ResultCacheRecord } from '$lib/storage/db';
import { watch } from '$lib/storage/live';
import type { ResultCacheStats } from '$lib/storage/result-cache-repo';
import type { QuarryStorage } from '$lib/storage/storage';
import { messageOf } from '$lib/core/error-message';

export type { CachePlan, ComputedResult } from './result-cache-record';
export type { LookupSource } from './result-cache-batch';

export interface ResultCacheDeps {
	storage: QuarryStorage;
	now?: () => number;
	/**
	 * A fingerprint of the definitions of views the engine defines over stored tables (context
	 * views), part of every key: a changed view definition then never meets an old result.
	 */
	viewsFingerprint?: () => string;
	/**
	 * Where `pagehide` and `visibilitychange` are heard, to write the counts not yet written
	 * (default: the window, when there is one).
	 */
	page?: Pick<EventTarget, 'addEventListener'>;
	/** Whether the page is hidden now (default: `document.visibilityState`). */
	isHidden?: () => boolean;
	/** How long counts wait in memory before they are written (default 0: the next task). */
	flushDelayMs?: number;
}

export interface FindOptions {
	/** Default 'query'. */
	source?: LookupSource;
	/**
	 * False for a lookup that only supports a counted one (the column and statistics queries
	 * behind a chart): one chart drawn counts once. Default true.
	 */
	isCounted?: boolean;
}

/**
 * The write starts on the next task: after the result is handed back, with the lookups made in
 * the same task (a chart's columns, statistics and rows) in one write. A longer wait (100 ms
 * was tried) put the write behind results still being stored, and a hit's count could then be
 * missing from the figures for good; the end-to-end result-cache spec caught it.
 */
const DEFAULT_FLUSH_DELAY_MS = 0;

export class ResultCache {
	entries = $state(0);
	bytes = $state(0);
	hits = $state(0);
	misses = $state(0);
	/** The part of `hits` and `misses` that charts' lookups made. */
	chartHits = $state(0);
	chartMisses = $state(0);
	/** The part of `hits` and `misses` that dataset pages' lookups (their first rows) made. */
	datasetHits = $state(0);
	datasetMisses = $state(0);
	limits = $state.raw<ResultCacheLimits>(DEFAULT_RESULT_LIMITS);
	isLoaded = $state(false);
	/** The last storage error, worded for the user; null when the last operation worked. */
	error = $state<string | null>(null);
	/** Hits over lookups (0..1), null before the first lookup. */
	readonly hitRate = $derived(hitRate(this.hits, this.misses));

	readonly #storage: QuarryStorage;
	readonly #now: () => number;
	readonly #viewsFingerprint: () => string;
	readonly #page: Pick<EventTarget, 'addEventListener'> | undefined;
	readonly #isHidden: () => boolean;
	readonly #flushDelayMs: number;
	/** Resolves once every store started so far has finished. */
	#stored: Promise<unknown> = Promise.resolve();
	#started: Promise<void> | undefined;
	#bookkeeping: Promise<unknown> = Promise.resolve();
	/** Lookups counted in memory and not yet written. */
	readonly #lookups = new PendingLookups();
	#flushTimer: ReturnType<typeof setTimeout> | undefined;
	/** Count writes finished, so that figures read across one are read again. */
	#writes = 0;
	/** The results read or stored last, served without an IndexedDB read. */
	readonly #recent = new RecentResults();
	readonly #planKeys = new PlanKeys();
	/**
	 * Tables (lower-case) a statement run in this session may have changed in the engine
	 * (INSERT, DELETE, DROP …): DuckDB's copy no longer matches the stored one, so their results
	 * are neither served nor stored until the page is loaded again. `true`: any table.
	 */
	#changedInEngine: string[] | true = [];
	readonly #statementReads: StatementReads;

	constructor(deps: ResultCacheDeps) {
		this.#storage = deps.storage;
		this.#now = deps.now ?? Date.now;
		this.#viewsFingerprint = deps.viewsFingerprint ?? (() => '');
		this.#page = deps.page ?? (typeof window === 'undefined' ? undefined : window);
		this.#isHidden =
			deps.isHidden ??
			(() => typeof document !== 'undefined' && document.visibilityState === 'hidden');
		this.#flushDelayMs = deps.flushDelayMs ?? DEFAULT_FLUSH_DELAY_MS;
		this.#statementReads = new StatementReads({
			tablesReadFor: (readKey) => this.#storage.resultCache.tablesReadFor(readKey),
			readKeyOf: (normalised) => this.#planKeys.readKeyOf(this.#keyed(normalised)),
			viewsFingerprint: this.#viewsFingerprint
		});
	}

	/**
	 * Read the limits and sweep what is expired or over the cap, and write the counts kept in
	 * memory when the page is hidden or left. Safe to call more than once.
	 */
	start(): Promise<void> {
		if (this.#started === undefined) {
			this.#page?.addEventListener('pagehide', () => void this.flush());
			this.#page?.addEventListener('visibilitychange', () => {
				if (this.#isHidden()) void this.flush();
			});
		}
		this.#started ??= this.#guard(async () => {
			this.limits = await this.#readLimits();
			await this.#storage.resultCache.sweep(this.limits, this.#now());
			await this.refresh();
		});
		return this.#started;
	}

	/** Follow the figures and limits live (this tab and others); returns a function that stops. */
	watch(): () => void {
		return watch(
			async () => {
				const writes = this.#writes;
				const [stats, limits] = await Promise.all([
					this.#storage.resultCache.stats(),
					this.#readLimits()
				]);
				return { stats, limits, writes };
			},
			({ stats, limits, writes }) => {
				// Cleared, or given a new time to live, in another tab: forget what is in memory too.
				if (stats.entries === 0 || limits.ttlMs !== this.limits.ttlMs) this.#recent.clear();
				this.#show(stats);
				this.limits = limits;
				// Counts written while these figures were read may be missing from them, and no
				// longer among the unsaved ones: read them again.
				if (writes !== this.#writes) void this.#reshow();
			},
			(err) => (this.error = messageOf(err))
		);
	}

	async refresh(): Promise<void> {
		await this.settled();
		await this.#guard(async () => this.#show(await this.#storage.resultCache.stats()));
	}

	/**
	 * The plan for `sql` given the tables DuckDB's parser says it reads, or undefined when its
	 * result must not be cached (not one read-only statement, or a table that is not a dataset).
	 */
	async plan(
		sql: string,
		tablesRead: readonly string[],
		datasets: readonly DatasetRecord[]
	): Promise<CachePlan | undefined> {
		if (!isCacheable(sql) || this.#changedInEngine === true) return undefined;
		const normalised = normaliseSql(sql);
		if (normalised === null) return undefined;
		const read: DatasetRecord[] = [];
		for (const table of tablesRead) {
			const name = table.toLowerCase();
			if (this.#changedInEngine.includes(name)) return undefined;
			const dataset = datasets.find((d) => d.tableName.toLowerCase() === name);
			if (!dataset) return undefined;
			if (!read.includes(dataset)) read.push(dataset);
		}
		const reads: TableRead[] = read.map((d) => ({
			tableName: d.tableName,
			fingerprint: d.fingerprint
		}));
		const keyed = this.#keyed(normalised);
		const { key, readKey } = await this.#planKeys.keysOf(keyed, reads);
		return {
			key,
			sql: normalised,
			readKey,
			tablesRead: [...tablesRead],
			datasetIds: read.map((d) => d.id)
		};
	}

	/** The normalised text with the context views' fingerprint (what the tables read depend on). */
	#keyed(normalised: string): string {
		const views = this.#viewsFingerprint();
		return views === '' ? normalised : `${normalised}\u0000views:${views}`;
	}

	/** The tables `sql` reads (see result-cache-reads.ts); `parse` asks DuckDB's parser. */
	readsOf(
		sql: string,
		parse: (sql: string) => Promise<Result<SqlReads>>
	): Promise<Result<SqlReads>> {
		return this.#statementReads.readsOf(sql, parse);
	}

	/**
	 * Note a statement the runner ran: one that is not a plain read may have changed the tables
	 * it names (`tablesNamed`; undefined when the parser could not tell, i.e. any table).
	 */
	noteRun(sql: string, tablesNamed: readonly string[] | undefined): void {
		if (startsAsRead(sql) || this.#changedInEngine === true) return;
		if (tablesNamed === undefined) this.#changedInEngine = true;
		else this.#changedInEngine.push(...tablesNamed.map((name) => name.toLowerCase()));
	}

	/**
	 * The stored result for `plan`, if fresh: from memory or one read-only IndexedDB read. Counts a hit or a
	 * miss in memory; the counts and the use time are written a moment later (see flush).
	 */
	async find(plan: CachePlan, options: FindOptions = {}): Promise<ResultCacheRecord | undefined> {
		const now = this.#now();
		const found =
			this.#recent.get(plan.key, now) ??
			(await this.#guard(() => this.#storage.resultCache.find(plan.key, now)));
		if (found) this.#recent.remember(found);
		if (options.isCounted === false) {
			if (found) this.#lookups.use(found.key, now);
		} else {
			const source = options.source ?? 'query';
			this.#lookups.count(found?.key, source, now);
			if (found) this.hits += 1;
			else this.misses += 1;
			if (source === 'chart' && found) this.chartHits += 1;
			else if (source === 'chart') this.chartMisses += 1;
			else if (source === 'dataset' && found) this.datasetHits += 1;
			else if (source === 'dataset') this.datasetMisses += 1;
		}
		if (this.#flushTimer === undefined && !this.#lookups.isEmpty) {
			this.#flushTimer = setTimeout(() => void this.flush(), this.#flushDelayMs);
		}
		return found;
	}

	/** Write the counts and use times kept in memory now (also done on `pagehide`). */
	flush(): Promise<void> {
		clearTimeout(this.#flushTimer);
		this.#flushTimer = undefined;
		if (this.#lookups.isEmpty) return this.#bookkeeping.then(() => undefined);
		const batch = this.#lookups.take();
		const task = this.#bookkeeping.then(async () => {
			await this.#guard(() => this.#storage.resultCache.recordLookups(batch));
			this.#lookups.written(batch);
			this.#writes += 1;
		});
		this.#bookkeeping = trackWrite(task);
		return task;
	}

	/** Resolves once what earlier lookups counted, and the results given to store, are stored. */
	async settled(): Promise<void> {
		await this.flush();
		await Promise.all([this.#bookkeeping, this.#stored]);
	}

	/**
	 * Store a computed result under `plan` (replacing what was there), within the limits. The
	 * write starts now, in one transaction (IndexedDB runs it after earlier writes to the same
	 * tables, so a later store of the same key wins); `settled()` waits for it.
	 */
	store(plan: CachePlan, result: ComputedResult): Promise<boolean> {
		const task = trackWrite(this.#storeNow(plan, result));
		this.#stored = Promise.all([this.#stored, task]).then(() => undefined);
		return task;
	}

	async #storeNow(plan: CachePlan, result: ComputedResult): Promise<boolean> {
		const stored = await this.#guard(async () => {
			const now = this.#now();
			const record = cacheRecord(plan, result, now, this.limits.ttlMs);
			this.#recent.forget(plan.key);
			const isStored = await this.#storage.resultCache.put(record, this.limits, now);
			if (isStored) this.#recent.remember(record);
			else await this.#storage.resultCache.dropKey(plan.key);
			// The figures are read by refresh() or watch(): reading them means reading every
			// entry's bytes, too slow to do after each run.
			return isStored;
		});
		return stored ?? false;
	}

	/** Change one limit (ms or bytes). A shorter TTL applies to stored results; a lower cap evicts. */
	async setLimit(name: keyof ResultCacheLimits, value: number): Promise<ResultLimitCheck> {
		const checked = checkResultLimit(name, value);
		if (!checked.ok) return checked;
		const saved = await this.#guard(async () => {
			this.#recent.clear();
			await this.#storage.settings.set(LIMIT_SETTINGS[name], checked.value);
			this.limits = { ...this.limits, [name]: checked.value };
			if (name === 'ttlMs') await this.#storage.resultCache.retime(checked.value);
			await this.#storage.resultCache.sweep(this.limits, this.#now());
			await this.refresh();
			return true;
		});
		return saved
			? checked
			: { ok: false, code: 'invalid-limit', message: this.error ?? 'Could not save.' };
	}

	/** Delete every stored result and reset the counts. */
	async clear(): Promise<void> {
		await this.settled();
		this.#recent.clear();
		await this.#guard(async () => {
			await this.#storage.resultCache.clear();
			await this.refresh();
		});
	}

	/** Show the figures as stored now, again until no count was written while reading them. */
	async #reshow(): Promise<void> {
		for (let tries = 0; tries < 3; tries++) {
			const writes = this.#writes;
			const stats = await this.#guard(() => this.#storage.resultCache.stats());
			if (stats) this.#show(stats);
			if (!stats || writes === this.#writes) return;
		}
	}

	/** Show stored figures, with the lookups counted in memory and not yet stored. */
	#show(stats: ResultCacheStats): void {
		const unsaved = this.#lookups.unsaved();
		this.entries = stats.entries;
		this.bytes = stats.bytes;
		this.hits = stats.hits + unsaved.hits;
		this.misses = stats.misses + unsaved.misses;
		this.chartHits = stats.charts.hits + unsaved.charts.hits;
		this.chartMisses = stats.charts.misses + unsaved.charts.misses;
		this.datasetHits = stats.datasets.hits + unsaved.datasets.hits;
		this.datasetMisses = stats.datasets.misses + unsaved.datasets.misses;
		this.isLoaded = true;
	}

	#readLimits(): Promise<ResultCacheLimits> {
		return readResultLimits(this.#storage.settings);
	}

	async #guard<T>(step: () => Promise<T>): Promise<T | undefined> {
		try {
			const value = await step();
			this.error = null;
			return value;
		} catch (err) {
			this.error = `The result cache is not available: ${messageOf(err)}`;
			return undefined;
		}
	}
}
