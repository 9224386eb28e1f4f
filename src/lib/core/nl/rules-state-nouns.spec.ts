/**
 * A register of absences that also records late marks: the noun of the state a value says
 * ("absences" of `Mark` = 'Absent') names the rows holding it, before the table's own name;
 * values said before it narrow those rows ("illness absences in 2024" counts them); a word
 * before it that nothing reads ("unexplained absences") is not understood; and the different
 * values of a column held to one value ("how many … reported on the app") are no count asked.
 * "Who" is the pupil the name says, not the code that stands for them.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Sessions missed or arrived late at, with a reason and how each was reported. */
const REGISTER: TableSpec = {
	name: 'pupil_absences',
	humanName: 'Pupil absences',
	columns: [
		['record_id', 'BIGINT'],
		['Pupil ID', 'VARCHAR'],
		['pupil_name', 'VARCHAR'],
		['Year Group', 'VARCHAR'],
		['session_date', 'DATE'],
		['Mark', 'VARCHAR'],
		['Reason', 'VARCHAR'],
		['reportedVia', 'VARCHAR']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		1 + i,
		`BL01${10 + (i % 4)}`,
		['Ava Shah', 'Leo Park', 'Mia Cole', 'Sam Reid'][i % 4],
		['Year 1', 'Year 2'][i % 2],
		`${2023 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
		i % 5 === 0 ? 'Late' : 'Absent',
		i % 5 === 0 ? null : ['Illness', 'Holiday', 'Medical'][i % 3],
		['Phone', 'App', 'Email'][i % 3]
	])
};

describe('the noun of a state a value says', () => {
	const register = catalogOf(REGISTER);
	it('names the rows holding it, not every row of the table', () => {
		expect(answer('how many absences have there been', register).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "pupil_absences"\nWHERE "Mark" = \'Absent\''
		);
		expect(answer('absences by year group', register).sql).toContain('WHERE "Mark" = \'Absent\'');
	});
	it('counts the rows when values before it narrow them', () => {
		const sql = answer('illness absences in 2024', register).sql;
		expect(sql).toMatch(/^SELECT count\(\*\)/);
		expect(sql).toContain('"Reason" = \'Illness\'');
		expect(sql).toContain('"Mark" = \'Absent\'');
	});
	it('leaves a word before it that nothing reads not understood', () => {
		const result = ask('show unexplained absences', register);
		expect(isRefusal(result) && result.unknownWords).toEqual(['unexplained']);
	});
});

describe('a column held to one value', () => {
	it('has one value: "how many" counts the rows', () => {
		expect(answer('how many absences were reported on the app', catalogOf(REGISTER)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "pupil_absences"\nWHERE "Mark" = \'Absent\'\n  AND "reportedVia" = \'App\''
		);
	});
});

describe('who', () => {
	it('is the person a name column says, beside a code for them', () => {
		expect(answer("who's been late the most", catalogOf(REGISTER)).sql).toContain(
			'SELECT "pupil_name", count(*) AS "count"'
		);
	});
});
