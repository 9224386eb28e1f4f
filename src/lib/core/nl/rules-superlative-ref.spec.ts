/**
 * A superlative read as its column ("windiest" → wind) still ranks, and a single time unit the
 * reading does not use keeps the answer from looking sure.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

/** Hourly readings of a coastal station over two years. */
const STATION: TableSpec = {
	name: 'harbour_station',
	columns: [
		['time', 'TIMESTAMP'],
		['wind', 'DOUBLE'],
		['rain', 'DOUBLE']
	],
	rows: Array.from({ length: 60 }, (_, i) => [
		`20${21 + Math.floor(i / 30)}-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1} 0${i % 10}:00:00`,
		(i * 7) % 23,
		(i * 5) % 11
	])
};

describe('a superlative read as its column', () => {
	it('ranks the time units by the column, highest first, and keeps one', () => {
		for (const question of ['windiest month', 'which month was the windiest']) {
			const sql = answer(question, ruleCatalog(STATION)).sql;
			expect(sql, question).toContain(`avg("wind")`);
			expect(sql, question).toMatch(
				/QUALIFY rank\(\) OVER \(ORDER BY avg\("wind"\) DESC NULLS LAST\) = 1\s+ORDER BY "average_wind" DESC NULLS LAST, 1$/
			);
		}
	});
});
