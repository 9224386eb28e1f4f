/**
 * The SQL that measures how two columns join (pure): one query per pair or relation, reading
 * each table once. Keys of different type classes are compared as text (TRY_CAST to VARCHAR).
 */
import { quoteIdent } from '../sql/quote';
import { typesComparable } from './candidates';

export interface KeySide {
	/** Unquoted SQL table name. */
	tableName: string;
	column: string;
	type: string;
}

/** What one measuring query returns, as numbers. */
export interface KeyMeasure {
	leftRows: number;
	rightRows: number;
	/** Distinct non-NULL keys on each side. */
	leftKeys: number;
	rightKeys: number;
	/** Distinct keys found on both sides. */
	sharedKeys: number;
	/** Rows with a non-NULL key on each side. */
	leftKeyRows: number;
	rightKeyRows: number;
	/** Rows with a non-NULL key that find no match on the other side. */
	leftOrphanRows: number;
	rightOrphanRows: number;
	/** Most rows sharing one key on each side (0 when a side has no keys). */
	leftMaxPerKey: number;
	rightMaxPerKey: number;
	/** Keys that appear on more than one row, each side. */
	leftDuplicateKeys: number;
	rightDuplicateKeys: number;
}

/** The measured names, in the order the query returns them. */
export const MEASURE_COLUMNS = [
	'leftRows',
	'rightRows',
	'leftKeys',
	'rightKeys',
	'sharedKeys',
	'leftKeyRows',
	'rightKeyRows',
	'leftOrphanRows',
	'rightOrphanRows',
	'leftMaxPerKey',
	'rightMaxPerKey',
	'leftDuplicateKeys',
	'rightDuplicateKeys'
] as const satisfies ReadonlyArray<keyof KeyMeasure>;

/** One query that returns one row with the MEASURE_COLUMNS, as BIGINT. */
export function measureSql(left: KeySide, right: KeySide): string {
	const asText = !typesComparable(left.type, right.type);
	const side = (s: KeySide): string => {
		const column = quoteIdent(s.column);
		const key = asText ? `TRY_CAST(${column} AS VARCHAR)` : column;
		return (
			`SELECT ${key} AS k, count(*) AS n FROM ${quoteIdent(s.tableName)} ` +
			`WHERE ${key} IS NOT NULL GROUP BY ALL`
		);
	};
	const total = (s: KeySide): string => `(SELECT count(*) FROM ${quoteIdent(s.tableName)})`;
	return [
		`WITH l AS (${side(left)}), r AS (${side(right)})`,
		'SELECT',
		`  CAST(${total(left)} AS BIGINT) AS "leftRows",`,
		`  CAST(${total(right)} AS BIGINT) AS "rightRows",`,
		'  CAST(count(l.k) AS BIGINT) AS "leftKeys",',
		'  CAST(count(r.k) AS BIGINT) AS "rightKeys",',
		'  CAST(count(*) FILTER (WHERE l.k IS NOT NULL AND r.k IS NOT NULL) AS BIGINT) AS "sharedKeys",',
		'  CAST(coalesce(sum(l.n), 0) AS BIGINT) AS "leftKeyRows",',
		'  CAST(coalesce(sum(r.n), 0) AS BIGINT) AS "rightKeyRows",',
		'  CAST(coalesce(sum(l.n) FILTER (WHERE r.k IS NULL), 0) AS BIGINT) AS "leftOrphanRows",',
		'  CAST(coalesce(sum(r.n) FILTER (WHERE l.k IS NULL), 0) AS BIGINT) AS "rightOrphanRows",',
		'  CAST(coalesce(max(l.n), 0) AS BIGINT) AS "leftMaxPerKey",',
		'  CAST(coalesce(max(r.n), 0) AS BIGINT) AS "rightMaxPerKey",',
		'  CAST(count(*) FILTER (WHERE l.n > 1) AS BIGINT) AS "leftDuplicateKeys",',
		'  CAST(count(*) FILTER (WHERE r.n > 1) AS BIGINT) AS "rightDuplicateKeys"',
		'FROM l FULL OUTER JOIN r ON l.k = r.k'
	].join('\n');
}

/** The measure from a result row (numbers or bigints by name); undefined when a field is absent. */
export function keyMeasureOf(row: Record<string, unknown>): KeyMeasure | undefined {
	const measure: Partial<KeyMeasure> = {};
	for (const name of MEASURE_COLUMNS) {
		const value = row[name];
		const number = typeof value === 'bigint' ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isFinite(number)) return undefined;
		measure[name] = number;
	}
	return measure as KeyMeasure;
}
