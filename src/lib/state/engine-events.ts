/** How the engine client's lifecycle events change what the workspace shows. */
import type { EngineEvent } from './engine-port';

export type EngineState = 'starting' | 'ready' | 'restarting' | 'failed';

export interface EngineView {
	engine: EngineState;
	engineError: string | null;
}

export function applyEngineEvent(
	current: EngineView,
	event: EngineEvent
): EngineView & { notice?: { kind: 'error' | 'success'; message: string } } {
	switch (event.kind) {
		case 'starting':
			// A restart announces 'starting' too; keep showing that it is a restart.
			return current.engine === 'restarting' ? current : { ...current, engine: 'starting' };
		case 'ready':
			return { engine: 'ready', engineError: null };
		case 'crashed':
			return {
				engine: 'restarting',
				engineError: event.message,
				notice: { kind: 'error', message: `The engine stopped (${event.message}); restarting…` }
			};
		case 'restarted':
			return {
				engine: 'ready',
				engineError: null,
				notice: {
					kind: 'success',
					message: 'The engine restarted; your datasets are available again.'
				}
			};
	}
}
