import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal } from './types';
import { MONTHLY_PRICES, PLANT_OUTPUT, ruleCatalog } from '$test/nl/rule-tables';
import { answer } from '$test/nl/ask';

describe('a list of numbers limited in time', () => {
	it('shows the date with each number', () => {
		expect(answer('prices in the last 6 months', ruleCatalog(MONTHLY_PRICES)).sql).toMatch(
			/^SELECT "date", "price"\nFROM "monthly_prices"\nWHERE "date" > /
		);
	});
	it('is not sure whether a singular additive quantity over a span asks for its total', () => {
		const result = answerQuestion({
			question: 'generation from Aston between 2003 and 2006',
			catalog: ruleCatalog(PLANT_OUTPUT)
		});
		expect(isRefusal(result) && result.reason).toContain('its total or each row');
	});
	it('lists a single year without doubt', () => {
		expect(answer('generation from Aston in 2004', ruleCatalog(PLANT_OUTPUT)).sql).toContain(
			'SELECT "year", "generation"'
		);
	});
});
