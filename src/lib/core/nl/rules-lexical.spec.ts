import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal, type Catalog, type NlAnswer, type NlResult } from './types';
import { ADMISSIONS, LEAGUE, OCCUPATIONS, READINGS, ruleCatalog } from '$test/nl/rule-tables';

function ask(question: string, catalog: Catalog): NlResult {
	return answerQuestion({ question, catalog });
}

function answer(question: string, catalog: Catalog): NlAnswer {
	const result = ask(question, catalog);
	if (isRefusal(result)) throw new Error(`refused: ${result.reason}`);
	return result;
}

describe('an attribute the table does not have', () => {
	it('refuses "what was the <attribute> in <place>" instead of listing the rows', () => {
		const result = ask('what was the humidity in Oslo', ruleCatalog(READINGS));
		expect(isRefusal(result)).toBe(true);
		if (isRefusal(result)) expect(result.reason).toContain('humidity');
	});
	it('still reads a verb before a condition', () => {
		expect(answer('gas measured in Oslo', ruleCatalog(READINGS)).sql).toContain(`"place" = 'Oslo'`);
	});
});
