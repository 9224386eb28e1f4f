/**
 * "how many schools do I tune for" of a visit log with `Client` and `clientType` = 'School': the
 * plural value counted is a kind of the thing a `<thing> type` column describes, and the rows
 * are visits, not clients. Counting them counts the visits; the question asks how many such
 * clients there are, the distinct values of the column that names each one (its number before
 * its name, which two may share). A table whose rows are those things counts its rows alike.
 */
import { settleDistinctDays } from './parse-days';
import { note, type ParseState } from './parse-state';
import { flagTrue, type ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { isIdentifierColumn } from './planner-helpers';
import { isSingularWords, normalizeWord } from './text';

/** Last words of a column that sorts the things named by its first word into kinds. */
const KIND_WORDS = new Set(['type', 'kind', 'category', 'class', 'sort']);

/** The counts that are of distinct things, not of rows: days and years, then typed things. */
export function settleDistinctCounts(state: ParseState): void {
	settleDistinctDays(state);
	if (!state.intent.refusal) settleTypedThings(state);
	settleNamedFlags(state);
}

/**
 * "matches won each season" of `Match Won`: a yes/no column named by its whole name in a count
 * of other groups says which rows are counted, the ones it holds for; grouped by, it would
 * count the others too. Counted itself, it counts those rows, not its filled cells.
 */
function settleNamedFlags(state: ParseState): void {
	const intent = state.intent;
	// ("top 5 streets by number of cleans done" read as the filled `Done`s: the rows it holds for)
	for (const measure of intent.measures) {
		const flag = measure.column;
		if (measure.agg !== 'count' || flag?.kind !== 'boolean') continue;
		measure.column = undefined;
		measure.table = flag.table;
		const noted = intent.interpretation.find((x) => x.meaning === `count of "${flag.name}"`);
		if (noted) noted.meaning = 'number of rows';
		addFilter(state, { column: flag, op: 'eq', values: [flagTrue(flag)], words: flag.name });
	}
	if (!intent.measures.every((m) => m.agg === 'count' && !m.column)) return;
	// (a column shown beside an aggregate was grouped by, under its own name, settleMode)
	const shown = (column: ColumnInfo) =>
		intent.interpretation.find((x) => x.meaning === `show "${column.name}"`);
	// ("missed cleans per month" of `missed_reason`: the rows it gives a reason for, the missed)
	for (const group of intent.groups.filter((g) => !g.grain && isReasonSaid(g.column, shown))) {
		intent.groups = intent.groups.filter((g) => g !== group);
		const words = shown(group.column)!.words;
		intent.interpretation = intent.interpretation.filter(
			(x) => x.meaning !== `show "${group.column.name}"` && x.words !== group.words
		);
		addFilter(state, { column: group.column, op: 'not_null', values: [], words });
		dropExtraGroupsFactor(state);
	}
	const named = intent.groups.filter(
		(g) => g.column.kind === 'boolean' && !g.grain && g.words === g.column.name && shown(g.column)
	);
	if (named.length === 0 || intent.groups.length + (intent.timeGrain ? 1 : 0) <= named.length)
		return;
	for (const group of named) {
		const words = shown(group.column)!.words;
		intent.groups = intent.groups.filter((g) => g !== group);
		intent.interpretation = intent.interpretation.filter(
			(x) => x.meaning !== `show "${group.column.name}"` && x.words !== group.words
		);
		addFilter(state, { column: group.column, op: 'eq', values: [flagTrue(group.column)], words });
	}
	dropExtraGroupsFactor(state);
}

/** Once no column shown beside the aggregate is grouped by, its doubt goes with it. */
function dropExtraGroupsFactor(state: ParseState): void {
	const intent = state.intent;
	const extra = intent.factors.findIndex((f) => f.reason === 'extra columns grouped');
	if (extra >= 0 && intent.groups.every((g) => g.words !== g.column.name))
		intent.factors.splice(extra, 1);
}

function settleTypedThings(state: ParseState): void {
	const intent = state.intent;
	const [measure] = intent.measures;
	if (intent.mode !== 'aggregate' || intent.measures.length !== 1 || intent.groups.length > 0)
		return;
	if (measure.agg !== 'count' || measure.column || measure.share || intent.timeGrain) return;
	const counted = countedNoun(state);
	if (!counted) return;
	const filter = intent.filters.find(
		(f) => f.words === counted && (f.op === 'eq' || f.op === 'in') && !f.part && f.column
	);
	const thing = filter?.column && thingColumn(filter.column);
	if (!thing) return;
	measure.agg = 'count_distinct';
	measure.column = thing;
	measure.table = undefined;
	const noted = intent.interpretation.find((x) => x.kind === 'aggregate');
	const meaning = `number of distinct "${thing.name}" (each of the ${counted})`;
	if (noted) noted.meaning = meaning;
	else note(state, counted, 'aggregate', meaning);
}

/** The plural words right after "how many", when a condition was read from them. */
function countedNoun(state: ParseState): string | undefined {
	const at = state.items.findIndex((x) => x.type === 'kw' && /^how many$/i.test(x.words));
	const next = at >= 0 ? state.items[at + 1] : undefined;
	if (next?.type !== 'ref' || isSingularWords(next.words)) return undefined;
	return next.words;
}

/**
 * The column that names each thing a `<thing> type` column sorts (`Client No` or `Client` of
 * `clientType`), when the table's rows are not those things already.
 */
function thingColumn(kinds: ColumnInfo): ColumnInfo | undefined {
	const [thing, kind] = kinds.words;
	if (kinds.words.length !== 2 || !KIND_WORDS.has(kind)) return undefined;
	const table = kinds.table;
	const rowWords = table.humanName
		.toLowerCase()
		.split(/[^a-z]+/)
		.map(normalizeWord);
	if (rowWords.includes(normalizeWord(thing))) return undefined;
	const named = table.columns.filter(
		(c) =>
			c !== kinds &&
			(c.kind === 'text' || (c.kind === 'number' && isIdentifierColumn(c))) &&
			c.words[0] === thing &&
			(c.words.length === 1 || isIdentifierColumn(c) || c.words[1] === 'name')
	);
	return named.find(isIdentifierColumn) ?? named[0];
}

/** Last words of a column that says why its first word happened (`missed_reason`). */
const REASON_WORDS = new Set(['reason', 'cause', 'why']);

/** The column gives the reason for an event, and the question said the event's verb alone. */
function isReasonSaid(
	column: ColumnInfo,
	shown: (c: ColumnInfo) => { words: string } | undefined
): boolean {
	const [event, why] = column.words;
	if (column.kind !== 'text' || column.words.length !== 2 || !REASON_WORDS.has(why)) return false;
	return shown(column)?.words.toLowerCase() === event && /ed$/.test(event);
}
