/**
 * For specs only: an engine with the EngineClient interface over real DuckDB-WASM in Node
 * (tests/helpers/node-duckdb.ts). Imports CSV/TSV, keeps Arrow IPC as the durable copy, and
 * lets a test hold an ingest at a gate to observe ordering and cancellation.
 */
import { createRequire } from 'node:module';
import { openNodeDuckDB, type NodeBindings } from '../helpers/node-duckdb';
import { quarryPath } from '$lib/engine/lock/file-policy';
import type {
	AttachOptions,
	EngineError,
	EngineStatus,
	ImportProgress,
	IngestOptions,
	IngestResult,
	QueryOptions,
	QueryResult,
	Result,
	SqlReads,
	TableInfo
} from '$lib/engine/engine-api';
import { quoteIdent, quoteString } from '$lib/core/sql/quote';
import { describeSchema } from '$lib/engine/handlers/arrow-ipc';
import type { EnginePort } from '$lib/state/engine-port';

// DuckDB's Node build returns tables of the CommonJS apache-arrow; encode with the same copy.
const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');

type Conn = ReturnType<NodeBindings['connect']>;

export class DuckDBStandIn implements EnginePort {
	/** What happened, in order: `ingest:start:<file>`, `ingest:end:<file>`, `drop:<table>`, … */
	readonly log: string[] = [];
	/** Set to hold every ingest until the returned promise resolves. */
	gate: ((fileName: string) => Promise<void>) | undefined;
	#db: NodeBindings | undefined;
	#conn: Conn | undefined;
	readonly #cancels = new Map<string, () => void>();

	async start(): Promise<Result<EngineStatus>> {
		if (!this.#db) {
			this.#db = await openNodeDuckDB();
			this.#conn = this.#db.connect();
		}
		return ok({ version: 'node', bundle: 'node-blocking', tables: this.tables() });
	}

	async ingest(
		options: IngestOptions,
		onProgress?: (progress: ImportProgress) => void
	): Promise<Result<IngestResult>> {
		this.log.push(`ingest:start:${options.fileName}`);
		try {
			onProgress?.({ jobId: options.jobId, phase: 'reading', fraction: 0.1 });
			const isCancelled = await this.#waitAtGate(options);
			if (isCancelled) return fail('cancelled', 'Import cancelled.');
			if (options.format !== 'csv' && options.format !== 'tsv') {
				return fail('unsupported-format', `The stand-in reads CSV/TSV, not ${options.format}.`);
			}
			if (this.tables().includes(options.tableName)) {
				return fail('table-exists', `A table named ${options.tableName} already exists.`);
			}
			const path = quarryPath(`${options.jobId}.${options.format}`);
			this.#db!.registerFileText(path, await options.file.text());
			const delim = options.format === 'tsv' ? '\t' : ',';
			this.#conn!.query(
				`CREATE TABLE ${quoteIdent(options.tableName)} AS SELECT * FROM read_csv(${quoteString(path)}, delim=${quoteString(delim)}, header=true)`
			);
			onProgress?.({ jobId: options.jobId, phase: 'storing', fraction: 0.8 });
			const info = this.#describe(options.tableName);
			const table = this.#conn!.query(`SELECT * FROM ${quoteIdent(options.tableName)}`);
			const stored = new Blob([new Uint8Array(arrow.tableToIPC(table, 'stream'))]);
			onProgress?.({ jobId: options.jobId, phase: 'done', fraction: 1 });
			return ok({ ...info, stored, storedFormat: 'arrow' });
		} catch (err) {
			return fail('sql-error', messageOf(err));
		} finally {
			this.log.push(`ingest:end:${options.fileName}`);
		}
	}

	async attach(options: AttachOptions): Promise<Result<TableInfo>> {
		const bytes = new Uint8Array(await options.stored.arrayBuffer());
		this.#conn!.insertArrowFromIPCStream(bytes, { name: options.tableName, create: true });
		return ok(this.#describe(options.tableName));
	}

	async drop(options: { tableName: string }): Promise<Result<null>> {
		this.log.push(`drop:${options.tableName}`);
		return this.#run(`DROP TABLE IF EXISTS ${quoteIdent(options.tableName)}`);
	}

	async rename(options: { from: string; to: string }): Promise<Result<null>> {
		this.log.push(`rename:${options.from}:${options.to}`);
		return this.#run(`ALTER TABLE ${quoteIdent(options.from)} RENAME TO ${quoteIdent(options.to)}`);
	}

	async query(options: QueryOptions): Promise<Result<QueryResult>> {
		const isCancelled = await this.#waitAtGate({ jobId: options.queryId, fileName: options.sql });
		if (isCancelled) return fail('cancelled', 'Query cancelled.');
		try {
			const started = performance.now();
			const table = this.#conn!.query(options.sql);
			const truncated = options.maxRows !== undefined && table.numRows > options.maxRows;
			const kept = truncated ? table.slice(0, options.maxRows) : table;
			return ok({
				// DuckDB's type names, as the real engine reports them (handlers/arrow-ipc.ts).
				columns: describeSchema(table.schema),
				arrow: arrow.tableToIPC(kept, 'stream'),
				rows: kept.numRows,
				ms: performance.now() - started,
				truncated
			});
		} catch (err) {
			return fail('sql-error', messageOf(err));
		}
	}

	async reads(options: { sql: string }): Promise<Result<SqlReads>> {
		try {
			return ok({ tables: [...new Set(this.#conn!.getTableNames(options.sql))] });
		} catch (err) {
			return fail('sql-error', messageOf(err));
		}
	}

	async cancel(options: { id: string }): Promise<boolean> {
		const cancel = this.#cancels.get(options.id);
		cancel?.();
		return cancel !== undefined;
	}

	async describe(options: { tableName: string }): Promise<Result<TableInfo>> {
		try {
			return ok(this.#describe(options.tableName));
		} catch (err) {
			return fail('not-found', messageOf(err));
		}
	}

	/** Table names currently in DuckDB. */
	tables(): string[] {
		const result = this.#conn!.query('SELECT table_name FROM duckdb_tables() ORDER BY 1');
		return result.toArray().map((row: { table_name: string }) => row.table_name);
	}

	#describe(tableName: string): TableInfo {
		const columns = this.#conn!.query(`DESCRIBE ${quoteIdent(tableName)}`)
			.toArray()
			.map((row: { column_name: string; column_type: string }) => ({
				name: row.column_name,
				type: row.column_type
			}));
		const count = this.#conn!.query(`SELECT count(*)::INTEGER AS n FROM ${quoteIdent(tableName)}`);
		return { tableName, rows: Number(count.toArray()[0].n), columns };
	}

	async #waitAtGate(options: { jobId: string; fileName: string }): Promise<boolean> {
		if (!this.gate) return false;
		const cancelled = new Promise<true>((resolve) =>
			this.#cancels.set(options.jobId, () => resolve(true))
		);
		try {
			return await Promise.race([this.gate(options.fileName).then(() => false), cancelled]);
		} finally {
			this.#cancels.delete(options.jobId);
		}
	}

	#run(sql: string): Result<null> {
		try {
			this.#conn!.query(sql);
			return ok(null);
		} catch (err) {
			return fail('sql-error', messageOf(err));
		}
	}
}

function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

function fail<T>(code: EngineError['code'], message: string): Result<T> {
	return { ok: false, error: { code, message } };
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}

/** A promise a test resolves by hand. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
	let release!: () => void;
	const promise = new Promise<void>((resolve) => (release = resolve));
	return { promise, resolve: release };
}
