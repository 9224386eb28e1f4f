import { beforeAll, describe, expect, it } from 'vitest';
import { DuckDBStandIn } from '$test/duckdb-engine';
import { decodeArrow } from './decode-arrow';
import { tableToColumns, tableToRows } from './chart-rows';

let engine: DuckDBStandIn;

beforeAll(async () => {
	engine = new DuckDBStandIn();
	await engine.start();
});

async function decode(sql: string) {
	const response = await engine.query({ queryId: 'q', sql });
	if (!response.ok) throw new Error(response.error.message);
	return decodeArrow(response.value.arrow);
}

describe('tableToRows', () => {
	it('gives vega plain numbers, local ISO times, text and nulls', async () => {
		const table = await decode(`
			SELECT 12345678901::BIGINT AS big, 12.34::DECIMAL(10,2) AS price, -0.5::DECIMAL(4,3) AS neg,
			       2.5::DOUBLE AS d, DATE '2024-03-05' AS day,
			       TIMESTAMP '2024-03-05 14:30:15' AS at, 'Oslo' AS city, true AS flag,
			       NULL::INTEGER AS missing
			UNION ALL
			SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL`);
		const rows = tableToRows(table);
		expect(rows).toEqual([
			{
				big: 12345678901,
				price: 12.34,
				neg: -0.5,
				d: 2.5,
				day: '2024-03-05T00:00:00',
				at: '2024-03-05T14:30:15',
				city: 'Oslo',
				flag: true,
				missing: null
			},
			{
				big: null,
				price: null,
				neg: null,
				d: null,
				day: null,
				at: null,
				city: null,
				flag: null,
				missing: null
			}
		]);
		// Plain JSON: the rows survive a JSON round trip unchanged (no bigint, no Date).
		expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
	});

	it('gives the columns of a result in order for statistics', async () => {
		const table = await decode(`SELECT * FROM (VALUES (1, 'a'), (2, 'b')) t(n, s)`);
		expect(tableToColumns(table)).toEqual([
			[1, 2],
			['a', 'b']
		]);
	});
});
