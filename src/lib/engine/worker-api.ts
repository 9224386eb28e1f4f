/**
 * The `EngineApi` the worker exposes, built on the handlers. Separate from engine.worker.ts so
 * it can also run in Node (tests) with the Node build of DuckDB.
 */
import { transfer } from 'comlink';
import type { EngineApi, EngineStatus, InitOptions, Result } from './engine-api';
import type { EngineContext } from './handlers/context';
import { guard } from './handlers/errors';
import { ingest } from './handlers/ingest';
import { readsOf, runQuery } from './handlers/query';
import { attach, describe, drop, listTables, rename } from './handlers/tables';
import { withConnection } from './handlers/context';
import { timed } from './timing';

export interface StartedEngine {
	ctx: EngineContext;
	bundle: string;
}

const notStarted: Result<never> = {
	ok: false,
	error: { code: 'internal', message: 'The engine has not been started yet.' }
};

export function createEngineApi(
	start: (options: InitOptions) => Promise<StartedEngine>
): EngineApi {
	let starting: Promise<StartedEngine> | null = null;
	let engine: StartedEngine | null = null;

	function status(started: StartedEngine): Promise<Result<EngineStatus>> {
		return guard(() =>
			withConnection(started.ctx, (conn) => {
				const memory = conn.query(
					'SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS bytes FROM duckdb_memory()'
				);
				return {
					version: started.ctx.db.getVersion(),
					bundle: started.bundle,
					tables: listTables(conn),
					memoryBytes: Number(memory.getChild('bytes')?.get(0) ?? 0)
				};
			})
		);
	}

	return {
		async init(options) {
			const isFirst = !starting;
			if (!starting) starting = start(options);
			const pending = starting;
			const result = await guard(() => pending);
			if (!result.ok) {
				starting = null;
				return result;
			}
			engine = result.value;
			// A database that has just opened has no tables; skip the catalog and memory queries,
			// whose first run costs hundreds of milliseconds on the start path.
			if (isFirst) {
				return {
					ok: true,
					value: { version: engine.ctx.db.getVersion(), bundle: engine.bundle, tables: [] }
				};
			}
			return timed('engine-status', () => status(result.value));
		},
		async ingest(options, onProgress) {
			return engine ? ingest(engine.ctx, options, onProgress) : notStarted;
		},
		async attach(options) {
			return engine ? attach(engine.ctx, options) : notStarted;
		},
		async drop(options) {
			return engine ? drop(engine.ctx, options) : notStarted;
		},
		async rename(options) {
			return engine ? rename(engine.ctx, options) : notStarted;
		},
		async query(options) {
			if (!engine) return notStarted;
			const result = await runQuery(engine.ctx, options);
			return result.ok ? transfer(result, [result.value.arrow.buffer]) : result;
		},
		async reads(options) {
			return engine ? readsOf(engine.ctx, options) : notStarted;
		},
		async cancel(options) {
			return engine ? engine.ctx.jobs.cancel(options.id) : false;
		},
		async describe(options) {
			return engine ? describe(engine.ctx, options) : notStarted;
		},
		async status() {
			return engine ? status(engine) : notStarted;
		}
	};
}
