/**
 * `window.__quarry`: Quarry's state for end-to-end tests and benchmarks to observe and drive.
 * It exists only in the test build (`npm run build:test`, into build-test/): everywhere else
 * `__QUARRY_TEST_BUILD__` is the constant `false` and the bundler drops this code, which
 * `npm test` checks by searching the production build for the handle's name.
 */
import type { createAppState } from '$lib/state/app-state';

export type AppState = ReturnType<typeof createAppState>;

declare global {
	/** Set by Vite's `define` (vite.config.ts): true only when QUARRY_TEST_BUILD=1. */
	const __QUARRY_TEST_BUILD__: boolean;
	interface Window {
		/** Present only in the test build. */
		__quarry?: AppState;
	}
}

export function exposeForTests(state: AppState): void {
	if (!__QUARRY_TEST_BUILD__) return;
	window.__quarry = state;
}
