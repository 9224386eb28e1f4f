import { describe, expect, it } from 'vitest';
import { checkContextInput, CONTEXT_LIMITS } from './context-input';

const datasets = [
	{ id: 'f', name: 'Flights', columns: [{ name: 'origin' }, { name: 'delay' }] },
	{ id: 'a', name: 'Airports', columns: [{ name: 'iata' }, { name: 'city' }] },
	{ id: 'x', name: 'Other', columns: [{ name: 'id' }] }
];

const good = {
	name: '  Flights and airports ',
	datasetIds: ['f', 'a', 'f'],
	relations: [
		{
			left: { datasetId: 'f', column: 'origin' },
			right: { datasetId: 'a', column: 'iata' },
			kind: 'many-to-one'
		}
	],
	metrics: [
		{
			name: ' late flights ',
			expression: ' COUNT(*) FILTER (WHERE delay > 15) ',
			datasetId: 'f',
			format: 'integer'
		}
	],
	descriptions: [
		{ datasetId: 'a', column: 'iata', text: 'Airport code' },
		{ datasetId: 'f', text: '' }
	],
	synonyms: [
		{ term: 'town', target: { kind: 'column', datasetId: 'a', column: 'city' } },
		{ term: 'trips', target: { kind: 'table', datasetId: 'f' } }
	],
	notes: ' 2001 only '
};

describe('context input', () => {
	it('accepts a well-formed edit, trimmed, without duplicates or empty descriptions', () => {
		const outcome = checkContextInput(good, datasets);
		expect(outcome).toEqual({
			ok: true,
			value: {
				name: 'Flights and airports',
				datasetIds: ['f', 'a'],
				relations: good.relations,
				metrics: [
					{
						name: 'late flights',
						expression: 'COUNT(*) FILTER (WHERE delay > 15)',
						datasetId: 'f',
						format: 'integer'
					}
				],
				descriptions: [{ datasetId: 'a', column: 'iata', text: 'Airport code' }],
				synonyms: good.synonyms,
				notes: '2001 only'
			}
		});
	});

	it('names every problem: missing names, unknown datasets and columns, duplicate metrics, empty synonyms', () => {
		const outcome = checkContextInput(
			{
				...good,
				name: ' ',
				relations: [
					{
						left: { datasetId: 'f', column: 'nope' },
						right: { datasetId: 'x', column: 'id' },
						kind: 'lots'
					}
				],
				metrics: [
					{ name: 'n', expression: 'COUNT(*)' },
					{ name: 'q', expression: '(SELECT 1)' },
					{ name: 'N', expression: '', datasetId: 'x', format: 'money' }
				],
				synonyms: [
					{ term: '  ', target: { kind: 'table', datasetId: 'f' } },
					{ term: 'big', target: { kind: 'value', datasetId: 'a', column: 'city', value: '' } }
				]
			},
			datasets
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		expect(outcome.problems).toEqual([
			{ field: 'name', message: 'Give the context a name.' },
			{ field: 'relations.0.left', message: 'Flights has no column “nope”.' },
			{ field: 'relations.0.right', message: 'It names a dataset that is not in this context.' },
			{
				field: 'relations.0.kind',
				message: 'Choose one-to-one, one-to-many, many-to-one or many-to-many.'
			},
			{
				field: 'metrics.1.expression',
				message:
					'A metric is one expression over its dataset’s columns, such as SUM("amount"); it may not contain a query of its own.'
			},
			{ field: 'metrics.2.name', message: 'Another metric is already called “N”.' },
			{ field: 'metrics.2.expression', message: 'Write the metric’s SQL expression.' },
			{ field: 'metrics.2.datasetId', message: 'It names a dataset that is not in this context.' },
			{ field: 'metrics.2.format', message: 'Choose number, integer, percent or currency.' },
			{ field: 'synonyms.0.term', message: 'A synonym needs a word.' },
			{ field: 'synonyms.1.target', message: 'Give the value the word stands for.' }
		]);
	});

	it('checks descriptions, synonym targets and notes', () => {
		const outcome = checkContextInput(
			{
				...good,
				descriptions: [
					{ datasetId: 'x', text: 'not in the context' },
					{ datasetId: 'a', column: 'city', text: 'c'.repeat(CONTEXT_LIMITS.text + 1) }
				],
				synonyms: [
					{ term: 'elsewhere', target: { kind: 'table', datasetId: 'x' } },
					{ term: 'odd', target: { kind: 'sort of', datasetId: 'a', column: 'city' } },
					{
						term: 'w'.repeat(CONTEXT_LIMITS.term + 1),
						target: { kind: 'value', datasetId: 'a', column: 'city', value: 'v'.repeat(501) }
					}
				],
				notes: 'n'.repeat(CONTEXT_LIMITS.notes + 1)
			},
			datasets
		);
		expect(!outcome.ok && outcome.problems.map((p) => p.field)).toEqual([
			'descriptions.0',
			'descriptions.1',
			'synonyms.0.target',
			'synonyms.1.target',
			'synonyms.2.term',
			'synonyms.2.target',
			'notes'
		]);
	});

	it('caps lengths and counts, and reads junk as empty', () => {
		const long = checkContextInput(
			{
				...good,
				name: 'n'.repeat(CONTEXT_LIMITS.name + 1),
				metrics: Array.from({ length: CONTEXT_LIMITS.metrics + 1 }, (_, i) => ({
					name: `m${i}`,
					expression: 'COUNT(*)'
				}))
			},
			datasets
		);
		expect(!long.ok && long.problems.map((p) => p.field)).toEqual(['name', 'metrics']);
		const junk = checkContextInput('DROP TABLE x', datasets);
		expect(!junk.ok && junk.problems).toEqual([
			{ field: 'name', message: 'Give the context a name.' }
		]);
	});
});
