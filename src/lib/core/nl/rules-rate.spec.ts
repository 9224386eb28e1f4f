import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal } from './types';
import { HEADCOUNT, READINGS, ruleCatalog } from '$test/nl/rule-tables';

describe('"average X per year" when rows are counts', () => {
	it('is not sure whether a typical year or each year is meant', () => {
		const result = answerQuestion({
			question: 'average people per year',
			catalog: ruleCatalog(HEADCOUNT)
		});
		expect(isRefusal(result) && result.reason).toContain('"per year"');
	});
	it('still answers "by year", which asks for each year', () => {
		const result = answerQuestion({
			question: 'average people by year',
			catalog: ruleCatalog(HEADCOUNT)
		});
		expect(!isRefusal(result) && result.sql).toContain('GROUP BY 1');
	});
	it('still averages a measurement within each unit', () => {
		const result = answerQuestion({
			question: 'average temp max per month',
			catalog: ruleCatalog(READINGS)
		});
		expect(!isRefusal(result) && result.sql).toContain('avg("temp_max")');
	});
});
