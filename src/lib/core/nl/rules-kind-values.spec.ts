/**
 * A noun that ends several values of one column of kinds ("ladders" of 'Step Ladder' and
 * 'Extension Ladder') names them all, said in the plural or before the rows' noun ("ladder
 * loans"); never inside people's names or titles ("Hall" of 'Jean Hall').
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const TOOLS = ['Step Ladder', 'Extension Ladder', 'Hammer Drill', 'Cordless Drill', 'Jigsaw'];
/** Tool loans: which tool, to whom, when. */
const LOANS: TableSpec = {
	name: 'tool_library_loans',
	humanName: 'Tool library loans',
	columns: [
		['Tool', 'VARCHAR'],
		['memberName', 'VARCHAR'],
		['Date Out', 'DATE']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		TOOLS[i % 5],
		['Jean Hall', 'Brian Hall', 'Sam Patel'][i % 3],
		`2024-0${1 + (i % 9)}-1${i % 10}`
	])
};

describe('the head noun of several values', () => {
	const loans = catalogOf(LOANS);
	it('names them all: "how many times have ladders been borrowed"', () => {
		expect(answer('how many times have ladders been borrowed', loans).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "tool_library_loans"\nWHERE "Tool" IN (\'Extension Ladder\', \'Step Ladder\')'
		);
	});
	it('is read before the rows\' noun: "ladder loans"', () => {
		expect(answer('how many ladder loans', loans).sql).toContain(
			`"Tool" IN ('Extension Ladder', 'Step Ladder')`
		);
	});
	it('is no surname shared by people', () => {
		expect(isRefusal(ask('how many halls', loans))).toBe(true);
	});
});
