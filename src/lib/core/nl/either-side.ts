/**
 * Two sides of each row: a chess game's `White` and `Black` players, a match's `homeTeam` and
 * `awayTeam`, a trip's pickup and drop-off areas. Both columns hold the same kind of thing, so a
 * value of that kind is in both. "how many games has callum o'neill played" or "MPV airport
 * jobs", where no word says which side, keep the rows where either side holds the value; a word
 * that names one of the columns ("at home", "with the black pieces") or a negation leaves the
 * engine asking which column was meant.
 */
import type { ColumnInfo } from './lexicon';
import type { Candidate } from './matcher';
import { quoteLiteral } from '../sql/quote';
import { columnOf, note, prevIndex, type ParseState, type RefItem } from './parse-state';

/** Scores this close to the best read the words equally well (as `pick` has it). */
const TIE = 0.02;
/** A value read at least this well is said in full. */
const WHOLE = 0.95;
/** Share of the smaller column's values the other holds too: the same kind of thing. */
const SAME_KIND = 0.5;

/** True (and the filter added) when the tied readings of item i are the two sides of a row. */
export function parseEitherSide(state: ParseState, i: number, cands: Candidate[]): boolean {
	const item = state.items[i] as RefItem;
	const before = state.items[prevIndex(state, i - 1)];
	const isWithout = before?.type === 'kw' && before.kw === 'without';
	if (state.isNegated || isWithout || cands.length < 2) return false;
	const best = cands[0].score;
	// (a value said in full: "long" of 'Longmarsh' is no club)
	if (best < WHOLE || cands[0].isLoose) return false;
	const tied = cands.filter((c) => c.score >= best - TIE && c.target.kind === 'value');
	const values = new Set(tied.map((c) => (c.target.kind === 'value' ? c.target.value : '')));
	const columns = [...new Set(tied.map(columnOf))].filter((c): c is ColumnInfo => !!c);
	if (values.size !== 1 || columns.length < 2) return false;
	const [first, ...others] = columns;
	const isSides = others.every(
		(c) => c.table === first.table && c.kind === 'text' && isSameKind(first, c)
	);
	if (!isSides || first.kind !== 'text' || isSideNamed(state, i, columns)) return false;
	const [value] = values;
	state.intent.filters.push({
		column: first,
		op: 'eq',
		values: [value],
		words: item.words,
		sides: others
	});
	const names = columns.map((c) => `"${c.name}"`).join(' or ');
	note(state, item.words, 'filter', `${names} = ${quoteLiteral(value)} (either side)`);
	return true;
}

/** The two columns share most of their values (the smaller one's, as listed in the profile). */
function isSameKind(a: ColumnInfo, b: ColumnInfo): boolean {
	const listed = (c: ColumnInfo) =>
		new Set(
			(c.profile?.values ?? c.profile?.topValues.map((t) => String(t.value)) ?? []).map((v) =>
				v.toLowerCase()
			)
		);
	const [one, two] = [listed(a), listed(b)];
	const smaller = one.size <= two.size ? one : two;
	const larger = smaller === one ? two : one;
	if (smaller.size < 2) return false;
	const shared = [...smaller].filter((v) => larger.has(v)).length;
	return shared / smaller.size >= SAME_KIND;
}

/** Another word of the question reads one of the columns itself: it says which side. */
function isSideNamed(state: ParseState, i: number, columns: ColumnInfo[]): boolean {
	return state.items.some(
		(x, k) =>
			k !== i &&
			x.type === 'ref' &&
			x.cands.some((c) => c.target.kind === 'column' && columns.includes(c.target.column))
	);
}
