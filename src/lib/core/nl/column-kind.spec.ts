import { describe, expect, it } from 'vitest';
import { classifyColumn } from './column-kind';
import type { CatalogColumn } from './types';

function column(name: string, type: string, values: Array<string | number> = []): CatalogColumn {
	return {
		name,
		type,
		profile: {
			distinctCount: values.length,
			nullShare: 0,
			min: values[0],
			max: values.at(-1),
			topValues: values.filter((v) => typeof v === 'string').map((value) => ({ value, count: 1 }))
		}
	};
}

describe('classifyColumn', () => {
	it('knows numbers, text, booleans and native dates', () => {
		expect(classifyColumn(column('price', 'DECIMAL(10,2)')).kind).toBe('number');
		expect(classifyColumn(column('city', 'VARCHAR', ['Oslo'])).kind).toBe('text');
		expect(classifyColumn(column('ok', 'BOOLEAN')).kind).toBe('boolean');
		expect(classifyColumn(column('at', 'TIMESTAMP WITH TIME ZONE'))).toEqual({
			kind: 'date',
			dateParse: { kind: 'native' }
		});
	});
	it('recognises text that holds dates', () => {
		expect(
			classifyColumn(column('Year', 'VARCHAR', ['1970-01-01', '1982-01-01'])).dateParse
		).toEqual({ kind: 'cast' });
		expect(
			classifyColumn(column('Release Date', 'VARCHAR', ['Apr 01 1965', 'Sep 30 2006'])).dateParse
		).toEqual({
			kind: 'strptime',
			format: '%b %d %Y'
		});
		expect(classifyColumn(column('code', 'VARCHAR', ['A1', '2001-01-01'])).kind).toBe('text');
	});
	it('treats whole-number year columns as years, other integers as numbers', () => {
		expect(classifyColumn(column('year', 'INTEGER', [1955, 2005])).kind).toBe('year');
		expect(classifyColumn(column('Year', 'BIGINT', [1900, 2017])).kind).toBe('year');
		expect(classifyColumn(column('year_count', 'INTEGER', [1, 20])).kind).toBe('number');
		expect(classifyColumn(column('Cylinders', 'INTEGER', [3, 8])).kind).toBe('number');
	});
});
