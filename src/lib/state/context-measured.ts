/** Measurements of a context as the Contexts page keeps them, and what the measurer is given. */
import type { MeasureDataset } from '$lib/core/contexts/types';
import type { DatasetRecord } from '$lib/storage/records';

/**
 * A measurement for one context version (`version`: indices in the report refer to it) over the
 * datasets as they were (`key` also holds their fingerprints: re-imported data is measured again).
 */
export type Measured<T> = { version: number; key: string } & (
	{ status: 'measuring' } | { status: 'done'; report: T } | { status: 'failed'; message: string }
);

/** What the measurer needs to know about a stored dataset. */
export function measureDataset(dataset: DatasetRecord): MeasureDataset {
	const { id, name, tableName, fingerprint, rows, columns } = dataset;
	return { id, name, tableName, fingerprint, rows, columns };
}

export function settled<T>(
	version: number,
	key: string,
	outcome: { ok: true; value: T } | { ok: false; message: string }
): Measured<T> {
	return outcome.ok
		? { status: 'done', version, key, report: outcome.value }
		: { status: 'failed', version, key, message: outcome.message };
}
