/**
 * A reference read as a grouping ("by country", "per group", "by birth year"): a table's rows
 * group by the column that names them, a date by the grain after it.
 */
import { choose } from './parse-choose';
import {
	addGroup,
	columnOf,
	groupViaRelation,
	isGroupableCand,
	isTableCand,
	note,
	unknown,
	UNPLACED_WORD_PENALTY,
	type ParseState,
	type RefItem
} from './parse-state';
import { setTimeGroup } from './parse-time';
import { isIdentifierColumn, isOnePerRow, isPerRowOnly, labelColumn } from './planner-helpers';
import { GRAIN_WORDS } from './vocabulary';
import { ROW_AGGREGATES } from './parse-rate';
import { PERSON_NOUNS } from './noun-classes';
import { normalizeWord } from './text';
import { isDateOfUnit } from './parse-ref-kinds';

export function groupRef(state: ParseState, i: number, item: RefItem): void {
	if (groupViaRelation(state, i) || isOwnerOfNext(state, i, item)) return;
	const next = state.items[i + 1];
	const isListContinues =
		next?.type === 'ref' || (next?.type === 'kw' && next.kw === 'and') || next?.type === 'grain';
	if (!isListContinues) state.role = 'none';
	// "per group" where a table and its column are both called group: the column is meant.
	const sameNamedColumn = item.cands.find(
		(c) => isGroupableCand(c) && c.score >= item.cands[0].score - 0.02
	);
	if (item.cands[0].target.kind === 'table' && !sameNamedColumn) {
		const cand = choose(state, item, isTableCand);
		const target = cand?.target.kind === 'table' ? cand.target : undefined;
		// "trips by riders" where riders are only a kind of the rows counted: no column to group
		const isMeasured =
			!!target && state.intent.measures.some((m) => (m.column?.table ?? m.table) === target.table);
		const isOwnRows = target?.isRowNoun && isMeasured;
		if (isMeasured && isPerOwnRow(state, i, target.nounClass)) {
			// "median liters per fill-up" of a fuel log, "average weight per shipment" of shipments:
			// each row is one, the figure is over rows
			state.used[i - 1] = true;
			return void note(state, `per ${item.words}`, 'table', `each row ("${item.words}")`);
		}
		if (isOwnRows) return void unknown(state, i, UNPLACED_WORD_PENALTY);
		const column = target ? labelColumn(target.table) : undefined;
		if (!column) return;
		if (isPerRowOnly(column, state.intent.measures)) {
			note(state, item.words, 'table', `each row ("${item.words}")`);
		} else addGroup(state, column, item.words);
		return;
	}
	const cand = choose(state, item, isGroupableCand);
	const column = cand && columnOf(cand);
	if (!column) return;
	const isOverRows = state.intent.measures.every((m) => ROW_AGGREGATES.has(m.agg));
	if (isAfterPer(state, i) && isOverRows && isIdentifierColumn(column) && isOnePerRow(column)) {
		// "the most per job on average" of a `Job Ref` each row has its own: the figure is over rows
		state.used[i - 1] = true;
		return void note(state, `per ${item.words}`, 'column', `each row ("${column.name}")`);
	}
	if (column.kind === 'date') {
		// "by year of inspection date": the time unit said before is of this date
		if (isDateOfUnit(state, i)) {
			state.intent.timeColumn = column;
			return void note(state, item.words, 'column', `the date of each row: "${column.name}"`);
		}
		// "by birth year": the grain right after the date column
		const next = state.items[i + 1];
		if (next?.type === 'grain' && !state.used[i + 1]) {
			state.used[i + 1] = true;
			setTimeGroup(state, next.grain, `${item.words} ${next.words}`);
			state.intent.timeColumn = column;
			return;
		}
		const grainWord = column.words.find((w) => Object.hasOwn(GRAIN_WORDS, w));
		setTimeGroup(state, grainWord ? GRAIN_WORDS[grainWord] : 'day', item.words);
		state.intent.timeColumn = column;
		return;
	}
	addGroup(state, column, item.words);
}

/**
 * "per fill-up" right after figures taken row by row, where the noun names the rows themselves
 * (not people or kinds of them, as "per rider" of trips does).
 */
function isPerOwnRow(state: ParseState, i: number, nounClass: string | undefined): boolean {
	const word = normalizeWord(state.items[i].words.split(/\s+/).at(-1) ?? '');
	return (
		isAfterPer(state, i) &&
		nounClass === undefined &&
		!PERSON_NOUNS.includes(word) &&
		state.intent.measures.length > 0 &&
		state.intent.measures.every((m) => ROW_AGGREGATES.has(m.agg))
	);
}

/** The reference at i comes right after "per". */
function isAfterPer(state: ParseState, i: number): boolean {
	const before = state.items[i - 1];
	return before?.type === 'kw' && before.words.toLowerCase() === 'per';
}

/**
 * "by plot size", "sales by product category": of two column names said together, the last is
 * the one grouped; the first only says whose it is ("the plot's size"), as in any compound noun.
 */
function isOwnerOfNext(state: ParseState, i: number, item: RefItem): boolean {
	const next = state.items[i + 1];
	if (next?.type !== 'ref' || state.used[i + 1]) return false;
	const own = item.cands.find((c) => isGroupableCand(c) && !c.isLoose);
	const head = next.cands.find(isGroupableCand);
	const [owner, grouped] = [own && columnOf(own), head && columnOf(head)];
	if (!owner || !grouped || owner === grouped || owner.table !== grouped.table) return false;
	if (owner.kind === 'date' || item.cands[0].target.kind !== 'column') return false;
	note(state, item.words, 'column', `whose "${grouped.name}" it is`);
	return true;
}
