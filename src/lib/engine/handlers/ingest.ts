/** Import a file as a table: read → parse → store the durable copy → name the table. */
import { quoteIdent } from '$lib/core/sql/quote';
import type { ImportProgress, IngestOptions, IngestResult, Result } from '../engine-api';
import { isSourceFormat } from '$lib/core/files/detect-format';
import { quarryPath } from '../lock/file-policy';
import { withConnection, type EngineContext } from './context';
import { EngineFailure, guard } from './errors';
import {
	readArrowFile,
	readDelimited,
	readJson,
	readParquetFile,
	type ReaderStep
} from './ingest-readers';
import { throwIfCancelled } from './pending';
import { storedFormat, writeStoredCopy } from './stored-copy';
import { describeTable, hasTable } from './tables';
import { startSpan, timed } from '../timing';

const readers = {
	csv: readDelimited,
	tsv: readDelimited,
	json: readJson,
	ndjson: readJson,
	parquet: readParquetFile,
	arrow: readArrowFile
} satisfies Record<IngestOptions['format'], (step: ReaderStep) => Promise<void>>;

/** Phase boundaries of the overall 0..1 fraction. */
const span = { reading: [0, 0.3], parsing: [0.3, 0.75], storing: [0.75, 1] } as const;

export async function ingest(
	ctx: EngineContext,
	options: IngestOptions,
	onProgress?: (progress: ImportProgress) => void
): Promise<Result<IngestResult>> {
	const endIngest = startSpan('ingest');
	const job = ctx.jobs.begin(options.jobId);
	const id = ctx.nextScratchId();
	const scratch = `__quarry_import_${id}`;
	const path = quarryPath(`import-${id}-${options.fileName}`);
	let lastReported = '';
	const report = (phase: ImportProgress['phase'], fraction: number, rows?: number) => {
		const rounded = Math.round(fraction * 1000) / 1000;
		if (`${phase}:${rounded}` === lastReported) return;
		lastReported = `${phase}:${rounded}`;
		const progress: ImportProgress = { jobId: options.jobId, phase, fraction: rounded };
		if (rows !== undefined) progress.rows = rows;
		// onProgress is a comlink proxy: fire and forget; a closed page must not fail the import.
		void Promise.resolve()
			.then(() => onProgress?.(progress))
			.catch(() => undefined);
	};
	const within = (phase: 'reading' | 'parsing', fraction: number) => {
		const [from, to] = span[phase];
		report(phase, from + (to - from) * Math.min(1, Math.max(0, fraction)));
	};
	try {
		return await guard(async () => {
			if (!isSourceFormat(options.format)) {
				throw new EngineFailure(
					'unsupported-format',
					`Quarry cannot import ${options.fileName}: the format is not supported.`
				);
			}
			const exists = await withConnection(ctx, (conn) => hasTable(conn, options.tableName));
			if (exists) {
				throw new EngineFailure(
					'table-exists',
					`A table named ${options.tableName} already exists.`
				);
			}
			report('reading', 0);
			const endRead = startSpan('ingest-read-parse');
			await readers[options.format]({
				ctx,
				job,
				options,
				scratch,
				path,
				onReading: (fraction) => within('reading', fraction),
				onParsing: (fraction) => within('parsing', fraction)
			});
			endRead();
			throwIfCancelled(job);
			const info = await timed('ingest-describe', () =>
				withConnection(ctx, (conn) => describeTable(conn, scratch))
			);
			if (info.rows === 0) {
				const isDelimited = options.format === 'csv' || options.format === 'tsv';
				throw new EngineFailure(
					isDelimited ? 'header-only' : 'empty-file',
					isDelimited
						? `${options.fileName} has a header row but no data rows.`
						: `${options.fileName} has no rows.`
				);
			}
			report('storing', span.storing[0], info.rows);
			const stored = await timed('ingest-stored-copy', () => writeStoredCopy(ctx, job, scratch));
			throwIfCancelled(job);
			await withConnection(ctx, (conn) => {
				conn.query(`ALTER TABLE ${quoteIdent(scratch)} RENAME TO ${quoteIdent(options.tableName)}`);
			});
			report('done', 1, info.rows);
			return {
				tableName: options.tableName,
				rows: info.rows,
				columns: info.columns,
				stored: stored.blob,
				storedFormat,
				fingerprint: stored.fingerprint
			};
		});
	} finally {
		ctx.jobs.end(options.jobId, job);
		await timed('ingest-cleanup', () => cleanUp(ctx, scratch, path));
		endIngest();
	}
}

async function cleanUp(ctx: EngineContext, scratch: string, path: string): Promise<void> {
	await withConnection(ctx, (conn) => conn.query(`DROP TABLE IF EXISTS ${quoteIdent(scratch)}`));
	try {
		ctx.db.dropFile(path);
	} catch {
		// the file was never registered
	}
}
