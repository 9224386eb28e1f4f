export type { DayRange, QueryStat } from './types';
export {
	countQueries,
	median,
	medianQueryMs,
	mostUsedDatasets,
	queriesPerDay,
	slowestQueries,
	type DatasetUse,
	type DayCount,
	type QueryCounts,
	type SlowQuery
} from './stats';
export { queriesPerDaySpec } from './usage-spec';
