/**
 * Kinds of things, rates and lists of every value: "how many schools" of a visit log counts the
 * distinct clients a `clientType` marks as schools, not their visits; "how many donors" counts
 * the different `donor_ref`s, not names that repeat; "win percentage" reads the
 * verb of `Match Won`; "home and away" naming every value of `homeAway` shows each side by side;
 * a rate named by a word the engine does not know ("strike rate") and groups of the very column
 * an aggregate is of ("average weight per van load" by `Weight (kg)`) are not answered.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { CLUB_INNINGS, TUNER_VISITS } from '$test/nl/service-tables';
import { isRefusal } from './types';

const GATE_LOG: TableSpec = {
	name: 'recycling_centre_visits',
	humanName: 'Recycling centre visits',
	columns: [
		['Arrived', 'TIMESTAMP'],
		['vehicleType', 'VARCHAR'],
		['Weight (kg)', 'BIGINT']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2024-03-0${1 + (i % 9)} 1${i % 8}:00:00`,
		['Car', 'Van', 'Pickup', 'Car'][i % 4],
		10 + (i % 7) * 15
	])
};

describe('kinds of things counted', () => {
	const visits = catalogOf(TUNER_VISITS);

	it('"how many schools" counts the distinct clients of that kind, by their number', () => {
		expect(answer('how many schools do I tune for', visits).sql).toBe(
			'SELECT count(DISTINCT "Client No") AS "distinct_client_no"\n' +
				'FROM "piano_tuning_visits"\nWHERE "clientType" = \'School\''
		);
	});

	it('a kind the rows themselves are still counts rows ("how many visits")', () => {
		expect(answer('how many visits in 2024', visits).sql).toContain('count(*)');
	});
});

describe('things told apart by their reference', () => {
	const GIFTS: TableSpec = {
		name: 'donations',
		humanName: 'Donations',
		columns: [
			['donor_ref', 'VARCHAR'],
			['Donor Name', 'VARCHAR'],
			['amt', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			`D${100 + (i % 6)}`,
			i % 6 < 3 ? 'Anonymous' : `Donor ${i % 6}`,
			10 + i
		])
	};

	it('"how many donors" counts the different references, not the names that repeat', () => {
		expect(answer('how many donors', catalogOf(GIFTS)).sql).toBe(
			'SELECT count(DISTINCT "donor_ref") AS "distinct_donor_ref"\nFROM "donations"'
		);
	});
});

describe('rates and every value listed', () => {
	const innings = catalogOf(CLUB_INNINGS);

	it('"win percentage home and away" is the share of `Match Won` for each side', () => {
		expect(answer('win percentage home and away', innings).sql).toBe(
			'SELECT "homeAway", 100.0 * count(*) FILTER (WHERE "Match Won" = \'true\') / count(*) AS "percent_count"\n' +
				'FROM "cricket_innings"\nGROUP BY 1\nORDER BY 1'
		);
	});

	it('a rate named by a word the engine does not know is not answered as a share', () => {
		expect(isRefusal(ask("imran's strike rate", innings))).toBe(true);
	});
});

describe('groups of the aggregated column', () => {
	it('"average weight per van load" is not grouped by the weight it averages', () => {
		expect(isRefusal(ask('average weight per van load', catalogOf(GATE_LOG)))).toBe(true);
	});
});
