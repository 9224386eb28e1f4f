/**
 * Findings for a context from what was measured (pure): every relation's numbers and every
 * metric's check become sentences with the numbers in them, most serious first.
 */
import { typesComparable } from './candidates';
import { cyclesOf, unrelatedDatasets } from './graph';
import type { KeyMeasure } from './measure-sql';
import { count, measuredKind, percent } from './score';
import type {
	Context,
	Finding,
	MeasureDataset,
	MetricCheck,
	RelationKind,
	RelationMeasure
} from './types';

/** Orphan rates above this are warnings; below, information. */
export const ORPHAN_WARNING = 0.05;

/** A relation's ends looked up among the datasets, or why they cannot be. */
export type ResolvedRelation =
	| {
			ok: true;
			left: { dataset: MeasureDataset; type: string };
			right: { dataset: MeasureDataset; type: string };
	  }
	| { ok: false; finding: Finding };

/** Find both ends of relation `index`; a missing dataset or column is an error finding. */
export function resolveRelation(
	context: Context,
	datasets: readonly MeasureDataset[],
	index: number
): ResolvedRelation {
	const relation = context.relations[index];
	const inContext = new Set(context.datasetIds);
	const ends = [relation.left, relation.right].map((ref) => {
		const dataset = inContext.has(ref.datasetId)
			? datasets.find((d) => d.id === ref.datasetId)
			: undefined;
		const column = dataset?.columns.find((c) => c.name === ref.column);
		return { ref, dataset, column };
	});
	for (const end of ends) {
		if (!end.dataset) {
			return fail({
				code: 'missing-dataset',
				severity: 'error',
				message: `Relation ${index + 1} names a dataset that is not in this context (it may have been deleted).`,
				relationIndex: index,
				datasetId: end.ref.datasetId
			});
		}
		if (!end.column) {
			return fail({
				code: 'missing-column',
				severity: 'error',
				message: `Relation ${index + 1}: ${end.dataset.name} has no column “${end.ref.column}”.`,
				relationIndex: index,
				datasetId: end.ref.datasetId
			});
		}
	}
	const [left, right] = ends;
	return {
		ok: true,
		left: { dataset: left.dataset!, type: left.column!.type },
		right: { dataset: right.dataset!, type: right.column!.type }
	};
}

function fail(finding: Finding): ResolvedRelation {
	return { ok: false, finding };
}

/** The numbers of one relation from its measure and declared kind. */
export function relationMeasureOf(
	relationIndex: number,
	declared: RelationKind | undefined,
	types: { left: string; right: string },
	m: KeyMeasure
): RelationMeasure {
	const kind = measuredKind(m.leftMaxPerKey, m.rightMaxPerKey);
	const oneSide = declared ?? kind;
	const duplicateKeys =
		oneSide === 'one-to-one'
			? m.leftDuplicateKeys + m.rightDuplicateKeys
			: oneSide === 'one-to-many'
				? m.leftDuplicateKeys
				: oneSide === 'many-to-one'
					? m.rightDuplicateKeys
					: 0;
	return {
		relationIndex,
		leftType: types.left,
		rightType: types.right,
		typesCompatible: typesComparable(types.left, types.right),
		leftRows: m.leftRows,
		rightRows: m.rightRows,
		leftKeys: m.leftKeys,
		rightKeys: m.rightKeys,
		orphanRate: m.leftKeyRows === 0 ? 0 : m.leftOrphanRows / m.leftKeyRows,
		reverseOrphanRate: m.rightKeyRows === 0 ? 0 : m.rightOrphanRows / m.rightKeyRows,
		leftMaxPerKey: m.leftMaxPerKey,
		rightMaxPerKey: m.rightMaxPerKey,
		duplicateKeys,
		measuredKind: kind
	};
}

/** Findings about one measured relation. */
export function relationFindings(
	context: Context,
	datasets: readonly MeasureDataset[],
	measure: RelationMeasure,
	orphanRows: { left: number; right: number }
): Finding[] {
	const index = measure.relationIndex;
	const relation = context.relations[index];
	const nameOf = (id: string): string => datasets.find((d) => d.id === id)?.name ?? id;
	const leftName = nameOf(relation.left.datasetId);
	const rightName = nameOf(relation.right.datasetId);
	const leftEnd = `${leftName}.${relation.left.column}`;
	const rightEnd = `${rightName}.${relation.right.column}`;
	const findings: Finding[] = [];
	const at = { relationIndex: index };
	if (!measure.typesCompatible) {
		findings.push({
			code: 'type-mismatch',
			severity: 'warning',
			message: `${leftEnd} is ${measure.leftType} but ${rightEnd} is ${measure.rightType}: the keys are compared as text.`,
			...at
		});
	}
	const kind = relation.kind ?? measure.measuredKind;
	const leftIsMany = kind === 'many-to-one' || kind === 'many-to-many' || kind === 'one-to-one';
	const rightIsMany = kind === 'one-to-many' || kind === 'many-to-many' || kind === 'one-to-one';
	if (orphanRows.left > 0) {
		findings.push({
			code: 'orphans',
			severity: leftIsMany && measure.orphanRate > ORPHAN_WARNING ? 'warning' : 'info',
			message: `${percent(measure.orphanRate)} of ${leftName} rows (${count(orphanRows.left)}) have no match for their ${relation.left.column} in ${rightEnd}.`,
			...at,
			datasetId: relation.left.datasetId
		});
	}
	if (orphanRows.right > 0) {
		findings.push({
			code: 'orphans',
			severity: rightIsMany && measure.reverseOrphanRate > ORPHAN_WARNING ? 'warning' : 'info',
			message: `${percent(measure.reverseOrphanRate)} of ${rightName} rows (${count(orphanRows.right)}) have no match for their ${relation.right.column} in ${leftEnd}.`,
			...at,
			datasetId: relation.right.datasetId
		});
	}
	if (measure.duplicateKeys > 0) {
		const side =
			relation.kind === 'many-to-one'
				? rightEnd
				: relation.kind === 'one-to-many'
					? leftEnd
					: `${leftEnd} or ${rightEnd}`;
		const most = Math.max(
			relation.kind === 'many-to-one' ? 0 : measure.leftMaxPerKey,
			relation.kind === 'one-to-many' ? 0 : measure.rightMaxPerKey
		);
		findings.push({
			code: 'fan-out',
			severity: 'error',
			message: `${count(measure.duplicateKeys)} keys of ${side} appear on more than one row (up to ${count(most)}): joining repeats rows and inflates sums.`,
			...at
		});
	}
	if (relation.kind && relation.kind !== measure.measuredKind) {
		findings.push({
			code: 'kind-mismatch',
			severity: 'warning',
			message: `Relation ${leftEnd} ↔ ${rightEnd} is declared ${relation.kind} but the data is ${measure.measuredKind}.`,
			...at
		});
	}
	return findings;
}

/** Findings about the context as a whole: cycles and datasets related to nothing. */
export function graphFindings(context: Context, datasets: readonly MeasureDataset[]): Finding[] {
	const nameOf = (id: string): string => datasets.find((d) => d.id === id)?.name ?? id;
	const findings: Finding[] = [];
	for (const cycle of cyclesOf(context.relations)) {
		const names = cycle.datasetIds.map(nameOf);
		findings.push({
			code: 'cycle',
			severity: 'warning',
			message:
				names.length === 1
					? `${names[0]} is related to itself: a question could join it in more than one way.`
					: `${names.join(' → ')} → ${names[0]} form a cycle: a question could join them in more than one way.`,
			relationIndex: cycle.relationIndex
		});
	}
	for (const id of unrelatedDatasets(context.datasetIds, context.relations)) {
		findings.push({
			code: 'unrelated-dataset',
			severity: 'info',
			message: `${nameOf(id)} is not related to any other dataset of this context.`,
			datasetId: id
		});
	}
	return findings;
}

/** A finding for each metric that failed its check. */
export function metricFindings(context: Context, checks: readonly MetricCheck[]): Finding[] {
	return checks
		.filter((check) => !check.ok)
		.map((check) => ({
			code: 'metric-invalid',
			severity: 'error',
			message: `Metric “${context.metrics[check.metricIndex]?.name ?? check.metricIndex + 1}” does not work: ${check.message ?? 'unknown error'}`,
			metricIndex: check.metricIndex
		}));
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then information; otherwise in the order found. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
	return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
