/**
 * For specs and the bench only: datasets in a DuckDBStandIn described the way the contexts
 * measurer sees them (MeasureDataset with real column profiles, computed by Quarry's own
 * profiling SQL), from CSV text or from the vega-datasets files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildProfileSql, parseProfileRows } from '$lib/core/profile';
import { quoteIdent } from '$lib/core/sql/quote';
import type { Context, MeasureDataset } from '$lib/core/contexts/types';
import type { TableInfo } from '$lib/engine/engine-api';
import { decodeArrow } from '$lib/state/decode-arrow';
import type { DuckDBStandIn } from './duckdb-engine';

const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');

export const VEGA_DATA = join(process.cwd(), 'node_modules', 'vega-datasets', 'data');

let jobs = 0;

/** Import CSV text as table `tableName` and describe it with profiles. */
export async function csvDataset(
	engine: DuckDBStandIn,
	id: string,
	tableName: string,
	csv: string,
	name = tableName
): Promise<MeasureDataset> {
	const result = await engine.ingest({
		jobId: `csv-${++jobs}`,
		file: new Blob([csv]),
		fileName: `${tableName}.csv`,
		format: 'csv',
		tableName
	});
	if (!result.ok) throw new Error(result.error.message);
	return describeDataset(engine, id, name, result.value);
}

/** Load a vega-datasets file (CSV, a JSON array of flat records, or Arrow IPC) as `tableName`. */
export async function vegaDataset(
	engine: DuckDBStandIn,
	id: string,
	file: string,
	tableName: string,
	name = tableName
): Promise<MeasureDataset> {
	if (file.endsWith('.csv')) {
		return csvDataset(engine, id, tableName, readFileSync(join(VEGA_DATA, file), 'utf8'), name);
	}
	if (file.endsWith('.json')) {
		const records = JSON.parse(readFileSync(join(VEGA_DATA, file), 'utf8')) as Array<
			Record<string, unknown>
		>;
		return csvDataset(engine, id, tableName, csvOf(records), name);
	}
	const table = arrow.tableFromIPC(readFileSync(join(VEGA_DATA, file)));
	const stored = new Blob([new Uint8Array(arrow.tableToIPC(table, 'stream'))]);
	const result = await engine.attach({ tableName, stored, storedFormat: 'arrow' });
	if (!result.ok) throw new Error(result.error.message);
	return describeDataset(engine, id, name, result.value);
}

async function describeDataset(
	engine: DuckDBStandIn,
	id: string,
	name: string,
	info: TableInfo
): Promise<MeasureDataset> {
	const sql = buildProfileSql(quoteIdent(info.tableName), info.columns, { rowCount: info.rows });
	const result = await engine.query({ queryId: `profile-${++jobs}`, sql });
	if (!result.ok) throw new Error(result.error.message);
	const rows = (await decodeArrow(result.value.arrow)).toArray() as Array<Record<string, unknown>>;
	const profiles = parseProfileRows(rows);
	return {
		id,
		name,
		tableName: info.tableName,
		fingerprint: `${info.tableName}-v1`,
		rows: info.rows,
		columns: info.columns.map((c) => ({ ...c, profile: profiles[c.name] }))
	};
}

/** Flat records as CSV text (the stand-in imports CSV), every value quoted. */
function csvOf(records: ReadonlyArray<Record<string, unknown>>): string {
	const header = Object.keys(records[0] ?? {});
	const cell = (value: unknown): string =>
		value === null || value === undefined ? '' : `"${String(value).replace(/"/g, '""')}"`;
	return [
		header.map(cell).join(','),
		...records.map((r) => header.map((h) => cell(r[h])).join(','))
	].join('\n');
}

function lines(header: string, count: number, row: (i: number) => string): string {
	return [header, ...Array.from({ length: count }, (_, i) => row(i + 1))].join('\n');
}

export interface SalesData {
	customers: MeasureDataset;
	orders: MeasureDataset;
	regions: MeasureDataset;
	products: MeasureDataset;
}

/**
 * 50 customers (id 1–50) in 5 regions; 200 orders, 4 of them by a customer who does not exist
 * (99); 5 regions; 20 products whose ids (1001–1020) meet nothing; and a one-row table `y`.
 */
export async function salesData(engine: DuckDBStandIn): Promise<SalesData> {
	const customers = await csvDataset(
		engine,
		'c',
		'customers',
		lines('id,name,region', 50, (i) => `${i},Customer ${i},${(i % 5) + 1}`)
	);
	const orders = await csvDataset(
		engine,
		'o',
		'orders',
		lines('order_id,customer_id,amount,region', 200, (i) =>
			[i + 5000, i <= 4 ? 99 : (i % 49) + 1, i * 2, (i % 5) + 1].join(',')
		)
	);
	const regions = await csvDataset(
		engine,
		'r',
		'regions',
		lines('region,label', 5, (i) => `${i},Region ${i}`)
	);
	const products = await csvDataset(
		engine,
		'p',
		'products',
		lines('id,title', 20, (i) => `${i + 1000},Product ${i}`)
	);
	await csvDataset(engine, 'y', 'y', 'a\n1');
	return { customers, orders, regions, products };
}

/** A context over the sales data (all four datasets, nothing related yet). */
export function salesContext(overrides: Partial<Context> = {}): Context {
	return {
		id: 'ctx',
		name: 'Sales',
		datasetIds: ['o', 'c', 'r', 'p'],
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
