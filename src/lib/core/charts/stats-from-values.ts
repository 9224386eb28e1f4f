/**
 * Result column statistics computed in JS from the rows, for results whose SQL cannot be wrapped
 * in a subquery (e.g. `SHOW TABLES`, `DESCRIBE t`); those results are small.
 */
import { columnKind } from '../profile/column-kind';
import { DATE_TEXT_PATTERNS } from './time-text';
import type { ResultColumnStats } from './types';
import type { ResultColumn } from './result-stats';

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** A Date as DuckDB prints a TIMESTAMP (UTC fields, as Arrow hands DuckDB times to JS). */
function timestampText(date: Date): string {
	return (
		`${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
		`${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
	);
}

function timeValue(value: unknown): string | null {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : timestampText(value);
	if (typeof value === 'number' || typeof value === 'bigint') {
		const date = new Date(Number(value));
		return Number.isNaN(date.getTime()) ? null : timestampText(date);
	}
	return typeof value === 'string' ? value : null;
}

function key(value: unknown): string {
	if (typeof value === 'bigint') return `n${value}`;
	if (typeof value === 'number') return `n${value}`;
	if (value instanceof Date) return `d${value.getTime()}`;
	if (typeof value === 'string') return `s${value}`;
	try {
		return `j${JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`;
	} catch {
		return `o${String(value)}`;
	}
}

function numberOf(value: unknown): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value === 'bigint') return Number(value);
	if (typeof value === 'string' && value.trim() !== '') {
		const n = Number(value);
		return Number.isFinite(n) ? n : null;
	}
	return null;
}

function extremes<T>(values: T[], less: (a: T, b: T) => boolean): [T | null, T | null] {
	let min: T | null = null;
	let max: T | null = null;
	for (const value of values) {
		if (min === null || less(value, min)) min = value;
		if (max === null || less(max, value)) max = value;
	}
	return [min, max];
}

function columnStats(column: ResultColumn, values: unknown[]): ResultColumnStats {
	const present = values.filter((v) => v !== null && v !== undefined);
	const kind = columnKind(column.type);
	const stats: ResultColumnStats = {
		name: column.name,
		type: column.type,
		rows: values.length,
		nonNull: present.length,
		distinct: new Set(present.map(key)).size,
		min: null,
		max: null
	};
	if (kind === 'integer' || kind === 'number') {
		const numbers = present.map(numberOf).filter((n): n is number => n !== null);
		[stats.min, stats.max] = extremes(numbers, (a, b) => a < b);
	} else if (kind === 'date') {
		const times = present.map(timeValue).filter((t): t is string => t !== null);
		[stats.min, stats.max] = extremes(times, (a, b) => a < b);
	} else if (kind === 'boolean') {
		const texts = present.map((v) => String(v));
		[stats.min, stats.max] = extremes(texts, (a, b) => a < b);
	} else if (kind === 'text') {
		const texts = present.filter((v): v is string => typeof v === 'string');
		[stats.min, stats.max] = extremes(texts, (a, b) => a < b);
		const share = (n: number) => (texts.length === 0 ? 0 : n / texts.length);
		const dates = texts.filter((t) => DATE_TEXT_PATTERNS.some((p) => p.test(t.trim())));
		stats.avgLength = share(texts.reduce((sum, t) => sum + t.length, 0));
		stats.dateShare = share(dates.length);
		stats.numberShare = share(texts.filter((t) => numberOf(t) !== null).length);
		const iso = dates.filter((d) => DATE_TEXT_PATTERNS[0].test(d.trim()));
		const sorted = iso.map((d) => d.trim().replace('T', ' ')).sort();
		if (sorted.length > 0) {
			stats.dateMin = sorted[0];
			stats.dateMax = sorted[sorted.length - 1];
		}
	}
	return stats;
}

/** The same statistics as buildResultStatsSql, from the values of each column (exact distinct counts). */
export function statsFromValues(
	columns: ResultColumn[],
	valuesByColumn: unknown[][]
): ResultColumnStats[] {
	return columns.map((column, i) => columnStats(column, valuesByColumn[i] ?? []));
}
