/** Record builders shared by storage and state specs. */
import type { ColumnProfile, ContextRecord, DatasetRecord } from '$lib/storage/records';

let counter = 0;

/** A complete DatasetRecord with sensible values; override what a test cares about. */
export function makeDatasetRecord(overrides: Partial<DatasetRecord> = {}): DatasetRecord {
	counter += 1;
	const id = overrides.id ?? `dataset-${counter}`;
	return {
		id,
		name: `Dataset ${counter}`,
		tableName: `dataset_${counter}`,
		source: `dataset-${counter}.csv`,
		format: 'csv',
		sourceBytes: 100,
		storedBytes: 80,
		storedFormat: 'arrow',
		rows: 3,
		columns: [{ name: 'a', type: 'BIGINT' }],
		fingerprint: '0'.repeat(64),
		version: 1,
		createdAt: 1_000 + counter,
		updatedAt: 1_000 + counter,
		lastUsedAt: 1_000 + counter,
		useCount: 0,
		...overrides
	};
}

/** A fresh database name so specs never share data. */
/** A column profile with no nulls, no values listed and no histogram, plus `overrides`. */
export function makeProfile(overrides: Partial<ColumnProfile> = {}): ColumnProfile {
	return { distinctCount: 0, nullShare: 0, nullCount: 0, topValues: [], ...overrides };
}

export function freshDbName(label: string): string {
	counter += 1;
	return `quarry-test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** An empty context record with this id and name (for storage and sync specs). */
export function makeContextRecord(id: string, name: string): ContextRecord {
	return {
		id,
		name,
		datasetIds: [],
		relations: [],
		metrics: [],
		descriptions: [],
		synonyms: [],
		notes: '',
		version: 1,
		createdAt: 1,
		updatedAt: 1
	};
}
