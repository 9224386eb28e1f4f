import { describe, expect, it } from 'vitest';
import type { KeyMeasure } from './measure-sql';
import type { Context, MeasureDataset } from './types';
import {
	graphFindings,
	metricFindings,
	relationFindings,
	relationMeasureOf,
	resolveRelation,
	sortFindings
} from './validate';

const customers: MeasureDataset = {
	id: 'c',
	name: 'Customers',
	tableName: 'customers',
	fingerprint: 'c1',
	rows: 100,
	columns: [{ name: 'id', type: 'INTEGER' }]
};
const orders: MeasureDataset = {
	id: 'o',
	name: 'Orders',
	tableName: 'orders',
	fingerprint: 'o1',
	rows: 1000,
	columns: [{ name: 'customer', type: 'VARCHAR' }]
};

function context(overrides: Partial<Context>): Context {
	return {
		id: 'x',
		name: 'x',
		datasetIds: ['c', 'o'],
		relations: [],
		metrics: [],
		descriptions: [],
		synonyms: [],
		notes: '',
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		...overrides
	};
}

const measure: KeyMeasure = {
	leftRows: 100,
	rightRows: 1000,
	leftKeys: 98,
	rightKeys: 90,
	sharedKeys: 88,
	leftKeyRows: 100,
	rightKeyRows: 1000,
	leftOrphanRows: 10,
	rightOrphanRows: 125,
	leftMaxPerKey: 2,
	rightMaxPerKey: 30,
	leftDuplicateKeys: 2,
	rightDuplicateKeys: 80
};

describe('validation findings', () => {
	const one = context({
		relations: [
			{
				left: { datasetId: 'c', column: 'id' },
				right: { datasetId: 'o', column: 'customer' },
				kind: 'one-to-many'
			}
		]
	});

	it('turns measured numbers into sentences: type mismatch, orphans, fan-out on the one side', () => {
		const numbers = relationMeasureOf(
			0,
			'one-to-many',
			{ left: 'INTEGER', right: 'VARCHAR' },
			measure
		);
		expect(numbers).toMatchObject({
			typesCompatible: false,
			orphanRate: 0.1,
			reverseOrphanRate: 0.125,
			duplicateKeys: 2,
			measuredKind: 'many-to-many'
		});
		const findings = sortFindings(
			relationFindings(one, [customers, orders], numbers, { left: 10, right: 125 })
		);
		expect(findings.map((f) => [f.code, f.severity, f.message])).toEqual([
			[
				'fan-out',
				'error',
				'2 keys of Customers.id appear on more than one row (up to 2): joining repeats rows and inflates sums.'
			],
			[
				'type-mismatch',
				'warning',
				'Customers.id is INTEGER but Orders.customer is VARCHAR: the keys are compared as text.'
			],
			[
				'orphans',
				'warning',
				'13% of Orders rows (125) have no match for their customer in Customers.id.'
			],
			[
				'kind-mismatch',
				'warning',
				'Relation Customers.id ↔ Orders.customer is declared one-to-many but the data is many-to-many.'
			],
			[
				'orphans',
				'info',
				'10% of Customers rows (10) have no match for their id in Orders.customer.'
			]
		]);
	});

	it('reports a relation to a dataset outside the context or deleted', () => {
		const gone = context({
			relations: [
				{ left: { datasetId: 'c', column: 'id' }, right: { datasetId: 'zz', column: 'id' } }
			]
		});
		const resolved = resolveRelation(gone, [customers, orders], 0);
		expect(resolved.ok).toBe(false);
		expect(!resolved.ok && resolved.finding.code).toBe('missing-dataset');
	});

	it('says nothing about the graph of a related pair, and names failing metrics', () => {
		expect(graphFindings(one, [customers, orders])).toEqual([]);
		const withMetric = context({ metrics: [{ name: 'revenue', expression: 'SUM(x)' }] });
		expect(
			metricFindings(withMetric, [{ metricIndex: 0, ok: false, message: 'x not found' }])
		).toEqual([
			{
				code: 'metric-invalid',
				severity: 'error',
				message: 'Metric “revenue” does not work: x not found',
				metricIndex: 0
			}
		]);
	});
});
