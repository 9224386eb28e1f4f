import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, openFixtureDb, refusal, type FixtureDb } from '$test/nl/harness';
import { CONFIDENCE_THRESHOLD } from './index';

let db: FixtureDb;
beforeAll(async () => {
	db = await openFixtureDb();
});
afterAll(() => db.close());

describe('aggregates', () => {
	it('counts rows of a named table', () => {
		expect(db.answer('how many sales are there')).toEqual([{ count: 10 }]);
	});
	it('counts distinct values', () => {
		expect(db.answer('how many different cities')).toEqual([{ distinct_city: 6 }]);
	});
	it('sums, averages, takes the median, min and max', () => {
		expect(db.answer('total qty')).toEqual([{ total_qty: 29 }]);
		expect(db.answer('what is the mean unit price')).toEqual([{ average_unit_price: 24.9 }]);
		expect(db.answer('median unit price')).toEqual([{ median_unit_price: 25 }]);
		expect(db.answer('lowest unit price')).toEqual([{ min_unit_price: 10 }]);
		expect(db.answer('maximum unit price')).toEqual([{ max_unit_price: 45 }]);
	});
	it('reads revenue as quantity × unit price when no column holds it', () => {
		const none = { relations: [], metrics: [], synonyms: [] };
		expect(db.answer('total revenue by region', none)).toEqual([
			{ region: 'East', total_revenue: 220 },
			{ region: 'South', total_revenue: 288 },
			{ region: 'West', total_revenue: 119 }
		]);
		expect(db.answer('which product has the highest revenue', none)).toEqual([
			{ product: 'Gadget', total_revenue: 265 }
		]);
		// a context's own metric of that name is used instead
		expect(ask('total revenue by region').sql).toContain('SUM("unitPrice" * "qty")');
	});
	it('gives each group its percentage of the total', () => {
		expect(db.answer('percentage of sales by region')).toEqual([
			{ region: 'East', percent_count: 30 },
			{ region: 'South', percent_count: 30 },
			{ region: 'West', percent_count: 40 }
		]);
	});
	it('gives the share of rows matching a condition', () => {
		expect(db.answer('what percentage of sales were in Seattle')).toEqual([{ percent_count: 30 }]);
	});
});

describe('grouping', () => {
	it('groups with by, per, for each and broken down by', () => {
		const expected = [
			{ region: 'East', average_unit_price: 26.67 },
			{ region: 'South', average_unit_price: 27.33 },
			{ region: 'West', average_unit_price: 21.75 }
		];
		expect(db.answer('average unit price by region')).toEqual(expected);
		expect(db.answer('average unit price per region')).toEqual(expected);
		expect(db.answer('average unit price for each region')).toEqual(expected);
		expect(db.answer('average unit price broken down by region')).toEqual(expected);
	});
	it('groups by several columns', () => {
		const rows = db.answer('number of sales by region and product');
		expect(rows).toHaveLength(9);
		expect(rows[0]).toEqual({ region: 'East', product: 'Gadget', count: 1 });
	});
	it('counts per group when no measure is named', () => {
		expect(db.answer('sales per product')).toEqual([
			{ product: 'Gadget', count: 3 },
			{ product: 'Gizmo', count: 3 },
			{ product: 'Widget', count: 4 }
		]);
	});
});

describe('filters', () => {
	it('matches text values from the profile', () => {
		expect(db.answer('number of sales in Seattle')).toEqual([{ count: 3 }]);
	});
	it('compares numbers', () => {
		expect(db.answer('how many sales with unit price over 20')).toEqual([{ count: 6 }]);
		expect(db.answer('how many sales with unit price of at least 40')).toEqual([{ count: 3 }]);
		expect(db.answer('how many sales with unit price under 12')).toEqual([{ count: 2 }]);
		expect(db.answer('how many sales with unit price at most 12')).toEqual([{ count: 4 }]);
		expect(db.answer('how many sales with unit price between 20 and 40')).toEqual([{ count: 5 }]);
		expect(db.answer('number of sales with more than 4 qty')).toEqual([{ count: 2 }]);
	});
	it('negates with not, except and excluding', () => {
		expect(db.answer('number of sales not in Seattle')).toEqual([{ count: 7 }]);
		expect(db.answer('number of sales except Widget')).toEqual([{ count: 6 }]);
		expect(db.answer('number of sales excluding the West region')).toEqual([{ count: 6 }]);
	});
	it('takes lists of values', () => {
		expect(db.answer('number of sales in Boston, Austin or Dallas')).toEqual([{ count: 5 }]);
	});
	it('matches text with contains and starts with', () => {
		expect(db.answer('sales where note contains gift')).toHaveLength(2);
		expect(db.answer("sales whose city starts with 'Bo'")).toHaveLength(2);
	});
	it('finds missing values', () => {
		expect(db.answer('number of sales with no note')).toEqual([{ count: 6 }]);
		expect(db.answer('number of sales where note is missing')).toEqual([{ count: 6 }]);
		expect(db.answer('films with no director')).toEqual([
			expect.objectContaining({ Title: 'Beta' })
		]);
	});
	it('quotes values with quotes in them', () => {
		const answer = ask("sales in O'Fallon");
		expect(answer.sql).toContain(`"city" = 'O''Fallon'`);
		expect(db.run(answer.sql)).toHaveLength(1);
	});
});

describe('time', () => {
	it('groups by year, month, quarter and weekday', () => {
		expect(db.answer('number of sales by year')).toEqual([
			{ year: 2013, count: 4 },
			{ year: 2014, count: 6 }
		]);
		// Months stay dates within one year too, so a chart gets a time axis.
		expect(db.answer('number of sales per month in 2014')).toEqual([
			{ month: '2014-01-01', count: 1 },
			{ month: '2014-03-01', count: 2 },
			{ month: '2014-07-01', count: 1 },
			{ month: '2014-11-01', count: 1 },
			{ month: '2014-12-01', count: 1 }
		]);
		expect(db.answer('total qty by quarter')).toEqual([
			{ quarter: '2013-01-01', total_qty: 9 },
			{ quarter: '2013-04-01', total_qty: 2 },
			{ quarter: '2014-01-01', total_qty: 11 },
			{ quarter: '2014-07-01', total_qty: 2 },
			{ quarter: '2014-10-01', total_qty: 5 }
		]);
		const weekdays = db.answer('number of sales by day of the week');
		expect(weekdays.map((r) => r.weekday)).toEqual(
			['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].filter((d) =>
				weekdays.some((r) => r.weekday === d)
			)
		);
	});
	it('filters by year, range, since and month', () => {
		expect(db.answer('how many sales in 2013')).toEqual([{ count: 4 }]);
		expect(db.answer('how many sales between 2013 and 2014')).toEqual([{ count: 10 }]);
		expect(db.answer('how many sales since March 2014')).toEqual([{ count: 5 }]);
		expect(db.answer('how many sales in March 2014')).toEqual([{ count: 2 }]);
		expect(db.answer('how many sales before 2014')).toEqual([{ count: 4 }]);
	});
	it('takes "last N months" relative to the newest date in the data', () => {
		const answer = ask('number of sales in the last 3 months');
		expect(answer.sql).toContain(`DATE '2014-12-30' - INTERVAL 3 MONTH`);
		expect(db.run(answer.sql)).toEqual([{ count: 2 }]);
	});
	it('reads text dates like "Jun 12 1998"', () => {
		expect(db.answer('how many films were released in 1999')).toEqual([{ count: 1 }]);
		expect(db.answer('number of films since 2001')).toEqual([{ count: 3 }]);
		expect(db.answer('number of films by year')).toEqual([
			{ year: 1998, count: 1 },
			{ year: 1999, count: 1 },
			{ year: 2001, count: 1 },
			{ year: 2003, count: 2 }
		]);
	});
	it('uses a whole-number year column directly', () => {
		expect(db.answer('average life expectancy in 2010')).toEqual([{ average_life_expect: 80.05 }]);
		expect(db.answer('total pop by year')).toEqual([
			{ year: 2000, total_pop: 19700000 },
			{ year: 2005, total_pop: 20900000 },
			{ year: 2010, total_pop: 22000000 }
		]);
		expect(db.answer('pop of Chile since 2005')).toEqual([
			{ year: 2005, pop: 16300000 },
			{ year: 2010, pop: 17100000 }
		]);
	});
	it('shows a trend over time at a readable grain', () => {
		const answer = ask('trend of qty over time');
		expect(answer.sql).toContain(`date_trunc('month', "order date")`);
		expect(db.run(answer.sql)[0]).toEqual({ month: '2013-01-01', total_qty: 3 });
	});
});

describe('ranking', () => {
	it('returns the top N groups by a measure', () => {
		const answer = ask('top 2 cities by total qty');
		expect(answer.sql).toMatch(/ORDER BY "total_qty" DESC NULLS LAST, 1\nLIMIT 2$/);
		expect(db.run(answer.sql)).toEqual([
			{ city: 'Boston', total_qty: 8 },
			{ city: 'Austin', total_qty: 6 }
		]);
	});
	it('returns rows, not aggregates, for "the N things with the highest X"', () => {
		const answer = ask('the 3 sales with the highest unit price');
		expect(answer.sql).toMatch(/^SELECT \*/);
		expect(db.run(answer.sql).map((r) => r.order_id)).toEqual([10, 4, 6]);
	});
	it('answers "which X has the most Y" with one group', () => {
		expect(db.answer('which region has the most sales')).toEqual([{ region: 'West', count: 4 }]);
		expect(db.answer('which product has the highest total qty')).toEqual([
			{ product: 'Widget', total_qty: 14 }
		]);
	});
	it('names every group tied for the top ("which region had the fewest sales")', () => {
		expect(db.answer('which region had the fewest sales')).toEqual([
			{ region: 'East', count: 3 },
			{ region: 'South', count: 3 }
		]);
	});
	it('names every thing tied for the top value, but shows a value alone once', () => {
		expect(db.answer('city of the cheapest sale')).toEqual([
			{ city: 'Seattle' },
			{ city: 'Boston' }
		]);
		expect(db.answer('lowest unit price')).toHaveLength(1);
	});
	it('groups "which <thing>" by the column naming the things when an aggregate is named', () => {
		expect(db.answer('which film has the highest average imdb rating')).toEqual([
			{ Title: 'Gamma', average_imdb_rating: 8.2 }
		]);
		// Without an aggregate word the films themselves are ranked.
		const rows = db.answer('which film has the highest imdb rating');
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ Title: 'Gamma', Director: 'Kim Lee' });
	});
	it('ranks groups by the average of what an adjective measures ("the longest films on average")', () => {
		expect(db.answer('which major genre has the longest films on average')).toEqual([
			{ 'Major Genre': 'Drama', average_running_time_min: 130 }
		]);
	});
	it('sorts rows in the asked order', () => {
		const rows = db.answer('sales sorted by qty in descending order');
		expect(rows.map((r) => r.qty)).toEqual([6, 5, 4, 3, 3, 2, 2, 2, 1, 1]);
	});
});

describe('distributions', () => {
	it('counts per value for text', () => {
		expect(db.answer('distribution of product')).toEqual([
			{ product: 'Widget', count: 4 },
			{ product: 'Gadget', count: 3 },
			{ product: 'Gizmo', count: 3 }
		]);
	});
	it('counts per value or bin for numbers', () => {
		expect(db.answer('distribution of unit price')[0]).toEqual({ unitPrice: 10, count: 2 });
	});
});

describe('several tables', () => {
	it('joins along a relation', () => {
		expect(db.answer('number of sales by segment')).toEqual([
			{ segment: 'Consumer', count: 5 },
			{ segment: 'Corporate', count: 3 },
			{ segment: 'Home Office', count: 2 }
		]);
	});
	it('joins through two relations (shortest path)', () => {
		const answer = ask('total qty by country');
		expect(answer.sql).toContain('JOIN "customers"');
		expect(answer.sql).toContain('JOIN "countries"');
		expect(db.run(answer.sql)).toEqual([
			{ country: 'Canada', total_qty: 15 },
			{ country: 'Mexico', total_qty: 14 }
		]);
	});
	it('refuses when no relation links the tables', () => {
		expect(
			refusal('total qty by country', { relations: [], metrics: [], synonyms: [] }).reason
		).toMatch(/no relation/);
	});
	it('uses context metrics by name', () => {
		expect(db.answer('revenue by region')).toEqual([
			{ region: 'East', revenue: 220 },
			{ region: 'South', revenue: 288 },
			{ region: 'West', revenue: 119 }
		]);
	});
});

describe('fuzzy matching and synonyms', () => {
	it('handles plurals, typos and camelCase names', () => {
		expect(db.answer('average unit prices per regoin')).toHaveLength(3);
		expect(ask('average unitprice by region').sql).toContain('avg("unitPrice")');
	});
	it('uses context synonyms and built-in lexical synonyms', () => {
		expect(db.answer('number of sales per town')).toHaveLength(6);
		expect(ask('avg quantity by product').sql).toContain('avg("qty")');
	});
	it('quotes names with spaces', () => {
		expect(ask('average imdb rating by major genre').sql).toContain('avg("IMDB Rating")');
		expect(db.answer('average imdb rating by major genre')).toEqual([
			{ 'Major Genre': 'Action', average_imdb_rating: 5.5 },
			{ 'Major Genre': 'Comedy', average_imdb_rating: 6.4 },
			{ 'Major Genre': 'Drama', average_imdb_rating: 7.65 }
		]);
	});
});

describe('answers carry an interpretation and a confidence', () => {
	it('lists what each word meant', () => {
		const answer = ask('average unit price in Seattle by product');
		expect(answer.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
		expect(answer.interpretation).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ kind: 'aggregate', meaning: 'average of "unitPrice"' }),
				expect.objectContaining({ kind: 'filter', meaning: `"city" = 'Seattle'` }),
				expect.objectContaining({ kind: 'group', meaning: 'group by "product"' })
			])
		);
		expect(answer.explanation).toMatch(/average of "unitPrice"/);
	});
});

describe('refusals', () => {
	it.each([
		['what will sales be next year', /forecast/],
		["what's the qty tomorrow", /forecast/],
		['count of passengers per region', /No table or column matches "passengers"/],
		['why did qty drop in 2014', /why/],
		['show profit', /could not match "profit"/],
		['average profit by region', /profit/],
		['average unit price by colour', /No column matches "colour"/],
		['average rating of films', /could mean "IMDB Rating" or "Rotten Tomatoes Rating"/],
		['hello there', /could not/i],
		['', /empty/]
	])('refuses "%s"', (question, reason) => {
		expect(refusal(question).reason).toMatch(reason);
	});
	it('refuses a metric name when no context defines it and no columns make it up', () => {
		expect(
			refusal('profit by region', { relations: [], metrics: [], synonyms: [] }).reason
		).toMatch(/profit/);
	});
	it('refuses time questions on tables without dates', () => {
		expect(refusal('number of customers per month').reason).toMatch(/no date/);
	});
});
