import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress, IngestOptions } from '../engine-api';
import type { EngineContext } from './context';
import { ingest } from './ingest';
import { runQuery } from './query';
import { datasetBlob, openTestContext } from '$test/engine-context';
import { tableFromIPC } from 'apache-arrow';
import { createHash } from 'node:crypto';

let ctx: EngineContext;
beforeAll(async () => {
	ctx = await openTestContext();
});

function options(
	fileName: string,
	format: IngestOptions['format'],
	tableName: string
): IngestOptions {
	return { jobId: `job-${tableName}`, file: datasetBlob(fileName), fileName, format, tableName };
}

async function scalar(sql: string): Promise<unknown> {
	const result = await runQuery(ctx, { queryId: 'q', sql });
	if (!result.ok) throw new Error(result.error.message);
	const row = tableFromIPC(result.value.arrow).get(0)?.toJSON() ?? {};
	return Object.values(row)[0];
}

describe('ingest', () => {
	it('reads a CSV with detected types and reports progress through every phase', async () => {
		const progress: ImportProgress[] = [];
		const result = await ingest(ctx, options('seattle-weather.csv', 'csv', 'weather'), (p) =>
			progress.push(p)
		);
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(1461);
		expect(result.value.columns).toContainEqual({ name: 'date', type: 'DATE' });
		expect(result.value.columns).toContainEqual({ name: 'precipitation', type: 'DOUBLE' });
		expect(result.value.storedFormat).toBe('arrow');
		expect(result.value.stored.size).toBeGreaterThan(0);
		const storedBytes = Buffer.from(await result.value.stored.arrayBuffer());
		expect(result.value.fingerprint).toBe(createHash('sha256').update(storedBytes).digest('hex'));
		expect(await scalar("SELECT count(*)::INTEGER FROM weather WHERE weather = 'sun'")).toBe(640);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(new Set(progress.map((p) => p.phase))).toEqual(
			new Set(['reading', 'parsing', 'storing', 'done'])
		);
		expect(progress.at(-1)).toMatchObject({ phase: 'done', fraction: 1, rows: 1461 });
		const fractions = progress.map((p) => p.fraction);
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
	});

	it('reads a TSV', async () => {
		const result = await ingest(ctx, options('unemployment.tsv', 'tsv', 'unemployment'));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(3218);
		expect(result.value.columns.map((c) => c.name)).toEqual(['id', 'rate']);
		expect(await scalar('SELECT round(sum(rate), 1) FROM unemployment')).toBe(289.3);
	});

	it('reads a JSON array of objects', async () => {
		const result = await ingest(ctx, options('cars.json', 'json', 'cars'));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(406);
		expect(await scalar("SELECT count(*)::INTEGER FROM cars WHERE Origin = 'USA'")).toBe(254);
	});

	it('reads NDJSON, one object per line', async () => {
		const lines = ['{"city":"Oslo","n":1}', '', '{"city":"Lima","n":2}', '{"city":"Oslo","n":4}'];
		const file = new Blob([lines.join('\n') + '\n']);
		const result = await ingest(ctx, {
			jobId: 'nd',
			file,
			fileName: 'visits.ndjson',
			format: 'ndjson',
			tableName: 'visits'
		});
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(3);
		expect(await scalar("SELECT sum(n)::INTEGER FROM visits WHERE city = 'Oslo'")).toBe(5);
	});

	it('reads JSON whose fields change type from row to row, one type per column', async () => {
		// a number written as text in one row, and a code that is sometimes a number
		const rows = [
			...Array.from({ length: 40 }, (_, i) => ({ place: `P${i}`, east: i + 0.5, code: i })),
			{ place: 'Montenegro', east: '42.7087', code: 'ME-1' },
			{ place: 'Nowhere', east: null, code: { kind: 'none' } }
		];
		const json = new Blob([JSON.stringify(rows)]);
		const result = await ingest(ctx, {
			jobId: 'mixed',
			file: json,
			fileName: 'boxes.json',
			format: 'json',
			tableName: 'boxes'
		});
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(42);
		expect(result.value.columns).toContainEqual({ name: 'east', type: 'DOUBLE' });
		expect(result.value.columns).toContainEqual({ name: 'code', type: 'VARCHAR' });
		expect(await scalar("SELECT east FROM boxes WHERE place = 'Montenegro'")).toBe(42.7087);
		expect(await scalar("SELECT code FROM boxes WHERE place = 'P3'")).toBe('3');
		expect(await scalar("SELECT code FROM boxes WHERE place = 'Nowhere'")).toBe('{"kind":"none"}');
		const lines = ['{"n":1,"v":"a"}', '{"n":"2","v":7}'].join('\n');
		const nd = await ingest(ctx, {
			jobId: 'mixed-nd',
			file: new Blob([lines]),
			fileName: 'mixed.ndjson',
			format: 'ndjson',
			tableName: 'mixed_nd'
		});
		if (!nd.ok) throw new Error(nd.error.message);
		expect(await scalar('SELECT sum(n)::INTEGER FROM mixed_nd')).toBe(3);
		expect(await scalar("SELECT count(*)::INTEGER FROM mixed_nd WHERE v = '7'")).toBe(1);
	});

	it('reads an Arrow IPC file', async () => {
		const result = await ingest(ctx, options('flights-200k.arrow', 'arrow', 'flights200k'));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(200_000);
		expect(await scalar('SELECT sum(distance)::BIGINT FROM flights200k')).toBe(145847125n);
	});

	it('reads a 3,000,000-row Parquet file', async () => {
		const result = await ingest(ctx, options('flights-3m.parquet', 'parquet', 'flights3m'));
		if (!result.ok) throw new Error(result.error.message);
		expect(result.value.rows).toBe(3_000_000);
		expect(await scalar("SELECT count(*)::INTEGER FROM flights3m WHERE origin = 'ORD'")).toBe(
			166341
		);
	});
});
