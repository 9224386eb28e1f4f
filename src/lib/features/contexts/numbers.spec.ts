import { describe, expect, it } from 'vitest';
import { columnKey, count, kindLabel, metricValue, parseColumnKey, percent } from './numbers';

describe('context numbers', () => {
	it('writes shares as percentages a reader can compare', () => {
		expect(percent(1)).toBe('100%');
		expect(percent(0)).toBe('0%');
		expect(percent(0.985)).toBe('98.5%');
		expect(percent(0.0004)).toBe('< 0.1%');
		expect(percent(Number.NaN)).toBe('–');
	});

	it('writes counts and kinds in words', () => {
		expect(count(1204)).toBe('1,204');
		expect(kindLabel('many-to-one')).toBe('many to one');
		expect(kindLabel(undefined)).toBe('not set');
	});

	it('shows metric values in their format', () => {
		expect(metricValue(1234.5, undefined)).toBe('1,234.5');
		expect(metricValue(1234.5, 'integer')).toBe('1,235');
		expect(metricValue(0.1234, 'percent')).toBe('12.3%');
		expect(metricValue('215', 'currency')).toBe('215.00');
		expect(metricValue('2024-01-01', 'number')).toBe('2024-01-01');
		expect(metricValue(null, 'number')).toBe('no value');
	});

	it('round-trips column choices with any characters in them', () => {
		const key = columnKey('id "1"', 'a,b\u0000c');
		expect(parseColumnKey(key)).toEqual({ datasetId: 'id "1"', column: 'a,b\u0000c' });
		expect(parseColumnKey('not json')).toBeNull();
		expect(parseColumnKey('[1,2]')).toBeNull();
	});
});
