import { describe, expect, it } from 'vitest';
import type { ConflictCopy } from '$lib/core/sync/protocol';
import { describeConflict, recordName } from './conflict-text';

function conflict(over: Partial<ConflictCopy>): ConflictCopy {
	return {
		id: 'c1',
		table: 'charts',
		recordId: 'chart-1',
		version: 3,
		deleted: false,
		data: { title: 'Sales by month' },
		deviceId: 'abcdef1234567890',
		keptAt: 0,
		...over
	};
}

describe('describeConflict', () => {
	it('says what was kept and from which device', () => {
		expect(describeConflict(conflict({}))).toEqual({
			kind: 'Chart',
			name: '“Sales by month”',
			state: 'version 3',
			device: 'device abcdef12'
		});
		expect(describeConflict(conflict({}), 'abcdef1234567890').device).toBe('this device');
	});

	it('names queries, contexts and datasets by their own fields', () => {
		expect(describeConflict(conflict({ table: 'queries', data: { sql: 'SELECT 1' } })).name).toBe(
			'“SELECT 1”'
		);
		expect(
			describeConflict(conflict({ table: 'queries', data: { savedName: 'Top', sql: 'x' } })).name
		).toBe('“Top”');
		expect(describeConflict(conflict({ table: 'contexts', data: { name: 'Shop' } })).kind).toBe(
			'Context'
		);
	});

	it('falls back to the id for a deletion or odd data', () => {
		const deleted = describeConflict(conflict({ deleted: true, data: null }));
		expect(deleted.state).toBe('deleted');
		expect(deleted.name).toBe('id chart-1');
		expect(describeConflict(conflict({ data: { title: 42 } })).name).toBe('id chart-1');
	});
});

describe('recordName', () => {
	it('keeps a hostile name to one clipped line of text', () => {
		const name = recordName({ title: `<img src=x onerror=alert(1)>\n${'y'.repeat(200)}` });
		expect(name).not.toContain('\n');
		expect(name?.length).toBeLessThanOrEqual(82);
		expect(name?.startsWith('“<img')).toBe(true);
		expect(recordName({ title: '   ', name: 'Fallback' })).toBe('“Fallback”');
		expect(recordName('text')).toBeNull();
	});
});
