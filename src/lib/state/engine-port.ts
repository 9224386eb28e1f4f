/**
 * What the state classes need from the engine client (engine/engine-client.ts). Declared here
 * structurally so state can be tested with a stand-in; `EngineClient` satisfies it.
 */
import type { EngineApi, EngineStatus, Result } from '$lib/engine/engine-api';

export type { EngineEvent } from '$lib/engine/engine-client';

export type EnginePort = Pick<
	EngineApi,
	'ingest' | 'attach' | 'drop' | 'rename' | 'query' | 'reads'
> & {
	start(): Promise<Result<EngineStatus>>;
	/** State only awaits it; the answer (boolean or Result<boolean>) is not used. */
	cancel(options: { id: string }): Promise<unknown>;
};
