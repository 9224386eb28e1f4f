/**
 * Alternative readings of an answered question: where a reference had other close candidates
 * (column or table, which column, value or column) and where "per month" spans several years,
 * the question is planned again with the other choice forced, and each confident answer that
 * differs is offered on the interpretation item of those words.
 */
import { CONFIDENCE_THRESHOLD } from './explain';
import type { Target } from './lexicon';
import type { Item } from './matcher';
import { targetKey } from './matcher';
import { answerIn, type Attempt, type Forcing } from './pipeline';
import type { InterpretationItem, NlAlternative, NlAnswer } from './types';
import { isRefusal } from './types';

const MAX_PER_ITEM = 4;
const MAX_ITEMS = 3;
/** Candidates within this score of the chosen one are real alternatives. */
const CLOSE = 0.05;

export function addAlternatives(attempt: Attempt, question: string): NlAnswer {
	const answer = attempt.result;
	if (isRefusal(answer)) throw new Error('addAlternatives needs an answer');
	const interpretation = answer.interpretation.map((i) => ({ ...i }));
	const seen = new Set([answer.sql]);
	const offer = (
		words: string,
		alternative: NlAlternative,
		kind: InterpretationItem['kind'],
		chosen: string
	) => {
		if (seen.has(alternative.answer.sql)) return;
		seen.add(alternative.answer.sql);
		let item = interpretation.find((i) => i.words !== '' && includesWords(i.words, words));
		if (!item) {
			item = { words, kind, meaning: chosen };
			interpretation.push(item);
		}
		if ((item.alternatives?.length ?? 0) >= MAX_PER_ITEM) return;
		item.alternatives = [...(item.alternatives ?? []), alternative];
	};
	const rerun = (forcing: Forcing): NlAnswer | undefined => {
		const other = answerIn(question, attempt.catalog, attempt.context, forcing).result;
		return isRefusal(other) || other.confidence < CONFIDENCE_THRESHOLD ? undefined : other;
	};
	for (const item of closeRefs(attempt.items)) {
		for (const cand of item.cands.slice(1, 1 + MAX_PER_ITEM)) {
			const key = targetKey(cand.target);
			const other = rerun({ targets: new Map([[item.start, key]]) });
			if (!other) continue;
			const alternative = { meaning: describe(cand.target), answer: other };
			offer(item.words, alternative, 'column', describe(item.cands[0].target));
		}
	}
	const month = monthAmbiguity(attempt);
	if (month) {
		const calendar = 'calendar month (each month of each year)';
		const ofYear = 'month of the year (all years together)';
		const [own, meaning] = month.isOfYear ? [ofYear, calendar] : [calendar, ofYear];
		const chosen = `by ${own}`;
		const group = interpretation.find((i) => i.kind === 'group' && i.words === month.words);
		if (group) group.meaning = chosen;
		const other = rerun({ month: month.isOfYear ? 'calendar' : 'of-year' });
		if (other) offer(month.words, { meaning, answer: other }, 'group', chosen);
	}
	if (attempt.intent?.isListOffered) {
		const listed = rerun({ isListForced: true });
		const said =
			interpretation.find((i) => i.kind === 'table' && i.words !== '') ??
			interpretation.find((i) => i.kind === 'aggregate' && i.words !== '');
		if (listed && said) {
			const meaning = 'list these rows (not how many or their total)';
			offer(said.words, { meaning, answer: listed }, said.kind, said.meaning);
		}
	}
	return { ...answer, interpretation };
}

/** References whose runner-up candidates scored close to the chosen one. */
function closeRefs(items: Item[]): Array<Extract<Item, { type: 'ref' }>> {
	const out: Array<Extract<Item, { type: 'ref' }>> = [];
	for (const item of items) {
		if (item.type !== 'ref' || item.cands.length < 2) continue;
		const best = item.cands[0].score;
		const close = item.cands.filter((c) => c.score >= best - CLOSE);
		if (close.length < 2) continue;
		out.push({ ...item, cands: close });
		if (out.length >= MAX_ITEMS) break;
	}
	return out;
}

/**
 * A "per month" grouping whose data spans more than one year: its words, and whether it was read
 * as the month of the year (a date kept in parts, whose file has its own month column).
 */
function monthAmbiguity(attempt: Attempt): { words: string; isOfYear: boolean } | undefined {
	const grain = attempt.intent?.timeGrain;
	const time = attempt.plan?.time;
	if (!grain || !time || time.kind !== 'date') return undefined;
	const isOfYear = grain.grain === 'month_of_year' && time.parts !== undefined;
	if (grain.grain !== 'month' && !(isOfYear && !/\byear\b/i.test(grain.words))) return undefined;
	const monthFilter = attempt.intent?.filters.some(
		(f) => f.part === 'year' || f.part === 'month' || f.part === 'date' || f.relative
	);
	if (monthFilter) return undefined;
	const { min, max } = time.profile ?? {};
	const from = typeof min === 'string' ? Number(min.slice(0, 4)) : NaN;
	const to = typeof max === 'string' ? Number(max.slice(0, 4)) : NaN;
	const isSpread = Number.isNaN(from) || Number.isNaN(to) || to > from;
	return isSpread ? { words: grain.words, isOfYear } : undefined;
}

function describe(target: Target): string {
	switch (target.kind) {
		case 'table':
			return `the rows of ${target.table.humanName}`;
		case 'column':
			return `column "${target.column.name}" of ${target.column.table.humanName}`;
		case 'value':
			return `"${target.column.name}" = '${target.value}'`;
		case 'metric':
			return `metric "${target.metric.name}"`;
	}
}

function includesWords(haystack: string, needle: string): boolean {
	return ` ${haystack.toLowerCase()} `.includes(` ${needle.toLowerCase()} `);
}
