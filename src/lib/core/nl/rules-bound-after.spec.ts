/**
 * A bound said after the noun it counts ("cakes of 2 tiers or more") reads as it does before
 * it ("2 or more tiers").
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';

const cakes = catalogOf({
	name: 'cake_orders',
	humanName: 'Cake orders',
	columns: [
		['Order No', 'BIGINT'],
		['Item', 'VARCHAR'],
		['Tiers', 'BIGINT'],
		['Price (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 9 }, (_, i) => [
		i + 1,
		i % 3 === 0 ? 'Wedding Cake' : 'Birthday Cake',
		1 + (i % 4),
		40 + 10 * i
	])
});

describe('a bound after the noun it counts', () => {
	it('reads "2 tiers or more" as "2 or more tiers"', () => {
		const sql = 'SELECT count(*) AS "count"\nFROM "cake_orders"\nWHERE "Tiers" >= 2';
		expect(answer('how many cakes were 2 or more tiers', cakes).sql).toBe(sql);
		expect(answer('how many cakes were 2 tiers or more', cakes).sql).toBe(sql);
		expect(answer('how many cakes had 3 tiers or fewer', cakes).sql).toContain('"Tiers" <= 3');
	});
});
