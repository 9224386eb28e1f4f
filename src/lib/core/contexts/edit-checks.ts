/**
 * The checks behind context edits (edits.ts): limits, the datasets and columns an edit
 * may name, and metrics (one expression, a unique name, a known format and dataset). Pure.
 */
import type { Context, ContextMetricDef, Outcome, RelationKind } from './types';
import { metricExpressionProblem } from './metric-expression';

export const LIMITS = {
	name: 80,
	datasets: 20,
	relations: 50,
	metrics: 100,
	metricName: 80,
	expression: 1000,
	description: 1000,
	descriptions: 1000,
	synonyms: 500,
	term: 80,
	value: 200,
	notes: 10_000
} as const;

export const RELATION_KINDS: readonly RelationKind[] = [
	'one-to-one',
	'one-to-many',
	'many-to-one',
	'many-to-many'
];

export const METRIC_FORMATS: ReadonlyArray<NonNullable<ContextMetricDef['format']>> = [
	'number',
	'integer',
	'percent',
	'currency'
];

/** What an edit needs to know about a dataset that exists now. */
export interface EditDataset {
	id: string;
	name: string;
	columns: ReadonlyArray<{ name: string }>;
}

/** A metric's fields checked: a name, one expression (no `;`, no comments), a known dataset. */
export function checkMetric(
	metric: ContextMetricDef,
	context: Context,
	byId: Map<string, EditDataset>,
	replacing: number
): Outcome<ContextMetricDef> {
	const name = typeof metric?.name === 'string' ? metric.name.trim() : '';
	if (name === '') return fail('A metric needs a name.');
	if (name.length > LIMITS.metricName)
		return fail(`A metric name can be at most ${LIMITS.metricName} characters.`);
	if (!/^[\p{L}\p{N} _-]+$/u.test(name))
		return fail('A metric name may use letters, digits, spaces, _ and - only.');
	if (
		context.metrics.some(
			(m, i) => i !== replacing && m.name.toLocaleLowerCase() === name.toLocaleLowerCase()
		)
	) {
		return fail(`There is already a metric named “${name}”.`);
	}
	const expression = typeof metric.expression === 'string' ? metric.expression.trim() : '';
	if (expression === '') return fail('A metric needs an SQL expression, e.g. SUM("amount").');
	if (expression.length > LIMITS.expression)
		return fail(`A metric expression can be at most ${LIMITS.expression} characters.`);
	// Statement shape here; a query inside the expression by the measurer's own rule.
	const problem = expressionProblem(expression) ?? metricExpressionProblem(expression);
	if (problem) return fail(problem);
	const description = typeof metric.description === 'string' ? metric.description.trim() : '';
	if (description.length > LIMITS.description)
		return fail(`A description can be at most ${LIMITS.description} characters.`);
	if (metric.format !== undefined && !METRIC_FORMATS.includes(metric.format))
		return fail('Choose a format: number, integer, percent or currency.');
	if (metric.datasetId !== undefined) {
		const found = datasetInContext(context, metric.datasetId, byId);
		if (!found.ok) return found;
	}
	return {
		ok: true,
		value: {
			name,
			expression,
			...(description ? { description } : {}),
			...(metric.format ? { format: metric.format } : {}),
			...(metric.datasetId !== undefined ? { datasetId: metric.datasetId } : {})
		}
	};
}

/**
 * Why an expression is not one SQL expression, by a scan that respects quotes: a `;` (a second
 * statement), a comment, an unclosed quote or unbalanced parentheses. DuckDB checks the rest.
 */
export function expressionProblem(expression: string): string | null {
	let depth = 0;
	let quote: string | null = null;
	let unbalanced = false;
	let hasComment = false;
	for (let i = 0; i < expression.length; i++) {
		const ch = expression[i];
		if (quote) {
			if (ch === quote) quote = null;
			continue;
		}
		const pair = expression.slice(i, i + 2);
		if (ch === "'" || ch === '"') quote = ch;
		else if (ch === ';') return 'A metric is one SQL expression: it cannot contain “;”.';
		else if (pair === '--' || pair === '/*') hasComment = true;
		else if (ch === '(') depth++;
		else if (ch === ')' && --depth < 0) unbalanced = true;
	}
	if (hasComment) return 'A metric expression cannot contain SQL comments.';
	if (quote) {
		return `A metric expression has an unclosed ${quote === '"' ? 'double' : 'single'} quote.`;
	}
	if (unbalanced || depth !== 0) return 'A metric expression has unbalanced parentheses.';
	return null;
}

export function checkColumn(
	context: Context,
	ref: { datasetId: string; column: string } | undefined,
	byId: Map<string, EditDataset>
): Outcome<string> {
	if (typeof ref?.datasetId !== 'string' || typeof ref.column !== 'string')
		return fail('Choose a dataset and a column.');
	const found = datasetInContext(context, ref.datasetId, byId);
	if (!found.ok) return found;
	const dataset = byId.get(ref.datasetId);
	if (!dataset?.columns.some((c) => c.name === ref.column)) {
		return fail(`${found.value} has no column “${ref.column.slice(0, 100)}”.`);
	}
	return found;
}

/** The dataset's name, if it is in the context and still exists. */
export function datasetInContext(
	context: Context,
	datasetId: string,
	byId: Map<string, EditDataset>
): Outcome<string> {
	const dataset = byId.get(datasetId);
	if (!dataset) return fail('That dataset no longer exists.');
	if (!context.datasetIds.includes(datasetId))
		return fail(`${dataset.name} is not in this context: add it first.`);
	return { ok: true, value: dataset.name };
}

export function hasControl(text: string): boolean {
	// eslint-disable-next-line no-control-regex
	return /[\u0000-\u001f\u007f]/.test(text);
}

export function fail(message: string): { ok: false; message: string } {
	return { ok: false, message };
}
