/**
 * Filters: equality on known values (with lists and negation), numeric comparisons, text
 * matching (contains / starts with / ends with) and missing values.
 */
import { widensEquality } from './parse-open-bounds';
import { isSameCondition, type Filter, type FilterOp } from './intent';
import { keepsMissingIfExcluded, takeNegation } from './negation';
export { takeNegation };
import type { ColumnInfo } from './lexicon';
import { densityAt, moneyColumnOf, unitColumnOf, valueOfRowName } from './parse-choose';
import {
	columnOf,
	isColumnCand,
	isNumericCand,
	isTimesWord,
	isValueCand,
	markAmbiguous,
	nextIndex,
	note,
	pick,
	prevIndex,
	type ParseState,
	type RefItem
} from './parse-state';
import { hasTimeColumn, isYearNumber, parseOpenRange } from './parse-time';
import { parseTimeRange } from './parse-date-ranges';
import { quoteLiteral } from '../sql/quote';
import { dimensionColumn, isMeasuredIn, isUnitWord } from './dimensions';
import { hasOtherUnit, isOfNext, isSquarePrefix } from './parse-unit-words';
import { adjacentColumns, preferByPreposition, sameLetters, sharedValueWord } from './value-side';
import { textColumnHolding } from './parse-ref-kinds';
import { currencyOf, isTimesNumber, scaleOf } from './text';
import { itemCountOf } from './list-column';
import { namesRowsOfIdentifier } from './planner-helpers';
import { parseDurationBound } from './parse-duration-bound';
import { parseHasOne } from './parse-has-one';
import { parseColumnComparison } from './parse-column-compare';
import { parseCountComparison } from './parse-count-comparison';
import { parseEitherSide } from './either-side';
import { ARTICLES } from './vocabulary';

export const OP_WORDS: Record<string, string> = {
	eq: '=',
	neq: '≠',
	ieq: '=',
	not_ieq: '≠',
	gt: '>',
	lt: '<',
	gte: '≥',
	lte: '≤',
	between: 'between',
	in: 'is one of',
	not_in: 'is not one of',
	contains: 'contains',
	not_contains: 'does not contain',
	starts: 'starts with',
	ends: 'ends with',
	is_null: 'is missing',
	not_null: 'is present'
};

export function addFilter(state: ParseState, filter: Filter): void {
	// ("mention mud in the notes" read twice over is one condition)
	const isSaid = filter.column && state.intent.filters.some((f) => isSameCondition(f, filter));
	if (!isSaid) state.intent.filters.push(keepsMissingIfExcluded(state, filter));
	const name = filter.column ? `"${filter.column.name}"` : 'date';
	const values = filter.values.map((v) => quoteLiteral(v));
	const shown = filter.than
		? `"${filter.than.name}"`
		: values.join(filter.op === 'between' ? ' and ' : ', ');
	note(
		state,
		filter.words,
		'filter',
		`${name} ${OP_WORDS[filter.op]}${shown ? ' ' + shown : ''}`.trim()
	);
}

/** The loose numeric column just before index i ("horsepower over 200"). */
export function subjectBefore(
	state: ParseState,
	i: number,
	isNumeric: boolean
): ColumnInfo | undefined {
	let j = prevIndex(state, i - 1);
	const item = state.items[j];
	if (item?.type === 'kw' && (item.kw === 'with' || item.kw === 'eq')) j = prevIndex(state, j - 1);
	// "when did the rate first drop below 10": "first" says when, the rate is still the subject
	const adverb = state.items[j];
	if (adverb?.type === 'kw' && /^(first|last)$/i.test(adverb.words)) j = prevIndex(state, j - 1);
	const ref = state.items[j];
	if (ref?.type !== 'ref') return undefined;
	const loose = state.loose.find((l) => l.index === j);
	const fromLoose = loose?.column;
	const column = fromLoose ?? columnFromRef(state, ref, isNumeric);
	if (!column || (isNumeric && column.kind !== 'number' && column.kind !== 'year'))
		return undefined;
	// ("members under 25" read as the rows: their numbers are compared with nothing)
	if (isNumberOfRows(ref, column)) return undefined;
	if (loose) state.loose = state.loose.filter((l) => l !== loose);
	state.used[j] = true;
	return column;
}

function isNumberOfRows(ref: RefItem, column: ColumnInfo): boolean {
	const best = ref.cands[0]?.target;
	return (
		best?.kind === 'table' &&
		best.table === column.table &&
		namesRowsOfIdentifier(ref.words, column)
	);
}

export function columnFromRef(
	state: ParseState,
	ref: RefItem,
	isNumeric: boolean
): ColumnInfo | undefined {
	const cand = pick(state, ref, isNumeric ? isNumericCand : isColumnCand);
	return cand && cand !== 'ambiguous' ? columnOf(cand) : undefined;
}

/**
 * Comparison keyword at i: "over 200", "at least 6", "between 10 and 20", "6 or more";
 * `forcedOp` reads another keyword as one ("from 10 to 20" as between).
 */
export function parseComparison(state: ParseState, i: number, forcedOp?: FilterOp): boolean {
	const kwItem = state.items[i];
	if (kwItem.type !== 'kw') return false;
	const op = forcedOp ?? (kwItem.kw as FilterOp);
	if (parseDurationBound(state, i, op)) return true;
	const isTrailing =
		state.items[i - 1]?.type === 'num' && !state.used[i - 1] && (op === 'gte' || op === 'lte');
	if (widensEquality(state, i, op)) return true;
	const numIndex = isTrailing ? i - 1 : nextIndex(state, i + 1);
	const num = state.items[numIndex];
	if (num?.type !== 'num') return parseColumnComparison(state, i, op);
	let end = numIndex + 1;
	let values: number[] = [num.value];
	if (op === 'between') {
		const and = state.items[numIndex + 1];
		const second = state.items[numIndex + 2];
		// "between 10 and 20", "from 10 to 20"
		const isJoin = and?.type === 'kw' && (and.kw === 'and' || and.kw === 'to');
		if (!isJoin || second?.type !== 'num') return false;
		// "between 1 and 2 million": the scale of the second number is the first's too
		const scale = scaleOf(second.raw);
		const first =
			scaleOf(num.raw) === 1 && num.value * scale <= second.value ? num.value * scale : num.value;
		values = [first, second.value].sort((a, b) => a - b);
		end = numIndex + 3;
	}
	// "donors who have given more than 3 times": a number of rows, whatever word came before
	const times = state.items[end];
	const isTimes = isTimesNumber(num.raw) || isTimesWord(times);
	if (isTimes && op !== 'between' && parseCountComparison(state, i, op, numIndex)) return true;
	// (taken only now: "charges between 15 November and …" is no comparison of the charges)
	let subject = subjectBefore(state, isTrailing ? i - 1 : i, true);
	const unitWord = state.items[end];
	const ofWord = state.items[end + 1];
	const ofColumn = state.items[end + 2];
	if (
		!subject &&
		unitWord &&
		(unitWord.type === 'grain' || unitWord.type === 'word') &&
		ofWord?.type === 'word' &&
		ofWord.norm === 'of' &&
		ofColumn?.type === 'ref'
	) {
		// "more than 20 years of experience": the unit of a column named after "of"
		const column = columnFromRef(state, ofColumn, true);
		if (column?.kind === 'number') {
			subject = column;
			state.used[end + 2] = true;
			end += 2;
		}
	}
	// "1 million square km": an area, whatever the length unit
	const squared = unitWord && isSquarePrefix(unitWord.words) && state.items[end + 1];
	if (!subject && squared && isUnitWord(squared.words)) {
		subject = unitColumnOf(state, 'km²');
		if (!subject) return false;
		end += 2;
	}
	if (!subject && unitWord && isUnitWord(unitWord.words) && !isOfNext(state, end)) {
		// "below 0 degrees", "over 30 mph": the unit says which column; none or several fitting
		// leaves the unit unplaced (never another column that happens to share a word).
		const dense = densityAt(state, end);
		subject = dense?.column ?? unitColumnOf(state, unitWord.words);
		if (!subject) return false;
		end += dense?.length ?? 1;
	}
	if (!subject) {
		const after = state.items[nextIndex(state, Math.max(end, i + 1))];
		// "below 0 degrees": a word after the number names its column only by that column's own
		// name; a WordNet relation there is a guess (degree ~ level would read a battery level).
		if (after?.type === 'ref' && !after.cands.every((c) => c.isRelated)) {
			// "more than one currency" of a column listing them: how many it lists
			const listed = columnFromRef(state, after, false);
			subject = columnFromRef(state, after, true) ?? (listed && itemCountOf(listed));
			if (subject) state.used[state.items.indexOf(after)] = true;
		} else {
			subject = unitOfColumn(state, end);
			if (subject) end += 1;
		}
	}
	// "payments over £500": the sign names the column of money
	const sign = currencyOf(num.raw);
	if (!subject && sign) subject = moneyColumnOf(state, sign);
	// "heavier than 5000": the comparative names its column.
	subject ??= dimensionColumn(kwItem.words, [...state.preferredTables], state.prepared.tables);
	subject ??= sizeOfRowsBefore(state, Math.min(i, numIndex));
	if (!subject && op !== 'between' && parseCountComparison(state, i, op, numIndex)) return true;
	if (!subject && parseHasOne(state, i, op, values, numIndex)) return true;
	if (!subject) {
		if (isYearNumber(num) && hasTimeColumn(state)) return parseTimeComparison(state, i, op);
		return false;
	}
	if (areYearsOutside(state, subject, values) && parseTimeComparison(state, i, op)) return true;
	// "5000 g", "30 mph": a unit the column's name carries.
	const unit = state.items[end];
	const isPercentSign = num.raw.trim().endsWith('%');
	const isPercentWord = unit?.type === 'kw' && unit.kw === 'percent';
	// ("attendance under 85%" is no `Age (yrs)` under 85: a share is not years, pounds or kilos)
	if ((isPercentSign || isPercentWord) && hasOtherUnit(subject)) return false;
	if (isPercentSign && subject.kind === 'number') {
		const max = subject.profile?.max;
		if (typeof max === 'number' && max <= 1) values = values.map((v) => v / 100);
	} else if (isPercentWord && subject.kind === 'number') {
		// "a discount over 20%" of a column holding fractions (0.2): compare the fraction
		const max = subject.profile?.max;
		if (typeof max === 'number' && max <= 1) values = values.map((v) => v / 100);
		end += 1;
	} else if (unit?.type === 'word' && subject.words.includes(unit.norm)) end += 1;
	else if (unit && isMeasuredIn(unit.words, subject)) end += 1;
	// "40 years old": a time unit, then the adjective that says what the number measures
	const [span, adjective] = [state.items[end], state.items[end + 1]];
	if (span?.type === 'grain' && adjective && isMeasuredIn(adjective.words, subject)) end += 2;
	else if (span?.type === 'word' && isMeasuredIn(span.words, subject)) end += 1;
	const words = state.items
		.slice(Math.min(i, numIndex), end)
		.map((x) => x.words)
		.join(' ');
	for (let k = Math.min(i, numIndex); k < end; k++) state.used[k] = true;
	addFilter(state, {
		column: subject,
		op: takeNegation(state, op),
		values,
		words: `${subject.name} ${words}`
	});
	return true;
}

/**
 * "more than 30 mm of precipitation", "over 5 inches of rain": a unit word, "of", then the
 * numeric column. Marks the column used and returns it; the caller takes the unit word.
 */
function unitOfColumn(state: ParseState, unitIndex: number): ColumnInfo | undefined {
	const unit = state.items[unitIndex];
	const of = state.items[unitIndex + 1];
	const ref = state.items[unitIndex + 2];
	if (unit?.type !== 'word' || of?.type !== 'word' || of.norm !== 'of') return undefined;
	if (ref?.type !== 'ref' || state.used[unitIndex + 2]) return undefined;
	const column = columnFromRef(state, ref, true);
	if (!column) return undefined;
	state.used[unitIndex + 1] = true;
	state.used[unitIndex + 2] = true;
	return column;
}

/**
 * "total accidents between 1991 and 1993": years of the data that the named number column never
 * reaches are the time of the rows, not values of that column.
 */
function areYearsOutside(state: ParseState, column: ColumnInfo, values: number[]): boolean {
	if (column.kind !== 'number' || !hasTimeColumn(state)) return false;
	const { min, max } = column.profile ?? {};
	if (typeof min !== 'number' || typeof max !== 'number') return false;
	return values.every((v) => Number.isInteger(v) && v >= 1000 && v <= 2200 && (v < min || v > max));
}

function parseTimeComparison(state: ParseState, i: number, op: FilterOp): boolean {
	if (op === 'between') return parseTimeRange(state, i);
	if (op === 'gt' || op === 'gte') return parseOpenRange(state, i, op === 'gt' ? 'after' : 'since');
	if (op === 'lt') return parseOpenRange(state, i, 'before');
	return false;
}

/** A reference whose best reading is a value: "in Seattle", "not USA", "Ford or Chevrolet". */
export function parseValue(state: ParseState, i: number): boolean {
	const item = state.items[i] as RefItem;
	const adjacent = adjacentColumns(state, i);
	let cands = item.cands.filter(isValueCand);
	if (adjacent.length > 0) {
		const near = cands.filter((c) => adjacent.some((a) => a.column === columnOf(c)));
		if (near.length > 0) {
			cands = near;
			for (const a of adjacent) if (a.column === columnOf(near[0])) state.used[a.index] = true;
		}
	}
	cands = preferByPreposition(state, i, cands);
	const picked = pick(state, { ...item, cands }, isValueCand);
	const cand =
		picked === 'ambiguous' ? (valueOfRowName({ ...item, cands }, isValueCand) ?? picked) : picked;
	if (!cand) return false;
	if (cand === 'ambiguous') {
		state.used[i] = true;
		if (!parseEitherSide(state, i, cands)) markAmbiguous(state, item, isValueCand);
		return true;
	}
	const column = columnOf(cand)!;
	state.used[i] = true;
	const shared = sharedValueWord(item, cands, cand);
	if (shared) {
		const op = takeNegation(state, 'contains');
		addFilter(state, { column, op, values: [shared], words: item.words });
		return true;
	}
	const values = [
		cand.target.kind === 'value' ? cand.target.value : '',
		...sameLetters(cands, cand)
	];
	let words = item.words;
	let j = i + 1;
	// Lists: "Seattle, Portland or Boise"
	while (j < state.items.length) {
		const sep = state.items[j];
		const isSep = sep.type === 'kw' && (sep.kw === 'or' || sep.kw === 'and');
		// ("a full groom or a bath and brush": an article before the next value)
		const article = state.items[j + 1];
		const k = isSep ? j + (article?.type === 'word' && ARTICLES.has(article.norm) ? 2 : 1) : j;
		const next = state.items[k];
		if (next?.type !== 'ref') break;
		const same = next.cands.find((c) => c.target.kind === 'value' && c.target.column === column);
		if (!same || same.target.kind !== 'value') break;
		if (!isSep && !state.items[k - 1]) break;
		if (!values.includes(same.target.value)) values.push(same.target.value);
		words += ` ${isSep ? sep.words + ' ' : ''}${next.words}`;
		for (let u = j; u <= k; u++) state.used[u] = true;
		j = k + 1;
	}
	const prev = state.items[prevIndex(state, i - 1)];
	// "from westbury and oakwood pickups": the side's noun after its values says whose they are
	const after = state.items[j];
	const isSide = prev?.type === 'kw' && (prev.kw === 'from' || prev.kw === 'to');
	if (isSide && after?.type === 'ref' && after.cands.some((c) => columnOf(c) === column)) {
		state.used[j] = true;
		note(state, after.words, 'column', `the column of "${words}"`);
	}
	if (prev?.type === 'kw' && prev.kw === 'without') state.isNegated = true;
	const op = takeNegation(state, values.length > 1 ? 'in' : 'eq');
	if (cand.score < 0.97)
		state.intent.factors.push({
			reason: `"${item.words}" read as a value`,
			factor: Math.min(1, Math.max(0.55, cand.score + 0.1))
		});
	addFilter(state, { column, op, values, words });
	return true;
}

/** "8 cylinders", "cylinders = 8", "year is 1975" (number next to a numeric column). */
export function parseNumberEquality(state: ParseState, i: number): boolean {
	const num = state.items[i];
	if (num.type !== 'num') return false;
	const j = nextIndex(state, i + 1);
	const after = state.items[j];
	let column: ColumnInfo | undefined;
	if (after?.type === 'ref' && j === i + 1) {
		column = columnFromRef(state, after, true);
		if (column) state.used[j] = true;
	}
	// "currencies with 0 decimals" where `decimals` is text ('0', '2', '.'): its written value
	const asText = !column && after?.type === 'ref' && j === i + 1 && textColumnHolding(after, num);
	if (asText) state.used[j] = true;
	if (!column && !asText) column = subjectBefore(state, i, true);
	column ??= asText || undefined;
	if (!column) return false;
	state.used[i] = true;
	addFilter(state, {
		column,
		op: takeNegation(state, 'eq'),
		values: [asText ? num.raw : num.value],
		words: `${num.words} ${column.name}`
	});
	return true;
}

/**
 * "gifts of £500 or more", "donations over 1000": a number compared right after the noun of a
 * table's rows is their size, the one column of their amount (or of a city's population).
 */
function sizeOfRowsBefore(state: ParseState, at: number): ColumnInfo | undefined {
	let k = at - 1;
	const isOf = (x: (typeof state.items)[number]) => x.type === 'word' && x.norm === 'of';
	while (k >= 0 && isOf(state.items[k])) k -= 1;
	const rows = state.items[k];
	const best = rows?.type === 'ref' ? rows.cands[0]?.target : undefined;
	if (best?.kind !== 'table') return undefined;
	return dimensionColumn('biggest', [best.table], [best.table]);
}
