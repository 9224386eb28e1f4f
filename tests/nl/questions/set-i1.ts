import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set I1: questions over eight one-fact-per-country tables from the country-json npm package
 * (main religion, coastline length, average male height, average elevation, population
 * density, national dish, continent, capital city), written before the engine was run on them.
 * The tables keep the import's columns as they are, none is cast or renamed: `country` plus
 * `religion`, `costline` (the source's own misspelling of coastline, in km), `height` (cm),
 * `elevation` (m), `density` (people per km²), `dish`, `continent` and `city`.
 *
 * The data has quirks that some questions rely on, kept as imported:
 * - religions lists six regional aggregates as if they were countries ('Europe',
 *   'Asia-Pacific', 'Sub-Saharan Africa', ...); they count as rows like any other, and seven
 *   rows (China, Japan, the Koreas, ...) have no religion.
 * - costline gives 0 for landlocked countries and null for 29 places (France, Russia, the UK's
 *   nations, ...); coastlines over 1,000 km were written with a thousands separator that came
 *   out as a decimal point (Canada 202.08, Italy 7.6), so by the numbers as stored Algeria (998)
 *   has the longest coastline.
 * - male_height has a figure for only 88 of 244 places, plus an odd 'Turkey-Trabzon' row.
 * - elevation has 88 nulls and a few names cut short ('Vietna', 'Belgiu', 'United Kingdo').
 * - population_density has no nulls but four uninhabited places at 0.
 * - national_dishes has 98 nulls, several dishes in one comma-separated text, and India's
 *   value is the sentence 'No officially announced national dish' (a value, not a gap).
 * - capital_cities has seven nulls, many local spellings ('Roma', 'Wien', 'Praha'), a few names
 *   cut short ('Ciudad de M') and London twice (England and United Kingdom).
 */
export const SET_I1_TABLE_SOURCES: TableSource[] = [
	{
		name: 'religions',
		humanName: 'Religions',
		dataPackage: 'country-json',
		file: '../src/country-by-religion.json',
		format: 'json'
	},
	{
		name: 'coastline',
		humanName: 'Coastline length',
		dataPackage: 'country-json',
		file: '../src/country-by-costline.json',
		format: 'json'
	},
	{
		name: 'male_height',
		humanName: 'Male height',
		dataPackage: 'country-json',
		file: '../src/country-by-avg-male-height.json',
		format: 'json'
	},
	{
		name: 'elevation',
		humanName: 'Elevation',
		dataPackage: 'country-json',
		file: '../src/country-by-elevation.json',
		format: 'json'
	},
	{
		name: 'population_density',
		humanName: 'Population density',
		dataPackage: 'country-json',
		file: '../src/country-by-population-density.json',
		format: 'json'
	},
	{
		name: 'national_dishes',
		humanName: 'National dishes',
		dataPackage: 'country-json',
		file: '../src/country-by-national-dish.json',
		format: 'json'
	},
	{
		name: 'continents',
		humanName: 'Continents',
		dataPackage: 'country-json',
		file: '../src/country-by-continent.json',
		format: 'json'
	},
	{
		name: 'capital_cities',
		humanName: 'Capital cities',
		dataPackage: 'country-json',
		file: '../src/country-by-capital-city.json',
		format: 'json'
	}
];

export const SET_I1_QUESTIONS: EvalQuestion[] = [
	// Religions
	{
		id: 'i1-religions-01',
		question: 'religion of Brazil',
		tables: ['religions'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT religion FROM religions WHERE country = 'Brazil'"
	},
	{
		id: 'i1-religions-02',
		question: 'most common religion',
		tables: ['religions'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT religion FROM religions WHERE religion IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'i1-religions-03',
		question: 'How many countries are there for each religion?',
		tables: ['religions'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT religion, COUNT(*) FROM religions GROUP BY 1',
		note: 'The seven countries with no religion form their own (null) group.'
	},
	{
		id: 'i1-religions-04',
		question: 'what share of all the countries in the list are muslim?',
		tables: ['religions'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: "SELECT AVG(CASE WHEN religion = 'Islam' THEN 1 ELSE 0 END) FROM religions",
		isShare: true,
		note: 'Base is every row ("all the countries in the list"), the seven without a religion included.'
	},
	{
		id: 'i1-religions-05',
		question: 'countries that are not Christian',
		tables: ['religions'],
		tags: ['filter-negation', 'rows-mode', 'synonym'],
		sql: "SELECT country FROM religions WHERE religion <> 'Christianity'",
		note: 'Countries with no religion listed are unknown, not known to be non-Christian, so they are left out; the regional rows (Asia-Pacific, Middle East-North Africa) are in.'
	},
	{
		id: 'i1-religions-06',
		question: 'Which countries have no religion listed?',
		tables: ['religions'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM religions WHERE religion IS NULL'
	},
	{
		id: 'i1-religions-07',
		question: 'religions that only one country has',
		tables: ['religions'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT religion FROM religions WHERE religion IS NOT NULL GROUP BY 1 HAVING COUNT(*) = 1',
		note: 'Only Judaism (Israel).'
	},

	// Coastline length
	{
		id: 'i1-coastline-01',
		question: 'coastline of italy',
		tables: ['coastline'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT costline FROM coastline WHERE country = 'Italy'",
		note: 'Stored as 7.6 (the source means 7,600 km); the answer is the stored value.'
	},
	{
		id: 'i1-coastline-02',
		question: 'countries with no coastline',
		tables: ['coastline'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT country FROM coastline WHERE costline = 0',
		note: 'A coastline of 0 km; nulls are missing figures, not "no coastline".'
	},
	{
		id: 'i1-coastline-03',
		question: 'how many countries are missing a coastline figure',
		tables: ['coastline'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM coastline WHERE costline IS NULL'
	},
	{
		id: 'i1-coastline-04',
		question: 'Which country has the longest coastline?',
		tables: ['coastline'],
		tags: ['max', 'top-n'],
		sql: 'SELECT country FROM coastline WHERE costline IS NOT NULL ORDER BY costline DESC LIMIT 1',
		note: 'By the numbers as stored this is Algeria (998): Canada and others over 1,000 km were stored with the thousands separator read as a decimal point.'
	},
	{
		id: 'i1-coastline-05',
		question: 'average coastline length',
		tables: ['coastline'],
		tags: ['avg'],
		sql: 'SELECT AVG(costline) FROM coastline'
	},
	{
		id: 'i1-coastline-06',
		question: 'list countries with more than 500 km of coastline',
		tables: ['coastline'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM coastline WHERE costline > 500',
		note: 'By the numbers as stored: the long coastlines stored as e.g. 202.08 (Canada) fall below 500.'
	},
	{
		id: 'i1-coastline-07',
		question: 'Among countries with a known coastline, what percentage have none at all?',
		tables: ['coastline'],
		tags: ['share', 'filter-eq', 'filter-missing'],
		sql: 'SELECT AVG(CASE WHEN costline = 0 THEN 1 ELSE 0 END) FROM coastline WHERE costline IS NOT NULL',
		isShare: true
	},

	// Male height
	{
		id: 'i1-male_height-01',
		question: 'average male height in Sweden',
		tables: ['male_height'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT height FROM male_height WHERE country = 'Sweden'"
	},
	{
		id: 'i1-male_height-02',
		question: 'countries where men are taller than 178 cm on average',
		tables: ['male_height'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM male_height WHERE height > 178',
		note: 'Strictly taller: Andorra and Luxembourg at exactly 178 are out.'
	},
	{
		id: 'i1-male_height-03',
		question: 'where are the tallest men',
		tables: ['male_height'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT country FROM male_height WHERE height IS NOT NULL ORDER BY height DESC LIMIT 1'
	},
	{
		id: 'i1-male_height-04',
		question: 'the 5 countries with the shortest men, shortest first',
		tables: ['male_height'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country, height FROM male_height WHERE height IS NOT NULL ORDER BY height ASC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'i1-male_height-05',
		question: 'median male height',
		tables: ['male_height'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(height) FROM male_height'
	},
	{
		id: 'i1-male_height-06',
		question: 'countries where the average man is between 170 and 172 cm',
		tables: ['male_height'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM male_height WHERE height BETWEEN 170 AND 172',
		note: 'Both ends included.'
	},
	{
		id: 'i1-male_height-07',
		question: 'male height in the US and the UK',
		tables: ['male_height'],
		tags: ['filter-list', 'rows-mode', 'synonym'],
		sql: "SELECT country, height FROM male_height WHERE country IN ('United States', 'United Kingdom')"
	},

	// Elevation
	{
		id: 'i1-elevation-01',
		question: 'which country has the highest average elevation',
		tables: ['elevation'],
		tags: ['max', 'top-n'],
		sql: 'SELECT country FROM elevation WHERE elevation IS NOT NULL ORDER BY elevation DESC LIMIT 1'
	},
	{
		id: 'i1-elevation-02',
		question: 'lowest lying country',
		tables: ['elevation'],
		tags: ['min', 'top-n', 'synonym'],
		sql: 'SELECT country FROM elevation WHERE elevation IS NOT NULL ORDER BY elevation ASC LIMIT 1'
	},
	{
		id: 'i1-elevation-03',
		question: 'countries with no elevation figure',
		tables: ['elevation'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM elevation WHERE elevation IS NULL'
	},
	{
		id: 'i1-elevation-04',
		question: 'Show me countries whose elevation is above 2000 m.',
		tables: ['elevation'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM elevation WHERE elevation > 2000'
	},
	{
		id: 'i1-elevation-05',
		question: 'how many countries sit below 100 metres on average',
		tables: ['elevation'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM elevation WHERE elevation < 100'
	},
	{
		id: 'i1-elevation-06',
		question: "what's vietnam's elevation",
		tables: ['elevation'],
		tags: ['filter-eq', 'rows-mode', 'fuzzy'],
		sql: "SELECT elevation FROM elevation WHERE country = 'Vietna'",
		note: "The source cut the name short: Vietnam is stored as 'Vietna'."
	},
	{
		id: 'i1-elevation-07',
		question: 'top 10 highest countries with their elevation',
		tables: ['elevation'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country, elevation FROM elevation WHERE elevation IS NOT NULL ORDER BY elevation DESC LIMIT 10',
		isOrdered: true
	},

	// Population density
	{
		id: 'i1-population_density-01',
		question: 'most densely populated country',
		tables: ['population_density'],
		tags: ['max', 'top-n'],
		sql: 'SELECT country FROM population_density ORDER BY density DESC LIMIT 1'
	},
	{
		id: 'i1-population_density-02',
		question: 'population density of japan',
		tables: ['population_density'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT density FROM population_density WHERE country = 'Japan'"
	},
	{
		id: 'i1-population_density-03',
		question: 'Which countries have more than 1000 people per square km?',
		tables: ['population_density'],
		tags: ['filter-numeric', 'rows-mode', 'synonym'],
		sql: 'SELECT country FROM population_density WHERE density > 1000'
	},
	{
		id: 'i1-population_density-04',
		question: 'median population density',
		tables: ['population_density'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(density) FROM population_density'
	},
	{
		id: 'i1-population_density-05',
		question: 'which places have a population density of zero',
		tables: ['population_density'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT country FROM population_density WHERE density = 0'
	},
	{
		id: 'i1-population_density-06',
		question: 'the 5 most sparsely populated places that have any people at all',
		tables: ['population_density'],
		tags: ['top-n', 'ordering', 'filter-numeric', 'synonym'],
		sql: 'SELECT country, density FROM population_density WHERE density > 0 ORDER BY density ASC LIMIT 5',
		isOrdered: true,
		note: 'Leaves out the four places at exactly 0.'
	},
	{
		id: 'i1-population_density-07',
		question: 'what percent of countries have over 100 people per km²',
		tables: ['population_density'],
		tags: ['share', 'filter-numeric'],
		sql: 'SELECT AVG(CASE WHEN density > 100 THEN 1 ELSE 0 END) FROM population_density',
		isShare: true
	},

	// National dishes
	{
		id: 'i1-national_dishes-01',
		question: 'national dish of Peru',
		tables: ['national_dishes'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT dish FROM national_dishes WHERE country = 'Peru'"
	},
	{
		id: 'i1-national_dishes-02',
		question: 'which countries eat pasta as their national dish',
		tables: ['national_dishes'],
		tags: ['filter-contains', 'rows-mode'],
		sql: "SELECT country FROM national_dishes WHERE dish ILIKE '%pasta%'",
		note: "Italy's dish is 'Pasta,Polenta,Pizza, Risotto'."
	},
	{
		id: 'i1-national_dishes-03',
		question: 'National dishes that have rice in them',
		tables: ['national_dishes'],
		tags: ['filter-contains', 'rows-mode'],
		sql: "SELECT country, dish FROM national_dishes WHERE dish ILIKE '%rice%'"
	},
	{
		id: 'i1-national_dishes-04',
		question: 'how many countries have no national dish listed',
		tables: ['national_dishes'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM national_dishes WHERE dish IS NULL',
		note: "India's 'No officially announced national dish' is a stored value, not a gap."
	},
	{
		id: 'i1-national_dishes-05',
		question: 'which dishes are the national dish of more than one country',
		tables: ['national_dishes'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT dish FROM national_dishes WHERE dish IS NOT NULL GROUP BY 1 HAVING COUNT(*) > 1'
	},
	{
		id: 'i1-national_dishes-06',
		question: 'Who has kibbeh as their national dish?',
		tables: ['national_dishes'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT country FROM national_dishes WHERE dish = 'Kibbeh'"
	},
	{
		id: 'i1-national_dishes-07',
		question: 'national dishes of japan, mexico and nigeria',
		tables: ['national_dishes'],
		tags: ['filter-list', 'rows-mode'],
		sql: "SELECT country, dish FROM national_dishes WHERE country IN ('Japan', 'Mexico', 'Nigeria')"
	},

	// Continents
	{
		id: 'i1-continents-01',
		question: 'number of countries per continent',
		tables: ['continents'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT continent, COUNT(*) FROM continents GROUP BY 1'
	},
	{
		id: 'i1-continents-02',
		question: 'Which continent has the most countries?',
		tables: ['continents'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT continent FROM continents GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'i1-continents-03',
		question: 'what continent is russia on',
		tables: ['continents'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT continent FROM continents WHERE country = 'Russia'"
	},
	{
		id: 'i1-continents-04',
		question: 'countries in south america',
		tables: ['continents'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT country FROM continents WHERE continent = 'South America'"
	},
	{
		id: 'i1-continents-05',
		question: 'list the countries outside Europe and Asia',
		tables: ['continents'],
		tags: ['filter-negation', 'filter-list', 'rows-mode'],
		sql: "SELECT country FROM continents WHERE continent NOT IN ('Europe', 'Asia')"
	},
	{
		id: 'i1-continents-06',
		question: 'what fraction of countries are in Africa',
		tables: ['continents'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT AVG(CASE WHEN continent = 'Africa' THEN 1 ELSE 0 END) FROM continents",
		isShare: true
	},
	{
		id: 'i1-continents-07',
		question: 'continents with fewer than 20 countries',
		tables: ['continents'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric'],
		sql: 'SELECT continent FROM continents GROUP BY 1 HAVING COUNT(*) < 20'
	},

	// Capital cities
	{
		id: 'i1-capital_cities-01',
		question: 'capital of Australia',
		tables: ['capital_cities'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT city FROM capital_cities WHERE country = 'Australia'"
	},
	{
		id: 'i1-capital_cities-02',
		question: 'capitals of France, Spain and Italy',
		tables: ['capital_cities'],
		tags: ['filter-list', 'rows-mode'],
		sql: "SELECT country, city FROM capital_cities WHERE country IN ('France', 'Spain', 'Italy')",
		note: "Italy's capital is stored under its local name, 'Roma'."
	},
	{
		id: 'i1-capital_cities-03',
		question: "N'Djamena is the capital of which country?",
		tables: ['capital_cities'],
		tags: ['filter-eq', 'rows-mode', 'quoting'],
		sql: "SELECT country FROM capital_cities WHERE city = 'N''Djamena'"
	},
	{
		id: 'i1-capital_cities-04',
		question: 'capital cities beginning with "Saint"',
		tables: ['capital_cities'],
		tags: ['filter-contains', 'rows-mode'],
		sql: "SELECT city FROM capital_cities WHERE city LIKE 'Saint%'"
	},
	{
		id: 'i1-capital_cities-05',
		question: 'Which countries have no capital city in the data?',
		tables: ['capital_cities'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM capital_cities WHERE city IS NULL'
	},
	{
		id: 'i1-capital_cities-06',
		question: 'countries whose capital has the same name as the country',
		tables: ['capital_cities'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT country FROM capital_cities WHERE city = country'
	},
	{
		id: 'i1-capital_cities-07',
		question: "how many capitals have 'port' in the name",
		tables: ['capital_cities'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: "SELECT COUNT(*) FROM capital_cities WHERE city ILIKE '%port%'"
	},

	// Questions the tables cannot answer
	{
		id: 'i1-refuse-01',
		question: 'What will the population density of Nigeria be in 2050?',
		tables: ['population_density'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast: the table has one density per country and no years.'
	},
	{
		id: 'i1-refuse-02',
		question: 'why are dutch men so tall',
		tables: ['male_height'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Asks for a cause; the table only has the heights.'
	},
	{
		id: 'i1-refuse-03',
		question: 'how many people live in the capital of Japan',
		tables: ['capital_cities'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'There is no population column, only country and city names.'
	},
	{
		id: 'i1-refuse-04',
		question: 'which national dish tastes the best',
		tables: ['national_dishes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion; there is no rating column.'
	},
	{
		id: 'i1-refuse-05',
		question: 'How many Muslims live in Indonesia?',
		tables: ['religions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The table gives only the main religion per country, no counts of believers.'
	},
	{
		id: 'i1-refuse-06',
		question: 'what is the highest mountain in nepal',
		tables: ['elevation'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The table has one average elevation per country, no mountains or peaks.'
	}
];
