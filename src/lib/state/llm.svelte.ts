/**
 * The optional LLM tier: the endpoint the user configured (kept in IndexedDB on this device) and
 * the LlmPort the question box asks. A reply's SQL is checked with `EXPLAIN` through the engine
 * (under its network lock, so SQL that tries to reach the network or a file is refused as
 * 'blocked' and never run); other errors go back to the model for at most two repairs.
 */
import { chatCompletion, type ChatOptions, type ChatResult } from '$lib/ask/llm-client';
import { publishLlmOrigin } from '$lib/ask/endpoint-origin';
import { buildLlmMessages, repairMessages } from '$lib/core/ask/llm-prompt';
import { extractSql, isLockRefusalMessage } from '$lib/core/ask/llm-reply';
import {
	checkLlmSettings,
	llmHost,
	llmLabel,
	llmSettingsOrigin,
	type LlmSettings,
	type LlmSettingsInput
} from '$lib/core/ask/llm-settings';
import type { LlmAskOptions, LlmPort, LlmResult } from '$lib/core/ask/types';
import type { SettingsRepo } from '$lib/storage/settings-repo';
import type { EnginePort } from './engine-port';

const MAX_REPAIRS = 2;

export interface LlmTierDeps {
	engine: Pick<EnginePort, 'query'>;
	settings: Pick<SettingsRepo, 'get' | 'set' | 'remove'>;
	/** Where the endpoint's origin goes for the page's policy (cookie + service worker). */
	publishOrigin?: (origin: string | null) => Promise<void>;
	/** The origin the current page's policy allows (read from the cookie at start). */
	loadedOrigin?: string | null;
	/** The chat call (tests shorten the 429 back-off through it). */
	chat?: (options: ChatOptions) => Promise<ChatResult>;
	newId?: () => string;
}

export type SaveResult = { ok: true } | { ok: false; field: string; message: string };

export class LlmTier implements LlmPort {
	/** The configured endpoint, or null: then nothing about questions leaves the device. */
	settings = $state.raw<LlmSettings | null>(null);
	isLoaded = $state(false);
	/** The endpoint changed since this page loaded: its policy allows the new origin after a reload. */
	needsReload = $state(false);
	readonly configured: boolean = $derived(this.settings !== null);
	readonly label: string = $derived(this.settings ? llmLabel(this.settings) : '');

	readonly #deps: LlmTierDeps;
	readonly #loadedOrigin: string | null;

	constructor(deps: LlmTierDeps) {
		this.#deps = deps;
		this.#loadedOrigin = deps.loadedOrigin ?? null;
	}

	/** The configured endpoint's host and model (what answers from it are cached under). */
	identity(): { provider: string; model: string } | undefined {
		return this.settings
			? { provider: llmHost(this.settings), model: this.settings.model }
			: undefined;
	}

	/** Read the stored settings (once at start). */
	async load(): Promise<void> {
		const stored = await this.#deps.settings.get('llm');
		this.settings = stored ?? null;
		this.isLoaded = true;
		this.#noteOrigin();
		// Keep the cookie and the service worker's copy in step with what is stored.
		await this.#deps.publishOrigin?.(this.#origin());
	}

	/** Check and store what the user typed; the page must reload before the endpoint is reachable. */
	async save(input: LlmSettingsInput): Promise<SaveResult> {
		const checked = checkLlmSettings(input);
		if (!checked.ok) return checked;
		await this.#deps.settings.set('llm', checked.settings);
		this.settings = checked.settings;
		await this.#deps.publishOrigin?.(checked.origin);
		this.#noteOrigin();
		return { ok: true };
	}

	/** Forget the endpoint: questions are answered on this device only. */
	async remove(): Promise<void> {
		await this.#deps.settings.remove('llm');
		this.settings = null;
		await this.#deps.publishOrigin?.(null);
		this.#noteOrigin();
	}

	async ask(options: LlmAskOptions): Promise<LlmResult> {
		const settings = this.settings;
		if (!settings) {
			return {
				ok: false,
				code: 'not-configured',
				message: 'No LLM endpoint is configured (Settings → Questions and an LLM).'
			};
		}
		const chat = this.#deps.chat ?? chatCompletion;
		let messages = buildLlmMessages({
			question: options.question,
			catalog: options.catalog,
			context: options.context,
			allowSampleValues: settings.allowSampleValues
		});
		let lastProblem = '';
		for (let round = 0; round <= MAX_REPAIRS; round++) {
			const reply = await chat({ settings, messages, signal: options.signal });
			if (!reply.ok) return reply;
			const extracted = extractSql(reply.content);
			if (!extracted.ok && extracted.code === 'empty') {
				return { ok: false, code: 'empty', message: extracted.message };
			}
			let problem: string;
			if (extracted.ok) {
				if (options.signal?.aborted) return cancelled();
				const check = await this.#explain(extracted.sql);
				if (check.ok) {
					return {
						ok: true,
						sql: extracted.sql,
						explanation: extracted.explanation || `SQL written by ${settings.model}.`,
						provider: llmHost(settings),
						model: settings.model,
						repairs: round
					};
				}
				if (isLockRefusalMessage(check.message)) {
					return {
						ok: false,
						code: 'blocked',
						message: `The model’s SQL tried to reach the network or a file; Quarry refused it and ran nothing. (${check.message.split('\n')[0]})`
					};
				}
				problem = check.message;
			} else {
				problem = extracted.message;
			}
			lastProblem = problem;
			messages = repairMessages(messages, reply.content, problem);
		}
		return {
			ok: false,
			code: 'invalid-sql',
			message: `The model’s SQL still failed after ${MAX_REPAIRS} corrections: ${lastProblem}`
		};
	}

	async #explain(sql: string): Promise<{ ok: true } | { ok: false; message: string }> {
		const queryId = this.#deps.newId?.() ?? crypto.randomUUID();
		const result = await this.#deps.engine.query({ queryId, sql: `EXPLAIN ${sql}`, maxRows: 1 });
		return result.ok ? { ok: true } : { ok: false, message: result.error.message };
	}

	#origin(): string | null {
		return this.settings ? llmSettingsOrigin(this.settings) : null;
	}

	#noteOrigin(): void {
		this.needsReload = this.#origin() !== this.#loadedOrigin;
	}
}

function cancelled(): LlmResult {
	return { ok: false, code: 'cancelled', message: 'Cancelled.' };
}

/** The tier as the app builds it: settings in IndexedDB, origin published for the policy. */
export function createLlmTier(deps: Omit<LlmTierDeps, 'publishOrigin'>): LlmTier {
	return new LlmTier({ ...deps, publishOrigin: publishLlmOrigin });
}
