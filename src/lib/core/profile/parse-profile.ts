/**
 * Turns the rows of buildProfileSql's statement into ColumnProfiles (the NL engine's view).
 * Rows may come straight from Arrow (bigints, list vectors, struct rows) or as plain JSON.
 */
import type { ColumnProfile } from '../catalog/types';
import type { ColumnKind } from './column-kind';

/** Integer columns with at most this many distinct values keep their most frequent values. */
export const CATEGORICAL_INTEGER_MAX_DISTINCT = 50;

export function parseProfileRows(rows: Record<string, unknown>[]): Record<string, ColumnProfile> {
	const profiles: Record<string, ColumnProfile> = {};
	for (const row of rows) {
		const name = row.column_name;
		if (typeof name !== 'string') throw new TypeError('Profile row has no column_name');
		profiles[name] = parseRow(row);
	}
	return profiles;
}

function parseRow(row: Record<string, unknown>): ColumnProfile {
	const kind = String(row.column_kind ?? 'text') as ColumnKind;
	const rowCount = toNumber(row.row_count);
	const nonNull = toNumber(row.non_null_count);
	const distinctCount = toNumber(row.distinct_count);
	const nullShare = rowCount > 0 ? (rowCount - nonNull) / rowCount : 0;
	const isCategorical = kind !== 'integer' || distinctCount <= CATEGORICAL_INTEGER_MAX_DISTINCT;
	const topValues = isCategorical
		? toPlainArray(row.top_values).map((entry) => {
				const item = toPlainObject(entry);
				return { value: parseValue(item.value, kind), count: toNumber(item.count) };
			})
		: [];
	return {
		distinctCount,
		nullShare,
		min: parseRangeValue(row.min_value, kind),
		max: parseRangeValue(row.max_value, kind),
		topValues
	};
}

function parseRangeValue(raw: unknown, kind: ColumnKind): string | number | null {
	const value = parseValue(raw, kind);
	return typeof value === 'boolean' ? null : value;
}

function parseValue(raw: unknown, kind: ColumnKind): string | number | boolean | null {
	if (raw === null || raw === undefined) return null;
	const text = String(raw);
	if (kind === 'integer' || kind === 'number') {
		const n = Number(text);
		return Number.isFinite(n) ? n : text;
	}
	if (kind === 'boolean') return text === 'true';
	if (kind === 'date') return text.replace(/^(\d{4,}-\d\d-\d\d) (\d)/, '$1T$2');
	return text;
}

function toNumber(value: unknown): number {
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && value.trim() !== '') return Number(value);
	return 0;
}

/** Accepts plain arrays, Arrow vectors (toArray) and other iterables. */
function toPlainArray(value: unknown): unknown[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) return value;
	if (typeof value === 'object') {
		const withToArray = value as { toArray?: () => ArrayLike<unknown> };
		if (typeof withToArray.toArray === 'function') return Array.from(withToArray.toArray());
		if (Symbol.iterator in value) return Array.from(value as Iterable<unknown>);
	}
	return [];
}

/** Accepts plain objects and Arrow struct rows (toJSON). */
function toPlainObject(value: unknown): Record<string, unknown> {
	if (value === null || typeof value !== 'object') return {};
	const withToJson = value as { toJSON?: () => Record<string, unknown> };
	if (typeof withToJson.toJSON === 'function') return withToJson.toJSON();
	return value as Record<string, unknown>;
}
