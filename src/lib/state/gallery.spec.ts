import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChartDraft } from '$lib/core/charts/types';
import { openStorage, type QuarryStorage } from '$lib/storage/storage';
import { freshDbName, makeDatasetRecord } from '$test/records';
import { Gallery } from './gallery.svelte';
import { Notices } from './notices.svelte';

/** Live reads arrive after a write commits; under load that can take a moment. */
const SETTLE = { timeout: 10_000 };

const opened: { storage: QuarryStorage; gallery: Gallery }[] = [];

/** A started gallery over `name` (a fresh database unless given), with its own clock. */
function open(name = freshDbName('gallery')): { storage: QuarryStorage; gallery: Gallery } {
	let clock = 10_000 + opened.length * 100_000;
	const storage = openStorage({ name, now: () => (clock += 1000) });
	const gallery = new Gallery({ storage, notices: new Notices() });
	gallery.start();
	opened.push({ storage, gallery });
	return { storage, gallery };
}

afterEach(async () => {
	for (const { storage, gallery } of opened.splice(0)) {
		gallery.stop();
		storage.db.close();
		await storage.db.delete();
	}
});

function draft(title: string, overrides: Partial<ChartDraft> = {}): ChartDraft {
	return {
		title,
		description: '',
		spec: {
			$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
			mark: 'bar',
			encoding: {
				x: { field: 'weather', type: 'nominal' },
				y: { aggregate: 'count', type: 'quantitative' }
			}
		},
		sql: 'SELECT weather FROM seattle_weather',
		datasetIds: ['weather'],
		...overrides
	};
}

const weather = makeDatasetRecord({
	id: 'weather',
	name: 'Seattle weather',
	tableName: 'seattle_weather',
	fingerprint: 'a'.repeat(64)
});

async function saved(gallery: Gallery, chart: ChartDraft): Promise<string> {
	const outcome = await gallery.save(chart);
	if (!outcome.ok) throw new Error(outcome.message);
	return outcome.id;
}

describe('Gallery', () => {
	it('saves a chart with the fingerprint and name of each dataset it reads', async () => {
		const { storage, gallery } = open();
		await storage.datasets.saveImported(weather, new Blob(['x']));
		const id = await saved(gallery, draft('  Weather kinds  ', { description: ' Counts ' }));

		const chart = gallery.get(id);
		expect(chart).toMatchObject({
			title: 'Weather kinds',
			description: 'Counts',
			datasetFingerprints: { weather: 'a'.repeat(64) },
			datasetRefs: { weather: { name: 'Seattle weather', tableName: 'seattle_weather' } }
		});
		expect(gallery.statusOf(chart!)).toEqual({ kind: 'ok' });
		expect(gallery.notices.items.at(-1)?.message).toBe('Saved “Weather kinds” to the gallery.');
		const activity = await storage.activity.listRecent();
		expect(activity.map((a) => [a.kind, a.refId])).toEqual([['chart-saved', id]]);
	});

	it('refuses a blank title, blank SQL or a spec that is not a chart, and drops unsafe thumbnails', async () => {
		const { storage, gallery } = open();
		expect(await gallery.save(draft(' '))).toEqual({
			ok: false,
			message: 'A chart needs a title.'
		});
		expect(await gallery.save(draft('T', { sql: '  ' }))).toMatchObject({ ok: false });
		const notAChart = {
			$schema: draft('').spec.$schema,
			encoding: {}
		} as unknown as ChartDraft['spec'];
		expect(await gallery.save(draft('T', { spec: notAChart }))).toMatchObject({
			ok: false,
			message: 'This chart cannot be saved. The chart spec has no mark.'
		});
		expect(await storage.charts.count()).toBe(0);

		const id = await saved(gallery, draft('T', { thumbnail: 'javascript:alert(1)' }));
		expect(gallery.get(id)).not.toHaveProperty('thumbnail');
		const png = 'data:image/png;base64,iVBORw0KGgo=';
		const withPng = await saved(gallery, draft('P', { thumbnail: png }));
		expect(gallery.get(withPng)?.thumbnail).toBe(png);
	});

	it('searches and sorts what it shows', async () => {
		const { gallery } = open();
		await saved(gallery, draft('Zürich rain', { sql: 'SELECT 1' }));
		await saved(gallery, draft('Alpha', { description: 'About zurich too' }));
		await saved(gallery, draft('Middle'));
		await expect.poll(() => gallery.charts.length, SETTLE).toBe(3);

		expect(gallery.visible.map((i) => i.chart.title)).toEqual(['Middle', 'Alpha', 'Zürich rain']);
		gallery.sort = 'title';
		expect(gallery.visible.map((i) => i.chart.title)).toEqual(['Alpha', 'Middle', 'Zürich rain']);
		gallery.query = 'ZURICH';
		expect(gallery.visible.map((i) => i.chart.title)).toEqual(['Alpha', 'Zürich rain']);
		gallery.sort = 'oldest';
		expect(gallery.visible.map((i) => i.chart.title)).toEqual(['Zürich rain', 'Alpha']);
	});

	it('renames, duplicates and deletes, logging each', async () => {
		const { storage, gallery } = open();
		const id = await saved(gallery, draft('Original'));

		expect(await gallery.rename(id, '')).toEqual({ ok: false, message: 'A chart needs a title.' });
		expect(await gallery.rename(id, ' Renamed ')).toEqual({ ok: true, id });
		expect(gallery.get(id)?.title).toBe('Renamed');

		const copy = await gallery.duplicate(id);
		expect(copy.ok).toBe(true);
		const copyId = copy.ok ? copy.id : '';
		expect(gallery.get(copyId)).toMatchObject({ title: 'Copy of Renamed', sql: draft('').sql });

		expect(await gallery.remove(id)).toEqual({ ok: true, id });
		expect(gallery.get(id)).toBeUndefined();
		expect(await storage.charts.get(id)).toBeUndefined();
		await expect
			.poll(() => gallery.charts.map((c) => c.title), SETTLE)
			.toEqual(['Copy of Renamed']);

		const kinds = (await storage.activity.listRecent()).map((a) => a.kind);
		expect(kinds).toEqual(['chart-deleted', 'chart-duplicated', 'chart-renamed', 'chart-saved']);
		expect(await gallery.rename(id, 'x')).toEqual({
			ok: false,
			message: 'That chart no longer exists.'
		});
		expect((await gallery.duplicate(id)).ok).toBe(false);
		expect(gallery.notices.items.at(-1)).toMatchObject({
			kind: 'error',
			message: 'That chart no longer exists.'
		});
	});

	it('marks charts whose data changed or whose dataset was deleted', async () => {
		const { storage, gallery } = open();
		await storage.datasets.saveImported(weather, new Blob(['x']));
		const id = await saved(gallery, draft('Weather kinds'));

		await storage.datasets.remove('weather');
		await expect
			.poll(() => gallery.visible[0]?.status, SETTLE)
			.toEqual({ kind: 'missing', datasets: ['Seattle weather'] });

		// Imported again under the same table name, with other data.
		const again = { ...weather, id: 'weather-2', fingerprint: 'b'.repeat(64), name: 'weather' };
		await storage.datasets.saveImported(again, new Blob(['y']));
		await expect
			.poll(() => gallery.visible[0]?.status, SETTLE)
			.toEqual({ kind: 'changed', datasets: ['weather'] });
		expect(gallery.get(id)).toBeDefined();
	});

	it('stays in step with another gallery on the same database (another tab)', async () => {
		const name = freshDbName('gallery-tabs');
		const first = open(name);
		const second = open(name);
		await expect.poll(() => second.gallery.isLoaded, SETTLE).toBe(true);

		const id = await saved(first.gallery, draft('Shared'));
		await expect.poll(() => second.gallery.get(id)?.title, SETTLE).toBe('Shared');

		await second.gallery.rename(id, 'Renamed elsewhere');
		await expect.poll(() => first.gallery.get(id)?.title, SETTLE).toBe('Renamed elsewhere');

		await second.gallery.remove(id);
		await expect.poll(() => first.gallery.charts.length, SETTLE).toBe(0);
	});

	it('leaves out stored charts that do not fit and counts them', async () => {
		const { storage, gallery } = open();
		await saved(gallery, draft('Good'));
		await storage.db.charts.put({ id: 'bad', title: 7, createdAt: 5 } as never);
		await expect.poll(() => gallery.unreadable, SETTLE).toBe(1);
		expect(gallery.charts.map((c) => c.title)).toEqual(['Good']);
	});
});
