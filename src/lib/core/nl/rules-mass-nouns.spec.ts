/**
 * The rows said as one mass ("total harvest by crop") total the one column that weighs them;
 * said as things ("total orders") they are counted.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A garden's harvest log: each picking weighed, with a count of items too. */
const HARVEST: TableSpec = {
	name: 'harvest_log',
	humanName: 'Harvest log',
	columns: [
		['Harvest Date', 'DATE'],
		['crop', 'VARCHAR'],
		['Weight (kg)', 'DOUBLE'],
		['qty', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-0${1 + (i % 9)}-12`,
		['Kale', 'Leeks', 'Beans'][i % 3],
		1.5 + i,
		3 + i
	])
};

describe('the rows said as one mass', () => {
	const harvest = catalogOf(HARVEST);
	it('total the column that weighs them ("total harvest by crop")', () => {
		expect(answer('total harvest by crop', harvest).sql).toBe(
			'SELECT "crop", sum("Weight (kg)") AS "total_weight_kg"\nFROM "harvest_log"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('are counted when said as things ("number of harvests by crop")', () => {
		expect(answer('number of harvests by crop', harvest).sql).toContain('count(*)');
	});
});
