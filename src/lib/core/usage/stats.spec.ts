import { describe, expect, it } from 'vitest';
import {
	countQueries,
	median,
	medianQueryMs,
	mostUsedDatasets,
	queriesPerDay,
	slowestQueries
} from './stats';
import type { DayRange, QueryStat } from './types';

const DAY = 86_400_000;
let counter = 0;

function stat(overrides: Partial<QueryStat> = {}): QueryStat {
	counter++;
	return {
		id: `q${counter}`,
		sql: `SELECT ${counter}`,
		startedAt: 0,
		ms: 10,
		isFailed: false,
		isSaved: false,
		datasetIds: [],
		...overrides
	};
}

/** Thirty days ending with "today" = [30 * DAY, 31 * DAY). */
function days(count = 30, lastStart = 30 * DAY): DayRange[] {
	return Array.from({ length: count }, (_, i) => {
		const start = lastStart - (count - 1 - i) * DAY;
		return { date: `d${i}`, start, end: start + DAY };
	});
}

describe('countQueries', () => {
	const today = { date: 'today', start: 10 * DAY, end: 11 * DAY };

	it('is zero with no history', () => {
		expect(countQueries([], today)).toEqual({ today: 0, allTime: 0 });
	});

	it('counts runs at the day boundaries by the start inclusive and the end exclusive', () => {
		const stats = [
			stat({ startedAt: 10 * DAY - 1 }),
			stat({ startedAt: 10 * DAY }),
			stat({ startedAt: 11 * DAY - 1, isFailed: true }),
			stat({ startedAt: 11 * DAY })
		];
		expect(countQueries(stats, today)).toEqual({ today: 2, allTime: 4 });
	});
});

describe('median', () => {
	it('is null for nothing, the value for one, the middle for odd and the mean of two for even', () => {
		expect(median([])).toBeNull();
		expect(median([7])).toBe(7);
		expect(median([9, 1, 5])).toBe(5);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('leaves failed runs out of the query time', () => {
		expect(medianQueryMs([])).toBeNull();
		expect(medianQueryMs([stat({ ms: 40 })])).toBe(40);
		expect(medianQueryMs([stat({ ms: 40, isFailed: true })])).toBeNull();
		expect(
			medianQueryMs([stat({ ms: 10 }), stat({ ms: 5000, isFailed: true }), stat({ ms: 30 })])
		).toBe(20);
	});
});

describe('queriesPerDay', () => {
	it('has every day, zero days included, oldest first', () => {
		const series = queriesPerDay([], days());
		expect(series).toHaveLength(30);
		expect(series.every((d) => d.queries === 0)).toBe(true);
		expect(series[0].date).toBe('d0');
	});

	it('puts each run on its local day and ignores runs outside the range', () => {
		const range = days();
		const stats = [
			stat({ startedAt: range[0].start - 1 }),
			stat({ startedAt: range[0].start }),
			stat({ startedAt: range[5].end - 1 }),
			stat({ startedAt: range[5].end }),
			stat({ startedAt: range[29].start + 5, isFailed: true }),
			stat({ startedAt: range[29].end })
		];
		const series = queriesPerDay(stats, range);
		expect(series[0].queries).toBe(1);
		expect(series[5].queries).toBe(1);
		expect(series[6].queries).toBe(1);
		expect(series[29].queries).toBe(1);
		expect(series.reduce((sum, d) => sum + d.queries, 0)).toBe(4);
	});

	it('handles days of different lengths (a clock change)', () => {
		const range: DayRange[] = [
			{ date: 'a', start: 0, end: 23 * 3_600_000 },
			{ date: 'b', start: 23 * 3_600_000, end: 48 * 3_600_000 }
		];
		const series = queriesPerDay([stat({ startedAt: 23 * 3_600_000 + 1 })], range);
		expect(series).toEqual([
			{ date: 'a', queries: 0 },
			{ date: 'b', queries: 1 }
		]);
	});
});

describe('mostUsedDatasets', () => {
	const datasets = [
		{ id: 'a', name: 'Alpha' },
		{ id: 'b', name: 'Beta' },
		{ id: 'c', name: 'Gamma' }
	];

	it('ranks by successful runs that read each dataset and leaves unused ones out', () => {
		const stats = [
			stat({ datasetIds: ['b'] }),
			stat({ datasetIds: ['b', 'a'] }),
			stat({ datasetIds: ['b'] }),
			stat({ datasetIds: ['c'], isFailed: true }),
			stat({ datasetIds: ['gone'] })
		];
		expect(mostUsedDatasets(stats, datasets)).toEqual([
			{ id: 'b', name: 'Beta', runs: 3 },
			{ id: 'a', name: 'Alpha', runs: 1 }
		]);
	});

	it('is empty with no history', () => {
		expect(mostUsedDatasets([], datasets)).toEqual([]);
	});
});

describe('slowestQueries', () => {
	it('lists each SQL once at its slowest successful run, slowest first', () => {
		const stats = [
			stat({ sql: 'A', ms: 100 }),
			stat({ sql: 'A', ms: 300, id: 'slow-a' }),
			stat({ sql: 'B', ms: 200 }),
			stat({ sql: 'C', ms: 9000, isFailed: true })
		];
		const slowest = slowestQueries(stats);
		expect(slowest.map((q) => [q.sql, q.ms, q.id])).toEqual([
			['A', 300, 'slow-a'],
			['B', 200, expect.any(String)]
		]);
	});

	it('respects the limit and is empty with no history', () => {
		expect(slowestQueries([])).toEqual([]);
		const many = Array.from({ length: 8 }, (_, i) => stat({ ms: i }));
		expect(slowestQueries(many, 3).map((q) => q.ms)).toEqual([7, 6, 5]);
	});
});
