/**
 * The changes the Contexts page makes to a context, each checked before it is applied: lengths
 * and counts are bounded, datasets and columns must exist, a metric is one expression. Pure:
 * the same context, edit and datasets give the same outcome. Storage applies an edit inside the
 * transaction that stores it (storage/contexts-repo.ts), so a context is never half-written.
 */
import type {
	Context,
	ContextMetricDef,
	ContextRelationDef,
	ContextSynonym,
	Outcome,
	RelationKind
} from './types';
import {
	checkColumn,
	checkMetric,
	datasetInContext,
	fail,
	hasControl,
	LIMITS,
	RELATION_KINDS,
	type EditDataset
} from './edit-checks';

export {
	checkMetric,
	expressionProblem,
	LIMITS,
	METRIC_FORMATS,
	RELATION_KINDS,
	type EditDataset
} from './edit-checks';

export type ContextEdit =
	| { kind: 'add-dataset'; datasetId: string }
	| { kind: 'remove-dataset'; datasetId: string }
	| { kind: 'add-relation'; relation: ContextRelationDef }
	| { kind: 'remove-relation'; index: number }
	| { kind: 'set-relation-kind'; index: number; relationKind: RelationKind | undefined }
	| { kind: 'set-description'; datasetId: string; column?: string; text: string }
	| { kind: 'add-synonym'; synonym: ContextSynonym }
	| { kind: 'remove-synonym'; index: number }
	| { kind: 'add-metric'; metric: ContextMetricDef }
	| { kind: 'update-metric'; index: number; metric: ContextMetricDef }
	| { kind: 'remove-metric'; index: number }
	| { kind: 'set-notes'; text: string };

/** A context name trimmed and checked: 1–80 characters after trimming, no control characters. */
export function checkContextName(name: unknown): Outcome<string> {
	if (typeof name !== 'string') return fail('A context needs a name.');
	const trimmed = name.trim();
	if (trimmed === '') return fail('A context needs a name.');
	if (trimmed.length > LIMITS.name) {
		return fail(
			`A context name can be at most ${LIMITS.name} characters (this one has ${trimmed.length}).`
		);
	}
	if (hasControl(trimmed)) return fail('A context name cannot contain control characters.');
	return { ok: true, value: trimmed };
}

/** "<name> (copy)", shortened so the result stays within the name limit. */
export function copyName(name: string): string {
	const suffix = ' (copy)';
	return name.slice(0, LIMITS.name - suffix.length).trimEnd() + suffix;
}

/** A new, empty context. */
export function emptyContext(
	id: string,
	name: string
): Omit<Context, 'version' | 'createdAt' | 'updatedAt'> {
	return {
		id,
		name,
		datasetIds: [],
		relations: [],
		metrics: [],
		descriptions: [],
		synonyms: [],
		notes: ''
	};
}

/** Apply one edit to `context` (not changed), checked against the datasets that exist now. */
export function applyEdit(
	context: Context,
	edit: ContextEdit,
	datasets: readonly EditDataset[]
): Outcome<Context> {
	const byId = new Map(datasets.map((d) => [d.id, d]));
	const next = structuredClone(context);
	switch (edit.kind) {
		case 'add-dataset': {
			const dataset = byId.get(edit.datasetId);
			if (!dataset) return fail('That dataset no longer exists.');
			if (next.datasetIds.includes(dataset.id))
				return fail(`${dataset.name} is already in this context.`);
			if (next.datasetIds.length >= LIMITS.datasets) {
				return fail(`A context can hold at most ${LIMITS.datasets} datasets.`);
			}
			next.datasetIds.push(dataset.id);
			return ok(next);
		}
		case 'remove-dataset':
			if (!next.datasetIds.includes(edit.datasetId))
				return fail('That dataset is not in this context.');
			return ok(withoutDataset(next, edit.datasetId));
		case 'add-relation':
			return addRelation(next, edit.relation, byId);
		case 'remove-relation':
			if (!inRange(edit.index, next.relations)) return fail('That relation no longer exists.');
			next.relations.splice(edit.index, 1);
			return ok(next);
		case 'set-relation-kind': {
			const relation = inRange(edit.index, next.relations) ? next.relations[edit.index] : undefined;
			if (!relation) return fail('That relation no longer exists.');
			if (edit.relationKind !== undefined && !RELATION_KINDS.includes(edit.relationKind)) {
				return fail('Choose one-to-one, one-to-many, many-to-one or many-to-many.');
			}
			if (edit.relationKind === undefined) delete relation.kind;
			else relation.kind = edit.relationKind;
			return ok(next);
		}
		case 'set-description':
			return setDescription(next, edit, byId);
		case 'add-synonym':
			return addSynonym(next, edit.synonym, byId);
		case 'remove-synonym':
			if (!inRange(edit.index, next.synonyms)) return fail('That synonym no longer exists.');
			next.synonyms.splice(edit.index, 1);
			return ok(next);
		case 'add-metric': {
			if (next.metrics.length >= LIMITS.metrics)
				return fail(`A context can hold at most ${LIMITS.metrics} metrics.`);
			const metric = checkMetric(edit.metric, next, byId, -1);
			if (!metric.ok) return metric;
			next.metrics.push(metric.value);
			return ok(next);
		}
		case 'update-metric': {
			if (!inRange(edit.index, next.metrics)) return fail('That metric no longer exists.');
			const metric = checkMetric(edit.metric, next, byId, edit.index);
			if (!metric.ok) return metric;
			next.metrics[edit.index] = metric.value;
			return ok(next);
		}
		case 'remove-metric':
			if (!inRange(edit.index, next.metrics)) return fail('That metric no longer exists.');
			next.metrics.splice(edit.index, 1);
			return ok(next);
		case 'set-notes': {
			if (typeof edit.text !== 'string') return fail('Notes must be text.');
			if (edit.text.length > LIMITS.notes) {
				return fail(
					`Notes can be at most ${LIMITS.notes.toLocaleString('en-US')} characters (these have ${edit.text.length.toLocaleString('en-US')}).`
				);
			}
			next.notes = edit.text;
			return ok(next);
		}
	}
}

/** The context without `datasetId` and every relation, metric, description and synonym naming it. */
export function withoutDataset(context: Context, datasetId: string): Context {
	return {
		...context,
		datasetIds: context.datasetIds.filter((id) => id !== datasetId),
		relations: context.relations.filter(
			(r) => r.left.datasetId !== datasetId && r.right.datasetId !== datasetId
		),
		metrics: context.metrics.filter((m) => m.datasetId !== datasetId),
		descriptions: context.descriptions.filter((d) => d.datasetId !== datasetId),
		synonyms: context.synonyms.filter((s) => s.target.datasetId !== datasetId)
	};
}

function addRelation(
	next: Context,
	relation: ContextRelationDef,
	byId: Map<string, EditDataset>
): Outcome<Context> {
	if (next.relations.length >= LIMITS.relations)
		return fail(`A context can hold at most ${LIMITS.relations} relations.`);
	const left = checkColumn(next, relation?.left, byId);
	if (!left.ok) return left;
	const right = checkColumn(next, relation?.right, byId);
	if (!right.ok) return right;
	if (
		relation.left.datasetId === relation.right.datasetId &&
		relation.left.column === relation.right.column
	) {
		return fail('A relation joins two different columns.');
	}
	if (relation.kind !== undefined && !RELATION_KINDS.includes(relation.kind)) {
		return fail('Choose one-to-one, one-to-many, many-to-one or many-to-many.');
	}
	const same = next.relations.some(
		(r) => sameEnds(r, relation) || sameEnds(r, { left: relation.right, right: relation.left })
	);
	if (same)
		return fail(
			`${left.value}.${relation.left.column} and ${right.value}.${relation.right.column} are already related.`
		);
	next.relations.push({
		left: { datasetId: relation.left.datasetId, column: relation.left.column },
		right: { datasetId: relation.right.datasetId, column: relation.right.column },
		...(relation.kind ? { kind: relation.kind } : {})
	});
	return ok(next);
}

function setDescription(
	next: Context,
	edit: Extract<ContextEdit, { kind: 'set-description' }>,
	byId: Map<string, EditDataset>
): Outcome<Context> {
	if (typeof edit.text !== 'string') return fail('A description must be text.');
	const text = edit.text.trim();
	if (text.length > LIMITS.description) {
		return fail(
			`A description can be at most ${LIMITS.description} characters (this one has ${text.length}).`
		);
	}
	if (edit.column === undefined) {
		const found = datasetInContext(next, edit.datasetId, byId);
		if (!found.ok) return found;
	} else {
		const found = checkColumn(next, { datasetId: edit.datasetId, column: edit.column }, byId);
		if (!found.ok) return found;
	}
	const at = next.descriptions.findIndex(
		(d) => d.datasetId === edit.datasetId && d.column === edit.column
	);
	if (text === '') {
		if (at >= 0) next.descriptions.splice(at, 1);
		return ok(next);
	}
	const description = {
		datasetId: edit.datasetId,
		...(edit.column !== undefined ? { column: edit.column } : {}),
		text
	};
	if (at >= 0) next.descriptions[at] = description;
	else if (next.descriptions.length >= LIMITS.descriptions)
		return fail('This context holds as many descriptions as it can.');
	else next.descriptions.push(description);
	return ok(next);
}

function addSynonym(
	next: Context,
	synonym: ContextSynonym,
	byId: Map<string, EditDataset>
): Outcome<Context> {
	if (next.synonyms.length >= LIMITS.synonyms)
		return fail(`A context can hold at most ${LIMITS.synonyms} synonyms.`);
	const term = typeof synonym?.term === 'string' ? synonym.term.trim() : '';
	if (term === '') return fail('A synonym needs a word.');
	if (term.length > LIMITS.term) return fail(`A synonym can be at most ${LIMITS.term} characters.`);
	if (hasControl(term)) return fail('A synonym cannot contain control characters.');
	const target = synonym.target;
	let clean: ContextSynonym['target'];
	if (target?.kind === 'table') {
		const found = datasetInContext(next, target.datasetId, byId);
		if (!found.ok) return found;
		clean = { kind: 'table', datasetId: target.datasetId };
	} else if (target?.kind === 'column' || target?.kind === 'value') {
		const found = checkColumn(next, target, byId);
		if (!found.ok) return found;
		if (target.kind === 'column')
			clean = { kind: 'column', datasetId: target.datasetId, column: target.column };
		else {
			const value = typeof target.value === 'string' ? target.value.trim() : '';
			if (value === '') return fail('A value synonym needs the value it stands for.');
			if (value.length > LIMITS.value)
				return fail(`A value can be at most ${LIMITS.value} characters.`);
			clean = { kind: 'value', datasetId: target.datasetId, column: target.column, value };
		}
	} else return fail('A synonym stands for a dataset, a column or a value.');
	const key = term.toLocaleLowerCase();
	if (
		next.synonyms.some(
			(s) =>
				s.term.toLocaleLowerCase() === key && JSON.stringify(s.target) === JSON.stringify(clean)
		)
	) {
		return fail(`“${term}” is already a synonym for that.`);
	}
	next.synonyms.push({ term, target: clean });
	return ok(next);
}

function sameEnds(a: ContextRelationDef, b: ContextRelationDef): boolean {
	return (
		a.left.datasetId === b.left.datasetId &&
		a.left.column === b.left.column &&
		a.right.datasetId === b.right.datasetId &&
		a.right.column === b.right.column
	);
}

function inRange(index: number, list: readonly unknown[]): boolean {
	return Number.isInteger(index) && index >= 0 && index < list.length;
}

function ok(context: Context): Outcome<Context> {
	return { ok: true, value: context };
}
