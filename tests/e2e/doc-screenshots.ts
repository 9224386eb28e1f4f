/**
 * Screenshots for the user guide (docs/images/), taken by the end-to-end tests on their way
 * through a flow, only when QUARRY_DOC_SCREENSHOTS=1:
 *
 *   npm run build:test && QUARRY_DOC_SCREENSHOTS=1 npx playwright test tests/e2e/flow.spec.ts
 *
 * Otherwise nothing is written, so ordinary runs leave the committed pictures alone.
 */
import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';

export const isTakingDocScreenshots = process.env.QUARRY_DOC_SCREENSHOTS === '1';

/**
 * The page as it is now (the 1280×800 viewport) into docs/images/<name>.png, after closing what
 * floats over it (finished imports in the corner tray, notices, the "ready to work offline" banner) the way a user would, and with
 * the element `top` (if given) scrolled to `offset` pixels below the top of the viewport.
 */
export async function docScreenshot(
	page: Page,
	name: string,
	options: { top?: Locator; offset?: number } = {}
): Promise<void> {
	if (!isTakingDocScreenshots) return;
	const tray = page.getByRole('region', { name: 'Imports in progress and finished' });
	for (const button of await tray.getByRole('button', { name: /^Dismiss / }).all()) {
		await button.click();
	}
	for (const button of await page
		.locator('.notices')
		.getByRole('button', { name: /^Dismiss: / })
		.all()) {
		await button.click();
	}
	const offlineNotice = page.getByRole('button', { name: 'Dismiss offline notice' });
	if (await offlineNotice.isVisible()) await offlineNotice.click();
	if (options.top) {
		const offset = options.offset ?? 16;
		await options.top.evaluate((element, by) => {
			window.scrollBy(0, element.getBoundingClientRect().top - by);
		}, offset);
	}
	// Let the pointer leave the page so that no hover state or tooltip is in the picture.
	await page.mouse.move(0, 0);
	await page.screenshot({ path: resolve('docs/images', `${name}.png`), animations: 'disabled' });
}
