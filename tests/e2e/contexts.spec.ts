/**
 * Contexts end to end: two related CSV files imported, a context built from both through a
 * measured join suggestion, its numbers on screen, a cross-dataset question asked in it, and
 * the same context, relation and answer after a reload with the network off. Also: rename,
 * duplicate, delete, hostile input, and deleting a dataset names the context that uses it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, waitForServiceWorker } from './fixtures';
import { AppShell } from './page-models/app-shell';
import { AskBox } from './page-models/ask-box';
import { ContextsPage } from './page-models/contexts-page';

// Six customers (one, Japan, without orders); eight orders, one by a customer who does not
// exist (9). Revenue by country over the join: France 10+20+7+100 = 137, Chile 5+15+8 = 28.
const CUSTOMERS = 'customer_id,country\n1,France\n2,Chile\n3,France\n4,Chile\n5,France\n6,Japan\n';
const ORDERS =
	'order_id,customer_id,amount\n1,1,10\n2,1,20\n3,2,5\n4,3,7\n5,4,8\n6,5,100\n7,9,50\n8,2,15\n';

let dir: string;
test.beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'quarry-contexts-'));
	writeFileSync(join(dir, 'customers.csv'), CUSTOMERS);
	writeFileSync(join(dir, 'orders.csv'), ORDERS);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('build a context from a suggestion, ask across it, and again offline', async ({
	persistent
}) => {
	test.setTimeout(180_000);
	const { context, page } = persistent;
	const app = new AppShell(page);
	const contexts = new ContextsPage(page);
	const ask = new AskBox(page);

	await app.goto('/');
	await waitForServiceWorker(page);
	await app.waitForEngine();
	await app.importFile(join(dir, 'orders.csv'));
	await app.importFile(join(dir, 'customers.csv'));

	await app.navigateTo('Contexts');
	await expect(page.getByRole('heading', { name: 'No contexts yet' })).toBeVisible();
	await contexts.create('Sales');
	await contexts.addDataset('orders');
	await contexts.addDataset('customers');

	// Measured in DuckDB: 5 of the 6 customer ids in orders are customers; one customer per id.
	const best = contexts.suggestions.getByRole('listitem').first();
	await expect(best).toContainText('orders.customer_id → customers.customer_id', {
		timeout: 30_000
	});
	await expect(best.getByTestId('suggestion-coverage')).toHaveText('83.3% coverage');
	await expect(best).toContainText('many to one');
	await best.getByRole('button', { name: /^Accept/ }).click();

	// One order in eight has no customer; one customer in six (Japan) has no order.
	await expect(contexts.relations).toContainText('orders.customer_id ↔ customers.customer_id');
	await expect(contexts.relations.getByRole('combobox')).toHaveValue('many-to-one');
	await expect(contexts.relationNumbers).toContainText(
		'12.5% of orders rows find no match; 16.7% of customers rows',
		{ timeout: 30_000 }
	);
	await expect(contexts.relationNumbers).toContainText('BIGINT ↔ BIGINT');

	await contexts.addMetric({ name: 'revenue', expression: 'SUM("amount")', dataset: 'orders' });
	await expect(contexts.metrics.getByTestId('metric-check')).toHaveText('OK: 215', {
		timeout: 30_000
	});

	// A second statement smuggled into a metric is refused; nothing changes, the data is intact.
	await contexts.addMetric({
		name: 'evil',
		expression: '1); DROP TABLE orders; --',
		dataset: 'orders'
	});
	await expect(contexts.metricForm.locator('xpath=following-sibling::p[@role="alert"]')).toHaveText(
		'A metric is one SQL expression: it cannot contain “;”.'
	);
	await expect(contexts.metrics.getByRole('listitem')).toHaveCount(1);

	// Changed in place: the same metric, now shown as currency.
	await page.getByRole('button', { name: 'Edit metric revenue' }).click();
	await expect(contexts.metricForm.getByLabel('SQL aggregate expression')).toHaveValue(
		'SUM("amount")'
	);
	await contexts.metricForm.getByLabel('Format').selectOption('currency');
	await contexts.metricForm.getByRole('button', { name: 'Save metric' }).click();
	await expect(contexts.metrics.getByRole('listitem')).toContainText('orders · currency');
	await expect(contexts.metrics.getByTestId('metric-check')).toHaveText('OK: 215.00', {
		timeout: 30_000
	});

	// The question box, scoped to the context, joins through its relation and uses its metric.
	await contexts.askLink.click();
	await expect(page.getByLabel('Ask about')).toHaveValue(/.+/);
	await expect(page.getByLabel('Ask about').locator('option:checked')).toHaveText('Sales');
	await ask.ask('revenue by country');
	await ask.expectAnswered('revenue by country');
	await expect(ask.sql).toHaveValue(/JOIN "customers"/);
	await expect(ask.resultSummary).toContainText('2 rows');
	await expect(ask.grid).toContainText('137');
	await expect(ask.grid).toContainText('28');
	const editorUrl = await contextUrl(page);

	// Offline: the app, the context, its relation and the same answer.
	await context.setOffline(true);
	await page.goto(editorUrl);
	await app.waitForEngine();
	await expect(contexts.heading).toHaveText('Sales');
	await expect(contexts.relations).toContainText('orders.customer_id ↔ customers.customer_id');
	await expect(contexts.relationNumbers).toContainText('12.5% of orders rows find no match', {
		timeout: 30_000
	});
	await contexts.askLink.click();
	await expect(page.getByLabel('Ask about').locator('option:checked')).toHaveText('Sales');
	await ask.ask('revenue by country');
	await ask.expectAnswered('revenue by country');
	await expect(ask.resultSummary).toContainText('2 rows');
	await expect(ask.grid).toContainText('137');
});

/** The editor address of the context named Sales, read from the list page. */
async function contextUrl(page: import('@playwright/test').Page): Promise<string> {
	await page.goto('/contexts');
	const href = await page.getByRole('link', { name: 'Sales', exact: true }).getAttribute('href');
	if (!href) throw new Error('no link to the context');
	return href;
}

test('rename, duplicate, delete, hostile names, and a deleted dataset named', async ({ page }) => {
	test.setTimeout(120_000);
	const app = new AppShell(page);
	const contexts = new ContextsPage(page);

	await app.goto('/');
	await app.waitForEngine();
	await app.importFile(join(dir, 'customers.csv'));
	await contexts.goto();
	await contexts.create('Clients');
	await contexts.addDataset('customers');

	await contexts.goto();
	await contexts.newButton.click();
	await contexts.nameInput.fill('x'.repeat(10_000));
	await contexts.dialog.getByRole('button', { name: 'Create' }).click();
	await expect(contexts.dialogError).toHaveText(
		'A context name can be at most 80 characters (this one has 10000).'
	);
	await contexts.nameInput.fill(' clients ');
	await contexts.dialog.getByRole('button', { name: 'Create' }).click();
	await expect(contexts.dialogError).toHaveText(
		'A context named “clients” already exists. Choose another name.'
	);
	await contexts.dialog.getByRole('button', { name: 'Cancel' }).click();

	await contexts.rename('Clients', '<b>Buyers</b>');
	await expect(contexts.item('<b>Buyers</b>')).toBeVisible();
	await page.getByRole('button', { name: 'Duplicate <b>Buyers</b>' }).click();
	await expect(contexts.item('<b>Buyers</b> (copy)')).toContainText('customers');
	await contexts.remove('<b>Buyers</b> (copy)');
	await expect(contexts.list.getByRole('listitem')).toHaveCount(1);

	// Deleting the dataset names the context; the context stays and says what is gone.
	await page.goto('/datasets');
	await page.getByRole('link', { name: 'customers', exact: true }).click();
	await page.getByRole('button', { name: 'Delete…' }).click();
	await expect(page.getByTestId('delete-contexts')).toContainText(
		'The context <b>Buyers</b> uses it'
	);
	await page.getByRole('dialog').getByRole('button', { name: 'Delete dataset' }).click();
	await expect(page).toHaveURL(/\/datasets$/);
	await contexts.goto();
	await expect(contexts.item('<b>Buyers</b>')).toContainText('One of its datasets was deleted.');
	await contexts.item('<b>Buyers</b>').getByRole('link').click();
	await expect(contexts.heading).toHaveText('<b>Buyers</b>');
	await expect(contexts.datasets).toContainText('customers (deleted)');
	await expect(contexts.findings).toContainText('The dataset “customers” was deleted');
	await page.getByRole('button', { name: 'Remove customers (deleted) from this context' }).click();
	await expect(contexts.datasets).toContainText('No datasets yet');
});
