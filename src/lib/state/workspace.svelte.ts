/**
 * The user's datasets and the engine that holds them: imports (one at a time, cancellable),
 * rename, delete, preview, engine status and notices. Storage is read before anything is written.
 * The dataset list stays live: an import, rename or delete in another tab shows here too, and
 * this tab's engine lets go of tables that were renamed or deleted elsewhere.
 */
import type { EngineError, ImportProgress, Result } from '$lib/engine/engine-api';
import { detectFormat } from '$lib/core/files/detect-format';
import { formatCount } from '$lib/core/format';
import type { DatasetRecord } from '$lib/storage/db';
import { requestPersistence } from '$lib/storage/persist';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import type { EngineEvent, EnginePort } from './engine-port';
import { applyEngineEvent, type EngineState } from './engine-events';
import { followStored, staleTableNames, watchDatasets } from './live-datasets';
import { Notices, type Notice } from './notices.svelte';
import { DatasetProfiles } from './dataset-profiles.svelte';
import { renameDataset } from './rename-dataset';
import { runImport } from './run-import';
import type { CachedQueryResult } from './result-cache-query';
import { previewRows } from './dataset-preview';
import type { ResultCache } from './result-cache.svelte';
import { startSpan, timed } from '$lib/engine/timing';
import { messageOf } from '$lib/core/error-message';

export type { EngineState };
export { MAX_NAME_LENGTH, validateDatasetName } from './rename-dataset';

export interface ImportJob {
	id: string;
	fileName: string;
	status: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
	phase?: ImportProgress['phase'];
	fraction: number;
	error?: string;
	datasetId?: string;
}

export interface WorkspaceDeps {
	engine: EnginePort;
	/** Defaults to the browser's IndexedDB database. */
	storage?: QuarryStorage;
	now?: () => number;
	/** Called after the first successful import; defaults to navigator.storage.persist(). */
	requestPersistence?: () => Promise<boolean>;
	/** Where the workspace reports problems and outcomes; defaults to its own list. */
	notices?: Notices;
}

export class Workspace {
	/** Newest first. */
	datasets = $state.raw<DatasetRecord[]>([]);
	imports = $state<ImportJob[]>([]);
	engine = $state<EngineState>('starting');
	engineError = $state<string | null>(null);
	/** DuckDB version and bundle once the engine has started, e.g. "v1.4.3 (eh)". */
	engineVersion = $state<string | null>(null);
	/** True once datasets have been listed from storage. */
	isLoaded = $state(false);

	readonly storage: QuarryStorage;
	readonly notices: Notices;
	readonly #engine: EnginePort;
	#previewCache: ResultCache | undefined;
	readonly #now: () => number;
	readonly #requestPersistence: () => Promise<boolean>;
	// The files waiting to be imported: bookkeeping, not state the UI renders.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #files = new Map<string, File>();
	#started: Promise<void> | undefined;
	#isPumping = false;
	#pumping: Promise<void> | undefined;
	#running: { id: string; done: Promise<void> } | undefined;
	#hasRequestedPersistence = false;
	#stopWatching: (() => void) | undefined;
	/** Datasets this tab deleted: a listing read before the delete must not bring them back. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- never shown, only consulted
	readonly #deleted = new Set<string>();
	/** Datasets imported in this run of the queue, profiled once the queue is empty. */
	#toProfile: DatasetRecord[] = [];
	readonly #profiles: DatasetProfiles;

	constructor(deps: WorkspaceDeps) {
		this.#engine = deps.engine;
		this.storage = deps.storage ?? openStorage();
		this.#now = deps.now ?? Date.now;
		this.#requestPersistence = deps.requestPersistence ?? (() => requestPersistence());
		this.notices = deps.notices ?? new Notices();
		this.#profiles = new DatasetProfiles({
			engine: this.#engine,
			storage: this.storage,
			getDataset: (id) => this.getDataset(id),
			onProfiled: (record) => this.#replace(record)
		});
	}

	/** Datasets whose column profiles are being computed. */
	get profiling(): readonly string[] {
		return this.#profiles.profiling;
	}

	/** Datasets whose profiling failed in this session: not tried again until the next one. */
	get profileFailed(): readonly string[] {
		return this.#profiles.failed;
	}

	/** List datasets from storage while the engine starts. Safe to call more than once. */
	start(): Promise<void> {
		this.#started ??= this.#start();
		return this.#started;
	}

	async #start(): Promise<void> {
		// DuckDB's start (worker, wasm, open) is the long pole: run it alongside the listing.
		const endStart = startSpan('workspace-engine-start');
		const starting = this.#engine.start().catch((err: unknown): Result<never> => ({
			ok: false,
			error: { code: 'internal', message: messageOf(err) }
		}));
		const live = watchDatasets(
			this.storage,
			(datasets, isFirst) => (isFirst ? (this.datasets = datasets) : this.#follow(datasets)),
			(err) => this.notify('error', `Could not read your saved datasets: ${messageOf(err)}`)
		);
		this.#stopWatching = live.stop;
		await timed('workspace-list', () => live.first);
		this.isLoaded = true;
		const started = await starting;
		endStart();
		if (started.ok) {
			this.engine = 'ready';
			this.engineError = null;
			this.engineVersion = `${started.value.version} (${started.value.bundle})`;
		} else {
			this.engine = 'failed';
			this.engineError = started.error.message;
			this.notify('error', `The engine could not start: ${started.error.message}`);
		}
	}

	/** Stop following storage (the list no longer changes with other tabs). */
	dispose(): void {
		this.#stopWatching?.();
		this.#stopWatching = undefined;
	}

	/**
	 * Take the stored list as it is now. Tables this tab's engine may hold under names that no
	 * longer belong to the same dataset (deleted or renamed, here or in another tab) are dropped
	 * from the engine; it attaches the stored copy again, under its current name, when a query
	 * needs it. Dropping a table the engine does not hold is harmless.
	 */
	#follow(stored: DatasetRecord[]): void {
		const next = followStored(this.datasets, stored, this.#deleted);
		const stale = staleTableNames(this.datasets, next);
		this.datasets = next;
		for (const tableName of stale) {
			void this.#engine.drop({ tableName }).catch(() => undefined);
		}
	}

	/** React to the engine client's lifecycle events (wired by createAppState). */
	handleEngineEvent(event: EngineEvent): void {
		const next = applyEngineEvent({ engine: this.engine, engineError: this.engineError }, event);
		this.engine = next.engine;
		this.engineError = next.engineError;
		if (event.kind === 'ready') {
			this.engineVersion = `${event.status.version} (${event.status.bundle})`;
		}
		if (next.notice) this.notify(next.notice.kind, next.notice.message);
	}

	/** Queue files for import; they run one at a time, in order. Unsupported files fail at once. */
	importFiles(files: File[]): void {
		for (const file of files) {
			const id = crypto.randomUUID();
			const detected = detectFormat(file.name);
			if (detected.ok) this.#files.set(id, file);
			this.imports.push(
				detected.ok
					? { id, fileName: file.name, status: 'queued', fraction: 0 }
					: { id, fileName: file.name, status: 'failed', fraction: 0, error: detected.message }
			);
		}
		if (!this.#isPumping) this.#pumping = this.#pump();
	}

	/** Resolves once every queued import has finished (done, failed or cancelled). */
	async idle(): Promise<void> {
		let pumping;
		while ((pumping = this.#pumping) !== undefined) {
			await pumping;
			if (this.#pumping === pumping) this.#pumping = undefined;
		}
	}

	/** Stop an import; when this resolves nothing of it is stored or left in the engine. */
	async cancelImport(jobId: string): Promise<void> {
		const job = this.#job(jobId);
		if (!job || (job.status !== 'queued' && job.status !== 'running')) return;
		const wasRunning = job.status === 'running';
		job.status = 'cancelled';
		this.#files.delete(jobId);
		if (!wasRunning) return;
		await this.#engine.cancel({ id: jobId }).catch(() => false);
		if (this.#running?.id === jobId) await this.#running.done;
	}

	/** Remove a finished job from the list (a queued one is cancelled; a running one stays). */
	dismissImport(jobId: string): void {
		const job = this.#job(jobId);
		if (!job || job.status === 'running') return;
		this.#files.delete(jobId);
		this.imports = this.imports.filter((j) => j.id !== jobId);
	}

	getDataset(id: string): DatasetRecord | undefined {
		return this.datasets.find((d) => d.id === id);
	}

	/** Rename a dataset (trimmed, 1–120 characters); its SQL table name follows the new name. */
	async renameDataset(
		id: string,
		name: string
	): Promise<{ ok: true } | { ok: false; message: string }> {
		const dataset = this.getDataset(id);
		if (!dataset) return { ok: false, message: 'That dataset no longer exists.' };
		const renamed = await renameDataset({
			engine: this.#engine,
			storage: this.storage,
			dataset,
			name,
			takenTableNames: this.datasets.filter((d) => d.id !== id).map((d) => d.tableName)
		});
		if (!renamed.ok) return renamed;
		this.#replace(renamed.record);
		await this.#log('dataset-renamed', id, `Renamed ${dataset.name} to ${renamed.record.name}`);
		return { ok: true };
	}

	/** Delete a dataset: its engine table, its stored copy and its record. */
	async deleteDataset(id: string): Promise<void> {
		const dataset = this.getDataset(id);
		if (!dataset) return;
		await this.#engine.drop({ tableName: dataset.tableName }).catch(() => undefined);
		try {
			await this.storage.datasets.remove(id);
		} catch (err) {
			this.notify('error', `Could not delete ${dataset.name}: ${messageOf(err)}`);
			return;
		}
		this.#deleted.add(id);
		this.datasets = this.datasets.filter((d) => d.id !== id);
		await this.#log('dataset-deleted', id, `Deleted ${dataset.name}`);
	}

	/** Previews go through the result cache from now on (it is made after the workspace). */
	cachePreviewsIn(cache: ResultCache): void {
		this.#previewCache = cache;
	}

	/** The first 100 rows of a dataset (marked when they came from the result cache). */
	async preview(id: string): Promise<Result<CachedQueryResult>> {
		const dataset = this.getDataset(id);
		if (!dataset) return { ok: false, error: notFound() };
		return previewRows(this.#engine, this.#previewCache, dataset, () => this.datasets);
	}

	/** Record that datasets were used (by a query): lastUsedAt and useCount. */
	async markUsed(ids: readonly string[]): Promise<void> {
		if (ids.length === 0) return;
		try {
			for (const record of await this.storage.datasets.touch(ids)) this.#replace(record);
		} catch {
			// Usage statistics are best effort; the query itself succeeded.
		}
	}

	notify(kind: Notice['kind'], message: string, action?: Notice['action']): string {
		return this.notices.notify(kind, message, action);
	}

	async #pump(): Promise<void> {
		this.#isPumping = true;
		try {
			await this.start();
			// Profiles wait until the queue is empty so that they never delay the next import; a
			// file queued meanwhile is picked up before the pump stops.
			while (this.#nextQueued() || this.#toProfile.length > 0) {
				for (let job = this.#nextQueued(); job; job = this.#nextQueued()) {
					const done = this.#runJob(job.id);
					this.#running = { id: job.id, done };
					await done;
					this.#running = undefined;
				}
				const record = this.#toProfile.shift();
				if (record) await this.#profiles.profile(record.id);
			}
		} finally {
			this.#isPumping = false;
		}
	}

	#nextQueued(): ImportJob | undefined {
		return this.imports.find((j) => j.status === 'queued');
	}

	async #runJob(jobId: string): Promise<void> {
		const file = this.#files.get(jobId);
		const job = this.#job(jobId);
		if (!file || !job) return;
		Object.assign(job, { status: 'running', phase: 'reading', fraction: 0 });
		const isCancelled = () => this.#job(jobId)?.status !== 'running';
		let outcome;
		try {
			outcome =
				this.engine === 'failed'
					? { kind: 'failed' as const, message: `The engine is not running: ${this.engineError}` }
					: await runImport({
							jobId,
							file,
							engine: this.#engine,
							storage: this.storage,
							now: this.#now,
							takenTableNames: () => this.datasets.map((d) => d.tableName),
							isCancelled,
							onProgress: (phase, fraction) => {
								if (!isCancelled()) Object.assign(job, { phase, fraction });
							}
						});
		} catch (err) {
			outcome = { kind: 'failed' as const, message: messageOf(err) };
		}
		this.#files.delete(jobId);
		if (outcome.kind === 'cancelled' || isCancelled()) {
			job.status = 'cancelled';
			return;
		}
		if (outcome.kind === 'failed') {
			Object.assign(job, { status: 'failed', error: outcome.message });
			if (outcome.notice) this.notify('error', outcome.notice);
			return;
		}
		const { record } = outcome;
		// The live list may already hold it.
		this.datasets = [record, ...this.datasets.filter((d) => d.id !== record.id)];
		Object.assign(job, { status: 'done', phase: 'done', fraction: 1, datasetId: record.id });
		await this.#log(
			'dataset-imported',
			record.id,
			`Imported ${file.name} (${formatCount(record.rows, 'row')})`
		);
		this.#toProfile.push(record);
		if (!this.#hasRequestedPersistence) {
			this.#hasRequestedPersistence = true;
			await this.#requestPersistence().catch(() => false);
		}
	}

	/**
	 * Compute column profiles for the listed datasets (all when omitted) that lack a current one,
	 * e.g. datasets imported before profiles took their current shape. Each dataset is profiled
	 * once: concurrent calls share the work. Never rejects; a dataset whose profiling failed stays
	 * unprofiled for the rest of the session (the others are still profiled).
	 */
	async ensureProfiles(datasetIds?: string[]): Promise<void> {
		await this.start();
		if (this.engine === 'failed') return;
		const ids = datasetIds ?? this.datasets.map((d) => d.id);
		await Promise.all(ids.map((id) => this.#profiles.profile(id)));
	}

	#job(id: string): ImportJob | undefined {
		return this.imports.find((j) => j.id === id);
	}

	/** Show `record` unless a newer version of it is already shown. */
	#replace(record: DatasetRecord): void {
		this.datasets = this.datasets.map((d) =>
			d.id === record.id && record.version >= d.version ? record : d
		);
	}

	async #log(
		kind: Parameters<QuarryStorage['activity']['log']>[0],
		refId: string,
		summary: string
	): Promise<void> {
		await this.storage.activity.log(kind, refId, summary).catch(() => undefined);
	}
}

function notFound(): EngineError {
	return { code: 'not-found', message: 'That dataset no longer exists.' };
}
