/**
 * Words a log's columns write short or differently: "hours" of a column `hrs` (not a grouping
 * by hour of the day, which a date without a time cannot give); "connector type" of a
 * `connector` column, not its value 'Type 2'; "sessions are by members" a condition, not a
 * grouping; "faulty sessions" of a mostly empty `fault_code`, the rows that have one; and a list
 * of the rows themselves ("the faulty sessions … with site and charger") shows each row.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A volunteer centre's shifts: who, which project, the day, how long (`hrs`). */
const SHIFTS: TableSpec = {
	name: 'volunteer_shifts',
	humanName: 'Volunteer shifts',
	columns: [
		['Volunteer Name', 'VARCHAR'],
		['project', 'VARCHAR'],
		['Shift Date', 'DATE'],
		['hrs', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		['Ann Lee', 'Raj Patel', 'Sue Kim'][i % 3],
		['Food Bank', 'Charity Shop'][i % 2],
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		1.5 + (i % 4)
	])
};

/** The shifts with an age band and a 1–5 feedback score. */
const RATED: TableSpec = {
	name: 'volunteer_shifts',
	humanName: 'Volunteer shifts',
	columns: [
		['project', 'VARCHAR'],
		['ageBand', 'VARCHAR'],
		['hrs', 'DOUBLE'],
		['Feedback Score', 'BIGINT'],
		['Mileage Claimed', 'BOOLEAN']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		['Food Bank', 'Charity Shop', 'Garden'][i % 3],
		['18-34', '35-64', '65+'][i % 3],
		1.5 + (i % 4),
		// every project has a 2 and a 5; the garden scores lowest on average
		[2, 5, 5, 4][i % 4] - (i % 3 === 2 && i % 4 === 2 ? 1 : 0),
		i % 3 === 0
	])
};

/** An EV charging network's sessions: connector, membership, a fault code now and then. */
const SESSIONS: TableSpec = {
	name: 'ev_charging_sessions',
	humanName: 'EV charging sessions',
	columns: [
		['Site Name', 'VARCHAR'],
		['chargerId', 'VARCHAR'],
		['connector', 'VARCHAR'],
		['Start Time', 'TIMESTAMP'],
		['Member', 'BOOLEAN'],
		['fault_code', 'VARCHAR'],
		['Vehicle Make', 'VARCHAR'],
		['kwh', 'DOUBLE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		['Market Square', 'Kingsway Park & Ride'][i % 2],
		`C-${i % 3}`,
		['CCS', 'CHAdeMO', 'Type 2'][i % 3],
		`2024-03-${10 + (i % 9)} ${10 + (i % 8)}:15:00`,
		i % 4 === 0,
		i % 5 === 0 ? 'COMMS_LOST' : null,
		['Kia', 'Tesla', 'Audi'][i % 3],
		20 + i
	])
};

describe('a duration written short', () => {
	it('"hours" is the `hrs` column, totalled, not the hour of the day', () => {
		expect(answer('hours per project', catalogOf(SHIFTS)).sql).toBe(
			'SELECT "project", sum("hrs") AS "total_hrs"\nFROM "volunteer_shifts"\nGROUP BY 1\nORDER BY 1'
		);
		expect(answer('who has put in the most hours', catalogOf(SHIFTS)).sql).toContain(
			'SELECT "Volunteer Name", sum("hrs")'
		);
	});
	it('a date without a time of day cannot be split by hour', () => {
		const byHour = ask('shifts by hour', catalogOf(SHIFTS));
		expect(isRefusal(byHour) && byHour.reason).toContain('without a time of day');
		expect(answer('sessions by hour', catalogOf(SESSIONS)).sql).toContain('hour("Start Time")');
	});
});

describe('kinds, who the rows are of, and what they have', () => {
	it('"connector type" is the column of kinds, not its value \'Type 2\'', () => {
		expect(answer('sessions by connector type', catalogOf(SESSIONS)).sql).toBe(
			'SELECT "connector", count(*) AS "count"\nFROM "ev_charging_sessions"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('"are by members" is a condition, and its share is of all rows', () => {
		const share = answer('what % of sessions are by members', catalogOf(SESSIONS));
		expect(share.sql).toContain('FILTER (WHERE "Member"');
		expect(share.sql).not.toContain('GROUP BY');
	});
	it('"faulty sessions" are those with a fault code, each one listed', () => {
		const listed = answer(
			'list the faulty sessions with site, charger and fault code',
			catalogOf(SESSIONS)
		);
		expect(listed.sql).toContain('"fault_code" IS NOT NULL');
		expect(listed.sql).not.toContain('DISTINCT');
		expect(answer('how many faulty sessions', catalogOf(SESSIONS)).sql).toContain(
			'WHERE "fault_code" IS NOT NULL'
		);
	});
	it('a list of values, not of the rows, still shows each value once', () => {
		expect(answer('list the site names', catalogOf(SESSIONS)).sql).toContain('DISTINCT');
	});
});

describe('lengths, bands and ratings', () => {
	it('"longer than 5 hours" (or "longer then") compares the `hrs` column', () => {
		for (const q of ['shifts longer than 5 hours', 'shifts longer then 5 hours']) {
			expect(answer(q, catalogOf(SHIFTS)).sql, q).toContain('WHERE "hrs" > 5');
		}
		expect(answer('shortest shift', catalogOf(SHIFTS)).sql).toContain('ORDER BY "hrs" ASC');
	});
	it('"by age group" groups by the age band', () => {
		expect(answer('shifts by age group', catalogOf(RATED)).sql).toContain('SELECT "ageBand"');
	});
	it('ranks groups by the average of a rating, not by its lowest', () => {
		const lowest = answer('which project gets the lowest feedback', catalogOf(RATED));
		expect(lowest.sql).toContain('avg("Feedback Score")');
		expect(lowest.explanation).toContain('a rating');
		// (asked for its minimum, it is the minimum)
		expect(answer('minimum feedback score by project', catalogOf(RATED)).sql).toContain(
			'min("Feedback Score")'
		);
	});
});

describe('names said another way', () => {
	it('the end of a table\'s name names it ("charging sessions")', () => {
		const named = answer('how many charging sessions', catalogOf(SESSIONS));
		expect(named.confidence).toBe(1);
	});
	it('"park and ride" is the value \'Kingsway Park & Ride\'', () => {
		expect(answer('sessions at the park and ride', catalogOf(SESSIONS)).sql).toContain(
			`WHERE "Site Name" = 'Kingsway Park & Ride'`
		);
	});
	it("a car's brand is its make", () => {
		expect(answer('sessions by brand', catalogOf(SESSIONS)).sql).toContain('"Vehicle Make"');
	});
	it('"everything except" keeps the rest', () => {
		expect(answer('average hrs for everything except the garden', catalogOf(RATED)).sql).toContain(
			`WHERE "project" <> 'Garden'`
		);
	});
	it('"shifts claimed mileage" is the yes/no said as what the rows did', () => {
		expect(answer('what percentage of shifts claimed mileage', catalogOf(RATED)).sql).toContain(
			'FILTER (WHERE "Mileage Claimed"'
		);
	});
	it('"rated 2" is the rating column equal to 2', () => {
		expect(answer('how many shifts rated 2', catalogOf(RATED)).sql).toContain(
			'WHERE "Feedback Score" = 2'
		);
	});
});

describe('rows named by their verb, ages in bands', () => {
	it('"a charge" is one of the EV charging sessions', () => {
		expect(answer('average kwh per charge', catalogOf(SESSIONS)).sql).not.toContain('GROUP BY');
		expect(answer('how many charges', catalogOf(SESSIONS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "ev_charging_sessions"'
		);
	});
	it('"over 65s" picks the age bands of 65 and over', () => {
		expect(answer('how many shifts were done by over 65s', catalogOf(RATED)).sql).toContain(
			`WHERE "ageBand" IN ('65+')`
		);
		expect(answer('shifts by people under 35', catalogOf(RATED)).sql).toContain(
			`"ageBand" IN ('18-34')`
		);
	});
	it('a bound that cuts through a band is not read as bands', () => {
		const cut = ask('how many shifts by people over 40', catalogOf(RATED));
		expect(isRefusal(cut) || !cut.sql.includes('ageBand')).toBe(true);
	});
});

describe('a table named by its own noun, among others', () => {
	it('"visits" is Vet visits, not sessions that may be called visits', () => {
		const visits: TableSpec = {
			name: 'vet_visits',
			humanName: 'Vet visits',
			columns: [
				['Visit Date', 'DATE'],
				['Species', 'VARCHAR']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`2024-0${1 + (i % 9)}-10`, ['Dog', 'Cat'][i % 2]])
		};
		const asked = answer('how many visits in 2024', catalogOf(visits, SESSIONS));
		expect(asked.sql).toContain('FROM "vet_visits"');
	});
});
