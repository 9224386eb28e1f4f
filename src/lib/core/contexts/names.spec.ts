import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameWords, singular } from './names';

describe('name similarity', () => {
	it('splits snake and camel case and folds plurals', () => {
		expect(nameWords('customerID')).toEqual(['customer', 'id']);
		expect(nameWords('order_lines')).toEqual(['order', 'line']);
		expect(nameWords('Countries')).toEqual(['country']);
		expect(nameWords('station2')).toEqual(['station', '2']);
		expect(singular('address')).toBe('address');
		expect(singular('boxes')).toBe('box');
		expect(singular('status')).toBe('status');
	});

	it('scores the same column name 1 and unrelated names 0', () => {
		expect(nameSimilarity({ table: 'a', column: 'id' }, { table: 'b', column: 'id' })).toBe(1);
		expect(
			nameSimilarity({ table: 'flights', column: 'origin' }, { table: 'airports', column: 'iata' })
		).toBe(0);
	});

	it('reads a foreign key together with the other table’s name', () => {
		const score = nameSimilarity(
			{ table: 'orders', column: 'customer_id' },
			{ table: 'customers', column: 'id' }
		);
		expect(score).toBe(0.9);
		const reversed = nameSimilarity(
			{ table: 'customers', column: 'id' },
			{ table: 'orders', column: 'customer_id' }
		);
		expect(reversed).toBe(0.9);
	});

	it('gives partly shared names a partial score', () => {
		const score = nameSimilarity(
			{ table: 'trips', column: 'start_station_id' },
			{ table: 'stations', column: 'station_id' }
		);
		expect(score).toBeGreaterThan(0.5);
		expect(score).toBeLessThan(1);
	});
});
