import { describe, expect, it } from 'vitest';
import type { PushResult, SyncRecord } from './protocol';
import { onPulled, onPushed, type LocalState } from './replica';

function record(version: number, data: unknown = `v${version}`): SyncRecord {
	return {
		table: 'charts',
		recordId: 'c1',
		version,
		seq: version * 10,
		deleted: false,
		data,
		updatedAt: 0,
		deviceId: version % 2 ? 'device-a' : 'device-b'
	};
}

function result(outcome: PushResult['outcome'], version: number, changeId = 'c-1'): PushResult {
	return { changeId, outcome, record: record(version) };
}

const clean: LocalState = { baseVersion: 2, pendingChangeId: undefined };
const pending: LocalState = { baseVersion: 2, pendingChangeId: 'c-1' };

describe('onPulled', () => {
	it('applies a newer version and ignores one the client already has', () => {
		expect(onPulled(clean, record(3))).toEqual({
			kind: 'apply',
			record: record(3),
			baseVersion: 3
		});
		expect(onPulled(clean, record(2))).toEqual({ kind: 'ignore' });
		expect(onPulled(clean, record(1))).toEqual({ kind: 'ignore' });
	});

	it('keeps the local record while a change is pending, holding the newest pulled version', () => {
		expect(onPulled(pending, record(4))).toEqual({ kind: 'keep-local', held: record(4) });
		const holding = { ...pending, held: record(4) };
		expect(onPulled(holding, record(3))).toEqual({ kind: 'keep-local', held: record(4) });
		expect(onPulled(holding, record(5))).toEqual({ kind: 'keep-local', held: record(5) });
		expect(onPulled(pending, record(2))).toEqual({ kind: 'keep-local', held: undefined });
	});
});

describe('onPushed', () => {
	it('clears the pending change when it was written, keeping the local record', () => {
		for (const outcome of ['applied', 'conflict'] as const) {
			expect(onPushed(pending, result(outcome, 3))).toEqual({
				clearPending: true,
				baseVersion: 3,
				apply: null,
				held: undefined
			});
		}
	});

	it('takes the server’s current version when the change was a duplicate or stale', () => {
		for (const outcome of ['duplicate', 'stale'] as const) {
			expect(onPushed(pending, result(outcome, 6))).toEqual({
				clearPending: true,
				baseVersion: 6,
				apply: record(6),
				held: undefined
			});
		}
	});

	it('leaves a newer pending change alone', () => {
		const newer = { ...pending, pendingChangeId: 'c-2', held: record(5) };
		expect(onPushed(newer, result('applied', 3))).toEqual({
			clearPending: false,
			baseVersion: 2,
			apply: null,
			held: record(5)
		});
	});

	it('shows a later version pulled while the change was pending, when the push answer comes last', () => {
		// Pushed, written as v3; another device wrote v4 on top; the pull that carried v4 was
		// answered before the push, so the cursor is past v4 already.
		const holding = { ...pending, held: record(4) };
		expect(onPushed(holding, result('applied', 3))).toEqual({
			clearPending: true,
			baseVersion: 4,
			apply: record(4),
			held: undefined
		});
		expect(onPushed(holding, result('duplicate', 3)).apply).toEqual(record(4));
		// A held version older than what the push wrote is dropped.
		expect(onPushed({ ...pending, held: record(3) }, result('conflict', 5))).toEqual({
			clearPending: true,
			baseVersion: 5,
			apply: null,
			held: undefined
		});
	});
});
