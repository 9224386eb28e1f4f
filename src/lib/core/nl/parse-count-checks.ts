/**
 * Checks of a count once the question is read: the different values of a column held to one
 * value are no count asked (the rows are), and a count kept over its own period cannot be
 * limited to another time.
 */
import type { Candidate, Item } from './matcher';
import type { ColumnInfo } from './lexicon';
import type { ParseState } from './parse-state';
import { isSingularWords, normalizeWord, splitName } from './text';
import { isParticiple } from './word-net';
import { isPersonOfRow } from './noun-classes';
import { IDENTIFIER_WORDS, periodWordsAtEnd } from './vocabulary';

/**
 * "how many absences were reported on the app" read as the different `reportedVia` of rows
 * where it is 'App': the different values of a column held to one value are one, whatever the
 * data, so the question counts the rows.
 */
export function countRowsOfOneValue(state: ParseState): void {
	countByIdentifier(state);
	const intent = state.intent;
	for (const measure of intent.measures) {
		const column = measure.column;
		if (measure.agg !== 'count_distinct' || !column) continue;
		const isHeld = intent.filters.some(
			(f) => f.column === column && f.op === 'eq' && f.values.length === 1 && !f.part
		);
		if (!isHeld) continue;
		const said = intent.interpretation.find(
			(i) => i.kind === 'aggregate' && i.words === measure.words.trim()
		);
		measure.agg = 'count';
		measure.column = undefined;
		measure.table = column.table;
		if (said) said.meaning = `number of rows (each has one "${column.name}")`;
	}
}

/**
 * "number of individual donors" read as the different `Donor Name`s beside a `donor_ref`: names
 * repeat ("Anonymous", two John Smiths), the reference tells each donor apart, so the different
 * references are counted.
 */
function countByIdentifier(state: ParseState): void {
	for (const measure of state.intent.measures) {
		const column = measure.column;
		if (measure.agg !== 'count_distinct' || column?.kind !== 'text') continue;
		const [thing, name] = column.words;
		if (column.words.length > 2 || (name !== undefined && name !== 'name')) continue;
		const id = column.table.columns.find(
			(c) =>
				c.words.length === 2 &&
				c.words[0] === thing &&
				IDENTIFIER_WORDS.has(c.words[1]) &&
				(c.kind === 'text' || c.kind === 'number')
		);
		if (!id) continue;
		measure.column = id;
		const said = state.intent.interpretation.find(
			(i) => i.kind === 'aggregate' && i.meaning.includes(`"${column.name}"`)
		);
		if (said)
			said.meaning = `number of distinct "${id.name}" (each ${thing}, whose names may repeat)`;
	}
}

/**
 * "how many visits did members make in 2022" of `visits_ytd`: a count kept over its own period
 * (year to date, the last 30 days) cannot be limited to another time; the reading is unsure.
 */
export function periodCountInTime(state: ParseState): void {
	const intent = state.intent;
	const isTimed = intent.filters.some((f) => !f.column || f.column.kind === 'date');
	if (!isTimed) return;
	for (const m of intent.measures) {
		if (periodWordsAtEnd(m.column?.words ?? []) === 0) continue;
		intent.factors.push({
			reason: `"${m.column?.name}" counts over its own period, not the time asked`,
			factor: PERIOD_IN_TIME_FACTOR
		});
	}
}

/** A count over its own period limited to another time answers another question. */
const PERIOD_IN_TIME_FACTOR = 0.5;

/**
 * "how many patients" of a dispensing log read loosely as `patientAge`: the word is the first of
 * a number column's name, whose last word says what is measured of it (an age, a weight). The
 * noun names whose number it is, and counting the numbers filled in counts no such things. The
 * question is refused; true when it was.
 */
export function refuseCountOfOwner(state: ParseState, cand: Candidate, words: string): boolean {
	const target = cand.target;
	if (target.kind !== 'column' || target.column.kind !== 'number' || !cand.isLoose) return false;
	const named = target.column.words;
	const said = words.trim().split(/\s+/).map(normalizeWord);
	if (named.length < 2 || said.length !== 1 || said[0] !== named[0]) return false;
	// ("how many hires" of `hire_id`: the number that names each row, the rows are the hires)
	if (IDENTIFIER_WORDS.has(named[named.length - 1])) return false;
	// ("how many sourdoughs baked" of `baked_qty`: a verb, not a noun for whose number it is)
	if (isSingularWords(words) || isParticiple(words)) return false;
	state.intent.refusal = {
		reason: `No column tells "${words}" apart: "${target.column.name}" holds a number for each row, not one row per ${said[0]}.`,
		suggestions: [`average ${target.column.name}`, `how many rows`]
	};
	return true;
}

/**
 * "how many patients" of a dispensing log whose only person column is `patientAge`: each row has
 * a patient, but the rows are not patients. Refused; true when it was.
 */
export function refuseCountOfPersons(state: ParseState, cand: Candidate, words: string): boolean {
	const target = cand.target;
	if (target.kind !== 'table' || target.nounClass !== 'person' || !isPersonOfRow(target.table))
		return false;
	state.intent.refusal = {
		reason: `No column tells "${words}" apart: each row of ${target.table.humanName} has one, but the rows are not them.`,
		suggestions: [`how many ${target.table.humanName.toLowerCase()}`]
	};
	return true;
}

/**
 * "how many events were cancelled" of Library events with an `Event Date`: the plural noun that
 * ends the table's name names its rows, even where a date column begins with it, so the rows
 * are counted (the date says when each happened), not the different dates.
 */
export function namesRowsOfDate(item: Item, column: ColumnInfo): boolean {
	if (column.kind !== 'date' || isSingularWords(item.words)) return false;
	const said = item.words.trim().split(/\s+/).map(normalizeWord);
	const head = splitName(column.table.humanName).at(-1);
	return (
		said.length === 1 &&
		said[0] === head &&
		item.type === 'ref' &&
		item.cands.some((c) => c.target.kind === 'table' && c.target.table === column.table)
	);
}
