/**
 * The question box's context picker follows the saved contexts live (Asker.watchContexts): a
 * context created, renamed or deleted through another tab's Contexts page (another connection
 * to the same fake-indexeddb database) is offered, renamed or withdrawn without a reload.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { until, useWorkspaceFixture } from '$test/workspace-fixture';
import { Asker } from './ask.svelte';
import { Contexts } from './contexts.svelte';
import { QueryRunner } from './query-runner.svelte';

const fixture = useWorkspaceFixture('ask-contexts');

/** Another tab: its own connection to the workspace's database, and its own Contexts page. */
function otherTab(storage: QuarryStorage): { storage: QuarryStorage; contexts: Contexts } {
	const other = openStorage({ name: storage.db.name });
	return { storage: other, contexts: new Contexts({ storage: other }) };
}

function names(asker: Asker): string[] {
	return asker.contexts.map((c) => c.name);
}

describe('Asker.watchContexts', () => {
	it('offers contexts created, renamed and deleted in another tab, without a reload', async () => {
		const workspace = await fixture.open();
		const asker = new Asker({
			workspace,
			runner: new QueryRunner({ engine: fixture.engine, workspace })
		});
		const stop = asker.watchContexts();
		const tab = otherTab(fixture.storage);
		try {
			const created = await tab.contexts.create('Sales only');
			if (!created.ok) throw new Error(created.message);
			await until(() => names(asker).length === 1);
			expect(names(asker)).toEqual(['Sales only']);
			asker.contextId = created.id;

			await tab.contexts.create('Airports');
			await until(() => names(asker).length === 2);
			expect(names(asker)).toEqual(['Airports', 'Sales only']);

			expect(await tab.contexts.rename(created.id, 'Sales and staff')).toEqual({
				ok: true,
				id: created.id
			});
			await until(() => names(asker).includes('Sales and staff'));
			expect(asker.contextId).toBe(created.id);

			// The chosen context deleted elsewhere: the box asks over all datasets again.
			await tab.contexts.remove(created.id);
			await until(() => names(asker).length === 1);
			expect(names(asker)).toEqual(['Airports']);
			expect(asker.contextId).toBe('');
		} finally {
			stop();
			tab.storage.db.close();
		}
	});
});
