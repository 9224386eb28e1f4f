/** Run SQL and return the result as Arrow IPC stream bytes. */
import { networkReason } from '$lib/core/sql/offline-guard';
import type { QueryOptions, QueryResult, Result } from '../engine-api';
import { shapeResult, joinStream } from './arrow-ipc';
import { withConnection, type EngineContext } from './context';
import { guard } from './errors';
import { runPending } from './pending';
import { timed } from '../timing';

export async function runQuery(
	ctx: EngineContext,
	options: QueryOptions
): Promise<Result<QueryResult>> {
	const refused = networkReason(options.sql);
	if (refused) return { ok: false, error: { code: 'sql-error', message: refused } };
	const job = ctx.jobs.begin(options.queryId);
	const started = performance.now();
	try {
		return await guard(
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
	} finally {
		ctx.jobs.end(options.queryId, job);
	}
}
