/**
 * How one activity entry shows in the feed: what it is about (a short tag), its stored summary,
 * and where it leads. Entries link only to things that still exist: a deleted chart or dataset
 * has no page, and a query is re-run only while its SQL is still in the history.
 */
import type { Dashboard } from '$lib/state/dashboard.svelte';
import { askPath } from '$lib/features/ask/links';
import { editQueryPath, runQueryPath } from './links';

type ActivityRecord = Dashboard['activity'][number];
export type ActivityKind = ActivityRecord['kind'];

export type ActivityPath =
	`/datasets/${string}` | `/gallery/${string}` | `/query?${string}` | `/?${string}`;

export interface ActivityView {
	/** What the entry is about: Dataset, Query, Chart or Context. */
	tag: string;
	summary: string;
	/** Where the entry leads, when the thing it is about still exists. */
	href?: ActivityPath;
	/** What following the link does, in words (its tooltip). */
	hint?: string;
}

/** What exists now, to decide which entries can link. */
export interface ActivityTargets {
	datasetIds: ReadonlySet<string>;
	chartIds: ReadonlySet<string>;
	/** SQL of each query in the history, by query id. */
	querySql: ReadonlyMap<string, string>;
}

const TAGS: Record<ActivityKind, string> = {
	'dataset-imported': 'Dataset',
	'dataset-renamed': 'Dataset',
	'dataset-deleted': 'Dataset',
	'query-run': 'Query',
	'query-failed': 'Query',
	'chart-saved': 'Chart',
	'chart-renamed': 'Chart',
	'chart-duplicated': 'Chart',
	'chart-deleted': 'Chart',
	'context-saved': 'Context',
	'context-deleted': 'Context',
	'question-asked': 'Question',
	'question-refused': 'Question'
};

export function activityView(
	entry: Pick<ActivityRecord, 'kind' | 'refId' | 'summary'>,
	targets: ActivityTargets
): ActivityView {
	const view: ActivityView = { tag: TAGS[entry.kind] ?? 'Activity', summary: summaryOf(entry) };
	const link = linkOf(entry, targets);
	return link ? { ...view, ...link } : view;
}

/** Question entries store the question as asked; the feed says what became of it. */
function summaryOf({ kind, summary }: Pick<ActivityRecord, 'kind' | 'summary'>): string {
	if (kind === 'question-asked') return `Asked “${summary}”`;
	if (kind === 'question-refused') return `Could not answer “${summary}”`;
	return summary;
}

function linkOf(
	{ kind, refId, summary }: Pick<ActivityRecord, 'kind' | 'refId' | 'summary'>,
	targets: ActivityTargets
): { href: ActivityPath; hint: string } | null {
	switch (kind) {
		case 'dataset-imported':
		case 'dataset-renamed':
			return targets.datasetIds.has(refId)
				? { href: `/datasets/${encodeURIComponent(refId)}`, hint: 'Open the dataset' }
				: null;
		case 'chart-saved':
		case 'chart-renamed':
		case 'chart-duplicated':
			return targets.chartIds.has(refId)
				? { href: `/gallery/${encodeURIComponent(refId)}`, hint: 'Open the chart' }
				: null;
		case 'query-run':
		case 'query-failed': {
			const sql = targets.querySql.get(refId);
			if (sql === undefined) return null;
			return kind === 'query-run'
				? { href: runQueryPath(sql), hint: 'Run the query again' }
				: { href: editQueryPath(sql), hint: 'Open the query in the editor' };
		}
		case 'question-asked':
		case 'question-refused':
			// A question's entry holds the question itself: it can always be asked again.
			return summary.trim() === ''
				? null
				: { href: askPath(summary), hint: 'Ask the question again' };
		default:
			return null;
	}
}
