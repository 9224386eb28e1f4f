/**
 * Starter queries for a dataset, chosen from its columns' types and profiles (no knowledge of
 * particular files): a measure over time by month, a count by a category, an average of a
 * measure by category, or the first rows when nothing else fits.
 */
import type { ColumnProfile } from '../catalog/types';
import { columnKind } from '../profile/column-kind';
import { quoteIdent } from '../sql/quote';

export interface SuggestedQuery {
	label: string;
	sql: string;
}

export interface SuggestDataset {
	tableName: string;
	rows: number;
	columns: Array<{ name: string; type: string; profile?: Pick<ColumnProfile, 'distinctCount'> }>;
}

/** Text and boolean columns with at most this many distinct values count as categories. */
export const MAX_CATEGORIES = 50;
const MAX_SUGGESTIONS = 3;

type Column = SuggestDataset['columns'][number];

export function suggestQueries(dataset: SuggestDataset): SuggestedQuery[] {
	const table = quoteIdent(dataset.tableName);
	const time = dataset.columns.find((c) => columnKind(c.type) === 'date');
	const measure = dataset.columns.find((c) => isMeasure(c, dataset.rows));
	const category = pickCategory(dataset.columns, dataset.rows);
	const suggestions: SuggestedQuery[] = [];

	if (time && measure) {
		const m = quoteIdent(measure.name);
		suggestions.push({
			label: `Average ${measure.name} by month`,
			sql: `SELECT date_trunc('month', ${quoteIdent(time.name)}) AS month, avg(${m}) AS ${quoteIdent(`avg_${measure.name}`)}\nFROM ${table}\nGROUP BY 1\nORDER BY 1`
		});
	} else if (time) {
		suggestions.push({
			label: 'Rows by month',
			sql: `SELECT date_trunc('month', ${quoteIdent(time.name)}) AS month, count(*) AS "rows"\nFROM ${table}\nGROUP BY 1\nORDER BY 1`
		});
	}
	if (category) {
		const c = quoteIdent(category.name);
		suggestions.push({
			label: `Rows by ${category.name}`,
			sql: `SELECT ${c}, count(*) AS "rows"\nFROM ${table}\nGROUP BY ${c}\nORDER BY "rows" DESC\nLIMIT ${MAX_CATEGORIES}`
		});
		if (measure) {
			const alias = quoteIdent(`avg_${measure.name}`);
			suggestions.push({
				label: `Average ${measure.name} by ${category.name}`,
				sql: `SELECT ${c}, avg(${quoteIdent(measure.name)}) AS ${alias}\nFROM ${table}\nGROUP BY ${c}\nORDER BY ${alias} DESC\nLIMIT ${MAX_CATEGORIES}`
			});
		}
	}
	if (suggestions.length === 0) {
		suggestions.push({ label: 'First 100 rows', sql: `SELECT *\nFROM ${table}\nLIMIT 100` });
	}
	return suggestions.slice(0, MAX_SUGGESTIONS);
}

/** Numbers that are not keys: not named like an id, not distinct in every row (integers). */
function isMeasure(column: Column, rows: number): boolean {
	const kind = columnKind(column.type);
	if (kind !== 'integer' && kind !== 'number') return false;
	if (/(^|[^a-z])id$/i.test(column.name) || /^id[^a-z]/i.test(column.name)) return false;
	const distinct = column.profile?.distinctCount;
	if (kind === 'integer' && distinct !== undefined && rows > 1 && distinct >= rows) return false;
	return true;
}

/** A text or boolean column with 2–50 distinct values; unprofiled text only when nothing is known. */
function pickCategory(columns: readonly Column[], rows: number): Column | undefined {
	const candidates = columns.filter((c) => {
		const kind = columnKind(c.type);
		return kind === 'text' || kind === 'boolean';
	});
	const profiled = candidates.find((c) => {
		const distinct = c.profile?.distinctCount;
		return distinct !== undefined && distinct >= 2 && distinct <= MAX_CATEGORIES && distinct < rows;
	});
	if (profiled) return profiled;
	return candidates.find((c) => c.profile?.distinctCount === undefined);
}
