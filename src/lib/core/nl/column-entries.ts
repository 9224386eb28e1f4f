/**
 * The lexicon entries of one column: its name and the words people say for it, its values (the
 * most frequent ones, then every listed one), one-letter codes its name spells out, the event a
 * date column is named after and the noun of a `has_…` yes/no column.
 */
import { entry, type ColumnInfo, type Entry, type Target } from './lexicon';
import { genderNouns } from './noun-classes';
import { addPlaceEntries } from './place-codes';
import { takingsColumn, TAKINGS_WORDS } from './money-column';
import { OWED_WORDS } from './owed-column';
import { normalizeWord, valueWords } from './text';
import { isParticiple, lemmasOf, nounsOfDeed, nounsOfState, partsOfSpeech } from './word-net';
import { HARMLESS, IDENTIFIER_WORDS } from './vocabulary';

/** Nouns for the length of a span of years. */
const SPAN_NOUNS = ['duration', 'length', 'span', 'reign', 'term', 'tenure', 'lifetime'];

const TIME_WORDS = new Set(['year', 'date', 'time', 'day', 'when', 'at', 'on']);

/** The ways a register's flag of those who did not come is named and said. */
const NO_SHOW = [
	'dna',
	'no show',
	'noshow',
	'did not attend',
	'didnt attend',
	'not attend',
	'not attended'
].map((p) => p.split(' ').map(normalizeWord));

function isNoShowFlag(column: ColumnInfo): boolean {
	const name = column.words.join(' ');
	return NO_SHOW.some((phrase) => phrase.join(' ') === name);
}

/** Words of a column that says when (or whether) a thing was returned. */
const RETURN_WORDS = new Set(['returned', 'return']);
/** Phrases of giving or coming back, as normalised words. */
const CAME_BACK = [
	'came back',
	'come back',
	'coming back',
	'brought back',
	'given back',
	'handed back'
].map((p) => p.split(' ').map(normalizeWord));

/** A column of at most this many values is a mark or a status, whose values are states. */
const STATE_VALUES_MAX = 12;

/** The word beside a date or year column's time word ("built" of year_built, "clean" of `Clean Date`). */
export function wordBesideTime(column: ColumnInfo): string | undefined {
	if ((column.kind !== 'date' && column.kind !== 'year') || column.words.length !== 2)
		return undefined;
	const [a, b] = column.words;
	return TIME_WORDS.has(a) && !TIME_WORDS.has(b)
		? b
		: TIME_WORDS.has(b) && !TIME_WORDS.has(a)
			? a
			: undefined;
}

/** The event a date or year column is named after, beside its time word ("built" of year_built). */
function timeColumnEvent(column: ColumnInfo): string | undefined {
	const other = wordBesideTime(column);
	return other && other.length >= 4 && /(ed|t|n|de|ld)$/.test(other) ? other : undefined;
}

export const FLAG_PREFIXES = new Set([
	'has',
	'is',
	'was',
	'with',
	'have',
	'had',
	'can',
	'did',
	'does'
]);

/**
 * `isdst`, `hasvat`: a yes/no column whose one word glues a flag prefix to a short name. The
 * short name alone ("dst") names it, and phrases it abbreviates reach it (terse-names.ts).
 */
function gluedFlag(column: ColumnInfo): string | undefined {
	if (column.kind !== 'boolean' || column.words.length !== 1) return undefined;
	const m = /^(is|has|was)([a-z]{2,5})$/.exec(column.words[0]);
	return m && !HARMLESS.has(m[2]) ? m[2] : undefined;
}

/**
 * `Match Won`, `Tickets Sold`: a yes/no column of several words whose last is the irregular past
 * of a verb ("won" of win; a regular "-ed" is read by its nouns of the deed): that verb.
 */
function irregularDeed(column: ColumnInfo): string | undefined {
	const last = column.words.at(-1);
	if (column.kind !== 'boolean' || column.words.length < 2 || !last || /ed$/.test(last))
		return undefined;
	return lemmasOf(last).find((l) => l !== last && partsOfSpeech(l).includes('v'));
}

export function addColumnEntries(column: ColumnInfo, entries: Entry[]): void {
	if (column.items) return; // read through its list column (list-column.ts)
	const target: Target = { kind: 'column', column };
	if (column.span) {
		for (const noun of SPAN_NOUNS) {
			entries.push(entry([noun], target, noun, { base: 0.95 }));
			entries.push(entry([noun, 'length'], target, noun, { base: 0.97 }));
		}
		return;
	}
	if (column.between) {
		// "average time to close", "duration", "how long"
		const { verb } = column.between;
		for (const words of [['time', 'to', verb], ['duration'], ['turnaround']]) {
			entries.push(entry(words, target, column.name, { base: 0.97, isOrdered: true }));
		}
	}
	entries.push(entry(column.words, target, column.name, { isOrdered: true }));
	if (column.owed) {
		// "still owed", "what does … owe me", "outstanding"
		for (const word of OWED_WORDS) entries.push(entry([word], target, word, { base: 1 }));
	}
	if (takingsColumn(column.table) === column) {
		// "revenue" of `Total (£)`
		for (const word of TAKINGS_WORDS) {
			entries.push(entry([word], target, word, { base: 0.9, isExactOnly: true }));
		}
		// ("sales by category" of a till: the money its lines took)
		entries.push(entry(['sale'], target, 'sales', { base: 1, isExactOnly: true }));
		// ("average charge for a tuning" of `Fee (£)`: what each row was charged)
		entries.push(entry(['charge'], target, 'charge', { base: 0.9, isExactOnly: true }));
	}
	const unit = unitNamingColumn(column);
	// ("kwh by car" of `kWh Added`: the unit is all the name says of what is measured)
	if (unit) entries.push(entry([unit], target, column.name, { base: 0.95 }));
	if (column.words.length > 1 && !/\s/.test(column.name)) {
		entries.push(entry([normalizeWord(column.name)], target, column.name, { base: 1.01 }));
	}
	if (column.content.join(' ') !== column.words.join(' ')) {
		entries.push(
			entry(column.content, target, column.name, { base: 0.97, isPartialAllowed: true })
		);
	} else if (column.words.length > 1) {
		entries.push(entry(column.words, target, column.name, { base: 0.97, isPartialAllowed: true }));
	}
	const named = identifiedThing(column);
	// `patientId`, `Officer ID`: "patients", "officer" name the things the codes stand for
	if (named) entries.push(entry([named], target, column.name, { base: 0.95 }));
	const event = timeColumnEvent(column);
	if (event) {
		// `year_built`, `date_sold`: "built before 1950", "sold in march"
		entries.push(entry([event], target, column.name, { base: 0.97 }));
	}
	if (column.kind === 'boolean' && column.words.length === 1) {
		// "cancellations" of `Cancelled`, "admissions" of `Admitted`
		for (const noun of nounsOfDeed(column.words[0])) {
			entries.push(entry([noun], target, noun, { base: 0.95, isExactOnly: true }));
		}
	}
	if (column.kind === 'boolean' && isNoShowFlag(column)) {
		// "no shows", "did not attend" of a clinic's yes/no `DNA`
		for (const phrase of NO_SHOW)
			entries.push(entry(phrase, target, column.name, { base: 0.95, isExactOnly: true }));
	}
	const isReturn = column.kind === 'date' || column.kind === 'boolean';
	if (isReturn && column.words.some((w) => RETURN_WORDS.has(w))) {
		// "loans that came back late" of `Date Returned`: coming back is being returned
		for (const phrase of CAME_BACK)
			entries.push(entry(phrase, target, column.name, { base: 0.95, isExactOnly: true }));
	}
	const verb = irregularDeed(column);
	// "win percentage" of `Match Won`: the verb of a yes/no column named by its irregular past
	if (verb) entries.push(entry([verb], target, column.name, { base: 0.95, isExactOnly: true }));
	const glued = gluedFlag(column);
	if (glued) entries.push(entry([glued], target, column.name, { base: 0.98 }));
	if (column.kind === 'boolean' && column.words.length > 1 && FLAG_PREFIXES.has(column.words[0])) {
		// `has_pool`, `is_active`: "a pool", "active" name the yes/no column
		entries.push(
			entry(column.words.slice(1), target, column.name, { base: 0.98, isOrdered: true })
		);
	}
	if (column.kind !== 'text' || !column.profile) return;
	const listed = new Set<string>();
	for (const top of column.profile.topValues) {
		if (typeof top.value !== 'string' || top.value.trim() === '') continue;
		listed.add(top.value);
		const words = valueWords(top.value);
		if (words.length === 0 || words.length > 6 || isFillerOnly(top.value, words)) continue;
		const isShort = top.value.length <= 3;
		entries.push(
			entry(words, { kind: 'value', column, value: top.value }, top.value, {
				base: 0.98,
				isOrdered: true,
				isCaseSensitive: isShort && isCode(top.value),
				isPartialAllowed: words.length > 1
			})
		);
		addSpacedValueEntry(column, top.value, words, 0.98, entries);
		addSignedValueEntries(column, top.value, words, entries);
		// "absences" of `Mark` = 'Absent' (beside 'Late'): the noun of the state a value says
		// names the rows holding it, before the table's own noun
		const isMark = (column.profile.distinctCount ?? Infinity) <= STATE_VALUES_MAX;
		const isWord = words.length === 1 && words[0] === top.value.toLowerCase();
		for (const noun of isMark && isWord ? nounsOfState(words[0]) : []) {
			const target: Target = { kind: 'value', column, value: top.value };
			entries.push(entry([noun], target, noun, { base: 0.96, isExactOnly: true }));
		}
		for (const noun of genderNouns(column, top.value)) {
			if (words.length === 1 && words[0] === noun) continue;
			const target: Target = { kind: 'value', column, value: top.value };
			// ("manage" is no abbreviation of "man")
			entries.push(entry([noun], target, noun, { base: 0.95, isExactOnly: true }));
		}
	}
	addValueListEntries(column, listed, entries);
	addFirstNameEntries(column, entries);
	addInitialCodeEntries(column, entries);
	addPlaceEntries(column, entries);
}

/** The words that say a sign after a value ("O-" is "o neg", "B+" is "b plus"). */
const SIGN_WORDS: Record<string, string[]> = {
	'+': ['pos', 'positive', 'plus'],
	'-': ['neg', 'negative', 'minus']
};

/**
 * "o neg", "a positive", "b minus": a short value that ends with a sign ('O-', 'AB+', 'B-') said
 * with the sign's word, which its own words (the letters alone) leave out.
 */
function addSignedValueEntries(
	column: ColumnInfo,
	value: string,
	words: string[],
	entries: Entry[]
): void {
	const sign = /^[A-Za-z]{1,3}([+-])$/.exec(value.trim())?.[1];
	if (!sign || words.length !== 1) return;
	const target: Target = { kind: 'value', column, value };
	for (const said of SIGN_WORDS[sign]) {
		entries.push(entry([words[0], said], target, value, { base: 0.98, isOrdered: true }));
	}
}

/**
 * The thing a two-word identifier column names one by one (`customer_id` → customer): not the
 * table's own rows (`ticket_id` of tickets, which the table's name names) and not a thing
 * another column names too (`Donor Name` beside `donor_id` is how people name donors).
 */
function identifiedThing(column: ColumnInfo): string | undefined {
	const [thing, id] = column.words;
	if (column.words.length !== 2 || (column.kind !== 'text' && column.kind !== 'number'))
		return undefined;
	if (!IDENTIFIER_WORDS.has(id) || IDENTIFIER_WORDS.has(thing)) return undefined;
	const table = column.table;
	const tableWords = table.humanName
		.toLowerCase()
		.split(/[\s_]+/)
		.map(normalizeWord);
	if (tableWords.includes(thing)) return undefined;
	const isNamedElsewhere = table.columns.some((c) => c !== column && c.words.includes(thing));
	return isNamedElsewhere ? undefined : thing;
}

/**
 * A value made of words every question is full of (".me", ".is" and ".do" of a column of web
 * domains, "Total"): matching it would turn "show me", "what is" into filters. Such a value is
 * still found when quoted; a code in capitals ("ME", "IN") still matches as typed in capitals.
 */
function isFillerOnly(value: string, words: string[]): boolean {
	const isTypedCode = value.length <= 3 && isCode(value);
	return !isTypedCode && words.every((w) => HARMLESS.has(w));
}

const CODE_COLUMN_WORDS = new Set([
	'status',
	'code',
	'type',
	'flag',
	'category',
	'class',
	'kind',
	'indicator'
]);

/**
 * `Incumbent_Challenger_Status` holding I, C and O: a column whose name lists what its one-letter
 * codes stand for. "challengers" reads as the rows coded C. Only when each initial is one name
 * word's and one value's.
 */
function addInitialCodeEntries(column: ColumnInfo, entries: Entry[]): void {
	const tops = column.profile?.topValues ?? [];
	const values = tops.map((t) => t.value).filter((v) => v !== '' && v !== null);
	if (values.length < 2 || values.length > 12) return;
	if (!values.every((v) => typeof v === 'string' && /^[A-Z]$/.test(v))) return;
	const words = column.words.filter((w) => !CODE_COLUMN_WORDS.has(w) && w.length >= 3);
	for (const word of words) {
		const initial = word[0].toUpperCase();
		if (words.filter((w) => w[0].toUpperCase() === initial).length !== 1) continue;
		if (!values.includes(initial)) continue;
		entries.push(entry([word], { kind: 'value', column, value: initial }, word, { base: 0.97 }));
	}
}

/**
 * Values beyond the most frequent ones, from the profile's list of every distinct value
 * ("juneau" in a column of 50 state capitals). They match only word for word, all words, so a
 * long list cannot turn typos or stray words into filters.
 */
function addValueListEntries(column: ColumnInfo, listed: Set<string>, entries: Entry[]): void {
	const values = column.profile?.values;
	if (!Array.isArray(values)) return;
	for (const value of values) {
		if (typeof value !== 'string' || listed.has(value) || value.trim() === '') continue;
		const words = valueWords(value);
		if (words.length === 0 || words.length > 6 || isFillerOnly(value, words)) continue;
		entries.push(
			entry(words, { kind: 'value', column, value }, value, {
				base: 0.96,
				isOrdered: true,
				isCaseSensitive: value.length <= 3 && isCode(value),
				isExactOnly: true
			})
		);
		addSpacedValueEntry(column, value, words, 0.96, entries);
	}
}

/** "sub_saharan_africa", "north-east": also matched as the words "sub saharan africa". */
function addSpacedValueEntry(
	column: ColumnInfo,
	value: string,
	words: string[],
	base: number,
	entries: Entry[]
): void {
	if (!/\p{L}[_-]+\p{L}/u.test(value)) return;
	const spaced = valueWords(value.replace(/[_-]+/g, ' '));
	if (spaced.length <= words.length || spaced.length > 6) return;
	entries.push(
		entry(spaced, { kind: 'value', column, value }, value, {
			base,
			isOrdered: true,
			isExactOnly: true
		})
	);
}

/** "TX", "OR", "A1": a short code in capitals matches as typed; "Zoo", "Ely" are words. */
function isCode(value: string): boolean {
	return /[A-Z]/.test(value) && /^[A-Z0-9]+$/.test(value);
}

/** A person's full name as a register keeps it: two or three capitalised words. */
const FULL_NAME = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u;

/**
 * "how many times has linda borrowed something" of `memberName` = 'Linda Wilson': in a column
 * of people's full names, a first name that only one of them has names that person. A first
 * name two of them share names neither.
 */
function addFirstNameEntries(column: ColumnInfo, entries: Entry[]): void {
	const values = column.profile?.values;
	if (!Array.isArray(values) || !column.words.includes('name')) return;
	const names = values.filter((v): v is string => typeof v === 'string');
	if (names.length < 2 || !names.every((v) => FULL_NAME.test(v))) return;
	const byFirst = new Map<string, string[]>();
	for (const name of names) {
		const first = normalizeWord(name.split(' ')[0]);
		byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
	}
	for (const [first, [name, ...others]] of byFirst) {
		if (others.length > 0 || first.length < 3) continue;
		const target: Target = { kind: 'value', column, value: name };
		entries.push(entry([first], target, name, { base: 0.9, isExactOnly: true }));
	}
}

/**
 * `kWh Added`, `Litres Used`: a number column named by a unit and a verb of what happened to
 * the amount; the unit alone names it, when no other column of its table is in that unit.
 */
function unitNamingColumn(column: ColumnInfo): string | undefined {
	if (column.kind !== 'number' || column.content.length !== 1) return undefined;
	const unit = column.words.filter((w) => !column.content.includes(w));
	if (unit.length !== 1 || !isParticiple(column.content[0])) return undefined;
	// (`kg_wasted` beside a `Weight (kg)`: "kg" names neither alone)
	const others = column.table.columns.filter((c) => c !== column && c.words.includes(unit[0]));
	return others.length === 0 ? unit[0] : undefined;
}
