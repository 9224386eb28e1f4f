import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { VEGA_LITE_SCHEMA } from '$lib/core/charts/types';
import { openStorage } from '$lib/storage/storage';
import { makeDatasetRecord, makeProfile } from '$test/records';
import { until, useWorkspaceFixture } from '$test/workspace-fixture';
import { ACTIVITY_PAGE_SIZE, Dashboard, SAMPLE_FILES } from './dashboard.svelte';
import { StorageInfo } from './storage-info.svelte';

const fx = useWorkspaceFixture('dashboard');
const NOW = new Date(2026, 11, 3, 15, 0).getTime();
const HOUR = 3_600_000;

function storageInfo(usage: number | null = null, quota: number | null = null): StorageInfo {
	const info = new StorageInfo({ manager: undefined });
	info.usage = usage;
	info.quota = quota;
	return info;
}

async function openDashboard(options: { usage?: number; quota?: number } = {}) {
	const workspace = await fx.open();
	const dashboard = new Dashboard({
		storage: fx.storage,
		workspace,
		storageInfo: storageInfo(options.usage ?? null, options.quota ?? null),
		now: () => NOW,
		fetchSample: async (name) =>
			new Blob([name.endsWith('.json') ? '[{"a": 1, "b": "x"}]' : `a,b\n1,${name}\n`])
	});
	const stop = dashboard.start();
	await until(() => dashboard.isLoaded);
	return { dashboard, workspace, stop };
}

const base = { datasetIds: [] as string[], source: 'editor' as const, rows: 1 };

describe('Dashboard', () => {
	it('starts empty for a new user', async () => {
		const { dashboard, stop } = await openDashboard();
		expect(dashboard.datasets).toEqual([]);
		expect(dashboard.queries).toEqual([]);
		expect(dashboard.todayQueries).toBe(0);
		expect(dashboard.medianMs).toBeNull();
		expect(dashboard.insights).toEqual([]);
		expect(dashboard.suggestions).toBeNull();
		expect(dashboard.perDay).toHaveLength(30);
		stop();
	});

	it('counts today and all time, the median of successful runs, and follows new writes live', async () => {
		const { dashboard, stop } = await openDashboard();
		const { queries } = fx.storage;
		await queries.add({ ...base, sql: 'SELECT 1', startedAt: NOW - 48 * HOUR, ms: 100 });
		await queries.add({ ...base, sql: 'SELECT 2', startedAt: NOW - HOUR, ms: 300 });
		await queries.add({ ...base, sql: 'SELEC', startedAt: NOW - 2 * HOUR, ms: 9, error: 'x' });
		await until(() => dashboard.queries.length === 3);
		expect(dashboard.todayQueries).toBe(2);
		expect(dashboard.medianMs).toBe(200);
		expect(dashboard.recentQueries.map((q) => q.sql)).toEqual(['SELECT 2', 'SELEC', 'SELECT 1']);
		expect(dashboard.perDay.at(-1)?.queries).toBe(2);
		expect(dashboard.perDay.at(-3)?.queries).toBe(1);
		stop();
	});

	it('shows datasets from another tab, their total size, insights and suggestions', async () => {
		const { dashboard, stop } = await openDashboard({ usage: 90, quota: 100 });
		const otherTab = openStorage({ name: fx.storage.db.name });
		const record = makeDatasetRecord({
			name: 'Weather',
			rows: 10,
			storedBytes: 500,
			lastUsedAt: NOW,
			columns: [
				{ name: 'day', type: 'DATE', profile: makeProfile({ nullShare: 0, nullCount: 0 }) },
				{ name: 'temp', type: 'DOUBLE', profile: makeProfile({ nullShare: 0.9, nullCount: 9 }) }
			]
		});
		await otherTab.datasets.saveImported(record, new Blob(['x']));
		otherTab.db.close();
		await until(() => dashboard.datasets.length === 1);
		expect(dashboard.totalBytes).toBe(500);
		expect(dashboard.insights.map((i) => [i.kind, i.value])).toEqual([
			['storage-quota', 90],
			['mostly-empty', 90]
		]);
		expect(dashboard.suggestions?.queries[0].label).toBe('Average temp by month');
		stop();
	});

	it('pages the activity feed', async () => {
		const { dashboard, stop } = await openDashboard();
		for (let i = 0; i < ACTIVITY_PAGE_SIZE + 3; i++) {
			await fx.storage.activity.log('query-run', `q${i}`, `Ran ${i}`);
		}
		await until(() => dashboard.activityTotal === ACTIVITY_PAGE_SIZE + 3);
		expect(dashboard.activityPages).toBe(2);
		expect(dashboard.activity).toHaveLength(ACTIVITY_PAGE_SIZE);
		dashboard.showActivityPage(1);
		await until(() => dashboard.activity.length === 3);
		dashboard.showActivityPage(5);
		expect(dashboard.activityPage).toBe(1);
		stop();
	});

	it('counts saved charts and lists the newest with their thumbnails, only safe ones', async () => {
		const { dashboard, stop } = await openDashboard();
		const { charts } = fx.storage;
		const chart = {
			description: '',
			spec: { $schema: VEGA_LITE_SCHEMA, mark: 'bar' as const, encoding: {} },
			sql: 'SELECT 1',
			datasetIds: []
		};
		const svg = 'data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E';
		const first = await charts.addWithDatasetFacts({ ...chart, title: 'Safe', thumbnail: svg });
		await charts.addWithDatasetFacts({
			...chart,
			title: 'Hostile',
			thumbnail: 'javascript:alert(1)'
		});
		await until(() => dashboard.chartCount === 2);
		const thumbnails = new Map(dashboard.recentCharts.map((c) => [c.title, c.thumbnail]));
		expect(thumbnails).toEqual(
			new Map([
				['Hostile', undefined],
				['Safe', svg]
			])
		);
		expect(dashboard.chartIds).toContain(first.id);
		await charts.remove(first.id);
		await until(() => dashboard.chartCount === 1);
		expect(dashboard.chartIds).not.toContain(first.id);
		stop();
	});

	it('imports the sample files through the workspace', async () => {
		const { dashboard, workspace, stop } = await openDashboard();
		await dashboard.importSamples();
		await workspace.idle();
		// The stand-in engine reads only CSV; the browser's engine reads the JSON sample too (e2e).
		expect(workspace.imports.map((j) => j.fileName)).toEqual([...SAMPLE_FILES]);
		expect(workspace.imports[0].status).toBe('done');
		await until(() => dashboard.datasets.length === 1);
		expect(dashboard.datasets[0].name).toBe('seattle-weather');
		stop();
	});
});
