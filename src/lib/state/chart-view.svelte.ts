/**
 * Rune classes behind the chart UI. `ChartAdvisor` turns a query result into fields and ranked
 * chart suggestions; `ChartRenderer` runs one chart's query and holds the render spec. Each
 * keeps only its newest request: an older one still running is cancelled in the engine and its
 * answer ignored. Failures become `error` (a message for the chart area), never exceptions.
 * Given the result cache, their queries go through it (see chart-data.ts).
 */
import type { ChartQueryOptions } from '$lib/core/charts';
import type { ChartSpec } from '$lib/core/charts/types';
import type { EngineError, Result } from '$lib/engine/engine-api';
import {
	adviseResult,
	describeSql,
	loadChartData,
	REOPENED,
	SUPPORT,
	type ChartCache,
	type ChartData,
	type ResultAdvice,
	type ResultInput
} from './chart-data';
import type { EnginePort } from './engine-port';

/** One request at a time: a new one cancels and supersedes the previous. */
class Latest {
	readonly #engine: EnginePort;
	#current: string | undefined;

	constructor(engine: EnginePort) {
		this.#engine = engine;
	}

	/** Start a request; `isCurrent(id)` tells whether it is still the newest. */
	begin(): string {
		this.cancel();
		const id = crypto.randomUUID();
		this.#current = id;
		return id;
	}

	isCurrent(id: string): boolean {
		return this.#current === id;
	}

	end(id: string): void {
		if (this.#current === id) this.#current = undefined;
	}

	cancel(): void {
		const previous = this.#current;
		this.#current = undefined;
		if (previous) void this.#engine.cancel({ id: previous }).catch(() => false);
	}
}

export class ChartAdvisor {
	isLoading = $state(false);
	advice = $state.raw<ResultAdvice | null>(null);
	error = $state.raw<EngineError | null>(null);
	readonly #engine: EnginePort;
	readonly #latest: Latest;
	readonly #cache: ChartCache;

	constructor(engine: EnginePort, cache?: ChartCache) {
		this.#engine = engine;
		this.#latest = new Latest(engine);
		this.#cache = cache;
	}

	/** Compute fields and suggestions for a result. */
	async analyse(input: ResultInput): Promise<void> {
		const id = this.#latest.begin();
		this.isLoading = true;
		this.error = null;
		const outcome = await settle(() => adviseResult(this.#engine, input, id, this.#cache));
		if (!this.#latest.isCurrent(id)) return;
		this.#latest.end(id);
		this.isLoading = false;
		this.advice = outcome.ok ? outcome.value : null;
		this.error = outcome.ok ? null : outcome.error;
	}

	/** Stop any running analysis (e.g. when the result goes away). */
	dispose(): void {
		this.#latest.cancel();
		this.isLoading = false;
	}
}

export class ChartRenderer {
	isLoading = $state(false);
	data = $state.raw<ChartData | null>(null);
	error = $state.raw<EngineError | null>(null);
	readonly #engine: EnginePort;
	readonly #latest: Latest;
	readonly #limits: Pick<ChartQueryOptions, 'maxPoints' | 'maxCategories'>;
	readonly #cache: ChartCache;

	constructor(
		engine: EnginePort,
		limits: Pick<ChartQueryOptions, 'maxPoints' | 'maxCategories'> = {},
		cache?: ChartCache
	) {
		this.#engine = engine;
		this.#latest = new Latest(engine);
		this.#limits = limits;
		this.#cache = cache;
	}

	/**
	 * Run the chart's query over `sql`; the previous chart stays shown until this one is ready.
	 * `about` (the result's fields and row count, when known) checks field names, gives DuckDB
	 * types to the SQL and words the notes. `bypassCache` runs every query even when the result
	 * cache holds it (and stores the new results).
	 */
	async load(
		sql: string,
		spec: ChartSpec,
		about: Pick<ChartQueryOptions, 'fields' | 'rows'> = {},
		options: { bypassCache?: boolean } = {}
	): Promise<void> {
		const id = this.#latest.begin();
		const cache =
			this.#cache && options.bypassCache ? { ...this.#cache, bypass: true } : this.#cache;
		this.isLoading = true;
		this.error = null;
		let facts = about;
		// A saved chart re-opened counts one lookup; a result's chart is part of that result's.
		const lookup = about.fields === undefined ? REOPENED : SUPPORT;
		if (facts.fields === undefined) {
			// A saved chart re-opened without its result: learn the fields first, so the chart SQL
			// gets DuckDB types and its notes (sampling, cut categories) are worded.
			const described = await settle(() => describeSql(this.#engine, sql, id, cache));
			if (!this.#latest.isCurrent(id)) return;
			if (described.ok) facts = described.value;
		}
		const outcome = await settle(() =>
			loadChartData(this.#engine, sql, spec, id, { ...this.#limits, ...facts }, cache, lookup)
		);
		if (!this.#latest.isCurrent(id)) return;
		this.#latest.end(id);
		this.isLoading = false;
		this.data = outcome.ok ? outcome.value : null;
		this.error = outcome.ok ? null : outcome.error;
	}

	dispose(): void {
		this.#latest.cancel();
		this.isLoading = false;
	}
}

async function settle<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
	try {
		return await work();
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		return { ok: false, error: { code: 'internal', message } };
	}
}
