/**
 * Verbs that say what the rows record: "tickets booked by genre" of a `booked_at` (the date of
 * each booking, no condition), "bookings are made online" (a passive verb right before the
 * value it introduces). Neither is a word left unplaced; a listing that asks for the date
 * ("… and when issued") still shows it. Values compared with "vs" are kept apart, also within
 * another grouping ("online vs phone bookings by genre").
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A theatre's bookings: when booked, the show's genre, how many tickets, which channel. */
const BOOKINGS: TableSpec = {
	name: 'box_office',
	humanName: 'Box office',
	columns: [
		['Booking Ref', 'VARCHAR'],
		['booked_at', 'TIMESTAMP'],
		['Genre', 'VARCHAR'],
		['Tickets', 'BIGINT'],
		['Channel', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`MT-${100 + i}`,
		`202${3 + (i % 2)}-0${1 + (i % 9)}-1${i % 10} 12:00:00`,
		['Comedy', 'Drama', 'Musical'][i % 3],
		1 + (i % 5),
		['Online', 'Phone', 'Box Office'][i % 3]
	])
};

describe('verbs of what the rows record', () => {
	const bookings = catalogOf(BOOKINGS);
	it("name the date column of each row's event ('tickets booked by genre')", () => {
		const result = answer('tickets booked by genre', bookings);
		expect(result.sql).toBe(
			'SELECT "Genre", sum("Tickets") AS "total_tickets"\nFROM "box_office"\nGROUP BY 1\nORDER BY 1'
		);
		expect(result.interpretation).toContainEqual(
			expect.objectContaining({ words: 'booked', meaning: 'when each row happened: "booked_at"' })
		);
	});
	it('a passive verb before a value introduces it ("are made online")', () => {
		expect(answer('what % of bookings are made online', bookings).sql).toBe(
			`SELECT 100.0 * count(*) FILTER (WHERE "Channel" = 'Online') / count(*) AS "percent_count"\nFROM "box_office"`
		);
	});
	it('a listing that asks when still shows the date', () => {
		expect(
			answer('show the comedy bookings with booking ref and when booked', bookings).sql
		).toContain('"booked_at"');
	});
});

describe('values compared with "vs" beside another grouping', () => {
	it('are each kept apart within each group', () => {
		const sql = answer('online vs phone bookings by genre', catalogOf(BOOKINGS)).sql;
		expect(sql).toContain('GROUP BY 1, 2');
		expect(sql).toContain('"Channel"');
		expect(sql).toContain(`"Channel" IN ('Online', 'Phone')`);
	});
});
