/**
 * The optional LLM endpoint and the Content-Security-Policy: the page may connect to the
 * configured endpoint's origin after a reload, and to no other; removing it blocks it again.
 * Checked from the page with fetch, with and without the service worker (offline too).
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForServiceWorker, isControlledByServiceWorker } from './fixtures';
import { startLlmServer, type LlmServer } from '../support/llm-server';
import { AppShell } from './page-models/app-shell';
import { SettingsPage } from './page-models/settings-page';

let llm: LlmServer;
let other: LlmServer;

test.beforeAll(async () => {
	llm = await startLlmServer();
	other = await startLlmServer();
});

test.afterAll(async () => {
	await llm.close();
	await other.close();
});

/**
 * Fetch `url` from the page. `ok`: an answer arrived; `violated`: the page's policy blocked it
 * (a securitypolicyviolation event names its origin), as opposed to a network failure.
 */
async function fetchFromPage(page: Page, url: string) {
	return page.evaluate(async (target) => {
		const origin = new URL(target).origin;
		let violated = false;
		const seen = new Promise<void>((resolve) => {
			document.addEventListener('securitypolicyviolation', (event) => {
				if (event.blockedURI.startsWith(origin)) {
					violated = true;
					resolve();
				}
			});
		});
		const ok = await fetch(target, { cache: 'no-store' }).then(
			(response) => response.ok,
			() => false
		);
		// A blocked fetch reports its violation as its own event; give it a moment to arrive.
		if (!ok) await Promise.race([seen, new Promise((resolve) => setTimeout(resolve, 500))]);
		return { ok, violated };
	}, url);
}

function requestsTo(server: LlmServer, path: string) {
	return server.requests.filter((r) => r.path === path).length;
}

test('the policy allows the configured endpoint after a reload, no other port, and not once removed', async ({
	page,
	app,
	settings
}) => {
	await settings.goto();
	await expect(settings.llmStatus).toContainText('No endpoint');
	expect(await fetchFromPage(page, `${llm.origin}/before`)).toEqual({ ok: false, violated: true });
	expect(requestsTo(llm, '/before')).toBe(0);

	await settings.configureLlm({ baseUrl: `${llm.baseUrl}`, model: 'test-model' });
	await expect(settings.llmStatus).toContainText(`test-model at ${new URL(llm.origin).host}`);
	await expect(settings.llmStatus).toContainText('Reload Quarry');
	// Not before the reload: the policy of a loaded page does not change.
	expect((await fetchFromPage(page, `${llm.origin}/not-yet`)).violated).toBe(true);

	const response = await page.reload();
	await app.waitForEngine();
	const policy = response?.headers()['content-security-policy'] ?? '';
	expect(policy).toMatch(
		new RegExp(`connect-src 'self' ${llm.origin.replaceAll('.', '\\.')}(;|$)`)
	);
	await expect(settings.llmStatus).not.toContainText('Reload Quarry');
	expect(await fetchFromPage(page, `${llm.origin}/allowed`)).toEqual({ ok: true, violated: false });
	expect(requestsTo(llm, '/allowed')).toBe(1);
	expect(await fetchFromPage(page, `${other.origin}/other`)).toEqual({ ok: false, violated: true });
	expect(requestsTo(other, '/other')).toBe(0);

	await settings.removeLlm();
	await expect(settings.llmStatus).toContainText('Reload Quarry');
	await page.reload();
	await app.waitForEngine();
	expect(await fetchFromPage(page, `${llm.origin}/removed`)).toEqual({ ok: false, violated: true });
	expect(requestsTo(llm, '/removed')).toBe(0);
});

test('the service worker serves the page with the same policy, online and offline', async ({
	persistent
}) => {
	const { context, page } = persistent;
	const app = new AppShell(page);
	const settings = new SettingsPage(page);
	await settings.goto();
	await waitForServiceWorker(page);
	await settings.configureLlm({ baseUrl: llm.baseUrl, model: 'test-model' });
	await expect(settings.llmStatus).toContainText('Reload Quarry');

	await page.reload();
	await app.waitForEngine();
	expect(await isControlledByServiceWorker(page)).toBe(true);
	expect(await fetchFromPage(page, `${llm.origin}/sw-allowed`)).toEqual({
		ok: true,
		violated: false
	});
	expect(await fetchFromPage(page, `${other.origin}/sw-other`)).toEqual({
		ok: false,
		violated: true
	});
	expect(requestsTo(other, '/sw-other')).toBe(0);

	// Offline the endpoint cannot answer, but the policy still allows it and blocks the other.
	await context.setOffline(true);
	await page.reload();
	await app.waitForEngine();
	expect(await isControlledByServiceWorker(page)).toBe(true);
	expect((await fetchFromPage(page, `${llm.origin}/offline`)).violated).toBe(false);
	expect((await fetchFromPage(page, `${other.origin}/offline`)).violated).toBe(true);

	await context.setOffline(false);
	await settings.removeLlm();
	await page.reload();
	await app.waitForEngine();
	expect(await fetchFromPage(page, `${llm.origin}/sw-removed`)).toEqual({
		ok: false,
		violated: true
	});
	expect(requestsTo(llm, '/sw-removed')).toBe(0);
});
