import { describe, expect, it } from 'vitest';
import { canonicalCacheKey, normaliseQuestion } from './cache-key';
import type { AskScope } from './types';

/** A small deterministic generator, so every run checks the same variants. */
function rng(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

/** Spellings a reader would call the same question: case, spacing, width, edge punctuation. */
function respell(question: string, random: () => number): string {
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const words = question.split(' ').map((word) => {
		const cased = [...word]
			.map((c) => (random() < 0.5 ? c.toUpperCase() : c.toLowerCase()))
			.join('');
		// Full-width forms of ASCII letters and digits fold back under NFKC.
		return random() < 0.2
			? [...cased]
					.map((c) => (/[a-zA-Z0-9]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
					.join('')
			: cased;
	});
	const gaps = [' ', '  ', '\t', '\u00a0', '\u3000', ' \n '];
	const body = words.reduce((text, word) => text + pick(gaps) + word);
	return pick(['', ' ', '¿', '\n']) + body + pick(['', '?', ' ?', '??', '.', '!', '?!', '…', ' ']);
}

const QUESTIONS = [
	'average temperature by month',
	'top 5 cities by sales in 2021',
	'how many penguins per island',
	'total precipitation where weather is rain'
];

const scope: AskScope = { datasets: [{ id: 'd1', fingerprint: 'f'.repeat(64) }] };

describe('normaliseQuestion', () => {
	it('gives every respelling of a question the same form', () => {
		const random = rng(8);
		for (const question of QUESTIONS) {
			const expected = normaliseQuestion(question);
			expect(expected).toBe(question);
			for (let i = 0; i < 200; i++) {
				const variant = respell(question, random);
				expect(normaliseQuestion(variant), JSON.stringify(variant)).toBe(expected);
			}
		}
	});

	it('keeps digits, signs and inner punctuation: different values stay different', () => {
		const forms = [
			'top 5 cities',
			'top 50 cities',
			'top 5.5 cities',
			'sales above -3',
			'sales above 3',
			'sales in 2021',
			'sales in 2012',
			'sales (net) in 2021',
			'sales, net in 2021'
		].map(normaliseQuestion);
		expect(new Set(forms).size).toBe(forms.length);
	});

	it('keeps quoted values exactly as typed, quotes included', () => {
		expect(normaliseQuestion('Rows WHERE city is "Paris"?')).toBe('rows where city is "Paris"');
		expect(normaliseQuestion('rows where city is "paris"')).not.toBe(
			normaliseQuestion('rows where city is "Paris"')
		);
		expect(normaliseQuestion("name is 'O  Neil'")).toBe("name is 'O  Neil'");
		expect(normaliseQuestion('city is Paris')).not.toBe(normaliseQuestion('city is "Paris"'));
		// A quoted value's own punctuation at the end is kept.
		expect(normaliseQuestion('title is "Why?"')).toBe('title is "Why?"');
	});

	it('folds typographic quotes and treats apostrophes inside words as letters', () => {
		expect(normaliseQuestion('city is \u201cParis\u201d')).toBe('city is "Paris"');
		expect(normaliseQuestion('What\u2019s the MAX temp')).toBe("what's the max temp");
		expect(normaliseQuestion("WHAT'S the max temp?")).toBe("what's the max temp");
	});

	it('leaves an unclosed quote as ordinary text', () => {
		expect(normaliseQuestion('Rows where name is "Bob')).toBe('rows where name is "bob');
	});
});

describe('canonicalCacheKey', () => {
	it('does not depend on the order of the scope datasets', () => {
		const a = { id: 'a', fingerprint: '1'.repeat(64) };
		const b = { id: 'b', fingerprint: '2'.repeat(64) };
		expect(canonicalCacheKey({ question: 'x', scope: { datasets: [a, b] } })).toBe(
			canonicalCacheKey({ question: 'X?', scope: { datasets: [b, a] } })
		);
	});

	it('changes with the question, a fingerprint, the dataset, the context and the LLM', () => {
		const base = canonicalCacheKey({ question: 'sales by year', scope });
		const variants = [
			canonicalCacheKey({ question: 'sales by month', scope }),
			canonicalCacheKey({
				question: 'sales by year',
				scope: { datasets: [{ id: 'd1', fingerprint: 'e'.repeat(64) }] }
			}),
			canonicalCacheKey({
				question: 'sales by year',
				scope: { datasets: [{ id: 'd2', fingerprint: 'f'.repeat(64) }] }
			}),
			canonicalCacheKey({ question: 'sales by year', scope: { ...scope, contextId: 'c1' } }),
			canonicalCacheKey({
				question: 'sales by year',
				scope: { ...scope, contextId: 'c1', contextVersion: 2 }
			}),
			canonicalCacheKey({
				question: 'sales by year',
				scope,
				llm: { provider: 'localhost:11434', model: 'llama3.1' }
			}),
			canonicalCacheKey({
				question: 'sales by year',
				scope,
				llm: { provider: 'localhost:11434', model: 'qwen2.5' }
			})
		];
		expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
	});

	it('cannot be confused by separators inside the parts', () => {
		const one = canonicalCacheKey({ question: 'a","b', scope });
		const two = canonicalCacheKey({ question: 'a', scope: { ...scope, contextId: 'b' } });
		expect(one).not.toBe(two);
		expect(JSON.parse(one)).toEqual([
			'quarry-ask-v1',
			'a","b',
			[`d1:${'f'.repeat(64)}`],
			null,
			null,
			null,
			null
		]);
	});
});
