/**
 * Coarse kinds of DuckDB column types, as far as profiling cares.
 */

export type ColumnKind = 'integer' | 'number' | 'date' | 'boolean' | 'text' | 'nested';

const INTEGER_TYPES = new Set([
	'TINYINT',
	'SMALLINT',
	'INTEGER',
	'INT',
	'BIGINT',
	'HUGEINT',
	'UTINYINT',
	'USMALLINT',
	'UINTEGER',
	'UBIGINT',
	'UHUGEINT'
]);
const FLOAT_TYPES = new Set(['FLOAT', 'REAL', 'DOUBLE']);

/** Classify a DuckDB type name such as `BIGINT`, `DECIMAL(10,2)`, `TIMESTAMP_S` or `VARCHAR[]`. */
export function columnKind(type: string): ColumnKind {
	const t = type.trim().toUpperCase();
	if (t.endsWith(']') || /^(STRUCT|MAP|UNION|LIST)\b/.test(t)) return 'nested';
	if (INTEGER_TYPES.has(t)) return 'integer';
	if (FLOAT_TYPES.has(t) || t.startsWith('DECIMAL') || t.startsWith('NUMERIC')) return 'number';
	if (t === 'DATE' || t.startsWith('TIMESTAMP') || t === 'DATETIME') return 'date';
	if (t === 'BOOLEAN' || t === 'BOOL') return 'boolean';
	return 'text';
}
