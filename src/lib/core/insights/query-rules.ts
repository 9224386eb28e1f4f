/** Insights about query history: shapes that repeat with other values, queries worth saving. */
import type { QueryStat } from '../usage/types';
import { normaliseSql } from './normalise-sql';
import { PATTERN_RUNS, REPEATED_RUNS } from './thresholds';
import type { Insight } from './types';

/**
 * Queries that differ only in their literals, grouped: a shape run at least twice with at least
 * two different texts. Most runs first.
 */
export function queryPatterns(stats: readonly QueryStat[], limit = 5): Insight[] {
	const groups = new Map<string, { runs: number; texts: Set<string>; latest: QueryStat }>();
	for (const stat of stats) {
		const shape = normaliseSql(stat.sql);
		const group = groups.get(shape);
		if (group) {
			group.runs++;
			group.texts.add(collapse(stat.sql));
			if (stat.startedAt > group.latest.startedAt) group.latest = stat;
		} else {
			groups.set(shape, { runs: 1, texts: new Set([collapse(stat.sql)]), latest: stat });
		}
	}
	return [...groups.entries()]
		.filter(([, g]) => g.runs >= PATTERN_RUNS && g.texts.size >= 2)
		.sort((a, b) => b[1].runs - a[1].runs || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([shape, g]) => ({
			id: `query-pattern:${shape}`,
			kind: 'query-pattern',
			title: `${g.runs} runs of one query with ${g.texts.size} different values`,
			detail: shape,
			value: g.runs,
			action: { label: 'Open the latest', href: `/query?sql=${encodeURIComponent(g.latest.sql)}` }
		}));
}

/** The same SQL (ignoring spacing) run at least three times and never saved. Most runs first. */
export function repeatedQueries(stats: readonly QueryStat[], limit = 5): Insight[] {
	const groups = new Map<string, { runs: number; isSaved: boolean; sql: string }>();
	for (const stat of stats) {
		const key = collapse(stat.sql);
		const group = groups.get(key) ?? { runs: 0, isSaved: false, sql: stat.sql };
		group.runs++;
		group.isSaved ||= stat.isSaved;
		groups.set(key, group);
	}
	return [...groups.entries()]
		.filter(([, g]) => g.runs >= REPEATED_RUNS && !g.isSaved)
		.sort((a, b) => b[1].runs - a[1].runs || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([key, g]) => ({
			id: `repeated-query:${key}`,
			kind: 'repeated-query',
			title: `Run ${g.runs} times: worth saving`,
			detail: key,
			value: g.runs,
			action: { label: 'Open in the editor', href: `/query?sql=${encodeURIComponent(g.sql)}` }
		}));
}

function collapse(sql: string): string {
	return sql.replace(/\s+/g, ' ').trim();
}
