import { describe, expect, it } from 'vitest';
import { joinCandidates, mostlyEmptyColumns, unusedDatasets } from './dataset-rules';
import { DAY_MS } from './thresholds';
import type { InsightDataset } from './types';

function dataset(overrides: Partial<InsightDataset> = {}): InsightDataset {
	return {
		id: 'd1',
		name: 'Sales',
		tableName: 'sales',
		rows: 100,
		lastUsedAt: 0,
		columns: [],
		...overrides
	};
}

describe('mostlyEmptyColumns', () => {
	it('fires at 80 % nulls with the percentage as its number, not below', () => {
		const insights = mostlyEmptyColumns([
			dataset({
				columns: [
					{ name: 'notes', type: 'VARCHAR', profile: { nullShare: 0.8, nullCount: 80 } },
					{ name: 'city', type: 'VARCHAR', profile: { nullShare: 0.79, nullCount: 79 } },
					{ name: 'memo', type: 'VARCHAR', profile: { nullShare: 0.95 } },
					{ name: 'unknown', type: 'VARCHAR' }
				]
			})
		]);
		expect(insights).toHaveLength(2);
		expect(insights[1]).toMatchObject({ value: 95, detail: expect.stringContaining('95 of 100') });
		expect(insights[0]).toMatchObject({
			kind: 'mostly-empty',
			value: 80,
			title: 'notes in Sales is 80% empty',
			action: { href: '/datasets/d1' }
		});
		expect(insights[0].detail).toContain('80 of 100 rows');
	});

	it('ignores empty datasets', () => {
		const empty = dataset({
			rows: 0,
			columns: [{ name: 'a', type: 'INTEGER', profile: { nullShare: 0, nullCount: 0 } }]
		});
		expect(mostlyEmptyColumns([empty])).toEqual([]);
	});
});

describe('joinCandidates', () => {
	const orders = dataset({
		id: 'o',
		name: 'Orders',
		tableName: 'orders',
		columns: [
			{ name: 'customer_id', type: 'BIGINT' },
			{ name: 'Region', type: 'VARCHAR' },
			{ name: 'total', type: 'DOUBLE' }
		]
	});
	const customers = dataset({
		id: 'c',
		name: 'Customers',
		tableName: 'customers',
		columns: [
			{ name: 'customer_id', type: 'BIGINT' },
			{ name: 'region', type: 'VARCHAR' },
			{ name: 'total', type: 'BIGINT' }
		]
	});

	it('pairs datasets sharing a column name (any case) and type, with the count as its number', () => {
		const [insight, ...rest] = joinCandidates([orders, customers]);
		expect(rest).toEqual([]);
		expect(insight).toMatchObject({
			kind: 'join-candidate',
			value: 2,
			title: 'Orders and Customers share 2 columns'
		});
		expect(insight.detail).toContain('customer_id, Region');
		const sql = new URL(insight.action!.href, 'http://x').searchParams.get('sql');
		expect(sql).toContain('JOIN "customers" AS b ON a."customer_id" = b."customer_id"');
	});

	it('does not pair columns of the same name with different types, nor a dataset with itself', () => {
		const a = dataset({
			id: 'a',
			columns: [
				{ name: 'x', type: 'BIGINT' },
				{ name: 'X', type: 'BIGINT' }
			]
		});
		const b = dataset({ id: 'b', columns: [{ name: 'x', type: 'VARCHAR' }] });
		expect(joinCandidates([a, b])).toEqual([]);
		expect(joinCandidates([])).toEqual([]);
	});
});

describe('unusedDatasets', () => {
	it('fires after 30 whole days without use, with the days as its number', () => {
		const now = 100 * DAY_MS;
		const insights = unusedDatasets(
			[
				dataset({ id: 'old', lastUsedAt: now - 30 * DAY_MS }),
				dataset({ id: 'recent', lastUsedAt: now - 30 * DAY_MS + 1 })
			],
			now
		);
		expect(insights.map((i) => [i.id, i.value])).toEqual([['unused-dataset:old', 30]]);
	});
});
