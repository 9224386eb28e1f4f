/**
 * Words re-read by their neighbours after matching:
 * - "clarity grade", "income bracket", "the landlocked status", "a life expectancy figure": a
 *   noun that only says what kind of thing a column holds, right after that column's name, is
 *   part of the reference when it names nothing of its own. So is "year" or "date" after a
 *   column of years ("independence year").
 * - "on weekends", "on weekdays": read on their own (parse-weekend.ts), never as a loose match of
 *   a column (`day_of_week`) nor, after "on", as a grouping by weekday.
 * - "only one city", "just 3": "only" before a number says exactly that many.
 */
import type { Item } from './matcher';
import { normalizeWord } from './text';
import { IDENTIFIER_WORDS } from './vocabulary';

const DESCRIPTOR_NOUNS = new Set(
	'grade level category type kind class value figure status data field column tier band bracket'.split(
		' '
	)
);

const OWN_WORDS = new Set(['weekend', 'weekday']);

export function withDescriptorNouns(items: Item[]): Item[] {
	const out: Item[] = [];
	items.forEach((raw, k) => {
		const item = reread(raw, out.at(-1), items[k + 1]);
		const last = out.at(-1);
		const column = last?.type === 'ref' ? columnOfBest(last) : undefined;
		const isYearOfYears =
			item.type === 'grain' &&
			(item.grain === 'year' || item.grain === 'day') &&
			column?.kind === 'year';
		const isDescriptor =
			isYearOfYears ||
			(item.type === 'word' && DESCRIPTOR_NOUNS.has(normalizeWord(item.words)) && !!column) ||
			isNamedThingAfterValue(items, k, last, item);
		if (isDescriptor && last) {
			out[out.length - 1] = { ...last, end: item.end, words: `${last.words} ${item.words}` };
		} else out.push(item);
	});
	return out;
}

const FIGURE_KEYWORDS = new Set(['sum', 'avg', 'median', 'min', 'max']);
const LABEL_WORDS = new Set(['name', 'title']);

/**
 * "median score for italian restaurants", "the highest score a thai restaurant got": after a
 * value, the noun of the table's name or identifier column ("Restaurant Name", `patientId`) only
 * says what the picked rows are about, when the question asks for a figure of them (listing them would show the names).
 */
function isNamedThingAfterValue(items: Item[], k: number, last: Item | undefined, item: Item) {
	if (item.type !== 'ref' || last?.type !== 'ref') return false;
	const value = last.cands[0]?.target;
	const named = item.cands[0]?.target;
	if (value?.kind !== 'value' || named?.kind !== 'column' || named.column.kind !== 'text')
		return false;
	const words = named.column.words;
	const isNameOf =
		named.column.table === value.column.table &&
		named.column !== value.column &&
		words.length === 2 &&
		(LABEL_WORDS.has(words[1]) || IDENTIFIER_WORDS.has(words[1])) &&
		normalizeWord(item.words) === words[0];
	return isNameOf && items.slice(0, k).some((x) => x.type === 'kw' && FIGURE_KEYWORDS.has(x.kw));
}

/** The item as its neighbours make it read: a weekend word, or "only" as "exactly". */
function reread(raw: Item, prev: Item | undefined, next: Item | undefined): Item {
	const norm = normalizeWord(raw.words);
	const isOn = prev?.type === 'kw' && ['on', 'during'].includes(prev.words.toLowerCase());
	const isOwn =
		OWN_WORDS.has(norm) &&
		((raw.type === 'ref' && raw.cands.every((c) => c.isLoose)) || (raw.type === 'grain' && isOn));
	if (isOwn) return { ...raw, type: 'word', norm, typed: raw.words };
	const isOnly =
		raw.type === 'word' && (norm === 'only' || norm === 'just') && next?.type === 'num';
	if (isOnly) return { start: raw.start, end: raw.end, words: raw.words, type: 'kw', kw: 'eq' };
	return raw;
}

/** The column a reference reads as, when a column is (one of) its best readings. */
function columnOfBest(item: Extract<Item, { type: 'ref' }>) {
	const best = item.cands[0];
	const column = item.cands.find((c) => c.target.kind === 'column');
	if (!best || column?.target.kind !== 'column' || column.score < best.score - 0.01)
		return undefined;
	return column.target.column;
}
