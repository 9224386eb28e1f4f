/**
 * The head of a name: the word a table's or column's name is about ("rent" of `Monthly Rent`,
 * "tickets" of `ticketsSold`, "winner" of "Winners by year"), so that word alone names it.
 */
import type { Entry, PreparedCatalog } from './lexicon';
import { lemmasOf, partsOfSpeech } from './word-net';

/** First words of a two-word column name whose second word is what it is ("monthly rent"). */
const HEAD_AFTER = new Set(['total', 'monthly', 'daily', 'weekly', 'yearly', 'annual', 'hourly']);

/** Last words of a column name that say it holds money, whatever the word before says. */
const MONEY_HEADS = new Set(['cost', 'fee', 'fare', 'price', 'charge', 'amount']);

/** Last words of a column name that only say what its values are ("Device Category"). */
const LABEL_WORDS = new Set(['name', 'title', 'label', 'category']);
const ROWS_PREPOSITIONS = new Set(['by', 'per']);
const OTHER_PREPOSITIONS = new Set(['between', 'of', 'in', 'across', 'for', 'from', 'with', 'on']);

/**
 * The word of a name that says what one row is. "Bird strikes" → strike (an English compound's
 * head is its last noun), "Unemployment by county" → county (one row per county), "Flights
 * between airports" → flight (the noun before the preposition). For a column "Airport Name"
 * the entity named is the airport.
 */
export function headWords(words: string[], isTable: boolean): string[] {
	if (!isTable) {
		// "total_cost", "Monthly Rent": the cost of the row in all, the rent by the month
		if (words.length === 2 && HEAD_AFTER.has(words[0])) return [words[1]];
		// `Repair Cost (£)`, `late_fee`: money of a kind is that money
		if (words.length === 2 && MONEY_HEADS.has(words[1])) return [words[1]];
		// `ticketsSold`, `goals_scored`: the things, then what happened to them
		if (words.length === 2 && isThingDone(words[0], words[1])) return [words[0]];
		return words.length > 1 && LABEL_WORDS.has(words[words.length - 1]) ? words.slice(0, -1) : [];
	}
	const by = words.findIndex((w) => ROWS_PREPOSITIONS.has(w));
	if (by >= 0 && by < words.length - 1) return [words[words.length - 1]];
	const other = words.findIndex((w) => OTHER_PREPOSITIONS.has(w));
	if (other > 0) return [words[other - 1]];
	return [words[words.length - 1]];
}

/** "tickets sold", "goals scored": a word, then a verb's past form (its lemma another word). */
function isThingDone(thing: string, done: string): boolean {
	// ("ms played": a unit of time played is no thing done)
	return (
		thing.length >= 3 && lemmasOf(done).some((l) => l !== done && partsOfSpeech(l).includes('v'))
	);
}

/**
 * A partial match on exactly the head of a table or labelled column counts as a full one. So
 * does the end of a place's or thing's name said after "the" ("the college" of 'Hollybank
 * College', "the car wash" of 'Kwik Wash Car Wash'), when no other value of the catalog ends
 * so; `named` is the catalog, given only when the words follow "the", "our" or "my".
 */
export function isHeadNounMatch(e: Entry, remaining: string[], named?: PreparedCatalog): boolean {
	if (e.target.kind === 'value') return named !== undefined && isNamedTail(e, remaining, named);
	if (e.target.kind !== 'table' && e.target.kind !== 'column') return false;
	const head = headWords(e.words, e.target.kind === 'table');
	const matched = e.words.filter((w) => !remaining.includes(w));
	if (head.length === 0 || !head.every((w) => matched.includes(w))) return false;
	if (matched.length === head.length) return true;
	// "charging sessions" of EV charging sessions: the end of a table's name, its head included
	const tail = e.words.slice(e.words.length - matched.length);
	return e.target.kind === 'table' && tail.every((w, k) => w === matched[k]);
}

function isNamedTail(e: Entry, remaining: string[], prepared: PreparedCatalog): boolean {
	const cut = remaining.length;
	if (cut === 0 || !remaining.every((w, k) => w === e.words[k])) return false;
	// (a name, each word capitalised: no note 'some split after the rain')
	if (!e.raw.split(/\s+/).every((w) => /^[\p{Lu}\d'&(]/u.test(w))) return false;
	const tail = e.words.slice(cut);
	const ends = (words: string[]) =>
		words.length >= tail.length &&
		tail.every((w, k) => words[words.length - tail.length + k] === w);
	const values = new Set(
		(prepared.byWord.get(tail[tail.length - 1]) ?? [])
			.filter((x) => x.target.kind === 'value' && ends(x.words))
			.map((x) => (x.target.kind === 'value' ? `${x.target.column.id}:${x.target.value}` : ''))
	);
	return values.size === 1;
}
