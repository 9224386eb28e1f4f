import { describe, expect, it } from 'vitest';
import { PwaState } from './pwa-state.svelte';
import { connectWorkbox, noteRegistration, type WorkboxLike } from './register';

/** Stands in for workbox-window's Workbox: the test plays the service worker's lifecycle. */
function fakeWorkbox() {
	const listeners = new Map<string, ((event: { isUpdate?: boolean }) => void)[]>();
	const calls = { skipWaiting: 0, update: 0 };
	const wb = {
		addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void) {
			listeners.set(type, [...(listeners.get(type) ?? []), listener]);
		},
		messageSkipWaiting() {
			calls.skipWaiting++;
		},
		async update() {
			calls.update++;
		}
	} as unknown as WorkboxLike;
	function emit(type: string, event: { isUpdate?: boolean } = {}) {
		for (const listener of listeners.get(type) ?? []) listener(event);
	}
	return { wb, emit, calls };
}

describe('connectWorkbox', () => {
	it('reports offline-ready once the first worker has activated', () => {
		const { wb, emit } = fakeWorkbox();
		const state = new PwaState();
		connectWorkbox(wb, state, () => {});
		expect(state.isOfflineReady).toBe(false);
		emit('activated', { isUpdate: false });
		expect(state.isOfflineReady).toBe(true);
		expect(state.hasJustBecomeOfflineReady).toBe(true);
	});

	it('does not announce offline-ready again when an update activates', () => {
		const { wb, emit } = fakeWorkbox();
		const state = new PwaState();
		connectWorkbox(wb, state, () => {});
		emit('activated', { isUpdate: true });
		expect(state.hasJustBecomeOfflineReady).toBe(false);
	});

	it('shows a waiting update and reloads only after the user applies it', () => {
		const { wb, emit, calls } = fakeWorkbox();
		const state = new PwaState();
		let reloads = 0;
		const controls = connectWorkbox(wb, state, () => reloads++);
		emit('waiting', { isUpdate: true });
		expect(state.isUpdateWaiting).toBe(true);

		emit('controlling', { isUpdate: true });
		expect(reloads).toBe(0);

		controls.applyUpdate();
		expect(calls.skipWaiting).toBe(1);
		emit('controlling', { isUpdate: true });
		expect(reloads).toBe(1);
	});
});

describe('noteRegistration', () => {
	it('treats an already active worker as offline-ready without a first-install notice', () => {
		const state = new PwaState();
		noteRegistration({ active: {}, waiting: null } as unknown as ServiceWorkerRegistration, state);
		expect(state.isOfflineReady).toBe(true);
		expect(state.hasJustBecomeOfflineReady).toBe(false);
		expect(state.isUpdateWaiting).toBe(false);
	});

	it('notices an update that was already waiting before this page loaded', () => {
		const state = new PwaState();
		noteRegistration({ active: {}, waiting: {} } as unknown as ServiceWorkerRegistration, state);
		expect(state.isUpdateWaiting).toBe(true);
	});
});
