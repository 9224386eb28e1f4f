/**
 * The optional LLM tier's settings: an OpenAI-compatible endpoint the user configured, checked
 * before anything is stored or sent. Pure: the same input gives the same verdict.
 */
import { CONNECT_ORIGIN_COOKIES, allowConnectOrigin, plainOrigin } from '../connect-origins';

export interface LlmSettings {
	/** Base URL of an OpenAI-compatible API, e.g. `http://localhost:11434/v1` (no trailing slash). */
	baseUrl: string;
	model: string;
	/** Sent as `Authorization: Bearer …` when set. */
	apiKey?: string;
	/** Send top values and text min/max of columns (never rows). Off unless the user ticks it. */
	allowSampleValues: boolean;
	/** Give up on one request after this long. */
	timeoutMs: number;
}

export const DEFAULT_LLM_TIMEOUT_MS = 60_000;
const MIN_TIMEOUT_MS = 1_000;
const MAX_TIMEOUT_MS = 600_000;
const MAX_URL_LENGTH = 2_000;
const MAX_MODEL_LENGTH = 200;
const MAX_KEY_LENGTH = 1_000;

/** What the settings form sends (everything as typed). */
export interface LlmSettingsInput {
	baseUrl: string;
	model: string;
	apiKey?: string;
	allowSampleValues?: boolean;
	timeoutSeconds?: number;
}

export type LlmSettingsCheck =
	| { ok: true; settings: LlmSettings; origin: string }
	| { ok: false; field: 'baseUrl' | 'model' | 'apiKey' | 'timeout'; message: string };

/**
 * Check what the user typed: an http(s) URL without credentials, query or fragment; a model
 * name; a key without line breaks; a time-out of 1–600 s. Returns the settings to store and the
 * endpoint's origin (what the Content-Security-Policy will allow).
 */
export function checkLlmSettings(input: LlmSettingsInput): LlmSettingsCheck {
	const text = input.baseUrl.trim();
	if (text === '') return { ok: false, field: 'baseUrl', message: 'Enter the endpoint’s URL.' };
	if (text.length > MAX_URL_LENGTH) {
		return { ok: false, field: 'baseUrl', message: 'That URL is too long.' };
	}
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return {
			ok: false,
			field: 'baseUrl',
			message: 'That is not a URL. Write it in full, e.g. http://localhost:11434/v1.'
		};
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { ok: false, field: 'baseUrl', message: 'Only http:// and https:// URLs can be used.' };
	}
	if (url.username !== '' || url.password !== '') {
		return {
			ok: false,
			field: 'baseUrl',
			message: 'Do not put a user name or password in the URL; use the API key field instead.'
		};
	}
	if (url.search !== '' || url.hash !== '' || text.includes('#') || text.includes('?')) {
		return {
			ok: false,
			field: 'baseUrl',
			message: 'The URL must not have a query (?…) or fragment (#…).'
		};
	}
	const origin = llmOrigin(url.origin);
	if (origin === null) {
		return { ok: false, field: 'baseUrl', message: 'That host name cannot be used.' };
	}
	const model = input.model.trim();
	if (model === '') return { ok: false, field: 'model', message: 'Enter the model’s name.' };
	if (model.length > MAX_MODEL_LENGTH || hasControl(model)) {
		return {
			ok: false,
			field: 'model',
			message: 'That model name is too long or has odd characters.'
		};
	}
	const apiKey = input.apiKey?.trim() ?? '';
	if (apiKey.length > MAX_KEY_LENGTH || hasControl(apiKey)) {
		return { ok: false, field: 'apiKey', message: 'That key is too long or has line breaks.' };
	}
	const seconds = input.timeoutSeconds ?? DEFAULT_LLM_TIMEOUT_MS / 1000;
	const timeoutMs = Math.round(seconds * 1000);
	if (!Number.isFinite(timeoutMs) || timeoutMs < MIN_TIMEOUT_MS || timeoutMs > MAX_TIMEOUT_MS) {
		return { ok: false, field: 'timeout', message: 'The time-out must be 1 to 600 seconds.' };
	}
	const settings: LlmSettings = {
		baseUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, ''),
		model,
		allowSampleValues: input.allowSampleValues === true,
		timeoutMs
	};
	if (apiKey !== '') settings.apiKey = apiKey;
	return { ok: true, settings, origin };
}

/**
 * `value` when it is exactly an http(s) origin (scheme, host, optional port; nothing else), in
 * lower case; otherwise null (core/connect-origins.ts `plainOrigin`).
 */
export function llmOrigin(value: string): string | null {
	return plainOrigin(value);
}

/** The endpoint's host (and port), e.g. `localhost:11434`. */
export function llmHost(settings: LlmSettings): string {
	return new URL(settings.baseUrl).host;
}

/** The endpoint's origin as the Content-Security-Policy allows it. */
export function llmSettingsOrigin(settings: LlmSettings): string | null {
	return llmOrigin(new URL(settings.baseUrl).origin);
}

/** The endpoint's host (and port) and the model, for the answer's tier label. */
export function llmLabel(settings: LlmSettings): string {
	return `${settings.model} at ${llmHost(settings)}`;
}

function hasControl(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /[\u0000-\u001f\u007f]/.test(text);
}

/**
 * The cookie that tells the Node server which origin the page's `connect-src` must allow for the
 * endpoint (core/connect-origins.ts holds it with the Quarry server's).
 */
export const LLM_ORIGIN_COOKIE = CONNECT_ORIGIN_COOKIES.llm;

export { allowConnectOrigin };
