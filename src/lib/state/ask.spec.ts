import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { answerQuestion, isRefusal, type Catalog } from '$lib/core/nl';
import type { QueryOptions } from '$lib/engine/engine-api';
import type { ContextRecord } from '$lib/storage/db';
import { importAll, useWorkspaceFixture } from '$test/workspace-fixture';
import { FixedLlm, MemoryCache } from '$test/ask-doubles';
import type { LlmPort, LlmResult } from '$lib/core/ask/types';
import { Asker, type AskerDeps } from './ask.svelte';
import type { EnginePort } from './engine-port';
import { QueryRunner } from './query-runner.svelte';
import { ResultCache } from './result-cache.svelte';
import type { Workspace } from './workspace.svelte';

const fixture = useWorkspaceFixture('ask');

const SALES = ['city,amount', 'Oslo,10', 'Lima,20', 'Oslo,5'].join('\n');
const STAFF = ['name,city', 'Ana,Oslo', 'Bo,Lima'].join('\n');

async function setup(
	deps: Partial<AskerDeps> = {}
): Promise<{ workspace: Workspace; asker: Asker }> {
	const workspace = await fixture.open();
	await importAll(workspace, [new File([SALES], 'sales.csv'), new File([STAFF], 'staff.csv')]);
	const runner = new QueryRunner({ engine: countingEngine(), workspace });
	const asker = new Asker({ workspace, runner, ...deps });
	await asker.load();
	return { workspace, asker };
}

/** Queries the question box sent to the engine in this test. */
let queriesSent: string[] = [];

/** The fixture's real engine, with every query it is sent noted in `queriesSent`. */
function countingEngine(): EnginePort {
	queriesSent = [];
	const engine = fixture.engine;
	return new Proxy(engine, {
		get(target, name, receiver) {
			if (name === 'query') {
				return (options: QueryOptions) => {
					queriesSent.push(options.sql);
					return target.query(options);
				};
			}
			const value: unknown = Reflect.get(target, name, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}

function cell(asker: Asker, column: string): unknown[] {
	return [...(asker.result?.table.getChild(column) ?? [])];
}

describe('Asker', () => {
	it('answers offline, runs the SQL and records the question in history and activity', async () => {
		const { workspace, asker } = await setup();
		await asker.ask('total amount by city');

		expect(asker.phase).toBe('done');
		expect(asker.tier).toBe('offline');
		expect(asker.refusal).toBeNull();
		expect(asker.answer?.sql).toMatch(/sum\("amount"\)/i);
		expect(asker.sql).toBe(asker.answer?.sql);
		expect(asker.answer?.interpretation.length).toBeGreaterThan(0);
		expect(asker.runError).toBeNull();
		expect(asker.result?.rows).toBe(2);
		expect(cell(asker, 'city').sort()).toEqual(['Lima', 'Oslo']);

		const sales = workspace.datasets.find((d) => d.tableName === 'sales')!;
		const [record] = await fixture.storage.queries.listRecent(5);
		expect(record).toMatchObject({
			source: 'ask',
			question: 'total amount by city',
			datasetIds: [sales.id],
			rows: 2
		});
		expect(asker.queryId).toBe(record.id);
		const [activity] = await fixture.storage.activity.listRecent(1);
		expect(activity).toMatchObject({
			kind: 'question-asked',
			refId: record.id,
			summary: 'total amount by city'
		});
		expect(asker.history).toEqual(['total amount by city']);
		expect(queriesSent).toEqual([asker.sql]);
	});

	it('refuses what it cannot read: says which words, records the refusal and runs nothing', async () => {
		const { asker } = await setup();
		await asker.ask('frobnicate the wibbles');

		expect(asker.phase).toBe('done');
		expect(asker.answer).toBeNull();
		expect(asker.refusal?.reason).toBeTruthy();
		expect(asker.result).toBeNull();
		expect(await fixture.storage.queries.count()).toBe(0);
		const [activity] = await fixture.storage.activity.listRecent(1);
		expect(activity).toMatchObject({
			kind: 'question-refused',
			summary: 'frobnicate the wibbles'
		});
		expect(queriesSent).toEqual([]);
	});

	it('consults the cache first: a stored answer shows tier cache and runs its SQL', async () => {
		const cache = new MemoryCache();
		const { asker } = await setup({ cache });
		await asker.ask('total amount by city');
		expect(asker.tier).toBe('offline');
		expect(cache.stored).toHaveLength(1);
		expect(cache.stored[0].answer.source).toBe('offline');

		// What the cache holds wins over what the engine would say now.
		const key = [...cache.entries.keys()][0];
		const held = cache.entries.get(key)!;
		const sql = 'SELECT 42 AS answer';
		cache.entries.set(key, { ...held, answer: { ...held.answer, sql } });
		await asker.ask('total amount by city');

		expect(cache.lookups).toBe(2);
		expect(asker.tier).toBe('cache');
		expect(asker.answer?.source).toBe('offline');
		expect(asker.sql).toBe(sql);
		expect(cell(asker, 'answer')).toEqual([42]);
		expect(cache.stored).toHaveLength(1); // a cached answer is not stored again
	});

	it('runs a cached answer again without either cache: worked out anew and run in DuckDB', async () => {
		const cache = new MemoryCache();
		const workspace = await fixture.open();
		await importAll(workspace, [new File([SALES], 'sales.csv')]);
		const results = new ResultCache({ storage: fixture.storage });
		await results.start();
		const runner = new QueryRunner({ engine: countingEngine(), workspace, cache: results });
		const asker = new Asker({ workspace, runner, cache });
		await asker.load();
		await asker.ask('total amount by city');
		await results.settled();
		await asker.ask('total amount by city');
		expect(asker.tier).toBe('cache');
		expect(asker.result?.cache).toBeDefined();
		expect(queriesSent).toHaveLength(1);

		// A stale answer held in the answer cache is replaced by what the engine says now.
		const key = [...cache.entries.keys()][0];
		const held = cache.entries.get(key)!;
		cache.entries.set(key, { ...held, answer: { ...held.answer, sql: 'SELECT 42 AS answer' } });
		await asker.ask('total amount by city');
		expect(asker.sql).toBe('SELECT 42 AS answer');
		await asker.runAgain();
		expect(asker.phase).toBe('done');
		expect(asker.tier).toBe('offline');
		expect(asker.sql).toMatch(/sum\("amount"\)/i);
		expect(asker.result?.cache).toBeUndefined();
		expect(cell(asker, 'city').sort()).toEqual(['Lima', 'Oslo']);
		expect(cache.entries.get(key)?.answer.sql).toBe(asker.sql);
		expect(queriesSent.at(-1)).toBe(asker.sql);

		// An answer worked out fresh whose result came from the result cache: run in DuckDB.
		await results.settled();
		await asker.chooseFirst();
		expect(asker.result?.cache).toBeDefined();
		const sent = queriesSent.length;
		await asker.runAgain();
		expect(asker.result?.cache).toBeUndefined();
		expect(queriesSent).toHaveLength(sent + 1);
		expect(asker.result?.rows).toBe(2);
	});

	it('does not cache an answer whose SQL failed', async () => {
		const cache = new MemoryCache();
		const { asker } = await setup({ cache });
		await asker.ask('total amount by city');
		asker.sql = 'SELECT nope FROM sales';
		await asker.runEdited();
		expect(asker.runError).not.toBeNull();
		expect(cache.stored).toHaveLength(1);
		const [record] = await fixture.storage.queries.listRecent(1);
		expect(record).toMatchObject({ source: 'ask', question: 'total amount by city' });
		expect(record.error).toBeTruthy();
	});

	it('swaps the whole answer for an alternative reading and runs it', async () => {
		const cache = new MemoryCache();
		const { workspace, asker } = await setup({ cache });
		await asker.ask('total amount by city');
		const catalog: Catalog = {
			tables: workspace.datasets.map((d) => ({
				quotedName: `"${d.tableName}"`,
				humanName: d.name,
				columns: d.columns.map(({ name, type }) => ({ name, type }))
			}))
		};
		const other = answerQuestion({ question: 'average amount by city', catalog });
		if (isRefusal(other)) throw new Error(`the engine refused: ${other.reason}`);

		await asker.chooseAlternative({ meaning: 'average', answer: other });

		expect(asker.tier).toBe('offline');
		expect(asker.answer?.sql).toBe(other.sql);
		expect(asker.sql).toBe(other.sql);
		expect(asker.answer?.interpretation).toEqual(other.interpretation);
		expect(asker.asked).toBe('total amount by city');
		const byCity = new Map(
			cell(asker, 'city').map((city, i) => [
				city,
				Object.values(asker.result!.table.get(i)!.toJSON())[1]
			])
		);
		expect(Number(byCity.get('Oslo'))).toBe(7.5);
		// The chosen reading is what the cache keeps for the question.
		expect(cache.stored.at(-1)?.answer.sql).toBe(other.sql);
		expect(asker.isAlternative).toBe(true);

		await asker.chooseFirst();
		expect(asker.isAlternative).toBe(false);
		expect(asker.answer).toBe(asker.firstAnswer);
		expect(asker.sql).toMatch(/sum\("amount"\)/i);
		expect(cell(asker, 'city').sort()).toEqual(['Lima', 'Oslo']);
	});

	it('keeps the reading last chosen in the cache, also when going back to a cached first answer', async () => {
		const cache = new MemoryCache();
		const { workspace, asker } = await setup({ cache });
		await asker.ask('total amount by city');
		const first = asker.answer!;
		const catalog: Catalog = {
			tables: workspace.datasets.map((d) => ({
				quotedName: `"${d.tableName}"`,
				humanName: d.name,
				columns: d.columns.map(({ name, type }) => ({ name, type }))
			}))
		};
		const other = answerQuestion({ question: 'average amount by city', catalog });
		if (isRefusal(other)) throw new Error(`the engine refused: ${other.reason}`);

		// Asked again: the first answer comes from the cache; another reading is chosen there.
		await asker.ask('total amount by city');
		expect(asker.tier).toBe('cache');
		await asker.chooseAlternative({ meaning: 'average', answer: other });
		expect(cache.stored.at(-1)?.answer.sql).toBe(other.sql);

		// Back to the first reading (it came from the cache): the cache follows the choice.
		await asker.chooseFirst();
		expect(asker.tier).toBe('cache');
		expect(asker.sql).toBe(first.sql);
		await asker.ask('total amount by city');
		expect(asker.tier).toBe('cache');
		expect(asker.sql).toBe(first.sql);
	});

	it('cancels while the LLM is asked: nothing runs and the refusal stays', async () => {
		let started!: () => void;
		const asking = new Promise<void>((resolve) => (started = resolve));
		const llm: LlmPort = {
			configured: true,
			label: 'slow',
			ask: ({ signal }) =>
				new Promise<LlmResult>((resolve) => {
					started();
					signal?.addEventListener('abort', () =>
						resolve({ ok: false, code: 'cancelled', message: 'Cancelled.' })
					);
				})
		};
		const { asker } = await setup({ llm });
		const asked = asker.ask('frobnicate the wibbles');
		await asking;
		expect(asker.phase).toBe('asking');
		expect(asker.isBusy).toBe(true);
		await asker.cancel();
		await asked;

		expect(asker.phase).toBe('done');
		expect(asker.problem?.code).toBe('cancelled');
		expect(asker.refusal).not.toBeNull();
		expect(asker.answer).toBeNull();
		expect(queriesSent).toEqual([]);
	});

	it('lets the workspace compute missing profiles of the offered datasets before reading', async () => {
		const calls: string[][] = [];
		const llm = new FixedLlm({ ok: false, code: 'empty', message: 'No SQL.' });
		const { workspace, asker } = await setup({
			llm,
			ensureProfiles: async (ids) => {
				calls.push(ids);
			}
		});
		await asker.ask('frobnicate the wibbles');
		expect(calls).toEqual([workspace.datasets.map((d) => d.id)]);
		expect(llm.asked).toHaveLength(1);
	});

	it('asks a configured LLM after a refusal and shows its label as the tier', async () => {
		const llm = new FixedLlm({
			ok: true,
			sql: 'SELECT count(*) AS n FROM staff',
			explanation: 'Counts the staff.',
			provider: 'llm.example',
			model: 'test-model',
			repairs: 0
		});
		const { asker } = await setup({ llm });
		await asker.ask('frobnicate the wibbles');

		expect(llm.asked).toHaveLength(1);
		expect(llm.asked[0].catalog.tables.map((t) => t.quotedName).sort()).toEqual([
			'"sales"',
			'"staff"'
		]);
		expect(asker.tier).toBe('llm');
		expect(asker.refusal).toBeNull();
		expect(asker.answer).toMatchObject({ source: 'llm', model: 'test-model' });
		expect(cell(asker, 'n').map(Number)).toEqual([2]);
	});

	it('shows why the LLM gave no answer', async () => {
		const llm = new FixedLlm({ ok: false, code: 'timeout', message: 'No reply in 30 s.' });
		const { asker } = await setup({ llm });
		await asker.ask('frobnicate the wibbles');
		expect(asker.problem).toEqual({ code: 'timeout', message: 'No reply in 30 s.' });
		expect(asker.refusal).not.toBeNull();
		expect(asker.result).toBeNull();
	});

	it('asks within one context: only its datasets are offered, with its relations', async () => {
		const llm = new FixedLlm({ ok: false, code: 'empty', message: 'No SQL.' });
		const { workspace, asker } = await setup({ llm });
		const sales = workspace.datasets.find((d) => d.tableName === 'sales')!;
		const context: ContextRecord = {
			id: 'ctx-1',
			name: 'Sales only',
			datasetIds: [sales.id],
			relations: [],
			metrics: [{ name: 'revenue', expression: 'sum(amount)' }],
			descriptions: [],
			synonyms: [],
			notes: '',
			version: 3,
			createdAt: 1,
			updatedAt: 1
		};
		await fixture.storage.contexts.put(context);
		// A record of another shape (e.g. synced from elsewhere) is not offered.
		await fixture.storage.contexts.put({ id: 'bad', name: 'Bad' } as unknown as ContextRecord);
		await asker.loadContexts();
		expect(asker.contexts.map((c) => c.name)).toEqual(['Sales only']);
		asker.contextId = 'ctx-1';

		await asker.ask('frobnicate the wibbles');
		expect(llm.asked[0].catalog.tables.map((t) => t.quotedName)).toEqual(['"sales"']);
		expect(llm.asked[0].context?.metrics).toEqual([{ name: 'revenue', expression: 'sum(amount)' }]);
	});

	it('keeps the question history from earlier asks, most recent first, each once', async () => {
		const { workspace, asker } = await setup();
		await asker.ask('total amount by city');
		await asker.ask('count of staff');
		await asker.ask('total amount by city');
		const fresh = new Asker({
			workspace,
			runner: new QueryRunner({ engine: fixture.engine, workspace })
		});
		await fresh.load();
		expect(fresh.history).toEqual(['total amount by city', 'count of staff']);
	});

	it('saves the answer as a named query', async () => {
		const { asker } = await setup();
		expect(await asker.saveQuery('Sales by city')).toEqual({
			ok: false,
			message: 'Run the answer first.'
		});
		await asker.ask('total amount by city');
		expect(await asker.saveQuery('  ')).toMatchObject({ ok: false });
		expect(await asker.saveQuery(' Sales by city ')).toEqual({ ok: true });
		const record = await fixture.storage.queries.get(asker.queryId!);
		expect(record?.savedName).toBe('Sales by city');
	});

	it('says so when the box is empty', async () => {
		const { asker } = await setup();
		await asker.ask('   ');
		expect(asker.problem?.message).toBe('Type a question to ask.');
		expect(asker.phase).toBe('idle');
	});
});
