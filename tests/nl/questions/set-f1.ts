import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set F1: questions over four tables from npm packages (country-data's countries, currencies
 * and languages, and timezones.json), written before the engine was run on them. The country
 * table keeps its multi-valued fields as comma-joined text ("eng,fra", "+1 809,+1 829"), and
 * the currency table's decimals and numeric code are text (a few rows hold "." or "Nil"), as an
 * import gives them; the time zones' list of zone names is kept only as its length.
 */
export const SET_F1_TABLE_SOURCES: TableSource[] = [
	{
		name: 'countries_data',
		humanName: 'Country data',
		dataPackage: 'country-data',
		file: 'countries.csv',
		format: 'csv'
	},
	{
		name: 'currencies',
		humanName: 'Currencies',
		dataPackage: 'country-data',
		file: 'currencies.csv',
		format: 'csv'
	},
	{
		name: 'languages',
		humanName: 'Languages',
		dataPackage: 'country-data',
		file: 'languages.csv',
		format: 'csv'
	},
	{
		name: 'timezones',
		humanName: 'Time zones',
		dataPackage: 'timezones.json',
		file: '../timezones.json',
		format: 'json',
		select: `"value", "abbr", "offset", "isdst", "text", len("utc") AS "zone_count"`
	}
];

export const SET_F1_QUESTIONS: EvalQuestion[] = [
	{
		id: 'f1-countries-01',
		question: 'how many countries are listed',
		tables: ['countries_data'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM countries_data'
	},
	{
		id: 'f1-countries-02',
		question: 'number of countries by status',
		tables: ['countries_data'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT status, COUNT(*) FROM countries_data GROUP BY 1'
	},
	{
		id: 'f1-countries-03',
		question: 'which countries have no calling code',
		tables: ['countries_data'],
		tags: ['filter-missing', 'rows-mode', 'synonym'],
		sql: 'SELECT name FROM countries_data WHERE countryCallingCodes IS NULL'
	},
	{
		id: 'f1-countries-04',
		question: 'countries that use the calling code +44',
		tables: ['countries_data'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT name FROM countries_data WHERE list_contains(string_split(countryCallingCodes, ','), '+44')"
	},
	{
		id: 'f1-countries-05',
		question: 'flag emoji for Brazil',
		tables: ['countries_data'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT emoji FROM countries_data WHERE name = 'Brazil'"
	},
	{
		id: 'f1-countries-06',
		question: 'How many countries use the euro?',
		tables: ['countries_data'],
		tags: ['aggregate-count', 'filter-contains', 'synonym'],
		sql: "SELECT COUNT(*) FROM countries_data WHERE list_contains(string_split(currencies, ','), 'EUR')"
	},
	{
		id: 'f1-countries-07',
		question: 'how many countries have more than one currency',
		tables: ['countries_data'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: "SELECT COUNT(*) FROM countries_data WHERE len(string_split(currencies, ',')) > 1"
	},
	{
		id: 'f1-countries-08',
		question: "how many countries don't have an IOC code",
		tables: ['countries_data'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM countries_data WHERE ioc IS NULL'
	},
	{
		id: 'f1-countries-09',
		question: 'list the countries whose status is not assigned',
		tables: ['countries_data'],
		tags: ['filter-negation', 'rows-mode'],
		sql: "SELECT name FROM countries_data WHERE status <> 'assigned'"
	},
	{
		id: 'f1-countries-10',
		question: "countries with 'island' in the name",
		tables: ['countries_data'],
		tags: ['filter-contains', 'rows-mode', 'quoting'],
		sql: "SELECT name FROM countries_data WHERE name ILIKE '%island%'"
	},
	{
		id: 'f1-countries-11',
		question: 'what percentage of countries have the status assigned',
		tables: ['countries_data'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT 100.0 * COUNT(*) FILTER (WHERE status = 'assigned') / COUNT(*) FROM countries_data",
		isShare: true
	},
	{
		id: 'f1-countries-12',
		question: 'which currency code is used by the most countries',
		tables: ['countries_data'],
		tags: ['aggregate-count', 'top-n', 'rows-mode'],
		sql: "SELECT code FROM (SELECT unnest(string_split(currencies, ',')) AS code FROM countries_data) GROUP BY code ORDER BY COUNT(*) DESC LIMIT 1"
	},
	{
		id: 'f1-countries-13',
		question: 'Which country has the most languages?',
		tables: ['countries_data'],
		tags: ['top-n', 'rows-mode'],
		sql: "SELECT name FROM countries_data ORDER BY len(string_split(languages, ',')) DESC NULLS LAST LIMIT 1"
	},
	{
		id: 'f1-countries-14',
		question: 'full name of the currency used in Japan',
		tables: ['countries_data', 'currencies'],
		tags: ['join', 'filter-eq', 'rows-mode'],
		sql: "SELECT cu.name FROM countries_data c JOIN currencies cu ON cu.code = c.currencies WHERE c.name = 'Japan'"
	},
	{
		id: 'f1-countries-15',
		question: 'names of the languages spoken in Switzerland',
		tables: ['countries_data', 'languages'],
		tags: ['join', 'filter-eq', 'rows-mode'],
		sql: "SELECT l.name FROM countries_data c, unnest(string_split(c.languages, ',')) AS t(code) JOIN languages l ON l.alpha3 = t.code WHERE c.name = 'Switzerland'"
	},
	{
		id: 'f1-countries-16',
		question: 'calling code for germany',
		tables: ['countries_data'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT countryCallingCodes FROM countries_data WHERE name = 'Germany'"
	},
	{
		id: 'f1-countries-17',
		question: 'Show me every country whose calling code is +61, I want to see which ones share it',
		tables: ['countries_data'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT name FROM countries_data WHERE list_contains(string_split(countryCallingCodes, ','), '+61')"
	},
	{
		id: 'f1-currencies-01',
		question: 'currencies with 0 decimals',
		tables: ['currencies'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT name FROM currencies WHERE decimals = '0'"
	},
	{
		id: 'f1-currencies-02',
		question: 'how many currencies have 3 decimal places',
		tables: ['currencies'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM currencies WHERE decimals = '3'"
	},
	{
		id: 'f1-currencies-03',
		question: "currencies with 'dollar' in the name",
		tables: ['currencies'],
		tags: ['filter-contains', 'rows-mode', 'quoting'],
		sql: "SELECT name FROM currencies WHERE name ILIKE '%dollar%'"
	},
	{
		id: 'f1-currencies-04',
		question: 'how many currencies are there',
		tables: ['currencies'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM currencies'
	},
	{
		id: 'f1-currencies-05',
		question: 'what is the numeric code of the Japanese yen',
		tables: ['currencies'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT number FROM currencies WHERE name = 'Japanese yen'"
	},
	{
		id: 'f1-currencies-06',
		question: 'number of currencies by decimal places',
		tables: ['currencies'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT decimals, COUNT(*) FROM currencies GROUP BY 1'
	},
	{
		id: 'f1-currencies-07',
		question: 'which currency has the lowest numeric code',
		tables: ['currencies'],
		tags: ['top-n', 'rows-mode', 'synonym'],
		sql: 'SELECT name FROM currencies ORDER BY TRY_CAST(number AS INTEGER) ASC NULLS LAST LIMIT 1',
		note: 'number is text (one row holds "Nil"): ordered as text, "104" would come before "8".'
	},
	{
		id: 'f1-currencies-08',
		question: 'how many currencies have franc in their name',
		tables: ['currencies'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: "SELECT COUNT(*) FROM currencies WHERE name ILIKE '%franc%'"
	},
	{
		id: 'f1-currencies-09',
		question: 'share of currencies with 2 decimals',
		tables: ['currencies'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT 100.0 * COUNT(*) FILTER (WHERE decimals = '2') / COUNT(*) FROM currencies",
		isShare: true
	},
	{
		id: 'f1-currencies-10',
		question: "how many currencies don't have 2 decimal places",
		tables: ['currencies'],
		tags: ['aggregate-count', 'filter-negation', 'synonym'],
		sql: "SELECT COUNT(*) FROM currencies WHERE decimals <> '2'"
	},
	{
		id: 'f1-languages-01',
		question: 'how many languages',
		tables: ['languages'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM languages'
	},
	{
		id: 'f1-languages-02',
		question: 'how many languages have a two-letter code',
		tables: ['languages'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM languages WHERE alpha2 IS NOT NULL'
	},
	{
		id: 'f1-languages-03',
		question: 'which languages have a bibliographic code',
		tables: ['languages'],
		tags: ['filter-missing', 'rows-mode'],
		sql: 'SELECT name FROM languages WHERE bibliographic IS NOT NULL'
	},
	{
		id: 'f1-languages-04',
		question: 'three-letter code for Japanese',
		tables: ['languages'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT alpha3 FROM languages WHERE name = 'Japanese'"
	},
	{
		id: 'f1-languages-05',
		question: "which language has the two-letter code 'fr'",
		tables: ['languages'],
		tags: ['filter-eq', 'rows-mode', 'quoting', 'synonym'],
		sql: "SELECT name FROM languages WHERE alpha2 = 'fr'"
	},
	{
		id: 'f1-languages-06',
		question: 'how many distinct three-letter language codes are there',
		tables: ['languages'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT alpha3) FROM languages'
	},
	{
		id: 'f1-languages-07',
		question: 'languages with creole in the name',
		tables: ['languages'],
		tags: ['filter-contains', 'rows-mode'],
		sql: "SELECT name FROM languages WHERE name ILIKE '%creole%'"
	},
	{
		id: 'f1-timezones-01',
		question: 'how many time zones observe daylight saving',
		tables: ['timezones'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM timezones WHERE isdst'
	},
	{
		id: 'f1-timezones-02',
		question: 'number of time zones not in daylight saving',
		tables: ['timezones'],
		tags: ['aggregate-count', 'filter-negation', 'synonym'],
		sql: 'SELECT COUNT(*) FROM timezones WHERE NOT isdst'
	},
	{
		id: 'f1-timezones-03',
		question: '3 time zones with the smallest offset',
		tables: ['timezones'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT value, "offset" FROM timezones ORDER BY "offset" ASC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'f1-timezones-04',
		question: 'average utc offset',
		tables: ['timezones'],
		tags: ['avg'],
		sql: 'SELECT AVG("offset") FROM timezones'
	},
	{
		id: 'f1-timezones-05',
		question: 'name of the time zone with the highest zone count',
		tables: ['timezones'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT value FROM timezones ORDER BY zone_count DESC LIMIT 1'
	},
	{
		id: 'f1-timezones-06',
		question: 'number of time zones per offset',
		tables: ['timezones'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "offset", COUNT(*) FROM timezones GROUP BY 1'
	},
	{
		id: 'f1-timezones-07',
		question: 'time zones with the abbreviation EST',
		tables: ['timezones'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT value FROM timezones WHERE abbr = 'EST'"
	},
	{
		id: 'f1-timezones-08',
		question: 'how many time zones have a negative offset',
		tables: ['timezones'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM timezones WHERE "offset" < 0'
	},
	{
		id: 'f1-timezones-09',
		question: 'what share of time zones use daylight saving time',
		tables: ['timezones'],
		tags: ['share', 'synonym'],
		sql: 'SELECT 100.0 * COUNT(*) FILTER (WHERE isdst) / COUNT(*) FROM timezones',
		isShare: true
	},
	{
		id: 'f1-timezones-10',
		question: 'what is the offset of the time zone that includes Tokyo',
		tables: ['timezones'],
		tags: ['filter-contains', 'rows-mode'],
		sql: 'SELECT "offset" FROM timezones WHERE text ILIKE \'%Tokyo%\''
	},
	{
		id: 'f1-timezones-11',
		question: 'highest offset among time zones without daylight saving',
		tables: ['timezones'],
		tags: ['max', 'filter-negation', 'synonym'],
		sql: 'SELECT MAX("offset") FROM timezones WHERE NOT isdst'
	},
	{
		id: 'f1-timezones-12',
		question: 'average zone count with and without daylight saving',
		tables: ['timezones'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT isdst, AVG(zone_count) FROM timezones GROUP BY 1'
	},
	{
		id: 'f1-timezones-13',
		question: 'median offset',
		tables: ['timezones'],
		tags: ['median'],
		sql: 'SELECT MEDIAN("offset") FROM timezones'
	},
	{
		id: 'f1-timezones-14',
		question: 'which abbreviation is used by the most time zones',
		tables: ['timezones'],
		tags: ['aggregate-count', 'top-n', 'rows-mode'],
		sql: 'SELECT abbr FROM timezones GROUP BY abbr ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'f1-timezones-15',
		question: 'top 5 time zones by zone count',
		tables: ['timezones'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT value, zone_count FROM timezones ORDER BY zone_count DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'f1-timezones-16',
		question: 'lowest offset of any time zone that has daylight saving',
		tables: ['timezones'],
		tags: ['min', 'filter-eq', 'synonym'],
		sql: 'SELECT MIN("offset") FROM timezones WHERE isdst'
	},
	{
		id: 'f1-refuse-01',
		question: 'population of each country',
		tables: ['countries_data'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f1-refuse-02',
		question: 'what is the capital of Japan',
		tables: ['countries_data'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql: 'SELECT capital FROM world_countries WHERE "name.common" = \'Japan\''
	},
	{
		id: 'f1-refuse-03',
		question: 'which currency has the highest exchange rate against the US dollar',
		tables: ['currencies'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f1-refuse-04',
		question: 'how many people speak Spanish',
		tables: ['languages'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'f1-refuse-05',
		question: 'which time zone has the largest population',
		tables: ['timezones'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];
