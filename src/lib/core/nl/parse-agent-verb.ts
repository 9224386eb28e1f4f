/**
 * "which instructor taught the most classes", "how many trips did Ana drive": a verb that says
 * what the people of a column the question reads do (teach → Instructor, drive → Driver,
 * inspect → inspector) only links them to the rows; the question is the same without it.
 */
import { note, tablesInView, type ParseState } from './parse-state';
import type { ColumnInfo } from './lexicon';
import { lemmasOf, partsOfSpeech, relatedWords } from './word-net';

/** True (and the word noted as read) when the word is the verb of a column's people. */
export function parseAgentVerb(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word' || item.norm.length < 3) return false;
	const verbs = [item.norm, ...lemmasOf(item.norm)].filter((w) => partsOfSpeech(w).includes('v'));
	if (verbs.length === 0) return false;
	for (const column of readColumns(state)) {
		const word = column.words.find((w) => verbs.some((v) => isAgentOf(w, v)));
		if (!word) continue;
		state.used[i] = true;
		note(state, item.words, 'column', `what "${column.name}" does`);
		return true;
	}
	return showsAgent(state, i, verbs);
}

/**
 * "… with the site and who led it": "who" and a verb inside a question show the column named by
 * the one who does it (`Leader`), when one column of the tables in view is.
 */
function showsAgent(state: ParseState, i: number, verbs: string[]): boolean {
	const [prev, item] = [state.items[i - 1], state.items[i]];
	if (i < 2 || prev?.type !== 'word' || prev.norm !== 'who') return false;
	const agents = tablesInView(state)
		.flatMap((t) => t.columns)
		.filter((c) => c.kind === 'text' && c.words.some((w) => verbs.some((v) => isAgentOf(w, v))));
	if (agents.length !== 1) return false;
	const [column] = agents;
	state.used[i - 1] = true;
	state.used[i] = true;
	if (!state.intent.select.includes(column)) state.intent.select.push(column);
	note(state, `${prev.words} ${item.words}`, 'column', `show "${column.name}"`);
	return true;
}

/** Text columns the question names, by their name or by one of their values. */
function readColumns(state: ParseState): ColumnInfo[] {
	const out: ColumnInfo[] = [];
	for (const item of state.items) {
		if (item.type !== 'ref') continue;
		const target = item.cands[0]?.target;
		const column =
			target?.kind === 'column' || target?.kind === 'value' ? target.column : undefined;
		if (column && column.kind === 'text' && !out.includes(column)) out.push(column);
	}
	return out;
}

/** "driver" of drive, "inspector" of inspect, "instructor" of teach (both mean instruct). */
export function isAgentOf(noun: string, verb: string): boolean {
	if (noun.length < 5 || !/(or|er)$/.test(noun)) return false;
	const stem = noun.slice(0, -2);
	if (stem === verb || `${stem}e` === verb) return true;
	const ofNoun = new Set(relatedWords(noun).map((r) => r.lemma));
	if (ofNoun.has(verb)) return true;
	return relatedWords(verb).some((r) => ofNoun.has(r.lemma) && r.relation !== 'hypernym');
}
