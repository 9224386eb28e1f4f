/** Every insight rule over one snapshot of the user's data, most pressing first. */
import type { QueryStat } from '../usage/types';
import { joinCandidates, mostlyEmptyColumns, unusedDatasets } from './dataset-rules';
import { queryPatterns, repeatedQueries } from './query-rules';
import { storageNearQuota } from './storage-rule';
import type { Insight, InsightDataset } from './types';

export type { Insight, InsightDataset, InsightKind } from './types';
export * from './thresholds';
export { normaliseSql } from './normalise-sql';
export { suggestQueries, type SuggestedQuery, type SuggestDataset } from './suggest';
export { joinCandidates, mostlyEmptyColumns, unusedDatasets } from './dataset-rules';
export { queryPatterns, repeatedQueries } from './query-rules';
export { storageNearQuota } from './storage-rule';

export interface InsightInput {
	datasets: readonly InsightDataset[];
	queries: readonly QueryStat[];
	usage: number | null;
	quota: number | null;
	now: number;
}

export function collectInsights(input: InsightInput): Insight[] {
	return [
		...storageNearQuota(input.usage, input.quota),
		...mostlyEmptyColumns(input.datasets),
		...joinCandidates(input.datasets),
		...repeatedQueries(input.queries),
		...queryPatterns(input.queries),
		...unusedDatasets(input.datasets, input.now)
	];
}
