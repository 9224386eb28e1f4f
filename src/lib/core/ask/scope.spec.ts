import { describe, expect, it } from 'vitest';
import {
	askScopeOf,
	datasetsInScope,
	isScopeContext,
	nlContextOf,
	type ScopeContext
} from './scope';

const datasets = [
	{ id: 'd1', tableName: 'orders', fingerprint: 'f1' },
	{ id: 'd2', tableName: 'odd "name"', fingerprint: 'f2' },
	{ id: 'd3', tableName: 'other', fingerprint: 'f3' }
];

const context: ScopeContext = {
	id: 'c1',
	version: 4,
	datasetIds: ['d2', 'd1', 'gone'],
	relations: [
		{
			left: { datasetId: 'd1', column: 'customer' },
			right: { datasetId: 'd2', column: 'id' },
			kind: 'many-to-one'
		},
		{ left: { datasetId: 'd1', column: 'x' }, right: { datasetId: 'gone', column: 'y' } }
	],
	metrics: [
		{ name: ' revenue ', expression: 'sum("price")' },
		{ name: '', expression: 'count(*)' }
	]
};

describe('ask scope', () => {
	it('offers every dataset without a context and only the context’s datasets with one', () => {
		expect(datasetsInScope(datasets).map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
		expect(datasetsInScope(datasets, context).map((d) => d.id)).toEqual(['d1', 'd2']);
	});

	it('turns dataset ids into quoted table names and drops relations to missing datasets', () => {
		expect(nlContextOf(context, datasets)).toEqual({
			relations: [
				{
					left: { table: '"orders"', column: 'customer' },
					right: { table: '"odd ""name"""', column: 'id' },
					kind: 'many-to-one'
				}
			],
			metrics: [{ name: 'revenue', expression: 'sum("price")' }],
			synonyms: []
		});
	});

	it('gives the cache the offered datasets’ fingerprints and the context version', () => {
		expect(askScopeOf(datasets)).toEqual({
			datasets: [
				{ id: 'd1', fingerprint: 'f1' },
				{ id: 'd2', fingerprint: 'f2' },
				{ id: 'd3', fingerprint: 'f3' }
			]
		});
		expect(askScopeOf(datasets, context)).toEqual({
			datasets: [
				{ id: 'd1', fingerprint: 'f1' },
				{ id: 'd2', fingerprint: 'f2' }
			],
			contextId: 'c1',
			contextVersion: 4
		});
	});

	it('accepts only well-formed context records', () => {
		expect(isScopeContext({ ...context, name: 'Sales' })).toBe(true);
		expect(isScopeContext(context)).toBe(false); // no name
		expect(isScopeContext(null)).toBe(false);
		expect(isScopeContext({ ...context, name: 'x', datasetIds: 'd1' })).toBe(false);
		expect(isScopeContext({ ...context, name: 'x', relations: [{ left: 'd1' }] })).toBe(false);
		expect(isScopeContext({ ...context, name: 'x', metrics: [{ name: 'm', expression: 1 }] })).toBe(
			false
		);
	});
});
