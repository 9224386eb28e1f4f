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
export { MAX_SUGGESTIONS, recommendCharts } from './recommend';
export {
	buildChartQuery,
	DEFAULT_MAX_CATEGORIES,
	DEFAULT_MAX_POINTS,
	type ChartQueryOptions,
	type ChartQueryResult
} from './chart-query';
export { withRows } from './chart-render';
export { channelsForMark, defaultFieldDef, describeChart, setChannel, setMark } from './spec-edit';
export { validateChartSpec } from './validate-spec';
