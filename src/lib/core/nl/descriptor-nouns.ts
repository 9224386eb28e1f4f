/**
 * "clarity grade", "income bracket", "the landlocked status", "a life expectancy figure": a
 * noun that only says what kind of thing a column holds, right after that column's name, is
 * part of the reference when it names nothing of its own.
 */
import type { Item } from './matcher';
import { normalizeWord } from './text';

const DESCRIPTOR_NOUNS = new Set(
	'grade level category type kind class value figure status data field column tier band bracket'.split(
		' '
	)
);

export function withDescriptorNouns(items: Item[]): Item[] {
	const out: Item[] = [];
	for (const item of items) {
		const last = out.at(-1);
		const isDescriptor =
			item.type === 'word' &&
			DESCRIPTOR_NOUNS.has(normalizeWord(item.words)) &&
			last?.type === 'ref' &&
			last.cands[0]?.target.kind === 'column';
		if (isDescriptor && last?.type === 'ref') {
			out[out.length - 1] = { ...last, end: item.end, words: `${last.words} ${item.words}` };
		} else out.push(item);
	}
	return out;
}
