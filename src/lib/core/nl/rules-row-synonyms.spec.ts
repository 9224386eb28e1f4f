/**
 * Nouns people use for a table's rows: a campsite's stays are its bookings, even where a column
 * is named after a booking's reference or its source (`Booking Ref`, `bookingSource`); a column
 * named by the noun itself still wins.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** Stays: a reference per booking, the arrival, the nights and where the booking came from. */
const STAYS: TableSpec = {
	name: 'campsite_stays',
	humanName: 'Campsite stays',
	columns: [
		['Booking Ref', 'VARCHAR'],
		['Arrival Date', 'DATE'],
		['nights', 'BIGINT'],
		['bookingSource', 'VARCHAR']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		`HB-${String(i).padStart(4, '0')}`,
		`${2023 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
		1 + (i % 5),
		['Website', 'Phone', 'Walk-in'][i % 3]
	])
};

describe("a synonym of the rows' noun beside columns it qualifies", () => {
	it('names the rows: "how many bookings did we get in 2024"', () => {
		expect(answer('how many bookings did we get in 2024', catalogOf(STAYS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "campsite_stays"\nWHERE year("Arrival Date") = 2024'
		);
	});
});
