/**
 * The answer cache the question box asks first (AnswerCachePort), with reactive figures for the
 * settings page and the dashboard. Keys are SHA-256 hashes of core's canonical key string.
 *
 * Tiers: an offline answer is stored without provider or model; an LLM answer is stored with the
 * provider and model that gave it. A lookup tries the offline key first, then the key of the LLM
 * configured now (if any): an LLM answer is served only while that same endpoint host and model
 * are configured. Either way one lookup counts one hit or one miss.
 *
 * The cache is best effort: a storage error makes a lookup a miss and a store a no-op (the error
 * shows in `error`), never a failed question.
 */
import { sha256Text } from './sha256';
import { canonicalCacheKey } from '$lib/core/ask/cache-key';
import {
	DEFAULT_LIMITS,
	checkLimit,
	hitRate,
	limitsFrom,
	type AnswerCacheLimits,
	type LimitResult
} from '$lib/core/ask/cache-policy';
import { entryBytes } from '$lib/core/ask/cache-record';
import type { AnswerCachePort, AskAnswer, AskScope, CachedAnswer } from '$lib/core/ask/types';
import type { AskCacheRecord } from '$lib/storage/db';
import { llmHost } from '$lib/core/ask/llm-settings';
import { watch } from '$lib/storage/live';
import type { QuarryStorage } from '$lib/storage/storage';
import { messageOf } from '$lib/core/error-message';

export interface LlmIdentity {
	provider: string;
	model: string;
}

export interface AnswerCacheDeps {
	storage: QuarryStorage;
	now?: () => number;
	/**
	 * The LLM configured now, whose stored answers a lookup may serve. Defaults to the host and
	 * model of the `llm` setting.
	 */
	configuredLlm?: () => Promise<LlmIdentity | undefined>;
}

/** Where each limit is stored in settings. */
const LIMIT_SETTINGS = {
	ttlMs: 'askCacheTtlMs',
	maxEntries: 'askCacheMaxEntries',
	maxBytes: 'askCacheMaxBytes'
} as const satisfies Record<keyof AnswerCacheLimits, string>;

export class AnswerCache implements AnswerCachePort {
	entries = $state(0);
	bytes = $state(0);
	hits = $state(0);
	misses = $state(0);
	limits = $state.raw<AnswerCacheLimits>(DEFAULT_LIMITS);
	/** True once the figures have been read. */
	isLoaded = $state(false);
	/** The last storage error, worded for the user; null when the last operation worked. */
	error = $state<string | null>(null);
	/** Hits over lookups (0..1), null before the first lookup. */
	readonly hitRate = $derived(hitRate(this.hits, this.misses));

	readonly #storage: QuarryStorage;
	readonly #now: () => number;
	readonly #configuredLlm: () => Promise<LlmIdentity | undefined>;
	#started: Promise<void> | undefined;
	#bookkeeping: Promise<unknown> = Promise.resolve();

	constructor(deps: AnswerCacheDeps) {
		this.#storage = deps.storage;
		this.#now = deps.now ?? Date.now;
		this.#configuredLlm = deps.configuredLlm ?? (() => llmFromSettings(deps.storage));
	}

	/** Read the limits and sweep what is expired or over the caps. Safe to call more than once. */
	start(): Promise<void> {
		this.#started ??= this.#guard(async () => {
			this.limits = await this.#readLimits();
			await this.#storage.askCache.sweep(this.limits, this.#now());
			await this.refresh();
		});
		return this.#started;
	}

	/** Follow the figures and limits live (this tab and others); returns a function that stops. */
	watch(): () => void {
		return watch(
			() => Promise.all([this.#storage.askCache.stats(), this.#readLimits()]),
			([stats, limits]) => {
				this.#show(stats);
				this.limits = limits;
			},
			(err) => (this.error = messageOf(err))
		);
	}

	/** Read the figures once. */
	async refresh(): Promise<void> {
		await this.settled();
		await this.#guard(async () => this.#show(await this.#storage.askCache.stats()));
	}

	async lookup(question: string, scope: AskScope): Promise<CachedAnswer | undefined> {
		const now = this.#now();
		const found = await this.#guard(async () => {
			// The offline answer is looked for while the configured LLM is read: a hit on it costs
			// one IndexedDB read on the way to the screen, not two in a row.
			const offlineKey = await sha256Text(canonicalCacheKey({ question, scope }));
			const [offline, llm] = await Promise.all([
				this.#storage.askCache.find([offlineKey], now),
				this.#configuredLlm()
			]);
			if (offline || !llm) return offline;
			const llmKey = await sha256Text(canonicalCacheKey({ question, scope, llm }));
			return this.#storage.askCache.find([llmKey], now);
		});
		if (found) this.hits += 1;
		else this.misses += 1;
		// The use time and the counts are written after the answer is handed back.
		this.#bookkeeping = this.#bookkeeping.then(() =>
			this.#guard(() => this.#storage.askCache.recordLookup(found?.key, now))
		);
		return found ? { answer: found.answer, storedAt: found.createdAt } : undefined;
	}

	/** Resolves once what earlier lookups recorded (use times, hit and miss counts) is stored. */
	async settled(): Promise<void> {
		await this.#bookkeeping;
	}

	async store(
		question: string,
		scope: AskScope,
		answer: AskAnswer,
		datasetIds: string[]
	): Promise<void> {
		await this.settled();
		await this.#guard(async () => {
			const llm =
				answer.source === 'llm'
					? { provider: answer.provider ?? '', model: answer.model ?? '' }
					: undefined;
			const now = this.#now();
			const record: AskCacheRecord = {
				key: await sha256Text(canonicalCacheKey({ question, scope, llm })),
				question,
				datasetIds: datasetIds.filter((id, i) => datasetIds.indexOf(id) === i),
				...(scope.contextId === undefined ? {} : { contextId: scope.contextId }),
				answer,
				createdAt: now,
				expiresAt: now + this.limits.ttlMs,
				lastUsedAt: now,
				hits: 0,
				bytes: entryBytes({ question, answer })
			};
			await this.#storage.askCache.put(record, this.limits, now);
			await this.refresh();
		});
	}

	/**
	 * Change one limit (the TTL in ms, the caps in entries and bytes). A shorter TTL applies to
	 * the answers already stored; lower caps evict at once.
	 */
	async setLimit(name: keyof AnswerCacheLimits, value: number): Promise<LimitResult> {
		const checked = checkLimit(name, value);
		if (!checked.ok) return checked;
		const saved = await this.#guard(async () => {
			await this.#storage.settings.set(LIMIT_SETTINGS[name], checked.value);
			this.limits = { ...this.limits, [name]: checked.value };
			if (name === 'ttlMs') await this.#storage.askCache.retime(checked.value);
			await this.#storage.askCache.sweep(this.limits, this.#now());
			await this.refresh();
			return true;
		});
		return saved
			? checked
			: { ok: false, code: 'invalid-limit', message: this.error ?? 'Could not save.' };
	}

	/** Delete every stored answer and reset the counts. */
	async clear(): Promise<void> {
		await this.settled();
		await this.#guard(async () => {
			await this.#storage.askCache.clear();
			await this.refresh();
		});
	}

	#show(stats: { entries: number; bytes: number; hits: number; misses: number }): void {
		this.entries = stats.entries;
		this.bytes = stats.bytes;
		this.hits = stats.hits;
		this.misses = stats.misses;
		this.isLoaded = true;
	}

	async #readLimits(): Promise<AnswerCacheLimits> {
		const settings = this.#storage.settings;
		const [ttlMs, maxEntries, maxBytes] = await Promise.all([
			settings.get('askCacheTtlMs'),
			settings.get('askCacheMaxEntries'),
			settings.get('askCacheMaxBytes')
		]);
		return limitsFrom({ ttlMs, maxEntries, maxBytes });
	}

	/** Run a storage step; an error is recorded and gives undefined. */
	async #guard<T>(step: () => Promise<T>): Promise<T | undefined> {
		try {
			const value = await step();
			this.error = null;
			return value;
		} catch (err) {
			this.error = `The answer cache is not available: ${messageOf(err)}`;
			return undefined;
		}
	}
}

/** The configured endpoint's host and model (the `llm` setting), when one is configured. */
async function llmFromSettings(storage: QuarryStorage): Promise<LlmIdentity | undefined> {
	const settings = await storage.settings.get('llm');
	if (!settings || typeof settings.model !== 'string' || settings.model.trim() === '') {
		return undefined;
	}
	try {
		return { provider: llmHost(settings), model: settings.model.trim() };
	} catch {
		return undefined; // not a URL: no LLM is configured
	}
}
