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
import type { MeasureDataset } from '$lib/core/contexts/types';
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
