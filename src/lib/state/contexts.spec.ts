import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
	ContextMeasurer,
	JoinSuggestion,
	SuggestionReport,
	ValidationReport
} from '$lib/core/contexts/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { Contexts } from './contexts.svelte';
import { Notices } from './notices.svelte';

/** Live queries settle in milliseconds; a loaded CI machine gets more time. */
const WAIT = { timeout: 10_000 };

const orders = makeDatasetRecord({
	id: 'orders',
	name: 'Orders',
	tableName: 'orders',
	columns: [
		{ name: 'order_id', type: 'BIGINT' },
		{ name: 'customer_id', type: 'BIGINT' },
		{ name: 'amount', type: 'DOUBLE' }
	]
});
const customers = makeDatasetRecord({
	id: 'customers',
	name: 'Customers',
	tableName: 'customers',
	columns: [
		{ name: 'customer_id', type: 'BIGINT' },
		{ name: 'country', type: 'VARCHAR' }
	]
});

const suggestion: JoinSuggestion = {
	left: { datasetId: 'orders', column: 'customer_id' },
	right: { datasetId: 'customers', column: 'customer_id' },
	score: 0.97,
	nameSimilarity: 1,
	typesCompatible: true,
	coverage: 0.9,
	reverseCoverage: 1,
	leftDistinct: 9,
	rightDistinct: 10,
	leftMaxPerKey: 3,
	rightMaxPerKey: 1,
	kind: 'many-to-one',
	reason: '90% of Orders.customer_id values are Customers.customer_id; one customer per id.'
};

/** Answers from fixed reports and remembers what it was asked. */
function recordingMeasurer(): ContextMeasurer & { asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		async suggestJoins(input) {
			asked.push(`suggest:${input.datasets.map((d) => d.id).join(',')}`);
			const report: SuggestionReport = { suggestions: [suggestion], measuredAt: 1 };
			return { ok: true, value: report };
		},
		async validate(input) {
			asked.push(`validate:v${input.context.version}`);
			const report: ValidationReport = { relations: [], metrics: [], findings: [], measuredAt: 1 };
			return { ok: true, value: report };
		}
	};
}

const opened: { storage: QuarryStorage; contexts: Contexts }[] = [];

async function open(
	name = freshDbName('contexts'),
	measurer?: ContextMeasurer
): Promise<{ storage: QuarryStorage; contexts: Contexts }> {
	let clock = 10_000;
	const storage = openStorage({ name, now: () => (clock += 1000) });
	const contexts = new Contexts({ storage, notices: new Notices(), measurer });
	contexts.start();
	opened.push({ storage, contexts });
	await vi.waitFor(() => expect(contexts.isLoaded).toBe(true), WAIT);
	return { storage, contexts };
}

async function withDatasets() {
	const opened = await open(undefined, recordingMeasurer());
	await opened.storage.db.datasets.bulkAdd([orders, customers]);
	await vi.waitFor(() => expect(opened.contexts.datasets).toHaveLength(2), WAIT);
	return opened;
}

async function created(contexts: Contexts, name: string): Promise<string> {
	const outcome = await contexts.create(name);
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.id;
}

afterEach(async () => {
	for (const { storage, contexts } of opened.splice(0)) {
		contexts.stop();
		storage.db.close();
		await storage.db.delete();
	}
});

describe('Contexts: create, rename, duplicate, delete', () => {
	it('creates a context under a trimmed name and logs it', async () => {
		const { storage, contexts } = await open();
		const id = await created(contexts, '  Sales  ');
		expect(contexts.get(id)).toMatchObject({ name: 'Sales', version: 1, datasetIds: [] });
		expect((await storage.contexts.get(id))?.name).toBe('Sales');
		const log = await storage.activity.listRecent();
		expect(log.map((a) => a.kind)).toEqual(['context-saved']);
	});

	it('refuses empty, overlong and duplicate names with a reason, storing nothing', async () => {
		const { storage, contexts } = await open();
		await created(contexts, 'Sales');
		expect(await contexts.create('   ')).toEqual({ ok: false, message: 'A context needs a name.' });
		const long = await contexts.create('x'.repeat(10_000));
		expect(long.ok).toBe(false);
		expect(!long.ok && long.message).toMatch(/at most 80 characters/);
		const taken = await contexts.create(' sales ');
		expect(!taken.ok && taken.message).toMatch(/already exists/);
		expect(await storage.contexts.list()).toHaveLength(1);
	});

	it('renames, keeping names unique, and bumps the version', async () => {
		const { contexts } = await open();
		const a = await created(contexts, 'A');
		await created(contexts, 'B');
		expect((await contexts.rename(a, 'b')).ok).toBe(false);
		expect((await contexts.rename(a, 'Alpha')).ok).toBe(true);
		expect(contexts.get(a)).toMatchObject({ name: 'Alpha', version: 2 });
	});

	it('duplicates as "<name> (copy)", then "(copy 2)", with the same content', async () => {
		const { contexts } = await withDatasets();
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		const first = await contexts.duplicate(id);
		const second = await contexts.duplicate(id);
		expect(first.ok && contexts.get(first.id)).toMatchObject({
			name: 'Sales (copy)',
			datasetIds: ['orders']
		});
		expect(second.ok && contexts.get(second.id)?.name).toBe('Sales (copy 2)');
	});

	it('deletes a context and logs it; other tabs see every change', async () => {
		const name = freshDbName('contexts-tabs');
		const one = await open(name);
		const two = await open(name);
		const id = await created(one.contexts, 'Shared');
		await vi.waitFor(() => expect(two.contexts.get(id)?.name).toBe('Shared'), WAIT);
		await one.contexts.remove(id);
		await vi.waitFor(() => expect(two.contexts.contexts).toEqual([]), WAIT);
		const kinds = (await one.storage.activity.listRecent()).map((a) => a.kind);
		expect(kinds).toContain('context-deleted');
	});
});

describe('Contexts: edits', () => {
	it('shows a burst of edits to one context as one line in the activity feed', async () => {
		const { storage, contexts } = await withDatasets();
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'customers' });
		await contexts.edit(id, { kind: 'set-notes', text: 'Orders and who placed them.' });
		const log = await storage.activity.listRecent();
		expect(log.map((a) => a.summary)).toEqual([
			'Changed context “Sales”',
			'Created context “Sales”'
		]);
	});

	it('accepts a join suggestion in one step with its measured kind', async () => {
		const { contexts } = await withDatasets();
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'customers' });
		expect(await contexts.acceptSuggestion(id, suggestion)).toEqual({ ok: true, id });
		expect(contexts.get(id)?.relations).toEqual([
			{ left: suggestion.left, right: suggestion.right, kind: 'many-to-one' }
		]);
		const again = await contexts.acceptSuggestion(id, suggestion);
		expect(!again.ok && again.message).toMatch(/already related/);
	});

	it('refuses a relation, description or synonym naming a column that does not exist', async () => {
		const { contexts } = await withDatasets();
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		const relation = await contexts.edit(id, {
			kind: 'add-relation',
			relation: {
				left: { datasetId: 'orders', column: 'nope' },
				right: { datasetId: 'orders', column: 'amount' }
			}
		});
		expect(relation).toEqual({ ok: false, message: 'Orders has no column “nope”.' });
		const outside = await contexts.edit(id, {
			kind: 'set-description',
			datasetId: 'customers',
			column: 'country',
			text: 'Where they live'
		});
		expect(!outside.ok && outside.message).toMatch(/not in this context/);
		expect(contexts.get(id)?.version).toBe(2);
	});

	it('refuses a metric that is not one expression and leaves the context as it was', async () => {
		const { storage, contexts } = await withDatasets();
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		const before = await storage.contexts.get(id);
		const hostile = await contexts.edit(id, {
			kind: 'add-metric',
			metric: { name: 'revenue', expression: '1); DROP TABLE orders; --', datasetId: 'orders' }
		});
		expect(!hostile.ok && hostile.message).toMatch(/cannot contain “;”/);
		expect(await storage.contexts.get(id)).toEqual(before);
		const good = await contexts.edit(id, {
			kind: 'add-metric',
			metric: {
				name: ' revenue ',
				expression: 'SUM("amount")',
				datasetId: 'orders',
				format: 'currency'
			}
		});
		expect(good.ok).toBe(true);
		expect(contexts.get(id)?.metrics).toEqual([
			{ name: 'revenue', expression: 'SUM("amount")', datasetId: 'orders', format: 'currency' }
		]);
	});

	it('keeps a context whose dataset was deleted, names it, and drops its parts on request', async () => {
		const { storage, contexts } = await withDatasets();
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'customers' });
		await contexts.acceptSuggestion(id, suggestion);
		await contexts.edit(id, {
			kind: 'add-synonym',
			synonym: {
				term: 'nation',
				target: { kind: 'column', datasetId: 'customers', column: 'country' }
			}
		});
		expect((await storage.contexts.usingDataset('customers')).map((c) => c.id)).toEqual([id]);
		await storage.datasets.remove('customers');
		await vi.waitFor(() => expect(contexts.datasets).toHaveLength(1), WAIT);
		const context = contexts.get(id);
		if (!context) throw new Error('context gone');
		expect(contexts.goneDatasets(context)).toEqual(['customers']);
		expect(contexts.nameOf('customers')).toBe('a deleted dataset');
		await storage.activity.log('dataset-deleted', 'customers', 'Deleted Customers');
		await vi.waitFor(() => expect(contexts.nameOf('customers')).toBe('Customers (deleted)'), WAIT);
		expect(contexts.datasetsOf(context).map((d) => d.id)).toEqual(['orders']);
		await contexts.edit(id, { kind: 'remove-dataset', datasetId: 'customers' });
		expect(contexts.get(id)).toMatchObject({ datasetIds: ['orders'], relations: [], synonyms: [] });
	});
});

describe('Contexts: measuring', () => {
	it('measures once per version and again after an edit', async () => {
		const measurer = recordingMeasurer();
		const { storage, contexts } = await open(undefined, measurer);
		await storage.db.datasets.bulkAdd([orders, customers]);
		await vi.waitFor(() => expect(contexts.datasets).toHaveLength(2), WAIT);
		const id = await created(contexts, 'Sales');
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'orders' });
		await contexts.measure(id);
		await contexts.measure(id);
		expect(measurer.asked).toEqual(['suggest:orders', 'validate:v2']);
		await contexts.edit(id, { kind: 'add-dataset', datasetId: 'customers' });
		await contexts.measure(id);
		expect(measurer.asked.slice(2)).toEqual(['suggest:orders,customers', 'validate:v3']);
		expect(contexts.suggestions[id]).toMatchObject({ status: 'done', version: 3 });
		expect(contexts.validation[id]).toMatchObject({ status: 'done', version: 3 });
	});

	it('shows a measurer failure as a message', async () => {
		const failing: ContextMeasurer = {
			suggestJoins: async () => ({ ok: false, message: 'The engine is not ready.' }),
			validate: async () => {
				throw new Error('boom');
			}
		};
		const { contexts } = await open(undefined, failing);
		const id = await created(contexts, 'Sales');
		await contexts.measure(id);
		expect(contexts.suggestions[id]).toMatchObject({
			status: 'failed',
			version: 1,
			message: 'The engine is not ready.'
		});
		expect(contexts.validation[id]).toMatchObject({
			status: 'failed',
			version: 1,
			message: 'boom'
		});
	});
});
