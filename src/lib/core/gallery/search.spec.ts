import { describe, expect, it } from 'vitest';
import { foldText, searchCharts } from './search';
import type { SavedChart } from './types';

const charts: Pick<SavedChart, 'title' | 'description' | 'sql' | 'datasetIds' | 'datasetRefs'>[] = [
	{
		title: 'Café revenue by month',
		description: 'Monthly totals',
		sql: 'SELECT month, sum(amount) FROM sales GROUP BY 1',
		datasetIds: ['d1'],
		datasetRefs: { d1: { name: 'Sales 2024', tableName: 'sales' } }
	},
	{
		title: 'Weather',
		description: 'Temperatures in Zürich',
		sql: 'SELECT date, temp_max FROM seattle_weather',
		datasetIds: ['d2'],
		datasetRefs: {}
	}
];

describe('foldText', () => {
	it('lower-cases and drops accents', () => {
		expect(foldText('Café ZÜRICH Ñandú')).toBe('cafe zurich nandu');
	});
});

describe('searchCharts', () => {
	const titles = (query: string, datasets = [] as { id: string; name: string }[]) =>
		searchCharts(charts, query, datasets).map((c) => c.title);

	it('returns every chart for a blank query', () => {
		expect(titles('   ')).toEqual(['Café revenue by month', 'Weather']);
	});

	it('matches titles ignoring case and accents both ways', () => {
		expect(titles('CAFE')).toEqual(['Café revenue by month']);
		expect(titles('zurich')).toEqual(['Weather']);
		expect(titles('zürich')).toEqual(['Weather']);
	});

	it('matches SQL, and dataset names as saved and as they are called now', () => {
		expect(titles('temp_max')).toEqual(['Weather']);
		expect(titles('sales 2024')).toEqual(['Café revenue by month']);
		expect(titles('observations')).toEqual([]);
		expect(titles('observations', [{ id: 'd2', name: 'Observations' }])).toEqual(['Weather']);
	});

	it('needs every word to match somewhere', () => {
		expect(titles('monthly revenue')).toEqual(['Café revenue by month']);
		expect(titles('monthly weather')).toEqual([]);
	});
});
