/** Quarters of a year ("the first quarter of 2015", "Q3 2014") and the first or last day with … */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const WEATHER = ['rain', 'sun', 'fog', 'snow'];
const DAYS: TableSpec = {
	name: 'daily_weather',
	columns: [
		['date', 'DATE'],
		['precipitation', 'DOUBLE'],
		['weather', 'VARCHAR']
	],
	rows: Array.from({ length: 730 }, (_, i) => {
		const day = new Date(Date.UTC(2013, 0, 1 + i)).toISOString().slice(0, 10);
		return [day, (i * 7) % 13, WEATHER[(i * 5) % 4]];
	})
};

describe('a quarter of a year', () => {
	it('is its three months ("the fourth quarter of 2013", "Q3 2014", "2014 Q2")', () => {
		expect(
			answer('total precipitation in the fourth quarter of 2013', ruleCatalog(DAYS)).sql
		).toContain(`"date" >= DATE '2013-10-01' AND "date" < DATE '2014-01-01'`);
		expect(answer('total precipitation in Q3 2014', ruleCatalog(DAYS)).sql).toContain(
			`"date" >= DATE '2014-07-01' AND "date" < DATE '2014-10-01'`
		);
		expect(answer('average precipitation 2014 Q2', ruleCatalog(DAYS)).sql).toContain(
			`"date" >= DATE '2014-04-01' AND "date" < DATE '2014-07-01'`
		);
	});
});

describe('the first or last day with something', () => {
	it('is the earliest or latest such row', () => {
		const first = answer('first day with snow', ruleCatalog(DAYS)).sql;
		expect(first).toMatch(/"weather" = 'snow'[\s\S]*ORDER BY "date" ASC[\s\S]*LIMIT 1/);
		const last = answer('last day with fog', ruleCatalog(DAYS)).sql;
		expect(last).toMatch(/"weather" = 'fog'[\s\S]*ORDER BY "date" DESC[\s\S]*LIMIT 1/);
		expect(last).not.toContain('INTERVAL');
	});
});
