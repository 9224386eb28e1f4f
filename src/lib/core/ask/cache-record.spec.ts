import { describe, expect, it } from 'vitest';
import { entryBytes, isCachedEntry } from './cache-record';
import type { AskAnswer } from './types';

const answer: AskAnswer = {
	sql: 'SELECT 1',
	explanation: 'One.',
	confidence: 0.9,
	interpretation: [
		{
			words: 'by month',
			kind: 'time',
			meaning: 'month of each year',
			alternatives: [
				{
					meaning: 'calendar months',
					answer: { sql: 'SELECT 2', explanation: 'Two.', confidence: 0.6, interpretation: [] }
				}
			]
		}
	],
	source: 'offline'
};

const entry = {
	key: 'k',
	question: 'q',
	datasetIds: ['d1'],
	answer,
	createdAt: 1,
	expiresAt: 2,
	lastUsedAt: 1,
	hits: 0,
	bytes: 10
};

describe('isCachedEntry', () => {
	it('accepts a well-formed entry', () => {
		expect(isCachedEntry(entry)).toBe(true);
		expect(isCachedEntry({ ...entry, answer: { ...answer, source: 'llm', model: 'm' } })).toBe(
			true
		);
	});

	it('rejects entries of the wrong shape', () => {
		const hostile: unknown[] = [
			null,
			'text',
			[],
			{ ...entry, datasetIds: 'd1' },
			{ ...entry, expiresAt: '2' },
			{ ...entry, hits: Number.NaN },
			{ ...entry, answer: { ...answer, sql: '  ' } },
			{ ...entry, answer: { ...answer, confidence: 3 } },
			{ ...entry, answer: { ...answer, source: 'cache' } },
			{ ...entry, answer: { ...answer, interpretation: [{ words: 1 }] } },
			{
				...entry,
				answer: {
					...answer,
					interpretation: [
						{ words: 'w', kind: 'time', meaning: 'm', alternatives: [{ meaning: 'x', answer: {} }] }
					]
				}
			},
			{ ...entry, answer: { ...answer, provider: 42 } }
		];
		for (const value of hostile) expect(isCachedEntry(value), JSON.stringify(value)).toBe(false);
	});
});

describe('entryBytes', () => {
	it('counts UTF-8 bytes, so non-ASCII text weighs more', () => {
		const ascii = entryBytes({ question: 'aaaa', answer });
		expect(entryBytes({ question: 'ääää', answer })).toBe(ascii + 4);
	});
});
