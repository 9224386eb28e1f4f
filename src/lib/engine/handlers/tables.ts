/** Table lifecycle: describe, drop, rename, and attach (rebuild from the durable copy). */
import { quoteIdent, quoteString } from '$lib/core/sql/quote';
import type { AttachOptions, ColumnInfo, Result, TableInfo } from '../engine-api';
import { withConnection, type EngineContext } from './context';
import { EngineFailure, guard } from './errors';
import { parquetToIPC } from './stored-copy';
import { startSpan, timed } from '../timing';

type Connection = ReturnType<EngineContext['db']['connect']>;

export function hasTable(conn: Connection, tableName: string): boolean {
	const found = conn.query(
		`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ${quoteString(tableName)}`
	);
	return Number(found.getChild('n')?.get(0) ?? 0) > 0;
}

export function listTables(conn: Connection): string[] {
	const table = conn.query(
		"SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary ORDER BY table_name"
	);
	return table.toArray().map((row) => String(row.table_name));
}

export function describeTable(conn: Connection, tableName: string): TableInfo {
	if (!hasTable(conn, tableName)) {
		throw new EngineFailure('not-found', `There is no table named ${tableName}.`);
	}
	const described = conn.query(`DESCRIBE ${quoteIdent(tableName)}`);
	const columns: ColumnInfo[] = described
		.toArray()
		.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
	const count = conn.query(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(tableName)}`);
	return { tableName, rows: Number(count.getChild('n')?.get(0) ?? 0), columns };
}

export function describe(
	ctx: EngineContext,
	options: { tableName: string }
): Promise<Result<TableInfo>> {
	return guard(() => withConnection(ctx, (conn) => describeTable(conn, options.tableName)));
}

export function drop(ctx: EngineContext, options: { tableName: string }): Promise<Result<null>> {
	return guard(() =>
		withConnection(ctx, (conn) => {
			if (!hasTable(conn, options.tableName)) {
				throw new EngineFailure('not-found', `There is no table named ${options.tableName}.`);
			}
			conn.query(`DROP TABLE ${quoteIdent(options.tableName)}`);
			return null;
		})
	);
}

export function rename(
	ctx: EngineContext,
	options: { from: string; to: string }
): Promise<Result<null>> {
	return guard(() =>
		withConnection(ctx, (conn) => {
			if (!hasTable(conn, options.from)) {
				throw new EngineFailure('not-found', `There is no table named ${options.from}.`);
			}
			if (options.from === options.to) return null;
			if (hasTable(conn, options.to)) {
				throw new EngineFailure('table-exists', `A table named ${options.to} already exists.`);
			}
			conn.query(`ALTER TABLE ${quoteIdent(options.from)} RENAME TO ${quoteIdent(options.to)}`);
			return null;
		})
	);
}

function hasEndOfStream(bytes: Uint8Array): boolean {
	const tail = bytes.subarray(bytes.length - 8);
	return bytes.length >= 16 && tail.every((byte, i) => byte === (i < 4 ? 255 : 0));
}

/** Arrow IPC bytes of a stored copy, in any format `attach` accepts. */
export async function storedToIPC(ctx: EngineContext, options: AttachOptions): Promise<Uint8Array> {
	const bytes = options.bytes ?? new Uint8Array(await options.stored.arrayBuffer());
	if (options.storedFormat === 'parquet') {
		await ctx.loadParquet();
		return parquetToIPC(bytes);
	}
	if (options.storedFormat === 'arrow') {
		// Quarry writes every stored stream with its end marker; without it the copy was cut.
		if (!hasEndOfStream(bytes)) throw new Error('The Arrow stream has no end marker.');
		return bytes;
	}
	throw new EngineFailure(
		'unsupported-format',
		`Stored copies in ${options.storedFormat} format cannot be opened.`
	);
}

/** Rebuild a table from its durable copy. Attaching a table that is already there is a no-op. */
export function attach(ctx: EngineContext, options: AttachOptions): Promise<Result<TableInfo>> {
	return guard(async () => {
		const existing = await withConnection(ctx, (conn) =>
			hasTable(conn, options.tableName) ? describeTable(conn, options.tableName) : null
		);
		if (existing) return existing;
		const damaged = () =>
			new EngineFailure(
				options.storedFormat === 'arrow' ? 'invalid-arrow' : 'invalid-parquet',
				`The stored copy of ${options.tableName} is damaged and cannot be read.`
			);
		let ipc: Uint8Array;
		try {
			ipc = await timed('attach-read-blob', () => storedToIPC(ctx, options));
		} catch (caught) {
			if (caught instanceof EngineFailure) throw caught;
			throw damaged();
		}
		return withConnection(ctx, (conn) => {
			const scratch = `__quarry_attach_${ctx.nextScratchId()}`;
			try {
				const endInsert = startSpan('attach-insert');
				try {
					conn.insertArrowFromIPCStream(ipc, { name: scratch });
				} catch {
					throw damaged();
				} finally {
					endInsert();
				}
				if (!hasTable(conn, scratch)) throw damaged();
				conn.query(`ALTER TABLE ${quoteIdent(scratch)} RENAME TO ${quoteIdent(options.tableName)}`);
			} finally {
				conn.query(`DROP TABLE IF EXISTS ${quoteIdent(scratch)}`);
			}
			return timed('attach-describe', () => describeTable(conn, options.tableName));
		});
	});
}
