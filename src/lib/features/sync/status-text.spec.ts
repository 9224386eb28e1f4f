import { describe, expect, it } from 'vitest';
import { syncStatusText } from './status-text';

describe('syncStatusText', () => {
	it('is hidden when signed out', () => {
		expect(syncStatusText({ kind: 'signed-out' })).toBeNull();
	});

	it('names each state in words', () => {
		expect(syncStatusText({ kind: 'synced', at: 1 })?.label).toBe('Synced');
		expect(syncStatusText({ kind: 'syncing', pending: 2 })?.label).toBe('Syncing');
		expect(syncStatusText({ kind: 'pending', pending: 3 })?.label).toBe('Pending 3');
		expect(syncStatusText({ kind: 'offline', pending: 0 })?.label).toBe('Offline');
		expect(syncStatusText({ kind: 'offline', pending: 2 })?.label).toBe('Offline · Pending 2');
		expect(syncStatusText({ kind: 'pending', pending: 0 })?.label).toBe('Not synced yet');
		expect(
			syncStatusText({ kind: 'error', pending: 0, message: 'Server unreachable' })?.label
		).toBe('Sync error: Server unreachable');
	});

	it('counts what waits', () => {
		expect(syncStatusText({ kind: 'pending', pending: 1 })?.detail).toBe(
			'1 change not sent to the server yet.'
		);
		expect(syncStatusText({ kind: 'offline', pending: 4 })?.detail).toContain(
			'(4 changes waiting)'
		);
		expect(syncStatusText({ kind: 'offline', pending: 0 })?.detail).not.toContain('waiting');
	});

	it('keeps a reason to one short line', () => {
		const long = syncStatusText({
			kind: 'error',
			pending: 0,
			message: `bad\n\n${'x'.repeat(500)}`
		});
		expect(long?.label.length).toBeLessThanOrEqual('Sync error: '.length + 120);
		expect(long?.label).not.toContain('\n');
		expect(long?.label.endsWith('…')).toBe(true);
		expect(syncStatusText({ kind: 'error', pending: 0, message: '  ' })?.label).toBe(
			'Sync error: unknown reason'
		);
	});
});
