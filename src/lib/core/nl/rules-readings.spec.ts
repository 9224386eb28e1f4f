import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal, type Catalog, type NlAnswer } from './types';
import { ruleCatalog } from '$test/nl/rule-tables';
import { CENSUS, FATALITIES, NATIONS, RULERS } from '$test/nl/reading-tables';

function answer(question: string, catalog: Catalog): NlAnswer {
	const result = answerQuestion({ question, catalog });
	if (isRefusal(result)) throw new Error(`refused: ${result.reason}`);
	return result;
}

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
