/**
 * One import, start to finish: detect the format, ingest into the engine, fingerprint the
 * durable copy and store it with the dataset's record in one transaction. Whatever goes wrong,
 * nothing half-made is left behind: the engine table is dropped unless the record was stored.
 */
import type { ImportProgress, SourceFormat } from '$lib/engine/engine-api';
import { detectFormat } from '$lib/core/files/detect-format';
import { formatBytes } from '$lib/core/format';
import { deriveTableName } from '$lib/core/sql/table-name';
import type { DatasetRecord } from '$lib/storage/db';
import { sha256Hex } from '$lib/storage/fingerprint';
import { isQuotaError } from '$lib/storage/persist';
import type { QuarryStorage } from '$lib/storage/storage';
import { startSpan, timed } from '$lib/engine/timing';
import type { EnginePort } from './engine-port';

export type ImportOutcome =
	| { kind: 'done'; record: DatasetRecord }
	| { kind: 'cancelled' }
	| { kind: 'failed'; message: string; notice?: string };

export interface ImportContext {
	jobId: string;
	file: File;
	engine: EnginePort;
	storage: QuarryStorage;
	now: () => number;
	/** Table names already in use. */
	takenTableNames: () => string[];
	/** True once the user cancelled this job. */
	isCancelled: () => boolean;
	onProgress: (phase: ImportProgress['phase'], fraction: number) => void;
}

/** Bytes read to recognise a file's format from its content. */
const SNIFF_BYTES = 512;

export async function runImport(ctx: ImportContext): Promise<ImportOutcome> {
	const { file, engine } = ctx;
	const firstBytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
	const detected = detectFormat(file.name, firstBytes);
	if (!detected.ok) return { kind: 'failed', message: detected.message };
	if (ctx.isCancelled()) return { kind: 'cancelled' };

	const taken = [...ctx.takenTableNames()];
	const endIngest = startSpan('import-ingest');
	let ingested: Awaited<ReturnType<EnginePort['ingest']>>;
	// A table made in the editor (CREATE TABLE …) can hold a name no dataset has: pick another.
	for (let attempt = 0; ; attempt++) {
		const tableName = deriveTableName(file.name, taken);
		ingested = await engine.ingest(
			{ jobId: ctx.jobId, file, fileName: file.name, format: detected.format, tableName },
			(progress) => {
				// The import is not done until the durable copy is stored below.
				const phase = progress.phase === 'done' ? 'storing' : progress.phase;
				ctx.onProgress(phase, Math.min(progress.fraction, 0.95));
			}
		);
		if (ingested.ok || ingested.error.code !== 'table-exists' || attempt >= 4) break;
		taken.push(tableName);
	}
	endIngest();
	if (!ingested.ok) {
		if (ingested.error.code === 'cancelled' || ctx.isCancelled()) return { kind: 'cancelled' };
		return { kind: 'failed', message: ingested.error.message };
	}
	const result = ingested.value;
	const dropTable = async () => {
		await engine.drop({ tableName: result.tableName }).catch(() => undefined);
	};
	if (ctx.isCancelled()) {
		await dropTable();
		return { kind: 'cancelled' };
	}

	ctx.onProgress('storing', 0.95);
	const fingerprint =
		result.fingerprint ?? (await timed('import-sha256', () => sha256Hex(result.stored)));
	const record = makeRecord(ctx, detected.format, result, fingerprint);
	if (ctx.isCancelled()) {
		await dropTable();
		return { kind: 'cancelled' };
	}
	try {
		await timed('import-idb-write', () => ctx.storage.datasets.saveImported(record, result.stored));
	} catch (err) {
		await dropTable();
		const message = isQuotaError(err)
			? `Not enough storage space to keep ${file.name} (needs ${formatBytes(result.stored.size)}). Free space by deleting datasets.`
			: `Could not keep ${file.name}: ${err instanceof Error ? err.message : String(err)}`;
		return { kind: 'failed', message, notice: message };
	}
	if (ctx.isCancelled()) {
		await ctx.storage.datasets.remove(record.id);
		await dropTable();
		return { kind: 'cancelled' };
	}
	return { kind: 'done', record };
}

function makeRecord(
	ctx: ImportContext,
	format: SourceFormat,
	result: {
		tableName: string;
		rows: number;
		columns: DatasetRecord['columns'];
		stored: Blob;
		storedFormat: DatasetRecord['storedFormat'];
	},
	fingerprint: string
): DatasetRecord {
	const at = ctx.now();
	return {
		id: crypto.randomUUID(),
		name: displayName(ctx.file.name),
		tableName: result.tableName,
		source: ctx.file.name,
		format,
		sourceBytes: ctx.file.size,
		storedBytes: result.stored.size,
		storedFormat: result.storedFormat,
		rows: result.rows,
		columns: result.columns.map((c) => ({ name: c.name, type: c.type })),
		fingerprint,
		version: 1,
		createdAt: at,
		updatedAt: at,
		lastUsedAt: at,
		useCount: 0
	};
}

/** `Q1 sales.csv` → `Q1 sales`. */
function displayName(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
	return stem.trim().slice(0, 120) || fileName;
}
