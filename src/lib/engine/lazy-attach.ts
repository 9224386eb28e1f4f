/** Which stored tables a SQL text needs: a cheap textual check, erring towards "all". */

const catalogQueries =
	/\b(information_schema|duckdb_tables|duckdb_columns|show\s+(all\s+)?tables|pragma\s+show_tables)\b/i;

/** Table names mentioned in `sql` (case-insensitive, as a whole word or quoted name). */
export function tablesNeeded(sql: string, candidates: string[]): string[] {
	if (catalogQueries.test(sql)) return candidates;
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
