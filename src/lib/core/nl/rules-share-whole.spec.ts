/**
 * "what % of juniors are belay certified": the conditions said between the share word and the
 * verb pick the whole the share is of (a verb inside a clause about the whole, "the exams that
 * were sat", is not that verb), as do those said first ("of the juniors, what % are …"); the
 * ones after it, the part. With no verb between, all
 * conditions are the part of all rows ("percentage of members who are juniors"). Rows listed
 * "with their" columns are each shown by what names them. Two values of one column said with "or"
 * are one part, either of them ("poor or dead").
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** Members: a membership type and whether they may belay. */
const MEMBERS: TableSpec = {
	name: 'climbing_members',
	humanName: 'Climbing members',
	columns: [
		['Full Name', 'VARCHAR'],
		['membershipType', 'VARCHAR'],
		['Belay Certified', 'BOOLEAN']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`Member ${i}`,
		['Junior', 'Adult', 'Student'][i % 3],
		i % 4 === 0
	])
};

describe('a share of rows picked before the verb', () => {
	const members = catalogOf(MEMBERS);
	it('is of those rows: "what % of juniors are belay certified"', () => {
		expect(answer('what % of juniors are belay certified', members).sql).toBe(
			'SELECT 100.0 * count(*) FILTER (WHERE "Belay Certified" = \'true\') / count(*) AS "percent_count"\nFROM "climbing_members"\nWHERE "membershipType" = \'Junior\''
		);
	});
	it('is of the rows a clause picks: "of the members that are juniors"', () => {
		expect(answer('what % of the members that are juniors are belay certified', members).sql).toBe(
			'SELECT 100.0 * count(*) FILTER (WHERE "Belay Certified" = \'true\') / count(*) AS "percent_count"\nFROM "climbing_members"\nWHERE "membershipType" = \'Junior\''
		);
	});
	it('is of the rows said first: "of the juniors, what % are belay certified"', () => {
		expect(answer('of the juniors, what % are belay certified', members).sql).toBe(
			'SELECT 100.0 * count(*) FILTER (WHERE "Belay Certified" = \'true\') / count(*) AS "percent_count"\nFROM "climbing_members"\nWHERE "membershipType" = \'Junior\''
		);
	});
	it('takes two values of one column said with "or" as one part, either of them', () => {
		const q = 'what percentage of the belay certified members are adult membership or student';
		expect(answer(q, members).sql).toBe(
			'SELECT 100.0 * count(*) FILTER (WHERE "membershipType" IN (\'Adult\', \'Student\')) / count(*) AS "percent_count"\nFROM "climbing_members"\nWHERE "Belay Certified" = \'true\''
		);
	});
	it('is of all rows when only the part is said', () => {
		const sql = answer('what percentage of members are juniors', members).sql;
		expect(sql).toContain('FILTER (WHERE "membershipType" = \'Junior\')');
		expect(sql).not.toContain('WHERE "membershipType" = \'Junior\'\n');
	});
});

/** Tests: a kind of test, its date, and whether it was booked online. */
const TESTS: TableSpec = {
	name: 'mot_tests',
	humanName: 'MOT tests',
	columns: [
		['Test Date', 'DATE'],
		['test_type', 'VARCHAR'],
		['Booked Online', 'BOOLEAN']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		`${2023 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
		['Full Test', 'Retest'][i % 3 === 0 ? 1 : 0],
		i % 5 < 2
	])
};

describe('a share of rows picked before the verb, a time among them', () => {
	it('keeps the time with the whole: "of full tests in 2024 were booked online"', () => {
		const q = 'what percentage of full tests in 2024 were booked online';
		expect(answer(q, catalogOf(TESTS)).sql).toBe(
			'SELECT 100.0 * count(*) FILTER (WHERE "Booked Online" = \'true\') / count(*) AS "percent_count"\nFROM "mot_tests"\nWHERE "test_type" = \'Full Test\'\n  AND year("Test Date") = 2024'
		);
	});
});

describe('rows listed with some of their columns', () => {
	const club: TableSpec = {
		name: 'club_members',
		humanName: 'Club members',
		columns: [
			['member_no', 'BIGINT'],
			['Full Name', 'VARCHAR'],
			['status', 'VARCHAR'],
			['Last Visit', 'DATE']
		],
		rows: Array.from({ length: 24 }, (_, i) => [
			10001 + i,
			`Member ${i}`,
			['Active', 'Frozen', 'Lapsed'][i % 3],
			`2024-0${1 + (i % 9)}-15`
		])
	};
	it('are each shown by what names them ("frozen members with their last visit")', () => {
		expect(answer('list frozen members with their last visit', catalogOf(club)).sql).toBe(
			'SELECT "Full Name", "Last Visit"\nFROM "club_members"\nWHERE "status" = \'Frozen\''
		);
	});
});
