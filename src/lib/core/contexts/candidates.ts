/**
 * Which column pairs across datasets are worth measuring (pure). Measuring a pair costs a query
 * over both datasets, so pairs are chosen from what is already known — types and column
 * profiles — and capped: ten wide datasets give thousands of pairs, but only a few dozen can be
 * join keys.
 */
import type { CatalogColumn } from '../catalog/types';
import type { ColumnRef, ContextRelationDef, MeasureDataset } from './types';
import { nameSimilarity } from './names';

/** Kinds of DuckDB types that can be compared without a cast. */
export type TypeClass =
	'integer' | 'decimal' | 'float' | 'text' | 'uuid' | 'temporal' | 'boolean' | 'other';

/** Most pairs measured for one suggestion run. */
export const MAX_PAIRS = 40;
/** Most pairs measured between any two datasets. */
export const MAX_PAIRS_PER_DATASET_PAIR = 8;
/**
 * Most rows read, both sides of every pair together, in one suggestion run: four pairs over
 * 3,000,000 + 3,376 rows took 0.64 s (decision 0011), so the budget holds a run to about 2 s.
 * The first MIN_PAIRS are always measured.
 */
export const MAX_ROWS_MEASURED = 40_000_000;
export const MIN_PAIRS = 4;

export function typeClass(type: string): TypeClass {
	const t = type.trim().toUpperCase();
	if (/^(U?TINYINT|U?SMALLINT|U?INTEGER|U?BIGINT|U?HUGEINT|INT\d*)$/.test(t)) return 'integer';
	if (t === 'UUID') return 'uuid';
	if (/^(DECIMAL|NUMERIC)/.test(t)) return 'decimal';
	if (/^(DOUBLE|FLOAT|REAL)/.test(t)) return 'float';
	if (/^(VARCHAR|TEXT|STRING|CHAR|BPCHAR)/.test(t)) return 'text';
	if (/^(DATE|TIME|TIMESTAMP)/.test(t)) return 'temporal';
	if (/^BOOL/.test(t)) return 'boolean';
	return 'other';
}

/** True when the two types can be compared as they are (no cast to text). */
export function typesComparable(left: string, right: string): boolean {
	const a = typeClass(left);
	const b = typeClass(right);
	if (a === 'other' || b === 'other') return false;
	if (a === b) return true;
	const numeric = new Set<TypeClass>(['integer', 'decimal']);
	return numeric.has(a) && numeric.has(b);
}

/**
 * True when values of the two types may name the same things: comparable types, and text with
 * whole numbers or UUIDs (compared as text).
 */
export function typesJoinable(left: string, right: string): boolean {
	if (typesComparable(left, right)) return true;
	const pair = new Set([typeClass(left), typeClass(right)]);
	return pair.size === 2 && pair.has('text') && (pair.has('integer') || pair.has('uuid'));
}

/** 0..1: how close a column is to a key (distinct values ≈ non-NULL rows); 0 when unknown. */
export function keyLikeness(column: CatalogColumn, rows: number): number {
	const profile = column.profile;
	if (!profile || rows <= 0) return 0;
	const nonNull = Math.max(1, Math.round(rows * (1 - profile.nullShare)));
	return Math.min(1, profile.distinctCount / nonNull);
}

export interface Candidate {
	left: ColumnRef;
	right: ColumnRef;
	leftType: string;
	rightType: string;
	nameSimilarity: number;
	/** The larger key-likeness of the two sides. */
	keyLikeness: number;
	/** Order of measuring: most promising first. */
	prior: number;
}

/** A side is key-like enough to be the "one" side of a join. */
const KEY_LIKE = 0.9;

/**
 * The pairs to measure among `datasets`, most promising first: at most `maxPairs`, and no more
 * than MAX_ROWS_MEASURED rows read in all (beyond the first MIN_PAIRS). A pair needs
 * joinable types (booleans and floating-point numbers are never keys), one side that is key-like
 * (or the same name on both sides), and, where profiles know them, value ranges that overlap.
 * Pairs already related by `existing` are left out.
 */
export function candidatePairs(
	datasets: readonly MeasureDataset[],
	existing: readonly ContextRelationDef[],
	maxPairs = MAX_PAIRS
): Candidate[] {
	const taken = new Set(
		existing.flatMap((r) => [pairId(r.left, r.right), pairId(r.right, r.left)])
	);
	const all: Candidate[] = [];
	for (const [i, a] of datasets.entries()) {
		for (const b of datasets.slice(i + 1)) {
			if (a.id === b.id) continue;
			const found: Candidate[] = [];
			for (const left of a.columns) {
				for (const right of b.columns) {
					const candidate = candidateOf(a, left, b, right);
					if (candidate && !taken.has(pairId(candidate.left, candidate.right))) {
						found.push(candidate);
					}
				}
			}
			all.push(...found.sort(byPrior).slice(0, MAX_PAIRS_PER_DATASET_PAIR));
		}
	}
	const rowsOf = new Map(datasets.map((d) => [d.id, d.rows]));
	const chosen: Candidate[] = [];
	let rows = 0;
	for (const candidate of all.sort(byPrior)) {
		if (chosen.length >= maxPairs) break;
		const cost =
			(rowsOf.get(candidate.left.datasetId) ?? 0) + (rowsOf.get(candidate.right.datasetId) ?? 0);
		if (chosen.length >= MIN_PAIRS && rows + cost > MAX_ROWS_MEASURED) continue;
		chosen.push(candidate);
		rows += cost;
	}
	return chosen;
}

function candidateOf(
	a: MeasureDataset,
	left: CatalogColumn,
	b: MeasureDataset,
	right: CatalogColumn
): Candidate | undefined {
	if (!typesJoinable(left.type, right.type)) return undefined;
	const classes = [typeClass(left.type), typeClass(right.type)];
	if (classes.some((c) => c === 'boolean' || c === 'float')) return undefined;
	const similarity = nameSimilarity(
		{ table: a.name, column: left.name },
		{ table: b.name, column: right.name }
	);
	const keyLike = Math.max(keyLikeness(left, a.rows), keyLikeness(right, b.rows));
	const profiled = left.profile !== undefined && right.profile !== undefined;
	if (profiled && keyLike < KEY_LIKE && similarity < 1) return undefined;
	if (!profiled && similarity < 0.5) return undefined;
	if (!rangesMayOverlap(left, right)) return undefined;
	if (textNeverNumber(left, right) || textNeverNumber(right, left)) return undefined;
	if (tooFewValues(left) || tooFewValues(right)) return undefined;
	return {
		left: { datasetId: a.id, column: left.name },
		right: { datasetId: b.id, column: right.name },
		leftType: left.type,
		rightType: right.type,
		nameSimilarity: similarity,
		keyLikeness: keyLike,
		prior: 0.6 * similarity + 0.4 * keyLike + sampleOverlap(left, right)
	};
}

/** A text column whose known values hold no whole number cannot match a whole-number column. */
function textNeverNumber(text: CatalogColumn, other: CatalogColumn): boolean {
	if (typeClass(text.type) !== 'text' || typeClass(other.type) !== 'integer') return false;
	const known = [
		...(text.profile?.topValues ?? []).map((t) => t.value),
		...(text.profile?.values ?? [])
	];
	return known.length > 0 && !known.some((v) => /^\s*[-+]?\d+\s*$/.test(String(v)));
}

/** A column with one value (or none) cannot tell rows apart. */
function tooFewValues(column: CatalogColumn): boolean {
	return column.profile !== undefined && column.profile.distinctCount < 2;
}

/** False only when both profiles give min and max of one kind and the ranges are disjoint. */
export function rangesMayOverlap(left: CatalogColumn, right: CatalogColumn): boolean {
	const a = left.profile;
	const b = right.profile;
	if (!a || !b || !typesComparable(left.type, right.type)) return true;
	const values = [a.min, a.max, b.min, b.max];
	if (values.some((v) => v === undefined || v === null)) return true;
	if (values.every((v) => typeof v === 'number')) {
		const [aMin, aMax, bMin, bMax] = values as number[];
		return aMin <= bMax && bMin <= aMax;
	}
	if (values.every((v) => typeof v === 'string') && typeClass(left.type) === 'temporal') {
		const [aMin, aMax, bMin, bMax] = values as string[];
		return aMin <= bMax && bMin <= aMax;
	}
	return true;
}

/** 0..0.5: a bonus when frequent values of one side are among the known values of the other. */
function sampleOverlap(left: CatalogColumn, right: CatalogColumn): number {
	const share = (from: CatalogColumn, to: CatalogColumn): number => {
		const top = from.profile?.topValues ?? [];
		const known = new Set(
			[...(to.profile?.values ?? []), ...(to.profile?.topValues ?? []).map((t) => t.value)].map(
				String
			)
		);
		if (top.length === 0 || known.size === 0) return 0;
		return top.filter((t) => known.has(String(t.value))).length / top.length;
	};
	return 0.5 * Math.max(share(left, right), share(right, left));
}

function byPrior(a: Candidate, b: Candidate): number {
	return b.prior - a.prior;
}

function pairId(left: ColumnRef, right: ColumnRef): string {
	return JSON.stringify([left.datasetId, left.column, right.datasetId, right.column]);
}
