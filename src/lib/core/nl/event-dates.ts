/**
 * "since the price rise in march 2024", "before the fee rise on 6 december 2023": an event
 * named between "since" (before, after) and the time it happened only says what that time
 * was. The time is what the condition is about; the event's words are read as part of it.
 */
import type { Item } from './matcher';

/** Keywords that begin a condition on a time. */
const TIME_KEYWORDS = new Set(['since', 'before', 'after']);

/** At most this many words name the event ("the price rise", "the price went up"). */
const MAX_EVENT_WORDS = 4;

export function eventDates(items: Item[]): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		const at = item.type === 'kw' && TIME_KEYWORDS.has(item.kw) ? timeAfterEvent(items, k) : -1;
		if (at < 0) {
			out.push(item);
			continue;
		}
		const said = items.slice(k, at).map((x) => x.words);
		out.push({ ...item, words: said.join(' '), end: items[at - 1].end });
		k = at - 1;
	}
	return out;
}

/** Index of the time after "the <event> in|on", or -1 when the words are no such event. */
function timeAfterEvent(items: Item[], k: number): number {
	const the = items[k + 1];
	if (the?.type !== 'word' || the.norm !== 'the') return -1;
	for (let j = k + 3; j <= k + 2 + MAX_EVENT_WORDS && j < items.length; j++) {
		const link = items[j];
		const isLink = link.words.toLowerCase() === 'in' || link.words.toLowerCase() === 'on';
		if (isLink && isDate(items[j + 1], items[j + 2])) return j + 1;
		if (link.type === 'kw' || link.type === 'num' || link.type === 'month') return -1;
	}
	return -1;
}

/** A month, a year, or a day and its month. */
function isDate(first: Item | undefined, second: Item | undefined): boolean {
	if (first?.type === 'month') return true;
	if (first?.type !== 'num') return false;
	return /^\d{4}$/.test(first.raw) || second?.type === 'month';
}
