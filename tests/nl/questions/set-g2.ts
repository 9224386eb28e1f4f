import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set G2: questions over five one-fact-per-country tables from the country-json npm package
 * (government type, independence year, life expectancy, yearly average temperature,
 * landlocked), written before the engine was run on them. The tables keep the import's columns
 * (`country` plus `government`, `independence`, `expectancy`, `temperature`, `landlocked`) and
 * its gaps (nulls for territories and the UK's nations); independence years reach back before
 * year 0 (China: -1523). Only `landlocked`, a "1"/"0" text flag in the JSON, is cast (TRY_CAST
 * to INTEGER), as a CSV export would give it as a number.
 */
export const SET_G2_TABLE_SOURCES: TableSource[] = [
	{
		name: 'government_types',
		humanName: 'Government types',
		dataPackage: 'country-json',
		file: '../src/country-by-government-type.json',
		format: 'json'
	},
	{
		name: 'independence',
		humanName: 'Independence',
		dataPackage: 'country-json',
		file: '../src/country-by-independence-date.json',
		format: 'json'
	},
	{
		name: 'life_expectancy',
		humanName: 'Life expectancy',
		dataPackage: 'country-json',
		file: '../src/country-by-life-expectancy.json',
		format: 'json'
	},
	{
		name: 'average_temperature',
		humanName: 'Average temperature',
		dataPackage: 'country-json',
		file: '../src/country-by-yearly-average-temperature.json',
		format: 'json'
	},
	{
		name: 'landlocked',
		humanName: 'Landlocked countries',
		dataPackage: 'country-json',
		file: '../src/country-by-landlocked.json',
		format: 'json',
		select: `"country", TRY_CAST("landlocked" AS INTEGER) AS "landlocked"`
	}
];

export const SET_G2_QUESTIONS: EvalQuestion[] = [
	// Government types
	{
		id: 'g2-government_types-01',
		question: 'monarchies',
		tables: ['government_types'],
		tags: ['filter-contains', 'rows-mode', 'synonym'],
		sql: "SELECT country FROM government_types WHERE government ILIKE '%monarchy%'",
		note: 'Every kind of monarchy: constitutional, federation, sultanate, emirate.'
	},
	{
		id: 'g2-government_types-02',
		question: 'How many countries have Republic as their government type?',
		tables: ['government_types'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM government_types WHERE government = 'Republic'"
	},
	{
		id: 'g2-government_types-03',
		question: 'number of countries by government type',
		tables: ['government_types'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT government, COUNT(*) FROM government_types GROUP BY 1'
	},
	{
		id: 'g2-government_types-04',
		question: 'what kind of government does bhutan have',
		tables: ['government_types'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT government FROM government_types WHERE country = 'Bhutan'"
	},
	{
		id: 'g2-government_types-05',
		question: 'list the countries that are dependent territories of the UK',
		tables: ['government_types'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT country FROM government_types WHERE government = 'Dependent Territory of the UK'"
	},
	{
		id: 'g2-government_types-06',
		question: 'countries with no government type listed',
		tables: ['government_types'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM government_types WHERE government IS NULL'
	},
	{
		id: 'g2-government_types-07',
		question: 'what is the most common form of government',
		tables: ['government_types'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT government FROM government_types WHERE government IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'g2-government_types-08',
		question: 'How many different types of government are there?',
		tables: ['government_types'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT government) FROM government_types'
	},
	{
		id: 'g2-government_types-09',
		question: "government types with 'republic' in them",
		tables: ['government_types'],
		tags: ['filter-contains', 'aggregate-distinct', 'rows-mode'],
		sql: "SELECT DISTINCT government FROM government_types WHERE government ILIKE '%republic%'"
	},
	{
		id: 'g2-government_types-10',
		question: 'which places are territories of australia',
		tables: ['government_types'],
		tags: ['filter-eq', 'rows-mode', 'fuzzy'],
		sql: "SELECT country FROM government_types WHERE government = 'Territory of Australia'"
	},

	// Independence
	{
		id: 'g2-independence-01',
		question: 'countries independent since 1990',
		tables: ['independence'],
		tags: ['filter-numeric', 'time-since', 'rows-mode'],
		sql: 'SELECT country FROM independence WHERE independence >= 1990'
	},
	{
		id: 'g2-independence-02',
		question: 'how many countries became independent in 1960',
		tables: ['independence'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: 'SELECT COUNT(*) FROM independence WHERE independence = 1960'
	},
	{
		id: 'g2-independence-03',
		question: 'countries that became independent between 1950 and 1970',
		tables: ['independence'],
		tags: ['filter-numeric', 'time-range', 'rows-mode'],
		sql: 'SELECT country FROM independence WHERE independence BETWEEN 1950 AND 1970',
		note: 'Both ends included.'
	},
	{
		id: 'g2-independence-04',
		question: 'When did India become independent?',
		tables: ['independence'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT independence FROM independence WHERE country = 'India'"
	},
	{
		id: 'g2-independence-05',
		question: 'which country became independent most recently',
		tables: ['independence'],
		tags: ['top-n', 'max', 'rows-mode'],
		sql: 'SELECT country FROM independence ORDER BY independence DESC NULLS LAST LIMIT 1'
	},
	{
		id: 'g2-independence-06',
		question: '5 oldest countries by independence date',
		tables: ['independence'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country FROM independence ORDER BY independence ASC NULLS LAST LIMIT 5',
		isOrdered: true
	},
	{
		id: 'g2-independence-07',
		question: 'number of countries with no independence year',
		tables: ['independence'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM independence WHERE independence IS NULL'
	},
	{
		id: 'g2-independence-08',
		question: 'how many countries became independent in each decade since 1900',
		tables: ['independence'],
		tags: ['aggregate-count', 'group-by', 'time-grain', 'time-since'],
		sql: 'SELECT (independence // 10) * 10 AS decade, COUNT(*) FROM independence WHERE independence >= 1900 GROUP BY 1',
		note: 'Decades labelled by their first year (1960 for 1960–1969).'
	},
	{
		id: 'g2-independence-09',
		question: 'How many countries gained independence before 1800?',
		tables: ['independence'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM independence WHERE independence < 1800'
	},
	{
		id: 'g2-independence-10',
		question: 'Which countries gained independence in 1991?',
		tables: ['independence'],
		tags: ['filter-eq', 'time-year', 'rows-mode'],
		sql: 'SELECT country FROM independence WHERE independence = 1991'
	},

	// Life expectancy
	{
		id: 'g2-life_expectancy-01',
		question: 'what is the life expectancy in japan',
		tables: ['life_expectancy'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT expectancy FROM life_expectancy WHERE country = 'Japan'"
	},
	{
		id: 'g2-life_expectancy-02',
		question: 'average life expectancy',
		tables: ['life_expectancy'],
		tags: ['avg'],
		sql: 'SELECT AVG(expectancy) FROM life_expectancy'
	},
	{
		id: 'g2-life_expectancy-03',
		question: 'the 5 countries with the lowest life expectancy',
		tables: ['life_expectancy'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country FROM life_expectancy ORDER BY expectancy ASC NULLS LAST LIMIT 5',
		isOrdered: true
	},
	{
		id: 'g2-life_expectancy-04',
		question: 'Top 5 countries by life expectancy',
		tables: ['life_expectancy'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country FROM life_expectancy ORDER BY expectancy DESC NULLS LAST LIMIT 5',
		isOrdered: true
	},
	{
		id: 'g2-life_expectancy-05',
		question: 'how many countries have a life expectancy under 50',
		tables: ['life_expectancy'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM life_expectancy WHERE expectancy < 50'
	},
	{
		id: 'g2-life_expectancy-06',
		question: 'lowest life expectancy',
		tables: ['life_expectancy'],
		tags: ['min'],
		sql: 'SELECT MIN(expectancy) FROM life_expectancy'
	},
	{
		id: 'g2-life_expectancy-07',
		question: 'Which country has the highest life expectancy?',
		tables: ['life_expectancy'],
		tags: ['top-n', 'max', 'rows-mode'],
		sql: 'SELECT country FROM life_expectancy ORDER BY expectancy DESC NULLS LAST LIMIT 1'
	},
	{
		id: 'g2-life_expectancy-08',
		question: 'countries missing a life expectancy figure',
		tables: ['life_expectancy'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM life_expectancy WHERE expectancy IS NULL'
	},
	{
		id: 'g2-life_expectancy-09',
		question: 'median life expectancy',
		tables: ['life_expectancy'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(expectancy) FROM life_expectancy'
	},
	{
		id: 'g2-life_expectancy-10',
		question:
			'of the countries that have a life expectancy figure, what percentage have one above 75',
		tables: ['life_expectancy'],
		tags: ['share', 'filter-numeric'],
		sql: 'SELECT AVG(CASE WHEN expectancy > 75 THEN 1 ELSE 0 END) FROM life_expectancy WHERE expectancy IS NOT NULL',
		isShare: true
	},

	// Average temperature
	{
		id: 'g2-average_temperature-01',
		question: '10 hottest countries',
		tables: ['average_temperature'],
		tags: ['top-n', 'ordering', 'synonym'],
		sql: 'SELECT country FROM average_temperature ORDER BY temperature DESC NULLS LAST LIMIT 10',
		isOrdered: true
	},
	{
		id: 'g2-average_temperature-02',
		question: 'coldest country',
		tables: ['average_temperature'],
		tags: ['top-n', 'min', 'rows-mode', 'synonym'],
		sql: 'SELECT country FROM average_temperature ORDER BY temperature ASC NULLS LAST LIMIT 1'
	},
	{
		id: 'g2-average_temperature-03',
		question: "What's the average temperature in Canada?",
		tables: ['average_temperature'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT temperature FROM average_temperature WHERE country = 'Canada'"
	},
	{
		id: 'g2-average_temperature-04',
		question: 'countries where the yearly average temperature is below freezing',
		tables: ['average_temperature'],
		tags: ['filter-numeric', 'rows-mode', 'synonym'],
		sql: 'SELECT country FROM average_temperature WHERE temperature < 0'
	},
	{
		id: 'g2-average_temperature-05',
		question: 'how many countries average more than 27 degrees',
		tables: ['average_temperature'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM average_temperature WHERE temperature > 27'
	},
	{
		id: 'g2-average_temperature-06',
		question: 'average temperature across all countries',
		tables: ['average_temperature'],
		tags: ['avg'],
		sql: 'SELECT AVG(temperature) FROM average_temperature'
	},
	{
		id: 'g2-average_temperature-07',
		question: 'How many countries have no temperature data?',
		tables: ['average_temperature'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM average_temperature WHERE temperature IS NULL'
	},
	{
		id: 'g2-average_temperature-08',
		question: 'temperatures of norway, sweden and finland',
		tables: ['average_temperature'],
		tags: ['filter-list', 'rows-mode'],
		sql: "SELECT country, temperature FROM average_temperature WHERE country IN ('Norway', 'Sweden', 'Finland')"
	},
	{
		id: 'g2-average_temperature-09',
		question: 'countries with an average temperature between 10 and 15 degrees',
		tables: ['average_temperature'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM average_temperature WHERE temperature BETWEEN 10 AND 15'
	},
	{
		id: 'g2-average_temperature-10',
		question: 'highest yearly average temperature',
		tables: ['average_temperature'],
		tags: ['max'],
		sql: 'SELECT MAX(temperature) FROM average_temperature'
	},

	// Landlocked
	{
		id: 'g2-landlocked-01',
		question: 'landlocked countries',
		tables: ['landlocked'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT country FROM landlocked WHERE landlocked = 1'
	},
	{
		id: 'g2-landlocked-02',
		question: 'How many countries are landlocked?',
		tables: ['landlocked'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM landlocked WHERE landlocked = 1'
	},
	{
		id: 'g2-landlocked-03',
		question: 'countries that are not landlocked',
		tables: ['landlocked'],
		tags: ['filter-negation', 'rows-mode'],
		sql: 'SELECT country FROM landlocked WHERE landlocked = 0'
	},
	{
		id: 'g2-landlocked-04',
		question: 'how many countries have access to the sea',
		tables: ['landlocked'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM landlocked WHERE landlocked = 0'
	},
	{
		id: 'g2-landlocked-05',
		question: 'is switzerland landlocked',
		tables: ['landlocked'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT landlocked FROM landlocked WHERE country = 'Switzerland'"
	},
	{
		id: 'g2-landlocked-06',
		question: 'of the countries where we know, what percent are landlocked',
		tables: ['landlocked'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT AVG(CASE WHEN landlocked = 1 THEN 1 ELSE 0 END) FROM landlocked WHERE landlocked IS NOT NULL',
		isShare: true,
		note: 'One country has no landlocked value; the question leaves it out of the base.'
	},
	{
		id: 'g2-landlocked-07',
		question: 'which country is missing its landlocked status',
		tables: ['landlocked'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM landlocked WHERE landlocked IS NULL'
	},
	{
		id: 'g2-landlocked-08',
		question: 'landlocked countries starting with B',
		tables: ['landlocked'],
		tags: ['filter-eq', 'filter-contains', 'rows-mode'],
		sql: "SELECT country FROM landlocked WHERE landlocked = 1 AND country LIKE 'B%'"
	},
	{
		id: 'g2-landlocked-09',
		question: 'count of countries by landlocked',
		tables: ['landlocked'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT landlocked, COUNT(*) FROM landlocked GROUP BY 1'
	},
	{
		id: 'g2-landlocked-10',
		question: "Landlocked countries with 'stan' in the name",
		tables: ['landlocked'],
		tags: ['filter-eq', 'filter-contains', 'rows-mode'],
		sql: "SELECT country FROM landlocked WHERE landlocked = 1 AND country ILIKE '%stan%'"
	},

	// Questions the tables cannot answer
	{
		id: 'g2-refuse-01',
		question: 'what is the capital of nepal',
		tables: ['government_types'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql: 'SELECT capital FROM world_countries WHERE "name.common" = \'Nepal\''
	},
	{
		id: 'g2-refuse-02',
		question: 'Who was the first president of Ghana after independence?',
		tables: ['independence'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'g2-refuse-03',
		question: 'how has life expectancy in japan changed since 1950',
		tables: ['life_expectancy'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql: "SELECT year, life_expect FROM gapminder WHERE country = 'Japan' AND year >= 1950"
	},
	{
		id: 'g2-refuse-04',
		question: 'average temperature in spain in july',
		tables: ['average_temperature'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'g2-refuse-05',
		question: 'which landlocked country has the largest population',
		tables: ['landlocked'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];
