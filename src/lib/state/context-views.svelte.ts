/**
 * The SQL views of the saved contexts (core/contexts/views.ts), kept in step with the stored
 * contexts and datasets across tabs: a context saved, a dataset renamed or deleted anywhere
 * updates the views the engine client may create and the list the SQL editor shows.
 */
import { contextViews, viewsFingerprint, type ContextViewSet } from '$lib/core/contexts/views';
import type { Context } from '$lib/core/contexts/types';
import type { EngineView } from '$lib/engine/lazy-attach';
import { watch } from '$lib/storage/live';
import type { DatasetRecord } from '$lib/storage/records';
import type { QuarryStorage } from '$lib/storage/storage';
import { completionNames, type CompletionName } from './completion-names';

export type { CompletionName } from './completion-names';

/** What this class needs from the engine client. */
export interface ViewsPort {
	setViews(views: readonly EngineView[]): void;
}

export interface ContextViewsDeps {
	storage: QuarryStorage;
	engine: ViewsPort;
}

export class ContextViews {
	/** Each saved context (by name) with its views and metrics. */
	sets = $state.raw<ContextViewSet[]>([]);
	/** Every table, view, column and metric name, for completion in the SQL editor. */
	names = $state.raw<CompletionName[]>([]);
	/** Changes whenever a view's definition does (core/contexts/views.ts viewsFingerprint). */
	fingerprint = '';
	isLoaded = $state(false);
	loadError = $state<string | null>(null);
	readonly #deps: ContextViewsDeps;
	#stop: (() => void) | null = null;

	constructor(deps: ContextViewsDeps) {
		this.#deps = deps;
	}

	/** Follow the stored contexts and datasets (idempotent). */
	start(): void {
		if (this.#stop) return;
		const { storage } = this.#deps;
		this.#stop = watch(
			async () => {
				const [contexts, datasets] = await Promise.all([
					storage.contexts.list(),
					storage.datasets.list()
				]);
				return { contexts, datasets };
			},
			({ contexts, datasets }) => this.#update(contexts.flatMap(readable), datasets),
			(error) => {
				this.loadError = error instanceof Error ? error.message : String(error);
				this.isLoaded = true;
			}
		);
	}

	stop(): void {
		this.#stop?.();
		this.#stop = null;
	}

	#update(contexts: Context[], datasets: DatasetRecord[]): void {
		const sets = contextViews(contexts, datasets);
		const views = sets.flatMap((s) =>
			s.views.map(({ name, sql, tables }) => ({ name, sql, tables }))
		);
		this.#deps.engine.setViews(views);
		this.fingerprint = viewsFingerprint(views);
		this.sets = sets;
		this.names = completionNames(sets, datasets);
		this.loadError = null;
		this.isLoaded = true;
	}
}

/** A stored context with the lists views read, or nothing when the record does not fit. */
function readable(record: Context): Context[] {
	if (typeof record?.id !== 'string' || typeof record.name !== 'string') return [];
	return [
		{
			...record,
			datasetIds: Array.isArray(record.datasetIds) ? record.datasetIds : [],
			relations: Array.isArray(record.relations) ? record.relations.filter(isRelation) : [],
			metrics: Array.isArray(record.metrics) ? record.metrics.filter(isMetric) : []
		}
	];
}

function isRelation(value: Context['relations'][number]): boolean {
	const isRef = (ref: unknown) =>
		typeof ref === 'object' &&
		ref !== null &&
		typeof (ref as { datasetId?: unknown }).datasetId === 'string' &&
		typeof (ref as { column?: unknown }).column === 'string';
	return typeof value === 'object' && value !== null && isRef(value.left) && isRef(value.right);
}

function isMetric(value: Context['metrics'][number]): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof value.name === 'string' &&
		typeof value.expression === 'string'
	);
}
