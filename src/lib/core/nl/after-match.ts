/**
 * Words re-read after matching by what follows or what the catalog's rows are.
 *
 * "how much volume in 2014", "how much revenue per month": "how much" right before an amount
 * that adds up asks for its total, as "total volume" does. Before anything else ("how much did
 * the heaviest penguin weigh", "how much is a ticket") the words stay plain words.
 */
import { boundsAfterNoun } from './bound-after';
import { moneyOwed } from './owed-column';
import type { Candidate, Item } from './matcher';
import { withDescriptorNouns } from './descriptor-nouns';
import { MONEY_VERBS, SPEND_WORDS, takingsColumn, TAKINGS_WORDS } from './money-column';
import {
	holdsCounts,
	impliedAggregate,
	isIdentifierColumn,
	namesEachRow,
	namesRowsOfIdentifier
} from './planner-helpers';
import type { PreparedCatalog } from './lexicon';
import { isSingularWords, normalizeWord, splitName } from './text';
import { eventDates } from './event-dates';
import { reversedColumnNames } from './reversed-names';
import { HARMLESS, SUBJECT_WORDS } from './vocabulary';
import { isParticiple, lemmasOf, partsOfSpeech, relatedWords } from './word-net';

export function howMuchTotals(items: Item[]): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const how = items[k];
		const much = items[k + 1];
		if (isWord(how, 'how') && isWord(much, 'much') && isAdditiveNext(items, k + 2)) {
			out.push({
				type: 'kw',
				kw: 'sum',
				words: `${how.words} ${much.words}`,
				start: how.start,
				end: much.end
			});
			k += 1;
			continue;
		}
		out.push(how);
	}
	return out;
}

function isWord(item: Item | undefined, word: string): boolean {
	return item?.type === 'word' && item.norm === word;
}

/** The amount after "how much", past at most one word of its own ("trading volume"). */
function isAdditiveNext(items: Item[], at: number): boolean {
	const first = items[at];
	const amount = first?.type === 'word' ? items[at + 1] : first;
	if (amount?.type !== 'ref') return false;
	const target = amount.cands[0]?.target;
	return (
		target?.kind === 'column' &&
		target.column.kind === 'number' &&
		impliedAggregate(target.column) === 'sum'
	);
}

/**
 * "how many restaurants have been inspected" of a table of inspections: a verb whose noun is what
 * a table's rows are matched a column only loosely (`inspection_id`); it is a plain word, which
 * says the rows happened (parse-words.ts).
 */
export function rowsVerbWords(items: Item[], prepared: PreparedCatalog): Item[] {
	return items.map((item) => {
		if (item.type !== 'ref') return item;
		// ("sessions were booked" of a `booking_id`: a verb is no reference number)
		const isOfIdentifier = item.cands.every(
			(c) => c.target.kind === 'column' && isIdentifierColumn(c.target.column)
		);
		if (!isOfIdentifier && !item.cands.every((c) => c.isLoose)) return item;
		// ("how many attended" of a register's yes/no `Present`: the flag says which rows did it)
		const isFlag = (c: Candidate) =>
			c.target.kind === 'column' && c.target.column.kind === 'boolean';
		if (item.cands.some(isFlag)) return item;
		const norm = normalizeWord(item.words);
		if (!/^[a-z]+ed$/.test(norm)) return item; // ("rating" is a noun)
		const lemmas = lemmasOf(norm).filter((l) => l !== norm);
		const isRows = lemmas.some((l) => isRelatedToRows(l, prepared));
		return isRows || isOfIdentifier ? { ...item, type: 'word', norm, typed: item.words } : item;
	});
}

/** The word names the rows or, by its verb, what a column records ("delivery", `delivered`). */
function isOfRows(word: string, prepared: PreparedCatalog): boolean {
	if (prepared.tableWords.has(word) || isRelatedToRows(word, prepared)) return true;
	const forms = new Set([word, ...relatedWords(word).map((r) => normalizeWord(r.lemma))]);
	for (const columnWord of prepared.columnWordFreq.keys()) {
		if (lemmasOf(columnWord).some((l) => forms.has(normalizeWord(l)))) return true;
	}
	return false;
}

/** A word related to this one is a word of a table's name: it says what rows are. */
function isRelatedToRows(word: string, prepared: PreparedCatalog): boolean {
	return relatedWords(word).some((r) => prepared.tableWords.has(normalizeWord(r.lemma)));
}

/**
 * "on time rate for each carrier", "cancelled rate", "the on-time delivery rate": "rate" after a
 * condition (a yes/no column or a value), where no column is called so, is the share of rows
 * that meet it (a word between them, "delivery", says what those rows are or what a column
 * records of them, `delivered_date`; any other word, "strike" of "imran's strike rate", names a
 * rate the engine does not know and stays a word).
 */
export function conditionRates(items: Item[], prepared: PreparedCatalog): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		const isRate =
			normalizeWord(item.words) === 'rate' &&
			(item.type === 'word' ||
				(item.type === 'ref' && item.cands.every((c) => c.isLoose || isPartOfName(c))));
		const prev = out.at(-1);
		const between = prev?.type === 'word' && !HARMLESS.has(prev.norm) ? prev : undefined;
		const condition = between ? out.at(-2) : prev;
		if (isRate && isCondition(condition) && (!between || isOfRows(between.norm, prepared))) {
			if (between) out.pop();
			const start = between?.start ?? item.start;
			const words = between ? `${between.words} ${item.words}` : item.words;
			out.push({ type: 'kw', kw: 'share', words, start, end: item.end });
			continue;
		}
		out.push(item);
	}
	return out;
}

/** `Daily Rate (£)` for "rate": one word of a longer name, not the column's whole name. */
function isPartOfName(c: Candidate): boolean {
	return c.target.kind === 'column' && c.target.column.words.length > 1;
}

function isCondition(item: Item | undefined): boolean {
	if (item?.type !== 'ref') return false;
	const target = item.cands[0]?.target;
	return (
		target?.kind === 'value' || (target?.kind === 'column' && target.column.kind === 'boolean')
	);
}

/**
 * "which film sold the most tickets" with `ticketsSold` and `Sold Out`: a word matched only loosely
 * that could be part of a column the question names elsewhere by a word of its own ("tickets")
 * reads as that column, said twice.
 */
export function namedElsewhere(items: Item[]): Item[] {
	const named = new Set(
		items.flatMap((item) => {
			const top = item.type === 'ref' ? item.cands[0] : undefined;
			return top && !top.isLoose && top.target.kind === 'column' ? [top.target.column] : [];
		})
	);
	return items.map((item) => {
		if (item.type !== 'ref' || !item.cands.every((c) => c.isLoose && c.target.kind === 'column'))
			return item;
		const same = item.cands.filter((c) => c.target.kind === 'column' && named.has(c.target.column));
		return same.length === 1 && item.cands.length > 1 ? { ...item, cands: same } : item;
	});
}

/**
 * "most dispensed medicine", "least booked room": after "most" or "least", a participle that
 * names a date column (`Dispensed`, the day each row happened) says what happened, not what to
 * rank by: a date has no "most". The thing named next is counted, as after "most borrowed".
 */
export function rankedEventParticiples(items: Item[]): Item[] {
	return items.map((item, k) => {
		const prev = items[k - 1];
		const next = items[k + 1];
		if (item.type !== 'ref' || prev?.type !== 'kw' || next?.type !== 'ref') return item;
		if (prev.kw !== 'most' && prev.kw !== 'least') return item;
		const target = item.cands[0]?.target;
		if (target?.kind !== 'column' || target.column.kind !== 'date' || !isParticiple(item.words))
			return item;
		return { ...item, type: 'word', norm: normalizeWord(item.words), typed: item.words };
	});
}

/**
 * "new joiners", "old cars": a plain adjective before a noun says something of the noun's
 * things; it does not ask for the attribute WordNet gives it (new → age). Matched only through
 * that relation, it becomes a plain word again, one the reading must still account for.
 */
export function attributiveAdjectives(items: Item[]): Item[] {
	return items.map((item, k) => {
		const next = items[k + 1];
		if (item.type !== 'ref' || !item.cands.every((c) => c.isRelated)) return item;
		const norm = normalizeWord(item.words);
		if (!partsOfSpeech(norm).startsWith('a') || !isNounItem(next)) return item;
		return { ...item, type: 'word', norm, typed: item.words };
	});
}

/**
 * "how many trees need felling": a verb after the plural noun of the rows is said of them; a
 * column it names only through a relation (need → `Condition`) is not what is asked. It
 * becomes a plain word again, one the reading must still account for.
 */
export function verbsAfterRows(items: Item[]): Item[] {
	return items.map((item, k) => {
		const prev = items[k - 1];
		if (item.type !== 'ref' || !item.cands.every((c) => c.isRelated)) return item;
		const rows = prev?.type === 'ref' ? prev.cands[0]?.target : undefined;
		if (rows?.kind !== 'table' || isSingularWords(prev!.words)) return item;
		const norm = normalizeWord(item.words);
		if (norm !== item.words.toLowerCase() || !partsOfSpeech(norm).includes('v')) return item;
		return { ...item, type: 'word', norm, typed: item.words };
	});
}

function isNounItem(item: Item | undefined): boolean {
	if (item?.type === 'ref') return item.cands.some((c) => !c.isRelated);
	return item?.type === 'word' && lemmasOf(item.norm).some((l) => partsOfSpeech(l).includes('n'));
}

/**
 * "which client do we bill the most": after its subject a word for money taken is a verb
 * ("bill"), not the noun of the money each row brought in (the bill a `Total (£)` is).
 */
export function verbsAfterSubjects(items: Item[]): Item[] {
	return items.map((item, k) => {
		const prev = items[k - 1];
		if (item.type !== 'ref' || prev?.type !== 'word' || !SUBJECT_WORDS.has(prev.norm)) return item;
		const norm = normalizeWord(item.words);
		if (!TAKINGS_WORDS.has(norm) || !partsOfSpeech(norm).includes('v')) return item;
		const isTakings = (c: Candidate) =>
			c.target.kind === 'column' && takingsColumn(c.target.column.table) === c.target.column;
		if (!item.cands.every(isTakings)) return item;
		return { ...item, type: 'word', norm, typed: item.words };
	});
}

/**
 * "how much have the churches paid me", "the highest daily rate we've charged": a verb of money
 * charged or paid that no column is named by (matched only loosely, or as the takings' noun,
 * if at all) is a plain word;
 * the reading places it by the money it asks about (parse-takings.ts). Beside a value of the
 * column it matched ("paid with a voucher" of `payment_method`) it says how, and stays.
 */
export function moneyVerbWords(items: Item[]): Item[] {
	const valued = new Set(
		items.flatMap((item) => {
			const target = item.type === 'ref' ? item.cands[0]?.target : undefined;
			return target?.kind === 'value' ? [target.column] : [];
		})
	);
	const isOfValue = (c: Candidate) => c.target.kind === 'column' && valued.has(c.target.column);
	return items.map((item, k) => {
		if (item.type !== 'ref') return item;
		// ("how much has maureen spent with us": what a customer spends with us, we are paid)
		if (isSpentWithUs(items, k)) return { ...item, type: 'word', norm: 'paid', typed: item.words };
		const norm = normalizeWord(item.words);
		// ("average charge": "charge" and "pay" are nouns too, verbs only after who does it)
		const prev = items[k - 1];
		const isSubjectBefore = prev?.type === 'word' && SUBJECT_WORDS.has(prev.norm);
		if (!isSubjectBefore && !/(ed|ing)$/.test(norm) && norm !== 'paid') return item;
		// (a verb's form read as the noun of the takings, "charged" as a charge, is no name either)
		const isTakings = (c: Candidate) =>
			c.target.kind === 'column' && takingsColumn(c.target.column.table) === c.target.column;
		if (!MONEY_VERBS.has(norm) || item.cands.some((c) => !c.isLoose && !isTakings(c))) return item;
		// ("highest paid workers" of `wage`: an amount the verb is related to is the one it means)
		const isAmount = (c: Candidate) =>
			c.target.kind === 'column' && c.target.column.kind === 'number' && !isTakings(c);
		if (item.cands.some((c) => isOfValue(c) || isAmount(c))) return item;
		return { ...item, type: 'word', norm, typed: item.words };
	});
}

/** "spent with us", "spend with me": the customer's spending is money taken. */
function isSpentWithUs(items: Item[], k: number): boolean {
	const [verb, link, whom] = [items[k], items[k + 1], items[k + 2]];
	if (!SPEND_WORDS.has(verb.words.toLowerCase()) || link?.words.toLowerCase() !== 'with')
		return false;
	return whom?.words.toLowerCase() === 'us' || whom?.words.toLowerCase() === 'me';
}

/**
 * "how many times has sail number 1215 raced": after "how many" (or "number of"), "times" are
 * occurrences, the rows counted, not a column of times (`correctedTime`). A column called
 * exactly so is still read.
 */
export function timesCounted(items: Item[]): Item[] {
	return items.map((item, k) => {
		const prev = items[k - 1];
		if (item.type !== 'ref' || prev?.type !== 'kw' || prev.kw !== 'count') return item;
		if (item.words.toLowerCase() !== 'times') return item;
		if (item.cands.some((c) => !c.isLoose && c.score >= 1)) return item;
		return { ...item, type: 'word', norm: normalizeWord(item.words), typed: item.words };
	});
}

/**
 * "how many cracked eggs" of `Cracked` beside `Eggs Collected`: after a column that counts, the
 * plural noun another count column begins with is what the first counts, not that column.
 */
export function countedThingsNoun(items: Item[]): Item[] {
	return items.map((item, k) => {
		const prev = items[k - 1];
		if (item.type !== 'ref' || prev?.type !== 'ref') return item;
		const counter = prev.cands[0]?.target;
		const named = item.cands[0]?.target;
		if (counter?.kind !== 'column' || named?.kind !== 'column') return item;
		if (!holdsCounts(counter.column) || !holdsCounts(named.column)) return item;
		const norm = normalizeWord(item.words);
		const isPlural = item.words.toLowerCase() !== norm;
		const isPart = named.column.words.length > 1 && named.column.words[0] === norm;
		return isPlural && isPart ? { ...item, type: 'word', norm, typed: item.words } : item;
	});
}

/**
 * "how many different members booked" of `Member or Guest` beside a `memberNo`: the people
 * counted are told apart by their number, and a value that only says which rows are members'
 * is not what is counted. Said just after "how many", a noun an identifier column is named for
 * (and that names no single row) is that column.
 */
export function countedByNumber(items: Item[]): Item[] {
	return items.map((item, k) => {
		const prev = items[k - 1];
		if (item.type !== 'ref' || prev?.type !== 'kw') return item;
		if (prev.kw !== 'count' && prev.kw !== 'distinct') return item;
		if (item.cands[0]?.target.kind !== 'value') return item;
		const noun = normalizeWord(item.words);
		const number = item.cands.find(
			(c) =>
				c.target.kind === 'column' &&
				c.target.column.words.length === 2 &&
				c.target.column.words[0] === noun &&
				namesRowsOfIdentifier(item.words, c.target.column) &&
				!namesEachRow(c.target.column)
		);
		return number ? { ...item, cands: [number, ...item.cands.filter((c) => c !== number)] } : item;
	});
}

/**
 * "window cleans" of Window cleaning rounds with a `windows` column: a word of the table's own
 * name said just before the noun of its rows is part of that name, not the column it matches
 * on its own. The two are read as one name of the rows.
 */
export function rowsNamePhrases(items: Item[]): Item[] {
	const out: Item[] = [];
	for (const item of items) {
		const prev = out.at(-1);
		const rows = item.type === 'ref' ? item.cands[0]?.target : undefined;
		const first = prev?.type === 'ref' ? prev.cands[0]?.target : undefined;
		if (item.type === 'ref' && prev?.type === 'ref' && rows?.kind === 'table') {
			const name = splitName(rows.table.humanName).map(normalizeWord);
			const word = prev.words.toLowerCase();
			const isOfName = !/\s/.test(word) && name.slice(0, -1).includes(normalizeWord(word));
			// (a condition stays one: "landlocked countries" of a yes/no `landlocked`)
			const isNoun = partsOfSpeech(normalizeWord(word)).startsWith('n');
			const isCondition =
				first?.kind === 'value' || (first?.kind === 'column' && first.column.kind === 'boolean');
			if (isOfName && isNoun && isSingularWords(word) && !isCondition) {
				out[out.length - 1] = { ...item, start: prev.start, words: `${prev.words} ${item.words}` };
				continue;
			}
		}
		out.push(item);
	}
	return out;
}

/** Matched items as their neighbours make them read, each pass above in turn. */
export function rereadByNeighbours(items: Item[], prepared: PreparedCatalog): Item[] {
	const passes = [
		boundsAfterNoun,
		reversedColumnNames,
		rowsNamePhrases,
		eventDates,
		countedByNumber,
		countedThingsNoun,
		timesCounted,
		moneyVerbWords,
		verbsAfterSubjects,
		verbsAfterRows,
		attributiveAdjectives,
		withDescriptorNouns,
		moneyOwed,
		howMuchTotals,
		(read: Item[]) => rowsVerbWords(read, prepared),
		rankedEventParticiples,
		(read: Item[]) => conditionRates(read, prepared),
		namedElsewhere
	];
	return passes.reduce((read, pass) => pass(read), items);
}
