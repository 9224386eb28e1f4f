/**
 * Counts and timings over query history, for the dashboard's cards and usage panel. Pure: time
 * comes in as `now` or as local day ranges the caller built, never from the clock.
 */
import type { DayRange, QueryStat } from './types';

export interface QueryCounts {
	today: number;
	allTime: number;
}

/** Runs that started within `today` (failed runs included: they were run), and all runs. */
export function countQueries(stats: readonly QueryStat[], today: DayRange): QueryCounts {
	let inToday = 0;
	for (const stat of stats) {
		if (stat.startedAt >= today.start && stat.startedAt < today.end) inToday++;
	}
	return { today: inToday, allTime: stats.length };
}

/** Median time of successful runs; null when there are none. Failed runs say nothing of speed. */
export function medianQueryMs(stats: readonly QueryStat[]): number | null {
	const times: number[] = [];
	for (const stat of stats) if (!stat.isFailed && Number.isFinite(stat.ms)) times.push(stat.ms);
	return median(times);
}

/** The middle value (mean of the two middle values for an even count); null for none. */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface DayCount {
	date: string;
	queries: number;
}

/**
 * Runs per day over `days` (oldest first, contiguous local days), every day present even with
 * no runs. Runs outside the range are ignored.
 */
export function queriesPerDay(stats: readonly QueryStat[], days: readonly DayRange[]): DayCount[] {
	const counts = days.map((day) => ({ date: day.date, queries: 0 }));
	if (days.length === 0) return counts;
	const first = days[0].start;
	const last = days[days.length - 1].end;
	for (const stat of stats) {
		if (stat.startedAt < first || stat.startedAt >= last) continue;
		const index = dayIndex(days, stat.startedAt);
		if (index >= 0) counts[index].queries++;
	}
	return counts;
}

/** Binary search for the day containing `at`; -1 in a gap. */
function dayIndex(days: readonly DayRange[], at: number): number {
	let lo = 0;
	let hi = days.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (at < days[mid].start) hi = mid - 1;
		else if (at >= days[mid].end) lo = mid + 1;
		else return mid;
	}
	return -1;
}

export interface DatasetUse {
	id: string;
	name: string;
	runs: number;
}

/** Datasets by how many successful runs read them, most first (ties by name); unused ones left out. */
export function mostUsedDatasets(
	stats: readonly QueryStat[],
	datasets: readonly { id: string; name: string }[],
	limit = 5
): DatasetUse[] {
	const runs = new Map<string, number>();
	for (const stat of stats) {
		if (stat.isFailed) continue;
		for (const id of stat.datasetIds) runs.set(id, (runs.get(id) ?? 0) + 1);
	}
	return datasets
		.flatMap((d) => {
			const count = runs.get(d.id) ?? 0;
			return count > 0 ? [{ id: d.id, name: d.name, runs: count }] : [];
		})
		.sort((a, b) => b.runs - a.runs || a.name.localeCompare(b.name))
		.slice(0, limit);
}

export interface SlowQuery {
	/** The id of the slowest run of this SQL. */
	id: string;
	sql: string;
	ms: number;
	startedAt: number;
}

/** The slowest successful queries, one entry per distinct SQL text (its slowest run), slowest first. */
export function slowestQueries(stats: readonly QueryStat[], limit = 5): SlowQuery[] {
	const slowest = new Map<string, SlowQuery>();
	for (const stat of stats) {
		if (stat.isFailed) continue;
		const current = slowest.get(stat.sql);
		if (!current || stat.ms > current.ms) {
			slowest.set(stat.sql, { id: stat.id, sql: stat.sql, ms: stat.ms, startedAt: stat.startedAt });
		}
	}
	return [...slowest.values()].sort((a, b) => b.ms - a.ms).slice(0, limit);
}
