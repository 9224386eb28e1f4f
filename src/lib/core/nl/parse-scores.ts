/**
 * "which project gets the lowest feedback" of a 1–5 `Feedback Score`: on a short scale every
 * group has a lowest (or highest) score of 1 (or 5), so the groups tie and the question asks
 * which is rated lowest on average. A ranking of groups by a scale's lowest or highest, said
 * with a superlative and not with min/max, ranks them by its average.
 */
import type { ColumnInfo } from './lexicon';
import { tablesInView, type ParseState } from './parse-state';
import { addFilter } from './parse-filters';
import { holdsCounts, impliedAggregate } from './planner-helpers';
import { saysTakings } from './money-column';

/** Largest top of a rating scale (1–5, 0–10). */
const SCALE_TOP = 10;

export function rankGroupsByAverageScore(state: ParseState): void {
	const intent = state.intent;
	const order = intent.order;
	if (intent.groups.length === 0 || order?.measure === undefined) return;
	const measure = intent.measures[order.measure];
	if (!measure?.column) return;
	const isExtreme = measure.agg === 'min' || measure.agg === 'max';
	// "top 5 authors by rating", "the most turbid sites": a level, not an amount, ranks by average
	const isLevelTotal =
		measure.agg === 'sum' &&
		(isRatingScale(measure.column) ||
			(impliedAggregate(measure.column) === 'avg' && !holdsCounts(measure.column))) &&
		!/\b(total|sum|combined|altogether|overall)\b/i.test(measure.words) &&
		!saysTakings(measure.words); // ("the most money" of a price: the money adds up)
	if (!isExtreme && !isLevelTotal) return;
	if (isExtreme && !isRatingScale(measure.column)) return;
	if (/\b(min|max|minimum|maximum)\b/i.test(measure.words)) return;
	const before = { min: 'minimum', max: 'maximum', sum: 'sum' }[
		measure.agg as 'min' | 'max' | 'sum'
	];
	measure.agg = 'avg';
	const item = intent.interpretation.find(
		(i) => i.kind === 'aggregate' && i.meaning.startsWith(`${before} of "${measure.column?.name}"`)
	);
	const what = isRatingScale(measure.column) ? 'a rating' : 'a level, not an amount';
	if (item) item.meaning = `average of "${measure.column.name}" (${what}, ranked by its average)`;
}

/** Words of a rating's name. */
const RATING_WORDS = new Set([
	'rating',
	'rated',
	'stars',
	'star',
	'feedback',
	'satisfaction',
	'score'
]);

/**
 * A rating: whole numbers from 1 up to at most 10, few distinct, named as one (a count of goals
 * or of children starts at 0 and is no rating).
 */
function isRatingScale(column: ColumnInfo): boolean {
	const p = column.profile;
	if (column.kind !== 'number' || !p || !column.words.some((w) => RATING_WORDS.has(w)))
		return false;
	if (typeof p.min !== 'number' || typeof p.max !== 'number') return false;
	if (!/INT/i.test(column.type)) return false;
	return p.min >= 1 && p.max <= SCALE_TOP && p.distinctCount <= SCALE_TOP;
}

/**
 * "shifts rated 2", "films scored 5": the verb of a rating with its number is the rating
 * column (the one the tables in view have) equal to that number. True when applied.
 */
export function parseRatedNumber(state: ParseState, i: number): boolean {
	const [item, num] = [state.items[i], state.items[i + 1]];
	if (item.type !== 'word' || !['rated', 'scored'].includes(item.norm) || num?.type !== 'num')
		return false;
	const ratings = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'number' && c.words.some((w) => RATING_WORDS.has(w)));
	if (ratings.length !== 1) return false;
	state.used[i] = true;
	state.used[i + 1] = true;
	addFilter(state, {
		column: ratings[0],
		op: 'eq',
		values: [num.value],
		words: `${item.words} ${num.words}`
	});
	return true;
}
