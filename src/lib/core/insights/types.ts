import type { ColumnProfile } from '../catalog/types';

/** A finding about the user's data or habits, with the number behind it and what to do next. */
export type InsightKind =
	| 'mostly-empty'
	| 'join-candidate'
	| 'query-pattern'
	| 'repeated-query'
	| 'unused-dataset'
	| 'storage-quota';

export interface Insight {
	/** Stable across reads of the same data (used as a key in lists). */
	id: string;
	kind: InsightKind;
	title: string;
	detail: string;
	/** The number the insight is about (a percentage, a count of runs, days, …). */
	value: number;
	action?: { label: string; href: InsightHref };
}

/** App paths an insight may link to. */
export type InsightHref = `/query?${string}` | `/datasets/${string}` | '/settings';

/** What the insight rules read about a dataset. */
export interface InsightDataset {
	id: string;
	name: string;
	tableName: string;
	rows: number;
	lastUsedAt: number;
	columns: Array<{
		name: string;
		type: string;
		profile?: Pick<ColumnProfile, 'nullShare' | 'nullCount'>;
	}>;
}
