/**
 * Rows named by their noun and limited in time ("tickets since 1 Sept 2024") are counted, with
 * the list offered as the other reading; a question that asks to see them lists them. A phrase
 * that starts with an aggregate word ("average max temperature") does not spell a terse column
 * by its initials (`amt`), unless it is a known name ("average daily rate", ADR). Words merged
 * into a terse name ("miles per gallon" for `mpg`) weigh their table as the same words spelt out
 * weigh another, so two tables that answer them alike are both offered. With several tables, a
 * best answer whose data cannot meet the question's conditions (a year after its last) refuses.
 * A range of days whose first day has no year ("between 1 March and 30 June 2024") takes the
 * year of the last, and the amount before it is no number compared with the days. A time of day
 * ("starting before 8am", "before 9 in the morning") compares a column of times, or a timestamp
 * beside the dates, when the dates hold no hours. The rows'
 * noun before a time ("sessions in 2024") names the date of that noun (`Session Date`), not the
 * date the table keeps first (`bookedAt`); so does a day said before it ("saturday sessions").
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Support tickets, one row per ticket, opened at a time of day. */
const TICKETS: TableSpec = {
	name: 'support_tickets',
	humanName: 'Support tickets',
	columns: [
		['ticket_id', 'VARCHAR'],
		['Opened At', 'TIMESTAMP'],
		['Channel', 'VARCHAR'],
		['Refund (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`TCK-${100 + i}`,
		`2024-${String(1 + i).padStart(2, '0')}-0${1 + (i % 7)} 1${i % 10}:00:00`,
		['Email', 'Phone', 'Live Chat'][i % 3],
		i % 4 === 0 ? 12.5 * i : null
	])
};

/** Gifts to a charity with a terse amount `amt`. */
const DONATIONS: TableSpec = {
	name: 'donations',
	humanName: 'Donations',
	columns: [
		['donatedOn', 'DATE'],
		['amt', 'BIGINT']
	],
	rows: Array.from({ length: 6 }, (_, i) => [`2023-0${1 + i}-15`, 10 * (i + 1)])
};

/** A day's weather with its highest temperature. */
const WEATHER: TableSpec = {
	name: 'weather',
	humanName: 'Weather',
	columns: [
		['date', 'DATE'],
		['temp_max', 'DOUBLE']
	],
	rows: Array.from({ length: 6 }, (_, i) => [`2023-0${1 + i}-15`, 10 + i])
};

/** Hotel stays with an average daily rate, ADR. */
const HOTEL: TableSpec = {
	name: 'hotel_bookings',
	humanName: 'Hotel bookings',
	columns: [
		['Room Type', 'VARCHAR'],
		['ADR', 'DOUBLE']
	],
	rows: Array.from({ length: 6 }, (_, i) => [['Twin', 'Suite'][i % 2], 100 + 10 * i])
};

/** Two tables of cars, one with the words spelt out and one terse. */
const CARS: TableSpec = {
	name: 'cars',
	humanName: 'Cars',
	columns: [
		['Name', 'VARCHAR'],
		['Miles_per_Gallon', 'DOUBLE']
	],
	rows: [
		['ford pinto', 25],
		['chevy nova', 18]
	]
};
const MTCARS: TableSpec = {
	name: 'mtcars',
	humanName: 'mtcars',
	columns: [
		['model', 'VARCHAR'],
		['mpg', 'DOUBLE']
	],
	rows: [
		['Mazda RX4', 21],
		['Fiat 128', 32.4]
	]
};

describe('rows named and limited in time', () => {
	const tickets = catalogOf(TICKETS);
	it('are counted ("tickets opened since 1 sept 2024")', () => {
		expect(answer('tickets opened since 1 sept 2024', tickets).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "support_tickets"\nWHERE "Opened At" >= DATE \'2024-09-01\''
		);
	});
	it('offer the list of those rows as the other reading', () => {
		const result = answer('tickets since 1 sept 2024', tickets);
		const offered = result.interpretation.flatMap((i) => i.alternatives ?? []);
		const list = offered.find((a) => a.meaning.startsWith('list these rows'));
		expect(list?.answer.sql).toBe(
			'SELECT *\nFROM "support_tickets"\nWHERE "Opened At" >= DATE \'2024-09-01\''
		);
	});
	it('are listed when the question asks to see them ("show tickets since …")', () => {
		expect(answer('show tickets since 1 sept 2024', tickets).sql).toMatch(/^SELECT \*/);
	});
	it('are never counted for "how much" ("how much was refunded in 2024")', () => {
		expect(answer('how much was refunded in 2024', tickets).sql).not.toContain('count(*)');
	});
});

describe('initials of a phrase', () => {
	it('do not spell a terse column when the phrase starts with an aggregate word', () => {
		const result = answer('average max temperature per month', catalogOf(DONATIONS, WEATHER));
		expect(result.sql).toContain('avg("temp_max")');
		expect(result.sql).not.toContain('amt');
	});
	it('still spell a known name that starts with one ("average daily rate", ADR)', () => {
		expect(answer('average daily rate by room type', catalogOf(HOTEL)).sql).toContain('avg("ADR")');
	});
});

describe('words merged into a terse name', () => {
	it('weigh their table as the same words spelt out weigh another: both are offered', () => {
		const result = ask('average miles per gallon', catalogOf(CARS, MTCARS));
		expect(isRefusal(result) && [...result.suggestions].sort()).toEqual([
			'average miles per gallon in Cars',
			'average miles per gallon in mtcars'
		]);
	});
});

/** Gas prices by year, 1990-1995. */
const DRIVING: TableSpec = {
	name: 'driving',
	humanName: 'Driving',
	columns: [
		['year', 'BIGINT'],
		['gas', 'DOUBLE']
	],
	rows: Array.from({ length: 6 }, (_, i) => [1990 + i, 1.1 + i / 10])
};

describe('a best answer whose data cannot meet the question', () => {
	it('refuses among several tables ("gas price in 2023" of prices to 1995)', () => {
		const result = ask('gas price in 2023', catalogOf(DRIVING, TICKETS));
		expect(isRefusal(result) && result.reason).toMatch(/cannot meet/);
	});
	it('is still answered, empty, from the only table', () => {
		expect(answer('gas price in 2023', catalogOf(DRIVING)).sql).toContain('"year" = 2023');
	});
});

describe('a range of days whose first day has no year', () => {
	const tickets = catalogOf(TICKETS);
	const range = 'WHERE "Opened At" >= DATE \'2024-03-01\' AND "Opened At" < DATE \'2024-07-01\'';
	it.each([
		'how many tickets between 1 March and 30 June 2024',
		'how many tickets between March 1 and June 30 2024',
		'how many tickets from 1st March to 30th June 2024'
	])('takes the year of the last day (%s)', (question) => {
		expect(answer(question, tickets).sql).toContain(range);
	});
	it('keeps the amount before it ("total refunds between 15 November and 15 February 2024")', () => {
		expect(answer('total refunds between 15 November and 15 February 2024', tickets).sql).toBe(
			'SELECT sum("Refund (£)") AS "total_refund"\nFROM "support_tickets"\nWHERE "Opened At" >= DATE \'2023-11-15\' AND "Opened At" < DATE \'2024-02-16\''
		);
	});
});

/** Gym classes: a date and a separate time of day. */
const CLASSES: TableSpec = {
	name: 'gym_classes',
	humanName: 'Gym classes',
	columns: [
		['Class Date', 'DATE'],
		['start_time', 'TIME'],
		['attended', 'BIGINT']
	],
	rows: Array.from({ length: 8 }, (_, i) => [
		`2024-02-0${1 + i}`,
		`${String(6 + 2 * i).padStart(2, '0')}:30:00`,
		10 + i
	])
};

describe('a time of day', () => {
	it('compares a column of times when the dates hold no hours ("starting before 8am")', () => {
		expect(answer('number of classes starting before 8am', catalogOf(CLASSES)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "gym_classes"\nWHERE hour("start_time") < 8'
		);
	});
	it('says the half of the day in words ("before 9 in the morning", "after 7 at night")', () => {
		expect(answer('classes starting before 9 in the morning', catalogOf(CLASSES)).sql).toContain(
			'WHERE hour("start_time") < 9'
		);
		expect(answer('how many classes start after 7 at night', catalogOf(CLASSES)).sql).toContain(
			'WHERE hour("start_time") >= 19'
		);
	});
	it('reads "started" as the time of day each row started ("classes started before 9am")', () => {
		const read = answer('how many classes started before 9am', catalogOf(CLASSES));
		expect(read.confidence).toBe(1);
		expect(read.interpretation).toContainEqual(
			expect.objectContaining({ words: 'started', meaning: 'when each row started: "start_time"' })
		);
	});
	it('compares a timestamp of the day beside a date ("drop-offs before 8am"), counting rows', () => {
		const daycare = catalogOf({
			name: 'dog_daycare',
			humanName: 'Dog daycare',
			columns: [
				['Visit Date', 'DATE'],
				['Dog', 'VARCHAR'],
				['Drop-off', 'TIMESTAMP']
			],
			rows: Array.from({ length: 8 }, (_, i) => [
				`2024-03-0${1 + i}`,
				['Rex', 'Nala'][i % 2],
				`2024-03-0${1 + i} 0${7 + (i % 3)}:15:00`
			])
		});
		expect(answer('how many drop-offs were before 8am', daycare).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "dog_daycare"\nWHERE hour("Drop-off") < 8'
		);
	});

	it('"sessions in 2024" reads the session date, not the date booked', () => {
		const camp = catalogOf({
			name: 'camp_bookings',
			humanName: 'Camp bookings',
			columns: [
				['bookedAt', 'TIMESTAMP'],
				['Session Date', 'DATE'],
				['Child', 'VARCHAR'],
				['Fee (£)', 'DOUBLE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				`2023-12-${10 + i} 09:00:00`,
				`2024-01-${10 + i}`,
				['Ava', 'Ben', 'Cal'][i % 3],
				20 + i
			])
		});
		expect(answer('fees for sessions in 2024', camp).sql).toContain('year("Session Date") = 2024');
		expect(answer('how many sessions in 2024', camp).sql).toContain('year("Session Date") = 2024');
		// (the day a booking is for is the table's time, not the moment it was made)
		expect(answer('total fees in 2024', camp).sql).toContain('year("Session Date") = 2024');
		// (a day said before the noun is of its date too, even after a verb naming another)
		const q = 'total fees booked for saturday sessions';
		expect(answer(q, camp).sql).toContain('isodow("Session Date") IN (6)');
	});
});
