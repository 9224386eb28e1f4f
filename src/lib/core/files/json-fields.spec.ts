import { describe, expect, it } from 'vitest';
import { unifyFieldTypes } from './json-fields';

describe('unifyFieldTypes', () => {
	it('reads numbers written as text among numbers as numbers', () => {
		const unified = unifyFieldTypes([{ east: 1.5 }, { east: '42.7' }, { east: null }, {}]);
		expect(unified?.fields).toEqual([{ name: 'east', as: 'number' }]);
		expect(unified?.rows).toEqual([{ east: 1.5 }, { east: 42.7 }, { east: null }, {}]);
	});
	it('reads a field of numbers and words as text, objects as their JSON', () => {
		const unified = unifyFieldTypes([{ c: 1 }, { c: 'x' }, { c: [1, 2] }, { c: true }]);
		expect(unified?.fields).toEqual([{ name: 'c', as: 'text' }]);
		expect(unified?.rows).toEqual([{ c: '1' }, { c: 'x' }, { c: '[1,2]' }, { c: 'true' }]);
	});
	it('leaves fields of one type alone and refuses what is no array of objects', () => {
		const rows = [
			{ a: 1, b: 'x' },
			{ a: 2, b: null }
		];
		expect(unifyFieldTypes(rows)).toEqual({ rows, fields: [] });
		expect(unifyFieldTypes({ a: 1 })).toBeUndefined();
		expect(unifyFieldTypes([1, 2])).toBeUndefined();
	});
	it('does not read words that start with digits as numbers', () => {
		const unified = unifyFieldTypes([{ v: 3 }, { v: '3rd' }, { v: '1e3' }]);
		expect(unified?.fields).toEqual([{ name: 'v', as: 'text' }]);
	});
});
