/**
 * "sessions over 50 kwh", "shifts with no feedback", "reviews from germany and france": a
 * table whose rows are records of events (bookings, runs, visits), not things with names of
 * their own, named by its plural noun (or a value said in the plural, "potholes") with
 * conditions and nothing else, asks how many such records there are. Listing them is the
 * other reading (alternatives.ts). Rows that are named things (countries, cars, airports) are
 * listed: "cities in peru" asks which.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { isIdentifierColumn, labelColumn, namesEachRow } from './planner-helpers';
import { isSingularWords, normalizeWord } from './text';
import { note, tableInView, type ParseState } from './parse-state';
import { IDENTITY_FACETS } from './noun-classes';

/** Words for the rows of any table. */
const ROW_WORDS = new Set(['entries', 'records', 'rows']);

const BOUND_OPS = new Set(['gt', 'gte', 'lt', 'lte', 'between']);

/** A text column with values for at least this share of its filled rows names the rows. */
const NAMING_SHARE = 0.5;

export function isRecordsCounted(state: ParseState, table: TableInfo): boolean {
	const intent = state.intent;
	if (intent.filters.length === 0 || intent.filters.some((f) => f.than)) return false;
	const noun = intent.interpretation.find((i) => i.kind === 'table');
	if (noun && isSingularWords(noun.words)) return false;
	return !hasNames(table);
}

/**
 * "falls in the over 80s", "blocked drains since september": the question opens with a value
 * said in the plural (`Complaint` = 'Fall'), which names the rows that hold it as a noun would.
 * Their table, or undefined when the question opens otherwise.
 */
export function tableNamedByValue(state: ParseState): TableInfo | undefined {
	let at = state.items.findIndex((x) => x.type !== 'word' || !/^(the|all|any)$/i.test(x.words));
	const opening = state.items[at];
	// ("entries with no variety": a word for any table's rows names the one table in view)
	if (opening?.type === 'word' && ROW_WORDS.has(opening.words.toLowerCase()))
		return tableInView(state);
	const amount = opening?.type === 'ref' ? opening.cands[0]?.target : undefined;
	// ("refunds over £100": an amount said in the plural and bounded names the rows that hold it)
	if (
		amount?.kind === 'column' &&
		amount.column.kind === 'number' &&
		!isSingularWords(opening.words)
	) {
		const next = state.items[at + 1];
		const bounded =
			next?.type === 'kw' &&
			state.intent.filters.some((f) => f.column === amount.column && BOUND_OPS.has(f.op));
		return bounded ? amount.column.table : undefined;
	}
	// ("illness absences in 2024": values said before it only narrow the rows it names)
	for (; at < state.items.length; at++) {
		const item = state.items[at];
		// ("liquids and creams": values merged into one list keep the first one's words first)
		const filter = state.intent.filters.find(
			(f) => f.words === item?.words || f.words.startsWith(`${item?.words} `)
		);
		const column = filter?.op === 'eq' || filter?.op === 'in' ? filter.column : undefined;
		if (item?.type !== 'ref' || (column?.kind !== 'text' && column?.kind !== 'boolean')) return;
		if (!isSingularWords(item.words)) return column.table;
	}
	return undefined;
}

/**
 * Some text column, not a code or number, tells most rows apart: the rows are named things.
 * Rows labelled by a reference code and dated are records whatever free text they also hold
 * (who signed for a parcel, a payment's description).
 */
export function hasNames(table: TableInfo): boolean {
	const label = labelColumn(table);
	if (label && isIdentifier(label) && table.columns.some((c) => c.kind === 'date')) return false;
	return table.columns.some((c) => {
		if (c.kind !== 'text' || isIdentifier(c)) return false;
		const filled = (table.rowCount ?? 0) * (1 - (c.profile?.nullShare ?? 0));
		return (c.profile?.distinctCount ?? 0) >= NAMING_SHARE * filled;
	});
}

/**
 * `booking_id`, `Ref`, or codes from first to last: one word with digits ("HB24-00001" …
 * "HB24-00815"; not "Route 66").
 */
function isIdentifier(column: ColumnInfo): boolean {
	if (isIdentifierColumn(column)) return true;
	const { min, max } = column.profile ?? {};
	const isCode = (v: unknown) => typeof v === 'string' && /\d/.test(v) && !/\s/.test(v.trim());
	return isCode(min) && isCode(max);
}

/**
 * "batches with no packaged date" read as `Batch No` of those rows: a plural noun that names
 * the table's identifier column (one per row) names its rows, as the table's own noun would. The reading
 * becomes the table's rows; the returned function undoes it (when the rows are not counted
 * after all, the identifiers are listed as read).
 */
export function readIdentifierAsRows(state: ParseState): (() => void) | undefined {
	const intent = state.intent;
	const [column] = intent.select;
	if (intent.select.length !== 1 || intent.filters.length === 0) return;
	// (named as one, and one per row: `order_no` of order lines names orders, not rows)
	if (!isIdentifierColumn(column) || !namesEachRow(column)) return;
	if (intent.interpretation.some((i) => i.kind === 'table')) return;
	const shown = intent.interpretation.find(
		(i) => i.kind === 'column' && i.meaning === `show "${column.name}"`
	);
	if (!shown || isSingularWords(shown.words)) return;
	const before = { ...intent, kind: shown.kind, meaning: shown.meaning };
	intent.select = [];
	if (intent.tables.length === 0) intent.tables = [column.table];
	shown.kind = 'table';
	shown.meaning = column.table.humanName;
	return () => {
		intent.select = before.select;
		intent.tables = before.tables;
		shown.kind = before.kind;
		shown.meaning = before.meaning;
	};
}

/**
 * "what percentage of jobs were done under warranty" of a `Job No`, one a row: where the rows
 * are counted, the plural of the numbered things names those rows, not a column to group by.
 */
export function countedRowsNamedByNumber(state: ParseState): void {
	const intent = state.intent;
	if (!intent.measures.every((m) => m.agg === 'count' && !m.column)) return;
	for (const column of intent.select) {
		if (!isIdentifierColumn(column) || !namesEachRow(column)) continue;
		const shown = intent.interpretation.find(
			(i) => i.kind === 'column' && i.meaning === `show "${column.name}"`
		);
		if (!shown || isSingularWords(shown.words)) continue;
		if (normalizeWord(shown.words.split(' ').at(-1) ?? '') !== column.words[0]) continue;
		intent.select = intent.select.filter((c) => c !== column);
		shown.kind = 'table';
		shown.meaning = `the rows of ${column.table.humanName}, one "${column.name}" each`;
	}
}

/**
 * "average age of first time donors", "most common blood group among our donors" of donor
 * sessions: a plural noun read loosely as an identifier that repeats (`Donor ID`, several
 * sessions each) names the people the rows are about, after what is asked of the rows is
 * already read. The rows are theirs; counted per person the answer may differ a little, so
 * confidence drops. True when the words were placed so.
 */
export function ownersOfRows(
	state: ParseState,
	loose: { column: ColumnInfo; words: string; index?: number }
) {
	const { column, words } = loose;
	const intent = state.intent;
	const isAsked = intent.measures.length > 0 || state.pendingShare !== undefined;
	if (!isAsked || isSingularWords(words)) return false;
	// ("currencies shared by two countries": the column already groups the rows)
	const isRead = intent.groups.some((g) => g.column === column) || intent.select.includes(column);
	if (isRead || intent.measures.some((m) => m.having)) return false;
	if (!isIdentifierColumn(column) || namesEachRow(column)) return false;
	// (`Donor ID`: the noun and what tells them apart; not `countryCallingCodes`)
	if (column.words.length !== 2 || !IDENTITY_FACETS.has(column.words[1])) return false;
	// ("deferral rate for people who turned up": those a clause says something of are the rows')
	const after = loose.index === undefined ? undefined : state.items[loose.index + 1];
	const isQualified = after?.type === 'word' && RELATIVES.has(after.norm);
	const said = normalizeWord(words);
	const isPeople = isQualified && (said === 'people' || said === 'person');
	if (said !== column.words[0] && !isPeople) return false;
	intent.factors.push({ reason: `"${words}" read as the rows they have`, factor: 0.9 });
	note(
		state,
		words,
		'table',
		`the rows of ${column.table.humanName}, each of one "${column.name}"`
	);
	return true;
}

/** Words that begin a clause about the noun before them. */
const RELATIVES = new Set(['who', 'that', 'whose']);
