/**
 * The catalog the question box offers: one table per dataset, named as in SQL.
 */
import { quoteIdent } from '../sql/quote';
import type { Catalog, CatalogColumn } from './types';

/** The parts of a stored dataset the catalog needs (structural: core does not import storage). */
export interface CatalogSource {
	name: string;
	tableName: string;
	rows: number;
	columns: CatalogColumn[];
}

export function catalogFromDatasets(datasets: readonly CatalogSource[]): Catalog {
	return {
		tables: datasets.map((dataset) => ({
			quotedName: quoteIdent(dataset.tableName),
			humanName: dataset.name,
			rowCount: dataset.rows,
			columns: dataset.columns.map((column) =>
				column.profile
					? { name: column.name, type: column.type, profile: column.profile }
					: { name: column.name, type: column.type }
			)
		}))
	};
}
