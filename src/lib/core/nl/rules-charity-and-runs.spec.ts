/**
 * A charity's donations, a vet's visits and a runner's log. "My" and "your" are plain words; a
 * percent sign on its own is "percent"; "amount" names a terse `amt`; a yes/no column's name said
 * in another order ("needed a follow up" for `Follow Up Needed`) is that column. A running log's
 * rows are runs; "20km" is a distance, not a speed in km/h; "before 7am" an hour of any day.
 * Money raised, given or donated is the gifts' amount; money spent is a charge, never money
 * that came in; `dur_min` is a duration in minutes and visits are appointments. "Km" said as a
 * noun is the distance, and a word spelt right is no typo of another. Gifts are donations, their
 * size is their amount, and "since the start of 2024" is since 2024. "Date" among columns to list
 * shows the date of the rows.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { answerQuestion } from './answer';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const CAMPAIGNS = ['General Fund', 'Winter Appeal', 'Spring Fun Run'];

/** Gifts to a charity: a terse amount, a Y/N column and a campaign. */
const DONATIONS: TableSpec = {
	name: 'donations',
	humanName: 'Donations',
	columns: [
		['donation_id', 'VARCHAR'],
		['donatedOn', 'DATE'],
		['Campaign', 'VARCHAR'],
		['amt', 'BIGINT'],
		['Gift Aid', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`DON-${100 + i}`,
		`202${2 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`,
		CAMPAIGNS[i % 3],
		10 * (i + 1),
		i % 2 ? 'Y' : 'N'
	])
};

/** Visits to a vet, some needing a follow-up: a charge and a duration in minutes. */
const VISITS: TableSpec = {
	name: 'vet_visits',
	humanName: 'Vet visits',
	columns: [
		['visit_id', 'VARCHAR'],
		['Visit Date', 'DATE'],
		['Owner Name', 'VARCHAR'],
		['visit_type', 'VARCHAR'],
		['dur_min', 'BIGINT'],
		['Total Charge', 'DOUBLE'],
		['Follow Up Needed', 'BOOLEAN']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`V-${i}`,
		`2024-0${1 + (i % 9)}-0${1 + (i % 7)}`,
		['Ann Lee', 'Bo Chen', 'Cy Diaz'][i % 4 === 3 ? 0 : i % 3],
		['Check-up', 'Illness', 'Follow-up', 'Dental'][i % 4],
		15 + 5 * (i % 4),
		40 + 10 * i,
		i % 4 === 0
	])
};

/** One runner's runs: a distance in km beside a speed in km/h. */
const RUNS: TableSpec = {
	name: 'running_log',
	humanName: 'Running log',
	columns: [
		['Start Time', 'TIMESTAMP'],
		['activityType', 'VARCHAR'],
		['distance_km', 'DOUBLE'],
		['Avg Speed (km/h)', 'DOUBLE'],
		['Shoes', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2024-0${1 + (i % 9)}-0${1 + (i % 7)} ${String(5 + i).padStart(2, '0')}:${10 + i}:00`,
		['Easy Run', 'Long Run', 'Race'][i % 3],
		5 + i,
		10 + (i % 5),
		['Hoka Clifton 9', 'Nike Pegasus 39'][i % 2]
	])
};

/** Languages by their three-letter codes, one of them `run` (Rundi). */
const LANGUAGES: TableSpec = {
	name: 'languages',
	humanName: 'Languages',
	columns: [
		['name', 'VARCHAR'],
		['alpha3', 'VARCHAR']
	],
	rows: [
		['English', 'eng'],
		['French', 'fra'],
		['Rundi', 'run'],
		['German', 'deu']
	]
};

describe('plain words of a person speaking', () => {
	it('reads past "my" ("median distance of my long runs")', () => {
		expect(answer('median distance of my long runs', catalogOf(RUNS)).sql).toBe(
			'SELECT median("distance_km") AS "median_distance_km"\nFROM "running_log"\nWHERE "activityType" = \'Long Run\''
		);
	});
	it('reads a percent sign on its own as "percent"', () => {
		expect(answer('what % of donations are gift aided', catalogOf(DONATIONS)).sql).toBe(
			'SELECT 100.0 * count(*) FILTER (WHERE "Gift Aid" = \'Y\') / count(*) AS "percent_count"\nFROM "donations"'
		);
	});
	it('reads "amount" as a terse `amt`', () => {
		expect(answer('total amount for the winter appeal', catalogOf(DONATIONS)).sql).toContain(
			'sum("amt")'
		);
	});
});

describe("a yes/no column's name said in another order", () => {
	it('reads "needed a follow up" as `Follow Up Needed`, not also the value Follow-up', () => {
		expect(answer('how many visits needed a follow up?', catalogOf(VISITS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "vet_visits"\nWHERE "Follow Up Needed" = \'true\''
		);
	});
});

describe('the rows of a log of an activity', () => {
	const runs = catalogOf(RUNS);
	it('are goes at the activity ("how many runs have I logged")', () => {
		expect(answer('how many runs have I logged', runs).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "running_log"'
		);
	});
	it('weigh the log in a workspace over a code the plural happens to spell', () => {
		expect(answer('how many runs have I logged', catalogOf(LANGUAGES, RUNS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "running_log"'
		);
	});
	it('compare a distance in km, not a speed in km/h ("runs over 20km")', () => {
		expect(answer('how many runs over 10km', runs).sql).toContain('WHERE "distance_km" > 10');
	});
	it('compare the hour of the day ("before 7am")', () => {
		expect(answer('how many runs did I start before 7am?', runs).sql).toContain(
			'WHERE hour("Start Time") < 7'
		);
		expect(answer('runs after 2 pm', runs).sql).toContain('WHERE hour("Start Time") >= 14');
	});
	it('rank rows by a column whose name says "average" ("3 fastest runs by average speed")', () => {
		expect(answer('my 3 fastest runs by average speed', runs).sql).toBe(
			'SELECT *\nFROM "running_log"\nORDER BY "Avg Speed (km/h)" DESC NULLS LAST\nLIMIT 3'
		);
	});
});

describe('money in words', () => {
	const gifts = catalogOf(DONATIONS);
	it('reads what was raised, given or donated as the amount of each gift', () => {
		expect(answer('Total raised by each campaign', gifts).sql).toContain('sum("amt")');
		expect(answer('total given other than by the winter appeal', gifts).sql).toContain(
			'sum("amt")'
		);
		expect(answer('monthly total donated in 2024', gifts).sql).toContain('sum("amt")');
	});
	it('totals the amount of "how much did the winter appeal raise"', () => {
		expect(answer('how much did the winter appeal raise', gifts).sql).toBe(
			'SELECT sum("amt") AS "total_amt"\nFROM "donations"\nWHERE "Campaign" = \'Winter Appeal\''
		);
	});
	it('reads money spent as a charge, never as money that came in', () => {
		expect(answer('which owner has spent the most with us', catalogOf(VISITS)).sql).toContain(
			'sum("Total Charge")'
		);
		const result = answerQuestion({
			question: 'how much did we spend on the winter appeal',
			catalog: gifts
		});
		expect(isRefusal(result) || !result.sql.includes('"amt"')).toBe(true);
	});
	it('reads "money came in" as the share of the amount', () => {
		expect(answer('What share of the money came in for the winter appeal?', gifts).sql).toContain(
			'sum("amt") FILTER (WHERE "Campaign" = \'Winter Appeal\') / sum("amt")'
		);
	});
});

describe('durations and appointments', () => {
	const visits = catalogOf(VISITS);
	it('reads `dur_min` as a duration in minutes ("median length … in minutes")', () => {
		expect(answer('median length of a dental appointment in minutes', visits).sql).toBe(
			'SELECT median("dur_min") AS "median_dur_min"\nFROM "vet_visits"\nWHERE "visit_type" = \'Dental\''
		);
		expect(answer('average appointment duration', visits).sql).toContain('avg("dur_min")');
	});
});

describe('units said as nouns', () => {
	const runs = catalogOf(RUNS);
	it('read "km" as the one column measured in km, and total it', () => {
		expect(answer('which shoes have done the most km?', runs).sql).toContain(
			'sum("distance_km") AS "total_distance_km"'
		);
		expect(answer('how many km in my hoka shoes', runs).sql).toBe(
			'SELECT sum("distance_km") AS "total_distance_km"\nFROM "running_log"\nWHERE "Shoes" = \'Hoka Clifton 9\''
		);
	});
	it('total a distance per month', () => {
		expect(answer('distance per month', runs).sql).toContain('sum("distance_km")');
	});
	it('leave "in km" after the distance as its unit', () => {
		expect(answer('median distance in km', runs).sql).toBe(
			'SELECT median("distance_km") AS "median_distance_km"\nFROM "running_log"'
		);
	});
});

describe('words spelt right', () => {
	it('are not read as a misspelling of another word ("spend" is no "speed")', () => {
		const result = answerQuestion({
			question: 'how many hours did I spend running in 2024',
			catalog: catalogOf(RUNS)
		});
		expect(isRefusal(result) || !result.sql.includes('Speed')).toBe(true);
	});
});

describe('gifts and their size', () => {
	const gifts = catalogOf(DONATIONS);
	it('reads "gifts" as the rows of donations, not the yes/no Gift Aid', () => {
		expect(answer('how many gifts', gifts).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "donations"'
		);
	});
	it("compares a number said right after the rows' noun with their amount", () => {
		expect(answer('how many gifts of £50 or more', gifts).sql).toContain('WHERE "amt" >= 50');
		expect(answer('donations over 100', gifts).sql).toContain('WHERE "amt" > 100');
	});
	it('ranks the rows by their amount ("biggest single donation") and averages their size', () => {
		expect(answer('biggest single donation', gifts).sql).toBe(
			'SELECT *\nFROM "donations"\nORDER BY "amt" DESC NULLS LAST\nLIMIT 1'
		);
		expect(answer('average gift size by campaign', gifts).sql).toContain('avg("amt")');
	});
	it('reads "since the start of 2024" as since 2024', () => {
		expect(answer('how many donations since the start of 2024?', gifts).sql).toContain(
			'WHERE "donatedOn" >= DATE \'2024-01-01\''
		);
	});
});

describe('"date" in a list of columns to show', () => {
	it('shows the column that dates the rows', () => {
		expect(
			answer('list donations over 100 with date, campaign and amount', catalogOf(DONATIONS)).sql
		).toBe('SELECT "donatedOn", "Campaign", "amt"\nFROM "donations"\nWHERE "amt" > 100');
	});
});
