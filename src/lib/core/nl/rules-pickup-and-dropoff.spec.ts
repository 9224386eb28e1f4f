/**
 * A minicab firm's jobs, each picked up in one area and dropped off in another: "to the
 * airport" is where a job was dropped off, "from westbury" where it was picked up, and the side's
 * noun after the values ("from westbury and oakwood pickups") only says whose they are.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const AREAS = ['Westbury', 'Oakwood', 'Airport', 'City Centre'];

/** Jobs: booked at a time, from one area to another, for a fare. */
const TRIPS: TableSpec = {
	name: 'minicab_trips',
	humanName: 'Minicab trips',
	columns: [
		['trip_id', 'BIGINT'],
		['Booked At', 'TIMESTAMP'],
		['pickup_area', 'VARCHAR'],
		['Dropoff Area', 'VARCHAR'],
		['Fare (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 32 }, (_, i) => [
		1 + i,
		`${2022 + (i % 2)}-0${1 + (i % 9)}-1${i % 10} 10:00:00`,
		AREAS[i % 4],
		AREAS[(i + 1 + (i % 3)) % 4],
		8 + (i % 7) * 3
	])
};

describe('the side of a journey', () => {
	const trips = catalogOf(TRIPS);
	it('"to" is where the job was dropped off', () => {
		expect(answer('how many jobs to the airport', trips).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "minicab_trips"\nWHERE "Dropoff Area" = \'Airport\''
		);
	});
	it('"from" is where it was picked up, and the side\'s noun only says so', () => {
		expect(answer('takings from westbury and oakwood pickups in 2022', trips).sql).toBe(
			'SELECT sum("Fare (£)") AS "total_fare"\nFROM "minicab_trips"\nWHERE "pickup_area" IN (\'Westbury\', \'Oakwood\')\n  AND year("Booked At") = 2022'
		);
	});
});
