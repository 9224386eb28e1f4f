import { describe, expect, it } from 'vitest';
import { applyEngineEvent } from './engine-events';
import { validateDatasetName } from './rename-dataset';

describe('applyEngineEvent', () => {
	const ready = { engine: 'ready' as const, engineError: null };

	it('goes from starting to ready', () => {
		expect(
			applyEngineEvent(
				{ engine: 'starting', engineError: null },
				{
					kind: 'ready',
					status: { version: '1.4.3', bundle: 'eh', tables: [] }
				}
			)
		).toEqual(ready);
	});

	it('keeps showing a restart while the engine starts again', () => {
		const crashed = applyEngineEvent(ready, { kind: 'crashed', message: 'worker died' });
		expect(crashed).toEqual({
			engine: 'restarting',
			engineError: 'worker died',
			notice: { kind: 'error', message: 'The engine stopped (worker died); restarting…' }
		});
		const view = { engine: crashed.engine, engineError: crashed.engineError };
		expect(applyEngineEvent(view, { kind: 'starting' })).toEqual(view);
		expect(applyEngineEvent(view, { kind: 'restarted' })).toMatchObject({
			...ready,
			notice: { kind: 'success' }
		});
	});
});

describe('validateDatasetName', () => {
	it('trims and accepts 1–120 characters', () => {
		expect(validateDatasetName('  Sales 2024 ')).toEqual({ ok: true, name: 'Sales 2024' });
		expect(validateDatasetName('x'.repeat(120))).toMatchObject({ ok: true });
		expect(validateDatasetName('x'.repeat(121))).toMatchObject({ ok: false });
		expect(validateDatasetName('\t ')).toEqual({ ok: false, message: 'A name cannot be empty.' });
	});
});
