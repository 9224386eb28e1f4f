import { describe, expect, it } from 'vitest';
import type { Catalog } from '../nl';
import { isAskable, refusalHelp, starterQuestions } from './suggestions';

const catalog: Catalog = {
	tables: [
		{
			quotedName: '"weather"',
			humanName: 'Weather',
			rowCount: 3,
			columns: [
				{ name: 'date', type: 'DATE' },
				{ name: 'temp', type: 'DOUBLE' },
				{
					name: 'kind',
					type: 'VARCHAR',
					profile: {
						distinctCount: 2,
						nullShare: 0,
						topValues: [
							{ value: 'sun', count: 2 },
							{ value: 'rain', count: 1 }
						]
					}
				}
			]
		}
	]
};

describe('refusal help', () => {
	it('tells questions from hints', () => {
		expect(isAskable('average temp by kind')).toBe(true);
		expect(isAskable('Try one of: temp, wind.')).toBe(false);
		expect(isAskable('e.g. "average <column> by <column>"')).toBe(false);
		expect(isAskable('Ask about one of the columns of the table.')).toBe(false);
		expect(isAskable('  ')).toBe(false);
	});

	it('offers questions about the catalog that the engine answers', () => {
		const questions = starterQuestions(catalog);
		expect(questions).toContain('average temp by kind');
		expect(questions.length).toBeGreaterThan(0);
		expect(starterQuestions({ tables: [] })).toEqual([]);
	});

	it('puts the engine’s own questions first, without repeating the question asked', () => {
		const help = refusalHelp(
			['Try one of: temp.', 'total temp', 'average temp by kind'],
			'Average  temp by kind',
			catalog
		);
		expect(help.hints).toEqual(['Try one of: temp.']);
		expect(help.questions[0]).toBe('total temp');
		expect(help.questions.filter((q) => q === 'average temp by kind')).toEqual([]);
		expect(new Set(help.questions).size).toBe(help.questions.length);
	});

	it('offers only suggestions the engine answers: a button never leads to another refusal', () => {
		const help = refusalHelp(['total temp', 'total frobnitz by wibble'], 'temp?', catalog);
		expect(help.questions).toContain('total temp');
		expect(help.questions).not.toContain('total frobnitz by wibble');
	});
});
