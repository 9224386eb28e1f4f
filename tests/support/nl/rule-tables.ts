/**
 * Test support: small made-up tables for the question engine's general rules (rows that are
 * already counts, a column named like its table, dates over several years, plural values).
 */
import type { Catalog } from '$lib/core/nl/types';
import { catalogTable, type TableSpec } from './tables';

export const HEADCOUNT: TableSpec = {
	name: 'headcount',
	humanName: 'Headcount',
	columns: [
		['year', 'BIGINT'],
		['sex', 'VARCHAR'],
		['people', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		1990 + (i % 3) * 10,
		i % 2 ? 'male' : 'female',
		100 + i
	])
};

export const SKY: TableSpec = {
	name: 'sky',
	humanName: 'Sky',
	columns: [
		['day', 'DATE'],
		['sky', 'VARCHAR'],
		['wind', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`${2019 + (i % 3)}-${String(1 + (i % 12)).padStart(2, '0')}-05`,
		['clear', 'cloudy', 'storm', 'clear'][i % 4],
		i / 2
	])
};

export const SCHOOL_STAFF: TableSpec = {
	name: 'school_staff',
	humanName: 'School staff',
	columns: [
		['role', 'VARCHAR'],
		['school', 'VARCHAR'],
		['salary', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Teacher', 'Principal', 'Janitor'][i % 3],
		`S${i % 4}`,
		1000 + i
	])
};

export const MISHAPS: TableSpec = {
	name: 'mishaps',
	humanName: 'Mishaps',
	columns: [
		['date', 'DATE'],
		['town', 'VARCHAR'],
		['injured', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2020-0${1 + (i % 9)}-1${i % 9}`,
		['Oxley', 'Pemby', 'Quorn'][i % 3],
		i % 4
	])
};

/** Rows that are counts: how many people of each sex held each job in a census year. */
export const OCCUPATIONS: TableSpec = {
	name: 'occupations',
	columns: [
		['year', 'BIGINT'],
		['sex', 'VARCHAR'],
		['job', 'VARCHAR'],
		['count', 'BIGINT']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		1950 + (i % 3) * 10,
		i % 2 ? 'men' : 'women',
		['Nurse', 'Farmer', 'Clerk', 'Teacher'][i % 4],
		10 + i
	])
};

/** One row per person: a name, an age and a gender coded Female/Male. */
export const ADMISSIONS: TableSpec = {
	name: 'admissions',
	columns: [
		['name', 'VARCHAR'],
		['age', 'BIGINT'],
		['gender', 'VARCHAR'],
		['ward', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`P${i}`,
		20 + i * 3,
		i % 2 ? 'Male' : 'Female',
		['A', 'B', 'C'][i % 3]
	])
};

/** One row per contest between two teams. */
export const LEAGUE: TableSpec = {
	name: 'league',
	columns: [
		['date', 'DATE'],
		['home_team', 'VARCHAR'],
		['away_team', 'VARCHAR'],
		['home_score', 'BIGINT'],
		['away_score', 'BIGINT']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		`2020-0${1 + (i % 9)}-1${i % 9}`,
		['Ayr', 'Bute', 'Crail'][i % 3],
		['Dunoon', 'Ely', 'Fife'][i % 3],
		i % 4,
		i % 3
	])
};

/** Daily readings with a temperature column and a price column named by one word. */
export const READINGS: TableSpec = {
	name: 'readings',
	columns: [
		['date', 'DATE'],
		['temp_max', 'DOUBLE'],
		['place', 'VARCHAR'],
		['gas', 'DOUBLE']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`${2010 + (i % 5)}-0${1 + (i % 9)}-1${i % 9}`,
		5 + ((i * 7) % 30),
		['Oslo', 'Rome'][i % 2],
		2 + i / 10
	])
};

const FREQUENT_PLACES = Array.from({ length: 20 }, (_, i) => `Town ${String.fromCharCode(65 + i)}`);
const RARE_PLACES = ['Juneau', 'sub_saharan_africa', 'New Haven', 'Glens Falls', 'NY'];

/** More places than the profile's top values: the rare ones are only in its value list. */
export const VISITS: TableSpec = {
	name: 'visits',
	humanName: 'Visits',
	columns: [
		['place', 'VARCHAR'],
		['guests', 'DOUBLE']
	],
	rows: [...FREQUENT_PLACES, ...FREQUENT_PLACES, ...RARE_PLACES].map((place, i) => [place, i])
};

/** Years long before 1800, as a year column and as a date column. */
export const WRECKS: TableSpec = {
	name: 'wrecks',
	humanName: 'Wrecks',
	columns: [
		['year', 'BIGINT'],
		['ship', 'VARCHAR'],
		['tonnage', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [1620 + i * 25, `Ship ${i}`, 100 + i])
};

export const VOYAGES: TableSpec = {
	name: 'voyages',
	humanName: 'Voyages',
	columns: [
		['sailed', 'DATE'],
		['crew', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`${1650 + i * 20}-06-01`, 20 + i])
};

/** Weather stations with a position: latitude and longitude. */
export const STATIONS: TableSpec = {
	name: 'stations',
	humanName: 'Stations',
	columns: [
		['name', 'VARCHAR'],
		['latitude', 'DOUBLE'],
		['longitude', 'DOUBLE']
	],
	rows: [
		['Alder', 10, 5],
		['Birch', 50, -3],
		['Cedar', 30, 20]
	]
};

/** Monthly figures over ten years: one row per month, dated the first of the month. */
export const MONTHLY_PRICES: TableSpec = {
	name: 'monthly_prices',
	humanName: 'Monthly prices',
	columns: [
		['date', 'DATE'],
		['price', 'DOUBLE']
	],
	rows: Array.from({ length: 120 }, (_, i) => [
		`${2000 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-01`,
		50 + i
	])
};

export function ruleCatalog(...specs: TableSpec[]): Catalog {
	return { tables: specs.map(catalogTable) };
}

/** All rule tables in one workspace, none related to another. */
export const RULE_WORKSPACE: Catalog = ruleCatalog(HEADCOUNT, SKY, SCHOOL_STAFF, MISHAPS);

/** Airfields whose profile lists only some of many town names (none of them Chicago). */
export const AIRFIELDS: TableSpec = {
	name: 'airfields',
	hasValueLists: false,
	columns: [
		['code', 'VARCHAR'],
		['name', 'VARCHAR'],
		['city', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`F${i}`,
		`Field ${i}`,
		`Town${String.fromCharCode(97 + (i % 26))}${i}`
	])
};

/** Postcodes of a few cities, Chicago among them: unrelated to the airfields. */
export const POSTCODES: TableSpec = {
	name: 'postcodes',
	columns: [
		['code', 'VARCHAR'],
		['city', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`0${i}`, ['Chicago', 'Boston', 'Denver'][i % 3]])
};

/** Hourly commit counts over a week: rows that are already counts, with a timestamp. */
export const COMMITS: TableSpec = {
	name: 'commits',
	columns: [
		['time', 'TIMESTAMP'],
		['count', 'BIGINT']
	],
	rows: Array.from({ length: 48 }, (_, i) => [
		`2020-01-0${1 + (i % 7)} ${String(i % 24).padStart(2, '0')}:00:00`,
		i % 5
	])
};

/** Yearly output of three plants: an additive quantity over time. */
export const PLANT_OUTPUT: TableSpec = {
	name: 'plant_output',
	columns: [
		['year', 'DATE'],
		['plant', 'VARCHAR'],
		['generation', 'BIGINT']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`${2001 + Math.floor(i / 3)}-01-01`,
		['Aston', 'Brill', 'Cleve'][i % 3],
		1000 + i
	])
};
