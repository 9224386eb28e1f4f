import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importAll, until, useWorkspaceFixture } from '$test/workspace-fixture';

const fx = useWorkspaceFixture('profile');

describe('column profiles after import', () => {
	it('are computed by the engine and stored with the dataset', async () => {
		const workspace = await fx.open();
		const file = new File(
			['id,note,city\n1,,Oslo\n2,,Oslo\n3,,Bergen\n4,x,Oslo\n5,,Bergen'],
			'p.csv'
		);
		await importAll(workspace, [file]);
		await until(() => workspace.datasets[0]?.columns.every((c) => c.profile !== undefined));
		const [dataset] = workspace.datasets;
		const byName = Object.fromEntries(dataset.columns.map((c) => [c.name, c.profile]));
		expect(byName.note).toMatchObject({ nullCount: 4, distinctCount: 1 });
		expect(byName.city).toMatchObject({ nullCount: 0, distinctCount: 2 });
		expect(byName.id).toMatchObject({ nullCount: 0, distinctCount: 5, min: '1', max: '5' });
		const stored = await fx.storage.datasets.get(dataset.id);
		expect(stored?.columns.find((c) => c.name === 'note')?.profile?.nullCount).toBe(4);
	});
});
