/**
 * The chart gallery: saved charts, live across tabs (a save, rename or delete in one tab shows
 * in the others without a reload), with search, sort and whether each chart's data changed or
 * went away since it was saved. Charts read from storage are checked before they are shown.
 */
import { validateChartSpec } from '$lib/core/charts';
import type { ChartDraft } from '$lib/core/charts/types';
import {
	chartDataStatus,
	copyTitle,
	isSafeThumbnail,
	readSavedChart,
	searchCharts,
	sortCharts,
	validateChartTitle,
	type ChartDataStatus,
	type DatasetFacts,
	type GallerySort
} from '$lib/core/gallery';
import { watch } from '$lib/storage/live';
import type { ActivityKind, ChartRecord } from '$lib/storage/records';
import type { QuarryStorage } from '$lib/storage/storage';
import { Notices } from './notices.svelte';
import { messageOf } from '$lib/core/error-message';

export const MAX_DESCRIPTION_LENGTH = 2000;

export type GalleryOutcome = { ok: true; id: string } | { ok: false; message: string };

export interface GalleryItem {
	chart: ChartRecord;
	status: ChartDataStatus;
}

export interface GalleryDeps {
	storage: QuarryStorage;
	/** Where outcomes worth a toast go; defaults to its own list. */
	notices?: Notices;
}

interface Snapshot {
	/** How many of this gallery's own writes had finished when the read began. */
	writesSeen: number;
	charts: ChartRecord[];
	datasets: DatasetFacts[];
	unreadable: number;
}

export class Gallery {
	/** Every readable saved chart, newest first. */
	charts = $state.raw<ChartRecord[]>([]);
	/** The datasets that exist now (for the data status of each chart). */
	datasets = $state.raw<DatasetFacts[]>([]);
	/** Stored charts left out because their records do not fit (damaged or from elsewhere). */
	unreadable = $state(0);
	/** True once the charts have been read from storage. */
	isLoaded = $state(false);
	loadError = $state<string | null>(null);
	/** The search box. */
	query = $state('');
	sort = $state<GallerySort>('newest');

	/** The charts the search finds, in the chosen order, each with its data status. */
	readonly visible: GalleryItem[] = $derived(
		sortCharts(searchCharts(this.charts, this.query, this.datasets), this.sort).map((chart) => ({
			chart,
			status: chartDataStatus(chart, this.datasets)
		}))
	);

	readonly notices: Notices;
	readonly #storage: QuarryStorage;
	#stop: (() => void) | undefined;
	/** This gallery's own writes finished so far (see #applyWrite). */
	#writesDone = 0;

	constructor(deps: GalleryDeps) {
		this.#storage = deps.storage;
		this.notices = deps.notices ?? new Notices();
	}

	/** Start following storage (idempotent). Returns a function that stops following. */
	start(): () => void {
		this.#stop ??= watch(
			() => this.#read(),
			(snapshot) => {
				// A read that began before one of our own writes finished may miss it; the live
				// query reads again after the write, so keep what the write showed until then.
				if (snapshot.writesSeen === this.#writesDone) this.charts = snapshot.charts;
				this.datasets = snapshot.datasets;
				this.unreadable = snapshot.unreadable;
				this.isLoaded = true;
				this.loadError = null;
			},
			(error) => {
				this.isLoaded = true;
				this.loadError = `Could not read your saved charts: ${messageOf(error)}`;
			}
		);
		return () => this.stop();
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}

	get(id: string): ChartRecord | undefined {
		return this.charts.find((c) => c.id === id);
	}

	statusOf(chart: ChartRecord): ChartDataStatus {
		return chartDataStatus(chart, this.datasets);
	}

	/**
	 * Save a chart. The fingerprints and names of the datasets it reads are taken from storage
	 * now, so the gallery can tell later when their data changed or they were deleted.
	 */
	async save(draft: ChartDraft): Promise<GalleryOutcome> {
		const title = validateChartTitle(draft.title);
		if (!title.ok) return title;
		const description = draft.description.trim();
		if (description.length > MAX_DESCRIPTION_LENGTH) {
			return {
				ok: false,
				message: `A description can be at most ${MAX_DESCRIPTION_LENGTH} characters.`
			};
		}
		if (draft.sql.trim() === '') return { ok: false, message: 'A chart needs the SQL it shows.' };
		const spec = validateChartSpec($state.snapshot(draft.spec));
		if (!spec.ok) return { ok: false, message: `This chart cannot be saved. ${spec.message}` };
		const fields = {
			title: title.title,
			description,
			spec: spec.spec,
			sql: draft.sql,
			datasetIds: draft.datasetIds.filter((id, i, all) => all.indexOf(id) === i),
			...(isSafeThumbnail(draft.thumbnail) ? { thumbnail: draft.thumbnail } : {})
		};
		try {
			const chart = await this.#storage.charts.addWithDatasetFacts(fields);
			this.#upsert(chart);
			await this.#log('chart-saved', chart.id, `Saved chart “${chart.title}”`);
			this.notices.notify('success', `Saved “${chart.title}” to the gallery.`);
			return { ok: true, id: chart.id };
		} catch (error) {
			return { ok: false, message: `Could not save the chart: ${messageOf(error)}` };
		}
	}

	/** Give a chart a new title (trimmed, 1–120 characters). */
	async rename(id: string, title: string): Promise<GalleryOutcome> {
		const checked = validateChartTitle(title);
		if (!checked.ok) return checked;
		const before = this.get(id);
		try {
			const renamed = await this.#storage.charts.rename(id, checked.title);
			if (!renamed) return gone();
			this.#upsert(renamed);
			const from = before ? ` “${before.title}”` : '';
			await this.#log('chart-renamed', id, `Renamed chart${from} to “${renamed.title}”`);
			return { ok: true, id };
		} catch (error) {
			return { ok: false, message: `Could not rename the chart: ${messageOf(error)}` };
		}
	}

	/** Store a copy titled "Copy of …"; returns the copy's id. */
	async duplicate(id: string): Promise<GalleryOutcome> {
		try {
			const original = await this.#storage.charts.get(id);
			if (!original) return this.#report(gone());
			const copy = await this.#storage.charts.duplicate(id, copyTitle(original.title));
			if (!copy) return this.#report(gone());
			this.#upsert(copy);
			await this.#log('chart-duplicated', copy.id, `Copied “${original.title}”`);
			this.notices.notify('success', `Saved a copy: “${copy.title}”.`);
			return { ok: true, id: copy.id };
		} catch (error) {
			return this.#report({ ok: false, message: `Could not copy the chart: ${messageOf(error)}` });
		}
	}

	/** Delete a chart (its datasets stay). */
	async remove(id: string): Promise<GalleryOutcome> {
		const chart = this.get(id) ?? (await this.#storage.charts.get(id).catch(() => undefined));
		try {
			await this.#storage.charts.remove(id);
		} catch (error) {
			return this.#report({
				ok: false,
				message: `Could not delete the chart: ${messageOf(error)}`
			});
		}
		this.#writesDone += 1;
		this.charts = this.charts.filter((c) => c.id !== id);
		if (chart) {
			await this.#log('chart-deleted', id, `Deleted chart “${chart.title}”`);
			this.notices.notify('info', `Deleted “${chart.title}”.`);
		}
		return { ok: true, id };
	}

	async #read(): Promise<Snapshot> {
		const writesSeen = this.#writesDone;
		const [stored, datasets] = await Promise.all([
			this.#storage.charts.list(),
			this.#storage.datasets.list()
		]);
		const charts = stored.map((record) => readSavedChart(record));
		return {
			writesSeen,
			charts: charts.filter((c) => c !== null),
			datasets: datasets.map(({ id, name, tableName, fingerprint }) => ({
				id,
				name,
				tableName,
				fingerprint
			})),
			unreadable: charts.filter((c) => c === null).length
		};
	}

	/** Show a change at once; the live read confirms it moments later. */
	#upsert(chart: ChartRecord): void {
		this.#writesDone += 1;
		const others = this.charts.filter((c) => c.id !== chart.id);
		this.charts = [chart, ...others].sort((a, b) => b.createdAt - a.createdAt);
	}

	#report(outcome: GalleryOutcome): GalleryOutcome {
		if (!outcome.ok) this.notices.notify('error', outcome.message);
		return outcome;
	}

	async #log(kind: ActivityKind, refId: string, summary: string): Promise<void> {
		await this.#storage.activity.log(kind, refId, summary).catch(() => undefined);
	}
}

function gone(): GalleryOutcome {
	return { ok: false, message: 'That chart no longer exists.' };
}
