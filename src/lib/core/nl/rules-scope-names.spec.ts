import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal, type NlAnswer } from './types';
import { AIRFIELDS, POSTCODES, ruleCatalog } from '$test/nl/rule-tables';

const catalog = ruleCatalog(POSTCODES, AIRFIELDS);

function answer(question: string): NlAnswer {
	const result = answerQuestion({ question, catalog });
	if (isRefusal(result)) throw new Error(`refused: ${result.reason}`);
	return result;
}

describe('a question that names a table', () => {
	it('is answered from that table, not from another one that knows a value', () => {
		const result = answer('airfields in Chicago');
		expect(result.sql).toBe(
			'SELECT *\nFROM "airfields"\nWHERE strip_accents(lower("city")) = \'chicago\''
		);
	});
	it('still reads the other table when the question names it', () => {
		expect(answer('postcodes in Chicago').sql).toContain('FROM "postcodes"');
	});
	it('refuses rather than drop the name when only another table has the value', () => {
		const result = answerQuestion({
			question: 'airfields in Chicago',
			catalog: ruleCatalog(POSTCODES, { ...AIRFIELDS, hasValueLists: true })
		});
		expect(isRefusal(result) && result.reason).toContain('"airfields"');
	});
});
