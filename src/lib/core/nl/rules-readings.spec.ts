import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal, type Catalog } from './types';
import { COMMITS, ruleCatalog } from '$test/nl/rule-tables';
import {
	BARLEY,
	CENSUS,
	DAILY,
	FATALITIES,
	LEDGER,
	NATIONS,
	QUOTES,
	RULERS,
	TOWNS
} from '$test/nl/reading-tables';
import { answer } from '$test/nl/ask';

function isRefused(question: string, catalog: Catalog): boolean {
	return isRefusal(answerQuestion({ question, catalog }));
}

describe('a column counting persons', () => {
	const census = ruleCatalog(CENSUS);
	it('is totalled when named as the measure of a grouping', () => {
		const sql = answer('people by age in 2000', census).sql;
		expect(sql).toContain('sum("people")');
		expect(sql).toContain('GROUP BY 1');
	});
	it('leaves "under 20" to the age column', () => {
		const sql = answer('people under 20 per year', census).sql;
		expect(sql).toContain('WHERE "age" < 20');
		expect(sql).toContain('sum("people")');
	});
});

describe('an adjective superlative before a noun naming things', () => {
	const nations = ruleCatalog(NATIONS);
	it('ranks the things by the column the adjective names', () => {
		const sql = answer('top 3 richest nations', nations).sql;
		expect(sql).toContain('ORDER BY "income" DESC');
		expect(sql).toContain('LIMIT 3');
		expect(answer('richest nation', nations).sql).toContain('LIMIT 1');
	});
	it('refuses when no column fits the adjective, instead of sorting the names', () => {
		expect(isRefused('tallest nation', nations)).toBe(true);
		expect(isRefused('the 2 fastest nations', nations)).toBe(true);
	});
});

describe('time adjectives on rows that span years', () => {
	const rulers = ruleCatalog(RULERS);
	it('order by the start of the span', () => {
		const sql = answer('who was the earliest ruler', rulers).sql;
		expect(sql).toContain('ORDER BY "start" ASC');
		expect(sql).toContain('LIMIT 1');
		expect(answer('latest ruler', rulers).sql).toContain('ORDER BY "start" DESC');
	});
	it('refuse a ranking with nothing to rank by', () => {
		expect(isRefused('which ruler came last', rulers)).toBe(true);
		expect(isRefused('earliest nation', ruleCatalog(NATIONS))).toBe(true);
	});
});

describe("a noun before a column's date, place or cause", () => {
	const fatalities = ruleCatalog(FATALITIES);
	it('names the rows, above a value spelled alike', () => {
		const sql = answer('deaths per day', fatalities).sql;
		expect(sql).toContain('count(*)');
		expect(sql).not.toContain('WHERE');
	});
	it('does not filter the column it groups by', () => {
		const sql = answer('black victims by type of death', fatalities).sql;
		expect(sql).toContain(`WHERE "race" = 'Black'`);
		expect(sql).not.toContain(`'Death'`);
		expect(sql).toContain('GROUP BY 1');
	});
});

describe('a yes/no column said of the rows', () => {
	const rulers = ruleCatalog(RULERS);
	it('keeps the rows where it holds', () => {
		expect(answer('which rulers were regent', rulers).sql).toContain(`WHERE "regent" = 'true'`);
		const count = answer('how many regent rulers', rulers).sql;
		expect(count).toContain('count(*)');
		expect(count).toContain(`WHERE "regent" = 'true'`);
	});
	it('refuses "not" when rows without a value would be left out', () => {
		expect(isRefused('which rulers were not regent', rulers)).toBe(true);
	});
});

describe('values joined by "and" on a table whose rows are counts', () => {
	it('gives each value its total', () => {
		const sql = answer('men and women counted in 2000', ruleCatalog(CENSUS)).sql;
		expect(sql).toContain('SELECT "sex", sum("people")');
		expect(sql).toContain('GROUP BY 1');
	});
});

describe('words that must not be dropped', () => {
	it('a participle after is/were says which rows: refused when nothing matches it', () => {
		expect(
			isRefused('how many victims were arrested during the riots', ruleCatalog(FATALITIES))
		).toBe(true);
	});
	it('a word after "the" is part of a noun, not a verb', () => {
		expect(isRefused('what was the trading volume in 2006', ruleCatalog(QUOTES))).toBe(true);
		expect(answer('average price in 2006', ruleCatalog(QUOTES)).sql).toContain('avg("price")');
	});
	it('"in one hour" is a span the question asks about', () => {
		expect(isRefused('most commits in one hour', ruleCatalog(COMMITS))).toBe(true);
	});
});

describe('a table with one row per point in time', () => {
	it('trends the column its name points at', () => {
		const sql = answer('barley price over time', ruleCatalog(BARLEY)).sql;
		expect(sql).toContain('avg("barley")');
		expect(sql).toContain('GROUP BY 1');
	});
	it('refuses a trend when no column is named, instead of counting rows', () => {
		expect(isRefused('ledger over time', ruleCatalog(LEDGER))).toBe(true);
	});
	it("with a count column, the table's noun asks how many there were", () => {
		expect(answer('commits in january', ruleCatalog(COMMITS)).sql).toContain(
			'sum("count") AS "total_count"'
		);
	});
});

describe('temperature-like adjectives over a high and a low column', () => {
	const daily = ruleCatalog(DAILY);
	it('read the highs for "hottest" and the lows for "coldest"', () => {
		expect(answer('hottest day in Rome', daily).sql).toContain('ORDER BY "temp_high" DESC');
		expect(answer('coldest day', daily).sql).toContain('ORDER BY "temp_low" ASC');
	});
});

describe('numbers with a unit and a column after "of"', () => {
	it('compare that column', () => {
		const sql = answer('how many days had more than 30 mm of rain', ruleCatalog(DAILY)).sql;
		expect(sql).toContain('WHERE "rain" > 30');
		expect(sql).toContain('count(*)');
	});
});

describe('a table named after one of its numeric columns', () => {
	const barley = ruleCatalog(BARLEY);
	it("an aggregate of the table's name reads that column", () => {
		expect(answer('average barley price', barley).sql).toContain('avg("barley")');
	});
	it('a year before 1800 is a year when the data reaches back that far', () => {
		expect(answer('barley price in 1620', barley).sql).toContain('"year" = 1620');
	});
	it('a noun after "of" that matches nothing refuses', () => {
		expect(isRefused('price of bread in 1620', barley)).toBe(true);
	});
	it('a superlative year with no fitting column refuses instead of dropping "year"', () => {
		expect(isRefused('most expensive year for barley', barley)).toBe(true);
	});
});

describe('a plural column before a count condition', () => {
	it('groups by that column and keeps the groups that pass', () => {
		const sql = answer('races with at least 3 victims', ruleCatalog(FATALITIES)).sql;
		expect(sql).toContain('SELECT "race", count(*)');
		expect(sql).toContain('HAVING count(*) >= 3');
	});
});

describe("most/least, a numeric column, then the rows' noun", () => {
	it('ranks the rows by the column', () => {
		const sql = answer('least healthy nation', ruleCatalog(NATIONS)).sql;
		expect(sql).toContain('ORDER BY "health" ASC');
		expect(sql).toContain('LIMIT 1');
	});
});

describe('years bounding rows that span years', () => {
	const rulers = ruleCatalog(RULERS);
	it('bound the start, or the end after a verb for ending', () => {
		expect(answer('rulers who started after 1520', rulers).sql).toContain('WHERE "start" > 1520');
		expect(answer('rulers who ended before 1560', rulers).sql).toContain('WHERE "end" < 1560');
	});
});

describe('the length of rows that span years', () => {
	const rulers = ruleCatalog(RULERS);
	it('is end minus start', () => {
		expect(answer('average reign length', rulers).sql).toContain('avg(("end" - "start"))');
		const longest = answer('which ruler reigned the longest', rulers).sql;
		expect(longest).toContain('ORDER BY ("end" - "start") DESC');
		expect(longest).toContain('LIMIT 1');
	});
	it('gives way to the end or start column it qualifies', () => {
		const sql = answer("when did Ada's reign end", rulers).sql;
		expect(sql).toContain('SELECT "end"');
		expect(sql).not.toContain('"end" - "start"');
	});
	it('is not made up for a table without a start and an end', () => {
		expect(isRefused('average reign length', ruleCatalog(NATIONS))).toBe(true);
	});
});

describe('"which <numeric column> group"', () => {
	it('groups by the column and ranks its values', () => {
		const sql = answer('which age group had the most people in 2000', ruleCatalog(CENSUS)).sql;
		expect(sql).toContain('SELECT "age", sum("people")');
		expect(sql).toContain('ORDER BY "total_people" DESC');
		expect(sql).toContain('QUALIFY rank() OVER');
	});
});

describe('a lower-case code after in/from', () => {
	const towns = ruleCatalog(TOWNS);
	it('reads as the listed code in capitals', () => {
		expect(answer('how many cities in ny', towns).sql).toContain(`WHERE "state" = 'NY'`);
	});
	it('never reads a common short word as a code', () => {
		const result = answerQuestion({ question: 'how many cities in me', catalog: towns });
		expect(isRefusal(result) || !result.sql.includes(`'ME'`)).toBe(true);
	});
});
