/**
 * A unit of time the question counts in ("how many hours of padel") totals the column that
 * keeps how long each row lasted, in the unit asked.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { isRefusal } from './types';

const courts = catalogOf({
	name: 'court_bookings',
	humanName: 'Court bookings',
	columns: [
		['Booking Ref', 'BIGINT'],
		['Date', 'DATE'],
		['sport', 'VARCHAR'],
		['Duration (mins)', 'BIGINT'],
		['Booked By', 'VARCHAR'],
		['Fee (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		i + 1,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Padel', 'Tennis', 'Squash'][i % 3],
		[60, 90, 120][i % 3],
		['Ann Lee', 'Bo Chan', 'Cy Dunn'][i % 3],
		12 + i
	])
});

const repairs = catalogOf({
	name: 'cycle_repairs',
	humanName: 'Cycle repairs',
	columns: [
		['Job No', 'BIGINT'],
		['Booked In', 'DATE'],
		['Mechanic', 'VARCHAR'],
		['Labour (hrs)', 'DOUBLE'],
		['Parts (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		i + 1,
		`2024-0${1 + (i % 9)}-0${1 + (i % 9)}`,
		['Jess Whitfield', 'Dave Kowalski'][i % 2],
		0.5 + (i % 4) * 0.25,
		5 * i
	])
});

const water = catalogOf({
	name: 'water_samples',
	humanName: 'Water samples',
	columns: [
		['Sample', 'BIGINT'],
		['Taken', 'DATE'],
		['pH', 'DOUBLE'],
		['Water Temp (°C)', 'DOUBLE']
	],
	rows: Array.from({ length: 8 }, (_, i) => [i + 1, `2024-05-0${1 + i}`, 6.5 + i / 10, 14 + i])
});

describe('a unit of time the question counts in', () => {
	it('totals the length column in the unit asked', () => {
		const result = answer('how many hours of padel were booked in 2024', courts);
		expect(result.sql).toBe(
			'SELECT sum("Duration (mins)") / 60.0 AS "total_duration_mins_in_hours"\nFROM "court_bookings"\nWHERE "sport" = \'Padel\'\n  AND year("Date") = 2024'
		);
		expect(result.interpretation.map((i) => i.meaning)).toContain(
			'total of "Duration (mins)" in hours'
		);
		expect(result.interpretation.map((i) => i.meaning)).not.toContain('number of rows');
	});

	it('reads "hours of labour" of an hours column as its total, with the verb of spending', () => {
		const sql = answer('how many hours of labour did jess put in during 2024', repairs).sql;
		expect(sql).toContain('sum("Labour (hrs)") AS "total_labour_hrs"');
		expect(sql).toContain('"Mechanic" = \'Jess Whitfield\'');
	});

	it('leaves what the time was spent doing unread as unsure, and a pH as no length', () => {
		expect(isRefusal(ask('how many hours did i spend baking in 2024', repairs))).toBe(true);
		expect(isRefusal(ask('how many hours were warmer than 20 degrees', water))).toBe(true);
	});
});
