/**
 * Checking a context edit from the page before it is stored (pure). Everything in it is typed
 * by a user or arrives in a file: shapes, lengths and counts are checked, every dataset and
 * column it names must exist, metric names must be unique and synonyms non-empty. Problems come
 * back as sentences a user can act on, each with the part of the context it is about.
 */
import { MAX_EXPRESSION_LENGTH, metricExpressionProblem } from './metric-expression';
import type { Context, RelationKind } from './types';

export type ContextEdit = Pick<
	Context,
	'name' | 'datasetIds' | 'relations' | 'metrics' | 'descriptions' | 'synonyms' | 'notes'
>;

/** What the datasets look like now (structural: core does not import storage). */
export interface InputDataset {
	id: string;
	name: string;
	columns: ReadonlyArray<{ name: string }>;
}

export const CONTEXT_LIMITS = {
	name: 100,
	datasets: 20,
	relations: 100,
	metrics: 100,
	metricName: 64,
	expression: MAX_EXPRESSION_LENGTH,
	descriptions: 1_000,
	text: 2_000,
	synonyms: 1_000,
	term: 100,
	value: 500,
	notes: 20_000
} as const;

export interface InputProblem {
	/** Where, e.g. "name", "relations.2", "metrics.0.expression". */
	field: string;
	message: string;
}

export type InputOutcome =
	{ ok: true; value: ContextEdit } | { ok: false; problems: InputProblem[] };

const KINDS: readonly RelationKind[] = ['one-to-one', 'one-to-many', 'many-to-one', 'many-to-many'];
const FORMATS = ['number', 'integer', 'percent', 'currency'] as const;

/** The edit, trimmed and checked against `datasets`; or every problem found. */
export function checkContextInput(input: unknown, datasets: readonly InputDataset[]): InputOutcome {
	const problems: InputProblem[] = [];
	const problem = (field: string, message: string): void => {
		problems.push({ field, message });
	};
	const edit = isObject(input) ? input : {};
	const name = text(edit.name);
	if (name === '') problem('name', 'Give the context a name.');
	else if (name.length > CONTEXT_LIMITS.name) {
		problem('name', `The name is longer than ${CONTEXT_LIMITS.name} characters.`);
	}
	const byId = new Map(datasets.map((d) => [d.id, d]));
	const datasetIds = list(edit.datasetIds).filter((id): id is string => typeof id === 'string');
	const chosen = [...new Set(datasetIds)];
	if (chosen.length > CONTEXT_LIMITS.datasets) {
		problem('datasetIds', `A context holds at most ${CONTEXT_LIMITS.datasets} datasets.`);
	}
	for (const id of chosen) {
		if (!byId.has(id)) problem('datasetIds', 'A chosen dataset no longer exists.');
	}
	const inContext = new Set(chosen.filter((id) => byId.has(id)));
	const columnProblem = (field: string, ref: unknown): { datasetId: string; column: string } => {
		const end = isObject(ref) ? ref : {};
		const datasetId = typeof end.datasetId === 'string' ? end.datasetId : '';
		const column = typeof end.column === 'string' ? end.column : '';
		const dataset = byId.get(datasetId);
		if (!dataset || !inContext.has(datasetId)) {
			problem(field, 'It names a dataset that is not in this context.');
		} else if (!dataset.columns.some((c) => c.name === column)) {
			problem(field, `${dataset.name} has no column “${column}”.`);
		}
		return { datasetId, column };
	};

	const relations = capped(edit.relations, CONTEXT_LIMITS.relations, 'relations', problem).map(
		(raw, i) => {
			const relation = isObject(raw) ? raw : {};
			const left = columnProblem(`relations.${i}.left`, relation.left);
			const right = columnProblem(`relations.${i}.right`, relation.right);
			const kind = relation.kind;
			if (kind !== undefined && !KINDS.includes(kind as RelationKind)) {
				problem(
					`relations.${i}.kind`,
					'Choose one-to-one, one-to-many, many-to-one or many-to-many.'
				);
			}
			return KINDS.includes(kind as RelationKind)
				? { left, right, kind: kind as RelationKind }
				: { left, right };
		}
	);

	const seenMetrics = new Set<string>();
	const metrics = capped(edit.metrics, CONTEXT_LIMITS.metrics, 'metrics', problem).map((raw, i) => {
		const metric = isObject(raw) ? raw : {};
		const field = `metrics.${i}`;
		const metricName = text(metric.name);
		const expression = text(metric.expression);
		if (metricName === '') problem(`${field}.name`, 'Give the metric a name.');
		else if (metricName.length > CONTEXT_LIMITS.metricName) {
			problem(`${field}.name`, `The name is longer than ${CONTEXT_LIMITS.metricName} characters.`);
		} else if (seenMetrics.has(metricName.toLowerCase())) {
			problem(`${field}.name`, `Another metric is already called “${metricName}”.`);
		}
		seenMetrics.add(metricName.toLowerCase());
		if (expression === '') problem(`${field}.expression`, 'Write the metric’s SQL expression.');
		else {
			const expressionProblem = metricExpressionProblem(expression);
			if (expressionProblem) problem(`${field}.expression`, expressionProblem);
		}
		const datasetId = typeof metric.datasetId === 'string' ? metric.datasetId : undefined;
		if (datasetId !== undefined && !inContext.has(datasetId)) {
			problem(`${field}.datasetId`, 'It names a dataset that is not in this context.');
		}
		const format = FORMATS.find((f) => f === metric.format);
		if (metric.format !== undefined && !format) {
			problem(`${field}.format`, 'Choose number, integer, percent or currency.');
		}
		const description = text(metric.description);
		if (description.length > CONTEXT_LIMITS.text) {
			problem(
				`${field}.description`,
				`The description is longer than ${CONTEXT_LIMITS.text} characters.`
			);
		}
		return {
			name: metricName,
			expression,
			...(datasetId ? { datasetId } : {}),
			...(format ? { format } : {}),
			...(description ? { description } : {})
		};
	});

	const descriptions = capped(
		edit.descriptions,
		CONTEXT_LIMITS.descriptions,
		'descriptions',
		problem
	).flatMap((raw, i) => {
		const description = isObject(raw) ? raw : {};
		const field = `descriptions.${i}`;
		const body = text(description.text);
		if (body.length > CONTEXT_LIMITS.text) {
			problem(field, `The description is longer than ${CONTEXT_LIMITS.text} characters.`);
		}
		if (typeof description.column === 'string') {
			const ref = columnProblem(field, description);
			return body === '' ? [] : [{ ...ref, text: body }];
		}
		const datasetId = typeof description.datasetId === 'string' ? description.datasetId : '';
		if (!inContext.has(datasetId))
			problem(field, 'It names a dataset that is not in this context.');
		return body === '' ? [] : [{ datasetId, text: body }];
	});

	const synonyms = capped(edit.synonyms, CONTEXT_LIMITS.synonyms, 'synonyms', problem).map(
		(raw, i) => {
			const synonym = isObject(raw) ? raw : {};
			const field = `synonyms.${i}`;
			const term = text(synonym.term);
			if (term === '') problem(`${field}.term`, 'A synonym needs a word.');
			else if (term.length > CONTEXT_LIMITS.term) {
				problem(`${field}.term`, `The word is longer than ${CONTEXT_LIMITS.term} characters.`);
			}
			const target = isObject(synonym.target) ? synonym.target : {};
			if (target.kind === 'table') {
				const datasetId = typeof target.datasetId === 'string' ? target.datasetId : '';
				if (!inContext.has(datasetId)) {
					problem(`${field}.target`, 'It names a dataset that is not in this context.');
				}
				return { term, target: { kind: 'table' as const, datasetId } };
			}
			const ref = columnProblem(`${field}.target`, target);
			if (target.kind === 'column') return { term, target: { kind: 'column' as const, ...ref } };
			const value = text(target.value);
			if (target.kind !== 'value')
				problem(`${field}.target`, 'Choose a dataset, a column or a value.');
			else if (value === '') problem(`${field}.target`, 'Give the value the word stands for.');
			else if (value.length > CONTEXT_LIMITS.value) {
				problem(`${field}.target`, `The value is longer than ${CONTEXT_LIMITS.value} characters.`);
			}
			return { term, target: { kind: 'value' as const, ...ref, value } };
		}
	);

	const notes = typeof edit.notes === 'string' ? edit.notes.trim() : '';
	if (notes.length > CONTEXT_LIMITS.notes) {
		problem('notes', `The notes are longer than ${CONTEXT_LIMITS.notes} characters.`);
	}
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		value: { name, datasetIds: chosen, relations, metrics, descriptions, synonyms, notes }
	};
}

function capped(
	value: unknown,
	max: number,
	field: string,
	problem: (field: string, message: string) => void
): unknown[] {
	const items = list(value);
	if (items.length > max) problem(field, `At most ${max} are allowed; this has ${items.length}.`);
	return items.slice(0, max);
}

function list(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
