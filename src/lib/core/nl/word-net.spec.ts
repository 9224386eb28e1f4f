import { beforeAll, describe, expect, it } from 'vitest';
import { lemmasOf, loadWordNet, partsOfSpeech, relatedWords } from './word-net';

beforeAll(() => loadWordNet());

function related(word: string, relation?: string): string[] {
	return relatedWords(word)
		.filter((r) => !relation || r.relation === relation)
		.map((r) => r.lemma);
}

describe('lemmasOf', () => {
	it('undoes superlatives, comparatives, past tenses and plurals', () => {
		expect(lemmasOf('windiest')).toEqual(['windy']);
		expect(lemmasOf('biggest')).toEqual(['big']);
		expect(lemmasOf('hottest')).toEqual(['hot']);
		expect(lemmasOf('heavier')).toEqual(['heavy']);
		expect(lemmasOf('died')).toEqual(['die']);
		expect(lemmasOf('candidates')).toEqual(['candidate']);
		expect(lemmasOf('Hours')).toEqual(['hour']);
	});
	it('knows common irregular forms', () => {
		expect(lemmasOf('worst')).toContain('bad');
		expect(lemmasOf('people')).toEqual(['people', 'person']);
		expect(lemmasOf('mice')).toEqual(['mouse']);
		expect(lemmasOf('sold')).toEqual(['sell']);
	});
	it('keeps a word that is its own lemma first', () => {
		expect(lemmasOf('reign')[0]).toBe('reign');
	});
	it('returns nothing for words WordNet does not hold', () => {
		expect(lemmasOf('qzx')).toEqual([]);
		expect(lemmasOf('chicago')).toEqual([]);
	});
	it('treats words that name object properties as plain words', () => {
		for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
			expect(lemmasOf(word)).toEqual([]);
			expect(relatedWords(word)).toEqual([]);
			expect(partsOfSpeech(word)).toBe('');
		}
	});
});

describe('relatedWords', () => {
	it('links adjectives to the attribute they measure', () => {
		expect(related('hot', 'attribute')).toEqual(['temperature']);
		expect(related('heavy', 'attribute')).toEqual(['weight']);
		expect(related('old', 'attribute')).toContain('age');
		expect(related('biggest', 'attribute')).toContain('size');
	});
	it('links derived words both ways', () => {
		expect(related('windy', 'derived')).toContain('wind');
		expect(related('wealthiest', 'derived')).toContain('wealth');
		expect(related('death', 'derived')).toContain('die');
		expect(related('died', 'derived')).toContain('death');
	});
	it('gives synonyms and one level of hypernyms for nouns', () => {
		expect(related('wage', 'synonym')).toContain('salary');
		expect(related('candidate', 'hypernym')).toContain('politician');
		expect(related('person', 'hypernym')).not.toContain('entity');
	});
	it('orders by weight, synonyms before hypernyms, each lemma once', () => {
		const list = relatedWords('person');
		const weights = list.map((r) => r.weight);
		expect(weights).toEqual([...weights].sort((a, b) => b - a));
		expect(new Set(list.map((r) => r.lemma)).size).toBe(list.length);
		expect(list[0].relation).toBe('synonym');
		expect(list.every((r) => r.weight > 0 && r.weight < 1)).toBe(true);
	});
	it('has nothing for unknown words', () => {
		expect(relatedWords('qzx')).toEqual([]);
	});
});

describe('partsOfSpeech', () => {
	it('lists the most used part of speech first', () => {
		expect(partsOfSpeech('die')).toBe('vn');
		expect(partsOfSpeech('windy')).toBe('a');
		expect(partsOfSpeech('qzx')).toBe('');
	});
});
