import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { wideCatalog, WIDE_QUESTIONS } from '$test/nl/wide-catalog';
import { isRefusal } from './types';

describe('a wide catalog (20 tables × 50 columns)', () => {
	const catalog = wideCatalog();
	it('answers questions that name its columns, from the right table', () => {
		const result = answerQuestion({ question: WIDE_QUESTIONS[0], catalog });
		expect(isRefusal(result) ? result.reason : result.sql).toBe(
			'SELECT "segment6", avg("order_tax_4") AS "average_order_tax_4"\nFROM "orders_0"\nGROUP BY 1\nORDER BY 1'
		);
	});
	it('answers or refuses every bench question without throwing', () => {
		for (const question of WIDE_QUESTIONS) {
			const result = answerQuestion({ question, catalog });
			expect(isRefusal(result) ? result.reason.length : result.sql.length).toBeGreaterThan(0);
		}
	});
});
