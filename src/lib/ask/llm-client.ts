/**
 * The OpenAI-compatible client: POST {baseUrl}/chat/completions with the prompt, a time-out,
 * back-off on 429 (Retry-After when given, else exponential; at most 2 retries) and cancel via
 * AbortSignal. Every failure comes back as an LlmErrorCode with a sentence a user can act on.
 */
import type { LlmErrorCode } from '$lib/core/ask/types';
import type { ChatMessage } from '$lib/core/ask/llm-prompt';
import type { LlmSettings } from '$lib/core/ask/llm-settings';
import { readChatCompletion } from '$lib/core/ask/llm-reply';

export type ChatResult =
	{ ok: true; content: string } | { ok: false; code: LlmErrorCode; message: string };

export interface ChatOptions {
	settings: LlmSettings;
	messages: ChatMessage[];
	signal?: AbortSignal;
	/** Wait before the first retry when the endpoint gives no Retry-After (doubled each time). */
	retryBaseMs?: number;
	/** Longest wait for one retry, whatever Retry-After says. */
	maxRetryWaitMs?: number;
}

const MAX_RETRIES = 2;
const DEFAULT_RETRY_BASE_MS = 1_000;
const DEFAULT_MAX_RETRY_WAIT_MS = 20_000;
const MAX_BODY_CHARS = 1_000_000;

/** One chat completion; the message text of the first choice, or why there is none. */
export async function chatCompletion(options: ChatOptions): Promise<ChatResult> {
	const { signal } = options;
	const base = options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS;
	const maxWait = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
	for (let attempt = 0; ; attempt++) {
		const reply = await postOnce(options);
		if (reply.kind === 'done') return reply.result;
		if (attempt >= MAX_RETRIES) {
			return fail(
				'rate-limited',
				`The endpoint is busy (it answered 429 "Too Many Requests" ${attempt + 1} times). Wait a minute and ask again.`
			);
		}
		const wait = Math.min(maxWait, reply.retryAfterMs ?? base * 2 ** attempt);
		if (!(await sleep(wait, signal))) return cancelled();
	}
}

type Attempt = { kind: 'done'; result: ChatResult } | { kind: 'retry'; retryAfterMs?: number };

async function postOnce(options: ChatOptions): Promise<Attempt> {
	const { settings, signal } = options;
	if (signal?.aborted) return done(cancelled());
	const controller = new AbortController();
	let isTimedOut = false;
	const timer = setTimeout(() => {
		isTimedOut = true;
		controller.abort();
	}, settings.timeoutMs);
	const onAbort = () => controller.abort();
	signal?.addEventListener('abort', onAbort, { once: true });
	const headers: Record<string, string> = { 'Content-Type': 'application/json' };
	if (settings.apiKey) headers.Authorization = `Bearer ${settings.apiKey}`;
	try {
		const response = await fetch(`${settings.baseUrl}/chat/completions`, {
			method: 'POST',
			headers,
			body: JSON.stringify({
				model: settings.model,
				messages: options.messages,
				temperature: 0,
				stream: false
			}),
			signal: controller.signal,
			credentials: 'omit',
			referrerPolicy: 'no-referrer',
			cache: 'no-store'
		});
		if (response.status === 429) {
			await response.body?.cancel();
			return { kind: 'retry', retryAfterMs: retryAfter(response.headers.get('Retry-After')) };
		}
		const body = await response.text();
		if (!response.ok) return done(httpFailure(response.status, body));
		if (body.length > MAX_BODY_CHARS) {
			return done(fail('bad-reply', 'The endpoint’s answer is too large to be a chat reply.'));
		}
		return done(readChatCompletion(body));
	} catch {
		if (signal?.aborted) return done(cancelled());
		if (isTimedOut) {
			return done(
				fail(
					'timeout',
					`The endpoint did not answer within ${Math.round(settings.timeoutMs / 1000)} s. Try again, pick a smaller model, or raise the time-out in Settings.`
				)
			);
		}
		return done(
			fail(
				'network',
				`Quarry could not reach ${new URL(settings.baseUrl).host}. Check that it is running and allows requests from this page (CORS); if you changed the endpoint just now, reload Quarry.`
			)
		);
	} finally {
		clearTimeout(timer);
		signal?.removeEventListener('abort', onAbort);
	}
}

function httpFailure(status: number, body: string): ChatResult {
	if (status === 401 || status === 403) {
		return fail('http', `The endpoint refused the request (${status}): check the API key.`);
	}
	if (status === 404) {
		return fail(
			'http',
			'The endpoint has no /chat/completions there (404): check the URL (it usually ends in /v1) and the model name.'
		);
	}
	const detail = body.replace(/\s+/g, ' ').trim().slice(0, 200);
	return fail('http', `The endpoint answered ${status}${detail ? `: ${detail}` : '.'}`);
}

/** Retry-After as milliseconds: seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(value: string | null, now = Date.now()): number | undefined {
	if (value === null || value.trim() === '') return undefined;
	if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
	const at = Date.parse(value);
	return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
	return new Promise((resolve) => {
		if (signal?.aborted) return resolve(false);
		const onAbort = () => {
			clearTimeout(timer);
			resolve(false);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve(true);
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

function done(result: ChatResult): Attempt {
	return { kind: 'done', result };
}

function cancelled(): ChatResult {
	return fail('cancelled', 'Cancelled.');
}

function fail(code: LlmErrorCode, message: string): ChatResult {
	return { ok: false, code, message };
}
