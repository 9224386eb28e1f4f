/** Builds the app's state once, for +layout.svelte: engine client, storage and state classes. */
import { EngineClient } from '$lib/engine/engine-client';
import { openStorage } from '$lib/storage/storage';
import { AnswerCache } from './answer-cache.svelte';
import { Asker } from './ask.svelte';
import { Caches } from './caches.svelte';
import { Charts } from './charts.svelte';
import { ContextViews } from './context-views.svelte';
import { contextMeasurerOver } from './context-measure';
import { Contexts } from './contexts.svelte';
import type { AppState } from './context';
import { startSpan } from '$lib/engine/timing';
import type { EngineEvent } from './engine-port';
import { Dashboard } from './dashboard.svelte';
import { Gallery } from './gallery.svelte';
import { loadedLlmOrigin } from '$lib/ask/endpoint-origin';
import { createLlmTier } from './llm.svelte';
import { Notices } from './notices.svelte';
import { QueryRunner } from './query-runner.svelte';
import { ResultCache } from './result-cache.svelte';
import { Share } from './share.svelte';
import { StorageInfo } from './storage-info.svelte';
import { SyncState } from './sync.svelte';
import { ensureStoredOver } from './ensure-stored';
import { Workspace } from './workspace.svelte';

/**
 * Create the engine client (its tables are rebuilt from the stored copies after every start or
 * restart), the workspace, the query runner, the storage info, the gallery and the answer cache, and start loading: datasets
 * from IndexedDB, then the engine. `workspace.start()` is idempotent if the layout calls it too.
 */
export function createAppState(): AppState {
	startSpan('app-state-created')();
	const storage = openStorage();
	// Events that arrive before the workspace exists are dropped: it starts in 'starting'.
	let onEngineEvent: (event: EngineEvent) => void = () => {};
	const sync = new SyncState({ storage, pageOrigin: location.origin });
	const engine = new EngineClient({
		loadAttachments: () => storage.datasets.listAttachments(),
		// A dataset synced from another device has its data downloaded on first use.
		ensureStored: (tableNames) => ensureStoredOver(storage, sync, tableNames),
		onEvent: (event: EngineEvent) => onEngineEvent(event)
	});
	const notices = new Notices();
	const workspace = new Workspace({ engine, storage, notices });
	onEngineEvent = (event) => workspace.handleEngineEvent(event);
	// Results are keyed by the context views' definitions too: editing a relation changes them.
	const contextViews = new ContextViews({ storage, engine });
	const resultCache = new ResultCache({
		storage,
		viewsFingerprint: () => contextViews.fingerprint
	});
	workspace.cachePreviewsIn(resultCache);
	const queries = new QueryRunner({ engine, workspace, storage, cache: resultCache });
	const storageInfo = new StorageInfo();
	const dashboard = new Dashboard({ storage, workspace, storageInfo });
	// Saved charts re-opened over unchanged data are drawn from the result cache.
	const charts = new Charts({
		engine,
		cache: {
			cache: resultCache,
			datasets: async () =>
				workspace.isLoaded ? workspace.datasets : await storage.datasets.list()
		}
	});
	const gallery = new Gallery({ storage, notices });
	// Join suggestions and validation run in DuckDB, under the engine's lock, cached 24 h.
	const measurer = contextMeasurerOver(engine, storage);
	const contexts = new Contexts({ storage, notices, measurer });
	const share = new Share({ engine, workspace });
	const llm = createLlmTier({
		engine,
		settings: storage.settings,
		loadedOrigin: loadedLlmOrigin()
	});
	// The configured LLM is read from memory: a cache hit costs one IndexedDB read.
	const answerCache = new AnswerCache({
		storage,
		configuredLlm: async () => llm.identity()
	});
	// The question box runs its SQL through its own runner: its result is not the editor's.
	const asker = new Asker({
		workspace,
		runner: new QueryRunner({ engine, workspace, storage, cache: resultCache }),
		cache: answerCache,
		llm,
		ensureProfiles: (ids) => workspace.ensureProfiles(ids)
	});
	contextViews.start();
	void workspace.start();
	void storageInfo.refresh();
	gallery.start();
	contexts.start();
	void answerCache.start();
	void resultCache.start();
	const caches = new Caches({ storage, results: resultCache, answers: answerCache });
	void llm.load();
	void sync.start();
	return {
		workspace,
		queries,
		storage: storageInfo,
		notices,
		dashboard,
		charts,
		gallery,
		share,
		answerCache,
		llm,
		asker,
		contextViews,
		contexts,
		caches,
		sync
	};
}
