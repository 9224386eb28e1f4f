import type { createAppState } from '$lib/state/app-state';

export type AppState = ReturnType<typeof createAppState>;

declare global {
	interface Window {
		/** Quarry's state, for end-to-end tests and benchmarks to observe and drive. */
		__quarry?: AppState;
	}
}

export function exposeForTests(state: AppState): void {
	window.__quarry = state;
}
