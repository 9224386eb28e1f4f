/**
 * The prompt Quarry sends to the user's LLM endpoint: the rules, a few examples, the schema with
 * profile figures and the context. It holds table and column names and types, row counts, null
 * shares, distinct counts and numeric or date ranges; sample values (top values, text min/max,
 * value synonyms) only when the user allowed them; never rows. Pure.
 */
import type { Catalog, CatalogColumn, CatalogTable, NlContext } from '../catalog/types';
import { quoteIdent, quoteString } from '../sql/quote';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
}

export interface LlmPromptOptions {
	question: string;
	catalog: Catalog;
	context?: NlContext;
	allowSampleValues: boolean;
}

const MAX_TOP_VALUES = 5;
const MAX_VALUE_LENGTH = 60;

const RULES = `You translate questions about the user's tables into DuckDB SQL.
Rules:
- Answer with exactly one read-only DuckDB SELECT statement (WITH … SELECT is fine) in a \`\`\`sql block, then one short sentence saying what it computes.
- Use only the tables and columns listed below. Quote every table and column name with double quotes, exactly as listed.
- Never read files or URLs, never use ATTACH, COPY, INSTALL, LOAD, SET, PRAGMA or any statement that changes data.
- Put string values in single quotes. Add LIMIT 1000 unless the question asks for a single value or a short ranking.`;

const EXAMPLES = `Examples (over other tables):
Question: average price by category
\`\`\`sql
SELECT "category", AVG("price") AS "average price" FROM "products" GROUP BY "category" ORDER BY 2 DESC
\`\`\`
The average price of each category, highest first.
Question: how many orders per month in 2023
\`\`\`sql
SELECT date_trunc('month', "ordered_at") AS "month", COUNT(*) AS "orders" FROM "orders" WHERE year("ordered_at") = 2023 GROUP BY 1 ORDER BY 1
\`\`\`
The number of orders in each month of 2023.`;

/** The messages for a first attempt at `question`. */
export function buildLlmMessages(options: LlmPromptOptions): ChatMessage[] {
	const parts = [RULES, EXAMPLES, describeCatalog(options.catalog, options.allowSampleValues)];
	if (options.context) parts.push(describeContext(options.context, options.allowSampleValues));
	return [
		{ role: 'system', content: parts.filter((part) => part !== '').join('\n\n') },
		{ role: 'user', content: `Question: ${options.question.trim()}` }
	];
}

/** The messages for a repair round: the previous reply and DuckDB's error, sent back. */
export function repairMessages(
	messages: ChatMessage[],
	reply: string,
	problem: string
): ChatMessage[] {
	return [
		...messages,
		{ role: 'assistant', content: reply },
		{
			role: 'user',
			content: `That SQL does not work: ${problem}\nAnswer again with one corrected DuckDB SELECT in a \`\`\`sql block.`
		}
	];
}

/** The schema as the prompt shows it. */
export function describeCatalog(catalog: Catalog, allowSampleValues: boolean): string {
	const tables = catalog.tables.map((table) => describeTable(table, allowSampleValues));
	return `Tables:\n${tables.join('\n')}`;
}

function describeTable(table: CatalogTable, allowSampleValues: boolean): string {
	const rows = table.rowCount === undefined ? '' : `, ${table.rowCount} rows`;
	const head = `Table ${table.quotedName} (${oneLine(table.humanName)}${rows}):`;
	const columns = table.columns.map((c) => `  ${describeColumn(c, allowSampleValues)}`);
	return [head, ...columns].join('\n');
}

function describeColumn(column: CatalogColumn, allowSampleValues: boolean): string {
	const head = `${quoteIdent(column.name)} ${oneLine(column.type)}`;
	const profile = column.profile;
	if (!profile) return head;
	const facts = [
		`${profile.distinctCount} distinct`,
		`${Math.round(profile.nullShare * 1000) / 10}% null`
	];
	const showRange = allowSampleValues || isNumberOrTime(column.type);
	if (showRange && profile.min != null && profile.max != null) {
		facts.push(`from ${value(profile.min)} to ${value(profile.max)}`);
	}
	if (allowSampleValues && profile.topValues.length > 0) {
		const top = profile.topValues
			.slice(0, MAX_TOP_VALUES)
			.map((v) => `${v.value === null ? 'NULL' : value(v.value)} (${v.count})`);
		facts.push(`common values: ${top.join(', ')}`);
	}
	return `${head} — ${facts.join('; ')}`;
}

function describeContext(context: NlContext, allowSampleValues: boolean): string {
	const lines = ['Context:'];
	for (const r of context.relations) {
		const kind = r.kind ? ` (${r.kind})` : '';
		lines.push(
			`- join ${r.left.table}.${quoteIdent(r.left.column)} = ${r.right.table}.${quoteIdent(r.right.column)}${kind}`
		);
	}
	for (const m of context.metrics) {
		const table = m.table ? ` on ${m.table}` : '';
		const about = m.description ? ` — ${oneLine(m.description)}` : '';
		lines.push(`- metric "${oneLine(m.name)}" = ${oneLine(m.expression)}${table}${about}`);
	}
	for (const s of context.synonyms) {
		const t = s.target;
		if (t.kind === 'table') lines.push(`- "${oneLine(s.term)}" means table ${t.table}`);
		else if (t.kind === 'column') {
			lines.push(`- "${oneLine(s.term)}" means ${t.table}.${quoteIdent(t.column)}`);
		} else if (allowSampleValues) {
			lines.push(
				`- "${oneLine(s.term)}" means ${t.table}.${quoteIdent(t.column)} = ${value(t.value)}`
			);
		}
	}
	for (const [about, note] of Object.entries(context.notes ?? {})) {
		lines.push(`- note on ${oneLine(about)}: ${oneLine(note)}`);
	}
	return lines.length > 1 ? lines.join('\n') : '';
}

function isNumberOrTime(type: string): boolean {
	return /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC|INT|DATE|TIME|TIMESTAMP)/i.test(
		type.trim()
	);
}

function value(v: string | number | boolean): string {
	if (typeof v !== 'string') return String(v);
	const short = v.length > MAX_VALUE_LENGTH ? `${v.slice(0, MAX_VALUE_LENGTH)}…` : v;
	return quoteString(oneLine(short));
}

/** Names and notes come from files and users: keep each on one line of the prompt. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
