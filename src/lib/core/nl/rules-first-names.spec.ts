/**
 * People as a question names them: in a column of full names, a first name only one person has
 * names that person ("has linda borrowed"); one two people share names neither. "Someone" and
 * "something" are no condition ("borrowed something"), but a quality said after "something",
 * or an -ing word before the rows' noun ("interesting movies"), is one no column says: the
 * question is refused, not answered without it.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** More names than a profile keeps as most frequent: the last five only in its full list. */
const MEMBERS = [
	...'Owen Priya Grace Tariq Mei Jonah Ruth Callum Ines Bilal Hugo Nia Amir Beth Cara'
		.split(' ')
		.flatMap((first) => [`${first} Hughes`, `${first} Khan`].slice(0, first < 'J' ? 1 : 2)),
	'Linda Wilson',
	'Rhys Green',
	"Aoife O'Brien",
	'Sam Patel',
	'Sam Jones'
];
/** Tool loans: who borrowed which tool, every member name listed in the profile. */
const LOANS: TableSpec = {
	name: 'tool_library_loans',
	humanName: 'Tool library loans',
	hasValueLists: true,
	columns: [
		['memberName', 'VARCHAR'],
		['Tool', 'VARCHAR'],
		['Date Out', 'DATE']
	],
	// (the five named last borrow once each, the others three times)
	rows: [...MEMBERS.slice(0, -5), ...MEMBERS.slice(0, -5), ...MEMBERS].map((name, i) => [
		name,
		['Step Ladder', 'Hedge Trimmer', 'Drill'][i % 3],
		`2024-0${1 + (i % 9)}-1${i % 10}`
	])
};

describe('a first name in a column of full names', () => {
	const loans = catalogOf(LOANS);
	it('names the one person who has it', () => {
		expect(answer('how many loans has linda had', loans).sql).toContain(
			`"memberName" = 'Linda Wilson'`
		);
		expect(answer('how many loans for aoife', loans).sql).toContain(
			`"memberName" = 'Aoife O''Brien'`
		);
	});
	it('names nobody when two people share it', () => {
		expect(isRefusal(ask('how many loans has sam had', loans))).toBe(true);
	});
	it('reads "something" as no condition', () => {
		expect(answer('how many times has rhys borrowed something', loans).sql).toContain(
			`"memberName" = 'Rhys Green'`
		);
	});
});

describe('a quality no column says', () => {
	const loans = catalogOf(LOANS);
	it('is not dropped after "something"', () => {
		expect(isRefusal(ask('show me something interesting about the loans', loans))).toBe(true);
	});
	it('is not dropped as an -ing word before the rows', () => {
		expect(isRefusal(ask('show me interesting loans', loans))).toBe(true);
	});
});
