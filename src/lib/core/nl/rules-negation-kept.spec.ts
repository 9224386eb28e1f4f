/**
 * A "not" is never lost: said of a yes/no column after the rows ("returns not restocked") or
 * inside a contraction ("weren't restocked", "weren't received"), it keeps the rows where the
 * column does not hold or the event's date is empty; one that reaches no condition is a word
 * not understood. A participle naming a date column before the rows' noun ("finished books")
 * keeps the rows where the event happened.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Returns: received on a day (not yet for some), restocked or not. */
const RETURNS: TableSpec = {
	name: 'customer_returns',
	humanName: 'Customer returns',
	columns: [
		['Return No', 'VARCHAR'],
		['Category', 'VARCHAR'],
		['received_date', 'DATE'],
		['restocked', 'BOOLEAN'],
		['Refund (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`R-${100 + i}`,
		['Lamp', 'Rug'][i % 2],
		i % 6 === 0 ? null : `2024-0${1 + (i % 9)}-14`,
		i % 3 === 0,
		10 + 7 * i
	])
};

/** Books read: finished on a day (not yet for some), rated or not. */
const READING: TableSpec = {
	name: 'reading_log',
	humanName: 'Reading log',
	columns: [
		['book_id', 'BIGINT'],
		['Reader', 'VARCHAR'],
		['Title', 'VARCHAR'],
		['dateFinished', 'DATE'],
		['Rating', 'BIGINT']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		1 + i,
		['Ruby', 'Alfie'][i % 2],
		`Book ${i}`,
		i % 4 === 0 ? null : `2024-0${1 + (i % 9)}-11`,
		i % 5 === 0 ? null : 1 + (i % 5)
	])
};

describe('a "not" said of a yes/no column', () => {
	const returns = catalogOf(RETURNS);
	it('keeps the rows where it does not hold, after the rows or in a contraction', () => {
		for (const question of [
			'returns not restocked',
			"returns that weren't restocked",
			"how many returns weren't restocked"
		]) {
			expect(answer(question, returns).sql, question).toContain('"restocked" <> \'true\'');
		}
	});
	it('keeps the rows whose event never happened: "weren\'t received"', () => {
		expect(answer("returns that weren't received", returns).sql).toContain(
			'"received_date" IS NULL'
		);
	});
	it('is never dropped when it reaches no condition', () => {
		for (const question of ['average refund not', "total refund of returns that weren't"]) {
			const result = ask(question, returns);
			expect(isRefusal(result) && result.unknownWords, question).toEqual([
				question.split(' ').at(-1)
			]);
		}
	});
});

describe('a participle naming a date column', () => {
	const reading = catalogOf(READING);
	it('before the rows keeps those where it happened', () => {
		expect(answer('finished books with no rating', reading).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "reading_log"\nWHERE "dateFinished" IS NOT NULL\n  AND "Rating" IS NULL'
		);
	});
	it('negated after the rows keeps those where it did not', () => {
		expect(answer('books not finished by ruby', reading).sql).toContain('"dateFinished" IS NULL');
	});
});
