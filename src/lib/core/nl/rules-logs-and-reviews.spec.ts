/**
 * Logs of time and money, and reviews: an `Hours` column is hours worked, not a grain of time,
 * and adds up; a yes/no column said the other way ("non billable", "unverified") or before an
 * amount ("billable hours") keeps its rows; the words of spending name a receipt's one sum of
 * money; a rating is a review's stars, which average; a record's own timestamp gives way to the
 * day the record is about. Words from inside a longer value name it when they are specific.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A consultancy's timesheet: who worked, on what, for how long, when, and when they said so. */
const TIMESHEETS: TableSpec = {
	name: 'timesheets',
	humanName: 'Timesheets',
	columns: [
		['entry_id', 'BIGINT'],
		['Employee', 'VARCHAR'],
		['Client', 'VARCHAR'],
		['work_date', 'DATE'],
		['Hours', 'DOUBLE'],
		['Billable', 'BOOLEAN'],
		['Submitted At', 'TIMESTAMP']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		i + 1,
		['Ben Okafor', 'Maya Patel', 'Chloe Evans'][i % 3],
		['Harbour Foods', 'Bramble Energy', null][i % 3],
		`202${3 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
		[7.5, 6, 3.25, 8][i % 4],
		i % 3 !== 2,
		`202${3 + (i % 2)}-0${1 + (i % 9)}-2${i % 8} 17:30:00`
	])
};

/** A household's receipt lines: one total in pounds, a unit price, a shop. */
const RECEIPTS: TableSpec = {
	name: 'grocery_receipts',
	humanName: 'Grocery receipts',
	columns: [
		['line_id', 'VARCHAR'],
		['Shop', 'VARCHAR'],
		['purchase_date', 'DATE'],
		['Item', 'VARCHAR'],
		['qty', 'BIGINT'],
		['pri', 'DOUBLE'],
		['Line Total (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		`L${i}`,
		['Lidl', 'Tesco', 'Asda'][i % 3],
		`2024-0${1 + (i % 9)}-0${1 + (i % 8)}`,
		['Bananas', 'Pasta', 'Milk'][i % 3],
		1 + (i % 3),
		[0.9, 1.2, 1.5][i % 3],
		(1 + (i % 3)) * [0.9, 1.2, 1.5][i % 3]
	])
};

/** Product reviews: stars out of five, whether the purchase was verified. */
const REVIEWS: TableSpec = {
	name: 'product_reviews',
	humanName: 'Product reviews',
	columns: [
		['review_id', 'VARCHAR'],
		['brand', 'VARCHAR'],
		['stars', 'BIGINT'],
		['Verified Purchase', 'BOOLEAN'],
		['review_date', 'DATE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`RV-${i}`,
		['Voltix', 'Kestrel'][i % 2],
		1 + (i % 5),
		i % 4 !== 0,
		`202${2 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`
	])
};

describe('an Hours column in a dated log', () => {
	it('is the column, not a grain of time, and totals ("hours per employee")', () => {
		expect(answer('hours per employee', catalogOf(TIMESHEETS)).sql).toBe(
			'SELECT "Employee", sum("Hours") AS "total_hours"\nFROM "timesheets"\nGROUP BY 1\nORDER BY 1'
		);
		expect(answer('total hours', catalogOf(TIMESHEETS)).sql).toContain('sum("Hours")');
	});
	it('leaves a unit said in the singular to its grain ("by month")', () => {
		expect(answer('hours by month', catalogOf(TIMESHEETS)).sql).toContain(
			`date_trunc('month', "work_date")`
		);
	});
});

describe('a yes/no column that qualifies', () => {
	it('keeps the rows where it does not hold when said with non- or un-', () => {
		const sql = answer('non billable hours by client', catalogOf(TIMESHEETS)).sql;
		expect(sql).toContain(`"Billable" <> 'true'`);
		expect(sql).not.toMatch(/GROUP BY 1, 2/);
		expect(answer('unverified reviews per year', catalogOf(REVIEWS)).sql).toContain(
			`"Verified Purchase" <> 'true'`
		);
	});
	it('keeps the rows where it holds before an amount of them ("billable hours")', () => {
		expect(answer('how many billable hours did we do in 2024', catalogOf(TIMESHEETS)).sql).toBe(
			'SELECT sum("Hours") AS "total_hours"\nFROM "timesheets"\nWHERE "Billable" = \'true\'\n  AND year("work_date") = 2024'
		);
	});
});

describe('the day a record is about', () => {
	it('is its date, not the time it was submitted', () => {
		expect(answer('hours in 2023', catalogOf(TIMESHEETS)).sql).toContain(
			'year("work_date") = 2023'
		);
	});
});

describe('the words of spending', () => {
	it("name a receipt's one total in money", () => {
		expect(answer('spend by shop', catalogOf(RECEIPTS)).sql).toBe(
			'SELECT "Shop", sum("Line Total (£)") AS "total_line_total"\nFROM "grocery_receipts"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('name no refund, and nothing when two sums of money could be meant', () => {
		const refunds: TableSpec = {
			...RECEIPTS,
			columns: RECEIPTS.columns.map(([n, t]) =>
				n === 'Line Total (£)' ? ['Refund (£)', t] : [n, t]
			)
		};
		expect(isRefusal(ask('spend by shop', catalogOf(refunds)))).toBe(true);
		const two: TableSpec = {
			...RECEIPTS,
			columns: [...RECEIPTS.columns, ['Deposit Amount (£)', 'DOUBLE']],
			rows: RECEIPTS.rows.map((r) => [...r, 2.5])
		};
		expect(isRefusal(ask('spend by shop', catalogOf(two)))).toBe(true);
	});
});

describe('a rating', () => {
	it("is a review's stars, averaged, also per year", () => {
		expect(answer('average rating', catalogOf(REVIEWS)).sql).toBe(
			'SELECT avg("stars") AS "average_stars"\nFROM "product_reviews"'
		);
		expect(answer('rating per year', catalogOf(REVIEWS)).sql).toContain('avg("stars")');
	});
});

describe('words from inside a longer value', () => {
	const products: TableSpec = {
		name: 'product_reviews',
		humanName: 'Product reviews',
		columns: [
			['Product', 'VARCHAR'],
			['Region', 'VARCHAR'],
			['Rating Band', 'VARCHAR'],
			['stars', 'BIGINT']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['Electric Milk Frother', 'Wireless Earbuds Pro', 'Oat Milk 1L'][i % 3],
			['Eastern Africa', 'Western Africa'][i % 2],
			['Not Rated', 'Rated'][i % 2],
			1 + (i % 5)
		])
	};
	it('name it when two of them run together or one long word is its alone', () => {
		for (const [words, value] of [
			['milk frother', 'Electric Milk Frother'],
			['earbuds', 'Wireless Earbuds Pro'],
			['oat milk', 'Oat Milk 1L']
		]) {
			expect(answer(`average stars for the ${words}`, catalogOf(products)).sql, words).toContain(
				`"Product" = '${value}'`
			);
		}
	});
	it('name none of several, nor a value that negates them', () => {
		const sql = (q: string) => {
			const result = ask(q, catalogOf(products));
			return isRefusal(result) ? '' : result.sql;
		};
		expect(sql('average stars in africa')).not.toContain('Eastern Africa');
		expect(sql('how many rated products')).not.toContain('Not Rated');
	});
});

describe('"how much" answered with no number', () => {
	it('is unsure ("how much have we saved with offers" is no list of yes and no)', () => {
		const offers: TableSpec = {
			...RECEIPTS,
			columns: [...RECEIPTS.columns, ['On Offer', 'BOOLEAN']],
			rows: RECEIPTS.rows.map((r, i) => [...r, i % 2 === 0])
		};
		expect(isRefusal(ask('how much have we saved with offers', catalogOf(offers)))).toBe(true);
		// nor is a count of rows the amount asked for
		expect(isRefusal(ask('how much did we bill each year', catalogOf(TIMESHEETS)))).toBe(true);
		expect(answer('how much was the most expensive line', catalogOf(offers)).sql).toContain(
			'"Line Total (£)" DESC'
		);
	});
});

describe('people', () => {
	it('"who … the most" ranks the one column of people', () => {
		expect(answer('who has put in the most hours', catalogOf(TIMESHEETS)).sql).toMatch(
			/^SELECT "Employee", sum\("Hours"\) AS "total_hours"/
		);
	});
	it('"each person" is that column, and "billable %" the rate of the condition in it', () => {
		expect(answer('billable % for each person', catalogOf(TIMESHEETS)).sql).toBe(
			'SELECT "Employee", 100.0 * count(*) FILTER (WHERE "Billable" = \'true\') / count(*) AS "percent_count"\nFROM "timesheets"\nGROUP BY 1\nORDER BY 1'
		);
	});
});

describe('things a log numbers', () => {
	/** Order lines: an order's number repeats on each of its lines. */
	const LINES: TableSpec = {
		name: 'nursery_orders',
		humanName: 'Nursery orders',
		columns: [
			['order_no', 'VARCHAR'],
			['play_id', 'BIGINT'],
			['Order Date', 'DATE'],
			['channel', 'VARCHAR'],
			['qty', 'BIGINT']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			`NO-${Math.floor(i / 3)}`,
			i + 1,
			`2024-0${1 + Math.floor(i / 3)}-01`,
			['Online', 'Phone'][Math.floor(i / 3) % 2],
			1 + (i % 4)
		])
	};
	it('are counted by their distinct numbers when each has several lines', () => {
		expect(answer('how many orders have we had', catalogOf(LINES)).sql).toBe(
			'SELECT count(DISTINCT "order_no") AS "distinct_order_no"\nFROM "nursery_orders"'
		);
		expect(answer('orders by channel', catalogOf(LINES)).sql).toContain(
			'count(DISTINCT "order_no")'
		);
	});
	it('are counted, never averaged, when named by their numbers ("plays" of `play_id`)', () => {
		const sql = answer('plays by channel', catalogOf(LINES)).sql;
		expect(sql).toContain('count(DISTINCT "play_id")');
		expect(sql).not.toContain('avg(');
	});
});

describe('revenue of a row sold at a discount', () => {
	it('is net of the discount in percent, and the reading says so', () => {
		const lines: TableSpec = {
			name: 'plant_orders',
			humanName: 'Plant orders',
			columns: [
				['Plant', 'VARCHAR'],
				['qty', 'BIGINT'],
				['Unit Price (£)', 'DOUBLE'],
				['disc_pct', 'BIGINT']
			],
			rows: Array.from({ length: 8 }, (_, i) => [
				['Fern', 'Rose'][i % 2],
				1 + i,
				4.5,
				[0, 10, 25, null][i % 4]
			])
		};
		const result = answer('total sales', catalogOf(lines));
		expect(result.sql).toBe(
			'SELECT sum(("qty" * "Unit Price (£)" * (1 - coalesce("disc_pct", 0) / 100.0))) AS "total_revenue"\nFROM "plant_orders"'
		);
		expect(result.interpretation.map((i) => i.meaning).join(' ')).toContain('less "disc_pct"');
	});
});

describe('an event that has not happened', () => {
	it('is a missing date even where its verb also names the rows ("not been delivered")', () => {
		const orders: TableSpec = {
			name: 'deliveries',
			humanName: 'Deliveries',
			columns: [
				['order_no', 'VARCHAR'],
				['Delivery', 'BOOLEAN'],
				['delivered_date', 'DATE']
			],
			rows: Array.from({ length: 8 }, (_, i) => [
				`D${i}`,
				i % 2 === 0,
				i % 4 === 0 ? null : '2024-03-01'
			])
		};
		expect(
			answer("which delivery orders haven't been delivered yet", catalogOf(orders)).sql
		).toContain('"delivered_date" IS NULL');
	});
});

describe('a word whose synonyms name two columns', () => {
	it('takes the likelier ("sold": the quantity, not the orders)', () => {
		const orders: TableSpec = {
			name: 'plant_sales',
			humanName: 'Plant sales',
			columns: [
				['order_no', 'VARCHAR'],
				['Plant', 'VARCHAR'],
				['qty', 'BIGINT']
			],
			rows: Array.from({ length: 8 }, (_, i) => [`O${i}`, ['Fern', 'Rose'][i % 2], 1 + i])
		};
		expect(answer('how many roses have we sold', catalogOf(orders)).sql).toBe(
			'SELECT sum("qty") AS "total_qty"\nFROM "plant_sales"\nWHERE "Plant" = \'Rose\''
		);
	});
});

describe('an English word one table names exactly', () => {
	it('shortens no longer name of another table ("car" is no "carat")', () => {
		const cars: TableSpec = {
			name: 'cars',
			humanName: 'Cars',
			columns: [
				['Name', 'VARCHAR'],
				['Horsepower', 'BIGINT']
			],
			rows: Array.from({ length: 6 }, (_, i) => [`car ${i}`, 90 + i])
		};
		const diamonds: TableSpec = {
			name: 'diamonds',
			humanName: 'Diamonds',
			columns: [
				['carat', 'DOUBLE'],
				['price', 'BIGINT']
			],
			rows: Array.from({ length: 6 }, (_, i) => [0.5 + i / 10, 900 + i])
		};
		const result = ask('show me the best car', catalogOf(cars, diamonds));
		expect(isRefusal(result) ? result.reason : result.sql).not.toContain('carat');
	});
});

describe('a word "in their" column', () => {
	const results: TableSpec = {
		name: 'exam_results',
		humanName: 'Exam results',
		columns: [
			['Student Name', 'VARCHAR'],
			['Teacher', 'VARCHAR'],
			['Class', 'VARCHAR']
		],
		rows: Array.from({ length: 9 }, (_, i) => [
			`Pupil ${i}`,
			['Ms Hart', 'Mr Lee'][i % 2],
			['7A', '7B', '7C'][i % 3]
		])
	};
	it('is part of a name, not of a category', () => {
		expect(answer('students with pupil in their name', catalogOf(results)).sql).toContain(
			`contains(lower("Student Name"), 'pupil')`
		);
		const result = ask('which teacher has the most absences in their class', catalogOf(results));
		expect(isRefusal(result) ? result.reason : result.sql).not.toContain('contains(');
	});
});

describe('words around a list of rows', () => {
	it('"with date and title" shows the time column among the columns, each review once', () => {
		expect(answer('show the 1 star reviews with date and brand', catalogOf(REVIEWS)).sql).toMatch(
			/^SELECT "review_date", "brand"/
		);
	});
	it("a participle before the rows' noun that no column explains is unsure", () => {
		expect(isRefusal(ask('unexplained reviews', catalogOf(REVIEWS)))).toBe(true);
	});
	it('a year far from the data in play is no year ("after 1000")', () => {
		const old: TableSpec = {
			name: 'monarchs',
			humanName: 'Monarchs',
			columns: [
				['name', 'VARCHAR'],
				['start', 'DATE']
			],
			rows: [
				['Ann', '0995-01-01'],
				['Bo', '1010-01-01']
			]
		};
		const result = ask('reviews after 1000', catalogOf(REVIEWS, old));
		expect(isRefusal(result) ? result.reason : result.sql).not.toContain("DATE '1001");
	});
});
