/** Run SQL and return the result as Arrow IPC stream bytes. */
import { extensionReason, networkReason } from '$lib/core/sql/offline-guard';
import type { EngineError, QueryOptions, QueryResult, Result, SqlReads } from '../engine-api';
import { shapeResult, joinStream } from './arrow-ipc';
import { withConnection, type EngineContext } from './context';
import { guard, isLockRefusal } from './errors';
import { runPending } from './pending';
import { timed } from '../timing';

export async function runQuery(
	ctx: EngineContext,
	options: QueryOptions
): Promise<Result<QueryResult>> {
	const extensions = extensionReason(options.sql);
	if (extensions) return { ok: false, error: { code: 'sql-error', message: extensions } };
	const job = ctx.jobs.begin(options.queryId);
	const started = performance.now();
	try {
		const result = await guard(
			() =>
				withConnection(ctx, async (conn) => {
					const chunks = await timed('query-run', () => runPending(ctx.db, conn, job, options.sql));
					const shaped = await timed('query-shape', () =>
						shapeResult(joinStream(chunks), options.maxRows)
					);
					return { ...shaped, ms: Math.round(performance.now() - started) };
				}),
			options.sql
		);
		return result.ok ? result : { ok: false, error: friendlier(result.error, options.sql) };
	} finally {
		ctx.jobs.end(options.queryId, job);
	}
}

/**
 * The engine's lock (lock/, lockdown.ts) is what refuses SQL that would reach the network; the
 * text patterns of offline-guard.ts only choose a plainer message for the common cases.
 */
function friendlier(error: EngineError, sql: string): EngineError {
	if (!isLockRefusal(error)) return error;
	const plain = networkReason(sql);
	return plain ? { code: error.code, message: plain } : error;
}

/** The tables `sql` reads, from DuckDB's own parse tree (no binding: tables need not exist). */
export function readsOf(ctx: EngineContext, options: { sql: string }): Promise<Result<SqlReads>> {
	return guard(
		() =>
			withConnection(ctx, (conn) => {
				const tables = conn.getTableNames(options.sql);
				return { tables: [...new Set(tables)] };
			}),
		options.sql
	);
}
