import { describe, expect, it } from 'vitest';
import type { ApiResult } from './api-client';
import { BACKGROUND_INTERVAL_MS, CHANGE_DEBOUNCE_MS, SyncScheduler, backoffMs } from './scheduler';

describe('backoffMs', () => {
	it('doubles from 2 s up to 5 minutes, with jitter, and waits at least what the server asked', () => {
		const middle = () => 0.5;
		expect([1, 2, 3, 4].map((n) => backoffMs(n, middle))).toEqual([2_000, 4_000, 8_000, 16_000]);
		expect(backoffMs(30, middle)).toBe(300_000);
		expect(backoffMs(1, () => 0)).toBe(1_000);
		expect(backoffMs(1, () => 0.999)).toBe(2_998);
		expect(backoffMs(1, middle, 30_000)).toBe(30_000);
	});
});

/** A scheduler whose timers are recorded (never fired) and whose runs the test settles. */
function harness() {
	const delays: number[] = [];
	const runs: Array<(result: ApiResult<unknown>) => void> = [];
	const scheduler = new SyncScheduler({
		run: () => new Promise((resolve) => runs.push(resolve)),
		setTimer: (_callback, ms) => delays.push(ms),
		clearTimer: () => {},
		random: () => 0.5
	});
	scheduler.start();
	return { scheduler, delays, runs };
}

const ok: ApiResult<unknown> = { ok: true, value: null };
const offline: ApiResult<unknown> = {
	ok: false,
	error: { code: 'offline', message: 'down', status: 0 }
};

describe('SyncScheduler', () => {
	it('runs one pass at a time; requests during a run share one pass after it', async () => {
		const { scheduler, runs } = harness();
		const first = scheduler.runNow();
		const second = scheduler.runNow();
		const third = scheduler.runNow();
		expect(runs).toHaveLength(1);
		runs[0](ok);
		await first;
		await Promise.resolve();
		expect(runs).toHaveLength(2);
		runs[1](ok);
		expect(await second).toEqual(ok);
		expect(await third).toEqual(ok);
		expect(runs).toHaveLength(2);
	});

	it('backs off after failures and returns to the background interval after a success', async () => {
		const { scheduler, delays, runs } = harness();
		for (let i = 0; i < 3; i += 1) {
			const run = scheduler.runNow();
			runs[i](offline);
			await run;
		}
		expect(delays).toEqual([2_000, 4_000, 8_000]);
		const run = scheduler.runNow();
		runs[3](ok);
		await run;
		expect(delays.at(-1)).toBe(BACKGROUND_INTERVAL_MS);
	});

	it('does not retry when the session ended, nor schedule anything once stopped', async () => {
		const { scheduler, delays, runs } = harness();
		const run = scheduler.runNow();
		runs[0]({
			ok: false,
			error: { code: 'unauthenticated', message: 'Sign in first.', status: 401 }
		});
		await run;
		expect(delays).toEqual([]);
		scheduler.stop();
		scheduler.request(0);
		expect(delays).toEqual([]);
	});
});

describe('SyncScheduler after a change during a run', () => {
	it('runs again soon instead of waiting for the background interval', async () => {
		const { scheduler, delays, runs } = harness();
		const run = scheduler.runNow();
		scheduler.request();
		runs[0](ok);
		await run;
		expect(delays).toEqual([CHANGE_DEBOUNCE_MS, CHANGE_DEBOUNCE_MS]);
	});
});
