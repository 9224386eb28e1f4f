/**
 * Stored datasets as the catalog reads them. A column's profile is passed on only when it has
 * the catalog's shape (distinct count, null share, top values); older or partial profiles are
 * left out rather than guessed at. Datasets that share a name (the same file imported twice) are
 * named by their SQL table names, which are unique, so readings and refusals can tell them apart.
 */
import type { CatalogSource } from '../catalog/from-datasets';
import type { CatalogColumn, ColumnProfile } from '../catalog/types';

export interface StoredDatasetShape {
	name: string;
	tableName: string;
	rows: number;
	columns: ReadonlyArray<{ name: string; type: string; profile?: unknown }>;
}

/** The datasets as catalog sources, each under a name no other dataset in the list has. */
export function catalogSourcesOf(datasets: readonly StoredDatasetShape[]): CatalogSource[] {
	const counts = new Map<string, number>();
	for (const dataset of datasets) {
		const key = nameKey(dataset.name);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return datasets.map((dataset) => {
		const source = catalogSourceOf(dataset);
		const isShared = (counts.get(nameKey(dataset.name)) ?? 0) > 1;
		return isShared ? { ...source, name: dataset.tableName } : source;
	});
}

function nameKey(name: string): string {
	return name.trim().toLowerCase();
}

export function catalogSourceOf(dataset: StoredDatasetShape): CatalogSource {
	return {
		name: dataset.name,
		tableName: dataset.tableName,
		rows: dataset.rows,
		columns: dataset.columns.map((column): CatalogColumn => {
			const { name, type, profile } = column;
			return isCatalogProfile(profile) ? { name, type, profile } : { name, type };
		})
	};
}

export function isCatalogProfile(value: unknown): value is ColumnProfile {
	if (typeof value !== 'object' || value === null) return false;
	const profile = value as Record<string, unknown>;
	return (
		typeof profile.distinctCount === 'number' &&
		typeof profile.nullShare === 'number' &&
		Array.isArray(profile.topValues)
	);
}
