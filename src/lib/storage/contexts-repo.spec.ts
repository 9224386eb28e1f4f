import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshDbName } from '$test/records';
import { openStorage, type QuarryStorage } from './storage';

const opened: QuarryStorage[] = [];

function open(): QuarryStorage {
	let clock = 5_000;
	const storage = openStorage({ name: freshDbName('contexts-repo'), now: () => (clock += 10) });
	opened.push(storage);
	return storage;
}

afterEach(async () => {
	for (const storage of opened.splice(0)) {
		storage.db.close();
		await storage.db.delete();
	}
});

const blank = { relations: [], metrics: [], descriptions: [], synonyms: [], notes: '' };

describe('ContextsRepo', () => {
	it('creates at version 1 and bumps version and updatedAt on every update', async () => {
		const { contexts } = open();
		const created = await contexts.create({ id: 'a', name: 'A', datasetIds: [], ...blank });
		expect(created.ok && created.context).toMatchObject({ version: 1, createdAt: 5_010 });
		const updated = await contexts.update('a', (c) => ({ ok: true, value: { ...c, notes: 'n' } }));
		expect(updated.ok && updated.context).toMatchObject({
			version: 2,
			notes: 'n',
			createdAt: 5_010
		});
		expect(updated.ok && updated.context.updatedAt).toBeGreaterThan(5_010);
	});

	it('stores nothing when a change is refused or the name is taken', async () => {
		const { contexts } = open();
		await contexts.create({ id: 'a', name: 'A', datasetIds: [], ...blank });
		await contexts.create({ id: 'b', name: 'B', datasetIds: [], ...blank });
		const refused = await contexts.update('a', () => ({ ok: false, message: 'no' }));
		expect(refused).toEqual({ ok: false, code: 'invalid', message: 'no' });
		const taken = await contexts.update('a', (c) => ({ ok: true, value: { ...c, name: ' b ' } }));
		expect(taken.ok || taken.code).toBe('name-taken');
		expect(await contexts.get('a')).toMatchObject({ name: 'A', version: 1 });
		expect((await contexts.update('zz', (c) => ({ ok: true, value: c }))).ok).toBe(false);
	});

	it('lists the contexts using a dataset, and deletes', async () => {
		const { contexts } = open();
		await contexts.create({ id: 'a', name: 'A', datasetIds: ['d1', 'd2'], ...blank });
		await contexts.create({ id: 'b', name: 'B', datasetIds: ['d2'], ...blank });
		expect((await contexts.usingDataset('d2')).map((c) => c.id)).toEqual(['a', 'b']);
		expect((await contexts.usingDataset('d1')).map((c) => c.id)).toEqual(['a']);
		expect(await contexts.remove('a')).toBe(true);
		expect(await contexts.remove('a')).toBe(false);
		expect((await contexts.list()).map((c) => c.id)).toEqual(['b']);
	});
});
