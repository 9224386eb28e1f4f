import { describe, expect, it } from 'vitest';
import { MONTHLY_PRICES, PLANT_OUTPUT, ruleCatalog } from '$test/nl/rule-tables';
import { answer } from '$test/nl/ask';

describe('a list of numbers limited in time', () => {
	it('shows the date with each number', () => {
		expect(answer('prices in the last 6 months', ruleCatalog(MONTHLY_PRICES)).sql).toMatch(
			/^SELECT "date", "price"\nFROM "monthly_prices"\nWHERE "date" > /
		);
	});
	it('totals an additive quantity named over a span, and offers each row', () => {
		const result = answer('generation from Aston between 2003 and 2006', ruleCatalog(PLANT_OUTPUT));
		expect(result.sql).toContain('sum("generation")');
		const offered = result.interpretation.flatMap((i) => i.alternatives ?? []);
		expect(offered.map((a) => a.answer.sql)).toContainEqual(
			expect.stringMatching(/^SELECT "year", "generation"/)
		);
	});
	it('lists each row without doubt when asked to show them', () => {
		expect(
			answer('show generation from Aston between 2003 and 2006', ruleCatalog(PLANT_OUTPUT)).sql
		).toContain('SELECT "year", "generation"');
	});
});
