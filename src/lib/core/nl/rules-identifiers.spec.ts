/**
 * Identifier columns: `patientId` names patients one by one, so "how many patients" counts the
 * distinct identifiers and "emergency patients" only says whose rows are picked; the table's
 * own rows (`ticket_id` of tickets) and things another column names (`Donor Name` beside
 * `donor_id`) keep their usual reading. A stage of life ("children", "adults") bounds the one
 * age column.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A dental practice's appointments: a patient comes back many times. */
const APPOINTMENTS: TableSpec = {
	name: 'dental_appointments',
	humanName: 'Dental appointments',
	columns: [
		['appt_id', 'BIGINT'],
		['patientId', 'VARCHAR'],
		['Appointment Date', 'DATE'],
		['Treatment', 'VARCHAR'],
		['pt_age', 'BIGINT'],
		['Exempt', 'BOOLEAN']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		i + 1,
		`P${i % 6}`,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Check-up', 'Emergency', 'Filling'][i % 3],
		8 + 3 * (i % 6),
		i % 6 < 2
	])
};

describe('an identifier column named by the thing it identifies', () => {
	it('counts those things ("how many patients")', () => {
		expect(answer('how many patients do we have', catalogOf(APPOINTMENTS)).sql).toBe(
			'SELECT count(DISTINCT "patientId") AS "distinct_patient_id"\nFROM "dental_appointments"'
		);
		expect(answer('how many exempt patients are there', catalogOf(APPOINTMENTS)).sql).toContain(
			'count(DISTINCT "patientId")'
		);
	});
	it('only says whose rows are picked after a value ("emergency patients")', () => {
		expect(answer('median age of emergency patients', catalogOf(APPOINTMENTS)).sql).toBe(
			'SELECT median("pt_age") AS "median_pt_age"\nFROM "dental_appointments"\nWHERE "Treatment" = \'Emergency\''
		);
	});
	it("is not the table's own rows, nor things another column names", () => {
		const tickets: TableSpec = {
			name: 'support_tickets',
			humanName: 'Support tickets',
			columns: [
				['ticket_id', 'VARCHAR'],
				['Channel', 'VARCHAR']
			],
			rows: Array.from({ length: 10 }, (_, i) => [`T${i}`, ['Email', 'Phone'][i % 2]])
		};
		expect(answer('tickets per channel', catalogOf(tickets)).sql).toBe(
			'SELECT "Channel", count(*) AS "count"\nFROM "support_tickets"\nGROUP BY 1\nORDER BY 1'
		);
		const gifts: TableSpec = {
			name: 'donations',
			humanName: 'Donations',
			columns: [
				['donor_id', 'VARCHAR'],
				['Donor Name', 'VARCHAR'],
				['amt', 'DOUBLE']
			],
			rows: Array.from({ length: 10 }, (_, i) => [`D${i % 4}`, `Donor ${i % 4}`, 10 * i])
		};
		// (the donors shown are their names; counted, they are told apart by `donor_id`)
		expect(answer('top 3 donors by amt', catalogOf(gifts)).sql).toContain('SELECT "Donor Name"');
	});
});

describe('a stage of life', () => {
	it('bounds the one age column ("appointments for children", "adults")', () => {
		expect(answer('how many appointments were for children', catalogOf(APPOINTMENTS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "dental_appointments"\nWHERE "pt_age" < 18'
		);
		expect(answer('how many adults', catalogOf(APPOINTMENTS)).sql).toContain('"pt_age" >= 18');
	});
	it('is left to a column or value named so', () => {
		const kids: TableSpec = {
			...APPOINTMENTS,
			columns: [...APPOINTMENTS.columns, ['children', 'BIGINT']],
			rows: APPOINTMENTS.rows.map((r, i) => [...r, i % 3])
		};
		expect(answer('total children', catalogOf(kids)).sql).toContain('sum("children")');
	});
});

describe('"no" that says nothing is missing', () => {
	it('is not understood, never dropped ("no shows per month")', () => {
		expect(isRefusal(ask('no shows per month', catalogOf(APPOINTMENTS)))).toBe(true);
	});
});

describe('a few words of a longer value', () => {
	const log: TableSpec = {
		name: 'harvest_log',
		humanName: 'Harvest log',
		columns: [
			['Harvest Date', 'DATE'],
			['crop', 'VARCHAR'],
			['pickedBy', 'VARCHAR'],
			['Notes', 'VARCHAR'],
			['Weight (kg)', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			`2024-0${1 + (i % 9)}-1${i % 10}`,
			['Tomatoes', 'Courgettes'][i % 2],
			['Ann', 'Raj', 'Sue'][i % 3],
			['first picking of the year', 'some split after the rain', null][i % 3],
			1.5 + i
		])
	};
	it('name no note written as a phrase, and a verb names no column of who did it', () => {
		for (const q of [
			'average weight of a tomato picking',
			'how many times did we harvest in the rain',
			'how many courgettes have we picked'
		]) {
			const result = ask(q, catalogOf(log));
			// (a picking is what the log records: read so, the verb names no one)
			if (!isRefusal(result)) expect(result.sql, q).not.toMatch(/pickedBy|Notes/);
		}
		expect(isRefusal(ask('how many times did we harvest in the rain', catalogOf(log)))).toBe(true);
	});
	it('still name a value said in full, and the column of who did it said in full', () => {
		expect(answer("how many rows with 'first picking of the year'", catalogOf(log)).sql).toContain(
			`"Notes" = 'first picking of the year'`
		);
		expect(answer('weight by picked by', catalogOf(log)).sql).toContain('GROUP BY 1');
	});
});

describe("a column of 'false' or a name", () => {
	const releases: TableSpec = {
		name: 'node_releases',
		humanName: 'Node.js releases',
		columns: [
			['version', 'VARCHAR'],
			['date', 'DATE'],
			['lts', 'VARCHAR']
		],
		rows: Array.from({ length: 16 }, (_, i) => [
			`${i}.0.0`,
			`20${16 + (i % 6)}-0${1 + (i % 9)}-1${i % 10}`,
			['false', 'Argon', 'false', 'Boron', 'Carbon'][i % 5]
		])
	};
	it('keeps the rows with a name when said before the rows or of them', () => {
		expect(answer('how many LTS releases', catalogOf(releases)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "node_releases"\nWHERE "lts" <> \'false\''
		);
		expect(answer('how many releases were not LTS', catalogOf(releases)).sql).toContain(
			`WHERE "lts" = 'false'`
		);
	});
	it('still counts its names when asked for them', () => {
		expect(answer('how many different lts', catalogOf(releases)).sql).toContain(
			'count(DISTINCT "lts")'
		);
	});
});
