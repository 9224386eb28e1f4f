/**
 * What "how many" counts: rows whose quantity meets a condition (never that quantity's total),
 * the days of a table with many rows a day (or of readings taken at times of day: the dates they
 * fall on), people named by their kind ("athletes"), and the events a register has many rows
 * at ("how many rehearsals": the dates of its `Rehearsal Date`); a number of days averaged
 * with no column of days goes unread; those who "attended" are those a `Present` flag marks;
 * "how many apologies" counts the times a column given for some rows only was given; "came"
 * and "turned up" are present; people a clause is about ("people who turned up") are the rows;
 * a date only some rows have (`Retest Date`) names an event they lead to, not the rows.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Stones with a price (whole dollars, like a count) and a daily trading volume. */
const STONES: TableSpec = {
	name: 'stones',
	humanName: 'Diamonds',
	columns: [
		['carat', 'DOUBLE'],
		['cut', 'VARCHAR'],
		['price', 'INTEGER']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		0.2 + i * 0.05,
		['Ideal', 'Good'][i % 2],
		300 + i * 500
	])
};

/** Ten pizzas' sales on each of twenty days. */
const SALES: TableSpec = {
	name: 'sales',
	humanName: 'Pizza sales',
	columns: [
		['order_date', 'DATE'],
		['name', 'VARCHAR'],
		['orders', 'INTEGER'],
		['revenue', 'INTEGER']
	],
	rows: Array.from({ length: 200 }, (_, i) => [
		`2021-03-${String(1 + (i % 20)).padStart(2, '0')}`,
		`Pizza ${Math.floor(i / 20)}`,
		1 + (i % 7),
		12 * (1 + (i % 7))
	])
};

/** Athletes of a games, with their sport. */
const GAMES: TableSpec = {
	name: 'games',
	humanName: 'Olympians',
	columns: [
		['name', 'VARCHAR'],
		['sex', 'VARCHAR'],
		['sport', 'VARCHAR'],
		['height', 'DOUBLE'],
		['gold', 'INTEGER']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`Athlete ${i}`,
		i % 2 === 0 ? 'female' : 'male',
		['athletics', 'aquatics', 'rowing'][i % 3],
		1.6 + (i % 10) * 0.04,
		i % 4 === 0 ? 1 : 0
	])
};

describe('"how many" before a quantity with a condition', () => {
	it('counts the rows that meet it', () => {
		const sql = answer('How many diamonds cost more than $10,000?', ruleCatalog(STONES)).sql;
		expect(sql).toContain('count(*)');
		expect(sql).toContain('"price" > 10000');
		expect(sql).not.toContain('sum(');
	});
});

describe('the days of a table with many rows a day', () => {
	const catalog = ruleCatalog(SALES);
	it('are its distinct dates', () => {
		expect(answer('how many days in 2021', catalog).sql).toContain('count(DISTINCT "order_date")');
	});
	it('are the dates that readings taken at times of day fall on', () => {
		const readings = ruleCatalog({
			name: 'bp_readings',
			columns: [
				['Reading Taken', 'TIMESTAMP'],
				['Systolic', 'BIGINT']
			],
			rows: Array.from({ length: 10 }, (_, i) => [
				`2024-03-0${1 + (i % 4)} 0${6 + (i % 3)}:15:00`,
				120 + i
			])
		});
		expect(answer('how many different days did I take a reading on', readings).sql).toContain(
			'count(DISTINCT CAST("Reading Taken" AS DATE))'
		);
	});
	it('ask when a condition could be one row or the whole day', () => {
		const result = ask('how many days had revenue over 500', catalog);
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) expect(result.reason).toContain('the day');
	});
});

describe('people named by their kind', () => {
	const catalog = ruleCatalog(GAMES);
	it('"athletes" are the rows of a table of athletes', () => {
		expect(answer('how many athletes are there', catalog).sql).toContain('count(*)');
		expect(answer('number of athletes per sport', catalog).sql).toContain('"sport", count(*)');
	});
	it('"teachers" are not every person of a table unrelated to teaching', () => {
		const result = ask('how many teachers are there', catalog);
		expect(isRefusal(result)).toBe(true);
	});
});

describe('a day written out', () => {
	const catalog = ruleCatalog(SALES);
	it('picks that day, however it is written', () => {
		for (const q of [
			'total revenue on March 3, 2021',
			'total revenue on 3 March 2021',
			'total revenue on 2021-03-03'
		]) {
			expect(answer(q, catalog).sql).toContain(
				`"order_date" >= DATE '2021-03-03' AND "order_date" < DATE '2021-03-04'`
			);
		}
	});
	it('bounds a range by whole days', () => {
		expect(answer('total revenue between march 1 2021 and march 10 2021', catalog).sql).toContain(
			`"order_date" >= DATE '2021-03-01' AND "order_date" < DATE '2021-03-11'`
		);
		expect(answer('total revenue since March 5, 2021', catalog).sql).toContain(
			`"order_date" >= DATE '2021-03-05'`
		);
	});
	it('never reads a day that does not exist', () => {
		const result = ask('total revenue on February 30, 2021', catalog);
		if (!isRefusal(result)) expect(result.sql).not.toContain('2021-03-02');
	});
});

/** Countries with a life expectancy, missing for some. */
const LIVES: TableSpec = {
	name: 'lives',
	humanName: 'Life expectancy',
	columns: [
		['country', 'VARCHAR'],
		['expectancy', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [`Country ${i}`, i % 5 === 0 ? null : 60 + i])
};

describe('words around a column', () => {
	it('a noun saying what the column holds belongs to it ("clarity grade")', () => {
		expect(
			answer('which cut grade has the highest average price', ruleCatalog(STONES)).sql
		).toContain('SELECT "cut", avg("price")');
	});
	it('"missing" before a column says that column is missing', () => {
		const sql = answer('countries missing a life expectancy figure', ruleCatalog(LIVES)).sql;
		expect(sql).toContain('"expectancy" IS NULL');
		expect(sql).not.toContain('"country" IS NULL');
	});
	it('the day or month with the highest sales has the highest total', () => {
		const sql = answer('which day had the highest revenue', ruleCatalog(SALES)).sql;
		expect(sql).toContain('sum("revenue")');
	});
});

/** Letters with how often each occurs, as a share. */
const LETTERS: TableSpec = {
	name: 'letters',
	humanName: 'Letter frequency',
	columns: [
		['letter', 'VARCHAR'],
		['frequency', 'DOUBLE']
	],
	rows: 'ETAOINSHRDLU'.split('').map((l, i) => [l, 0.12 - i * 0.008])
};

describe('rankings over repeated things', () => {
	it('ranks things that repeat by their total', () => {
		const sql = answer('top 3 pizzas by revenue', ruleCatalog(SALES)).sql;
		expect(sql).toContain('SELECT "name", sum("revenue")');
		expect(sql).toMatch(/LIMIT 3/);
	});
	it('ranks the busiest days by the amount named', () => {
		const sql = answer('top 5 busiest days by orders', ruleCatalog(SALES)).sql;
		expect(sql).toContain('sum("orders")');
		expect(sql).toMatch(/LIMIT 5/);
	});
	it('the most common thing of a table of shares ranks by the share', () => {
		const sql = answer('5 least common letters', ruleCatalog(LETTERS)).sql;
		expect(sql).toContain('sum("frequency")');
		expect(sql).toMatch(/ASC NULLS LAST[\s\S]*LIMIT 5/);
	});
	it('a grain after a date column groups by it', () => {
		expect(answer('total revenue by order date month', ruleCatalog(SALES)).sql).toContain(
			`date_trunc('month', "order_date")`
		);
	});
});

describe('a share of an amount', () => {
	it('is a share of its total', () => {
		const sql = answer("what share of revenue comes from 'Pizza 1'", ruleCatalog(SALES)).sql;
		expect(sql).toContain(`sum("revenue") FILTER (WHERE "name" = 'Pizza 1') / sum("revenue")`);
	});
});

describe('the value of things', () => {
	it('is their price, not their count', () => {
		const sql = answer('total value of all Ideal diamonds', ruleCatalog(STONES)).sql;
		expect(sql).toContain('sum("price")');
		expect(answer('total diamonds', ruleCatalog(STONES)).sql).toContain('count(*)');
	});
});

describe('weekends and weekdays', () => {
	const week: TableSpec = {
		name: 'week_sales',
		humanName: 'Pizza sales',
		columns: [
			['day_of_week', 'VARCHAR'],
			['revenue', 'INTEGER']
		],
		rows: Array.from({ length: 28 }, (_, i) => [
			['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][i % 7],
			100 + i
		])
	};
	it('are the day-name values of the week', () => {
		const catalog = ruleCatalog(week);
		expect(answer('total revenue on weekends', catalog).sql).toMatch(
			/"day_of_week" IN \('(Saturday|Sunday)', '(Saturday|Sunday)'\)/
		);
		const weekdays = answer('total revenue on weekdays', catalog).sql;
		expect(weekdays).toContain("'Monday'");
		expect(weekdays).not.toContain("'Sunday'");
	});
});

describe('what was sold', () => {
	it('is the quantity column', () => {
		const sql = answer('pizzas sold by name', ruleCatalog(SALES)).sql;
		expect(sql).toContain('sum("orders")');
		expect(sql).toContain('GROUP BY');
	});
});

describe('which thing that repeats', () => {
	it('sold or earned the most is ranked by its total', () => {
		expect(answer('which pizza sold the most', ruleCatalog(SALES)).sql).toContain(
			'SELECT "name", sum("orders")'
		);
		expect(answer('which pizza had the most revenue', ruleCatalog(SALES)).sql).toContain(
			'SELECT "name", sum("revenue")'
		);
	});
});

/** A choir's register: a row per singer at each rehearsal, with who came and apologies sent. */
function choirRegister(withKinds = false): TableSpec {
	return {
		name: 'choir_attendance',
		humanName: 'Choir attendance',
		columns: [
			['Rehearsal Date', 'DATE'],
			['Member', 'VARCHAR'],
			['Present', 'BOOLEAN'],
			['apologies', 'VARCHAR'],
			...(withKinds ? [['Rehearsal Type', 'VARCHAR'] as [string, string]] : [])
		],
		rows: Array.from({ length: 60 }, (_, i) => [
			`2024-0${1 + Math.floor(i / 10)}-1${Math.floor(i / 10)}`,
			`Singer ${i % 10}`,
			i % 3 !== 0,
			i % 3 === 0 ? ['Illness', 'Holiday', 'Work'][i % 9 === 0 ? 0 : (i % 2) + 1] : null,
			...(withKinds ? [['Full', 'Sectional'][i % 2]] : [])
		])
	};
}

describe('events a dated register has many rows at', () => {
	it('are counted by their dates ("how many rehearsals")', () => {
		const q = 'how many rehearsals did we have in 2024';
		expect(answer(q, catalogOf(choirRegister())).sql).toMatch(
			/^SELECT count\(DISTINCT "Rehearsal Date"\)/
		);
	});
	it('are not, when a column of their kinds says several may share a date', () => {
		const q = 'how many rehearsals did we have in 2024';
		expect(answer(q, catalogOf(choirRegister(true))).sql).toMatch(/^SELECT count\(\*\)/);
	});
});

describe('a number of days averaged', () => {
	it('goes unread without a column of days, and the answer is not sure', () => {
		const wages: TableSpec = {
			name: 'wages',
			humanName: 'Wages',
			columns: [
				['name', 'VARCHAR'],
				['wage', 'DOUBLE']
			],
			rows: Array.from({ length: 10 }, (_, i) => [`Worker ${i}`, 8 + i])
		};
		const paid = ask('median number of days people take to pay', catalogOf(wages));
		expect(isRefusal(paid) || paid.confidence < 0.6).toBe(true);
	});
});

describe('a register that marks who was present', () => {
	const register = choirRegister();
	it('counts those who attended as those present', () => {
		const sql = answer('how many attended each month in 2024', catalogOf(register)).sql;
		expect(sql).toContain('"Present" = \'true\'');
	});
	it('reads "came" and "turned up" as present', () => {
		for (const q of ['how many came in march 2024', 'how many turned up in march 2024']) {
			expect(answer(q, catalogOf(register)).sql).toContain('"Present" = \'true\'');
		}
	});
	it('takes them as the part of a percentage ("what percentage attended")', () => {
		const sql = answer('what percentage attended in 2024', catalogOf(register)).sql;
		expect(sql).toContain('count(*) FILTER (WHERE "Present" = \'true\') / count(*)');
		expect(sql).toContain('year("Rehearsal Date") = 2024');
	});
});

describe('a column given for some rows only', () => {
	it('counts the times it was given, not its kinds ("how many apologies")', () => {
		const register = choirRegister();
		const sql = answer("how many apologies weren't for illness", catalogOf(register)).sql;
		expect(sql).toMatch(/^SELECT count\(\*\)/);
		expect(sql).toContain('"apologies" IS NOT NULL');
	});
});

describe('people a clause says something of', () => {
	it('are the rows, not a grouping by who they are ("rate for people who turned up")', () => {
		const sessions: TableSpec = {
			name: 'blood_donor_sessions',
			humanName: 'Blood donor sessions',
			columns: [
				['Donor ID', 'VARCHAR'],
				['Session Date', 'DATE'],
				['Attended', 'BOOLEAN'],
				['Deferred', 'BOOLEAN']
			],
			rows: Array.from({ length: 40 }, (_, i) => [
				`WY${100 + (i % 12)}`,
				`2024-0${1 + (i % 9)}-1${i % 10}`,
				i % 5 !== 0,
				i % 7 === 0
			])
		};
		const sql = answer('deferral rate for people who turned up', catalogOf(sessions)).sql;
		expect(sql).toContain('"Attended" = \'true\'');
		expect(sql).not.toContain('GROUP BY');
	});
});

describe('a date only some rows have', () => {
	it('names an event they lead to, not the rows ("how many retests" beside `Retest Date`)', () => {
		const tests: TableSpec = {
			name: 'mot_tests',
			humanName: 'MOT tests',
			columns: [
				['Test Date', 'DATE'],
				['test_type', 'VARCHAR'],
				['Result', 'VARCHAR'],
				['Retest Date', 'DATE']
			],
			rows: Array.from({ length: 40 }, (_, i) => [
				`2024-0${1 + (i % 9)}-1${i % 10}`,
				i % 5 === 0 ? 'Retest' : 'Full Test',
				i % 4 === 0 ? 'Fail' : 'Pass',
				i % 8 === 0 ? `2024-0${1 + (i % 9)}-2${i % 10}` : null
			])
		};
		expect(answer('how many retests did we do', catalogOf(tests)).sql).toContain(
			'"test_type" = \'Retest\''
		);
	});
});
