/**
 * Renaming a dataset: the display name is free text; the SQL table name follows it
 * (core/sql/table-name.ts) and changes in the engine and in storage together.
 */
import { deriveTableNameFromLabel } from '$lib/core/sql/table-name';
import type { DatasetRecord } from '$lib/storage/db';
import type { QuarryStorage } from '$lib/storage/storage';
import type { EnginePort } from './engine-port';

export const MAX_NAME_LENGTH = 120;

/** Trim a display name and check it; the message is shown to the user as is. */
export function validateDatasetName(
	name: string
): { ok: true; name: string } | { ok: false; message: string } {
	const trimmed = name.trim();
	if (trimmed === '') return { ok: false, message: 'A name cannot be empty.' };
	if (trimmed.length > MAX_NAME_LENGTH) {
		return { ok: false, message: `A name can have at most ${MAX_NAME_LENGTH} characters.` };
	}
	return { ok: true, name: trimmed };
}

export async function renameDataset(options: {
	engine: EnginePort;
	storage: QuarryStorage;
	dataset: DatasetRecord;
	name: string;
	/** Table names of the other datasets. */
	takenTableNames: string[];
}): Promise<{ ok: true; record: DatasetRecord } | { ok: false; message: string }> {
	const { engine, dataset } = options;
	const valid = validateDatasetName(options.name);
	if (!valid.ok) return valid;
	const tableName = deriveTableNameFromLabel(valid.name, options.takenTableNames);
	const isNewTable = tableName !== dataset.tableName;
	if (isNewTable) {
		const renamed = await engine.rename({ from: dataset.tableName, to: tableName });
		if (!renamed.ok) return { ok: false, message: renamed.error.message };
	}
	let record: DatasetRecord | undefined;
	let failure = 'That dataset no longer exists.';
	try {
		record = await options.storage.datasets.rename(dataset.id, valid.name, tableName);
	} catch (err) {
		failure = `Could not save the new name: ${err instanceof Error ? err.message : String(err)}`;
	}
	if (!record) {
		if (isNewTable) await engine.rename({ from: tableName, to: dataset.tableName });
		return { ok: false, message: failure };
	}
	return { ok: true, record };
}
