/**
 * Sign-in throttling, kept in memory per key (an account name, an IP address): after `limit`
 * failures within `windowMs` the key is locked for `lockMs`, doubling with each further lock
 * (at most `maxLockMs`). A success clears an account's failures. Sign-ups that hit a taken
 * name are counted per IP the same way (docs/decisions/0014-account-errors.md).
 */
export interface ThrottleRule {
	limit: number;
	windowMs: number;
	lockMs: number;
	maxLockMs: number;
}

interface Entry {
	failures: number[];
	lockedUntil: number;
	locks: number;
	lastAt: number;
}

const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
const MAX_ENTRIES = 100_000;

export class Throttle {
	private readonly entries = new Map<string, Entry>();

	constructor(private readonly rule: ThrottleRule) {}

	/** Seconds until the key may try again, or 0 when it may now. */
	retryAfter(key: string, now: number): number {
		const entry = this.entries.get(key);
		if (!entry || entry.lockedUntil <= now) return 0;
		return Math.ceil((entry.lockedUntil - now) / 1000);
	}

	fail(key: string, now: number): void {
		const entry = this.entry(key, now);
		entry.failures = entry.failures.filter((at) => now - at < this.rule.windowMs);
		entry.failures.push(now);
		entry.lastAt = now;
		if (entry.failures.length >= this.rule.limit) {
			const lock = Math.min(this.rule.lockMs * 2 ** entry.locks, this.rule.maxLockMs);
			entry.locks += 1;
			entry.lockedUntil = now + lock;
			entry.failures = [];
		}
	}

	clear(key: string): void {
		this.entries.delete(key);
	}

	private entry(key: string, now: number): Entry {
		let entry = this.entries.get(key);
		if (entry && now - entry.lastAt > FORGET_AFTER_MS && entry.lockedUntil <= now) {
			entry = undefined;
		}
		if (!entry) {
			if (this.entries.size >= MAX_ENTRIES) this.prune(now);
			entry = { failures: [], lockedUntil: 0, locks: 0, lastAt: now };
			this.entries.set(key, entry);
		}
		return entry;
	}

	private prune(now: number): void {
		for (const [key, entry] of this.entries) {
			if (entry.lockedUntil <= now && now - entry.lastAt > this.rule.windowMs) {
				this.entries.delete(key);
			}
		}
	}
}

/** The throttles the API uses: sign-in per account and per IP, sign-up per IP. */
export interface LoginThrottle {
	account: Throttle;
	ip: Throttle;
	register: Throttle;
}

const MINUTE = 60_000;

export function createLoginThrottle(): LoginThrottle {
	return {
		account: new Throttle({
			limit: 5,
			windowMs: 15 * MINUTE,
			lockMs: MINUTE,
			maxLockMs: 24 * 60 * MINUTE
		}),
		ip: new Throttle({
			limit: 20,
			windowMs: 15 * MINUTE,
			lockMs: MINUTE,
			maxLockMs: 24 * 60 * MINUTE
		}),
		register: new Throttle({
			limit: 10,
			windowMs: 15 * MINUTE,
			lockMs: 15 * MINUTE,
			maxLockMs: 24 * 60 * MINUTE
		})
	};
}
