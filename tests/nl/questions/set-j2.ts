import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set J2: questions over one-fact-per-country tables from the country-json npm package (its
 * src folder), written before the engine was run on them: international calling codes, region
 * of the world and ISO currency codes. The tables keep the import's columns as they are, none is
 * cast or renamed: `country` plus `calling_code` (an integer, no '+'), `location` (the region)
 * and `currency_code` (three-letter ISO code).
 *
 * country_coordinates (country-by-geo-coordinates.json: north, south, west, east of each
 * country's bounding box) has Montenegro's four numbers written as JSON strings; Quarry's import
 * reads such a field with one type (numbers here), as the harness does. Its questions were
 * checked against a copy with those four values as numbers, before the import was changed.
 *
 * The data has quirks that some questions rely on, kept as imported:
 * - calling_codes has 243 rows and 223 distinct codes: +1 is shared by five places (the US,
 *   Canada, both Virgin Islands, US Minor Outlying Islands) and +44 by the UK and its four
 *   nations, each a row; Caribbean and Pacific members of the +1 plan are stored as four-digit
 *   codes (Bahamas 1242, Jamaica 1876, Puerto Rico 1939, ...).
 * - world_regions has 28 `location` values, some of them odd: 'Micronesia/Caribbean' (US Minor
 *   Outlying Islands only), 'Central and Southeast Europe' (Serbia only), 'Southern Asia' (Sri
 *   Lanka only, beside 'Southern and Central Asia'), Europe split into Southern, Eastern, Western
 *   Europe plus 'Nordic Countries', 'Baltic Countries' and 'British Isles', and seven places with
 *   no region (England, Scotland, Wales, Northern Ireland, DR Congo, both Virgin Islands).
 * - currency_codes has 156 distinct codes, some outdated (ECS for Ecuador, ZWD for Zimbabwe),
 *   Palestine with none, and two names spelled unlike the other tables ('Macau', 'Pitcairn
 *   Islands' where world_regions and calling_codes say 'Macao', 'Pitcairn').
 */
export const SET_J2_TABLE_SOURCES: TableSource[] = [
	{
		name: 'country_coordinates',
		humanName: 'Country bounding boxes',
		dataPackage: 'country-json',
		file: '../src/country-by-geo-coordinates.json',
		format: 'json'
	},
	{
		name: 'calling_codes',
		humanName: 'Calling codes',
		dataPackage: 'country-json',
		file: '../src/country-by-calling-code.json',
		format: 'json'
	},
	{
		name: 'world_regions',
		humanName: 'Regions of the world',
		dataPackage: 'country-json',
		file: '../src/country-by-region-in-world.json',
		format: 'json'
	},
	{
		name: 'currency_codes',
		humanName: 'Currency codes',
		dataPackage: 'country-json',
		file: '../src/country-by-currency-code.json',
		format: 'json'
	}
];

export const SET_J2_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- calling codes
	{
		id: 'j2-calling_codes-01',
		question: "what's the calling code for japan",
		tables: ['calling_codes'],
		tags: ['filter-eq'],
		sql: "SELECT calling_code FROM calling_codes WHERE country = 'Japan'"
	},
	{
		id: 'j2-calling_codes-02',
		question: 'Which countries use +44?',
		tables: ['calling_codes'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT country FROM calling_codes WHERE calling_code = 44',
		note: 'Codes are stored as integers without the plus sign.'
	},
	{
		id: 'j2-calling_codes-03',
		question: 'how many different calling codes are there',
		tables: ['calling_codes'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT calling_code) FROM calling_codes'
	},
	{
		id: 'j2-calling_codes-04',
		question: 'calling codes shared by more than one country',
		tables: ['calling_codes'],
		tags: ['group-by', 'aggregate-count'],
		sql: 'SELECT calling_code FROM calling_codes GROUP BY calling_code HAVING COUNT(*) > 1'
	},
	{
		id: 'j2-calling_codes-05',
		question: 'Countries with a four digit dialing code',
		tables: ['calling_codes'],
		tags: ['filter-numeric', 'synonym', 'rows-mode'],
		sql: 'SELECT country FROM calling_codes WHERE calling_code BETWEEN 1000 AND 9999',
		note: 'Four digits = 1000 to 9999; these are the +1 places stored with their area code (1242, 1876, ...).'
	},
	{
		id: 'j2-calling_codes-06',
		question: 'how many countries have a calling code between 200 and 299?',
		tables: ['calling_codes'],
		tags: ['filter-numeric', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM calling_codes WHERE calling_code BETWEEN 200 AND 299'
	},
	{
		id: 'j2-calling_codes-07',
		question: 'which country has the highest calling code?',
		tables: ['calling_codes'],
		tags: ['max'],
		sql: 'SELECT country FROM calling_codes WHERE calling_code = (SELECT MAX(calling_code) FROM calling_codes)'
	},
	{
		id: 'j2-calling_codes-08',
		question: 'lowest calling code and the countries that use it',
		tables: ['calling_codes'],
		tags: ['min', 'rows-mode'],
		sql: 'SELECT country, calling_code FROM calling_codes WHERE calling_code = (SELECT MIN(calling_code) FROM calling_codes)'
	},
	{
		id: 'j2-calling_codes-09',
		question: 'list the countries whose calling code starts with 9',
		tables: ['calling_codes'],
		tags: ['filter-contains', 'rows-mode'],
		sql: "SELECT country FROM calling_codes WHERE CAST(calling_code AS VARCHAR) LIKE '9%'",
		note: 'A text prefix on an integer column: 9, 90-98 and 960-998.'
	},
	{
		id: 'j2-calling_codes-10',
		question: 'How many countries have a one-digit calling code?',
		tables: ['calling_codes'],
		tags: ['filter-numeric', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM calling_codes WHERE calling_code < 10'
	},
	{
		id: 'j2-calling_codes-11',
		question: 'calling codes for France, Germany and Italy',
		tables: ['calling_codes'],
		tags: ['filter-list'],
		sql: "SELECT country, calling_code FROM calling_codes WHERE country IN ('France', 'Germany', 'Italy')"
	},
	{
		id: 'j2-calling_codes-12',
		question: 'phone codes for every country whose name starts with Saint',
		tables: ['calling_codes'],
		tags: ['filter-contains', 'synonym'],
		sql: "SELECT country, calling_code FROM calling_codes WHERE country LIKE 'Saint%'"
	},
	{
		id: 'j2-calling_codes-13',
		question: 'who has country code 86',
		tables: ['calling_codes'],
		tags: ['filter-eq', 'synonym'],
		sql: 'SELECT country FROM calling_codes WHERE calling_code = 86'
	},
	{
		id: 'j2-calling_codes-14',
		question: 'Apart from Russia, which country uses calling code 7?',
		tables: ['calling_codes'],
		tags: ['filter-eq', 'filter-negation'],
		sql: "SELECT country FROM calling_codes WHERE calling_code = 7 AND country <> 'Russia'"
	},
	{
		id: 'j2-calling_codes-15',
		question: "how many countries don't have a 3-digit calling code",
		tables: ['calling_codes'],
		tags: ['filter-negation', 'filter-numeric', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM calling_codes WHERE calling_code NOT BETWEEN 100 AND 999'
	},
	{
		id: 'j2-calling_codes-16',
		question: 'top 5 calling codes by number of countries',
		tables: ['calling_codes'],
		tags: ['top-n', 'group-by', 'aggregate-count'],
		sql: 'SELECT calling_code FROM calling_codes GROUP BY calling_code ORDER BY COUNT(*) DESC LIMIT 5',
		note: 'Not ordered: 1 and 44 tie at 5 countries, 61, 262 and 672 at 3, the next code has 2, so the five are fixed but their order within ties is not.'
	},
	{
		id: 'j2-calling_codes-17',
		question: 'what share of countries have a three digit calling code?',
		tables: ['calling_codes'],
		tags: ['share', 'filter-numeric'],
		sql: 'SELECT AVG(CASE WHEN calling_code BETWEEN 100 AND 999 THEN 1 ELSE 0 END) FROM calling_codes',
		isShare: true
	},
	// ---------------------------------------------------------------- world regions
	{
		id: 'j2-world_regions-01',
		question: 'how many countries are in the caribbean',
		tables: ['world_regions'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM world_regions WHERE location = 'Caribbean'",
		note: 'Both Virgin Islands have no region in the data, so they are not counted.'
	},
	{
		id: 'j2-world_regions-02',
		question: 'list the countries in eastern asia',
		tables: ['world_regions'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT country FROM world_regions WHERE location = 'Eastern Asia'"
	},
	{
		id: 'j2-world_regions-03',
		question: 'Which region has the most countries?',
		tables: ['world_regions'],
		tags: ['group-by', 'aggregate-count', 'max'],
		sql: 'SELECT location FROM world_regions WHERE location IS NOT NULL GROUP BY location ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'j2-world_regions-04',
		question: 'number of countries in each region',
		tables: ['world_regions'],
		tags: ['group-by', 'aggregate-count'],
		sql: 'SELECT location, COUNT(*) FROM world_regions WHERE location IS NOT NULL GROUP BY location',
		note: 'The seven places with no region are left out: they are in no region.'
	},
	{
		id: 'j2-world_regions-05',
		question: 'how many regions are there?',
		tables: ['world_regions'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT location) FROM world_regions',
		note: "27 distinct values as written, counting the odd one-country ones ('Micronesia/Caribbean', 'Southern Asia', 'Central and Southeast Europe'); the missing region is not one."
	},
	{
		id: 'j2-world_regions-06',
		question: "which countries don't have a region?",
		tables: ['world_regions'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM world_regions WHERE location IS NULL'
	},
	{
		id: 'j2-world_regions-07',
		question: 'What region is Kazakhstan in',
		tables: ['world_regions'],
		tags: ['filter-eq'],
		sql: "SELECT location FROM world_regions WHERE country = 'Kazakhstan'"
	},
	{
		id: 'j2-world_regions-08',
		question: 'How many countries are in Africa?',
		tables: ['world_regions'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: "SELECT COUNT(*) FROM world_regions WHERE location LIKE '%Africa'",
		note: 'Africa is split into five regions (Northern, Western, Central, Eastern, Southern Africa), all named ... Africa. DR Congo has no region and is not counted.'
	},
	{
		id: 'j2-world_regions-09',
		question: 'how many european countries are in the list',
		tables: ['world_regions'],
		tags: ['aggregate-count', 'filter-list', 'fuzzy'],
		sql: "SELECT COUNT(*) FROM world_regions WHERE location LIKE '%Europe%' OR location IN ('Nordic Countries', 'Baltic Countries', 'British Isles')",
		note: "Judgement call: Europe is spread over seven values, four with 'Europe' in the name plus 'Nordic Countries', 'Baltic Countries' and 'British Isles' (46 in all; 34 by the name alone). Cyprus, Turkey and the Caucasus are in 'Middle East' and are not counted; England, Scotland, Wales and Northern Ireland have no region."
	},
	{
		id: 'j2-world_regions-10',
		question: 'regions with fewer than 5 countries',
		tables: ['world_regions'],
		tags: ['group-by', 'aggregate-count', 'filter-numeric'],
		sql: 'SELECT location FROM world_regions WHERE location IS NOT NULL GROUP BY location HAVING COUNT(*) < 5'
	},
	{
		id: 'j2-world_regions-11',
		question: 'what percentage of countries are in africa',
		tables: ['world_regions'],
		tags: ['share', 'filter-contains'],
		sql: "SELECT AVG(CASE WHEN location LIKE '%Africa' THEN 1 ELSE 0 END) FROM world_regions",
		isShare: true,
		note: 'Out of all 243 rows (58 / 243); the seven places with no region are still countries in the list.'
	},
	{
		id: 'j2-world_regions-12',
		question: 'Show me the countries in Polynesia or Melanesia',
		tables: ['world_regions'],
		tags: ['filter-list', 'rows-mode'],
		sql: "SELECT country FROM world_regions WHERE location IN ('Polynesia', 'Melanesia')"
	},
	{
		id: 'j2-world_regions-13',
		question: 'which country is listed under Micronesia/Caribbean?',
		tables: ['world_regions'],
		tags: ['filter-eq', 'quoting'],
		sql: "SELECT country FROM world_regions WHERE location = 'Micronesia/Caribbean'"
	},
	{
		id: 'j2-world_regions-14',
		question: "regions with 'Asia' in the name and how many countries each has",
		tables: ['world_regions'],
		tags: ['filter-contains', 'group-by', 'aggregate-count'],
		sql: "SELECT location, COUNT(*) FROM world_regions WHERE location LIKE '%Asia%' GROUP BY location"
	},
	{
		id: 'j2-world_regions-15',
		question: "serbia's region",
		tables: ['world_regions'],
		tags: ['filter-eq'],
		sql: "SELECT location FROM world_regions WHERE country = 'Serbia'"
	},
	{
		id: 'j2-world_regions-16',
		question: 'list all the regions in alphabetical order',
		tables: ['world_regions'],
		tags: ['ordering', 'aggregate-distinct'],
		sql: 'SELECT DISTINCT location FROM world_regions WHERE location IS NOT NULL ORDER BY location',
		isOrdered: true
	},
	{
		id: 'j2-world_regions-17',
		question: 'Top 3 regions by number of countries',
		tables: ['world_regions'],
		tags: ['top-n', 'group-by', 'aggregate-count'],
		sql: 'SELECT location FROM world_regions WHERE location IS NOT NULL GROUP BY location ORDER BY COUNT(*) DESC LIMIT 3',
		isOrdered: true,
		note: 'Caribbean 22, Eastern Africa 21, Middle East 18; no ties (next is Western Africa, 17).'
	},
	{
		id: 'j2-world_regions-18',
		question: 'how many countries are in micronesia',
		tables: ['world_regions'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: "SELECT COUNT(*) FROM world_regions WHERE location = 'Micronesia'",
		note: "The region 'Micronesia' (7 places). Not the country 'Micronesia, Federated States of', and not 'Micronesia/Caribbean' (the US Minor Outlying Islands, which span both)."
	},
	{
		id: 'j2-world_regions-19',
		question: 'countries in southern europe other than italy and spain',
		tables: ['world_regions'],
		tags: ['filter-eq', 'filter-negation', 'rows-mode'],
		sql: "SELECT country FROM world_regions WHERE location = 'Southern Europe' AND country NOT IN ('Italy', 'Spain')"
	},
	{
		id: 'j2-world_regions-20',
		question: 'median number of countries per region',
		tables: ['world_regions'],
		tags: ['median', 'group-by'],
		sql: 'SELECT MEDIAN(n) FROM (SELECT location, COUNT(*) AS n FROM world_regions WHERE location IS NOT NULL GROUP BY location)',
		note: 'Over the 27 regions as written; the places with no region are not a region.'
	},
	// ---------------------------------------------------------------- currency codes
	{
		id: 'j2-currency_codes-01',
		question: 'how many countries use the euro',
		tables: ['currency_codes'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM currency_codes WHERE currency_code = 'EUR'"
	},
	{
		id: 'j2-currency_codes-02',
		question: 'Which currency is used by the most countries?',
		tables: ['currency_codes'],
		tags: ['group-by', 'aggregate-count', 'max'],
		sql: 'SELECT currency_code FROM currency_codes WHERE currency_code IS NOT NULL GROUP BY currency_code ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'j2-currency_codes-03',
		question: 'how many different currencies are there',
		tables: ['currency_codes'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT currency_code) FROM currency_codes'
	},
	{
		id: 'j2-currency_codes-04',
		question: 'what currency does Switzerland use?',
		tables: ['currency_codes'],
		tags: ['filter-eq'],
		sql: "SELECT currency_code FROM currency_codes WHERE country = 'Switzerland'"
	},
	{
		id: 'j2-currency_codes-05',
		question: 'which countries use CHF',
		tables: ['currency_codes'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT country FROM currency_codes WHERE currency_code = 'CHF'"
	},
	{
		id: 'j2-currency_codes-06',
		question: 'List the countries that use the US dollar',
		tables: ['currency_codes'],
		tags: ['filter-eq', 'synonym', 'rows-mode'],
		sql: "SELECT country FROM currency_codes WHERE currency_code = 'USD'",
		note: 'By the stored code USD; Ecuador and El Salvador have their old codes (ECS, SVC) and are not included.'
	},
	{
		id: 'j2-currency_codes-07',
		question: 'top 5 currencies by number of countries',
		tables: ['currency_codes'],
		tags: ['top-n', 'group-by', 'aggregate-count'],
		sql: 'SELECT currency_code FROM currency_codes WHERE currency_code IS NOT NULL GROUP BY currency_code ORDER BY COUNT(*) DESC LIMIT 5',
		isOrdered: true,
		note: 'EUR 31, USD 14, XCD 9, AUD 8, XOF 7; no ties (next are GBP and XAF with 6).'
	},
	{
		id: 'j2-currency_codes-08',
		question: 'how many currencies are used by just one country?',
		tables: ['currency_codes'],
		tags: ['group-by', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM (SELECT currency_code FROM currency_codes WHERE currency_code IS NOT NULL GROUP BY currency_code HAVING COUNT(*) = 1)'
	},
	{
		id: 'j2-currency_codes-09',
		question: 'Which country has no currency code?',
		tables: ['currency_codes'],
		tags: ['filter-missing'],
		sql: 'SELECT country FROM currency_codes WHERE currency_code IS NULL'
	},
	{
		id: 'j2-currency_codes-10',
		question: 'currency codes that start with X',
		tables: ['currency_codes'],
		tags: ['filter-contains', 'aggregate-distinct'],
		sql: "SELECT DISTINCT currency_code FROM currency_codes WHERE currency_code LIKE 'X%'"
	},
	{
		id: 'j2-currency_codes-11',
		question: 'what share of countries use the euro?',
		tables: ['currency_codes'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: "SELECT AVG(CASE WHEN currency_code = 'EUR' THEN 1 ELSE 0 END) FROM currency_codes",
		isShare: true,
		note: 'Out of all 243 rows (31 / 243), Palestine (no code) included.'
	},
	{
		id: 'j2-currency_codes-12',
		question: 'How many countries use GBP, EUR or CHF?',
		tables: ['currency_codes'],
		tags: ['filter-list', 'aggregate-count'],
		sql: "SELECT COUNT(*) FROM currency_codes WHERE currency_code IN ('GBP', 'EUR', 'CHF')"
	},
	{
		id: 'j2-currency_codes-13',
		question: 'which other countries have the same currency as denmark',
		tables: ['currency_codes'],
		tags: ['filter-eq', 'filter-negation'],
		sql: "SELECT country FROM currency_codes WHERE currency_code = (SELECT currency_code FROM currency_codes WHERE country = 'Denmark') AND country <> 'Denmark'"
	},
	{
		id: 'j2-currency_codes-14',
		question: 'currencies shared by exactly two countries',
		tables: ['currency_codes'],
		tags: ['group-by', 'aggregate-count'],
		sql: 'SELECT currency_code FROM currency_codes GROUP BY currency_code HAVING COUNT(*) = 2'
	},
	{
		id: 'j2-currency_codes-15',
		question: 'number of countries per currency',
		tables: ['currency_codes'],
		tags: ['group-by', 'aggregate-count'],
		sql: 'SELECT currency_code, COUNT(*) FROM currency_codes WHERE currency_code IS NOT NULL GROUP BY currency_code',
		note: 'Palestine, with no code, is left out: it is not a currency.'
	},
	{
		id: 'j2-currency_codes-16',
		question: 'Which currencies besides the euro are used in more than one country?',
		tables: ['currency_codes'],
		tags: ['group-by', 'filter-negation', 'aggregate-count'],
		sql: "SELECT currency_code FROM currency_codes WHERE currency_code <> 'EUR' GROUP BY currency_code HAVING COUNT(*) > 1"
	},
	{
		id: 'j2-currency_codes-17',
		question: 'currency code for Macau',
		tables: ['currency_codes'],
		tags: ['filter-eq'],
		sql: "SELECT currency_code FROM currency_codes WHERE country = 'Macau'"
	},
	// ---------------------------------------------------------------- across tables
	{
		id: 'j2-join-01',
		question: 'which currency is most common among western african countries?',
		tables: ['world_regions', 'currency_codes'],
		tags: ['join', 'group-by', 'max'],
		sql: "SELECT c.currency_code FROM currency_codes c JOIN world_regions r ON r.country = c.country WHERE r.location = 'Western Africa' GROUP BY c.currency_code ORDER BY COUNT(*) DESC LIMIT 1",
		note: 'XOF, used by 7 of the 17; every other code there has one country.'
	},
	{
		id: 'j2-join-02',
		question: 'how many countries that use the euro are outside europe?',
		tables: ['world_regions', 'currency_codes'],
		tags: ['join', 'filter-negation', 'aggregate-count'],
		sql: "SELECT COUNT(*) FROM currency_codes c JOIN world_regions r ON r.country = c.country WHERE c.currency_code = 'EUR' AND r.location NOT LIKE '%Europe%' AND r.location NOT IN ('Nordic Countries', 'Baltic Countries', 'British Isles')",
		note: "By the regions as stored, Europe being the four ... Europe values plus Nordic Countries, Baltic Countries and British Isles: French Guiana, French Southern territories, Guadeloupe, Martinique, Mayotte, Reunion, Saint Pierre and Miquelon, and Cyprus (in 'Middle East'). Every EUR country has a region."
	},
	{
		id: 'j2-join-03',
		question: 'calling codes of the baltic countries',
		tables: ['world_regions', 'calling_codes'],
		tags: ['join', 'filter-eq'],
		sql: "SELECT k.country, k.calling_code FROM calling_codes k JOIN world_regions r ON r.country = k.country WHERE r.location = 'Baltic Countries'"
	},
	{
		id: 'j2-join-04',
		question: 'Which region has the most different currencies?',
		tables: ['world_regions', 'currency_codes'],
		tags: ['join', 'aggregate-distinct', 'group-by', 'max'],
		sql: 'SELECT r.location FROM world_regions r JOIN currency_codes c ON c.country = r.country WHERE r.location IS NOT NULL GROUP BY r.location ORDER BY COUNT(DISTINCT c.currency_code) DESC LIMIT 1',
		note: 'Eastern Africa, 20 codes among its 21 places (next is Middle East with 17).'
	},
	{
		id: 'j2-join-05',
		question: 'show the currency and calling code of each nordic country',
		tables: ['world_regions', 'currency_codes', 'calling_codes'],
		tags: ['join', 'filter-eq', 'rows-mode'],
		sql: "SELECT r.country, c.currency_code, k.calling_code FROM world_regions r JOIN currency_codes c ON c.country = r.country JOIN calling_codes k ON k.country = r.country WHERE r.location = 'Nordic Countries'"
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'j2-refuse-01',
		question: "what's the exchange rate from euros to US dollars?",
		tables: ['currency_codes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The table has only a currency code per country, no rates.'
	},
	{
		id: 'j2-refuse-02',
		question: 'Which country in Eastern Africa has the largest population?',
		tables: ['world_regions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No population in these tables.'
	},
	{
		id: 'j2-refuse-03',
		question: 'which currency is the strongest',
		tables: ['currency_codes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion / a fact not in the data (no values or rates).'
	},
	{
		id: 'j2-refuse-04',
		question: 'When did Estonia start using the euro?',
		tables: ['currency_codes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No dates: only the current code per country.'
	},
	{
		id: 'j2-refuse-05',
		question: 'how much does it cost per minute to call japan from the US',
		tables: ['calling_codes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No call prices, only codes.'
	},
	{
		id: 'j2-refuse-06',
		question: 'what is the capital of kenya?',
		tables: ['world_regions'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql: 'SELECT capital FROM world_countries WHERE "name.common" = \'Kenya\'',
		note: 'No capital cities in these tables (only the region).'
	},
	{
		id: 'j2-country_coordinates-01',
		question: 'which country reaches furthest north?',
		tables: ['country_coordinates'],
		tags: ['max'],
		sql: 'SELECT country FROM country_coordinates WHERE north = (SELECT MAX(north) FROM country_coordinates)'
	},
	{
		id: 'j2-country_coordinates-02',
		question: 'southernmost latitude of chile',
		tables: ['country_coordinates'],
		tags: ['filter-eq', 'min'],
		sql: "SELECT south FROM country_coordinates WHERE country = 'Chile'"
	},
	{
		id: 'j2-country_coordinates-03',
		question: 'how many countries are entirely north of the equator',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM country_coordinates WHERE south > 0',
		note: 'Whole bounding box north of 0: its southern edge is above the equator.'
	},
	{
		id: 'j2-country_coordinates-04',
		question: 'Count the countries that lie completely in the southern hemisphere',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM country_coordinates WHERE north < 0'
	},
	{
		id: 'j2-country_coordinates-05',
		question: 'which countries straddle the equator?',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_coordinates WHERE south < 0 AND north > 0',
		note: 'Includes Montenegro, whose stored box (south -42.7087, west -19.3744) is wrong in the source.'
	},
	{
		id: 'j2-country_coordinates-06',
		question: 'which countries have no coordinates at all',
		tables: ['country_coordinates'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT country FROM country_coordinates WHERE north IS NULL AND south IS NULL AND west IS NULL AND east IS NULL',
		note: '20 places with all four missing; Serbia has north and east but not south and west, so it is not one.'
	},
	{
		id: 'j2-country_coordinates-07',
		question: 'how many countries have their northern border between 40 and 50 degrees?',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'aggregate-count'],
		sql: 'SELECT COUNT(*) FROM country_coordinates WHERE north BETWEEN 40 AND 50'
	},
	{
		id: 'j2-country_coordinates-08',
		question: 'average northern latitude',
		tables: ['country_coordinates'],
		tags: ['avg'],
		sql: 'SELECT AVG(north) FROM country_coordinates'
	},
	{
		id: 'j2-country_coordinates-09',
		question: 'top 5 countries by north-south extent',
		tables: ['country_coordinates'],
		tags: ['top-n', 'metric'],
		sql: 'SELECT country FROM country_coordinates WHERE north IS NOT NULL AND south IS NOT NULL ORDER BY north - south DESC LIMIT 5',
		isOrdered: true,
		note: 'north minus south in degrees; Montenegro comes first by its wrong stored box (85.4 degrees), then Canada, Brazil, Chile, China.'
	},
	{
		id: 'j2-country_coordinates-10',
		question: "what's the bounding box of japan",
		tables: ['country_coordinates'],
		tags: ['filter-eq'],
		sql: "SELECT north, south, west, east FROM country_coordinates WHERE country = 'Japan'"
	},
	{
		id: 'j2-country_coordinates-11',
		question: 'countries whose west edge is beyond 100 degrees west',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_coordinates WHERE west < -100'
	},
	{
		id: 'j2-country_coordinates-12',
		question: 'In which countries is the west value bigger than the east value?',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_coordinates WHERE west > east',
		note: 'Kiribati and New Zealand, whose boxes cross the 180th meridian.'
	},
	{
		id: 'j2-country_coordinates-13',
		question: "islands south of the equator (names with 'Island' in them)",
		tables: ['country_coordinates'],
		tags: ['filter-contains', 'filter-numeric', 'rows-mode'],
		sql: "SELECT country FROM country_coordinates WHERE country ILIKE '%island%' AND north < 0",
		note: 'Entirely south of the equator (north < 0).'
	},
	{
		id: 'j2-country_coordinates-14',
		question: 'median southern boundary',
		tables: ['country_coordinates'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(south) FROM country_coordinates'
	},
	{
		id: 'j2-country_coordinates-15',
		question: 'which countries have a northern edge above 70°N',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_coordinates WHERE north > 70'
	},
	{
		id: 'j2-country_coordinates-16',
		question: 'countries that lie entirely between 30 and 60 degrees north',
		tables: ['country_coordinates'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT country FROM country_coordinates WHERE south >= 30 AND north <= 60'
	},
	{
		id: 'j2-country_coordinates-17',
		question: 'northernmost country in south america',
		tables: ['country_coordinates', 'world_regions'],
		tags: ['join', 'max', 'filter-eq'],
		sql: "SELECT g.country FROM country_coordinates g JOIN world_regions r ON r.country = g.country WHERE r.location = 'South America' ORDER BY g.north DESC NULLS LAST LIMIT 1"
	},
	{
		id: 'j2-country_coordinates-18',
		question: 'average northern edge by region',
		tables: ['country_coordinates', 'world_regions'],
		tags: ['join', 'avg', 'group-by'],
		sql: 'SELECT r.location, AVG(g.north) FROM country_coordinates g JOIN world_regions r ON r.country = g.country WHERE r.location IS NOT NULL GROUP BY r.location',
		note: 'Regions whose places all lack coordinates would show null; by the data every region has at least one.'
	}
];
