/** Where the dashboard's "run this" links go: the query page runs `sql` as soon as it opens. */
export function runQueryPath(sql: string): `/query?${string}` {
	return `/query?sql=${encodeURIComponent(sql)}&run=1`;
}

/** The query page with `sql` in the editor, not run (for a query that failed). */
export function editQueryPath(sql: string): `/query?${string}` {
	return `/query?sql=${encodeURIComponent(sql)}`;
}

/** One line of SQL for lists: whitespace collapsed, cut at `max` characters. */
export function oneLine(sql: string, max = 120): string {
	const line = sql.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
