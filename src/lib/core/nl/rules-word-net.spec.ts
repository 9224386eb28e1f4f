import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';
import { ruleCatalog } from '$test/nl/rule-tables';
import { ANIMALS, FORTUNES, HOUSES, PAYROLL, PLOTS } from '$test/nl/word-net-tables';
import { answer, ask } from '$test/nl/ask';

beforeAll(() => loadWordNet());

describe('a word the data does not use, related by WordNet', () => {
	it('names a column through a synonym, with less confidence than the exact name', () => {
		const loose = answer('average wage by department', ruleCatalog(PAYROLL));
		expect(loose.sql).toContain('avg("salary")');
		expect(loose.sql).toContain('GROUP BY 1');
		const exact = answer('average salary by department', ruleCatalog(PAYROLL));
		expect(loose.confidence).toBeLessThan(exact.confidence);
		expect(loose.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
	});
	it('picks a value through an irregular plural', () => {
		expect(answer('how many mice', ruleCatalog(ANIMALS)).sql).toContain(`"species" = 'mouse'`);
	});
	it('reads words that name object properties as plain unknown words', () => {
		const result = ask('average constructor by department', ruleCatalog(PAYROLL));
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) expect(result.unknownWords).toEqual(['constructor']);
	});
	it('does not name a table or a value through a relation', () => {
		// WordNet has "creature" as a synonym of animal; related words name columns only
		expect(isRefusal(ask('how many creatures', ruleCatalog(ANIMALS)))).toBe(true);
	});
});

describe('a superlative the engine has no table for', () => {
	it('ranks by the one column its adjective measures ("biggest" → size)', () => {
		expect(answer('the biggest house', ruleCatalog(HOUSES)).sql).toBe(
			'SELECT *\nFROM "houses"\nORDER BY "size" DESC NULLS LAST\nLIMIT 1'
		);
		expect(answer('houses bigger than 80', ruleCatalog(HOUSES)).sql).toContain(`"size" > 80`);
	});
	it('reads a superlative derived from a noun as its maximum ("wealthiest" → wealth)', () => {
		expect(answer('the wealthiest person', ruleCatalog(FORTUNES)).sql).toBe(
			'SELECT *\nFROM "fortunes"\nORDER BY "wealth" DESC NULLS LAST\nLIMIT 1'
		);
	});
	it('refuses when more than one column fits', () => {
		expect(isRefusal(ask('the biggest plot', ruleCatalog(PLOTS)))).toBe(true);
	});
});
