/**
 * What the page knows about Quarry's service worker, as reactive state.
 * One instance (`pwa`) for the app; `register.ts` keeps it up to date.
 */
export class PwaState {
	/** The browser supports service workers and registration has been attempted. */
	isSupported = $state(false);
	/** The app and engine are precached: Quarry works with no network from now on. */
	isOfflineReady = $state(false);
	/** True only when this page load finished the very first install (for a one-time notice). */
	hasJustBecomeOfflineReady = $state(false);
	/** A new version is installed and waiting; reloading switches to it. */
	isUpdateWaiting = $state(false);
	/** Registration failed (Quarry still works online); a sentence for the user or the logs. */
	error = $state<string | null>(null);
}

export const pwa = new PwaState();

/** Whether Quarry can run with no network (the service worker has precached everything). */
export function isOfflineReady(): boolean {
	return pwa.isOfflineReady;
}
