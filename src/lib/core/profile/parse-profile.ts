/**
 * Turns the rows of buildProfileSql's statement into ColumnProfiles (core/catalog).
 * Rows may come straight from Arrow (bigints, list vectors, struct rows) or as plain JSON.
 */
import type { ColumnProfile, HistogramBin } from '../catalog/types';
import type { ColumnKind } from './column-kind';

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
	const nullCount = rowCount - toNumber(row.non_null_count);
	const topValues = toPlainArray(row.top_values).map((entry) => {
		const item = toPlainObject(entry);
		return { value: parseValue(item.value, kind), count: toNumber(item.count) };
	});
	const profile: ColumnProfile = {
		distinctCount: toNumber(row.distinct_count),
		nullShare: rowCount > 0 ? nullCount / rowCount : 0,
		nullCount,
		min: parseRangeValue(row.min_value, kind),
		max: parseRangeValue(row.max_value, kind),
		topValues
	};
	const values = toPlainArray(row.value_list).filter((v): v is string => typeof v === 'string');
	if (kind === 'text' && row.value_list !== null && row.value_list !== undefined) {
		profile.values = values;
	}
	const histogram = parseHistogram(row);
	if (histogram) profile.histogram = histogram;
	return profile;
}

/** Every bar, empty ones included; undefined when the column has no histogram. */
function parseHistogram(row: Record<string, unknown>): HistogramBin[] | undefined {
	if (row.hist_bins === null || row.hist_bins === undefined) return undefined;
	const entries = toPlainArray(row.histogram);
	if (entries.length === 0) return undefined;
	const bins = toNumber(row.hist_bins);
	const start = toNumber(row.hist_start);
	const width = toNumber(row.hist_width);
	const end = toNumber(row.hist_end);
	const counts = new Array<number>(bins).fill(0);
	for (const entry of entries) {
		const item = toPlainObject(entry);
		const index = toNumber(item.key);
		if (index >= 0 && index < bins) counts[index] += toNumber(item.value);
	}
	return counts.map((count, i) => ({
		start: start + i * width,
		end: i === bins - 1 ? end : start + (i + 1) * width,
		count
	}));
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
