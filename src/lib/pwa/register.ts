/**
 * Service worker registration with workbox-window. The worker itself (build/client/sw.js) is
 * generated at build time by @vite-pwa/sveltekit (vite.config.ts): it precaches the whole client
 * build, DuckDB's wasm included, and answers every navigation with the app shell.
 */
import { Workbox } from 'workbox-window';
import { reloadWhenWritten } from '$lib/state/result-cache-pending';
import { pwa, type PwaState } from './pwa-state.svelte';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** The part of workbox-window's `Workbox` Quarry uses (lets tests drive it with fakes). */
export type WorkboxLike = Pick<Workbox, 'addEventListener' | 'messageSkipWaiting' | 'update'>;

export interface ServiceWorkerControls {
	/** Activate the waiting version and reload the page once it controls it. */
	applyUpdate(): void;
	/** Ask the server whether a newer version exists. */
	checkForUpdate(): Promise<void>;
}

/**
 * Keep `state` in step with the worker's lifecycle. `reload` is called only after the user
 * asked for the update and the new worker took control (never for another tab's update).
 */
export function connectWorkbox(
	wb: WorkboxLike,
	state: PwaState,
	reload: () => void
): ServiceWorkerControls {
	let isApplyingUpdate = false;
	wb.addEventListener('activated', (event) => {
		if (event.isUpdate) return;
		state.isOfflineReady = true;
		state.hasJustBecomeOfflineReady = true;
	});
	wb.addEventListener('waiting', () => {
		state.isUpdateWaiting = true;
	});
	wb.addEventListener('controlling', () => {
		if (isApplyingUpdate) reload();
	});
	return {
		applyUpdate() {
			isApplyingUpdate = true;
			wb.messageSkipWaiting();
		},
		async checkForUpdate() {
			await wb.update();
		}
	};
}

/** Mark the app offline-ready when an already-installed worker is active. */
export function noteRegistration(
	registration: ServiceWorkerRegistration | undefined,
	state: PwaState
) {
	if (registration?.active) state.isOfflineReady = true;
	if (registration?.waiting && registration.active) state.isUpdateWaiting = true;
}

/**
 * Register `/sw.js` (call once, in production builds only). Returns null when the browser has
 * no service workers; registration errors become `pwa.error`, never exceptions.
 */
export async function registerServiceWorker(
	state: PwaState = pwa
): Promise<ServiceWorkerControls | null> {
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
	state.isSupported = true;
	const wb = new Workbox('/sw.js', { scope: '/' });
	// Results being stored in the cache are written first (at most a moment's wait).
	const controls = connectWorkbox(wb, state, () => void reloadWhenWritten());
	try {
		noteRegistration(await wb.register(), state);
	} catch (error) {
		state.error = `Offline support is unavailable: ${error instanceof Error ? error.message : String(error)}`;
		return null;
	}
	const timer = setInterval(() => {
		controls.checkForUpdate().catch(() => {
			// Offline or server down: try again at the next interval.
		});
	}, UPDATE_CHECK_INTERVAL_MS);
	addEventListener('pagehide', () => clearInterval(timer), { once: true });
	return controls;
}
