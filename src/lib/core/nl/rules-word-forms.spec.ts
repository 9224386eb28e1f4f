/**
 * Word forms that name a column: a verb form ("closed" → close, "delayed" → delay), a common
 * noun that the column abbreviates ("return" → ret, "value" → val), and a duration unit after a
 * number compared with a column of durations ("more than 90 minutes" of a delay).
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A fund's daily export, with the terse names such exports use. */
const FUND: TableSpec = {
	name: 'fund_daily',
	columns: [
		['day', 'DATE'],
		['close', 'DOUBLE'],
		['ret', 'DOUBLE'],
		['side', 'VARCHAR']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`2024-03-${String(i + 1).padStart(2, '0')}`,
		20 + i * 2,
		(i % 4) - 1.5,
		i % 2 === 0 ? 'buy' : 'sell'
	])
};

/** Bus trips with a delay in minutes, the unit in no column name. */
const TRIPS: TableSpec = {
	name: 'bus_trips',
	columns: [
		['route', 'VARCHAR'],
		['delay', 'BIGINT'],
		['riders', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`R${i % 3}`, i * 9 - 20, 10 + i])
};

describe('a word form names a column', () => {
	it('reads a verb form as its column', () => {
		expect(answer('how many days closed above 30', ruleCatalog(FUND)).sql).toContain(
			`"close" > 30`
		);
		expect(answer('how many trips were delayed more than 40', ruleCatalog(TRIPS)).sql).toContain(
			`"delay" > 40`
		);
	});
	it('reads a common noun as the column that abbreviates it', () => {
		const sql = answer('average return per side', ruleCatalog(FUND)).sql;
		expect(sql).toContain(`avg("ret")`);
		expect(sql).toContain(`GROUP BY 1`);
		expect(answer('total return for sell days', ruleCatalog(FUND)).sql).toContain(
			`WHERE "side" = 'sell'`
		);
	});
	it('does not read a noun as a column named by a word of its own', () => {
		// an orchard's harvest: the fruit "fig" is not short for "figure"
		const orchard: TableSpec = {
			name: 'harvest',
			columns: [
				['year', 'BIGINT'],
				['fig', 'BIGINT'],
				['plum', 'BIGINT']
			],
			rows: [
				[2022, 30, 12],
				[2023, 41, 9]
			]
		};
		expect(answer('total fig harvest', ruleCatalog(orchard)).sql).toContain(`sum("fig")`);
		expect(isRefusal(ask('average figure', ruleCatalog(orchard)))).toBe(true);
	});
});

describe('a duration unit after a number', () => {
	it('compares the column of durations', () => {
		expect(
			answer('how many trips were delayed more than 25 minutes', ruleCatalog(TRIPS)).sql
		).toContain(`"delay" > 25`);
	});
	it('is not placed on a column that is not a duration', () => {
		const noDelay: TableSpec = {
			...TRIPS,
			columns: TRIPS.columns.filter(([name]) => name !== 'delay'),
			rows: TRIPS.rows.map(([route, , riders]) => [route, riders])
		};
		expect(isRefusal(ask('how many trips took more than 12 minutes', ruleCatalog(noDelay)))).toBe(
			true
		);
	});
});

describe('a WordNet synonym of a column word', () => {
	it('names the column with confidence', () => {
		const staff: TableSpec = {
			name: 'staff_list',
			columns: [
				['region', 'VARCHAR'],
				['hourly_pay', 'DOUBLE']
			],
			rows: Array.from({ length: 8 }, (_, i) => [i % 2 ? 'North' : 'South', 10 + i])
		};
		expect(answer('average wage by region', ruleCatalog(staff)).sql).toContain(`avg("hourly_pay")`);
	});
});

describe('names and phrases of everyday data', () => {
	/** Budget projections: camelCase year columns, "forecast" is the data's own word. */
	const PROJECTIONS: TableSpec = {
		name: 'projections',
		columns: [
			['planYear', 'BIGINT'],
			['forecastYear', 'BIGINT'],
			['value', 'DOUBLE']
		],
		rows: Array.from({ length: 20 }, (_, i) => [2000 + Math.floor(i / 5), 2000 + i, i - 5])
	};
	it('reads camelCase year columns as years', () => {
		expect(
			answer('average value for forecast years after 2015', ruleCatalog(PROJECTIONS)).sql
		).toContain(`"forecastYear" >= 2016`);
	});
	it('reads "forecast" as the data when a column is named so, still refusing predictions', () => {
		expect(answer('what is the lowest forecast value', ruleCatalog(PROJECTIONS)).sql).toContain(
			`min("value")`
		);
		expect(answer('how many forecasts were made for 2010', ruleCatalog(PROJECTIONS)).sql).toContain(
			`"forecastYear" = 2010`
		);
		expect(isRefusal(ask('what will the value be next year', ruleCatalog(PROJECTIONS)))).toBe(true);
	});
	it('reads "how has … changed" as a trend and "hour of the day" as the hour', () => {
		const countries: TableSpec = {
			name: 'country_stats',
			columns: [
				['country', 'VARCHAR'],
				['year', 'BIGINT'],
				['life_expectancy', 'DOUBLE']
			],
			rows: Array.from({ length: 12 }, (_, i) => [i % 2 ? 'Kenya' : 'Peru', 2000 + i, 50 + i])
		};
		expect(answer('how has life expectancy changed in kenya', ruleCatalog(countries)).sql).toMatch(
			/SELECT "year", avg\("life_expectancy"\)[\s\S]*GROUP BY 1/
		);
		const log: TableSpec = {
			name: 'sensor_log',
			columns: [
				['timestamp', 'TIMESTAMP'],
				['temp', 'DOUBLE']
			],
			rows: Array.from({ length: 24 }, (_, i) => [
				`2024-01-0${1 + (i % 3)} ${String(i).padStart(2, '0')}:00:00`,
				i
			])
		};
		expect(answer('hottest hour of the day', ruleCatalog(log)).sql).toContain(`hour("timestamp")`);
	});
});

describe('spelled-out numbers', () => {
	const products: TableSpec = {
		name: 'products',
		columns: [
			['product_name', 'VARCHAR'],
			['category', 'VARCHAR'],
			['unit_price', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [`P${i}`, ['Tea', 'Fish', 'Bread'][i % 3], 5 + i])
	};
	it('read as numbers, and words of JavaScript objects stay words', () => {
		expect(answer('the three most expensive products', ruleCatalog(products)).sql).toMatch(
			/ORDER BY "unit_price" DESC NULLS LAST\s+LIMIT 3/
		);
		expect(
			answer('which two categories have the most products', ruleCatalog(products)).sql
		).toMatch(/SELECT "category", count\(\*\)[\s\S]*LIMIT 2/);
		for (const question of [
			'total constructor unit price',
			'200 constructor products',
			'most toString products'
		]) {
			const result = ask(question, ruleCatalog(products));
			if (!isRefusal(result)) expect(result.sql).not.toMatch(/function|NaN/);
		}
	});
});

describe('words that name properties of JavaScript objects', () => {
	it('are no months, grains or measures, in questions or column names', () => {
		const odd: TableSpec = {
			name: 'odd_names',
			columns: [
				['constructor', 'VARCHAR'],
				['valueOf', 'DATE'],
				['toString', 'DOUBLE']
			],
			rows: Array.from({ length: 6 }, (_, i) => [`C${i % 2}`, `2024-0${1 + i}-01`, i])
		};
		for (const question of [
			'how many rows in constructor',
			'total toString by constructor',
			'average toString per valueOf',
			'rows in hasOwnProperty 2024'
		]) {
			const result = ask(question, ruleCatalog(odd));
			if (!isRefusal(result)) expect(result.sql, question).not.toMatch(/function|NaN|undefined/);
		}
	});
});
