/**
 * "how many tools did we lend out", "how many tracks did i skip", "how many boats went out after
 * 4pm": things counted with a verb of what was done to them count the times it was done, each
 * row once, not the different things. "How many different …" asks for those; so do people
 * served ("how many patients did we see"), things kept ("how many hives do we have") and things
 * dealt with as a rule ("how many sites do we test").
 */
import type { ColumnInfo } from './lexicon';
import type { ParseState } from './parse-state';
import { isPersonColumn } from './table-shape-entries';
import { lemmasOf, partsOfSpeech } from './word-net';
import { SUBJECT_WORDS } from './vocabulary';

/** Asked of what was done, not of what is done as a rule ("how many sites do we test"). */
const ASKED = new Set(['did', 'have', 'has', 'had']);
/** Verbs of having or knowing things, not of doing something to them once each time. */
const KEPT = new Set(
	'have has had own owned keep kept stock stocked hold held know knew known get got see seen use used need needed'.split(
		' '
	)
);

/** True when the text column counted at i is of things a verb says were done, time after time. */
export function isTimesDone(state: ParseState, i: number, column: ColumnInfo): boolean {
	if (column.kind !== 'text' || isPersonColumn(column)) return false;
	const said = (k: number) => state.items[k]?.words.toLowerCase() ?? '';
	if (ASKED.has(said(i + 1)) && SUBJECT_WORDS.has(said(i + 2))) return isDeed(said(i + 3), false);
	return isDeed(said(i + 1), true);
}

/** A verb other than one of keeping; when it must be a past form, one ("went", "lent"). */
function isDeed(word: string, isPast: boolean): boolean {
	if (!word || KEPT.has(word)) return false;
	const bases = lemmasOf(word).filter((l) => partsOfSpeech(l).includes('v'));
	if (isPast) return bases.some((b) => b !== word && !KEPT.has(b)) && !word.endsWith('s');
	return bases.length > 0 && !bases.some((b) => KEPT.has(b));
}
