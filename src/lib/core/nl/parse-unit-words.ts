/**
 * Words that only repeat what a number column's name says: its unit ("in km" of `distance_km`)
 * or the verb of its amount ("late fees collected").
 */
import { isMeasuredIn, isUnitWord } from './dimensions';
import type { ColumnInfo } from './lexicon';
import type { ParseState } from './parse-state';
import { isSingularWords, normalizeWord } from './text';

/** Units as words, and the short forms column names give them. */
const UNIT_FORMS: Record<string, string[]> = {
	minute: ['min', 'mins', 'minute'],
	hour: ['hr', 'hrs', 'h', 'hour'],
	second: ['sec', 'secs', 's', 'second'],
	day: ['day'],
	km: ['km'],
	kilometre: ['km'],
	kilometer: ['km'],
	mile: ['mi', 'mile'],
	dollar: ['usd', 'dollar'],
	usd: ['usd'],
	euro: ['eur', 'euro'],
	kg: ['kg'],
	kilogram: ['kg'],
	pound: ['lb', 'lbs'],
	metre: ['m'],
	meter: ['m'],
	percent: ['pct', 'percent']
};

/** Units written as symbols, the same for one or many. */
const SYMBOLS = new Set(['km', 'kg', 'kwh', 'mwh', 'kcal', 'usd']);

/** Nouns of amounts counted in units: "how many liters" asks for their total. */
const UNIT_NOUNS = new Set([
	...Object.keys(UNIT_FORMS),
	...'liter litre gallon calorie kcal ton tonne gram kwh mwh step'.split(' ')
]);

/**
 * "how many liters of diesel", "how many miles": a unit noun that names a number column (its
 * cells are amounts in that unit) counts those units, which is the column's total.
 */
export function isUnitAmount(words: string, column: ColumnInfo): boolean {
	const last = normalizeWord(words.trim().split(/\s+/).at(-1) ?? '');
	const min = column.profile?.min;
	return (
		column.kind === 'number' &&
		UNIT_NOUNS.has(last) &&
		// ("how many km": a unit's symbol has no plural)
		(!isSingularWords(words) || SYMBOLS.has(last)) &&
		(typeof min !== 'number' || min >= 0)
	);
}

/**
 * "median trip distance in km", "longest trip in minutes": a unit after "in" that the name of a
 * number column the question reads already gives (`distance_km`, `dur_min`) only repeats it.
 */
export function isUnitOfNamedColumn(state: ParseState, i: number): boolean {
	const item = state.items[i];
	const prev = state.items[i - 1];
	if (prev?.type !== 'kw' || prev.kw !== 'in') return false;
	const unit = item.type === 'word' ? item.norm : item.type === 'grain' ? item.grain : '';
	const forms = UNIT_FORMS[unit];
	if (!forms) return false;
	const { measures, order, select } = state.intent;
	const read = [...measures.map((m) => m.column), order?.column, ...select];
	const named = read.filter((c) => c?.kind === 'number').concat(state.loose.map((l) => l.column));
	if (!named.some((c) => c?.words.some((w) => forms.includes(w)))) return false;
	state.used[i - 1] = true;
	return true;
}

/** Who did it and when, between an amount and its verb ("the bill we have ever charged"). */
const SAYING_WHO = new Set('we i you they have has had ever been was were ve'.split(' '));

/**
 * "late fees collected", "miles driven", "the biggest bill we have ever charged": a participle
 * closing the question after a number column only says what the amount is.
 */
export function isParticipleOfAmount(state: ParseState, i: number): boolean {
	const item = state.items[i];
	let k = i - 1;
	while (
		k > 0 &&
		state.items[k].type === 'word' &&
		SAYING_WHO.has((state.items[k] as { norm: string }).norm)
	)
		k--;
	const prev = state.items[k];
	if (item.type !== 'word' || !/(ed|en)$/.test(item.norm) || prev?.type !== 'ref') return false;
	const best = prev.cands[0]?.target;
	return best?.kind === 'column' && best.column.kind === 'number' && !state.items[i + 1];
}

/** A column measured in a unit other than a share: `Age (yrs)`, `Cost (£)`, `weight_kg`. */
export function hasOtherUnit(column: ColumnInfo): boolean {
	const unit = /\(([^)]*)\)\s*$/.exec(column.name)?.[1].trim().toLowerCase();
	if (unit !== undefined) return !/^(%|pct|percent|percentage)$/.test(unit);
	return column.words.some((w) => isUnitWord(w) && !isMeasuredIn('percent', column));
}

/** "1 million square km": the word before an area's unit. */
export function isSquarePrefix(words: string): boolean {
	return ['square', 'sq'].includes(words.toLowerCase());
}

/** "30 mm of precipitation": the word after the unit is "of", and the column follows it. */
export function isOfNext(state: ParseState, unitIndex: number): boolean {
	const next = state.items[unitIndex + 1];
	return next !== undefined && next.words.toLowerCase() === 'of';
}
