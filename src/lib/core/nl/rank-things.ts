/**
 * "the most expensive bottle we've bought": a superlative before a noun for the rows ranks them.
 */
import type { Aggregate } from './intent';
import { dimensionOf } from './dimensions';
import { note, type ParseState } from './parse-state';
import { rankByDimension } from './parse-rank';
import { normalizeWord } from './text';
import { lemmasOf, partsOfSpeech } from './word-net';
import { SUBJECT_FORMS } from './vocabulary';

/**
 * "the most expensive bottle we've bought" of a `Bottle ID`: a superlative before a noun of a
 * column naming the rows (no amount) ranks those rows by the quantity it names. What was done
 * to them, said after ("we've bought"), is what the rows record.
 */
export function rankRowsOfThing(
	state: ParseState,
	i: number,
	pending: { agg: Aggregate; words: string }
): boolean {
	const item = state.items[i];
	if ((pending.agg !== 'max' && pending.agg !== 'min') || !dimensionOf(pending.words)) return false;
	if (item.type !== 'ref' || !partsOfSpeech(normalizeWord(item.words)).startsWith('n'))
		return false;
	const dir = pending.agg === 'max' ? 'desc' : 'asc';
	if (!rankByDimension(state, pending.words, dir)) return false;
	const table = state.intent.order?.column?.table;
	if (table && !state.intent.tables.includes(table)) state.intent.tables.push(table);
	state.intent.mode = 'rows';
	note(state, item.words, 'table', `the rows of ${table?.humanName ?? 'the table'}`);
	const [who, verb] = [state.items[i + 1], state.items[i + 2]];
	const isDeed =
		verb && lemmasOf(normalizeWord(verb.words)).some((l) => partsOfSpeech(l).includes('v'));
	if (who && SUBJECT_FORMS.has(who.words.toLowerCase()) && isDeed) {
		state.used[i + 1] = state.used[i + 2] = true;
		note(state, `${who.words} ${verb.words}`, 'table', 'what the rows record');
	}
	return true;
}
