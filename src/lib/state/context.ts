/**
 * The app's state classes, provided once by +layout.svelte and read by any component below it.
 * Reading outside the provider fails loudly instead of returning undefined.
 */
import { getContext, setContext } from 'svelte';
import type { AnswerCache } from './answer-cache.svelte';
import type { Asker } from './ask.svelte';
import type { Caches } from './caches.svelte';
import type { Dashboard } from './dashboard.svelte';
import type { Charts } from './charts.svelte';
import type { ContextViews } from './context-views.svelte';
import type { Contexts } from './contexts.svelte';
import type { Gallery } from './gallery.svelte';
import type { LlmTier } from './llm.svelte';
import type { Notices } from './notices.svelte';
import type { QueryRunner } from './query-runner.svelte';
import type { Share } from './share.svelte';
import type { StorageInfo } from './storage-info.svelte';
import type { SyncState } from './sync.svelte';
import type { Workspace } from './workspace.svelte';

export interface AppState {
	workspace: Workspace;
	queries: QueryRunner;
	storage: StorageInfo;
	notices: Notices;
	dashboard: Dashboard;
	charts: Charts;
	gallery: Gallery;
	share: Share;
	answerCache: AnswerCache;
	/** The optional LLM tier (an LlmPort for the question box) and its settings. */
	llm: LlmTier;
	asker: Asker;
	/** The saved contexts' SQL views and metrics, for the query page. */
	contextViews: ContextViews;
	/** Saved contexts (the semantic layer) and their edits. */
	contexts: Contexts;
	/** The result, answer and context caches together (settings, dashboard). */
	caches: Caches;
	/** Sign-in and sync with the optional Quarry server. */
	sync: SyncState;
}

const APP_STATE = Symbol('quarry.app-state');

/** Provide the app state to every component below the caller (call during component init). */
export function setAppState(state: AppState): void {
	setContext(APP_STATE, state);
}

export function getWorkspace(): Workspace {
	return getAppState('getWorkspace').workspace;
}

export function getQueryRunner(): QueryRunner {
	return getAppState('getQueryRunner').queries;
}

export function getStorageInfo(): StorageInfo {
	return getAppState('getStorageInfo').storage;
}

export function getNotices(): Notices {
	return getAppState('getNotices').notices;
}

export function getDashboard(): Dashboard {
	return getAppState('getDashboard').dashboard;
}

export function getCharts(): Charts {
	return getAppState('getCharts').charts;
}

export function getGallery(): Gallery {
	return getAppState('getGallery').gallery;
}

export function getShare(): Share {
	return getAppState('getShare').share;
}

export function getAnswerCache(): AnswerCache {
	return getAppState('getAnswerCache').answerCache;
}

export function getLlm(): LlmTier {
	return getAppState('getLlm').llm;
}

export function getAsker(): Asker {
	return getAppState('getAsker').asker;
}

export function getContextViews(): ContextViews {
	return getAppState('getContextViews').contextViews;
}

export function getContexts(): Contexts {
	return getAppState('getContexts').contexts;
}

export function getCaches(): Caches {
	return getAppState('getCaches').caches;
}

export function getSync(): SyncState {
	return getAppState('getSync').sync;
}

function getAppState(caller: string): AppState {
	let state: AppState | undefined;
	try {
		state = getContext<AppState | undefined>(APP_STATE);
	} catch {
		state = undefined; // called outside component initialisation
	}
	if (!state) {
		throw new Error(
			`${caller}() found no Quarry app state: call it while a component initialises, below the layout that calls setAppState().`
		);
	}
	return state;
}
