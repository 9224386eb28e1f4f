/** How the Contexts page writes measured numbers: shares as percentages, counts with separators. */
import type { RelationKind } from '$lib/core/contexts/types';

/** 0..1 as a percentage: "100%", "98.5%", "0.2%", and "< 0.1%" for tiny non-zero shares. */
export function percent(share: number): string {
	if (!Number.isFinite(share)) return '–';
	if (share > 0 && share < 0.001) return '< 0.1%';
	const value = share * 100;
	return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

export function count(n: number): string {
	return Number.isFinite(n) ? n.toLocaleString('en-US') : '–';
}

/** "many-to-one" → "many to one". */
export function kindLabel(kind: RelationKind | undefined): string {
	return kind ? kind.replaceAll('-', ' ') : 'not set';
}

/** A column choice as one option value, and back (dataset ids and column names are free text). */
export function columnKey(datasetId: string, column: string): string {
	return JSON.stringify([datasetId, column]);
}

export function parseColumnKey(key: string): { datasetId: string; column: string } | null {
	try {
		const value: unknown = JSON.parse(key);
		if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
			return { datasetId: value[0], column: value[1] };
		}
	} catch {
		// not a column key
	}
	return null;
}

/** A metric's value in its format: separators, whole numbers, percent (0..1 → %) or 2 decimals. */
export function metricValue(
	value: string | number | null | undefined,
	format: 'number' | 'integer' | 'percent' | 'currency' | undefined
): string {
	if (value === null || value === undefined) return 'no value';
	const n = typeof value === 'number' ? value : Number(value);
	if (typeof value === 'string' && (value.trim() === '' || !Number.isFinite(n))) return value;
	if (!Number.isFinite(n)) return String(value);
	switch (format) {
		case 'integer':
			return Math.round(n).toLocaleString('en-US');
		case 'percent':
			return `${(n * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
		case 'currency':
			return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
		default:
			return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
	}
}
