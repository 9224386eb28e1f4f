/**
 * The dataset list as storage has it, kept live across tabs (storage/live.ts), and which engine
 * tables a change leaves stale.
 */
import type { DatasetRecord } from '$lib/storage/db';
import { watch } from '$lib/storage/live';
import type { QuarryStorage } from '$lib/storage/storage';

export interface LiveDatasets {
	/** Settles once the first listing has arrived or failed. */
	first: Promise<void>;
	stop(): void;
}

/**
 * Call `onList` with the stored datasets (newest first) now and after every change to them, in
 * this tab or another one. `isFirst` marks the initial listing.
 */
export function watchDatasets(
	storage: QuarryStorage,
	onList: (datasets: DatasetRecord[], isFirst: boolean) => void,
	onError: (error: unknown) => void
): LiveDatasets {
	let isFirst = true;
	let settle: () => void = () => {};
	const first = new Promise<void>((resolve) => (settle = resolve));
	const stop = watch(
		() => storage.datasets.list(),
		(datasets) => {
			onList(datasets, isFirst);
			isFirst = false;
			settle();
		},
		(error) => {
			onError(error);
			settle();
		}
	);
	return { first, stop };
}

/**
 * Table names an engine may hold for `shown` datasets that no longer name the same dataset in
 * `stored`: the dataset was deleted, or renamed so that its table has another name now.
 */
export function staleTableNames(shown: DatasetRecord[], stored: DatasetRecord[]): string[] {
	const current = new Map(stored.map((d) => [d.id, d.tableName]));
	return shown.filter((d) => current.get(d.id) !== d.tableName).map((d) => d.tableName);
}

/**
 * The stored list as this tab should show it. A listing read before this tab's own latest write
 * can arrive after it: it never takes a shown record back to an older version, nor brings back
 * a dataset this tab has deleted since the listing was read.
 */
export function followStored(
	shown: readonly DatasetRecord[],
	stored: readonly DatasetRecord[],
	deleted: ReadonlySet<string>
): DatasetRecord[] {
	const byId = new Map(shown.map((d) => [d.id, d]));
	return stored
		.filter((record) => !deleted.has(record.id))
		.map((record) => {
			const current = byId.get(record.id);
			return current && current.version > record.version ? current : record;
		});
}
