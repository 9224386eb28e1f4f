/**
 * Column profiles for a stored dataset (null and distinct counts, range), computed by the engine
 * in one statement after import and kept with the dataset's record. The dashboard's insights and
 * suggested queries read them. Best effort: a failure leaves the columns unprofiled.
 */
import { buildProfileSql } from '$lib/core/profile';
import { quoteIdent } from '$lib/core/sql/quote';
import type { ColumnProfile, DatasetRecord } from '$lib/storage/db';
import type { QuarryStorage } from '$lib/storage/storage';
import { decodeArrow } from './decode-arrow';
import type { EnginePort } from './engine-port';

/** Profile `dataset` and store the result; returns the updated record, undefined on failure. */
export async function profileDataset(
	engine: EnginePort,
	storage: QuarryStorage,
	dataset: DatasetRecord
): Promise<DatasetRecord | undefined> {
	if (dataset.columns.length === 0) return undefined;
	const sql = buildProfileSql(quoteIdent(dataset.tableName), dataset.columns, {
		topN: 0,
		rowCount: dataset.rows
	});
	const result = await engine.query({ queryId: crypto.randomUUID(), sql });
	if (!result.ok) return undefined;
	const table = await decodeArrow(result.value.arrow);
	const profiles: Record<string, ColumnProfile> = {};
	for (const row of table.toArray() as Array<Record<string, unknown>>) {
		const name = row.column_name;
		if (typeof name !== 'string') continue;
		const rows = Number(row.row_count);
		profiles[name] = {
			nullCount: rows - Number(row.non_null_count),
			distinctCount: Number(row.distinct_count),
			min: textOrNull(row.min_value),
			max: textOrNull(row.max_value)
		};
	}
	return storage.datasets.setProfiles(dataset.id, profiles);
}

function textOrNull(value: unknown): string | null {
	return value === null || value === undefined ? null : String(value);
}
