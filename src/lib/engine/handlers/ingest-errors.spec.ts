import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestOptions } from '../engine-api';
import type { EngineContext } from './context';
import { ingest } from './ingest';
import { listTables } from './tables';
import { withConnection } from './context';
import { datasetBlob, openTestContext } from '$test/engine-context';

let ctx: EngineContext;
beforeAll(async () => {
	ctx = await openTestContext();
});

async function importBytes(
	content: BlobPart,
	fileName: string,
	format: string
): Promise<Awaited<ReturnType<typeof ingest>>> {
	return ingest(ctx, {
		jobId: `bad-${fileName}`,
		file: new Blob([content]),
		fileName,
		format: format as IngestOptions['format'],
		tableName: 'target'
	});
}

async function tables(): Promise<string[]> {
	return withConnection(ctx, (conn) => listTables(conn));
}

function lines(count: number, ragged: number, fields: string): string {
	const rows = ['name,age,city'];
	for (let i = 1; i <= count; i++) rows.push(i === ragged ? fields : `n${i},${i},c${i}`);
	return rows.join('\n') + '\n';
}

const cases: [string, () => Promise<Awaited<ReturnType<typeof ingest>>>, string, RegExp][] = [
	['an empty file', () => importBytes('', 'empty.csv', 'csv'), 'empty-file', /empty\.csv is empty/],
	[
		'a header-only CSV',
		() => importBytes('a,b,c\n', 'head.csv', 'csv'),
		'header-only',
		/header row but no data rows/
	],
	[
		'a row with an extra field',
		() => importBytes(lines(30, 12, 'n12,12,c,extra'), 'extra.csv', 'csv'),
		'ragged-rows',
		/Line 13 of extra\.csv has 4 fields, but the header has 3/
	],
	[
		'a row with several extra fields, one of them quoted with a comma inside',
		() => importBytes(lines(30, 4, 'n4,4,c,"x, y",z'), 'wide.csv', 'csv'),
		'ragged-rows',
		/Line 5 of wide\.csv has 5 fields, but the header has 3/
	],
	[
		'a TSV row with extra fields',
		() => importBytes(lines(30, 6, 'n6,6,c,d,e').replaceAll(',', '\t'), 'wide.tsv', 'tsv'),
		'ragged-rows',
		/Line 7 of wide\.tsv has 5 fields, but the header has 3/
	],
	[
		'a row with a missing field',
		() => importBytes(lines(30, 7, 'n7,7'), 'short.csv', 'csv'),
		'ragged-rows',
		/Line 8 of short\.csv has 2 fields, but the header has 3/
	],
	[
		'a binary file named .csv',
		() => importBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1, 2, 0, 9]), 'book.csv', 'csv'),
		'binary-file',
		/zip archive or an Excel workbook/
	],
	[
		'invalid UTF-8 named .tsv',
		() =>
			importBytes(new Uint8Array([0x61, 0x09, 0x62, 0x0a, 0xff, 0xfe, 0xc3, 0x28]), 'x.tsv', 'tsv'),
		'binary-file',
		/not UTF-8 text/
	],
	[
		'invalid JSON',
		() => importBytes('[{"a": 1}, {"a": ', 'broken.json', 'json'),
		'invalid-json',
		/broken\.json is not valid JSON/
	],
	[
		'an empty JSON array',
		() => importBytes('[]', 'none.json', 'json'),
		'empty-file',
		/has no rows/
	],
	[
		'a bad NDJSON line',
		() => importBytes('{"a":1}\n{"a":2}\n{"a":\n', 'bad.ndjson', 'ndjson'),
		'invalid-json',
		/Line 3 of bad\.ndjson/
	],
	[
		'an unsupported format',
		() => importBytes('x', 'sheet.xlsx', 'xlsx'),
		'unsupported-format',
		/sheet\.xlsx/
	],
	[
		'a text file named .parquet',
		() => importBytes('a,b\n1,2\n', 'fake.parquet', 'parquet'),
		'invalid-parquet',
		/not a Parquet file/
	]
];

describe('ingest rejects bad input with a specific error and leaves no table behind', () => {
	it.each(cases)('%s', async (_label, run, code, message) => {
		const result = await run();
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.error.code).toBe(code);
		expect(result.error.message).toMatch(message);
		expect(await tables()).toEqual([]);
	});

	it('a truncated Parquet file', async () => {
		const whole = new Uint8Array(
			await datasetBlob('flights-3m.parquet').slice(0, 400_000).arrayBuffer()
		);
		const result = await importBytes(whole, 'cut.parquet', 'parquet');
		expect(result).toMatchObject({ ok: false, error: { code: 'invalid-parquet' } });
		if (!result.ok) expect(result.error.message).toMatch(/incomplete/);
		expect(await tables()).toEqual([]);
	});

	it('a truncated Arrow file and a file of junk named .arrow', async () => {
		const whole = new Uint8Array(await datasetBlob('flights-200k.arrow').arrayBuffer());
		const cut = await importBytes(whole.slice(0, whole.length / 2), 'cut.arrow', 'arrow');
		expect(cut).toMatchObject({ ok: false, error: { code: 'invalid-arrow' } });
		const junk = await importBytes(
			new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]),
			'junk.arrow',
			'arrow'
		);
		expect(junk).toMatchObject({ ok: false, error: { code: 'invalid-arrow' } });
		expect(await tables()).toEqual([]);
	});

	it('refuses a table name that is taken, keeping the existing table', async () => {
		await withConnection(ctx, (conn) => conn.query('CREATE TABLE taken AS SELECT 1 AS x'));
		const result = await ingest(ctx, {
			jobId: 'taken',
			file: new Blob(['a\n1\n']),
			fileName: 'a.csv',
			format: 'csv',
			tableName: 'taken'
		});
		expect(result).toMatchObject({ ok: false, error: { code: 'table-exists' } });
		expect(await tables()).toEqual(['taken']);
		await withConnection(ctx, (conn) => conn.query('DROP TABLE taken'));
	});

	it('a cancelled import leaves nothing behind', async () => {
		const rows = ['id,label,value'];
		for (let i = 0; i < 400_000; i++) rows.push(`${i},label ${i % 97},${i * 0.5}`);
		const pending = ingest(ctx, {
			jobId: 'cancel-me',
			file: new Blob([rows.join('\n')]),
			fileName: 'big.csv',
			format: 'csv',
			tableName: 'big'
		});
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(ctx.jobs.cancel('cancel-me')).toBe(true);
		const result = await pending;
		expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
		expect(await tables()).toEqual([]);
		expect(ctx.jobs.size).toBe(0);
	});
});
