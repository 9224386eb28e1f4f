/**
 * Column profiles as the dataset page writes them: nulls, distinct counts, ranges, values and a
 * sentence describing a histogram for screen readers.
 */
import type { ColumnProfile, HistogramBin, ValueCount } from '$lib/core/catalog/types';
import { formatCount } from '$lib/core/format';

/** `0.2, 1` → `20% (1)`; tiny shares are not rounded to 0 % or 100 %. */
export function formatNulls(profile: Pick<ColumnProfile, 'nullShare' | 'nullCount'>): string {
	const { nullShare, nullCount } = profile;
	const percent =
		nullShare > 0 && nullShare < 0.01
			? '<1%'
			: nullShare < 1 && nullShare > 0.99
				? '>99%'
				: `${Math.round(nullShare * 100)}%`;
	return nullCount === undefined ? percent : `${percent} (${formatCount(nullCount)})`;
}

/** A number, date or text value, short: at most 4 decimals, no thousands separators for years. */
export function formatValue(value: ValueCount['value'] | undefined): string {
	if (value === null || value === undefined) return '—';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	if (typeof value === 'number') {
		if (Number.isInteger(value)) return String(value);
		return value.toLocaleString('en-US', { maximumFractionDigits: 4, useGrouping: false });
	}
	if (value === '') return '(empty text)';
	return value.replace(/T00:00:00$/, '');
}

/** `min – max`, one value when they are equal, `—` when the column has no range. */
export function formatRange(profile: Pick<ColumnProfile, 'min' | 'max'>): string {
	const { min, max } = profile;
	if (min === null || min === undefined || max === null || max === undefined) return '—';
	if (min === max) return formatValue(min);
	return `${formatValue(min)} – ${formatValue(max)}`;
}

/** A sentence for screen readers: the range covered and the fullest bar. */
export function describeHistogram(column: string, bins: readonly HistogramBin[]): string {
	if (bins.length === 0) return `No histogram for ${column}.`;
	const fullest = bins.reduce((best, bin) => (bin.count > best.count ? bin : best), bins[0]);
	const total = bins.reduce((sum, bin) => sum + bin.count, 0);
	return (
		`Histogram of ${column}: ${formatCount(bins.length, 'bar')} from ` +
		`${formatValue(bins[0].start)} to ${formatValue(bins[bins.length - 1].end)}, ` +
		`${formatCount(total, 'value')}; most (${formatCount(fullest.count)}) between ` +
		`${formatValue(fullest.start)} and ${formatValue(fullest.end)}.`
	);
}
