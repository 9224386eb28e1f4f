/**
 * "each volunteer" of a number column `Volunteers` (how many turned out) names no one volunteer:
 * it groups nothing, so the reading is not sure. "by volunteers" still groups by how many.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { isRefusal } from './types';

const picks = catalogOf({
	name: 'litter_picks',
	humanName: 'Litter picks',
	columns: [
		['Pick No', 'BIGINT'],
		['Date', 'DATE'],
		['Site', 'VARCHAR'],
		['Volunteers', 'BIGINT'],
		['Bags', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		i + 1,
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Park', 'Canal', 'High Street'][i % 3],
		2 + (i % 5),
		3 + i
	])
});

describe('a singular of a number column that counts them', () => {
	it('groups nothing ("bags per volunteer", "each volunteer")', () => {
		expect(isRefusal(ask('how many bags has each volunteer collected', picks))).toBe(true);
		expect(isRefusal(ask('bags per volunteer', picks))).toBe(true);
	});

	it('still groups by the number said in the plural', () => {
		expect(answer('total bags by volunteers', picks).sql).toContain('GROUP BY 1');
	});
});
