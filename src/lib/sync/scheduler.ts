/**
 * When sync runs: on request (sign-in, "sync now"), shortly after a local change (debounced),
 * when the browser comes back online, and every minute while the page is visible. One run at a
 * time; a request during a run starts another after it. After a failure the next try waits
 * longer each time (exponential, with jitter; at least what the server asked for).
 */
import type { ApiResult } from './api-client';

export interface SchedulerOptions {
	/** One pass: push, then pull. */
	run: () => Promise<ApiResult<unknown>>;
	/** Defaults to the page's timers and Math.random (tests pass their own). */
	setTimer?: (callback: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
	random?: () => number;
}

export const CHANGE_DEBOUNCE_MS = 1_500;
export const BACKGROUND_INTERVAL_MS = 60_000;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** The wait before try number `failures + 1`: 2 s, 4 s, 8 s… up to 5 min, ±50 % jitter. */
export function backoffMs(failures: number, random: () => number, atLeastMs = 0): number {
	const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
	return Math.max(atLeastMs, Math.round(base * (0.5 + random())));
}

export class SyncScheduler {
	readonly #options: SchedulerOptions;
	readonly #setTimer: (callback: () => void, ms: number) => unknown;
	readonly #clearTimer: (handle: unknown) => void;
	#timer: unknown = undefined;
	#running: Promise<ApiResult<unknown>> | null = null;
	/** The run queued behind the one in progress (requests made meanwhile share it). */
	#next: Promise<ApiResult<unknown>> | null = null;
	#failures = 0;
	/** A run was requested while one was in progress: the next one comes soon, not in a minute. */
	#isRequestedDuringRun = false;
	#isStopped = true;
	#detach: () => void = () => {};

	constructor(options: SchedulerOptions) {
		this.#options = options;
		this.#setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
		this.#clearTimer =
			options.clearTimer ??
			((handle) => clearTimeout(handle as ReturnType<typeof setTimeout> | undefined));
	}

	/** Start the triggers (online, visibility, the background interval). */
	start(): void {
		if (!this.#isStopped) return;
		this.#isStopped = false;
		if (typeof window === 'undefined') return;
		const onOnline = () => void this.runNow();
		const onVisible = () => {
			if (document.visibilityState === 'visible') this.request(0);
		};
		window.addEventListener('online', onOnline);
		document.addEventListener('visibilitychange', onVisible);
		this.#detach = () => {
			window.removeEventListener('online', onOnline);
			document.removeEventListener('visibilitychange', onVisible);
		};
	}

	stop(): void {
		this.#isStopped = true;
		this.#detach();
		this.#detach = () => {};
		this.#clearTimer(this.#timer);
		this.#timer = undefined;
	}

	/** Run after `delayMs` (a later request replaces an earlier pending one). */
	request(delayMs = CHANGE_DEBOUNCE_MS): void {
		if (this.#isStopped) return;
		if (this.#running) this.#isRequestedDuringRun = true;
		this.#clearTimer(this.#timer);
		this.#timer = this.#setTimer(() => {
			// In a hidden page the background run waits until it is visible again.
			if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
			void this.runNow();
		}, delayMs);
	}

	/** Run now (or right after the run in progress); resolves with that run's outcome. */
	async runNow(): Promise<ApiResult<unknown>> {
		if (this.#running) {
			this.#next ??= this.#running.then(() => {
				this.#next = null;
				return this.runNow();
			});
			return this.#next;
		}
		this.#clearTimer(this.#timer);
		this.#timer = undefined;
		const running = this.#options.run().catch((caught: unknown): ApiResult<unknown> => ({
			ok: false,
			error: { code: 'internal', message: String(caught), status: 0 }
		}));
		this.#running = running;
		const outcome = await running;
		this.#running = null;
		this.#schedule(outcome);
		return outcome;
	}

	#schedule(outcome: ApiResult<unknown>): void {
		if (this.#isStopped) return;
		const isRequested = this.#isRequestedDuringRun;
		this.#isRequestedDuringRun = false;
		if (outcome.ok) {
			this.#failures = 0;
			if (!this.#next) this.request(isRequested ? CHANGE_DEBOUNCE_MS : BACKGROUND_INTERVAL_MS);
			return;
		}
		if (outcome.error.status === 401) return; // signed out: nothing to retry
		this.#failures += 1;
		const random = this.#options.random ?? Math.random;
		this.request(backoffMs(this.#failures, random, outcome.error.retryAfterMs));
	}
}
