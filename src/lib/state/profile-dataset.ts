/**
 * Column profiles for a stored dataset (core/profile: null share and count, distinct count,
 * range, most frequent values, numeric histograms), computed by the engine (one statement per few hundred columns) and
 * kept with the dataset's record. Insights, suggested queries, the dataset page and the question
 * box read them.
 */
import { buildProfileStatements, parseProfileRows } from '$lib/core/profile';
import { quoteIdent } from '$lib/core/sql/quote';
import type { DatasetRecord } from '$lib/storage/db';
import type { QuarryStorage } from '$lib/storage/storage';
import { decodeArrow } from './decode-arrow';
import type { EnginePort } from './engine-port';

/** True when every column carries a profile of the current shape (nothing to compute). */
export function hasCurrentProfiles(dataset: Pick<DatasetRecord, 'columns'>): boolean {
	return dataset.columns.every(
		(c) => c.profile !== undefined && Array.isArray(c.profile.topValues)
	);
}

/**
 * Profile `dataset` and store the result. Returns the updated record (undefined if the dataset
 * was deleted meanwhile or has no columns); throws when the engine cannot profile it.
 */
export async function profileDataset(
	engine: EnginePort,
	storage: QuarryStorage,
	dataset: DatasetRecord
): Promise<DatasetRecord | undefined> {
	if (dataset.columns.length === 0) return undefined;
	const statements = buildProfileStatements(quoteIdent(dataset.tableName), dataset.columns, {
		rowCount: dataset.rows
	});
	const rows: Array<Record<string, unknown>> = [];
	for (const sql of statements) {
		const result = await engine.query({ queryId: crypto.randomUUID(), sql });
		if (!result.ok) throw new Error(`Could not profile ${dataset.name}: ${result.error.message}`);
		const table = await decodeArrow(result.value.arrow);
		rows.push(...(table.toArray() as Array<Record<string, unknown>>));
	}
	const profiles = parseProfileRows(rows);
	return storage.datasets.setProfiles(dataset.id, profiles);
}
