/**
 * Settling what a question asks of rows that stand for other things: a table of counts ("men
 * and women employed"), a table with one row per point in time ("commits in april", "wheat
 * price over time"), and groups kept by a count condition ("neighborhoods with at least 3");
 * and counts and totals asked briefly ("tickets since July", "how much did we raise").
 */
import type { Filter } from './intent';
import type { ColumnInfo } from './lexicon';
import { addMeasure } from './parse-refs';
import { addGroup, type ParseState } from './parse-state';
import {
	columnNamedByTable,
	impliedAggregate,
	isOnePerRow,
	isIdentifierColumn,
	namesEachRow,
	timeColumn
} from './planner-helpers';
import { weightColumn } from './weights';
import { saysListing, STOCK_WORDS } from './parse-listing';
import { setTimeGroup } from './parse-time';
import { isRecordsCounted, tableNamedByValue } from './parse-records';
import { refuseDisjointSpans } from './parse-date-ranges';

export function isHavingSubject(state: ParseState, column: ColumnInfo): boolean {
	const intent = state.intent;
	return (
		column.kind === 'text' &&
		intent.groups.length === 0 &&
		!intent.timeGrain &&
		intent.measures.some((m) => m.having && (m.table ?? column.table) === column.table)
	);
}

/**
 * "continents with fewer than 20 countries": a count condition keeps groups, so the rows must
 * be grouped — by the column the question's noun for them names ("continents" of a table
 * Continents with a `continent` column), or the question is refused rather than counting all.
 */
export function settleHavingGroups(state: ParseState): void {
	const intent = state.intent;
	const having = intent.measures.find((m) => m.having);
	if (!having || intent.timeGrain) return;
	if (intent.groups.length === 0) {
		const named = state.items.flatMap((item) => {
			if (item.type !== 'ref') return [];
			const cand = item.cands.find(
				(c) =>
					c.target.kind === 'column' &&
					c.target.column.kind === 'text' &&
					(having.table ?? c.target.column.table) === c.target.column.table &&
					isOnePerRow(c.target.column) === false
			);
			return cand?.target.kind === 'column' ? [{ column: cand.target.column, item }] : [];
		})[0];
		if (!named) {
			intent.refusal = {
				reason: `"${having.words}" keeps groups, but no column says what the groups are.`,
				suggestions: ['Name the groups, e.g. "<column> with more than 10 rows".']
			};
			return;
		}
		addGroup(state, named.column, named.item.words);
	}
	// "how many currencies are used by just one country": a count of the groups' own values
	// asks how many groups are kept
	const counted = intent.measures.find(
		(m) =>
			(m.agg === 'count_distinct' || m.agg === 'count') &&
			!m.having &&
			intent.groups.some((g) => g.column === m.column)
	);
	if (counted && intent.groups.length === 1) {
		intent.measures = intent.measures.filter((m) => m !== counted);
		intent.countGroups = { words: counted.words };
		for (const x of intent.interpretation) {
			if (x.kind === 'aggregate' && x.words === counted.words) x.meaning = 'number of groups kept';
		}
	}
	// "dishes of more than one country": the rows without a dish are no dish
	for (const g of intent.groups) {
		if (g.column.kind !== 'text' || !g.column.profile?.nullShare) continue;
		if (intent.filters.some((f) => f.column === g.column)) continue;
		intent.filters.push({ column: g.column, op: 'not_null', values: [], words: g.words });
	}
}

/**
 * "men and women employed in 1850" on a table whose rows are counts: values joined by "and"
 * ask for each value's total. Listing the rows of both would answer with raw counts.
 */
export function settleEachValue(state: ParseState): void {
	const intent = state.intent;
	if (intent.mode === 'trend' || intent.mode === 'distribution') return;
	if (intent.measures.length > 0 || intent.groups.length > 0 || intent.timeGrain) return;
	if (intent.select.length > 0 || intent.order) return;
	const both = intent.filters.find(
		(f) =>
			f.op === 'in' &&
			f.column &&
			((/\band\b/i.test(f.words) && weightColumn(f.column.table)) ||
				/\b(vs|versus)\b/i.test(f.words))
	);
	if (!both?.column) return;
	addGroup(state, both.column, both.words);
	// ("hardbacks vs paperbacks": each one's rows, counted side by side)
	if (!weightColumn(both.column.table)) {
		addMeasure(state, { agg: 'count', table: both.column.table, words: both.words });
	}
}

/**
 * "male height in the US and the UK": two values of one column, each read on its own, cannot
 * both hold for a row; the question asks for either, as one list.
 */
export function mergeSameColumnValues(state: ParseState): void {
	negatedLists(state);
	mergeTimePoints(state);
	refuseDisjointSpans(state);
	const filters = state.intent.filters;
	for (const f of filters) {
		if (f.op !== 'eq' || !f.column || f.part || f.than) continue;
		const same = filters.filter(
			(g) => g !== f && g.op === 'eq' && g.column === f.column && !g.part && !g.than
		);
		if (same.length === 0 || same.some((g) => g.values[0] === f.values[0])) continue;
		// "withdrawn or are still active": said with "or", the values are asked of together
		const kws = state.items.flatMap((x) => (x.type === 'kw' ? [x.kw] : []));
		const link = kws.includes('or') && !kws.includes('and') ? ' or ' : ' and ';
		const words = [f, ...same].map((g) => g.words).join(link);
		const merged = { ...f, op: 'in' as const, values: [f, ...same].map((g) => g.values[0]), words };
		state.intent.filters = [...filters.filter((g) => g !== f && !same.includes(g)), merged];
		const meaning = `"${f.column.name}" is one of ${merged.values.map((v) => `'${v}'`).join(', ')}`;
		const said = new Set([f, ...same].map((g) => g.words));
		for (const x of state.intent.interpretation) if (said.has(x.words)) x.meaning = meaning;
		return;
	}
}

/**
 * "in 1990 and 2010", "January vs July": two years (or two months) cannot both hold for a row;
 * the question asks for either, and an aggregate of them is asked of each, side by side.
 */
function mergeTimePoints(state: ParseState): void {
	const intent = state.intent;
	for (const part of ['year', 'month'] as const) {
		const same = intent.filters.filter(
			(f) => f.op === 'eq' && f.part === part && !f.relative && !f.than
		);
		if (same.length < 2 || new Set(same.map((f) => same[0].column === f.column)).size > 1) continue;
		const values = same.map((f) => f.values[0]);
		if (new Set(values).size < values.length) continue;
		const words = same.map((f) => f.words).join(' and ');
		intent.filters = [
			...intent.filters.filter((f) => !same.includes(f)),
			{ ...same[0], op: 'in', values, words }
		];
		const said = new Set(same.map((f) => f.words));
		for (const x of intent.interpretation) {
			if (said.has(x.words)) x.meaning = `${part} is one of ${values.join(', ')}`;
		}
		const isTogether = state.items.some((x) => /^(together|altogether|combined)$/i.test(x.words));
		if (
			intent.mode === 'aggregate' &&
			intent.measures.length > 0 &&
			!intent.timeGrain &&
			!isTogether
		) {
			setTimeGroup(state, part === 'year' ? 'year' : 'month_of_year', words);
		}
	}
}

/**
 * "not counting 2013 and 2018": the negation reaches every item of the list. A value kept out,
 * then "and" or "or" and a value of the same column or date part required, is such a list (as
 * a condition the second would make the first redundant), so both are kept out.
 */
function negatedLists(state: ParseState): void {
	const filters = state.intent.filters;
	const key = (f: (typeof filters)[number]) => `${f.column?.id ?? 'time'}:${f.part ?? ''}`;
	const at = (words: string) => state.items.findIndex((x) => x.words === words);
	for (const out of filters.filter((f) => f.op === 'neq')) {
		for (const f of filters) {
			if (f.op !== 'eq' || key(f) !== key(out) || f.relative) continue;
			const link = state.items[at(out.words) + 1];
			const isListed = link?.type === 'kw' && (link.kw === 'and' || link.kw === 'or');
			if (!isListed || at(f.words) !== at(out.words) + 2) continue;
			f.op = 'neq';
			f.keepsMissing = out.keepsMissing;
			for (const x of state.intent.interpretation) {
				if (x.words === f.words) x.meaning = `not ${x.meaning}`;
			}
		}
	}
}

/**
 * "average salary of men and women", "total sales in east vs west": an aggregate of values
 * joined by "and" (or "vs") is asked of each value, side by side; "or", "combined" and
 * "together" ask for them together.
 */
export function settleEachCompared(state: ParseState): void {
	const intent = state.intent;
	// ("takings per year for vans, cars and bikes": each of them, each year; "evening vs matinee
	// tickets for each genre": each of them in each genre)
	if (intent.groups.length > 0 ? !isVersus(intent) : intent.measures.length === 0) return;
	if (intent.order || intent.mode !== 'aggregate') return;
	// "the combined area of Asia and Europe", "Asia and Europe together": one total of both
	if (intent.measures.some((m) => /\b(combined|together|altogether)\b/i.test(m.words))) return;
	if (state.items.some((x) => /^(together|altogether|combined)$/i.test(x.words))) return;
	const both = intent.filters.find(
		(f) => f.op === 'in' && f.column?.kind === 'text' && /\b(and|vs|versus)\b/i.test(f.words)
	);
	if (!both?.column || intent.groups.some((g) => g.column === both.column)) return;
	addGroup(state, both.column, both.words);
}

/**
 * "commits in april" on a table with one row per hour and a count column: the rows are points
 * in time and the table's name says what they count, so the question asks how many there were.
 */
export function isCountedThings(state: ParseState): boolean {
	const intent = state.intent;
	const table = intent.tables[0];
	if (intent.tables.length !== 1 || intent.select.length > 0 || intent.order) return false;
	if (!intent.interpretation.some((i) => i.kind === 'table')) return false;
	const time = timeColumn(table);
	return (
		!!time &&
		!!weightColumn(table) &&
		table.rowCount !== undefined &&
		time.profile?.distinctCount === table.rowCount
	);
}

/**
 * "wheat price over time" on a table with one row per point in time: counting rows would draw
 * a flat line of ones. The trend is of the numeric column the table's name words point at
 * ("wheat"); with none, or several, the question is refused.
 */
export function trendOfNamedColumn(state: ParseState): boolean {
	const intent = state.intent;
	const table =
		intent.tables[0] ?? (state.prepared.tables.length === 1 ? state.prepared.tables[0] : undefined);
	const time = table && timeColumn(table);
	if (!table || !time || intent.filters.length > 0) return false;
	const isOnePerTime =
		table.rowCount !== undefined && time.profile?.distinctCount === table.rowCount;
	if (!isOnePerTime) return false;
	const said = intent.interpretation
		.filter((i) => i.kind === 'table')
		.map((i) => i.words)
		.join(' ');
	const column = columnNamedByTable(table, said);
	if (!column) {
		intent.refusal = {
			reason: `Each row of ${table.humanName} is one point in time: which column should the trend show?`,
			suggestions: table.columns
				.filter((c) => c.kind === 'number' && c !== time)
				.slice(0, 3)
				.map((c) => `${c.name} over time`)
		};
		return true;
	}
	addMeasure(state, {
		agg: impliedAggregate(column),
		column,
		words: column.name,
		isImplied: true
	});
	return true;
}

/**
 * "tickets opened since 1 Sept 2024", "loans in 2023", "guinea pig visits since July": rows named
 * by their noun and limited in time by a date, with no column shown, nothing asked about them
 * and nothing ranked, ask how many there were; a list of hundreds of rows answers no question.
 * The list is the other reading (alternatives.ts), and a question that asks to see the rows
 * ("show", "list", "which") lists them. "How much …" asks for an amount, never a count. So
 * too records limited by any condition ("sessions over 50 kwh", parse-records.ts).
 */
export function isCountedInTime(state: ParseState): boolean {
	const intent = state.intent;
	if (state.isListForced || state.isRowsHint || state.which) return false;
	if (intent.tables.length > 1 || intent.select.length > 0 || intent.order) return false;
	if (intent.limit !== undefined || intent.perGroup) return false;
	const isNamed = intent.interpretation.some((i) => i.kind === 'table');
	const table = isNamed ? intent.tables[0] : tableNamedByValue(state);
	if (!table || (intent.tables.length === 1 && intent.tables[0] !== table)) return false;
	const time = intent.timeColumn ?? timeColumn(table);
	const inTime = (f: Filter) => !f.than && (!f.column || f.column.kind === 'date');
	const isTimed = time?.kind === 'date' && intent.filters.some(inTime);
	return (isTimed || isRecordsCounted(state, table)) && !saysListing(state);
}

/**
 * "how much did the emergency appeal raise": "how much" and one amount that adds up (the verb
 * names `amt`), nothing ranked: the total of those rows, not each of them. So too "… in rent
 * altogether", and an amount named first and limited ("sessions from outside the uk").
 */
export function totalAskedHowMuch(state: ParseState): void {
	const intent = state.intent;
	const [column] = intent.select;
	if (intent.select.length !== 1 || intent.order || intent.limit !== undefined) return;
	if (!asksHowMuch(state) && !asksWhole(state) && !namesAmountBare(state)) return;
	if (intent.measures.length > 0 || intent.groups.length > 0 || intent.timeGrain) return;
	if (column.kind !== 'number' || impliedAggregate(column) !== 'sum') return;
	const shown = intent.interpretation.find(
		(x) => x.kind === 'column' && x.meaning === `show "${column.name}"`
	);
	intent.interpretation = intent.interpretation.filter((x) => x !== shown);
	intent.select = [];
	const said = shown?.words ?? column.name;
	const isBare = !asksHowMuch(state) && !asksWhole(state);
	addMeasure(state, { agg: 'sum', column, words: isBare ? said : `how much ${said}` });
	if (isBare) intent.isListOffered = true;
	// "revenue in 2023 vs 2024": a total for each of the times listed (as mergeTimePoints does)
	const listed = intent.filters.find(
		(f) => f.op === 'in' && (f.part === 'year' || f.part === 'month')
	);
	if (listed && !asksWhole(state) && !intent.timeGrain) {
		setTimeGroup(state, listed.part === 'year' ? 'year' : 'month_of_year', listed.words);
	}
}

/** The question opens with "how much" as plain words (not the total of an amount). */
export function asksHowMuch(state: ParseState): boolean {
	const [how, much] = state.items;
	return (
		how?.type === 'word' && how.norm === 'how' && much?.type === 'word' && much.norm === 'much'
	);
}

/** "… altogether", "… in total": the whole of the amount asked for. */
function asksWhole(state: ParseState): boolean {
	const text = state.items.map((x) => x.words.toLowerCase()).join(' ');
	return /\b(altogether|all together|in total)\b/.test(text);
}

/**
 * "sessions from outside the uk": the question opens with an amount that adds up and limits
 * its rows, asking nothing of them and listing nothing: its total.
 */
function namesAmountBare(state: ParseState): boolean {
	const [column] = state.intent.select;
	// the amount is said before anything but its conditions ("workshops page revenue 2023 vs 2024")
	const at = state.items.findIndex(
		(x) =>
			x.type === 'ref' &&
			x.cands[0]?.target.kind === 'column' &&
			x.cands[0].target.column === column
	);
	const isSubject =
		at >= 0 &&
		state.items.slice(0, at).every((x) => x.type === 'ref' && x.cands[0]?.target.kind !== 'table');
	const filters = state.intent.filters;
	if (!isSubject || filters.length === 0 || state.isRowsHint || saysListing(state)) return false;
	// (a population is counted at a moment; "population of Peru" looks one row up; the list
	// of the amounts is offered as the other reading)
	const isStock = column.words.some((w) => STOCK_WORDS.has(w));
	// ("orders with a discount" of `order_no`: a number that names rows is no amount)
	if (isIdentifierColumn(column)) return false;
	return (
		!isStock && !state.isListForced && !filters.some((f) => f.column && namesEachRow(f.column))
	);
}

/** "barbie vs oppenheimer tickets": values set against each other, whose amounts are compared. */
export function isVersus(intent: ParseState['intent']): boolean {
	return intent.filters.some((f) => f.op === 'in' && /\b(vs|versus)\b/i.test(f.words));
}
