/**
 * The LLM tier end to end in Node: a real HTTP server on 127.0.0.1 with scripted replies, the
 * real client, and the SQL checked with EXPLAIN on real DuckDB under Quarry's network lock.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { chatReply, startLlmServer, type LlmServer } from '$test/llm-server';
import { chatCompletion } from '$lib/ask/llm-client';
import type { Catalog } from '$lib/core/catalog/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { LlmTier } from './llm.svelte';

let server: LlmServer;
let engine: DuckDBStandIn;
let storage: QuarryStorage;
let published: Array<string | null>;

const catalog: Catalog = {
	tables: [
		{
			quotedName: '"weather"',
			humanName: 'Weather',
			rowCount: 3,
			columns: [
				{
					name: 'city',
					type: 'VARCHAR',
					profile: {
						distinctCount: 2,
						nullShare: 0,
						min: 'Lisbon',
						max: 'Oslo',
						topValues: [{ value: 'Oslo', count: 2 }]
					}
				},
				{ name: 'temp', type: 'DOUBLE' }
			]
		}
	]
};

const GOOD = 'SELECT "city", AVG("temp") AS "avg temp" FROM "weather" GROUP BY 1';

beforeAll(async () => {
	server = await startLlmServer();
	engine = new DuckDBStandIn();
	await engine.start();
	const csv = new Blob(['city,temp\nOslo,4.5\nOslo,6.0\nLisbon,18.2\n']);
	const ingested = await engine.ingest({
		jobId: 'w',
		file: csv,
		fileName: 'weather.csv',
		format: 'csv',
		tableName: 'weather'
	});
	expect(ingested.ok).toBe(true);
});

afterAll(async () => {
	await server.close();
});

beforeEach(() => {
	server.requests.length = 0;
	storage = openStorage({ name: `llm-${crypto.randomUUID()}` });
	published = [];
});

/** A tier configured for the scripted server; fast 429 back-off. */
async function configuredTier(overrides: { timeoutSeconds?: number; samples?: boolean } = {}) {
	const tier = new LlmTier({
		engine,
		settings: storage.settings,
		publishOrigin: async (origin) => void published.push(origin),
		chat: (options) => chatCompletion({ ...options, retryBaseMs: 5 })
	});
	await tier.load();
	const saved = await tier.save({
		baseUrl: server.baseUrl,
		model: 'test-model',
		apiKey: 'secret-key',
		allowSampleValues: overrides.samples ?? false,
		timeoutSeconds: overrides.timeoutSeconds ?? 30
	});
	expect(saved).toEqual({ ok: true });
	return tier;
}

function chatRequests() {
	return server.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions');
}

describe('LlmTier', () => {
	it('returns checked SQL, and sends the question, the schema and the key', async () => {
		const tier = await configuredTier();
		server.script({
			body: chatReply(`\`\`\`sql\n${GOOD};\n\`\`\`\nAverage temperature per city.`)
		});
		const result = await tier.ask({ question: 'average temp by city', catalog });
		expect(result).toEqual({
			ok: true,
			sql: GOOD,
			explanation: 'Average temperature per city.',
			provider: new URL(server.origin).host,
			model: 'test-model',
			repairs: 0
		});
		const [request] = chatRequests();
		expect(request.headers.authorization).toBe('Bearer secret-key');
		const body = JSON.parse(request.body);
		expect(body.model).toBe('test-model');
		const text = JSON.stringify(body.messages);
		expect(text).toContain('average temp by city');
		expect(text).toContain('\\"city\\" VARCHAR');
		// No sample values unless allowed: neither the top value nor the text range.
		expect(text).not.toContain('Oslo');
		expect(text).not.toContain('Lisbon');
		expect(tier.label).toBe(`test-model at ${new URL(server.origin).host}`);
	});

	it('sends sample values only when the user allowed them', async () => {
		const tier = await configuredTier({ samples: true });
		server.script({ body: chatReply(GOOD) });
		expect((await tier.ask({ question: 'cities', catalog })).ok).toBe(true);
		expect(chatRequests()[0].body).toContain("'Oslo' (2)");
	});

	it('sends DuckDB’s error back and uses the repaired SQL', async () => {
		const tier = await configuredTier();
		server.script(
			{ body: chatReply('SELECT "town" FROM "weather"') },
			{ body: chatReply(`\`\`\`sql\n${GOOD}\n\`\`\``) }
		);
		const result = await tier.ask({ question: 'towns', catalog });
		expect(result).toMatchObject({ ok: true, sql: GOOD, repairs: 1 });
		const requests = chatRequests();
		expect(requests).toHaveLength(2);
		const repair = JSON.parse(requests[1].body).messages.at(-1).content;
		expect(repair).toMatch(/That SQL does not work: .*town/s);
	});

	it('gives up with invalid-sql after two repairs', async () => {
		const tier = await configuredTier();
		server.script({ body: chatReply('SELECT "nope" FROM "weather"') });
		const result = await tier.ask({ question: 'x', catalog });
		expect(result).toMatchObject({ ok: false, code: 'invalid-sql' });
		expect(chatRequests()).toHaveLength(3);
	});

	it('asks for a repair when the reply is not one SELECT', async () => {
		const tier = await configuredTier();
		server.script({ body: chatReply('DROP TABLE "weather"; SELECT 1') }, { body: chatReply(GOOD) });
		expect(await tier.ask({ question: 'x', catalog })).toMatchObject({ ok: true, repairs: 1 });
		expect(engine.tables()).toContain('weather');
	});

	it('reports SQL that tries to reach the network as blocked, and nothing is requested', async () => {
		const tier = await configuredTier();
		const url = `${server.origin}/x`;
		server.script({ body: chatReply(`SELECT * FROM read_csv('${url}')`) });
		const result = await tier.ask({ question: 'x', catalog });
		expect(result).toMatchObject({ ok: false, code: 'blocked' });
		if (!result.ok) expect(result.message).toMatch(/ran nothing.*127\.0\.0\.1/s);
		expect(chatRequests()).toHaveLength(1);
		expect(server.requests.filter((r) => r.path === '/x')).toEqual([]);
	});

	it('times out with a message that says what to do', async () => {
		const tier = await configuredTier({ timeoutSeconds: 1 });
		server.script({ body: chatReply(GOOD), delayMs: 3000 });
		const result = await tier.ask({ question: 'x', catalog });
		expect(result).toMatchObject({ ok: false, code: 'timeout' });
		if (!result.ok) expect(result.message).toMatch(/within 1 s/);
	});

	it('backs off on 429 and then succeeds', async () => {
		const tier = await configuredTier();
		server.script(
			{ status: 429, body: 'slow down', headers: { 'Retry-After': '0' } },
			{ status: 429, body: 'slow down' },
			{ body: chatReply(GOOD) }
		);
		expect(await tier.ask({ question: 'x', catalog })).toMatchObject({ ok: true, sql: GOOD });
		expect(chatRequests()).toHaveLength(3);
	});

	it('stops after two retries on 429', async () => {
		const tier = await configuredTier();
		server.script({ status: 429, body: 'slow down' });
		const result = await tier.ask({ question: 'x', catalog });
		expect(result).toMatchObject({ ok: false, code: 'rate-limited' });
		expect(chatRequests()).toHaveLength(3);
	});

	it('reports malformed JSON and an empty answer', async () => {
		const tier = await configuredTier();
		server.script({ body: '{"choices": [' });
		expect(await tier.ask({ question: 'x', catalog })).toMatchObject({ code: 'bad-reply' });
		server.script({ body: chatReply('   ') });
		expect(await tier.ask({ question: 'x', catalog })).toMatchObject({ code: 'empty' });
		server.script({ body: { choices: [] } });
		expect(await tier.ask({ question: 'x', catalog })).toMatchObject({ code: 'empty' });
	});

	it('cancels a request in flight', async () => {
		const tier = await configuredTier();
		server.script({ body: chatReply(GOOD), delayMs: 5000 });
		const controller = new AbortController();
		const asked = tier.ask({ question: 'x', catalog, signal: controller.signal });
		while (chatRequests().length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
		controller.abort();
		expect(await asked).toMatchObject({ ok: false, code: 'cancelled' });
	});

	it('is not configured until saved, and publishes the origin for the policy', async () => {
		const tier = new LlmTier({
			engine,
			settings: storage.settings,
			publishOrigin: async (origin) => void published.push(origin)
		});
		await tier.load();
		expect(tier.configured).toBe(false);
		expect(tier.needsReload).toBe(false);
		expect(await tier.ask({ question: 'x', catalog })).toMatchObject({ code: 'not-configured' });
		expect(await tier.save({ baseUrl: 'file:///etc/passwd', model: 'm' })).toMatchObject({
			ok: false,
			field: 'baseUrl'
		});
		expect(await tier.save({ baseUrl: `${server.baseUrl}/`, model: 'm' })).toEqual({ ok: true });
		expect(tier.configured).toBe(true);
		expect(tier.needsReload).toBe(true);
		expect(published.at(-1)).toBe(server.origin);
		expect(await storage.settings.get('llm')).toMatchObject({ baseUrl: server.baseUrl });
		// A page loaded with that origin needs no reload; removing it does.
		const reloaded = new LlmTier({
			engine,
			settings: storage.settings,
			loadedOrigin: server.origin
		});
		await reloaded.load();
		expect(reloaded.needsReload).toBe(false);
		await reloaded.remove();
		expect(reloaded.configured).toBe(false);
		expect(reloaded.needsReload).toBe(true);
		expect(await storage.settings.get('llm')).toBeUndefined();
		expect(server.requests).toEqual([]);
	});
});
