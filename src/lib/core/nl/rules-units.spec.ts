/**
 * A unit after a number says which column the number compares: "below 0 degrees" is a
 * temperature, "over 30 kmh" a speed. A unit that fits no column, or several, is not placed on
 * some other column (e.g. one whose name WordNet relates to the unit word).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { isRefusal } from './types';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

beforeAll(() => loadWordNet());

/** Station readings, named the way a logger exports them (camelCase, units in the names). */
const READINGS: TableSpec = {
	name: 'stationLog',
	humanName: 'stationLog',
	columns: [
		['stationId', 'VARCHAR'],
		['airTempC', 'DOUBLE'],
		['windSpeedKmh', 'DOUBLE'],
		['batteryLevel', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`S${i % 3}`, -4 + i, (i * 7) % 40, 100 - i])
};

/** Two temperature columns: "degrees" alone cannot say which. */
const TWO_TEMPERATURES: TableSpec = {
	name: 'greenhouse',
	humanName: 'Greenhouse',
	columns: [
		['inside_temp', 'DOUBLE'],
		['outside_temp', 'DOUBLE'],
		['humidity', 'DOUBLE']
	],
	rows: Array.from({ length: 8 }, (_, i) => [20 + i, 5 + i, 40 + i])
};

describe('a unit after a number', () => {
	it('compares the one column measured in it', () => {
		expect(answer('how many rows below 0 degrees', ruleCatalog(READINGS)).sql).toContain(
			`"airTempC" < 0`
		);
		expect(answer('readings above 30 kmh', ruleCatalog(READINGS)).sql).toContain(
			`"windSpeedKmh" > 30`
		);
	});
	it('refuses when no column is measured in it, instead of comparing another one', () => {
		// "degree" and "level" are WordNet synonyms: the battery level is not a temperature
		const noTemperature: TableSpec = {
			...READINGS,
			columns: READINGS.columns.filter(([name]) => name !== 'airTempC'),
			rows: READINGS.rows.map(([id, , wind, battery]) => [id, wind, battery])
		};
		const result = ask('how many rows below 0 degrees', ruleCatalog(noTemperature));
		expect(isRefusal(result)).toBe(true);
		expect(isRefusal(ask('how many rows above 30 km', ruleCatalog(READINGS)))).toBe(true);
	});
	it('refuses when several columns are measured in it', () => {
		expect(isRefusal(ask('how many rows above 25 degrees', ruleCatalog(TWO_TEMPERATURES)))).toBe(
			true
		);
		expect(
			answer('how many rows with inside temp above 25 degrees', ruleCatalog(TWO_TEMPERATURES)).sql
		).toContain(`"inside_temp" > 25`);
	});
});
