/**
 * The SQL editor's runner: one query at a time, results decoded from Arrow IPC, every run kept
 * in history and the activity feed, and the datasets it read marked as used. With a result
 * cache, a cacheable statement over stored datasets is looked up first (a hit is shown without
 * running) and a computed result is stored; see result-cache.svelte.ts.
 */
import type { Table } from 'apache-arrow';
import type { ColumnInfo, EngineError, QueryResult, Result } from '$lib/engine/engine-api';
import { referencedTableNames } from '$lib/core/sql/table-name';
import type { QueryRecord, QuerySource } from '$lib/storage/db';
import type { QuarryStorage } from '$lib/storage/storage';
import { startSpan, timed } from '$lib/engine/timing';
import type { EnginePort } from './engine-port';
import { decodeArrow } from './decode-arrow';
import type { CachePlan, ResultCache } from './result-cache.svelte';
import type { Workspace } from './workspace.svelte';
import { messageOf } from '$lib/core/error-message';

export interface QueryRunResult {
	table: Table;
	rows: number;
	/**
	 * Milliseconds from Run to a readable result, as the user waited: engine start, loading
	 * stored tables and decoding included, not only DuckDB's own time.
	 */
	ms: number;
	/** True when the result was cut at `maxRows`. */
	truncated: boolean;
	columns: ColumnInfo[];
	/** The SQL that produced this result, as run (trimmed). */
	sql: string;
	/** Datasets the SQL reads. */
	datasetIds: string[];
	/** Set when the result came from the result cache: how old it is. */
	cache?: { hit: true; ageMs: number };
}

export interface QueryRunnerDeps {
	engine: EnginePort;
	workspace: Workspace;
	/** Defaults to the workspace's storage. */
	storage?: QuarryStorage;
	now?: () => number;
	/** Rows kept from a result (the rest is counted); default 1,000,000 — all of them scroll in the grid. */
	maxRows?: number;
	/** Asked before running and given what was computed; without it nothing is cached. */
	cache?: ResultCache;
}

/** Where a run came from; the question box passes its question (recorded with the query). */
export interface RunOptions {
	source?: QuerySource;
	question?: string;
	contextId?: string;
	/** Run even when a cached result exists, and replace it with the new one. */
	bypassCache?: boolean;
}

type Computed = Omit<QueryRunResult, 'sql' | 'datasetIds'> & {
	arrow?: Uint8Array;
	engineMs?: number;
};

const HISTORY_SIZE = 100;
const DEFAULT_MAX_ROWS = 1_000_000;

export class QueryRunner {
	sql = $state('');
	isRunning = $state(false);
	/** The last successful result; null after an error. */
	result = $state.raw<QueryRunResult | null>(null);
	error = $state.raw<EngineError | null>(null);
	/** Most recent first. */
	history = $state.raw<QueryRecord[]>([]);

	readonly #engine: EnginePort;
	readonly #workspace: Workspace;
	readonly #storage: QuarryStorage;
	readonly #now: () => number;
	readonly #maxRows: number;
	readonly #cache: ResultCache | undefined;
	#currentId: string | undefined;
	/** A run cancelled while its cache lookup was still going (the engine never saw it). */
	#cancelledEarly: string | undefined;

	constructor(deps: QueryRunnerDeps) {
		this.#engine = deps.engine;
		this.#workspace = deps.workspace;
		this.#storage = deps.storage ?? deps.workspace.storage;
		this.#now = deps.now ?? Date.now;
		this.#maxRows = deps.maxRows ?? DEFAULT_MAX_ROWS;
		this.#cache = deps.cache;
	}

	/**
	 * Run `sql` (or the editor's text). A run still going is cancelled and forgotten. Runs are
	 * recorded as the editor's unless `options` says otherwise.
	 */
	async run(sql?: string, options: RunOptions = {}): Promise<void> {
		if (sql !== undefined) this.sql = sql;
		const text = this.sql.trim();
		if (text === '') {
			this.error = { code: 'sql-error', message: 'Write a query to run.' };
			return;
		}
		const previous = this.#currentId;
		const queryId = crypto.randomUUID();
		this.#currentId = queryId;
		if (previous) await this.#engine.cancel({ id: previous }).catch(() => false);
		this.isRunning = true;
		this.error = null;
		const startedAt = this.#now();
		const endRun = startSpan('run');
		const plan = await timed('run-cache-plan', () => this.#plan(text));
		const cached =
			plan && !options.bypassCache
				? await timed('run-cache-find', () => this.#fromCache(plan, startedAt))
				: undefined;
		if (this.#currentId !== queryId) return; // superseded by a newer run
		const outcome =
			this.#cancelledEarly === queryId
				? cancelledBeforeStart()
				: (cached ?? (await timed('run-query', () => this.#query(queryId, text, startedAt))));
		if (this.#currentId !== queryId) return; // superseded by a newer run
		this.#currentId = undefined;
		this.isRunning = false;

		const datasets = this.#workspace.datasets;
		const read = referencedTableNames(
			text,
			datasets.map((d) => d.tableName)
		);
		const datasetIds = datasets.filter((d) => read.includes(d.tableName)).map((d) => d.id);
		if (outcome.ok) {
			const { arrow, engineMs, ...shown } = outcome.value;
			this.result = { ...shown, sql: text, datasetIds };
			this.error = null;
			if (plan && arrow && engineMs !== undefined) {
				const { columns, rows, truncated } = shown;
				void this.#cache?.store(plan, { arrow, columns, rows, truncated, engineMs });
			}
		} else {
			this.result = null;
			this.error = outcome.error;
		}
		const endRecord = startSpan('run-record');
		// History, activity and usage are separate writes: do them together, not one by one.
		await Promise.all([
			this.#record({
				sql: text,
				datasetIds,
				source: options.source ?? 'editor',
				...(options.question !== undefined ? { question: options.question } : {}),
				...(options.contextId !== undefined ? { contextId: options.contextId } : {}),
				startedAt,
				ms: outcome.ok ? outcome.value.ms : Math.max(0, this.#now() - startedAt),
				rows: outcome.ok ? outcome.value.rows : 0,
				...(outcome.ok ? {} : { error: outcome.error.message }),
				...(outcome.ok && outcome.value.cache ? { isCached: true as const } : {})
			}),
			outcome.ok ? this.#workspace.markUsed(datasetIds) : undefined
		]);
		endRecord();
		endRun();
	}

	/** Stop the running query; its run ends with a `cancelled` error. */
	async cancel(): Promise<void> {
		const id = this.#currentId;
		if (!id) return;
		this.#cancelledEarly = id;
		await this.#engine.cancel({ id }).catch(() => false);
	}

	async loadHistory(): Promise<void> {
		try {
			this.history = await this.#storage.queries.listRecent(HISTORY_SIZE);
		} catch {
			this.history = [];
		}
	}

	/** Where the result of `sql` is cached, or undefined when it is not to be cached. */
	async #plan(sql: string): Promise<CachePlan | undefined> {
		const cache = this.#cache;
		if (!cache) return undefined;
		try {
			const reads = await cache.readsOf(sql, (text) => this.#engine.reads({ sql: text }));
			// A statement that may change tables stops their results being cached (it is noted
			// before it runs: a cancelled write may still have changed something).
			cache.noteRun(sql, reads.ok ? reads.value.tables : undefined);
			if (!reads.ok) return undefined;
			return await cache.plan(sql, reads.value.tables, this.#workspace.datasets);
		} catch {
			cache.noteRun(sql, undefined);
			return undefined; // the cache is best effort: run as if it were not there
		}
	}

	/** A cached result decoded, or undefined on a miss or an unreadable entry. */
	async #fromCache(plan: CachePlan, startedAt: number): Promise<Result<Computed> | undefined> {
		const found = await this.#cache?.find(plan);
		if (!found) return undefined;
		try {
			const table = await timed('run-decode', () => decodeArrow(found.arrow));
			const now = this.#now();
			return {
				ok: true,
				value: {
					table,
					rows: found.rows,
					ms: Math.max(0, now - startedAt),
					truncated: found.truncated,
					columns: found.columns,
					cache: { hit: true, ageMs: Math.max(0, now - found.createdAt) }
				}
			};
		} catch {
			return undefined;
		}
	}

	async #query(queryId: string, sql: string, startedAt: number): Promise<Result<Computed>> {
		let response: Result<QueryResult>;
		try {
			response = await this.#engine.query({ queryId, sql, maxRows: this.#maxRows });
		} catch (err) {
			return { ok: false, error: { code: 'internal', message: messageOf(err) } };
		}
		if (!response.ok) return response;
		const { arrow, rows, truncated, columns } = response.value;
		try {
			const table = await timed('run-decode', () => decodeArrow(arrow));
			const ms = Math.max(0, this.#now() - startedAt);
			const engineMs = response.value.ms;
			return { ok: true, value: { table, rows, ms, truncated, columns, arrow, engineMs } };
		} catch (err) {
			return {
				ok: false,
				error: { code: 'internal', message: `Could not read the result: ${messageOf(err)}` }
			};
		}
	}

	async #record(query: Omit<QueryRecord, 'id'>): Promise<void> {
		try {
			const record = await this.#storage.queries.add(query);
			this.history = [record, ...this.history].slice(0, HISTORY_SIZE);
			if (query.question !== undefined) {
				// A question's entry holds the question itself, so the feed can ask it again.
				await this.#storage.activity.log('question-asked', record.id, query.question);
				return;
			}
			const oneLine = query.sql.replace(/\s+/g, ' ');
			const short = oneLine.length > 80 ? `${oneLine.slice(0, 79)}…` : oneLine;
			await this.#storage.activity.log(
				query.error === undefined ? 'query-run' : 'query-failed',
				record.id,
				query.error === undefined ? `Ran ${short}` : `Failed: ${short}`
			);
		} catch {
			// History is best effort: the result on screen matters more than its record.
		}
	}
}

function cancelledBeforeStart(): Result<never> {
	return { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } };
}
