/**
 * The question box with an LLM endpoint: a scripted chat-completions server on 127.0.0.1 is
 * configured in settings, and each test asks a question the offline engine refuses (or presses
 * "Ask the LLM"). One page and one import serve the whole file; every test asks its own
 * question, because answers that ran are kept in the answer cache.
 */
import type { Page } from '@playwright/test';
import { expect, test, vegaData } from './fixtures';
import { chatReply, startLlmServer, type LlmServer } from '../support/llm-server';
import { AppShell } from './page-models/app-shell';
import { AskBox } from './page-models/ask-box';
import { SettingsPage } from './page-models/settings-page';

test.describe.configure({ mode: 'serial' });

const GOOD_SQL = 'SELECT count(*) AS days FROM seattle_weather';

let llm: LlmServer;
let page: Page;
let ask: AskBox;

function chatRequests(): number {
	return llm.requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions')
		.length;
}

test.beforeAll(async ({ browser }) => {
	llm = await startLlmServer();
	page = await browser.newPage();
	const settings = new SettingsPage(page);
	const app = new AppShell(page);
	await settings.goto();
	await settings.configureLlm({ baseUrl: llm.baseUrl, model: 'test-model', timeoutSeconds: 2 });
	await expect(settings.llmStatus).toContainText('Reload Quarry');
	// The page's connection policy admits the endpoint only after a reload.
	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	ask = new AskBox(page);
});

test.afterAll(async () => {
	await page?.close();
	await llm?.close();
});

test('a refused question goes to the LLM; its SQL is shown, runs, and the tier names the model', async () => {
	llm.script({ body: chatReply('```sql\n' + GOOD_SQL + '\n```\nCounts the days.') });
	await ask.ask('frobnicate the wibbles');
	await ask.expectAnswered('frobnicate the wibbles');
	await expect(ask.tier).toHaveText(
		`Answered by the LLM: test-model at ${new URL(llm.origin).host}`
	);
	await expect(ask.sql).toHaveValue(GOOD_SQL);
	await expect(ask.resultSummary).toContainText('1 row');
	await expect(ask.grid.getByRole('gridcell', { name: /^1,?461$/ })).toBeVisible();
	const sent = llm.requests.at(-1)?.body ?? '';
	expect(sent).toContain('frobnicate the wibbles');
	expect(sent).toContain('seattle_weather');
});

test('a question the engine answers does not reach the LLM until "Ask the LLM" is pressed', async () => {
	const before = chatRequests();
	await ask.ask('count of days by weather type');
	await ask.expectAnswered('count of days by weather type');
	await expect(ask.tier).toHaveText('Answered offline by Quarry');
	expect(chatRequests()).toBe(before);

	llm.script({ body: chatReply('SELECT weather, count(*) AS n FROM seattle_weather GROUP BY 1') });
	await ask.askLlm.click();
	await expect(ask.tier).toHaveText(/^Answered by the LLM: test-model/);
	await expect(ask.sql).toHaveValue(/GROUP BY 1$/);
	await expect(ask.resultSummary).toContainText('5 rows');
	expect(chatRequests()).toBe(before + 1);
});

test('SQL that fails is sent back to the model, and the repaired SQL answers', async () => {
	const before = chatRequests();
	llm.script(
		{ body: chatReply('SELECT no_such_column FROM seattle_weather') },
		{ body: chatReply(`SELECT count(DISTINCT weather) AS kinds FROM seattle_weather`) }
	);
	await ask.ask('zorble the quuxes');
	await ask.expectAnswered('zorble the quuxes');
	await expect(ask.sql).toHaveValue('SELECT count(DISTINCT weather) AS kinds FROM seattle_weather');
	await expect(ask.grid.getByRole('gridcell', { name: '5', exact: true })).toBeVisible();
	expect(chatRequests()).toBe(before + 2);
	// The second request carries the engine's complaint about the first SQL.
	expect(llm.requests.at(-1)?.body).toContain('no_such_column');
});

test('SQL that tries to reach the network is blocked, said plainly, and nothing runs', async () => {
	llm.script({ body: chatReply(`SELECT * FROM read_csv('${llm.origin}/x')`) });
	await ask.ask('blorp the snargles');
	await expect(ask.status).toContainText(
		'The model’s SQL tried to reach the network or a file; Quarry refused it and ran nothing.'
	);
	await expect(ask.status).toHaveClass(/problem/);
	await expect(ask.sql).toHaveCount(0);
	await expect(ask.grid).toHaveCount(0);
	expect(llm.requests.filter((r) => r.path === '/x')).toEqual([]);
});

test('a 429 is waited out and the next reply answers', async () => {
	const before = chatRequests();
	llm.script(
		{ status: 429, headers: { 'Retry-After': '0' }, body: { error: { message: 'slow down' } } },
		{ body: chatReply(GOOD_SQL) }
	);
	await ask.ask('plonk the gribbles');
	await ask.expectAnswered('plonk the gribbles');
	await expect(ask.tier).toHaveText(/^Answered by the LLM/);
	expect(chatRequests()).toBe(before + 2);
});

test('a time-out, a malformed reply and an empty reply each give a clear message', async () => {
	llm.script({ delayMs: 5_000, body: chatReply(GOOD_SQL) });
	await ask.ask('wibble the frobs');
	await expect(ask.status).toContainText('The endpoint did not answer within 2 s.', {
		timeout: 20_000
	});
	await expect(ask.sql).toHaveCount(0);

	llm.script({ body: 'this is not JSON' });
	await ask.ask('grommet the splines');
	await expect(ask.status).toContainText('The endpoint did not answer with JSON.');
	await expect(ask.sql).toHaveCount(0);

	llm.script({ body: chatReply('') });
	await ask.ask('flurb the dorks');
	await expect(ask.status).toContainText('The model returned an empty answer.');
	await expect(ask.sql).toHaveCount(0);
	// The refusal stays, so the user still sees what the offline engine did not understand.
	await expect(ask.refusal).toContainText('flurb');
});

test('Cancel stops waiting for the LLM', async () => {
	llm.script({ delayMs: 1_500, body: chatReply(GOOD_SQL) });
	await ask.ask('squonk the nerfs');
	await expect(ask.status).toContainText('Asking “squonk the nerfs”');
	await ask.cancel.click();
	await expect(ask.status).toHaveText('Asking was cancelled.');
	await expect(ask.cancel).toHaveCount(0);
	await expect(ask.askButton).toBeEnabled();
	await expect(ask.sql).toHaveCount(0);
	// The box asks again at once: the next question is answered offline.
	await ask.ask('count of days by weather type');
	await ask.expectAnswered('count of days by weather type');
});
