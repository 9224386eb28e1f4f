/**
 * "how many races did we sail in 2024" of a club's race entries with `Race Date` and `raceNo`:
 * race 1, 2 and 3 are sailed again every race day, so a race is its date with its number. A
 * number of an event of the day (a race, heat, round, sitting, screening …) whose few values
 * repeat on many more dates numbers its events within each date, and counting those events
 * counts the different pairs of date and number. A number of a lasting thing (a hive, a court,
 * a room) names the same thing on every date, and is counted alone.
 */
import type { ColumnInfo } from './lexicon';
import { isNumberedThing, timeColumn } from './planner-helpers';

/** Events that happen again, numbered afresh, on each day they are held. */
const EVENTS_OF_THE_DAY = new Set(
	(
		'race heat lap leg stage round game match bout frame set sitting session class lesson ' +
		'show performance screening sailing trip run tour service shift'
	).split(' ')
);

/** The dates a number must repeat over, per value it takes, to be numbered within the day. */
const DATES_PER_NUMBER = 3;

/**
 * The date that numbers the column's events afresh (`Race Date` of `raceNo`), or undefined when
 * the number names the same thing on every date.
 */
export function dateNumbering(column: ColumnInfo): ColumnInfo | undefined {
	if (!isNumberedThing(column)) return undefined;
	const noun = column.words.slice(0, -1);
	if (noun.length !== 1 || !EVENTS_OF_THE_DAY.has(noun[0])) return undefined;
	const numbers = column.profile?.distinctCount ?? 0;
	const date = timeColumn(column.table);
	const dates = date?.kind === 'date' ? (date.profile?.distinctCount ?? 0) : 0;
	return numbers > 0 && dates >= DATES_PER_NUMBER * numbers ? date : undefined;
}

/** How the reading says it: ` for each "Race Date"`, or nothing. */
export function numberedWithin(column: ColumnInfo | undefined): string {
	const date = column && dateNumbering(column);
	return date ? ` for each "${date.name}"` : '';
}
