/**
 * The rows said as one mass ("total harvest by crop") total the one column that weighs them;
 * said as things ("total orders") they are counted. A unit names a column it alone measures
 * ("kwh" of `kWh Added`), and a quantity with a voided line of -1 still counts what was sold.
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

describe('a column named by a unit and a verb', () => {
	/** A household's charging log: `kWh Added` is the one amount in kWh. */
	const charging = catalogOf({
		name: 'home_charging',
		humanName: 'Home charging',
		columns: [
			['Plugged In', 'TIMESTAMP'],
			['car', 'VARCHAR'],
			['kWh Added', 'DOUBLE']
		],
		rows: Array.from({ length: 10 }, (_, i) => [
			`2024-0${1 + (i % 9)}-02 20:00:00`,
			['MG4', 'Leaf'][i % 2],
			10 + i
		])
	});
	it('is named by the unit alone ("kwh by car")', () => {
		expect(answer('kwh by car', charging).sql).toBe(
			'SELECT "car", sum("kWh Added") AS "total_k_wh_added"\nFROM "home_charging"\nGROUP BY 1\nORDER BY 1'
		);
	});
});

describe('a quantity with a voided line', () => {
	/** A café's till lines: one voided line has a quantity of -1. */
	const till = catalogOf({
		name: 'cafe_tills',
		humanName: 'Cafe tills',
		columns: [
			['Item', 'VARCHAR'],
			['Qty', 'BIGINT']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['Flat White', 'Scone', 'Latte'][i % 3],
			i === 4 ? -1 : 1 + (i % 3)
		])
	});
	it('still counts the things sold ("how many flat whites did we sell")', () => {
		expect(answer('how many flat whites did we sell', till).sql).toBe(
			'SELECT sum("Qty") AS "total_qty"\nFROM "cafe_tills"\nWHERE "Item" = \'Flat White\''
		);
	});
});

describe('a cost in whole pence', () => {
	/** Charging sessions, each costing a whole number of pence. */
	const charging = catalogOf({
		name: 'ev_home_charging',
		humanName: 'EV home charging',
		columns: [
			['Plugged In', 'TIMESTAMP'],
			['car', 'VARCHAR'],
			['tariff', 'VARCHAR'],
			['cost_p', 'BIGINT']
		],
		rows: Array.from({ length: 10 }, (_, i) => [
			`2024-03-0${1 + (i % 9)} 20:00:00`,
			['MG4', 'Leaf'][i % 2],
			['Off-peak', 'Peak'][i % 2],
			300 + i
		])
	});
	it('holds no count of things ("how many charges" is no total of the pence)', () => {
		expect(answer('how many charges at the weekend', charging).sql).not.toContain('sum(');
	});
});
