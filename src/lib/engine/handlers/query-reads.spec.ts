import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineContext } from './context';
import { readsOf } from './query';
import { openTestContext } from '$test/engine-context';

let ctx: EngineContext;
beforeAll(async () => {
	ctx = await openTestContext();
});

async function tables(sql: string): Promise<string[]> {
	const result = await readsOf(ctx, { sql });
	if (!result.ok) throw new Error(result.error.message);
	return [...result.value.tables].sort();
}

describe('readsOf: the tables one statement reads, from DuckDB parser', () => {
	it('names joined and nested tables that are not attached', async () => {
		expect(await tables('SELECT * FROM flights f JOIN airports a ON f.origin = a.iata')).toEqual([
			'airports',
			'flights'
		]);
		expect(await tables('SELECT * FROM cars WHERE id IN (SELECT id FROM boats)')).toEqual([
			'boats',
			'cars'
		]);
	});

	it('leaves out CTE names but keeps what the CTE reads', async () => {
		expect(
			await tables(
				'WITH x AS (SELECT * FROM cars) SELECT * FROM x JOIN weather ON x.id = weather.id'
			)
		).toEqual(['cars', 'weather']);
	});

	it('unquotes quoted names (quotes, spaces, unicode) and drops schema prefixes', async () => {
		expect(await tables('SELECT * FROM "my ""odd"" table", "Übersicht"')).toEqual([
			'my "odd" table',
			'Übersicht'
		]);
		expect(await tables('SELECT * FROM main.cars, memory.main.trucks')).toEqual(['cars', 'trucks']);
	});

	it('names nothing for SQL that reads no table', async () => {
		expect(await tables('SELECT 42 AS answer')).toEqual([]);
	});

	it('refuses text that is not exactly one statement as an sql-error', async () => {
		for (const sql of ['SELECT 1; SELECT * FROM cars', '', 'SELEC nonsense']) {
			expect(await readsOf(ctx, { sql })).toMatchObject({
				ok: false,
				error: { code: 'sql-error' }
			});
		}
	});
});
