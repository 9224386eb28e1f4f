/**
 * SQL quoting for DuckDB. Every identifier and literal Quarry writes into SQL goes through here.
 */

/** Quote an identifier (table or column name): `my "col"` → `"my ""col"""`. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a string literal: `O'Hare` → `'O''Hare'`. */
export function quoteString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** Render a JS value as a DuckDB literal. Numbers must be finite. */
export function quoteLiteral(value: string | number | boolean | null | bigint): string {
	if (value === null) return 'NULL';
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	if (typeof value === 'bigint') return value.toString();
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} as a SQL number`);
		return String(value);
	}
	return quoteString(value);
}
