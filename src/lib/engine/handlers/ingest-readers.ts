/**
 * One reader per import format. Each creates `scratch` (a table with a throw-away name) or
 * throws an EngineFailure; the caller renames the table on success and drops it otherwise.
 */
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { quoteIdent, quoteString } from '$lib/core/sql/quote';
import type { IngestOptions } from '../engine-api';
import { withConnection, type EngineContext } from './context';
import { EngineFailure, toEngineError } from './errors';
import { assertText, readAllBytes } from './file-bytes';
import { unifyFieldTypes } from '$lib/core/files/json-fields';
import { runPending, type Job } from './pending';
import { parquetToIPC } from './stored-copy';
import { startSpan, timed } from '../timing';

export interface ReaderStep {
	ctx: EngineContext;
	job: Job;
	options: IngestOptions;
	scratch: string;
	/** A path under which the source file is registered with DuckDB (dropped by the caller). */
	path: string;
	/** Report progress inside the reading (0..1) or parsing (0..1) phase. */
	onReading(fraction: number): void;
	onParsing(fraction: number): void;
}

/** Bytes per second we expect DuckDB's CSV reader to get through, for the progress estimate. */
const csvBytesPerMs = 40_000;

export async function readDelimited(step: ReaderStep): Promise<void> {
	const { ctx, job, options, scratch, path } = step;
	const isTsv = options.format === 'tsv';
	await timed('csv-assert-text', () =>
		assertText(options.file, options.fileName, isTsv ? 'TSV' : 'CSV')
	);
	step.onReading(1);
	await timed('csv-register', () => ctx.registerBlob(path, options.file));
	const expectedMs = Math.max(200, options.file.size / csvBytesPerMs);
	const started = performance.now();
	const delim = isTsv ? `, delim=${quoteString('\t')}` : '';
	const strict = 'header=true, strict_mode=true, null_padding=false, ignore_errors=false';
	const sql = `CREATE TABLE ${quoteIdent(scratch)} AS SELECT * FROM read_csv(${quoteString(path)}${delim}, ${strict})`;
	step.onParsing(0);
	const endParse = startSpan('csv-create-table');
	try {
		await withConnection(ctx, (conn) =>
			runPending(ctx.db, conn, job, sql, {
				onPoll: () => step.onParsing(1 - Math.exp(-(performance.now() - started) / expectedMs))
			})
		);
	} catch (caught) {
		const known = raggedOrSelf(caught, options.fileName);
		if (known) throw known;
		await diagnoseDialect(step, caught);
		throw caught;
	} finally {
		endParse();
	}
	const endCheck = startSpan('csv-check-columns');
	const head = new TextDecoder().decode(await options.file.slice(0, 4096).arrayBuffer());
	const firstLine = head.split(/\r?\n/)[0];
	const separator = isTsv ? '\t' : ',';
	const columns = await withConnection(ctx, (conn) =>
		conn
			.query(`SELECT count(*)::INTEGER AS n FROM (DESCRIBE ${quoteIdent(scratch)})`)
			.getChild('n')
			?.get(0)
	);
	// A ragged file can make DuckDB's dialect detection settle on a single column; check that.
	endCheck();
	if (columns === 1 && firstLine.includes(separator)) await diagnoseDialect(step, null);
}

/** DuckDB reports `CSV Error on Line: 13 … Expected Number of Columns: 3 Found: 4`. */
function raggedOrSelf(caught: unknown, fileName: string): EngineFailure | null {
	const text = caught instanceof Error ? caught.message : String(caught);
	const line = /CSV Error on Line: (\d+)/.exec(text)?.[1];
	const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
	if (line && counts) {
		// DuckDB stops counting at the first extra field; count the original line ourselves.
		const original = /Original Line: (.*)/.exec(text)?.[1];
		const named = /delimiter = (\S+|\t)/.exec(text)?.[1] ?? ',';
		const delimiter = named === '\\t' || named === '\t' ? '\t' : named[0];
		const found = original === undefined ? Number(counts[2]) : countFields(original, delimiter);
		return new EngineFailure(
			'ragged-rows',
			`Line ${line} of ${fileName} has ${found} fields, but the header has ${counts[1]}.`
		);
	}
	if (caught instanceof EngineFailure) return caught;
	return null;
}

/** Fields on one CSV line: separators inside double quotes do not count. */
export function countFields(line: string, delimiter: string): number {
	let fields = 1;
	let isQuoted = false;
	for (const char of line) {
		if (char === '"') isQuoted = !isQuoted;
		else if (char === delimiter && !isQuoted) fields++;
	}
	return fields;
}

/**
 * Re-read with the separator fixed and every column as text, only to find the first line whose
 * field count differs from the header's. Throws the best error it can name.
 */
async function diagnoseDialect(step: ReaderStep, original: unknown): Promise<void> {
	const { ctx, job, options, path } = step;
	const head = new TextDecoder().decode(await options.file.slice(0, 64 * 1024).arrayBuffer());
	const separator = options.format === 'tsv' ? '\t' : ',';
	const headerFields = head.split(/\r?\n/)[0].split(separator).length;
	const columns = Array.from(
		{ length: headerFields },
		(_, i) => `${quoteString(`c${i}`)}: 'VARCHAR'`
	);
	const sql = `SELECT count(*) FROM read_csv(${quoteString(path)}, delim=${quoteString(separator)}, quote='"', escape='"', header=true, auto_detect=false, strict_mode=true, null_padding=false, columns={${columns.join(', ')}})`;
	try {
		await withConnection(ctx, (conn) => runPending(ctx.db, conn, job, sql));
	} catch (caught) {
		const ragged = raggedOrSelf(caught, options.fileName);
		if (ragged) throw ragged;
	}
	if (original === null) return;
	const error = toEngineError(original);
	throw new EngineFailure(
		error.code === 'cancelled' ? 'cancelled' : 'internal',
		`${options.fileName} could not be read as ${options.format.toUpperCase()}: ${error.message}`
	);
}

function insertArrow(step: ReaderStep, ipc: Uint8Array): Promise<void> {
	return withConnection(step.ctx, (conn) => {
		conn.insertArrowFromIPCStream(ipc, { name: step.scratch });
	});
}

export async function readJson(step: ReaderStep): Promise<void> {
	const { ctx, options, scratch, path } = step;
	const isNdjson = options.format === 'ndjson';
	await assertText(options.file, options.fileName, isNdjson ? 'NDJSON' : 'JSON');
	if (isNdjson) {
		const text = new TextDecoder().decode(await readAllBytes(options.file, step.onReading));
		const lines = text.split(/\r?\n/);
		const rows = lines.filter((line) => line.trim() !== '');
		const json = `[${rows.join(',\n')}]`;
		ctx.db.registerFileText(path, json);
		try {
			await insertJsonOrUnified(step, path, scratch, json);
		} catch (caught) {
			const bad = lines.findIndex((line) => line.trim() !== '' && !isJsonObject(line));
			if (bad >= 0) {
				throw new EngineFailure(
					'invalid-json',
					`Line ${bad + 1} of ${options.fileName} is not a valid JSON object.`
				);
			}
			throw caught;
		}
		return;
	}
	step.onReading(1);
	await ctx.registerBlob(path, options.file);
	await insertJsonOrUnified(step, path, scratch);
}

/**
 * Reads the JSON; when a field changes type from row to row ("42.7" among numbers), reads it
 * again with each such field given one type (json-fields.ts) rather than refuse the file.
 */
async function insertJsonOrUnified(
	step: ReaderStep,
	path: string,
	scratch: string,
	text?: string
): Promise<void> {
	try {
		await insertJson(step, path, scratch);
		return;
	} catch (caught) {
		if (!(caught instanceof EngineFailure) || !MIXED_TYPES.test(caught.message)) throw caught;
		const source =
			text ?? new TextDecoder().decode(await readAllBytes(step.options.file, () => {}));
		let unified: ReturnType<typeof unifyFieldTypes>;
		try {
			unified = unifyFieldTypes(JSON.parse(source));
		} catch {
			throw caught;
		}
		if (!unified || unified.fields.length === 0) throw caught;
		const again = `${path}.unified.json`;
		step.ctx.db.registerFileText(again, JSON.stringify(unified.rows));
		try {
			await withConnection(step.ctx, (conn) => {
				conn.query(`DROP TABLE IF EXISTS ${quoteIdent(step.scratch)}`);
			});
			await insertJson(step, again, scratch);
		} finally {
			step.ctx.db.dropFile(again);
		}
	}
}

/** The JSON reader's message for a value whose type differs from the field's earlier values. */
const MIXED_TYPES = /Expected [\w ]+, got \w+/;

function isJsonObject(line: string): boolean {
	try {
		const value: unknown = JSON.parse(line);
		return typeof value === 'object' && value !== null && !Array.isArray(value);
	} catch {
		return false;
	}
}

async function insertJson(step: ReaderStep, path: string, scratch: string): Promise<void> {
	step.onParsing(0);
	await withConnection(step.ctx, (conn) => {
		try {
			conn.insertJSONFromPath(path, { name: scratch });
		} catch (caught) {
			const text = caught instanceof Error ? caught.message : String(caught);
			if (/at least one column/.test(text)) {
				throw new EngineFailure('empty-file', `${step.options.fileName} has no rows.`);
			}
			const detail = toEngineError(caught).message.replace(/^Invalid Input Error: /, '');
			throw new EngineFailure(
				'invalid-json',
				`${step.options.fileName} is not valid JSON (Quarry reads an array of objects): ${detail}`
			);
		}
	});
}

function endsWith(bytes: Uint8Array, magic: string): boolean {
	const tail = bytes.subarray(bytes.length - magic.length);
	return bytes.length >= magic.length * 2 && String.fromCharCode(...tail) === magic;
}

function startsWith(bytes: Uint8Array, magic: string): boolean {
	return String.fromCharCode(...bytes.subarray(0, magic.length)) === magic;
}

export async function readParquetFile(step: ReaderStep): Promise<void> {
	const { options } = step;
	if (options.file.size === 0)
		throw new EngineFailure('empty-file', `${options.fileName} is empty.`);
	const bytes = await readAllBytes(options.file, step.onReading);
	if (!startsWith(bytes, 'PAR1') || !endsWith(bytes, 'PAR1')) {
		throw new EngineFailure(
			'invalid-parquet',
			startsWith(bytes, 'PAR1')
				? `${options.fileName} is incomplete: the end of the Parquet file is missing (was the download cut short?).`
				: `${options.fileName} is not a Parquet file.`
		);
	}
	step.onParsing(0);
	await step.ctx.loadParquet();
	let ipc: Uint8Array;
	try {
		ipc = parquetToIPC(bytes);
	} catch (caught) {
		const detail = caught instanceof Error ? caught.message : String(caught);
		throw new EngineFailure(
			'invalid-parquet',
			`${options.fileName} could not be read as Parquet: ${detail}`
		);
	}
	step.onParsing(0.5);
	await insertArrow(step, ipc);
}

export async function readArrowFile(step: ReaderStep): Promise<void> {
	const { options } = step;
	if (options.file.size === 0)
		throw new EngineFailure('empty-file', `${options.fileName} is empty.`);
	const bytes = await readAllBytes(options.file, step.onReading);
	step.onParsing(0);
	const invalid = (detail: string) =>
		new EngineFailure(
			'invalid-arrow',
			`${options.fileName} is not a readable Arrow file: ${detail}`
		);
	if (startsWith(bytes, 'ARROW1') && !endsWith(bytes, 'ARROW1')) {
		throw invalid('the end of the file is missing (was it cut short?).');
	}
	let table;
	try {
		table = tableFromIPC(bytes);
	} catch (caught) {
		throw invalid(caught instanceof Error ? caught.message : String(caught));
	}
	if (table.numCols === 0) throw invalid('it has no columns.');
	if (table.numRows === 0)
		throw new EngineFailure('empty-file', `${options.fileName} has no rows.`);
	step.onParsing(0.5);
	await insertArrow(step, tableToIPC(table, 'stream'));
}
