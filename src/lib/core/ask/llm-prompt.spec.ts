import { describe, expect, it } from 'vitest';
import type { Catalog, NlContext } from '../catalog/types';
import { buildLlmMessages, repairMessages } from './llm-prompt';

const catalog: Catalog = {
	tables: [
		{
			quotedName: '"people"',
			humanName: 'People\nlist',
			rowCount: 40,
			columns: [
				{
					name: 'name',
					type: 'VARCHAR',
					profile: {
						distinctCount: 40,
						nullShare: 0,
						min: 'Ada Secret',
						max: 'Zed Secret',
						topValues: [{ value: 'Ada Secret', count: 1 }]
					}
				},
				{
					name: 'age',
					type: 'INTEGER',
					profile: { distinctCount: 30, nullShare: 0.05, min: 18, max: 90, topValues: [] }
				},
				{ name: 'we"ird', type: 'DATE' }
			]
		}
	]
};

const context: NlContext = {
	relations: [
		{ left: { table: '"people"', column: 'id' }, right: { table: '"pets"', column: 'owner' } }
	],
	metrics: [{ name: 'mean age', expression: 'AVG("age")', table: '"people"' }],
	synonyms: [
		{ term: 'folk', target: { kind: 'table', table: '"people"' } },
		{ term: 'years', target: { kind: 'column', table: '"people"', column: 'age' } },
		{
			term: 'the boss',
			target: { kind: 'value', table: '"people"', column: 'name', value: 'Ada Secret' }
		}
	],
	notes: { '"people"': 'one row per member' }
};

function prompt(allowSampleValues: boolean, withContext = true): string {
	const messages = buildLlmMessages({
		question: ' oldest folk ',
		catalog,
		context: withContext ? context : undefined,
		allowSampleValues
	});
	expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
	expect(messages[1].content).toBe('Question: oldest folk');
	return messages[0].content;
}

describe('buildLlmMessages', () => {
	it('holds the rules, examples, schema with figures and the context', () => {
		const text = prompt(false);
		expect(text).toMatch(/exactly one read-only DuckDB SELECT/);
		expect(text).toMatch(/Quote every table and column name/);
		expect(text).toContain('Examples');
		expect(text).toContain('Table "people" (People list, 40 rows):');
		expect(text).toContain('"age" INTEGER — 30 distinct; 5% null; from 18 to 90');
		expect(text).toContain('"we""ird" DATE');
		expect(text).toContain('join "people"."id" = "pets"."owner"');
		expect(text).toContain('metric "mean age" = AVG("age") on "people"');
		expect(text).toContain('"folk" means table "people"');
		expect(text).toContain('"years" means "people"."age"');
		expect(text).toContain('note on "people": one row per member');
	});

	it('sends no sample values unless allowed: no top values, text ranges or value synonyms', () => {
		expect(prompt(false)).not.toContain('Secret');
		expect(prompt(false, false)).not.toContain('Context');
		const allowed = prompt(true);
		expect(allowed).toContain("common values: 'Ada Secret' (1)");
		expect(allowed).toContain("from 'Ada Secret' to 'Zed Secret'");
		expect(allowed).toContain(`"the boss" means "people"."name" = 'Ada Secret'`);
	});

	it('sends the reply and the error back for a repair', () => {
		const first = buildLlmMessages({ question: 'q', catalog, allowSampleValues: false });
		const repair = repairMessages(first, 'SELECT "x"', 'Binder Error: "x" not found');
		expect(repair.slice(0, 2)).toEqual(first);
		expect(repair[2]).toEqual({ role: 'assistant', content: 'SELECT "x"' });
		expect(repair[3].content).toContain('Binder Error: "x" not found');
	});
});
