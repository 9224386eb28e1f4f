/**
 * Quarry's caches together, for the settings page and the dashboard: the result cache, the
 * answer cache and the context cache (measured join suggestions and validation reports), their
 * figures, limits and one "clear caches".
 */
import { hitRate } from '$lib/core/ask/cache-policy';
import { DEFAULT_CONTEXT_CACHE_TTL_MS } from '$lib/core/contexts/cache-key';
import { HOUR_MS } from '$lib/core/result-cache/policy';
import { watch } from '$lib/storage/live';
import type { QuarryStorage } from '$lib/storage/storage';
import type { AnswerCache } from './answer-cache.svelte';
import type { ResultCache } from './result-cache.svelte';

/** What the settings accept for the context cache's time to live (hours). */
export const CONTEXT_TTL_BOUNDS = { min: HOUR_MS, max: 30 * 24 * HOUR_MS, unit: HOUR_MS };

export interface CacheFigures {
	entries: number;
	bytes: number;
	hits: number;
	misses: number;
}

/** Who looked something up: the result cache's lookups split by who asked, then the others. */
export type LookupKind = 'queries' | 'charts' | 'datasets' | 'answers' | 'contexts';

/** One kind of lookup's counts, for the settings page and the dashboard's card. */
export interface LookupFigures {
	kind: LookupKind;
	label: string;
	hits: number;
	misses: number;
	/** Hits over lookups (0..1), null before the first lookup. */
	hitRate: number | null;
}

export interface CachesDeps {
	storage: QuarryStorage;
	results: ResultCache;
	answers: AnswerCache;
}

export class Caches {
	readonly results: ResultCache;
	readonly answers: AnswerCache;
	/** The context cache's figures. */
	contexts = $state.raw<CacheFigures>({ entries: 0, bytes: 0, hits: 0, misses: 0 });
	contextTtlMs = $state(DEFAULT_CONTEXT_CACHE_TTL_MS);
	error = $state<string | null>(null);

	/** All three caches: hits over lookups (0..1), null before the first lookup. */
	get hitRate(): number | null {
		return hitRate(
			this.results.hits + this.answers.hits + this.contexts.hits,
			this.results.misses + this.answers.misses + this.contexts.misses
		);
	}

	/**
	 * Hits, misses and hit rate per kind of lookup: the result cache's split into the query
	 * runners' (the editor and the question box), charts' and dataset pages' (their first rows),
	 * then the answer and context caches. Together they make `hitRate`.
	 */
	get lookups(): LookupFigures[] {
		const r = this.results;
		const rows: Array<Omit<LookupFigures, 'hitRate'>> = [
			{
				kind: 'queries',
				label: 'Query results',
				hits: r.hits - r.chartHits - r.datasetHits,
				misses: r.misses - r.chartMisses - r.datasetMisses
			},
			{ kind: 'charts', label: 'Charts', hits: r.chartHits, misses: r.chartMisses },
			{ kind: 'datasets', label: 'Dataset pages', hits: r.datasetHits, misses: r.datasetMisses },
			{ kind: 'answers', label: 'Answers', hits: this.answers.hits, misses: this.answers.misses },
			{
				kind: 'contexts',
				label: 'Context measurements',
				hits: this.contexts.hits,
				misses: this.contexts.misses
			}
		];
		// A share read from storage is never above its total, but a malformed record could be.
		return rows.map((row) => {
			const hits = Math.max(0, row.hits);
			const misses = Math.max(0, row.misses);
			return { ...row, hits, misses, hitRate: hitRate(hits, misses) };
		});
	}

	/** Bytes held by all three caches. */
	get bytes(): number {
		return this.results.bytes + this.answers.bytes + this.contexts.bytes;
	}

	readonly #storage: QuarryStorage;

	constructor(deps: CachesDeps) {
		this.#storage = deps.storage;
		this.results = deps.results;
		this.answers = deps.answers;
	}

	/** Follow every cache's figures live; returns a function that stops. */
	watch(): () => void {
		const stops = [
			this.results.watch(),
			this.answers.watch(),
			watch(
				() => this.#readContextCache(),
				([figures, ttl]) => {
					this.contexts = figures;
					this.contextTtlMs = ttl;
				},
				(err) => (this.error = messageOf(err))
			)
		];
		return () => stops.forEach((stop) => stop());
	}

	/** Read every cache's figures once. */
	async refresh(): Promise<void> {
		await Promise.all([this.results.refresh(), this.answers.refresh(), this.#refreshContexts()]);
	}

	/** Set how long measured context reports are kept; returns a message when out of bounds. */
	async setContextTtl(ms: number): Promise<{ ok: true } | { ok: false; message: string }> {
		const { min, max, unit } = CONTEXT_TTL_BOUNDS;
		if (!Number.isFinite(ms) || ms < min || ms > max) {
			return {
				ok: false,
				message: `How long context measurements are kept must be between ${min / unit} and ${max / unit} hours.`
			};
		}
		await this.#storage.settings.set('contextCacheTtlMs', Math.round(ms));
		this.contextTtlMs = Math.round(ms);
		return { ok: true };
	}

	/** Empty all three caches and reset their counts. */
	async clearAll(): Promise<void> {
		await Promise.all([
			this.results.clear(),
			this.answers.clear(),
			this.#storage.contextCache.clear()
		]);
		await this.#refreshContexts();
	}

	async #refreshContexts(): Promise<void> {
		try {
			const [figures, ttl] = await this.#readContextCache();
			this.contexts = figures;
			this.contextTtlMs = ttl;
		} catch (err) {
			this.error = `The context cache is not available: ${messageOf(err)}`;
		}
	}

	async #readContextCache(): Promise<[CacheFigures, number]> {
		const [figures, ttl] = await Promise.all([
			this.#storage.contextCache.stats(),
			this.#storage.settings.get('contextCacheTtlMs')
		]);
		return [
			figures,
			typeof ttl === 'number' && ttl >= CONTEXT_TTL_BOUNDS.min ? ttl : DEFAULT_CONTEXT_CACHE_TTL_MS
		];
	}
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
