/**
 * The home page's numbers, lists and insights, read live from storage (this tab and others) and
 * computed in one place from a compact snapshot: datasets, query stats, chart count, one page of
 * activity. Nothing here decodes query results.
 */
import { fetchSample } from '$lib/pwa/app-files';
import {
	collectInsights,
	suggestQueries,
	type Insight,
	type SuggestedQuery
} from '$lib/core/insights';
import { isSafeThumbnail } from '$lib/core/gallery';
import {
	countQueries,
	medianQueryMs,
	mostUsedDatasets,
	queriesPerDay,
	slowestQueries,
	type QueryStat
} from '$lib/core/usage';
import type { ActivityRecord, ChartRecord, DatasetRecord } from '$lib/storage/db';
import { watch } from '$lib/storage/live';
import type { QuarryStorage } from '$lib/storage/storage';
import { localDays } from './local-days';
import type { StorageInfo } from './storage-info.svelte';
import type { Workspace } from './workspace.svelte';

export const ACTIVITY_PAGE_SIZE = 10;
export const RECENT_QUERIES = 10;
const RECENT_CHARTS = 5;
const USAGE_DAYS = 30;

/** Small real datasets shipped under static/samples/ (see static/samples/LICENSE.md). */
export const SAMPLE_FILES = ['seattle-weather.csv', 'penguins.json'] as const;

/** A recently saved chart; `thumbnail` is set only when it passes the gallery's check. */
export type RecentChart = Pick<ChartRecord, 'id' | 'title' | 'createdAt' | 'thumbnail'>;

export interface DashboardDeps {
	storage: QuarryStorage;
	workspace: Workspace;
	storageInfo: StorageInfo;
	now?: () => number;
	/** Fetches a sample file from Quarry's own origin; defaults to fetch. */
	fetchSample?: (name: string) => Promise<Blob>;
}

export class Dashboard {
	datasets = $state.raw<DatasetRecord[]>([]);
	/** Every query run, oldest first (compact). */
	queries = $state.raw<QueryStat[]>([]);
	chartCount = $state(0);
	/** Ids of the charts in the gallery now (activity entries link only to charts that exist). */
	chartIds = $state.raw<readonly string[]>([]);
	recentCharts = $state.raw<RecentChart[]>([]);
	activity = $state.raw<ActivityRecord[]>([]);
	activityTotal = $state(0);
	/** 0-based page of the activity feed. */
	activityPage = $state(0);
	/** True once datasets and queries have been read. */
	isLoaded = $state(false);
	loadError = $state<string | null>(null);
	isImportingSamples = $state(false);
	/** The time the numbers were computed for; refreshed on every read. */
	now = $state(0);

	readonly todayQueries = $derived(countQueries(this.queries, this.#today()).today);
	readonly medianMs = $derived(medianQueryMs(this.queries));
	readonly totalBytes = $derived(this.datasets.reduce((sum, d) => sum + d.storedBytes, 0));
	readonly recentQueries = $derived(this.queries.slice(-RECENT_QUERIES).reverse());
	readonly perDay = $derived(queriesPerDay(this.queries, localDays(this.now, USAGE_DAYS)));
	readonly mostUsed = $derived(mostUsedDatasets(this.queries, this.datasets));
	readonly slowest = $derived(slowestQueries(this.queries));
	readonly insights: Insight[] = $derived.by(() =>
		collectInsights({
			datasets: this.datasets,
			queries: this.queries,
			usage: this.#storageInfo.usage,
			quota: this.#storageInfo.quota,
			now: this.now
		})
	);
	/** Starter queries for the newest dataset, shown until the first query has been run. */
	readonly suggestions: { dataset: DatasetRecord; queries: SuggestedQuery[] } | null = $derived(
		this.datasets.length > 0
			? { dataset: this.datasets[0], queries: suggestQueries(this.datasets[0]) }
			: null
	);
	readonly activityPages = $derived(
		Math.max(1, Math.ceil(this.activityTotal / ACTIVITY_PAGE_SIZE))
	);

	readonly #storage: QuarryStorage;
	readonly #workspace: Workspace;
	readonly #storageInfo: StorageInfo;
	readonly #now: () => number;
	readonly #fetchSample: (name: string) => Promise<Blob>;
	#stops: Array<() => void> = [];
	#stopActivity: (() => void) | undefined;

	constructor(deps: DashboardDeps) {
		this.#storage = deps.storage;
		this.#workspace = deps.workspace;
		this.#storageInfo = deps.storageInfo;
		this.#now = deps.now ?? Date.now;
		this.#fetchSample = deps.fetchSample ?? fetchSample;
		this.now = this.#now();
	}

	/** Start reading live; returns a function that stops (call it when the page goes). */
	start(): () => void {
		this.stop();
		let hasDatasets = false;
		let hasQueries = false;
		const loaded = () => {
			this.now = this.#now();
			if (hasDatasets && hasQueries) this.isLoaded = true;
		};
		const onError = (err: unknown) => {
			this.loadError = err instanceof Error ? err.message : String(err);
		};
		const { datasets, charts, queries } = this.#storage;
		this.#stops.push(
			watch(
				async () => {
					const [list, chartList] = await Promise.all([datasets.list(), charts.list()]);
					return { list, chartList };
				},
				({ list, chartList }) => {
					this.datasets = list;
					this.chartCount = chartList.length;
					this.chartIds = chartList.map((chart) => chart.id);
					this.recentCharts = chartList.slice(0, RECENT_CHARTS).map(recentChart);
					hasDatasets = true;
					loaded();
				},
				onError
			),
			watch(
				() => queries.listStats(),
				(stats) => {
					this.queries = stats;
					hasQueries = true;
					loaded();
				},
				onError
			)
		);
		this.#watchActivity();
		return () => this.stop();
	}

	stop(): void {
		for (const stop of this.#stops.splice(0)) stop();
		this.#stopActivity?.();
		this.#stopActivity = undefined;
	}

	/** Show another page of the activity feed (clamped to the pages there are). */
	showActivityPage(page: number): void {
		const next = Math.min(Math.max(0, page), this.activityPages - 1);
		if (next === this.activityPage) return;
		this.activityPage = next;
		if (this.#stopActivity) this.#watchActivity();
	}

	/** Import the shipped sample datasets from Quarry's own origin (works offline once cached). */
	async importSamples(): Promise<void> {
		if (this.isImportingSamples) return;
		this.isImportingSamples = true;
		try {
			const files = await Promise.all(
				SAMPLE_FILES.map(async (name) => new File([await this.#fetchSample(name)], name))
			);
			this.#workspace.importFiles(files);
		} catch (err) {
			this.#workspace.notify(
				'error',
				`Could not load the sample data: ${err instanceof Error ? err.message : String(err)}`
			);
		} finally {
			this.isImportingSamples = false;
		}
	}

	#watchActivity(): void {
		this.#stopActivity?.();
		const offset = this.activityPage * ACTIVITY_PAGE_SIZE;
		const { activity } = this.#storage;
		this.#stopActivity = watch(
			() => Promise.all([activity.page(offset, ACTIVITY_PAGE_SIZE), activity.count()]),
			([items, total]) => {
				this.activity = items;
				this.activityTotal = total;
			}
		);
	}

	#today() {
		const [today] = localDays(this.now, 1);
		return today;
	}
}

function recentChart({ id, title, createdAt, thumbnail }: ChartRecord): RecentChart {
	return { id, title, createdAt, ...(isSafeThumbnail(thumbnail) ? { thumbnail } : {}) };
}
