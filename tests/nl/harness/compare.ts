/**
 * Compares an engine result with the reference result by shape and value, not by column name:
 * columns may come in another order and the engine may add columns, but every reference
 * column must be found, row for row. Numbers match within a relative tolerance.
 */
import type { Cell, ResultRows } from './types';

export interface CompareOptions {
	isOrdered?: boolean;
	/** Accept 0.25 for 25 (shares as fractions or percentages). */
	allowPercentScale?: boolean;
	relativeTolerance?: number;
}

export interface CompareResult {
	isMatch: boolean;
	reason?: string;
}

const DEFAULT_TOLERANCE = 1e-6;
const MAX_MAPPINGS = 200;

export function cellsEqual(a: Cell, b: Cell, tolerance = DEFAULT_TOLERANCE): boolean {
	if (a === null || b === null) return a === b;
	const na = asNumber(a);
	const nb = asNumber(b);
	if (na !== null && nb !== null) return numbersClose(na, nb, tolerance);
	const ya = asYearStart(a);
	const yb = asYearStart(b);
	if (ya !== null && nb !== null) return ya === nb;
	if (yb !== null && na !== null) return yb === na;
	return a === b;
}

export function compareResults(
	actual: ResultRows,
	expected: ResultRows,
	options: CompareOptions = {}
): CompareResult {
	if (actual.length !== expected.length) {
		return { isMatch: false, reason: `${actual.length} rows, expected ${expected.length}` };
	}
	const width = expected[0]?.length ?? 0;
	const actualWidth = actual[0]?.length ?? 0;
	if (expected.length === 0) return { isMatch: true };
	if (actualWidth < width) {
		return { isMatch: false, reason: `${actualWidth} columns, expected ${width}` };
	}
	const scales = options.allowPercentScale ? [1, 100, 0.01] : [1];
	for (const scale of scales) {
		const eq = (a: Cell, b: Cell) =>
			cellsEqual(scaled(a, scale), b, options.relativeTolerance ?? DEFAULT_TOLERANCE) ||
			cellsEqual(a, b, options.relativeTolerance ?? DEFAULT_TOLERANCE);
		for (const mapping of columnMappings(actual, expected, eq)) {
			const projected = actual.map((row) => mapping.map((k) => row[k]));
			if (!sameMultiset(projected, expected, eq)) continue;
			if (!options.isOrdered || isSameOrder(projected, expected, eq)) return { isMatch: true };
		}
	}
	return { isMatch: false, reason: describeDifference(actual, expected, options.isOrdered) };
}

function scaled(value: Cell, scale: number): Cell {
	return scale !== 1 && typeof value === 'number' ? value * scale : value;
}

function asNumber(value: Cell): number | null {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value.trim())) {
		return Number(value);
	}
	return null;
}

/** `2014-01-01` (a year truncated to a date) stands for the year 2014. */
function asYearStart(value: Cell): number | null {
	if (typeof value !== 'string') return null;
	const m = /^(\d{4})-01-01(T00:00:00)?$/.exec(value);
	return m ? Number(m[1]) : null;
}

function numbersClose(a: number, b: number, tolerance: number): boolean {
	if (a === b) return true;
	const scale = Math.max(Math.abs(a), Math.abs(b));
	return Math.abs(a - b) <= tolerance * scale || Math.abs(a - b) < 1e-9;
}

/**
 * Same order: row by row, or, when the reference has ties, along a sorted (monotonic) number or
 * date column of the reference, which is what the question orders by.
 */
function isSameOrder(actual: Cell[][], expected: Cell[][], eq: (a: Cell, b: Cell) => boolean) {
	if (actual.every((row, i) => rowsEqual(row, expected[i], eq))) return true;
	const width = expected[0].length;
	for (let j = 0; j < width; j++) {
		const column = expected.map((row) => row[j]);
		if (!isMonotonic(column)) continue;
		if (column.every((cell, i) => eq(actual[i][j], cell))) return true;
	}
	return false;
}

function isMonotonic(column: Cell[]): boolean {
	const keys = column.map((c) => (typeof c === 'number' || typeof c === 'string' ? c : null));
	if (keys.some((k) => k === null) || new Set(keys).size === keys.length) return false;
	const isUp = keys.every(
		(k, i) => i === 0 || (k as number | string) >= (keys[i - 1] as number | string)
	);
	const isDown = keys.every(
		(k, i) => i === 0 || (k as number | string) <= (keys[i - 1] as number | string)
	);
	return isUp || isDown;
}

function rowsEqual(a: Cell[], b: Cell[], eq: (a: Cell, b: Cell) => boolean): boolean {
	return a.length === b.length && a.every((cell, i) => eq(cell, b[i]));
}

function sameMultiset(
	actual: Cell[][],
	expected: Cell[][],
	eq: (a: Cell, b: Cell) => boolean
): boolean {
	const used = new Array<boolean>(actual.length).fill(false);
	return expected.every((row) => {
		const i = actual.findIndex((candidate, k) => !used[k] && rowsEqual(candidate, row, eq));
		if (i < 0) return false;
		used[i] = true;
		return true;
	});
}

/** Column j of expected can be column k of actual if their values agree (as sequences or bags). */
function columnMatches(
	actual: ResultRows,
	expected: ResultRows,
	k: number,
	j: number,
	eq: (a: Cell, b: Cell) => boolean
): boolean {
	const a = actual.map((row) => row[k]);
	const e = expected.map((row) => row[j]);
	return sameMultiset(
		a.map((c) => [c]),
		e.map((c) => [c]),
		eq
	);
}

/** Injective maps from expected columns to actual columns, identity first. */
function* columnMappings(
	actual: ResultRows,
	expected: ResultRows,
	eq: (a: Cell, b: Cell) => boolean
): Generator<number[]> {
	const width = expected[0].length;
	const actualWidth = actual[0].length;
	const candidates: number[][] = [];
	for (let j = 0; j < width; j++) {
		const order = [j, ...Array.from({ length: actualWidth }, (_, k) => k).filter((k) => k !== j)];
		candidates.push(
			order.filter((k) => k < actualWidth && columnMatches(actual, expected, k, j, eq))
		);
		if (candidates[j].length === 0) return;
	}
	let produced = 0;
	const chosen: number[] = [];
	function* walk(j: number): Generator<number[]> {
		if (produced >= MAX_MAPPINGS) return;
		if (j === width) {
			produced++;
			yield [...chosen];
			return;
		}
		for (const k of candidates[j]) {
			if (chosen.includes(k)) continue;
			chosen.push(k);
			yield* walk(j + 1);
			chosen.pop();
		}
	}
	yield* walk(0);
}

function describeDifference(
	actual: ResultRows,
	expected: ResultRows,
	isOrdered: boolean | undefined
): string {
	const show = (rows: ResultRows) => JSON.stringify(rows.slice(0, 3));
	const prefix = isOrdered ? 'values or order differ' : 'values differ';
	return `${prefix}: got ${show(actual)}…, expected ${show(expected)}…`;
}
