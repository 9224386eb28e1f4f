import { describe, expect, it } from 'vitest';
import { CATALOG, CONTEXT } from '$test/nl/harness';
import { prepareCatalog } from './lexicon';
import { matchItems, type Item } from './matcher';
import { tokenize } from './text';
import { catalogOf } from '$test/nl/tables';

const prepared = prepareCatalog(CATALOG, CONTEXT);

function describeItems(question: string): string[] {
	return matchItems(tokenize(question), prepared).map((item: Item) => {
		if (item.type === 'ref') {
			return item.cands
				.map((c) => {
					const t = c.target;
					if (t.kind === 'column') return `col:${t.column.name}`;
					if (t.kind === 'value') return `val:${t.column.name}=${t.value}`;
					if (t.kind === 'table') return `table:${t.table.humanName}`;
					return `metric:${t.metric.name}`;
				})
				.join('|');
		}
		if (item.type === 'kw') return `kw:${item.kw}`;
		if (item.type === 'grain') return `grain:${item.grain}`;
		if (item.type === 'num') return `num:${item.value}`;
		if (item.type === 'month') return `month:${item.month}`;
		if (item.type === 'text') return `text:${item.text}`;
		return `word:${item.norm}`;
	});
}

describe('matchItems', () => {
	it('maps words to keywords, columns, values, tables and metrics', () => {
		expect(describeItems('average unit price of sales in Seattle by month')).toEqual([
			'kw:avg',
			'col:unitPrice',
			'word:of',
			'table:sales',
			'kw:in',
			'val:city=Seattle',
			'kw:by',
			'grain:month'
		]);
		expect(describeItems('revenue per town')).toEqual(['metric:revenue', 'kw:by', 'col:city']);
	});
	it('prefers the longest phrase', () => {
		expect(describeItems('how many different products')).toEqual(['kw:distinct', 'col:product']);
		expect(describeItems('broken down by major genre')).toEqual(['kw:by', 'col:Major Genre']);
	});
	it('matches names loosely: partial names, typos and word forms', () => {
		expect(describeItems('genre')).toEqual(['col:Major Genre']);
		expect(describeItems('regoin')).toEqual(['col:region']);
		expect(describeItems('running time')).toEqual(['col:Running Time min']);
	});
	it('keeps equally good columns together so the parser can call them ambiguous', () => {
		const [item] = matchItems(tokenize('rating'), prepared);
		expect(
			item.type === 'ref' &&
				item.cands.map((c) => c.target.kind === 'column' && c.target.column.name)
		).toEqual(['IMDB Rating', 'Rotten Tomatoes Rating']);
	});
	it('matches short codes in capitals, or in lower case when no English word', () => {
		const catalog = {
			tables: [
				{
					quotedName: '"airports"',
					humanName: 'airports',
					columns: [
						{
							name: 'state',
							type: 'VARCHAR',
							profile: {
								distinctCount: 3,
								nullShare: 0,
								topValues: [
									{ value: 'IN', count: 9 },
									{ value: 'TX', count: 5 }
								]
							}
						}
					]
				}
			]
		};
		const p = prepareCatalog(catalog);
		expect(matchItems(tokenize('airports in IN'), p).map((i) => i.type)).toEqual([
			'ref',
			'kw',
			'ref'
		]);
		expect(matchItems(tokenize('airports in tx'), p).map((i) => i.type)).toEqual([
			'ref',
			'kw',
			'ref'
		]);
		// "in" is a word of its own: never the code IN
		expect(matchItems(tokenize('airports in Texas'), p).map((i) => i.type)).toEqual([
			'ref',
			'kw',
			'word'
		]);
	});
});

describe('an aggregate word before a value', () => {
	it('is not swallowed by a loose longer name ("total croissants" of a survey column)', () => {
		const catalog = catalogOf(
			{
				name: 'food_survey',
				humanName: 'Food survey',
				columns: [['group_biscuits_scones_croissants_total_grams', 'DOUBLE']],
				rows: [[10], [20], [30]]
			},
			{
				name: 'bakery_log',
				humanName: 'Bakery log',
				columns: [
					['Product', 'VARCHAR'],
					['Sold Qty', 'BIGINT']
				],
				rows: [
					['Croissant', 4],
					['Sourdough', 6],
					['Croissant', 2]
				]
			}
		);
		const items = matchItems(tokenize('total croissants sold'), prepareCatalog(catalog), {
			perTable: true
		});
		expect(items[0]).toMatchObject({ type: 'kw', kw: 'sum' });
		expect(items[1]).toMatchObject({ type: 'ref', words: 'croissants' });
	});
});
