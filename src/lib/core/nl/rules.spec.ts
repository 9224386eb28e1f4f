import { describe, expect, it } from 'vitest';
import { askPorts, askSynthetic, sqlOf } from '$test/nl/synthetic';

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
			`SELECT "Town" FROM "parcel_deliveries" QUALIFY rank() OVER (ORDER BY "Cost Total" DESC NULLS LAST) = 1 ORDER BY "Cost Total" DESC NULLS LAST`
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

describe('one row or several', () => {
	it('limits "5 heaviest X" to five rows', () => {
		expect(deliveries('5 heaviest deliveries')).toMatch(
			/ORDER BY "Weight \(kg\)" DESC NULLS LAST LIMIT 5$/
		);
	});
	it('gives one row for a singular "X with the lowest Y"', () => {
		expect(deliveries('town with the lowest cost total')).toMatch(/QUALIFY rank\(\) OVER/);
		expect(deliveries('towns with the lowest cost total')).not.toMatch(/LIMIT/);
	});
});

describe('grouping by a column that shares its table name', () => {
	it('groups by the column "team", not the Teams table label', () => {
		expect(people('average age per team')).toContain(`SELECT "teams"."team" AS "team"`);
	});
});

describe('text inside a column', () => {
	it('reads "X in the name" as contains', () => {
		expect(deliveries("how many deliveries have 'central' in the depot label")).toContain(
			`contains(lower("Depot Label"), 'central')`
		);
		expect(deliveries('which couriers have 3 in their name')).toContain(
			`contains(lower("Courier Name"), '3')`
		);
	});
});

describe('conditions on counts', () => {
	it('uses HAVING for "more than N <rows>" per group', () => {
		expect(deliveries('which towns have more than 4 deliveries')).toContain(
			`GROUP BY 1 HAVING count(*) > 4`
		);
	});
	it('compares the count column when each row carries one', () => {
		expect(sqlOf(askPorts('how many routes have more than 1000 hops'))).toBe(
			`SELECT count(*) AS "count" FROM "ferry_hops" WHERE "count" > 1000`
		);
	});
});

describe('relations named in the question', () => {
	it('reads a table with origin and destination as routes', () => {
		expect(sqlOf(askPorts('how many routes'))).toBe(`SELECT count(*) AS "count" FROM "ferry_hops"`);
	});
	it('joins through the key the question names ("destination province")', () => {
		const sql = sqlOf(askPorts('total hops by destination province'));
		expect(sql).toContain(`"ports"."province" AS "province"`);
		expect(sql).toContain(`ON "ferry_hops"."destination" = "ports"."code"`);
		expect(sqlOf(askPorts('top 2 origin harbour towns by hops'))).toContain(
			`ON "ferry_hops"."origin" = "ports"."code"`
		);
	});
});

describe('refusing instead of dropping words', () => {
	it('refuses an unknown condition after "are"', () => {
		expect(deliveries('how many deliveries are fragile')).toMatch(/^REFUSED: .*"fragile"/);
	});
	it('refuses an attribute the table does not have', () => {
		expect(people("what is Omar's salary")).toMatch(/^REFUSED: No column matches "salary"/);
	});
	it('still reads a verb before a condition', () => {
		expect(deliveries('how many deliveries were made since 2021')).toContain(
			`>= DATE '2021-01-01'`
		);
	});
});

describe('values the profile does not list', () => {
	it('reads a capitalised name after "in" as a value of the place-like column', () => {
		expect(deliveries('deliveries in Kingsbridge')).toContain(
			`WHERE strip_accents(lower("Town")) = 'kingsbridge'`
		);
	});
	it('keeps possessives and lower-case name parts ("Lee\'s", "d\'Alene")', () => {
		expect(deliveries("deliveries in Bishop's Stortford")).toContain(
			`strip_accents(lower("Town")) = 'bishop''s stortford'`
		);
		expect(deliveries("deliveries in the town of Port d'Arcy")).toContain(
			`strip_accents(lower("Town")) = 'port d''arcy'`
		);
	});
	it('reads short upper-case codes as values of the code column, in lists too', () => {
		expect(deliveries('number of deliveries in QX, ZZ or YY by region code')).toContain(
			`"Region Code" IN ('QX', 'ZZ', 'YY')`
		);
	});
	it('looks in related tables ("hops from Zanzibar")', () => {
		expect(sqlOf(askPorts('total hops departing from Zanzibar'))).toContain(
			`WHERE strip_accents(lower("ports"."harbour town")) = 'zanzibar'`
		);
	});
});

describe('distributions and groups in plain words', () => {
	it('uses the bin width the question gives', () => {
		expect(deliveries('distribution of cost total in bins of 25')).toContain(
			`floor("Cost Total" / 25) * 25 AS "bin_start"`
		);
	});
	it('reads "each kind of X" as each X', () => {
		expect(deliveries('number of deliveries for each kind of town')).toMatch(
			/^SELECT "Town", count\(\*\)/
		);
	});
});
