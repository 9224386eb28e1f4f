/**
 * The result cache key (pure): the normalised SQL and the fingerprint of every stored table the
 * statement reads, hashed. A dataset with new data has a new fingerprint, so a result computed
 * from its old data can never be found under the new key.
 */

/** A table the statement reads, by its SQL table name, and the SHA-256 of its stored copy. */
export interface TableRead {
	tableName: string;
	fingerprint: string;
}

/** SHA-256 of some text as lower-case hex (crypto.subtle in the app, Node's in tests). */
export type Sha256Hex = (text: string) => Promise<string>;

/**
 * The canonical text behind a key: a version tag, the reads sorted by lower-cased table name
 * (DuckDB matches names ignoring case), then the SQL. JSON keeps the parts apart.
 */
export function canonicalResultKey(normalisedSql: string, reads: readonly TableRead[]): string {
	const tables = reads
		.map((r) => [r.tableName.toLowerCase(), r.fingerprint] as const)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.filter(([name], i, all) => i === 0 || all[i - 1][0] !== name);
	return JSON.stringify(['result-v1', tables, normalisedSql]);
}

export async function resultCacheKey(
	normalisedSql: string,
	reads: readonly TableRead[],
	sha256Hex: Sha256Hex
): Promise<string> {
	return sha256Hex(canonicalResultKey(normalisedSql, reads));
}
