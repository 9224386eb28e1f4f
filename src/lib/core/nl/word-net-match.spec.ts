import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { prepareCatalog } from './lexicon';
import { tokenize } from './text';
import { wordAlternatives } from './word-match';
import { gradedAdjectives, isRisingSuperlative, wordNetDimension } from './word-net-match';
import { ruleCatalog } from '$test/nl/rule-tables';
import { ANIMALS, FORTUNES, PAYROLL } from '$test/nl/word-net-tables';

beforeAll(() => loadWordNet());

function alternatives(word: string, ...tables: Parameters<typeof ruleCatalog>) {
	const prepared = prepareCatalog(ruleCatalog(...tables));
	return wordAlternatives(tokenize(word)[0], prepared, false);
}

describe('WordNet alternatives of a question word', () => {
	it('reach a column through a synonym, as a loose match below exact ones', () => {
		const alts = alternatives('wage', PAYROLL);
		expect(alts).toEqual([{ words: ['salary'], score: expect.any(Number), how: 'related' }]);
		expect(alts[0].score).toBeLessThan(0.8);
	});
	it('reach a value through an irregular base form', () => {
		expect(alternatives('mice', ANIMALS)).toContainEqual({
			words: ['mouse'],
			score: 0.88,
			how: 'form'
		});
	});
	it('are not tried for a word the catalog has', () => {
		expect(alternatives('salary', PAYROLL).map((a) => a.how)).toEqual(['exact']);
	});
	it('leave graded adjectives and verb forms to the grammar', () => {
		expect(alternatives('older', FORTUNES)).toEqual([]);
		expect(alternatives('wealthier', FORTUNES).filter((a) => a.how === 'related')).toEqual([]);
		// "weighed" → weigh → weight would turn a verb into a column to show
		expect(alternatives('weighed', ANIMALS).filter((a) => a.how === 'related')).toEqual([]);
		expect(alternatives('weigh', ANIMALS).map((a) => a.words)).toEqual([['weight']]);
	});
});

describe('graded adjectives', () => {
	it('are superlatives and comparatives of adjectives only', () => {
		expect(gradedAdjectives('biggest')).toEqual(['big']);
		expect(gradedAdjectives('older')).toContain('old');
		expect(gradedAdjectives('number')).toEqual([]);
		expect(gradedAdjectives('over')).toEqual([]);
		expect(gradedAdjectives('winter')).toEqual([]);
	});
	it('name their measures through attributes and derivations', () => {
		expect(wordNetDimension('biggest')).toContain('size');
		expect(wordNetDimension('wealthier than')).toContain('wealth');
		expect(wordNetDimension('most dangerous')).toContain('danger');
		expect(wordNetDimension('over')).toBeUndefined();
		expect(wordNetDimension('size')).toBeUndefined();
	});
	it('read as a maximum only when derived from a noun they have more of', () => {
		expect(isRisingSuperlative('wealthiest')).toBe(true);
		expect(isRisingSuperlative('noisiest')).toBe(true);
		expect(isRisingSuperlative('costliest')).toBe(true);
		expect(isRisingSuperlative('coldest')).toBe(false);
		expect(isRisingSuperlative('wealthy')).toBe(false);
	});
});
