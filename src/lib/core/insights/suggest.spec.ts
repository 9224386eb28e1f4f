import { describe, expect, it } from 'vitest';
import { suggestQueries } from './suggest';

describe('suggestQueries', () => {
	it('suggests a measure by month, a count by category and an average by category', () => {
		const suggestions = suggestQueries({
			tableName: 'weather',
			rows: 1461,
			columns: [
				{ name: 'date', type: 'DATE' },
				{ name: 'temp_max', type: 'DOUBLE' },
				{ name: 'weather', type: 'VARCHAR', profile: { distinctCount: 5 } }
			]
		});
		expect(suggestions.map((s) => s.label)).toEqual([
			'Average temp_max by month',
			'Rows by weather',
			'Average temp_max by weather'
		]);
		expect(suggestions[0].sql).toContain(`date_trunc('month', "date")`);
		expect(suggestions[0].sql).toContain('FROM "weather"');
	});

	it('skips ids as measures and high-cardinality text as categories', () => {
		const suggestions = suggestQueries({
			tableName: 'people',
			rows: 100,
			columns: [
				{ name: 'id', type: 'BIGINT', profile: { distinctCount: 100 } },
				{ name: 'name', type: 'VARCHAR', profile: { distinctCount: 100 } },
				{ name: 'age', type: 'INTEGER', profile: { distinctCount: 60 } },
				{ name: 'team', type: 'VARCHAR', profile: { distinctCount: 4 } }
			]
		});
		expect(suggestions.map((s) => s.label)).toEqual(['Rows by team', 'Average age by team']);
	});

	it('falls back to the first rows and quotes awkward names', () => {
		const [only, ...rest] = suggestQueries({
			tableName: 'we"ird',
			rows: 3,
			columns: [{ name: 'blob', type: 'STRUCT(a INTEGER)' }]
		});
		expect(rest).toEqual([]);
		expect(only).toEqual({ label: 'First 100 rows', sql: 'SELECT *\nFROM "we""ird"\nLIMIT 100' });
	});
});
