/**
 * The context measurer: join suggestions and validation measured in DuckDB through the engine
 * (every query runs under the engine's lock), with the context cache in front. A report is
 * reused while the context's version and every measured dataset's fingerprint are unchanged and
 * it has not expired (24 h by default).
 */
import { sha256Text } from './sha256';
import { candidatePairs, typesComparable } from '$lib/core/contexts/candidates';
import { contextCacheKey, DEFAULT_CONTEXT_CACHE_TTL_MS } from '$lib/core/contexts/cache-key';
import { keyMeasureOf, measureSql, type KeyMeasure } from '$lib/core/contexts/measure-sql';
import { rankSuggestions, suggestionOf } from '$lib/core/contexts/score';
import type {
	ColumnRef,
	ContextMeasurer,
	Finding,
	JoinSuggestion,
	MeasureDataset,
	MetricCheck,
	Outcome,
	RelationMeasure,
	SuggestionReport,
	ValidationReport
} from '$lib/core/contexts/types';
import {
	graphFindings,
	metricFindings,
	relationFindings,
	relationMeasureOf,
	resolveRelation,
	sortFindings
} from '$lib/core/contexts/validate';
import type { ContextCacheRecord } from '$lib/storage/records';
import type { QuarryStorage } from '$lib/storage/storage';
import { checkMetric, type MeasureEngine } from './context-metric-check';
import { decodeArrow } from './decode-arrow';

/** What the measurer needs from the context cache (storage/context-cache-repo.ts). */
export interface ContextCachePort {
	get(key: string, now: number): Promise<ContextCacheRecord | undefined>;
	put(record: ContextCacheRecord, now: number): Promise<void>;
}

export interface ContextMeasurerOptions {
	engine: MeasureEngine;
	/** Absent: nothing is cached. */
	cache?: ContextCachePort;
	now: () => number;
	/** The TTL setting; undefined or not a positive number means the 24 h default. */
	ttlMs?: () => Promise<number | undefined>;
}

/** The measurer the app uses: the context cache in storage, its TTL from the settings. */
export function contextMeasurerOver(
	engine: MeasureEngine,
	storage: Pick<QuarryStorage, 'contextCache' | 'settings'>,
	now: () => number = Date.now
): ContextMeasurer {
	return createContextMeasurer({
		engine,
		cache: storage.contextCache,
		now,
		ttlMs: () => storage.settings.get('contextCacheTtlMs')
	});
}

export function createContextMeasurer(options: ContextMeasurerOptions): ContextMeasurer {
	const { engine, cache, now } = options;
	let queries = 0;
	const newId = (): string => `context-measure-${++queries}`;

	async function cached<T>(
		parts: Parameters<typeof contextCacheKey>[0],
		measure: () => Promise<Outcome<T>>
	): Promise<Outcome<T>> {
		const key = cache ? await sha256Text(contextCacheKey(parts)) : '';
		const hit = cache ? await cache.get(key, now()) : undefined;
		if (hit && isReport(parts.kind, hit.report)) return { ok: true, value: hit.report as T };
		const outcome = await measure();
		if (outcome.ok && cache) {
			const createdAt = now();
			const ttl = await ttlOf(options.ttlMs);
			await cache.put(
				{
					key,
					kind: parts.kind,
					contextId: parts.contextId,
					datasetIds: parts.datasets.map((d) => d.id),
					report: outcome.value,
					createdAt,
					expiresAt: createdAt + ttl
				},
				createdAt
			);
		}
		return outcome;
	}

	async function measure(
		left: { dataset: MeasureDataset; column: string; type: string },
		right: { dataset: MeasureDataset; column: string; type: string }
	): Promise<Outcome<KeyMeasure>> {
		const sql = measureSql(
			{ tableName: left.dataset.tableName, column: left.column, type: left.type },
			{ tableName: right.dataset.tableName, column: right.column, type: right.type }
		);
		const result = await engine.query({ queryId: newId(), sql });
		if (!result.ok) return { ok: false, message: result.error.message };
		const [row] = (await decodeArrow(result.value.arrow)).toArray() as Array<
			Record<string, unknown>
		>;
		const measured = row ? keyMeasureOf(row) : undefined;
		return measured
			? { ok: true, value: measured }
			: { ok: false, message: 'The engine returned no measurement.' };
	}

	return {
		suggestJoins(input) {
			const { contextId, datasets, existing } = input;
			return cached<SuggestionReport>(
				{ kind: 'suggestions', contextId, existing, datasets },
				async () => {
					const byId = new Map(datasets.map((d) => [d.id, d]));
					const nameOf = (ref: ColumnRef): string =>
						`${byId.get(ref.datasetId)?.name ?? ref.datasetId}.${ref.column}`;
					const suggestions: JoinSuggestion[] = [];
					const candidates = candidatePairs(datasets, existing);
					let failure: Outcome<SuggestionReport> | undefined;
					let failures = 0;
					for (const candidate of candidates) {
						const left = byId.get(candidate.left.datasetId)!;
						const right = byId.get(candidate.right.datasetId)!;
						const measured = await measure(
							{ dataset: left, column: candidate.left.column, type: candidate.leftType },
							{ dataset: right, column: candidate.right.column, type: candidate.rightType }
						);
						// One pair DuckDB cannot compare does not sink the others.
						if (!measured.ok) {
							failure ??= measured;
							failures += 1;
							continue;
						}
						const compatible = typesComparable(candidate.leftType, candidate.rightType);
						const suggestion = suggestionOf(candidate, measured.value, compatible, nameOf);
						if (suggestion) suggestions.push(suggestion);
					}
					// Nothing could be measured (e.g. the engine failed): say why instead of "no joins".
					if (failure && failures === candidates.length) return failure;
					return {
						ok: true,
						value: { suggestions: rankSuggestions(suggestions), measuredAt: now() }
					};
				}
			);
		},

		validate(input) {
			const { context } = input;
			const inContext = new Set(context.datasetIds);
			const datasets = input.datasets.filter((d) => inContext.has(d.id));
			return cached<ValidationReport>(
				{ kind: 'validation', contextId: context.id, version: context.version, datasets },
				async () => {
					const relations: RelationMeasure[] = [];
					const findings: Finding[] = [];
					for (const index of context.relations.keys()) {
						const resolved = resolveRelation(context, datasets, index);
						if (!resolved.ok) {
							findings.push(resolved.finding);
							continue;
						}
						const relation = context.relations[index];
						const measured = await measure(
							{ ...resolved.left, column: relation.left.column },
							{ ...resolved.right, column: relation.right.column }
						);
						if (!measured.ok) return measured;
						const m = measured.value;
						const numbers = relationMeasureOf(
							index,
							relation.kind,
							{ left: resolved.left.type, right: resolved.right.type },
							m
						);
						relations.push(numbers);
						findings.push(
							...relationFindings(context, datasets, numbers, {
								left: m.leftOrphanRows,
								right: m.rightOrphanRows
							})
						);
					}
					findings.push(...graphFindings(context, datasets));
					const metrics: MetricCheck[] = [];
					for (const [index, metric] of context.metrics.entries()) {
						metrics.push(await checkMetric(engine, metric, index, datasets, newId));
					}
					findings.push(...metricFindings(context, metrics));
					return {
						ok: true,
						value: { relations, metrics, findings: sortFindings(findings), measuredAt: now() }
					};
				}
			);
		}
	};
}

/** A stored report has the arrays its kind needs (anything else is measured again). */
function isReport(kind: 'suggestions' | 'validation', report: unknown): boolean {
	if (typeof report !== 'object' || report === null) return false;
	const r = report as Record<string, unknown>;
	if (typeof r.measuredAt !== 'number') return false;
	return kind === 'suggestions'
		? Array.isArray(r.suggestions)
		: Array.isArray(r.relations) && Array.isArray(r.metrics) && Array.isArray(r.findings);
}

async function ttlOf(setting: ContextMeasurerOptions['ttlMs']): Promise<number> {
	const value = setting ? await setting() : undefined;
	return typeof value === 'number' && Number.isFinite(value) && value > 0
		? value
		: DEFAULT_CONTEXT_CACHE_TTL_MS;
}
