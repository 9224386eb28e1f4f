/**
 * "clarity grade", "income bracket", "the landlocked status", "a life expectancy figure": a
 * noun that only says what kind of thing a column holds, right after that column's name, is
 * part of the reference when it names nothing of its own. So is "year" or "date" after a
 * column of years ("independence year").
 */
import type { Item } from './matcher';
import { normalizeWord } from './text';

const DESCRIPTOR_NOUNS = new Set(
	'grade level category type kind class value figure status data field column tier band bracket'.split(
		' '
	)
);

/** Words read on their own even when they loosely match a column ("weekends" ~ day_of_week). */
const OWN_WORDS = new Set(['weekend', 'weekday']);

export function withDescriptorNouns(items: Item[]): Item[] {
	const out: Item[] = [];
	for (const raw of items) {
		const norm = normalizeWord(raw.words);
		const prev = out.at(-1);
		// "on weekdays" is a condition; "by weekday" stays a grouping
		const isOn = prev?.type === 'kw' && ['on', 'during'].includes(prev.words.toLowerCase());
		const isOwn =
			OWN_WORDS.has(norm) &&
			((raw.type === 'ref' && raw.cands.every((c) => c.isLoose)) || (raw.type === 'grain' && isOn));
		// "countries with only one city": "only" before a number says exactly that many
		const next = items[items.indexOf(raw) + 1];
		const isOnly =
			raw.type === 'word' && (norm === 'only' || norm === 'just') && next?.type === 'num';
		const item: Item = isOwn
			? { ...raw, type: 'word', norm, typed: raw.words }
			: isOnly
				? { start: raw.start, end: raw.end, words: raw.words, type: 'kw', kw: 'eq' }
				: raw;
		const last = out.at(-1);
		const column = last?.type === 'ref' ? columnOfBest(last) : undefined;
		// "independence year", "independence date": a column of years already is the year
		const isYearOfYears =
			item.type === 'grain' &&
			(item.grain === 'year' || item.grain === 'day') &&
			column?.kind === 'year';
		const isDescriptor =
			isYearOfYears ||
			(item.type === 'word' && DESCRIPTOR_NOUNS.has(normalizeWord(item.words)) && !!column);
		if (isDescriptor && last?.type === 'ref') {
			out[out.length - 1] = { ...last, end: item.end, words: `${last.words} ${item.words}` };
		} else out.push(item);
	}
	return out;
}

function columnOfBest(item: Extract<Item, { type: 'ref' }>) {
	const target = item.cands.find((c) => c.target.kind === 'column')?.target;
	const best = item.cands[0];
	if (
		target?.kind !== 'column' ||
		!best ||
		best.score > item.cands.find((c) => c.target === target)!.score + 0.01
	)
		return undefined;
	return target.column;
}
