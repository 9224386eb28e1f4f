/**
 * Tables weighed side by side in a workspace. A word one table names exactly may name another
 * table's column by a short form that is no English word (`calling_code` of "calling code"):
 * that table is weighed by it too. A longer English word that starts like a question's word
 * ("committees" for "commits") is another word and weighs nothing, and a table's own name
 * ("sp 500") lends its columns no short words. "How much" answered by a plain list of rows is
 * not answered, nor is "when" answered by rows that hold no date or year, and a total of
 * percentages is not sure. "Total unemployment" of a table "Unemployed by …" totals its
 * `unemployed` counts, and "how many condos have been listed" counts the rows `Listed On` dates.
 * "Currency codes that start with X" lists the codes; "the first Gallium release" is the earliest.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { CONFIDENCE_THRESHOLD } from './explain';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const NAMES = ['France', 'Germany', 'Italy', 'Japan', 'Kenya', 'Peru', 'Chile', 'Spain'];

/** Countries with their calling codes written as text, among many other facts. */
const COUNTRIES: TableSpec = {
	name: 'world_countries',
	humanName: 'World countries',
	columns: [
		['name', 'VARCHAR'],
		['capital', 'VARCHAR'],
		['callingCodes', 'VARCHAR'],
		['area', 'DOUBLE']
	],
	rows: NAMES.map((name, i) => [name, `Capital ${i}`, `+${30 + i}`, 1000 * (i + 1)])
};

/** One row per country and calling code, the code a number. */
const CALLING_CODES: TableSpec = {
	name: 'calling_codes',
	humanName: 'Calling codes',
	columns: [
		['country', 'VARCHAR'],
		['calling_code', 'BIGINT']
	],
	rows: [...NAMES, 'Monaco', 'Andorra'].map((name, i) => [name, 30 + (i % 8)])
};

/** Cars with full column names. */
const CARS: TableSpec = {
	name: 'cars',
	humanName: 'Cars',
	columns: [
		['Name', 'VARCHAR'],
		['Cylinders', 'BIGINT'],
		['Weight_in_lbs', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`car ${i}`, 4 + 2 * (i % 3), 2000 + 100 * i])
};

/** Cars with fuel use spelt out. */
const ROAD_CARS: TableSpec = {
	name: 'road_cars',
	humanName: 'Road cars',
	columns: [
		['Name', 'VARCHAR'],
		['Miles_per_Gallon', 'DOUBLE'],
		['Cylinders', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`car ${i}`, 15 + i, 4 + 2 * (i % 3)])
};

/** Cars as a terse export names them: `mpg`, `cyl`. */
const MOTOR_TRENDS: TableSpec = {
	name: 'motor_trends',
	humanName: 'Motor trends',
	columns: [
		['model', 'VARCHAR'],
		['mpg', 'DOUBLE'],
		['cyl', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`model ${i}`, 18 + i, 4 + 2 * (i % 3)])
};

/** Cities of several countries; some names repeat across countries. */
const TOWNS: TableSpec = {
	name: 'towns',
	humanName: 'Towns',
	columns: [
		['city', 'VARCHAR'],
		['country', 'VARCHAR'],
		['population', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Springfield', 'Paris', 'Halle', 'Perth'][i % 4],
		['United States', 'France', 'Germany', 'Australia', 'Canada', 'Ireland'][i % 6],
		1000 * (i + 1)
	])
};

/** One capital per state: each city named once. */
const STATE_SEATS: TableSpec = {
	name: 'state_seats',
	humanName: 'State seats',
	columns: [
		['state', 'VARCHAR'],
		['city', 'VARCHAR']
	],
	rows: [
		['Illinois', 'Springfield'],
		['Texas', 'Austin'],
		['Ohio', 'Columbus'],
		['Utah', 'Salt Lake City']
	]
};

/** Exam sittings with the share of lessons each student attended. */
const SITTINGS: TableSpec = {
	name: 'sittings',
	humanName: 'Sittings',
	columns: [
		['student', 'VARCHAR'],
		['attendancePct', 'DOUBLE'],
		['score', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`S${i}`, 70 + i * 2, 40 + i])
};

/** The unemployed of each industry and month, counted in a column of the table's own name. */
const UNEMPLOYED: TableSpec = {
	name: 'industry_unemployment',
	humanName: 'Unemployed by industry',
	columns: [
		['date', 'DATE'],
		['industry', 'VARCHAR'],
		['unemployed', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2009-0${1 + (i % 4)}-01`,
		['Mining', 'Finance', 'Retail'][i % 3],
		100 * (i + 1)
	])
};

/** Rental listings with the date each was listed. */
const LISTINGS: TableSpec = {
	name: 'listings',
	humanName: 'Listings',
	columns: [
		['Listing ID', 'VARCHAR'],
		['propertyType', 'VARCHAR'],
		['Listed On', 'DATE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`L${i}`,
		['Condo', 'House', 'Apartment'][i % 3],
		`2024-0${1 + (i % 9)}-1${i % 3}`
	])
};

/** Countries and the code of the currency each uses; several share a code. */
const CURRENCY_USE: TableSpec = {
	name: 'currency_use',
	humanName: 'Currency use',
	columns: [
		['country', 'VARCHAR'],
		['currency_code', 'VARCHAR']
	],
	rows: NAMES.map((name, i) => [name, ['XOF', 'EUR', 'XAF', 'JPY'][i % 4]])
};

/** Releases of a runtime: a date, a codename line and the engine version each shipped. */
const RUNTIME_RELEASES: TableSpec = {
	name: 'runtime_releases',
	humanName: 'Runtime releases',
	columns: [
		['version', 'VARCHAR'],
		['date', 'DATE'],
		['lts', 'VARCHAR'],
		['engine', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`16.${i}.0`,
		`2021-${String(12 - i).padStart(2, '0')}-01`,
		i < 6 ? 'Gallium' : 'Fermium',
		`9.4.${i % 2}`
	])
};

/** Commits per hour: "commits" is its rows. */
const COMMITS: TableSpec = {
	name: 'github',
	humanName: 'GitHub commits',
	columns: [
		['time', 'TIMESTAMP'],
		['count', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`2015-01-0${1 + (i % 5)} 1${i % 10}:00:00`, i + 1])
};

/** Campaign money: a column whose name starts with "commit…" as another word. */
const CONTRIBUTIONS: TableSpec = {
	name: 'contributions',
	humanName: 'Political contributions',
	columns: [
		['state', 'VARCHAR'],
		['Refunds_to_Committees', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [['WA', 'OR', 'CA'][i % 3], i * 10])
};

/** Daily prices of an index whose name holds a short word ("sp 500"). */
const INDEX_PRICES: TableSpec = {
	name: 'sp500',
	humanName: 'S&P 500',
	columns: [
		['date', 'DATE'],
		['price', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`2009-0${1 + (i % 9)}-1${i % 10}`, 900 + i])
};

/** Daily weather of a few cities. */
const WEATHER: TableSpec = {
	name: 'weather',
	humanName: 'Weather',
	columns: [
		['location', 'VARCHAR'],
		['date', 'DATE'],
		['precipitation', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Seattle', 'New York'][i % 2],
		`2012-0${1 + (i % 9)}-0${1 + (i % 7)}`,
		i / 4
	])
};

/** Countries with a yes/no flag but no date. */
const NATIONS: TableSpec = {
	name: 'nations',
	humanName: 'Nations',
	columns: [
		['country', 'VARCHAR'],
		['independent', 'BOOLEAN']
	],
	rows: [...NAMES, 'India'].map((name, i) => [name, i % 3 > 0])
};

/** Reigns with their first and last year as plain whole numbers. */
const REIGNS: TableSpec = {
	name: 'reigns',
	humanName: 'Reigns',
	columns: [
		['name', 'VARCHAR'],
		['start', 'BIGINT'],
		['end', 'BIGINT']
	],
	rows: ['Anne', 'George', 'Victoria', 'Edward'].map((name, i) => [
		name,
		1700 + 40 * i,
		1730 + 40 * i
	])
};

describe('a short form in one table beside the whole word in another', () => {
	const catalog = catalogOf(COUNTRIES, CALLING_CODES);
	it('weighs the table whose column is the phrase glued ("calling code" → calling_code)', () => {
		expect(answer('how many different calling codes are there', catalog).sql).toBe(
			'SELECT count(DISTINCT "calling_code") AS "distinct_calling_code"\nFROM "calling_codes"'
		);
	});
});

describe('two tables that read every word, one by a synonym and one by a short form', () => {
	it('asks which table was meant: one short form decides nothing', () => {
		const result = answerQuestion({
			question: 'average mpg by number of cylinders',
			catalog: catalogOf(ROAD_CARS, MOTOR_TRENDS)
		});
		expect(isRefusal(result) && result.reason).toBe(
			'The question fits "Road cars" and "Motor trends" equally well.'
		);
	});
});

describe('a lookup against a surer reading', () => {
	it('keeps the table that reads "countries" as its own column over one where each city is one row', () => {
		const sql = answer(
			'which countries have a city called Springfield',
			catalogOf(TOWNS, STATE_SEATS)
		).sql;
		expect(sql).toContain('SELECT DISTINCT "country"\nFROM "towns"');
	});
});

describe('a total of a column of percentages', () => {
	it('is not sure: percentages do not add up', () => {
		const result = answerQuestion({ question: 'total attendance', catalog: catalogOf(SITTINGS) });
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
	it('still averages them with confidence', () => {
		expect(answer('average attendance', catalogOf(SITTINGS)).sql).toBe(
			'SELECT avg("attendancePct") AS "average_attendance_pct"\nFROM "sittings"'
		);
	});
});

describe('counting the rows a table is named for', () => {
	it('totals the column of counts that bears the table\'s name ("total unemployment")', () => {
		expect(
			answer('In which month was total unemployment the highest?', catalogOf(UNEMPLOYED)).sql
		).toContain('sum("unemployed") AS "total_unemployed"');
	});
	it('still counts rows when asked for rows', () => {
		expect(answer('how many rows are from 2009', catalogOf(UNEMPLOYED)).sql).toContain('count(*)');
	});
	it('counts the rows a verb dates ("how many condos have been listed since July")', () => {
		expect(
			answer('How many condos have been listed since July 2024?', catalogOf(LISTINGS)).sql
		).toBe(
			'SELECT count(*) AS "count"\nFROM "listings"\nWHERE "propertyType" = \'Condo\'\n  AND "Listed On" >= DATE \'2024-07-01\''
		);
	});
});

describe('a question that opens with the plural of the column it filters by text', () => {
	const catalog = catalogOf(CURRENCY_USE);
	it('lists that column\'s values ("currency codes that start with X")', () => {
		expect(answer('currency codes that start with X', catalog).sql).toBe(
			'SELECT DISTINCT "currency_code"\nFROM "currency_use"\nWHERE starts_with(lower("currency_code"), \'x\')\n  AND "currency_code" IS NOT NULL\nORDER BY "currency_code"'
		);
	});
	it('lists the rows when the noun is singular ("currency code starts with X")', () => {
		expect(answer('currency code starts with X', catalog).sql).toMatch(/^SELECT \*/);
	});
});

describe('"first" before a singular noun of rows', () => {
	it('shows the column asked about for the earliest row, not its commonest value', () => {
		expect(
			answer('what engine did the first Gallium release use?', catalogOf(RUNTIME_RELEASES)).sql
		).toBe(
			'SELECT "engine"\nFROM "runtime_releases"\nWHERE "lts" = \'Gallium\'\nORDER BY "date" ASC NULLS LAST\nLIMIT 1'
		);
	});
});

describe('words that only look like short forms', () => {
	it('does not read "commits" as the start of "committees"', () => {
		const catalog = catalogOf(COMMITS, CONTRIBUTIONS);
		expect(answer('how many commits', catalog).sql).toContain('FROM "github"');
	});
	it('lends a column no short word of its table\'s name ("shipping" is not "sp")', () => {
		const result = answerQuestion({
			question: 'busiest day of the week for shipping',
			catalog: catalogOf(INDEX_PRICES, WEATHER)
		});
		expect(isRefusal(result)).toBe(true);
	});
});

describe('"when" answered by a list of rows', () => {
	it('is not answered when the rows hold no date or year', () => {
		const result = answerQuestion({
			question: 'When did India become independent?',
			catalog: catalogOf(NATIONS)
		});
		expect(isRefusal(result)).toBe(true);
	});
	it('is answered when a column shown holds years, though not named so', () => {
		expect(answer("when did anne's reign end", catalogOf(REIGNS)).sql).toBe(
			'SELECT "end"\nFROM "reigns"\nWHERE "name" = \'Anne\''
		);
	});
});

describe('"how much" answered by a plain list of rows', () => {
	it('is not answered: the amount asked for is nowhere in the rows', () => {
		const result = answerQuestion({
			question: 'how much did sea level rise since 1958',
			catalog: catalogOf(WEATHER)
		});
		expect(isRefusal(result)).toBe(true);
	});
	it('still answers "how much" that picks the amount\'s column', () => {
		expect(answer('how much does car 3 weigh', catalogOf(CARS)).sql).toContain(
			'SELECT "Weight_in_lbs"'
		);
	});
});
