/**
 * Share words and aggregate words a column's own name carries: "percentage of …" asks for a
 * share of the total, but "habitat percentage" of `habitat_pct` names the column; "total
 * receipts" of `Total_Receipts` still asks for a total.
 */
import type { Aggregate, Filter } from './intent';
import type { ColumnInfo } from './lexicon';
import { addMeasure } from './parse-refs';
import { note, unknown, UNPLACED_WORD_PENALTY, type ParseState } from './parse-state';
import { isMeasuredIn } from './dimensions';
import { holdsCounts, impliedAggregate, isOnePerRow } from './planner-helpers';

/** Words of columns that already hold shares. */
const PERCENT_WORDS = new Set([
	'pct',
	'percent',
	'percentage',
	'perc',
	'share',
	'proportion',
	'fraction',
	'ratio'
]);

const NAME_AGGREGATES: Record<string, Aggregate> = {
	total: 'sum',
	sum: 'sum',
	average: 'avg',
	avg: 'avg',
	mean: 'avg'
};

/**
 * "total receipts for dem candidates" where the column is `Total_Receipts`: the aggregate word
 * the column's name starts with, said first, still asks for that aggregate (unless the
 * question asks to list rows).
 */
export function aggregateInName(state: ParseState, column: ColumnInfo, words: string): boolean {
	const first = words.toLowerCase().split(/\s+/)[0];
	const agg = Object.hasOwn(NAME_AGGREGATES, first) ? NAME_AGGREGATES[first] : undefined;
	const intent = state.intent;
	if (!agg || column.kind !== 'number' || column.words[0] !== first || state.isRowsHint)
		return false;
	if (intent.measures.length > 0 || intent.mode === 'distribution') return false;
	addMeasure(state, { agg, column, words });
	return true;
}

/**
 * "total attendance" of `attendancePct`: percentages do not add up, so a total of them answers
 * nothing; the answer is not sure.
 */
export function totalOfShares(state: ParseState): void {
	const summed = state.intent.measures.find(
		(m) => m.agg === 'sum' && m.column?.words.some((w) => PERCENT_WORDS.has(w))
	);
	if (summed?.column) {
		const reason = `a total of "${summed.column.name}", which holds shares that do not add up`;
		state.intent.factors.push({ reason, factor: 0.5 });
	}
}

export function settleShare(state: ParseState): void {
	const share = state.pendingShare;
	const intent = state.intent;
	if (!share) return;
	// "what share of the unemployed were in construction": a column of counts is the whole
	const counts = intent.select.filter(
		(c) => c.kind === 'number' && (impliedAggregate(c) === 'sum' || holdsCounts(c))
	);
	if (intent.measures.length === 0 && counts.length === 1 && intent.select.length === 1) {
		const shown = intent.interpretation.find((x) => x.kind === 'column');
		intent.select = [];
		intent.interpretation = intent.interpretation.filter((x) => x !== shown);
		addMeasure(state, { agg: 'sum', column: counts[0], words: shown?.words ?? share.words });
	}
	if (intent.measures.length === 0) {
		addMeasure(state, { agg: 'count', table: intent.tables[0], words: share.words });
	}
	const measure = intent.measures[0];
	if (!/\bof$/i.test(share.words) && measure.column?.words.some((w) => PERCENT_WORDS.has(w))) {
		// "average habitat percentage" of `habitat_pct`: the word names the column, already a share
		note(state, share.words, 'column', `part of "${measure.column.name}"`);
		return;
	}
	measure.share = share.share;
	// "on time rate for each carrier": a rate is of the rows of each group
	const isRate = /\brate$/i.test(share.words) || share.isRate === true;
	if (isRate || (intent.groups.length === 0 && !intent.timeGrain)) {
		const isTime = (f: (typeof intent.filters)[number]) =>
			f.part !== undefined || f.relative !== undefined;
		// With no other condition, a time is the part: "births on weekends" (a recurring day or
		// month of the whole), else "births in 2010" (a span of the whole)
		const isRecurring = (f: (typeof intent.filters)[number]) =>
			f.part === 'weekday' || f.part === 'month';
		// "damage rate for drivers under 25": the rate's own condition is the one said before it;
		// "what share of kettle reviews would recommend": the yes/no column closing the question
		const own = isRate ? rateCondition(state, share.words) : share.part;
		// "what % of juniors are belay certified": the rows said before the verb are the whole
		const whole = isRate ? [] : wholeBeforeVerb(state, share.words);
		const isPart = own
			? (f: (typeof intent.filters)[number]) => f.words === own
			: whole.length > 0
				? (f: (typeof intent.filters)[number]) => !whole.includes(f)
				: intent.filters.some((f) => !isTime(f))
					? (f: (typeof intent.filters)[number]) => !isTime(f)
					: intent.filters.some(isRecurring)
						? isRecurring
						: isTime;
		measure.shareFilters = intent.filters.filter(isPart);
		intent.filters = intent.filters.filter((f) => !isPart(f));
		knownOnly(state, measure.shareFilters);
		if (measure.shareFilters.length === 0) {
			intent.refusal = {
				reason: `A ${share.words.replace(/\s+of$/i, '')} of what? Name a group ("by …") or a condition.`,
				suggestions: ['e.g. "percentage of rows by <column>"']
			};
		}
	}
	note(
		state,
		share.words,
		'aggregate',
		share.share === 'percent' ? 'percentage of the total' : 'share of the total'
	);
}

/** Verbs that link the rows a share is of to what the part of them is or has. */
const LINKS = new Set('are were is was have has had got get did do does'.split(' '));
const RELATIVE = new Set(['that', 'which', 'who']);

/**
 * "what % of juniors are belay certified", "what share of dog visits needed a follow-up": the
 * conditions said between the share word and the first linking verb pick the whole; only when
 * a condition after the verb is left for the part. Else none.
 */
function wholeBeforeVerb(state: ParseState, words: string): Filter[] {
	const at = state.items.findIndex((x) => x.type === 'kw' && x.words === words);
	if (at < 0) return [];
	// ("of the householder applications that have been decided, what percentage were approved":
	// the rows said first, before the share is asked, are the whole)
	const first = state.items[0];
	if (first?.words.toLowerCase() === 'of' && at > 1) {
		const said = new Set(state.items.slice(1, at).flatMap((x) => x.words.split(/\s+/)));
		const whole = state.intent.filters.filter((f) =>
			f.words.split(/\s+/).every((w) => said.has(w))
		);
		if (whole.length > 0 && whole.length < state.intent.filters.length) return whole;
	}
	// ("of the exams that were sat got a U": the verb of a clause about the whole is not it)
	const isInClause = (k: number) => RELATIVE.has(state.items[k - 1]?.words.toLowerCase() ?? '');
	const verb = state.items.findIndex(
		(x, k) => k > at && x.type === 'word' && LINKS.has(x.words.toLowerCase()) && !isInClause(k)
	);
	if (verb < 0) return [];
	// ("of full tests in 2024 were booked online": a time's words span the items "in" and "2024")
	const texts = state.items.map((x) => x.words.toLowerCase());
	const position = (f: Filter) => {
		const words = f.words.toLowerCase();
		return texts.findIndex((_, k) => `${texts.slice(k).join(' ')} `.startsWith(`${words} `));
	};
	const filters = state.intent.filters;
	const whole = filters.filter((f) => {
		const k = position(f);
		return k > at && k < verb;
	});
	return whole.length > 0 && whole.length < filters.length ? whole : [];
}

/**
 * The words of the condition said right before a rate ("damage" of "damage rate"), when a
 * filter was read from them and other conditions say whose rate it is.
 */
function rateCondition(state: ParseState, words: string): string | undefined {
	const at = state.items.findIndex((x) => x.type === 'kw' && x.kw === 'share' && x.words === words);
	// ("what percentage of tickets were paid at the discounted rate": the share was asked first)
	const isAskedBefore = state.items
		.slice(0, Math.max(0, at))
		.some((x) => x.type === 'kw' && (x.kw === 'share' || x.kw === 'percent'));
	const before = at > 0 && !isAskedBefore ? state.items[at - 1].words : undefined;
	const filters = state.intent.filters;
	const isOwn = (f: Filter) => f.words === before;
	return filters.some(isOwn) && filters.some((f) => !isOwn(f)) ? before : undefined;
}

/**
 * "what fraction of countries are in Africa" of a table with a row per country: the noun after
 * the share word names the rows (a text column with a value per row), so the share is of rows.
 */
export function shareOfRows(state: ParseState, at: number): boolean {
	const item = state.items[at];
	if (item?.type !== 'ref') return false;
	const target = item.cands[0].target;
	if (target.kind !== 'column' || target.column.kind !== 'text') return false;
	if (isOnePerRow(target.column) !== true || item.cands.some((c) => c.target.kind === 'value'))
		return false;
	state.used[at] = true;
	if (!state.intent.tables.includes(target.column.table))
		state.intent.tables.push(target.column.table);
	note(state, item.words, 'table', `the rows of ${target.column.table.humanName}`);
	return true;
}

/** A text column empty on at least this share of rows holds an outcome only some rows have. */
const MOSTLY_EMPTY = 0.5;

/**
 * "on-time rate" of a yes/no column some rows leave empty (shipments not yet delivered), "what
 * % of reviewers would recommend" where some did not say: the share is among the rows where it
 * is known.
 */
function knownOnly(state: ParseState, parts: Filter[]): void {
	for (const f of parts) {
		const column = f.column;
		const empty = column?.profile?.nullShare ?? 0;
		// ("what's our pass rate" of a `test_result` only test lessons fill: among the tests)
		const isOutcome = column?.kind === 'text' && empty >= MOSTLY_EMPTY && f.op === 'eq';
		if (!column || (column.kind !== 'boolean' && !isOutcome) || empty === 0) continue;
		state.intent.filters.push({ column, op: 'not_null', values: [], words: f.words });
		note(state, f.words, 'filter', `only rows where "${column.name}" is known`);
	}
}

/**
 * "how many tenants were on the concession rate", "what share of lettings were at the
 * concession rate": "rate" right after a yes/no condition, when a count or another share is
 * already asked, names the tariff the condition sets, not a rate to compute.
 */
export function isTariffRate(state: ParseState, i: number): boolean {
	const [item, before] = [state.items[i], state.items[i - 1]];
	if (item?.type !== 'kw' || !/^rate$/i.test(item.words) || before?.type !== 'ref') return false;
	const flag = before.cands[0]?.target;
	const isOfFlag = flag?.kind === 'column' && flag.column.kind === 'boolean';
	const isCounted = state.items.slice(0, i).some((x) => x.type === 'kw' && x.kw === 'count');
	if (!isOfFlag || (!isCounted && !state.pendingShare)) return false;
	state.used[i] = true;
	note(state, item.words, 'filter', `the rate of "${flag.column.name}"`);
	return true;
}

/**
 * "average % added", "median percent charged": a percent right after an average (or highest,
 * lowest) is the unit of the amount averaged, no share of a total. A column kept in percent
 * that follows reads it; any other leaves the word unplaced.
 */
export function isAveragedPercent(state: ParseState, i: number): boolean {
	const pending = state.pendingAgg;
	const before = state.items[i - 1];
	if (!pending || pending.agg === 'sum' || pending.agg === 'count') return false;
	if (before?.type !== 'kw' || before.words !== pending.words) return false;
	const next = state.items[i + 1];
	const target = next?.type === 'ref' ? next.cands[0]?.target : undefined;
	const isPercent =
		target?.kind === 'column' &&
		(isMeasuredIn('percent', target.column) || /%/.test(target.column.name));
	if (!isPercent) unknown(state, i, UNPLACED_WORD_PENALTY);
	return true;
}
