import { describe, expect, it } from 'vitest';
import type { Context } from './types';
import {
	applyEdit,
	checkContextName,
	copyName,
	emptyContext,
	expressionProblem,
	LIMITS,
	type EditDataset
} from './edits';
import { readContext } from './read';

const datasets: EditDataset[] = [
	{ id: 'o', name: 'Orders', columns: [{ name: 'customer_id' }, { name: 'amount' }] },
	{ id: 'c', name: 'Customers', columns: [{ name: 'customer_id' }, { name: 'country' }] }
];

function context(overrides: Partial<Context> = {}): Context {
	return {
		...emptyContext('x', 'Sales'),
		datasetIds: ['o', 'c'],
		version: 1,
		createdAt: 0,
		updatedAt: 0,
		...overrides
	};
}

function message(outcome: { ok: boolean; message?: string }): string | undefined {
	return outcome.ok ? undefined : outcome.message;
}

describe('context names', () => {
	it('trims, bounds and refuses control characters', () => {
		expect(checkContextName('  Sales ')).toEqual({ ok: true, value: 'Sales' });
		expect(message(checkContextName(''))).toBe('A context needs a name.');
		expect(message(checkContextName('a'.repeat(81)))).toMatch(/at most 80/);
		expect(message(checkContextName('a\u0000b'))).toMatch(/control characters/);
		expect(checkContextName(42).ok).toBe(false);
	});

	it('copies stay within the limit', () => {
		expect(copyName('Sales')).toBe('Sales (copy)');
		expect(copyName('a'.repeat(80)).length).toBeLessThanOrEqual(LIMITS.name);
	});
});

describe('metric expressions', () => {
	it('accepts one expression, with quotes holding anything', () => {
		expect(expressionProblem('SUM("amount") / COUNT(*)')).toBeNull();
		expect(expressionProblem(`COUNT(*) FILTER (WHERE "note" = 'a;b -- c')`)).toBeNull();
	});

	it('refuses a second statement, comments, open quotes and unbalanced parentheses', () => {
		expect(expressionProblem('1); DROP TABLE orders; --')).toMatch(/cannot contain “;”/);
		expect(expressionProblem('SUM(x) -- total')).toMatch(/comments/);
		expect(expressionProblem('SUM(x) /* y */')).toMatch(/comments/);
		expect(expressionProblem(`SUM('x)`)).toMatch(/unclosed single quote/);
		expect(expressionProblem('SUM((x)')).toMatch(/unbalanced/);
		expect(expressionProblem('SUM(x))')).toMatch(/unbalanced/);
	});

	it('refuses a query inside a metric when it is added', () => {
		const sub = applyEdit(
			context(),
			{ kind: 'add-metric', metric: { name: 'n', expression: '(SELECT COUNT(*) FROM range(10))' } },
			datasets
		);
		expect(message(sub)).toMatch(/may not contain a query of its own/);
	});
});

describe('edits', () => {
	it('adds and removes datasets within the limit; removing one drops what names it', () => {
		const full = context({
			datasetIds: Array.from({ length: LIMITS.datasets }, (_, i) => `d${i}`)
		});
		const many = [...datasets, { id: 'new', name: 'New', columns: [] }];
		expect(message(applyEdit(full, { kind: 'add-dataset', datasetId: 'new' }, many))).toMatch(
			/at most 20 datasets/
		);
		expect(
			message(applyEdit(context(), { kind: 'add-dataset', datasetId: 'gone' }, datasets))
		).toBe('That dataset no longer exists.');
		const related = context({
			relations: [
				{
					left: { datasetId: 'o', column: 'customer_id' },
					right: { datasetId: 'c', column: 'customer_id' }
				}
			],
			descriptions: [{ datasetId: 'c', text: 'People' }],
			metrics: [{ name: 'n', expression: 'COUNT(*)', datasetId: 'c' }]
		});
		const removed = applyEdit(related, { kind: 'remove-dataset', datasetId: 'c' }, datasets);
		expect(removed.ok && removed.value).toMatchObject({
			datasetIds: ['o'],
			relations: [],
			descriptions: [],
			metrics: []
		});
	});

	it('refuses relations to itself, unknown kinds and out-of-range indices', () => {
		const self = applyEdit(
			context(),
			{
				kind: 'add-relation',
				relation: {
					left: { datasetId: 'o', column: 'amount' },
					right: { datasetId: 'o', column: 'amount' }
				}
			},
			datasets
		);
		expect(message(self)).toBe('A relation joins two different columns.');
		const kind = applyEdit(
			context(),
			{
				kind: 'add-relation',
				relation: {
					left: { datasetId: 'o', column: 'customer_id' },
					right: { datasetId: 'c', column: 'customer_id' },
					kind: 'sideways' as never
				}
			},
			datasets
		);
		expect(message(kind)).toMatch(/Choose one-to-one/);
		expect(message(applyEdit(context(), { kind: 'remove-relation', index: 3 }, datasets))).toBe(
			'That relation no longer exists.'
		);
	});

	it('sets, replaces and clears descriptions; bounds their length', () => {
		const set = applyEdit(
			context(),
			{ kind: 'set-description', datasetId: 'c', column: 'country', text: ' Where they live ' },
			datasets
		);
		if (!set.ok) throw new Error(set.message);
		expect(set.value.descriptions).toEqual([
			{ datasetId: 'c', column: 'country', text: 'Where they live' }
		]);
		const cleared = applyEdit(
			set.value,
			{ kind: 'set-description', datasetId: 'c', column: 'country', text: '' },
			datasets
		);
		expect(cleared.ok && cleared.value.descriptions).toEqual([]);
		const long = applyEdit(
			context(),
			{ kind: 'set-description', datasetId: 'c', text: 'x'.repeat(1001) },
			datasets
		);
		expect(message(long)).toMatch(/at most 1000/);
	});

	it('adds synonyms for tables, columns and values, once each', () => {
		let current = context();
		for (const target of [
			{ kind: 'table', datasetId: 'c' },
			{ kind: 'column', datasetId: 'c', column: 'country' },
			{ kind: 'value', datasetId: 'c', column: 'country', value: 'France' }
		] as const) {
			const next = applyEdit(
				current,
				{ kind: 'add-synonym', synonym: { term: ' x ', target } },
				datasets
			);
			if (!next.ok) throw new Error(next.message);
			current = next.value;
		}
		expect(current.synonyms.map((s) => s.target.kind)).toEqual(['table', 'column', 'value']);
		const again = applyEdit(
			current,
			{ kind: 'add-synonym', synonym: { term: 'X', target: { kind: 'table', datasetId: 'c' } } },
			datasets
		);
		expect(message(again)).toMatch(/already a synonym/);
		const empty = applyEdit(
			current,
			{ kind: 'add-synonym', synonym: { term: '  ', target: { kind: 'table', datasetId: 'c' } } },
			datasets
		);
		expect(message(empty)).toBe('A synonym needs a word.');
	});

	it('keeps metric names unique and notes bounded', () => {
		const one = applyEdit(
			context(),
			{ kind: 'add-metric', metric: { name: 'revenue', expression: 'SUM("amount")' } },
			datasets
		);
		if (!one.ok) throw new Error(one.message);
		const two = applyEdit(
			one.value,
			{ kind: 'add-metric', metric: { name: 'Revenue', expression: 'SUM(1)' } },
			datasets
		);
		expect(message(two)).toMatch(/already a metric named/);
		const notes = applyEdit(context(), { kind: 'set-notes', text: 'x'.repeat(10_001) }, datasets);
		expect(message(notes)).toMatch(/at most 10,000/);
	});
});

describe('reading stored contexts', () => {
	it('keeps the well-formed parts and refuses records that are not contexts', () => {
		expect(readContext({ id: 'a' })).toBeNull();
		expect(readContext('x')).toBeNull();
		const read = readContext({
			id: 'a',
			name: 'A',
			datasetIds: ['o', 3],
			relations: [{ left: { datasetId: 'o', column: 'a' } }],
			metrics: [{ name: 'n', expression: 'COUNT(*)', format: 'weird' }],
			synonyms: [{ term: 't', target: { kind: 'value', datasetId: 'o', column: 'c' } }]
		});
		expect(read).toMatchObject({
			datasetIds: ['o'],
			relations: [],
			metrics: [{ name: 'n', expression: 'COUNT(*)' }],
			synonyms: [],
			descriptions: [],
			notes: '',
			version: 1
		});
	});
});
