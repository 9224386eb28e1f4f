import { describe, expect, it } from 'vitest';
import { askSynthetic, sqlOf } from './fixtures/synthetic';

const deliveries = (q: string) => sqlOf(askSynthetic(q, ['parcel_deliveries']));
const people = (q: string) => sqlOf(askSynthetic(q, ['staff', 'teams']));

describe('adjectives that name a measure', () => {
	it('reads comparatives as a comparison on the implied column, with its unit', () => {
		expect(deliveries('how many deliveries heavier than 5 kg')).toContain(
			`WHERE "Weight (kg)" > 5`
		);
		expect(people('average height of staff older than 30')).toContain(`WHERE "age" > 30`);
		expect(people('how many staff younger than 30')).toContain(`WHERE "age" < 30`);
	});
	it('sorts by the implied column, preferring a total among several', () => {
		expect(deliveries('town of the most expensive delivery')).toBe(
			`SELECT "Town" FROM "parcel_deliveries" ORDER BY "Cost Total" DESC NULLS LAST LIMIT 1`
		);
		expect(sqlOf(askSynthetic('the tallest staff', ['staff']))).toBe(
			`SELECT * FROM "staff" ORDER BY "height" DESC NULLS LAST LIMIT 1`
		);
	});
});

describe('ordering words', () => {
	it('sorts groups by the measure for "highest first" / "lowest first"', () => {
		expect(deliveries('average cost total per town, highest first')).toContain(
			`ORDER BY "average_cost_total" DESC NULLS LAST`
		);
		expect(deliveries('average cost total per town, lowest first')).toContain(
			`ORDER BY "average_cost_total" ASC NULLS LAST`
		);
	});
	it('reads "best 3" like "top 3"', () => {
		expect(deliveries('average cost total of each town, best 3')).toMatch(
			/ORDER BY "average_cost_total" DESC NULLS LAST, 1 LIMIT 3$/
		);
	});
});

describe('negation', () => {
	it('reads "outside" as not equal', () => {
		expect(deliveries('how many deliveries outside Ashford')).toContain(`"Town" <> 'Ashford'`);
	});
});

describe('what a table or column name says a row is', () => {
	it('matches the head noun of a compound table name', () => {
		expect(deliveries('how many deliveries')).toBe(
			`SELECT count(*) AS "count" FROM "parcel_deliveries"`
		);
	});
	it('reads "X by Y" tables as one row per Y', () => {
		expect(
			sqlOf(askSynthetic('how many stores have a turnover above 15', ['sales_by_store']))
		).toBe(`SELECT count(*) AS "count" FROM "sales_by_store" WHERE "turnover" > 15`);
	});
	it('reads the entity of a name column ("couriers" for "Courier Name")', () => {
		expect(deliveries('how many different couriers')).toBe(
			`SELECT count(DISTINCT "Courier Name") AS "distinct_courier_name" FROM "parcel_deliveries"`
		);
	});
	it('treats a table name before one of its columns as a modifier', () => {
		expect(people('how many different staff names are there')).toBe(
			`SELECT count(DISTINCT "name") AS "distinct_name" FROM "staff"`
		);
	});
});
