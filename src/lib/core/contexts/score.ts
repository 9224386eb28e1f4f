/**
 * Ranking measured join candidates (pure). Measured coverage dominates the score, then name
 * similarity, then how key-like the "one" side is. A pair whose values never meet is not a join,
 * whatever its name.
 */
import type { Candidate } from './candidates';
import type { KeyMeasure } from './measure-sql';
import type { ColumnRef, JoinSuggestion, RelationKind } from './types';

/** Below this share of keys found on the other side (both ways) a pair is not suggested. */
export const MIN_COVERAGE = 0.01;

/** Below this name similarity, overlap between two unique columns is ranked as coincidence. */
const COINCIDENCE_NAME = 0.5;

/** The cardinality the numbers show, left to right. */
export function measuredKind(leftMaxPerKey: number, rightMaxPerKey: number): RelationKind {
	const leftOne = leftMaxPerKey <= 1;
	const rightOne = rightMaxPerKey <= 1;
	if (leftOne && rightOne) return 'one-to-one';
	if (leftOne) return 'one-to-many';
	if (rightOne) return 'many-to-one';
	return 'many-to-many';
}

/** Names used in reason sentences. */
export type NameOf = (ref: ColumnRef) => string;

/**
 * The suggestion for a measured candidate, oriented so that the side whose keys are most often
 * found on the other is on the left; undefined when the values barely meet.
 */
export function suggestionOf(
	candidate: Candidate,
	measure: KeyMeasure,
	typesCompatible: boolean,
	nameOf: NameOf
): JoinSuggestion | undefined {
	if (measure.sharedKeys === 0) return undefined;
	const forward = share(measure.sharedKeys, measure.leftKeys);
	const backward = share(measure.sharedKeys, measure.rightKeys);
	if (Math.max(forward, backward) < MIN_COVERAGE) return undefined;
	const flip = backward > forward;
	const left = flip ? candidate.right : candidate.left;
	const right = flip ? candidate.left : candidate.right;
	const coverage = flip ? backward : forward;
	const reverseCoverage = flip ? forward : backward;
	const leftDistinct = flip ? measure.rightKeys : measure.leftKeys;
	const rightDistinct = flip ? measure.leftKeys : measure.rightKeys;
	const leftMaxPerKey = flip ? measure.rightMaxPerKey : measure.leftMaxPerKey;
	const rightMaxPerKey = flip ? measure.leftMaxPerKey : measure.rightMaxPerKey;
	const kind = measuredKind(leftMaxPerKey, rightMaxPerKey);
	const keyLike = 1 / Math.max(1, Math.min(leftMaxPerKey, rightMaxPerKey));
	// Two unique columns with unrelated names (order_id, customer_id) often share values only
	// because both number their rows 1, 2, 3…: such overlap says little about a join.
	const isNumbering = kind === 'one-to-one' && candidate.nameSimilarity < COINCIDENCE_NAME;
	const score =
		(0.7 * coverage + 0.2 * candidate.nameSimilarity + 0.1 * keyLike) *
		(typesCompatible ? 1 : 0.9) *
		(isNumbering ? 0.5 : 1);
	return {
		left,
		right,
		score: round(score),
		nameSimilarity: candidate.nameSimilarity,
		typesCompatible,
		coverage: round(coverage),
		reverseCoverage: round(reverseCoverage),
		leftDistinct,
		rightDistinct,
		leftMaxPerKey,
		rightMaxPerKey,
		kind,
		reason:
			reasonOf(nameOf(left), nameOf(right), coverage, rightMaxPerKey, leftMaxPerKey) +
			(isNumbering
				? ' Both columns are unique and their names differ: the shared values may only be row numbers.'
				: '')
	};
}

/** Best first; ties by the left column's name for a stable order. */
export function rankSuggestions(suggestions: readonly JoinSuggestion[]): JoinSuggestion[] {
	return [...suggestions].sort(
		(a, b) =>
			b.score - a.score ||
			a.left.column.localeCompare(b.left.column) ||
			a.right.column.localeCompare(b.right.column)
	);
}

function reasonOf(
	left: string,
	right: string,
	coverage: number,
	rightMaxPerKey: number,
	leftMaxPerKey: number
): string {
	const found = `${percent(coverage)} of ${left} values are found in ${right}`;
	const rightSide =
		rightMaxPerKey <= 1
			? `each ${right} value is on one row`
			: `up to ${count(rightMaxPerKey)} rows share one ${right} value`;
	const leftSide =
		leftMaxPerKey <= 1
			? `each ${left} value is on one row`
			: `up to ${count(leftMaxPerKey)} rows share one ${left} value`;
	return `${found}; ${rightSide}; ${leftSide}.`;
}

/** "98%", "3.4%", "0.02%": whole percents where that is honest. */
export function percent(share: number): string {
	const p = share * 100;
	if (p === 0 || p === 100) return `${p}%`;
	if (p >= 10 && p <= 99) return `${Math.round(p)}%`;
	if (p > 99) return `${Math.min(99.9, Math.floor(p * 10) / 10)}%`;
	return `${Number(p.toPrecision(2))}%`;
}

export function count(n: number): string {
	return n.toLocaleString('en-US');
}

function share(part: number, whole: number): number {
	return whole === 0 ? 0 : part / whole;
}

function round(value: number): number {
	return Math.round(value * 10000) / 10000;
}
