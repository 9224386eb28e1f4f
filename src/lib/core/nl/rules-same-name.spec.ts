/**
 * A numeric column named like its table (`visits` in `visits`): totals, counts and rankings of
 * the word mean the column, not the table's rows.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from './index';
import type { Catalog, NlResult } from './types';

const catalog: Catalog = {
	tables: [
		{
			quotedName: '"visits"',
			humanName: 'visits',
			rowCount: 100,
			columns: [
				{ name: 'day', type: 'DATE' },
				{
					name: 'page',
					type: 'VARCHAR',
					profile: {
						distinctCount: 2,
						nullShare: 0,
						topValues: [
							{ value: 'home', count: 60 },
							{ value: 'about', count: 40 }
						]
					}
				},
				{
					name: 'visits',
					type: 'BIGINT',
					profile: { distinctCount: 80, nullShare: 0, min: 0, max: 900, topValues: [] }
				}
			]
		}
	]
};

function sqlOf(question: string): string {
	const result: NlResult = answerQuestion({ question, catalog });
	if (!('sql' in result)) throw new Error(`refused: ${result.reason}`);
	return result.sql.replace(/\s+/g, ' ');
}

describe('a numeric column named like its table', () => {
	it('totals the column for "total", "sum of" and "how many"', () => {
		for (const question of ['total visits', 'sum of visits', 'how many visits']) {
			expect(sqlOf(question)).toBe('SELECT sum("visits") AS "total_visits" FROM "visits"');
		}
	});

	it('groups the total by another column', () => {
		expect(sqlOf('total visits by page')).toContain(
			'SELECT "page", sum("visits") AS "total_visits" FROM "visits" GROUP BY 1'
		);
	});

	it('ranks by the column in "top N X by <column>"', () => {
		const sql = sqlOf('top 3 pages by visits');
		expect(sql).toContain('SELECT "page", sum("visits") AS "total_visits"');
		expect(sql).toContain('ORDER BY "total_visits" DESC');
		expect(sql).toContain('LIMIT 3');
	});
});
