/**
 * Codes and answers as data files write them: places by their codes ('PE', 'US-CA', 'EU'),
 * yes/no answers as text, nouns for a survey's people, names glued to abbreviations
 * ("eggsfreq"), and "with and without".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWordNet } from './word-net';
import { isRefusal } from './types';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';

beforeAll(() => loadWordNet());

const COUNTRIES = ['PE', 'CH', 'BR', 'US', 'CA', 'MX', 'DE', 'JP'];
const REGIONS = ['PE-LIM', 'CH-ZH', 'BR-SP', 'US-CA', 'US-TX', 'CA-BC', 'MX-JAL', 'DE-BY'];

/** Airfields of the world, coded as OurAirports writes them. */
const FIELDS: TableSpec = {
	name: 'fields',
	humanName: 'Fields',
	columns: [
		['name', 'VARCHAR'],
		['continent', 'VARCHAR'],
		['iso_country', 'VARCHAR'],
		['iso_region', 'VARCHAR'],
		['elevation_ft', 'INTEGER'],
		['scheduled_service', 'VARCHAR']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		`Field ${i}`,
		['SA', 'EU', 'SA', 'NA', 'NA', 'NA', 'EU', 'AS'][i % 8],
		COUNTRIES[i % 8],
		REGIONS[i % 8],
		100 * i,
		i % 3 === 0 ? 'no' : 'yes'
	])
};

/** A food survey: one row per respondent, answers as 0/1 and glued names. */
const SURVEY: TableSpec = {
	name: 'food_survey',
	humanName: 'Food survey',
	columns: [
		['id', 'INTEGER'],
		['diabetes', 'INTEGER'],
		['ever_smoked', 'INTEGER'],
		['cancer', 'INTEGER'],
		['dog', 'INTEGER'],
		['eggsfreq', 'INTEGER'],
		['eggsquan', 'INTEGER'],
		['dt_kcal', 'DOUBLE'],
		['dt_prot', 'DOUBLE'],
		['dt_carb', 'DOUBLE'],
		['dt_tfat', 'DOUBLE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		i + 1,
		i % 4 === 0 ? 1 : 0,
		i % 3 === 0 ? 1 : 0,
		i % 5 === 0 ? 1 : 0,
		i % 2,
		i % 6,
		1 + (i % 3),
		1500 + i * 10,
		60 + i,
		200 + i,
		50 + i
	])
};

describe('a column of place codes', () => {
	it('reads a country by its name', () => {
		const sql = answer('fields in peru', ruleCatalog(FIELDS)).sql;
		expect(sql).toContain(`"iso_country" = 'PE'`);
		expect(answer('average elevation in switzerland', ruleCatalog(FIELDS)).sql).toContain(
			`"iso_country" = 'CH'`
		);
	});
	it('reads several countries, "the us" among them', () => {
		const sql = answer('how many fields in canada, mexico or the us', ruleCatalog(FIELDS)).sql;
		expect(sql).toContain(`"iso_country" IN ('CA', 'MX', 'US')`);
	});
	it('reads a US state among the regions of every country, and a continent', () => {
		expect(answer('how many fields are in california', ruleCatalog(FIELDS)).sql).toContain(
			`"iso_region" = 'US-CA'`
		);
		expect(answer('fields in europe', ruleCatalog(FIELDS)).sql).toContain(`"continent" = 'EU'`);
	});
	it('leaves a place the codes do not hold unplaced, and "us" as a pronoun alone', () => {
		expect(isRefusal(ask('fields in narnia', ruleCatalog(FIELDS)))).toBe(true);
		expect(answer('show us the fields in peru', ruleCatalog(FIELDS)).sql).toContain(
			`"iso_country" = 'PE'`
		);
	});
});

describe('a text column of yes and no', () => {
	it('is a yes/no column: a share, a condition and its negation', () => {
		const share = answer('what share of fields have scheduled service', ruleCatalog(FIELDS)).sql;
		expect(share).toContain(`FILTER (WHERE "scheduled_service" = 'yes')`);
		expect(answer('fields without scheduled service', ruleCatalog(FIELDS)).sql).toContain(
			`"scheduled_service" <> 'yes'`
		);
	});
});

describe('heights and feet', () => {
	it('ranks by the one elevation column for "highest" with no column named', () => {
		const sql = answer('10 highest fields', ruleCatalog(FIELDS)).sql;
		expect(sql).toContain(`ORDER BY "elevation_ft" DESC`);
		expect(sql).toContain('LIMIT 10');
		expect(answer('fields above 3000 feet', ruleCatalog(FIELDS)).sql).toContain(
			`"elevation_ft" > 3000`
		);
	});
});

describe("a survey's respondents", () => {
	it('are its rows', () => {
		expect(answer('how many respondents have a dog', ruleCatalog(SURVEY)).sql).toContain(
			`"dog" = 1`
		);
	});
	it('are not all women when no column says who is', () => {
		expect(isRefusal(ask('how many of the respondents are women', ruleCatalog(SURVEY)))).toBe(true);
	});
	it('are split by "with and without" a condition, not filtered', () => {
		const sql = answer('average eggs frequency with and without cancer', ruleCatalog(SURVEY)).sql;
		expect(sql).toContain(`GROUP BY`);
		expect(sql).toContain(`"cancer"`);
		expect(sql).not.toContain('WHERE');
	});
});

describe('names glued to an abbreviation', () => {
	it('reads "eggs frequency" as eggsfreq, "among" as a filler', () => {
		const sql = answer(
			'average eggs frequency among people with diabetes',
			ruleCatalog(SURVEY)
		).sql;
		expect(sql).toContain(`avg("eggsfreq")`);
		expect(sql).toContain(`"diabetes" = 1`);
	});
	it('does not read a prefix many columns share as a terse word', () => {
		// "dt" starts four nutrient columns: it abbreviates none of "diabetics"
		const result = ask('what share of diabetics have ever smoked', ruleCatalog(SURVEY));
		expect(isRefusal(result) && result.reason).toContain('diabetics');
		expect(isRefusal(result) && result.reason).not.toContain('dt_');
	});
});

describe('a name inside listed values', () => {
	/** Time zones whose description lists their cities. */
	const ZONES: TableSpec = {
		name: 'zones',
		humanName: 'Zones',
		columns: [
			['zone', 'VARCHAR'],
			['text', 'VARCHAR'],
			['offset', 'DOUBLE']
		],
		rows: [
			['Japan Standard Time', '(UTC+09:00) Osaka, Sapporo, Tokyo', 9],
			['Central Europe Time', '(UTC+01:00) Belgrade, Budapest, Prague', 1],
			['South Africa Time', '(UTC+02:00) Harare, Pretoria', 2],
			['Pacific Time', '(UTC-08:00) Pacific Time (US & Canada)', -8]
		]
	};
	it('reads a city a description lists as a condition on that description', () => {
		expect(
			answer('what is the offset of the time zone that includes Tokyo', ruleCatalog(ZONES)).sql
		).toContain(`contains(lower("text"), 'tokyo')`);
	});
	it('does not read a word inside a name as that place ("Africa" of "South Africa Time")', () => {
		expect(isRefusal(ask('how many zones are in Africa', ruleCatalog(ZONES)))).toBe(true);
	});
});
