/**
 * How each dataset a link reads is found on this device: the same stored copy (fingerprint),
 * else a dataset with the same name and the same columns, else nothing — then the user drops
 * the file or uses the link's inline sample.
 */
import type { ShareColumn, ShareDataset } from './types';

export interface LocalDataset {
	id: string;
	name: string;
	tableName: string;
	fingerprint: string;
	columns: readonly ShareColumn[];
}

export type DatasetMatch =
	| { kind: 'fingerprint'; localId: string; tableName: string }
	| { kind: 'name-schema'; localId: string; tableName: string }
	| {
			kind: 'missing';
			/** A local dataset already uses the link's table name (with other data or columns). */
			conflictId?: string;
	  };

/** True when both have the same columns in the same order (names exact, types ignoring case). */
export function sameSchema(a: readonly ShareColumn[], b: readonly ShareColumn[]): boolean {
	return (
		a.length === b.length &&
		a.every((c, i) => c.name === b[i].name && c.type.toUpperCase() === b[i].type.toUpperCase())
	);
}

export function matchDataset(linked: ShareDataset, local: readonly LocalDataset[]): DatasetMatch {
	const byPrint = local.find((d) => d.fingerprint === linked.fingerprint);
	if (byPrint) return { kind: 'fingerprint', localId: byPrint.id, tableName: byPrint.tableName };
	const byName = local.find((d) => d.name === linked.name && sameSchema(d.columns, linked.columns));
	if (byName) return { kind: 'name-schema', localId: byName.id, tableName: byName.tableName };
	const conflict = local.find((d) => d.tableName.toLowerCase() === linked.tableName.toLowerCase());
	return conflict ? { kind: 'missing', conflictId: conflict.id } : { kind: 'missing' };
}

/** Match every dataset of a link, in order. */
export function matchDatasets(
	linked: readonly ShareDataset[],
	local: readonly LocalDataset[]
): DatasetMatch[] {
	return linked.map((d) => matchDataset(d, local));
}

/**
 * The link's SQL with each matched dataset's table name swapped for the local one, when they
 * differ. Only whole identifiers outside strings and comments are replaced.
 */
export function renameTables(sql: string, renames: ReadonlyMap<string, string>): string {
	if (renames.size === 0) return sql;
	return sql.replace(
		/('(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_][A-Za-z0-9_$]*)/g,
		(token) => {
			if (token.startsWith('"')) {
				const inner = token.slice(1, -1).replaceAll('""', '"');
				const to = renames.get(inner.toLowerCase());
				return to === undefined ? token : `"${to.replaceAll('"', '""')}"`;
			}
			const to = renames.get(token.toLowerCase());
			return to === undefined ? token : `"${to.replaceAll('"', '""')}"`;
		}
	);
}

/**
 * The link's SQL as it runs here: `tableNames[i]` is where link dataset `i` is found (null
 * when it keeps the link's own name, e.g. a sample table).
 */
export function sqlForTables(
	payload: { sql: string; datasets: readonly { tableName: string }[] },
	tableNames: readonly (string | null)[]
): string {
	const renames = new Map<string, string>();
	payload.datasets.forEach((d, i) => {
		const here = tableNames[i];
		if (here && here !== d.tableName) renames.set(d.tableName.toLowerCase(), here);
	});
	return renameTables(payload.sql, renames);
}
