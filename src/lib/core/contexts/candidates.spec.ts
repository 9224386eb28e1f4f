import { describe, expect, it } from 'vitest';
import type { CatalogColumn } from '../catalog/types';
import {
	candidatePairs,
	keyLikeness,
	MAX_PAIRS,
	MIN_PAIRS,
	rangesMayOverlap,
	typesComparable,
	typeClass,
	typesJoinable
} from './candidates';
import type { MeasureDataset } from './types';

function column(
	name: string,
	type: string,
	distinctCount: number,
	range?: [number | string, number | string]
): CatalogColumn {
	return {
		name,
		type,
		profile: {
			distinctCount,
			nullShare: 0,
			topValues: [],
			...(range ? { min: range[0], max: range[1] } : {})
		}
	};
}

function dataset(id: string, rows: number, columns: CatalogColumn[]): MeasureDataset {
	return { id, name: id, tableName: id, fingerprint: id, rows, columns };
}

describe('candidate pairs', () => {
	it('classes DuckDB types and joins text with whole numbers but never with booleans', () => {
		expect(typeClass('BIGINT')).toBe('integer');
		expect(typeClass('DECIMAL(10,2)')).toBe('decimal');
		expect(typeClass('TIMESTAMP WITH TIME ZONE')).toBe('temporal');
		expect(typeClass('STRUCT(a INTEGER)')).toBe('other');
		expect(typesJoinable('VARCHAR', 'INTEGER')).toBe(true);
		expect(typesJoinable('INTEGER', 'DECIMAL(9,0)')).toBe(true);
		expect(typesJoinable('VARCHAR', 'BOOLEAN')).toBe(false);
		expect(typesJoinable('DATE', 'INTEGER')).toBe(false);
		expect(typesJoinable('UUID', 'UUID')).toBe(true);
		expect(typesJoinable('UUID', 'VARCHAR')).toBe(true);
		expect(typesComparable('UUID', 'VARCHAR')).toBe(false); // compared as text
	});

	it('measures key-likeness as distinct values per non-NULL row', () => {
		expect(keyLikeness(column('id', 'INTEGER', 100), 100)).toBe(1);
		expect(keyLikeness(column('kind', 'VARCHAR', 3), 100)).toBe(0.03);
		expect(keyLikeness({ name: 'x', type: 'INTEGER' }, 100)).toBe(0);
	});

	it('keeps pairs with a key-like side whose ranges overlap, and leaves out related pairs', () => {
		const words = { distinctCount: 3, nullShare: 0, topValues: [{ value: 'open', count: 9 }] };
		const digits = { distinctCount: 3, nullShare: 0, topValues: [{ value: '0042', count: 9 }] };
		const orders = dataset('orders', 1000, [
			column('customer_id', 'INTEGER', 90, [1, 100]),
			column('amount', 'DOUBLE', 900, [1, 500]),
			{ name: 'status', type: 'VARCHAR', profile: words },
			{ name: 'branch', type: 'VARCHAR', profile: digits }
		]);
		const customers = dataset('customers', 100, [
			column('id', 'INTEGER', 100, [1, 100]),
			column('code', 'INTEGER', 100, [5000, 6000]),
			column('vip', 'BOOLEAN', 2)
		]);
		const pairs = candidatePairs([orders, customers], []);
		expect(pairs.map((p) => `${p.left.column}-${p.right.column}`)).toEqual([
			'customer_id-id',
			'branch-id',
			'branch-code'
		]);
		expect(pairs[0].nameSimilarity).toBe(0.9);
		const without = candidatePairs(
			[orders, customers],
			[
				{
					left: { datasetId: 'customers', column: 'id' },
					right: { datasetId: 'orders', column: 'customer_id' }
				}
			]
		);
		expect(without.map((p) => p.left.column)).toEqual(['branch', 'branch']);
	});

	it('caps the pairs measured across many wide datasets', () => {
		const wide = Array.from({ length: 10 }, (_, d) =>
			dataset(
				`t${d}`,
				100,
				Array.from({ length: 30 }, (_, c) => column(`c${c}`, 'INTEGER', 100, [0, 100]))
			)
		);
		const pairs = candidatePairs(wide, []);
		expect(pairs).toHaveLength(MAX_PAIRS);
		expect(pairs.every((p) => p.nameSimilarity === 1)).toBe(true);
	});

	it('stops measuring big datasets when the rows read would pass the budget', () => {
		const big = Array.from({ length: 4 }, (_, d) =>
			dataset(`t${d}`, 10_000_000, [column('id', 'INTEGER', 10_000_000, [0, 1e7])])
		);
		// 6 pairs of 20,000,000 rows each: the first MIN_PAIRS are measured, then the budget holds.
		expect(candidatePairs(big, [])).toHaveLength(MIN_PAIRS);
	});

	it('sees disjoint numeric and date ranges', () => {
		expect(
			rangesMayOverlap(column('a', 'INTEGER', 1, [1, 10]), column('b', 'BIGINT', 1, [11, 20]))
		).toBe(false);
		expect(
			rangesMayOverlap(
				column('a', 'DATE', 1, ['2020-01-01', '2020-12-31']),
				column('b', 'DATE', 1, ['2021-01-01', '2021-12-31'])
			)
		).toBe(false);
		expect(
			rangesMayOverlap(column('a', 'VARCHAR', 1, ['a', 'b']), column('b', 'INTEGER', 1, [1, 2]))
		).toBe(true);
	});
});
