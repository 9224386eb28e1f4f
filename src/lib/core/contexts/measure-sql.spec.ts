import { describe, expect, it } from 'vitest';
import { keyMeasureOf, MEASURE_COLUMNS, measureSql } from './measure-sql';

describe('measure SQL', () => {
	it('reads each table once and compares mixed types as text', () => {
		const same = measureSql(
			{ tableName: 'orders', column: 'customer_id', type: 'INTEGER' },
			{ tableName: 'customers', column: 'id', type: 'BIGINT' }
		);
		expect(same).toContain('SELECT "customer_id" AS k');
		expect(same).not.toContain('TRY_CAST');
		const mixed = measureSql(
			{ tableName: 'odd "t"', column: 'zip', type: 'VARCHAR' },
			{ tableName: 'b', column: 'zip', type: 'INTEGER' }
		);
		expect(mixed).toContain('TRY_CAST("zip" AS VARCHAR)');
		expect(mixed).toContain('FROM "odd ""t"""');
	});

	it('reads numbers and bigints, and refuses a row with a field missing', () => {
		const row = Object.fromEntries(MEASURE_COLUMNS.map((name, i) => [name, BigInt(i)]));
		expect(keyMeasureOf(row)?.rightDuplicateKeys).toBe(MEASURE_COLUMNS.length - 1);
		expect(keyMeasureOf({ ...row, sharedKeys: null })).toBeUndefined();
	});
});
