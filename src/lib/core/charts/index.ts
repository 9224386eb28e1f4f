export * from './types';
export { wrapSql } from './wrap-sql';
export {
	buildResultStatsSql,
	parseResultStats,
	EXACT_DISTINCT_ROWS,
	TEXT_SAMPLE_ROWS,
	type ResultColumn,
	type ResultStatsOptions
} from './result-stats';
export { statsFromValues } from './stats-from-values';
export { summarizeFields, timeUnitForSpan } from './fields';
export { recommendCharts } from './recommend';
