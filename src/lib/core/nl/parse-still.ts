/**
 * "how many bottles are left", "tools still out", "what is still in the cellar": a thing still
 * there is one whose ending has not happened yet. Of a table with several dates, the one date
 * some rows leave empty (`Date Drunk`, `Date Returned`) is that ending, and those rows are kept.
 * With no such date, or more than one, the words stay unplaced.
 */
import type { ColumnInfo } from './lexicon';
import { addFilter } from './parse-filters';
import { tableInView, type ParseState } from './parse-state';

/** Words said after "still" that say where the thing still is or how it stands. */
const STILL_STATES = new Set(['in', 'out', 'here', 'got', 'open', 'waiting', 'with', 'around']);

/** The words right before "left" that make it "remaining" ("bottles left", "are left"). */
const BEFORE_LEFT = new Set(['are', 'is', 'got', 'have', 'has', 'still']);

/** True (the rows kept to those whose ending date is empty) when the words say so. */
export function parseStill(state: ParseState, i: number): boolean {
	const [prev, item, next] = [state.items[i - 1], state.items[i], state.items[i + 1]];
	if (item?.type !== 'word') return false;
	const isStill = item.norm === 'still';
	const isLeft =
		item.norm === 'left' &&
		(prev?.type === 'ref' || (prev?.type === 'word' && BEFORE_LEFT.has(prev.norm)));
	// ("shipments left the warehouse": the verb of leaving, not what remains)
	const isLeftAtEnd = !next || next.type === 'kw';
	if (!isStill && !(isLeft && isLeftAtEnd)) return false;
	// ("reports still open" of a `Status` holding 'Open', "still unpaid" of a flag: the words
	// after it say it)
	const isState = STILL_STATES.has(next?.words.toLowerCase() ?? '');
	if (next?.type === 'ref' && (!isState || next.cands.some((c) => c.target.kind === 'value')))
		return false;
	const ending = endingDate(state);
	if (!ending) return false;
	state.used[i] = true;
	let words = item.words;
	if (isStill && next && isState) {
		state.used[i + 1] = true;
		words = `${item.words} ${next.words}`;
		const after = state.items[i + 2];
		if (next.words.toLowerCase() === 'got' && after?.words.toLowerCase() === 'left') {
			state.used[i + 2] = true;
			words = `${words} ${after.words}`;
		}
	}
	addFilter(state, { column: ending, op: 'is_null', values: [], words });
	return true;
}

/** The one date of the table in view some rows leave empty, beside another date always filled. */
function endingDate(state: ParseState): ColumnInfo | undefined {
	const dates = (tableInView(state)?.columns ?? []).filter((c) => c.kind === 'date');
	const empty = dates.filter((c) => (c.profile?.nullShare ?? 0) > 0);
	const filled = dates.filter((c) => (c.profile?.nullShare ?? 0) === 0);
	return empty.length === 1 && filled.length > 0 ? empty[0] : undefined;
}
