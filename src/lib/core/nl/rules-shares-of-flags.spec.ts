/**
 * Shares whose part is a yes/no column: "what share of customers take the extra cover" and
 * "what % of reviewers would recommend" ask for the share of the rows where the column holds,
 * said after the rows the share is of; when some rows leave the column empty, the share is
 * among the rows that answered, and the reading says so. "Rate" after a yes/no condition, when
 * a count or a share is already asked ("how many tenants were on the concession rate"), names the
 * tariff the condition sets. A rate of a value of a text column most rows leave empty ("pass
 * rate" of the lessons that were tests) is among the rows that record it.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD } from './explain';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** A car hire desk's rentals: every rental says whether the extra cover was taken. */
const RENTALS: TableSpec = {
	name: 'car_rentals',
	humanName: 'Car rentals',
	columns: [
		['rental_id', 'BIGINT'],
		['Customer', 'VARCHAR'],
		['Model', 'VARCHAR'],
		['Extra Cover', 'BOOLEAN']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		700 + i,
		`Customer ${i + 1}`,
		['Fiesta', 'Golf'][i % 2],
		i % 3 === 0
	])
};

/** Product reviews: some reviewers leave "would recommend" unanswered. */
const REVIEWS: TableSpec = {
	name: 'product_reviews',
	humanName: 'Product reviews',
	columns: [
		['Reviewer', 'VARCHAR'],
		['Product', 'VARCHAR'],
		['Would Recommend', 'BOOLEAN']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`Reviewer ${i + 1}`,
		['Kettle', 'Toaster'][i % 2],
		i % 5 === 4 ? null : i % 2 === 0
	])
};

/** An allotment society's lettings: concession tenants pay a lower rate. */
const LETTINGS: TableSpec = {
	name: 'allotment_lettings',
	humanName: 'Allotment lettings',
	columns: [
		['Tenant', 'VARCHAR'],
		['rent_year', 'BIGINT'],
		['isConcession', 'BOOLEAN']
	],
	rows: Array.from({ length: 24 }, (_, i) => [`Tenant ${i % 9}`, 2022 + (i % 3), i % 4 === 0])
};

describe('shares of a yes/no column', () => {
	const rentals = catalogOf(RENTALS);
	const reviews = catalogOf(REVIEWS);

	it('a yes/no column closing a share question is the part whose share is asked', () => {
		const result = answer('what share of customers take the extra cover', rentals);
		expect(result.sql).toBe(
			'SELECT 1.0 * count(*) FILTER (WHERE "Extra Cover" = \'true\') / count(*) AS "share_count"\n' +
				'FROM "car_rentals"'
		);
		expect(result.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
	});

	it('the share of a yes/no column some rows leave empty is among the rows that answered', () => {
		const result = answer('what % of reviewers would recommend', reviews);
		expect(result.sql).toContain('FILTER (WHERE "Would Recommend" = \'true\')');
		expect(result.sql).toContain('WHERE "Would Recommend" IS NOT NULL');
		expect(result.interpretation.map((x) => x.meaning)).toContain(
			'only rows where "Would Recommend" is known'
		);
	});

	it('a condition before the share still leaves the yes/no column to name the whole', () => {
		const sql = answer('what share of kettle reviews would recommend', reviews).sql;
		expect(sql).toContain('FILTER (WHERE "Would Recommend" = \'true\')');
		expect(sql).toContain('"Product" = \'Kettle\'');
	});

	it('"rate" after a yes/no condition names its tariff when a count is asked', () => {
		const result = answer('how many tenants were on the concession rate', catalogOf(LETTINGS));
		expect(result.sql).toBe(
			'SELECT count(DISTINCT "Tenant") AS "distinct_tenant"\nFROM "allotment_lettings"\n' +
				'WHERE "isConcession" = \'true\''
		);
		expect(result.interpretation).toContainEqual({
			words: 'rate',
			kind: 'filter',
			meaning: 'the rate of "isConcession"'
		});
	});
});

describe('a rate of an outcome only some rows record', () => {
	/** Driving lessons: the result is filled only on the lessons that were tests. */
	const lessons: TableSpec = {
		name: 'driving_lessons',
		humanName: 'Driving lessons',
		columns: [
			['Lesson Date', 'DATE'],
			['Pupil', 'VARCHAR'],
			['test_result', 'VARCHAR']
		],
		rows: Array.from({ length: 20 }, (_, i) => [
			`2024-05-${10 + i}`,
			['Amy', 'Ben', 'Cal', 'Dee'][i % 4],
			i % 4 === 3 ? (i % 8 === 3 ? 'Pass' : 'Fail') : null
		])
	};
	it('is among the rows that record it ("pass rate" of the tests, not of every lesson)', () => {
		expect(answer("what's our pass rate", catalogOf(lessons)).sql).toBe(
			'SELECT 1.0 * count(*) FILTER (WHERE "test_result" = \'Pass\') / count(*) AS "share_count"\nFROM "driving_lessons"\nWHERE "test_result" IS NOT NULL'
		);
	});
});
