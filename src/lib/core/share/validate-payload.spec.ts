import { describe, expect, it } from 'vitest';
import { SHARE_LIMITS } from './types';
import { validatePayload } from './validate-payload';

function base(): Record<string, unknown> {
	return {
		title: 't',
		sql: 'SELECT 1',
		datasets: [
			{
				name: 'Cars',
				tableName: 'cars',
				fingerprint: '0'.repeat(64),
				columns: [{ name: 'a', type: 'VARCHAR' }],
				sample: { rows: [['x'], [null]], truncated: false }
			}
		]
	};
}

function withDataset(change: Record<string, unknown>): Record<string, unknown> {
	const value = base();
	value.datasets = [{ ...(value.datasets as object[])[0], ...change }];
	return value;
}

function messageOf(value: unknown): string {
	const result = validatePayload(value);
	return result.ok ? 'ok' : result.message;
}

describe('validatePayload', () => {
	it('passes a v1 payload through as a fresh copy', () => {
		const value = base();
		const result = validatePayload(value);
		expect(result).toEqual({ ok: true, payload: value });
		expect(result.ok && result.payload).not.toBe(value);
	});

	it('rejects wrong shapes with the field named', () => {
		expect(messageOf(null)).toBe('The link must be an object.');
		expect(messageOf([])).toBe('The link must be an object.');
		expect(messageOf({ ...base(), title: 5 })).toBe('The title must be text.');
		expect(messageOf({ ...base(), sql: '  ' })).toBe('The SQL is empty.');
		expect(messageOf({ ...base(), datasets: {} })).toBe('The dataset list must be a list.');
		expect(messageOf(withDataset({ fingerprint: 'ABC' }))).toContain('fingerprint');
		expect(messageOf(withDataset({ columns: [] }))).toBe('Dataset 1 has no columns.');
		expect(messageOf(withDataset({ columns: [{ name: 'a', type: 'INT', x: 1 }] }))).toContain(
			'unknown field "x"'
		);
		expect(messageOf(withDataset({ name: 'a\u0000b' }))).toContain('control characters');
		expect(messageOf(withDataset({ sample: { rows: [['x', 'y']], truncated: false } }))).toBe(
			'Dataset 1 sample row 1 has more than 1 entries.'
		);
		expect(messageOf(withDataset({ sample: { rows: [[1]], truncated: false } }))).toContain(
			'must be text'
		);
		expect(
			messageOf(withDataset({ sample: { rows: [[['nested']]], truncated: false } }))
		).toContain('must be text');
		expect(messageOf(withDataset({ sample: { rows: [], truncated: 'no' } }))).toContain(
			'"truncated" must be true or false'
		);
		const twice = base();
		twice.datasets = [...(twice.datasets as object[]), (twice.datasets as object[])[0]];
		expect(messageOf(twice)).toBe('Two datasets have the same table name.');
	});

	it('enforces the limits on lengths and counts', () => {
		expect(messageOf({ ...base(), title: 'x'.repeat(SHARE_LIMITS.maxTitle + 1) })).toContain(
			'longer than'
		);
		expect(messageOf({ ...base(), sql: 'x'.repeat(SHARE_LIMITS.maxSql + 1) })).toContain(
			'longer than'
		);
		const many = Array.from({ length: SHARE_LIMITS.maxDatasets + 1 }, () => ({}));
		expect(messageOf({ ...base(), datasets: many })).toContain('more than');
		const rows = Array.from({ length: SHARE_LIMITS.maxRows + 1 }, () => ['x']);
		expect(messageOf(withDataset({ sample: { rows, truncated: true } }))).toContain('more than');
		expect(validatePayload(withDataset({ sample: { rows, truncated: true } }), 10_000).ok).toBe(
			true
		);
		expect(
			messageOf(withDataset({ sample: { rows: [['x'.repeat(5000)]], truncated: false } }))
		).toContain('longer than');
	});
});
