/**
 * Rephrasings offered with a refusal, built from the catalog: real column names, values and
 * tables of the table the question seemed to be about.
 */
import type { Intent } from './intent';
import type { PreparedCatalog, TableInfo } from './lexicon';

export function refusalSuggestions(intent: Intent, prepared: PreparedCatalog): string[] {
	const out: string[] = [];
	const first = intent.ambiguous[0];
	if (first) {
		for (const c of first.columns.slice(0, 3))
			out.push(`Say "${c.name}" instead of "${first.words}".`);
	}
	const table = aboutTable(intent) ?? prepared.tables[0];
	if (!table) return out;
	const numeric = table.columns.find((c) => c.kind === 'number');
	const text = table.columns.find(
		(c) =>
			c.kind === 'text' && (c.profile?.distinctCount ?? 0) > 1 && c.profile!.topValues.length > 0
	);
	const value = text?.profile?.topValues.find((v) => typeof v.value === 'string')?.value;
	const rows = table.humanName.toLowerCase();
	if (numeric && text) out.push(`average ${numeric.name} by ${text.name}`);
	if (text) out.push(`how many ${rows} by ${text.name}`);
	if (text && typeof value === 'string') out.push(`${rows} where ${text.name} is ${value}`);
	return out;
}

function aboutTable(intent: Intent): TableInfo | undefined {
	return (
		intent.tables[0] ??
		intent.measures.find((m) => m.column)?.column?.table ??
		intent.groups[0]?.column.table ??
		intent.filters.find((f) => f.column)?.column?.table
	);
}
