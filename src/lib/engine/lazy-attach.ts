/**
 * Which stored tables and context views a SQL text needs. The engine client asks DuckDB's
 * parser first (`reads`); the textual check here is the fallback for text the parser refuses
 * (several statements, an unfinished edit) and the early guess while the engine starts.
 */

/** A view the engine client creates on demand: `sql` is its `CREATE OR REPLACE VIEW`. */
export interface EngineView {
	name: string;
	sql: string;
	/** Stored table names the view reads. */
	tables: string[];
}

const catalogQueries =
	/\b(information_schema|duckdb_tables|duckdb_columns|duckdb_views|show\s+(all\s+)?tables|pragma\s+show_tables)\b/i;

/** True for SQL that lists the catalog: it needs every stored table and view to be present. */
export function isCatalogQuery(sql: string): boolean {
	return catalogQueries.test(sql);
}

/** Table names mentioned in `sql` (case-insensitive, as a whole word or quoted name). */
export function tablesNeeded(sql: string, candidates: string[]): string[] {
	if (isCatalogQuery(sql)) return candidates;
	const text = sql.toLowerCase();
	return candidates.filter((name) => {
		const lower = name.toLowerCase();
		let from = text.indexOf(lower);
		while (from >= 0) {
			const before = text[from - 1] ?? ' ';
			const after = text[from + lower.length] ?? ' ';
			if (!/[\w$]/.test(before) && !/[\w$]/.test(after)) return true;
			from = text.indexOf(lower, from + 1);
		}
		return false;
	});
}

/**
 * Split `names` (as a statement names them) into the views among `views` and the tables to
 * read: the other names plus every table those views read. Matching ignores case, as DuckDB's
 * does; each table appears once, in the case the view or the statement gave it first.
 */
export function expandViews(
	names: readonly string[],
	views: ReadonlyMap<string, EngineView>
): { tables: string[]; views: EngineView[] } {
	const found: EngineView[] = [];
	const tables = new Map<string, string>();
	const add = (name: string) => {
		if (!tables.has(name.toLowerCase())) tables.set(name.toLowerCase(), name);
	};
	for (const name of names) {
		const view = views.get(name.toLowerCase());
		if (!view) add(name);
		else if (!found.includes(view)) {
			found.push(view);
			view.tables.forEach(add);
		}
	}
	return { tables: [...tables.values()], views: found };
}

/** The table among `attached` that a DuckDB "does not exist" error is about, if any. */
export function missingTable(
	error: { code: string; message: string },
	attached: Iterable<string>
): string | undefined {
	const name = /Table with name (.+?) does not exist/.exec(error.message)?.[1];
	if (error.code !== 'sql-error' || !name) return undefined;
	return [...attached].find((t) => t.toLowerCase() === name.toLowerCase());
}
