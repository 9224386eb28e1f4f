import { describe, expect, it } from 'vitest';
import { catalogFromDatasets } from './from-datasets';

describe('catalogFromDatasets', () => {
	it('offers each dataset as a table under its quoted SQL name with its display name', () => {
		const profile = { distinctCount: 3, nullShare: 0, topValues: [{ value: 'a', count: 2 }] };
		const catalog = catalogFromDatasets([
			{
				name: 'Sales 2024',
				tableName: 'sales_2024',
				rows: 10,
				columns: [
					{ name: 'region', type: 'VARCHAR', profile },
					{ name: 'amount', type: 'DOUBLE' }
				]
			},
			{ name: 'Odd "name"', tableName: 'odd"name', rows: 0, columns: [] }
		]);
		expect(catalog.tables.map((t) => t.quotedName)).toEqual(['"sales_2024"', '"odd""name"']);
		expect(catalog.tables[0]).toMatchObject({ humanName: 'Sales 2024', rowCount: 10 });
		expect(catalog.tables[0].columns).toEqual([
			{ name: 'region', type: 'VARCHAR', profile },
			{ name: 'amount', type: 'DOUBLE' }
		]);
	});
});
