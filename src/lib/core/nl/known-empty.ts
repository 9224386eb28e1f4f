/**
 * Answers known to be empty before they run, from the profiles alone: a table whose data a
 * condition of the question cannot meet fits the question worse than one whose data can.
 */
import type { Attempt } from './pipeline';

/**
 * The answer is known to be empty before it runs: a period outside the data's years ("in March
 * 2003" of a table that ends in 1821), or a number beyond the column's range ("price above
 * 1500" where prices stop at 707). Another table whose data the condition can meet fits better.
 * A table with one year of data, asked for a series of years, counts as empty too: its answer
 * is one row where the question wants a row per year.
 */
export function isKnownEmpty(a: Attempt): boolean {
	if (a.isOutsideTime) return true;
	const time = a.plan?.time?.profile;
	const span = { min: yearOf(time?.min), max: yearOf(time?.max) };
	// "lowest temperature each year" of a table that spans one year: one group, not a series
	if (a.intent?.timeGrain?.grain === 'year' && span.min === span.max) return true;
	const byYear = (a.intent?.groups ?? []).filter((g) => g.grain === 'year');
	if (byYear.some((g) => yearOf(g.column.profile?.min) === yearOf(g.column.profile?.max))) {
		return true;
	}
	return (a.intent?.filters ?? []).some((f) => {
		if (f.than) return false; // one column against another: the profiles cannot tell
		if (!f.column && (f.part === 'date' || f.part === 'year')) {
			return isOutside(f.op, f.values.map(yearOf), span);
		}
		const isNumber = f.column?.kind === 'number' || f.column?.kind === 'year';
		const profile = isNumber && !f.part ? f.column?.profile : undefined;
		const range = { min: Number(profile?.min ?? NaN), max: Number(profile?.max ?? NaN) };
		return profile !== undefined && isOutside(f.op, f.values.map(Number), range);
	});
}

/** Whether no value in [min, max] meets the condition. */
function isOutside(op: string, values: number[], range: { min: number; max: number }): boolean {
	const { min, max } = range;
	const [v0, v1] = values;
	if ([min, max, v0].some((n) => Number.isNaN(n))) return false;
	switch (op) {
		case 'gt':
			return v0 >= max;
		case 'gte':
			return v0 > max;
		case 'lt':
			return v0 <= min;
		case 'lte':
			return v0 < min;
		case 'eq':
			return v0 < min || v0 > max;
		case 'between':
			return Number.isNaN(v1) ? false : Math.max(v0, v1) < min || Math.min(v0, v1) > max;
		default:
			return false;
	}
}

function yearOf(value: unknown): number {
	if (typeof value === 'number') return value;
	return typeof value === 'string' ? Number(value.slice(0, 4)) : NaN;
}
