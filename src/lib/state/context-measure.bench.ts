/**
 * What the context cache saves (docs/decisions/0011-caches.md): join suggestions and validation
 * over real vega-datasets flights (20,000 rows copied to 200,000 and 3,000,000) and airports, measured in DuckDB uncached and answered from the context cache; and, for
 * comparison, what profiling the same datasets costs.
 * Run: npx vitest bench --run src/lib/state/context-measure.bench.ts
 */
import 'fake-indexeddb/auto';
import { bench, describe } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { vegaDataset } from '$test/contexts-data';
import { buildProfileSql } from '$lib/core/profile';
import { quoteIdent } from '$lib/core/sql/quote';
import type { Context, MeasureDataset } from '$lib/core/contexts/types';
import { openStorage } from '$lib/storage/storage';
import { createContextMeasurer } from './context-measure';

const engine = new DuckDBStandIn();
await engine.start();
// vega-datasets' flights with origin and destination: flights-20k.json (flights-200k.json has no
// airports, and the Node build of DuckDB cannot read flights-3m.parquet). Larger tables are made
// of copies: the same keys, more rows per key.
const flights20k = await vegaDataset(engine, 'f', 'flights-20k.json', 'flights');
const airports = await vegaDataset(engine, 'a', 'airports.csv', 'airports');

async function copies(times: number): Promise<MeasureDataset> {
	const tableName = `flights_x${times}`;
	await engine.query({
		queryId: tableName,
		sql: `CREATE TABLE ${tableName} AS SELECT f.* FROM flights f, range(${times})`
	});
	// The same columns and distinct counts as one copy, so the same pairs are measured.
	return {
		...flights20k,
		id: tableName,
		name: tableName,
		tableName,
		fingerprint: tableName,
		rows: flights20k.rows * times
	};
}

const sizes = [await copies(10), await copies(150)];

function contextOver(flightsId: string): Context {
	return {
		id: `ctx-${flightsId}`,
		name: 'Flights',
		datasetIds: [flightsId, 'a'],
		relations: [
			{
				left: { datasetId: flightsId, column: 'origin' },
				right: { datasetId: 'a', column: 'iata' },
				kind: 'many-to-one'
			},
			{
				left: { datasetId: flightsId, column: 'destination' },
				right: { datasetId: 'a', column: 'iata' },
				kind: 'many-to-one'
			}
		],
		metrics: [{ name: 'average delay', expression: 'AVG("delay")', datasetId: flightsId }],
		descriptions: [],
		synonyms: [],
		notes: '',
		version: 1,
		createdAt: 0,
		updatedAt: 0
	};
}

const uncached = createContextMeasurer({ engine, now: () => 0 });
const storage = openStorage({ name: 'context-measure-bench' });
const cachedMeasurer = createContextMeasurer({
	engine,
	cache: storage.contextCache,
	now: () => 0
});

for (const data of sizes) {
	const context = contextOver(data.id);
	const datasets = [data, airports];
	const suggestInput = { contextId: context.id, datasets, existing: [] };
	// Fill the cache once so the "hit" benches read from it.
	await cachedMeasurer.suggestJoins(suggestInput);
	await cachedMeasurer.validate({ context, datasets });

	describe(`${data.rows.toLocaleString('en-US')} flights × ${airports.rows} airports`, () => {
		bench('suggestions, measured', async () => {
			await uncached.suggestJoins(suggestInput);
		});
		bench('validation, measured', async () => {
			await uncached.validate({ context, datasets });
		});
		bench('suggestions, context cache hit', async () => {
			await cachedMeasurer.suggestJoins(suggestInput);
		});
		bench('validation, context cache hit', async () => {
			await cachedMeasurer.validate({ context, datasets });
		});
		bench('profiling flights (what a profile cache would save)', async () => {
			const sql = buildProfileSql(quoteIdent(data.tableName), data.columns, {
				rowCount: data.rows
			});
			await engine.query({ queryId: 'profile', sql });
		});
		bench('describe flights (schema)', async () => {
			await engine.describe({ tableName: data.tableName });
		});
	});
}
