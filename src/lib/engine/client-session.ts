/** One engine worker's lifetime and the errors the client gives when it is lost. */
import type { Remote } from 'comlink';
import type { EngineApi, EngineError, EngineStatus, Result } from './engine-api';

/** What was lost when the engine stopped, in the words the user sees. */
export type Operation = 'query' | 'import' | 'operation';

export function crashed(operation: Operation): EngineError {
	return {
		code: 'engine-crashed',
		message: `The ${operation} failed because the engine stopped (e.g. out of memory). Quarry restarted it; your data is safe.`
	};
}

/** One worker's lifetime; `died` settles when it is terminated or fails. */
export interface Session {
	worker: Worker;
	api: Remote<EngineApi>;
	died: Promise<'died'>;
	markDead: (message: string) => void;
	ready: Promise<Result<EngineStatus>>;
}

export const notReady: Result<EngineStatus> = {
	ok: false,
	error: { code: 'internal', message: 'The engine is starting.' }
};

/** Thrown inside a client call to fail it with `error` (not as an internal error). */
export class CallFailed extends Error {
	constructor(readonly error: EngineError) {
		super(error.message);
	}
}

export function internal(caught: unknown): { ok: false; error: EngineError } {
	if (caught instanceof CallFailed) return { ok: false, error: caught.error };
	const message = caught instanceof Error ? caught.message : String(caught);
	return { ok: false, error: { code: 'internal', message } };
}

export function defaultWorker(): Worker {
	return new Worker(new URL('./engine.worker.ts', import.meta.url), {
		type: 'module',
		name: 'quarry-engine'
	});
}
