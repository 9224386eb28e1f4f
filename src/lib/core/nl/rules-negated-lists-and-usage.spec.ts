/**
 * "weren't a full groom or a bath and brush": a negated list of values keeps its articles
 * between the values and stays one condition (neither value); "litres of fuel used each
 * month": a quantity a row used (`Fuel Used (L)`) adds up, so it is totalled, not averaged.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { BOAT_SAILINGS } from '$test/nl/service-tables';

/** A grooming salon's appointments. */
const GROOMING: TableSpec = {
	name: 'grooming_appointments',
	humanName: 'Grooming appointments',
	columns: [
		['Appointment Date', 'DATE'],
		['Service', 'VARCHAR'],
		['Price (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Full Groom', 'Bath & Brush', 'Nail Trim', 'Puppy Intro'][i % 4],
		20 + (i % 4) * 10
	])
};

describe('negated lists and quantities used', () => {
	it('"not A or B" with articles between the values is neither of them', () => {
		const q = "bookings that weren't a full groom or a bath and brush";
		expect(answer(q, catalogOf(GROOMING)).sql).toContain(
			`WHERE "Service" NOT IN ('Full Groom', 'Bath & Brush')`
		);
	});

	it('a quantity used by each row is totalled', () => {
		expect(
			answer('litres of fuel used each month in 2024', catalogOf(BOAT_SAILINGS)).sql
		).toContain('sum("Fuel Used (L)")');
	});
});
