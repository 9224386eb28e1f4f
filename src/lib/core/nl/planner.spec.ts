import { describe, expect, it } from 'vitest';
import { CATALOG, CONTEXT } from '$test/nl/harness';
import { prepareCatalog } from './lexicon';
import { joinPath } from './planner';

describe('joinPath', () => {
	const prepared = prepareCatalog(CATALOG, CONTEXT);
	const table = (name: string) => prepared.tableByName.get(`"${name}"`)!;

	it('finds the shortest chain of relations', () => {
		const joins = joinPath(prepared, table('sales'), [table('countries')]);
		expect(
			joins?.map((j) => [j.table.humanName, j.on.map(([a, b]) => `${a.name}=${b.name}`)])
		).toEqual([
			['customers', ['customer_id=id']],
			['countries', ['country_code=code']]
		]);
	});
	it('walks relations in either direction and reuses joined tables', () => {
		const joins = joinPath(prepared, table('countries'), [table('sales'), table('customers')]);
		expect(joins?.map((j) => j.table.humanName)).toEqual(['customers', 'sales']);
	});
	it('returns undefined when a table cannot be reached', () => {
		expect(joinPath(prepared, table('sales'), [table('films')])).toBeUndefined();
	});
});
