import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLlmServer, type LlmServer } from '$test/llm-server';
import { chatCompletion, retryAfter } from './llm-client';
import type { LlmSettings } from '$lib/core/ask/llm-settings';

let server: LlmServer;

beforeAll(async () => {
	server = await startLlmServer();
});

afterAll(async () => {
	await server.close();
});

function settings(overrides: Partial<LlmSettings> = {}): LlmSettings {
	return {
		baseUrl: server.baseUrl,
		model: 'm',
		allowSampleValues: false,
		timeoutMs: 10_000,
		...overrides
	};
}

const messages = [{ role: 'user' as const, content: 'q' }];

describe('chatCompletion', () => {
	it.each([
		[401, /API key/],
		[404, /usually ends in \/v1/],
		[500, /answered 500: model crashed/]
	])('maps HTTP %i to a sentence', async (status, message) => {
		server.script({ status, body: 'model crashed' });
		const result = await chatCompletion({ settings: settings(), messages });
		expect(result).toMatchObject({ ok: false, code: 'http' });
		if (!result.ok) expect(result.message).toMatch(message);
	});

	it('reports an endpoint that is not there as a network failure', async () => {
		const closed = await startLlmServer();
		await closed.close();
		const result = await chatCompletion({
			settings: settings({ baseUrl: closed.baseUrl }),
			messages
		});
		expect(result).toMatchObject({ ok: false, code: 'network' });
		if (!result.ok) expect(result.message).toMatch(/could not reach 127\.0\.0\.1/);
	});

	it('sends no key header when there is no key', async () => {
		server.requests.length = 0;
		server.script({ body: { choices: [{ message: { content: 'SELECT 1' } }] } });
		expect(await chatCompletion({ settings: settings(), messages })).toEqual({
			ok: true,
			content: 'SELECT 1'
		});
		expect(server.requests[0].headers.authorization).toBeUndefined();
	});

	it('does not start when already cancelled', async () => {
		server.requests.length = 0;
		const controller = new AbortController();
		controller.abort();
		const result = await chatCompletion({
			settings: settings(),
			messages,
			signal: controller.signal
		});
		expect(result).toMatchObject({ code: 'cancelled' });
		expect(server.requests).toEqual([]);
	});

	it('cancels while waiting to retry', async () => {
		server.script({ status: 429, body: '', headers: { 'Retry-After': '30' } });
		const controller = new AbortController();
		const asked = chatCompletion({ settings: settings(), messages, signal: controller.signal });
		setTimeout(() => controller.abort(), 200);
		expect(await asked).toMatchObject({ code: 'cancelled' });
	});
});

describe('retryAfter', () => {
	it('reads seconds and HTTP dates', () => {
		expect(retryAfter('2')).toBe(2000);
		expect(retryAfter(null)).toBeUndefined();
		expect(retryAfter('soon')).toBeUndefined();
		const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT');
		expect(retryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000);
	});
});
