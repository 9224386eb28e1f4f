/** The names the SQL editor completes: tables, context views, their columns and metrics. */
import type { ContextViewSet } from '$lib/core/contexts/views';
import { quoteIdent } from '$lib/core/sql/quote';
import type { DatasetRecord } from '$lib/storage/records';

/** A name the SQL editor may complete: `text` is matched, `insert` goes into the SQL. */
export interface CompletionName {
	text: string;
	insert: string;
	kind: 'table' | 'view' | 'column' | 'metric';
}

/** Tables, views, their columns and metrics, each name once per kind. */
export function completionNames(
	sets: ContextViewSet[],
	datasets: DatasetRecord[]
): CompletionName[] {
	const names = new Map<string, CompletionName>();
	const add = (kind: CompletionName['kind'], text: string, insert = sqlName(text)) => {
		const key = `${kind}\u0000${text}`;
		if (!names.has(key)) names.set(key, { text, insert, kind });
	};
	for (const d of datasets) add('table', d.tableName);
	for (const s of sets) for (const v of s.views) add('view', v.name);
	for (const d of datasets) for (const c of d.columns) add('column', c.name);
	for (const s of sets) for (const v of s.views) for (const c of v.columns) add('column', c);
	for (const s of sets) for (const m of s.metrics) add('metric', m.name, m.insert);
	return [...names.values()];
}

const reserved = new Set(
	'all and as asc by case desc distinct else end from group having in is join limit not null on or order select table then union using when where with'.split(
		' '
	)
);

/** A name as SQL: bare when it is a plain lower-case identifier, else quoted. */
export function sqlName(name: string): string {
	return /^[a-z_][a-z0-9_]*$/.test(name) && !reserved.has(name) ? name : quoteIdent(name);
}
