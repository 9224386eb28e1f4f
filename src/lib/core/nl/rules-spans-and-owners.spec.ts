/**
 * A pharmacy's dispensing log and a tutoring agency's lessons:
 * - "nov 2023 to feb 2024" with no "from" is the span between the months; "nov 2023 and feb
 *   2024" are two spans no row falls in together, so the question is refused, not answered with
 *   nothing;
 * - "most dispensed medicine": the participle names the date column of what happened, which has
 *   no "most"; the medicines are counted;
 * - "what grades did our gcse students get" with "grades" read loosely as the level that "gcse"
 *   fixes: showing one value answers nothing, so the word stays unplaced;
 * - "how many patients" where the only column about people is `patientAge` ("how many pets"
 *   beside `petWeight`): each row has one, the rows are not them, and counting the numbers
 *   filled in counts none.
 * - "o neg" is the value 'O-': a sign after a short value said as a word; "o" alone is 'O+' and
 *   'O-' both;
 * - a table that names its people ("Blood donor sessions") is not about another kind ("patients").
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { DISPENSING_LOG, TUTORING_LESSONS } from '$test/nl/service-tables';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';

const isUnsure = (result: ReturnType<typeof ask>) =>
	isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD;

describe('two months joined by "to"', () => {
	const log = catalogOf(DISPENSING_LOG);
	it('are the span between them, across a new year', () => {
		const sql = answer('amoxicillin items nov 2023 to feb 2024', log).sql;
		expect(sql).toContain(`"Dispensed" >= DATE '2023-11-01' AND "Dispensed" < DATE '2024-03-01'`);
	});
	it('joined by "and" are two spans no row is in together: refused, with the span offered', () => {
		const result = ask('amoxicillin items nov 2023 and feb 2024', log);
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) {
			expect(result.suggestions[0]).toBe('amoxicillin items from nov 2023 to feb 2024');
		}
	});
});

describe('"most" before a participle naming a date column', () => {
	it('counts the thing named next ("most dispensed medicine")', () => {
		expect(answer('most dispensed medicine', catalogOf(DISPENSING_LOG)).sql).toContain(
			'SELECT "Medicine", count(*) AS "count"'
		);
	});
});

describe('a column every picked row holds one value of', () => {
	const lessons = catalogOf(TUTORING_LESSONS);
	it('is not what a loose word asks to see', () => {
		expect(isUnsure(ask('what grades did our gcse students get', lessons))).toBe(true);
	});
	it('is shown when named outright', () => {
		expect(answer('show level and student for gcse', lessons).sql).toContain(
			'SELECT DISTINCT "Level", "Student Name"'
		);
	});
});

/** Visits, each with the weight of the pet seen. */
const VISITS: TableSpec = {
	name: 'vet_visits',
	humanName: 'Vet visits',
	columns: [
		['visit_id', 'BIGINT'],
		['Visit Date', 'DATE'],
		['petWeight', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [i + 1, `2024-0${1 + (i % 9)}-05`, 3 + i])
};

describe('those each row only has', () => {
	it('are not counted by the numbers filled in of their column ("how many pets")', () => {
		expect(isUnsure(ask('how many pets', catalogOf(VISITS)))).toBe(true);
	});
	it('are not counted as the rows ("how many patients" of a dispensing log)', () => {
		expect(isUnsure(ask('how many patients do we have', catalogOf(DISPENSING_LOG)))).toBe(true);
	});
});

/** Donor sessions: each donor comes several times. */
const SESSIONS: TableSpec = {
	name: 'blood_donor_sessions',
	humanName: 'Blood donor sessions',
	columns: [
		['Donor ID', 'VARCHAR'],
		['Session Date', 'DATE'],
		['Age', 'BIGINT'],
		['Blood Group', 'VARCHAR'],
		['First Time', 'BOOLEAN']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`D${100 + (i % 8)}`,
		`${2023 + (i % 2)}-0${1 + (i % 9)}-14`,
		20 + (i % 8) * 5,
		['O+', 'A+', 'O-'][i % 3],
		i < 8
	])
};

describe('the people the rows are about, named after what is asked', () => {
	const sessions = catalogOf(SESSIONS);
	it('are the rows they have ("average age of first time donors")', () => {
		const result = answer('average age of first time donors', sessions);
		expect(result.sql).toBe(
			'SELECT avg("Age") AS "average_age"\nFROM "blood_donor_sessions"\nWHERE "First Time" = \'true\''
		);
		expect(result.interpretation.some((x) => x.words === 'donors' && x.kind === 'table')).toBe(
			true
		);
	});
	it('still count as people when counted ("how many donors")', () => {
		expect(answer('how many donors have we got', sessions).sql).toContain(
			'count(DISTINCT "Donor ID")'
		);
	});
});

describe('a value ending with a sign', () => {
	it("said without its sign is every value of those letters (\"o\" of 'O+' and 'O-')", () => {
		expect(answer('how many o sessions', catalogOf(SESSIONS)).sql).toContain(
			`WHERE "Blood Group" IN ('O-', 'O+')`
		);
	});
	it("is said with the sign's word (\"o neg\" of 'O-')", () => {
		expect(answer('how many o neg donors have we got', catalogOf(SESSIONS)).sql).toContain(
			`WHERE "Blood Group" = 'O-'`
		);
	});
});

describe('a table that says what kind of people it holds', () => {
	it('is not about another kind ("how many patients" of donor sessions)', () => {
		expect(isUnsure(ask('how many patients got o neg blood in 2024', catalogOf(SESSIONS)))).toBe(
			true
		);
	});
});
