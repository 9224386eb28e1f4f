/**
 * Comparisons: "compare bookings at A and B" shows each listed value side by side, a group of
 * its own; "average wind force on cancelled sailings compared with ones that sailed" groups by
 * the yes/no condition, both sides; a comparison the reading cannot place leaves the answer
 * unsure rather than silently answering one side.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { BOAT_SAILINGS } from '$test/nl/service-tables';
import { isRefusal } from './types';

describe('comparisons', () => {
	const sailings = catalogOf(BOAT_SAILINGS);

	it('a yes/no condition compared with the rest is grouped, both sides', () => {
		const q = 'average wind force on cancelled sailings compared with ones that sailed';
		expect(answer(q, sailings).sql).toBe(
			'SELECT "Cancelled", avg("wind_force") AS "average_wind_force"\n' +
				'FROM "boat_trip_sailings"\nGROUP BY 1\nORDER BY 1'
		);
	});

	it('"compare" two listed values shows each side by side', () => {
		const sql = answer('compare sailings on the island dash and the seal watch', sailings).sql;
		expect(sql).toContain(`WHERE "Route" IN ('Island Dash', 'Seal Watch')`);
		expect(sql).toContain('GROUP BY 1');
	});

	it('a comparison with nothing to compare is not answered as one side', () => {
		const result = ask('average wind force on the island dash compared with the rest', sailings);
		expect(isRefusal(result)).toBe(true);
	});
});
