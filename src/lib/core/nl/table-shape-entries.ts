/**
 * Entries a table's shape implies beyond its names: the one fact of a table named for it, and
 * the word "category" for its one column of categories, the words of spending for its one sum
 * of money, the words for a person for its one column of people.
 */
import { entry, type ColumnInfo, type Entry, type Target, type TableInfo } from './lexicon';
import { impliedAggregate, isCurrencyNamed, isOnePerRow, labelColumn } from './planner-helpers';
import { normalizeWord } from './text';
import { isKindOf } from './word-net';

/**
 * "Coastline length" of countries with a `costline` column: a table named with a singular noun,
 * whose one number column is its only fact and is not already named by the table's words (a
 * misspelling, an abbreviation), names that column too ("the longest coastline"). A plural name
 * ("Airports") names the rows instead.
 */
export function namedMeasure(table: TableInfo, words: string[]): ColumnInfo | undefined {
	const numbers = table.columns.filter((c) => c.kind === 'number');
	const last = table.humanName.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
	if (numbers.length !== 1 || table.columns.length > 3 || last.endsWith('s')) return undefined;
	// a column the name already says ("Sky" of `sky` and `wind`) leaves the name to it
	// ("US infant mortality" of `infant_mortality_rate` names the number, which its own name
	// does not quite: "height" of "Male height" does)
	const isNamed = table.columns.some((c) =>
		c === numbers[0]
			? c.words.every((w) => words.includes(w))
			: c.words.some((w) => words.includes(w))
	);
	return isNamed ? undefined : numbers[0];
}

/** Names of a label column that say nothing of what the rows are. */
const GENERIC_LABELS = new Set(['name', 'id', 'title', 'label', 'key', 'code', 'item', 'entity']);

/**
 * "Regions of the world" with columns `country` and `location`, "Currency codes" with `country`
 * and `currency_code`: a table of two columns whose rows are named by a label column (one value
 * a row, a specific noun such as country) other than the table's name holds one fact about
 * each of them, a category, and its name names that fact, not the rows ("how many regions", "countries per
 * currency"). Undefined for other tables ("Airports" of `name` and `elevation` names its rows).
 */
export function namedFact(table: TableInfo, words: string[]): ColumnInfo | undefined {
	if (table.columns.length !== 2) return undefined;
	const label = table.columns.find(
		(c) =>
			c.kind === 'text' && isOnePerRow(c) === true && !c.words.some((w) => GENERIC_LABELS.has(w))
	);
	const fact = table.columns.find((c) => c !== label);
	// (a number is named by its own column or by namedMeasure)
	if (!label || !fact || fact.kind !== 'text') return undefined;
	const nameWords = new Set(words.map(normalizeWord));
	// "Country population": the label is part of the name, which already names its fact
	if (label.words.some((w) => nameWords.has(normalizeWord(w)))) return undefined;
	return fact;
}

/** The word people use for a column of categories when none is named so ("type" and "kind"
 * stay classifiers: "types of government"). */
const CATEGORY_WORDS = ['category'];
/** A text column with at most this many distinct values (and a few rows each) holds categories. */
const MAX_CATEGORIES = 60;

/**
 * "places per category" of a table whose one column of categories is named `key`: with no
 * column named category, type, kind, class or group, "category" names the table's only
 * categorical text column (a guess, scored below a column's own name).
 */
export function addCategoryEntries(table: TableInfo, entries: Entry[]): void {
	const named = table.columns.some((c) =>
		c.words.some((w) => ['category', 'type', 'kind', 'class', 'group'].includes(w))
	);
	const rows = table.rowCount ?? 0;
	const categorical = table.columns.filter((c) => {
		const distinct = c.profile?.distinctCount ?? 0;
		return c.kind === 'text' && distinct > 1 && distinct <= MAX_CATEGORIES && distinct * 3 <= rows;
	});
	if (named || categorical.length !== 1) return;
	const target: Target = { kind: 'column', column: categorical[0] };
	for (const word of CATEGORY_WORDS)
		entries.push(entry([word], target, word, { base: 0.9, isExactOnly: true }));
}

/** What people call money that went out, whatever the export named its column. */
const SPENT_WORDS = ['spend', 'spent', 'spending', 'expenditure'];
/** Names of a sum of money paid (not a refund or money received). */
const AMOUNT_WORDS = new Set(['total', 'amount', 'amt', 'cost', 'value', 'charge']);

/**
 * "spend by shop" of receipts whose one sum of money is `Line Total (£)`: with no column named
 * for spending, the words of spending name the table's one money column that adds up (named
 * with its currency as a total, amount or cost: no price, rate, balance or refund). With two
 * (paid in and paid out) the words stay with the one their synonyms name.
 */
export function addMoneyEntries(table: TableInfo, entries: Entry[]): void {
	const money = table.columns.filter(
		(c) =>
			c.kind === 'number' &&
			isCurrencyNamed(c) &&
			impliedAggregate(c) === 'sum' &&
			c.words.some((w) => AMOUNT_WORDS.has(w))
	);
	const isNamed = table.columns.some((c) => c.words.some((w) => SPENT_WORDS.includes(w)));
	if (isNamed || money.length !== 1) return;
	const target: Target = { kind: 'column', column: money[0] };
	for (const word of SPENT_WORDS)
		entries.push(entry([word], target, word, { base: 0.9, isExactOnly: true }));
}

/** A column of people: text named by a kind of person (`Employee`, `shopper`, `donor`). */
export function isPersonColumn(column: ColumnInfo): boolean {
	return column.kind === 'text' && column.content.some((w) => isKindOf(w, 'person'));
}

/**
 * The columns of people of a table whose rows are not themselves named one by one (staff by
 * their `name`: there "who" and "people" are the rows, and `manager` another person).
 */
export function personColumns(table: TableInfo): ColumnInfo[] {
	const label = labelColumn(table);
	if (label?.kind === 'text' && isOnePerRow(label) === true) return [];
	return table.columns.filter(isPersonColumn);
}

/** Words for the person of each row when no column is named so. */
const PERSON_WORDS = ['person', 'people'];

/**
 * "billable % for each person" of a timesheet whose one column of people is `Employee`: the
 * words for a person name that column.
 */
export function addPersonEntries(table: TableInfo, entries: Entry[]): void {
	const people = personColumns(table);
	const isNamed = table.columns.some((c) => c.words.some((w) => PERSON_WORDS.includes(w)));
	if (isNamed || people.length !== 1) return;
	const target: Target = { kind: 'column', column: people[0] };
	for (const word of PERSON_WORDS)
		entries.push(entry([word], target, word, { base: 0.9, isExactOnly: true }));
}
