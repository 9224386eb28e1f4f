import { describe, expect, it } from 'vitest';
import { MAX_EXPRESSION_LENGTH, metricExpressionProblem } from './metric-expression';

describe('metric expression', () => {
	it('lets aggregates through, including keywords inside quotes and EXTRACT(… FROM …)', () => {
		for (const expression of [
			'SUM("amount")',
			'COUNT(*) FILTER (WHERE "delay" > 15)',
			`SUM(CASE WHEN status = 'select' THEN 1 ELSE 0 END)`,
			'AVG("select")',
			'COUNT(DISTINCT EXTRACT(year FROM "date"))'
		]) {
			expect(metricExpressionProblem(expression)).toBeUndefined();
		}
	});

	it('refuses queries inside the expression, empty and overlong text', () => {
		for (const expression of [
			'(SELECT count(*) FROM range(1000000000000))',
			'(FROM range(10))',
			'(/* hidden */ FROM range(10))',
			'SUM(x) -- \n + (SELECT 1)',
			'1) FROM x; DROP TABLE y; SELECT (1',
			'(WITH a AS (SELECT 1) SELECT * FROM a)'
		]) {
			expect(metricExpressionProblem(expression)).toMatch(/query of its own/);
		}
		expect(metricExpressionProblem('  ')).toBe('The expression is empty.');
		expect(metricExpressionProblem('1+'.repeat(MAX_EXPRESSION_LENGTH))).toMatch(/longer than/);
	});
});
