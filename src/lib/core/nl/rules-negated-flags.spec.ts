/** Yes/no columns said the other way: "unmarried", "inactive", "non-union". */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

const WORKERS: TableSpec = {
	name: 'workers',
	columns: [
		['wage', 'DOUBLE'],
		['married', 'BIGINT'],
		['union', 'BIGINT'],
		['is_active', 'BOOLEAN']
	],
	rows: Array.from({ length: 60 }, (_, i) => [
		5 + (i % 13),
		i % 2,
		i % 3 === 0 ? 1 : 0,
		i % 4 !== 0
	])
};

describe('a yes/no column said the other way', () => {
	it('keeps the rows where it does not hold', () => {
		expect(answer('average wage of unmarried workers', ruleCatalog(WORKERS)).sql).toContain(
			`"married" <> 1`
		);
		expect(answer('how many non-union workers', ruleCatalog(WORKERS)).sql).toContain(
			`"union" <> 1`
		);
		expect(answer('how many inactive workers', ruleCatalog(WORKERS)).sql).toContain(
			`"is_active" <> 'true'`
		);
	});
	it('still reads the column itself as it holds', () => {
		expect(answer('average wage of married workers', ruleCatalog(WORKERS)).sql).toContain(
			`"married" = 1`
		);
	});
});
