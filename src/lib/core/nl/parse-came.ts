/**
 * "how many tenors came on 5 march", "who turned up in june": coming is what a register marks
 * with its yes/no `Present` (or `Attended`, `Showed`) column, a condition on the rows, where
 * elsewhere "came" says nothing ("where do they come from").
 */
import { flagTrue, type ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { tableInView, type ParseState } from './parse-state';

/** Forms of coming to something, with the particle some of them take. */
const CAME_VERBS: Record<string, string | undefined> = {
	came: undefined,
	come: undefined,
	turned: 'up',
	showed: 'up'
};

/** Names of the flag a register marks those who came with. */
const PRESENT_WORDS = new Set(['present', 'attended', 'showed', 'came']);

/** True (the rows kept to those marked present) when the word is such a verb. */
export function parseCameVerb(state: ParseState, i: number): boolean {
	const [item, next] = [state.items[i], state.items[i + 1]];
	if (item.type !== 'word' || !Object.hasOwn(CAME_VERBS, item.norm)) return false;
	const particle = CAME_VERBS[item.norm];
	if (particle && !(next?.type === 'word' && next.norm === particle)) return false;
	// ("where do they come from": the place they come from is asked, not who came)
	if (next?.type === 'kw' && next.kw === 'from') return false;
	const flag = presentFlag(state);
	if (!flag) return false;
	state.used[i] = true;
	if (particle) state.used[i + 1] = true;
	const words = particle ? `${item.words} ${next.words}` : item.words;
	addFilter(state, { column: flag, op: 'eq', values: [flagTrue(flag)], words });
	return true;
}

function presentFlag(state: ParseState): ColumnInfo | undefined {
	const flags = (tableInView(state)?.columns ?? []).filter(
		(c) => c.kind === 'boolean' && c.words.length === 1 && PRESENT_WORDS.has(c.words[0])
	);
	return flags.length === 1 ? flags[0] : undefined;
}
