/**
 * Test support: small made-up tables for the rules that read one table's columns from the
 * question's words (counts of persons by age, adjective superlatives, spans of years, flags).
 */
import type { TableSpec } from './tables';

/** Each row counts the people of one age and sex in one year. */
export const CENSUS: TableSpec = {
	name: 'census',
	humanName: 'Census',
	columns: [
		['year', 'INTEGER'],
		['age', 'INTEGER'],
		['sex', 'VARCHAR'],
		['people', 'INTEGER']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		1990 + (i % 3) * 10,
		(i % 4) * 10,
		i % 2 ? 'men' : 'women',
		1000 + i
	])
};

/** Rulers with the years their rule started and ended, and a flag. */
export const RULERS: TableSpec = {
	name: 'rulers',
	humanName: 'Rulers',
	columns: [
		['name', 'VARCHAR'],
		['start', 'INTEGER'],
		['end', 'INTEGER'],
		['regent', 'BOOLEAN']
	],
	rows: [
		['Ada', 1501, 1520, false],
		['Bors', 1520, 1522, true],
		['Cid', 1522, 1560, false],
		['Dag', 1560, 1571, null]
	]
};

/** Nations with an income, a health score and a region. */
export const NATIONS: TableSpec = {
	name: 'nations',
	humanName: 'Nations',
	columns: [
		['nation', 'VARCHAR'],
		['income', 'BIGINT'],
		['health', 'DOUBLE'],
		['region', 'VARCHAR']
	],
	rows: Array.from({ length: 8 }, (_, i) => [
		`N${i}`,
		1000 * ((i * 5) % 8),
		50 + i,
		['north', 'south'][i % 2]
	])
};

/** Each row is one death, with its date and a type, one of which is called 'Death'. */
export const FATALITIES: TableSpec = {
	name: 'fatalities',
	humanName: 'Fatalities',
	columns: [
		['death_date', 'DATE'],
		['type', 'VARCHAR'],
		['race', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`2001-05-0${1 + (i % 4)}`,
		['Death', 'Homicide', 'Accident'][i % 3],
		['Black', 'White'][i % 2]
	])
};

/** One row a year: a price and a wage, the table named after the price. */
export const BARLEY: TableSpec = {
	name: 'barley',
	humanName: 'Barley prices',
	columns: [
		['year', 'INTEGER'],
		['barley', 'DOUBLE'],
		['wages', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [1600 + 5 * i, 30 + i, 10 + i / 2])
};

/** One row a year with two figures, neither named by the table. */
export const LEDGER: TableSpec = {
	name: 'ledger',
	humanName: 'Ledger',
	columns: [
		['year', 'INTEGER'],
		['income', 'DOUBLE'],
		['outlay', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [1900 + i, 30 + i, 10 + i])
};

/** Trades of a stock: a date and a price, no volume. */
export const QUOTES: TableSpec = {
	name: 'quotes',
	humanName: 'Quotes',
	columns: [
		['date', 'DATE'],
		['price', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`${2005 + (i % 4)}-0${1 + (i % 9)}-01`, 10 + i])
};

/** Daily readings with a high and a low temperature and rain in millimetres. */
export const DAILY: TableSpec = {
	name: 'daily',
	humanName: 'Daily readings',
	columns: [
		['date', 'DATE'],
		['town', 'VARCHAR'],
		['temp_high', 'DOUBLE'],
		['temp_low', 'DOUBLE'],
		['rain', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2010-01-${String(1 + i).padStart(2, '0')}`,
		['Oslo', 'Rome'][i % 2],
		10 + ((i * 7) % 13),
		((i * 5) % 9) - 3,
		(i * 3) % 40
	])
};
