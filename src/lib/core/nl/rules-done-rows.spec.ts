/**
 * The asker's own past deeds ("how many appointments did i do") are the rows that happened, as
 * a column of states or a yes/no column of calling off says.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';

const STATES = ['Done', 'Done', 'Done', 'Cancelled', 'Done', 'No Show', 'Booked', 'Done'];

const hair = catalogOf({
	name: 'hair_appointments',
	humanName: 'Hair appointments',
	columns: [
		['Appt Ref', 'VARCHAR'],
		['Appt Date', 'DATE'],
		['Client', 'VARCHAR'],
		['Service', 'VARCHAR'],
		['Price (£)', 'DOUBLE'],
		['Status', 'VARCHAR']
	],
	rows: Array.from({ length: 16 }, (_, i) => [
		`JK-${i + 1}`,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Ava Bennett', 'Ella Pearce', 'Laura Fletcher'][i % 3],
		['Gents Cut', 'Full Colour'][i % 2],
		20 + i,
		STATES[i % STATES.length]
	])
});

const lessons = catalogOf({
	name: 'driving_lessons',
	humanName: 'Driving lessons',
	columns: [
		['Lesson ID', 'BIGINT'],
		['Lesson Date', 'DATE'],
		['Instructor', 'VARCHAR'],
		['Cancelled <24h', 'BOOLEAN'],
		['Price (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		i + 1,
		`2024-0${1 + (i % 9)}-0${1 + (i % 9)}`,
		['Imran Qureshi', 'Sue Platt'][i % 2],
		i % 5 === 0,
		35
	])
});

describe("the asker's past deeds are the rows that happened", () => {
	it('reads the state that says a row was done', () => {
		expect(answer('how many appointments did i do in 2024', hair).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "hair_appointments"\nWHERE year("Appt Date") = 2024\n  AND "Status" = \'Done\''
		);
		expect(answer('how many gents cuts have i done', hair).sql).toContain('"Status" = \'Done\'');
		expect(answer('how many different clients did i see', hair).sql).toContain(
			'"Status" = \'Done\''
		);
	});

	it('leaves out the rows a yes/no column calls off', () => {
		expect(answer('how many lessons did we do in 2024', lessons).sql).toContain(
			'"Cancelled <24h" <> \'true\''
		);
	});

	it('reads no state where the question names one, has them, or looks ahead', () => {
		expect(answer('how many no-shows have i had', hair).sql).not.toContain("'Done'");
		expect(answer('how many appointments did we have in 2024', hair).sql).not.toContain('Status');
		expect(answer('how many appointments have i got coming up', hair).sql).not.toContain("'Done'");
	});

	it('reads the rows still to come where a state says so, and "upcoming" as no forecast', () => {
		const booked = '"Status" = \'Booked\'';
		expect(answer('how many appointments have i got coming up', hair).sql).toContain(booked);
		expect(answer('how many appointments have i still got to do', hair).sql).toContain(booked);
		expect(answer('list the upcoming appointments', hair).sql).toContain(booked);
	});
});
