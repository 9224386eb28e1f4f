import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { salesContext as context, salesData, type SalesData } from '$test/contexts-data';
import type { Context } from '$lib/core/contexts/types';
import { createContextMeasurer } from './context-measure';
import type { MeasureEngine } from './context-metric-check';

let engine: DuckDBStandIn;
let data: SalesData;

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
	data = await salesData(engine);
}, 60_000);

describe('validation measured in DuckDB', () => {
	const relations: Context['relations'] = [
		{
			left: { datasetId: 'o', column: 'customer_id' },
			right: { datasetId: 'c', column: 'id' },
			kind: 'many-to-one'
		},
		{
			left: { datasetId: 'c', column: 'region' },
			right: { datasetId: 'r', column: 'region' },
			kind: 'many-to-one'
		},
		{
			left: { datasetId: 'r', column: 'region' },
			right: { datasetId: 'o', column: 'region' },
			kind: 'one-to-one'
		},
		{ left: { datasetId: 'o', column: 'nope' }, right: { datasetId: 'c', column: 'id' } }
	];
	const metrics: Context['metrics'] = [
		{ name: 'revenue', expression: 'SUM("amount")', datasetId: 'o' },
		{ name: 'broken', expression: 'SUM(no_such_column)', datasetId: 'o' },
		{ name: 'sneaky', expression: '1) FROM x; DROP TABLE y; SELECT (1', datasetId: 'o' },
		{ name: 'elsewhere', expression: '(SELECT count(*) FROM customers)', datasetId: 'o' },
		{ name: 'per row', expression: 'amount', datasetId: 'o' },
		{ name: 'slow', expression: '(FROM range(1000000000000))', datasetId: 'o' },
		{ name: 'other', expression: 'SUM("amount") + count(*) OVER ()', datasetId: 'o' },
		{ name: 'statements', expression: '1) AS v FROM orders; DROP TABLE y; --', datasetId: 'o' },
		{ name: 'customers', expression: 'COUNT(*)' }
	];

	it('reports orphans, fan-out, kind mismatch, cycles, unrelated datasets and failing metrics', async () => {
		const measurer = createContextMeasurer({ engine, now: () => 5 });
		const outcome = await measurer.validate({
			context: context({ relations, metrics }),
			datasets: [data.orders, data.customers, data.regions, data.products]
		});
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		const report = outcome.value;
		const [first, , third] = report.relations;
		expect(first).toMatchObject({
			relationIndex: 0,
			leftRows: 200,
			rightRows: 50,
			orphanRate: 0.02,
			duplicateKeys: 0,
			measuredKind: 'many-to-one'
		});
		expect(third).toMatchObject({
			relationIndex: 2,
			measuredKind: 'one-to-many',
			rightMaxPerKey: 40
		});
		const messages = (code: string): string[] =>
			report.findings.filter((f) => f.code === code).map((f) => f.message);
		expect(messages('orphans')).toContain(
			'2% of orders rows (4) have no match for their customer_id in customers.id.'
		);
		expect(messages('fan-out')).toEqual([
			'5 keys of regions.region or orders.region appear on more than one row (up to 40): joining repeats rows and inflates sums.'
		]);
		expect(messages('kind-mismatch')).toEqual([
			'Relation regions.region ↔ orders.region is declared one-to-one but the data is one-to-many.'
		]);
		expect(messages('cycle')).toEqual([
			'regions → customers → orders → regions form a cycle: a question could join them in more than one way.'
		]);
		expect(messages('unrelated-dataset')).toEqual([
			'products is not related to any other dataset of this context.'
		]);
		expect(messages('missing-column')).toEqual(['Relation 4: orders has no column “nope”.']);
		expect(report.findings[0].severity).toBe('error');

		const [revenue, broken, sneaky, elsewhere, perRow, slow, , statements, count] = report.metrics;
		expect(revenue).toEqual({ metricIndex: 0, ok: true, value: 40200 });
		expect(broken.ok).toBe(false);
		expect(broken.message).toMatch(/no_such_column/);
		expect(sneaky.ok).toBe(false);
		expect(elsewhere.message).toMatch(/query of its own/);
		expect(perRow.message).toMatch(/one value per row/);
		expect(slow.message).toMatch(/query of its own/);
		// No query words, so DuckDB's parser decides: more than one statement is refused.
		expect(statements.ok).toBe(false);
		expect(statements.message).toBeTruthy();
		expect(count).toEqual({ metricIndex: 8, ok: true, value: 200 }); // the first dataset: orders
		expect(messages('metric-invalid').length).toBeGreaterThanOrEqual(5);
		expect(engine.tables()).toContain('y');
	});
});

describe('metric checks by DuckDB’s parser', () => {
	it('refuses an expression that DuckDB says reads another table', async () => {
		// DuckDB's parser is asked as usual; this port also reports the customers table, as the
		// parser would for an expression that slipped past the first look.
		const port: MeasureEngine = {
			query: (options) => engine.query(options),
			reads: async (options) => {
				const reads = await engine.reads(options);
				return reads.ok
					? { ok: true, value: { tables: [...reads.value.tables, 'customers'] } }
					: reads;
			}
		};
		const measurer = createContextMeasurer({ engine: port, now: () => 0 });
		const outcome = await measurer.validate({
			context: context({
				datasetIds: ['o'],
				metrics: [{ name: 'm', expression: 'SUM("amount")', datasetId: 'o' }]
			}),
			datasets: [data.orders]
		});
		expect(outcome.ok && outcome.value.metrics[0]).toEqual({
			metricIndex: 0,
			ok: false,
			message: 'It may read only orders, but it reads "customers".'
		});
	});
});
