import type { EvalQuestion } from '../harness/types';

/** Held-out questions over weather, crimea, co2_concentration and global_temp. */
export const HELDOUT_CLIMATE_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ho-weather-01',
		question: 'average max temperature in New York',
		tables: ['weather'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(temp_max) FROM weather WHERE location = 'New York'`
	},
	{
		id: 'ho-weather-02',
		question: 'how many snowy days in seattle',
		tables: ['weather'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM weather WHERE location = 'Seattle' AND weather = 'snow'`
	},
	{
		id: 'ho-weather-03',
		question: 'total precipitation by location',
		tables: ['weather'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT location, SUM(precipitation) FROM weather GROUP BY 1'
	},
	{
		id: 'ho-weather-04',
		question: 'number of days by weather',
		tables: ['weather'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT weather, COUNT(*) FROM weather GROUP BY 1',
		note: 'a column named like its table'
	},
	{
		id: 'ho-weather-05',
		question: 'monthly average of temp_min',
		tables: ['weather'],
		tags: ['avg', 'time-grain'],
		sql: `SELECT date_trunc('month', date), AVG(temp_min) FROM weather GROUP BY 1`
	},
	{
		id: 'ho-weather-06',
		question: 'rainy days per location',
		tables: ['weather'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'fuzzy'],
		sql: `SELECT location, COUNT(*) FROM weather WHERE weather = 'rain' GROUP BY 1`
	},
	{
		id: 'ho-weather-07',
		question: 'hottest day in new york',
		tables: ['weather'],
		tags: ['rows-mode', 'top-n', 'fuzzy'],
		sql: `SELECT date FROM weather WHERE location = 'New York' ORDER BY temp_max DESC LIMIT 1`,
		isOrdered: true
	},
	{
		id: 'ho-weather-08',
		question: 'how many days had more than 30 mm of precipitation',
		tables: ['weather'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM weather WHERE precipitation > 30'
	},
	{
		id: 'ho-weather-09',
		question: 'max wind by year',
		tables: ['weather'],
		tags: ['max', 'time-grain'],
		sql: 'SELECT year(date), MAX(wind) FROM weather GROUP BY 1'
	},
	{
		id: 'ho-weather-10',
		question: 'average precipitation in Seattle in 2015',
		tables: ['weather'],
		tags: ['avg', 'filter-eq', 'time-year'],
		sql: `SELECT AVG(precipitation) FROM weather WHERE location = 'Seattle' AND year(date) = 2015`
	},
	{
		id: 'ho-crimea-01',
		question: 'total deaths from disease',
		tables: ['crimea'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(disease) FROM crimea',
		note: 'the rows are months; disease holds a number of deaths'
	},
	{
		id: 'ho-crimea-02',
		question: 'average army size',
		tables: ['crimea'],
		tags: ['avg'],
		sql: 'SELECT AVG(army_size) FROM crimea'
	},
	{
		id: 'ho-crimea-03',
		question: 'disease deaths per year',
		tables: ['crimea'],
		tags: ['sum', 'time-grain'],
		sql: 'SELECT year(date), SUM(disease) FROM crimea GROUP BY 1'
	},
	{
		id: 'ho-crimea-04',
		question: 'which month had the most wounds',
		tables: ['crimea'],
		tags: ['rows-mode', 'top-n'],
		sql: 'SELECT date FROM crimea ORDER BY wounds DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'ho-crimea-05',
		question: 'total wounds in 1855',
		tables: ['crimea'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(wounds) FROM crimea WHERE year(date) = 1855'
	},
	{
		id: 'ho-crimea-06',
		question: 'deaths by year',
		context: 'crimea',
		tags: ['metric', 'time-grain'],
		sql: 'SELECT year(date), SUM(disease + wounds + other) FROM crimea GROUP BY 1'
	},
	{
		id: 'ho-crimea-07',
		question: 'largest army size',
		tables: ['crimea'],
		tags: ['max'],
		sql: 'SELECT MAX(army_size) FROM crimea'
	},
	{
		id: 'ho-co2-01',
		question: 'average co2 per year',
		tables: ['co2_concentration'],
		tags: ['avg', 'time-grain'],
		sql: 'SELECT year("Date"), AVG("CO2") FROM co2_concentration GROUP BY 1'
	},
	{
		id: 'ho-co2-02',
		question: 'highest CO2 reading',
		tables: ['co2_concentration'],
		tags: ['max'],
		sql: 'SELECT MAX("CO2") FROM co2_concentration'
	},
	{
		id: 'ho-co2-03',
		question: 'average adjusted CO2 in 2019',
		tables: ['co2_concentration'],
		tags: ['avg', 'time-year', 'quoting'],
		sql: 'SELECT AVG("adjusted CO2") FROM co2_concentration WHERE year("Date") = 2019'
	},
	{
		id: 'ho-co2-04',
		question: 'co2 by month in 1990',
		tables: ['co2_concentration'],
		tags: ['time-grain', 'time-year'],
		sql: 'SELECT "Date", "CO2" FROM co2_concentration WHERE year("Date") = 1990',
		note: 'one reading per month, so the monthly average is the reading'
	},
	{
		id: 'ho-co2-05',
		question: 'average co2 per decade',
		tables: ['co2_concentration'],
		tags: ['avg', 'time-grain'],
		sql: 'SELECT year("Date") // 10 * 10, AVG("CO2") FROM co2_concentration GROUP BY 1'
	},
	{
		id: 'ho-temp-01',
		question: 'average temp since 2000',
		tables: ['global_temp'],
		tags: ['avg', 'time-since'],
		sql: 'SELECT AVG(temp) FROM global_temp WHERE year >= 2000'
	},
	{
		id: 'ho-temp-02',
		question: 'warmest year',
		tables: ['global_temp'],
		tags: ['top-n', 'fuzzy'],
		sql: 'SELECT year FROM global_temp ORDER BY temp DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'ho-temp-03',
		question: 'how many years were warmer than 0.5',
		tables: ['global_temp'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM global_temp WHERE temp > 0.5'
	},
	{
		id: 'ho-temp-04',
		question: 'temperature in 1998',
		tables: ['global_temp'],
		tags: ['filter-eq', 'time-year'],
		sql: 'SELECT temp FROM global_temp WHERE year = 1998'
	},
	{
		id: 'ho-temp-05',
		question: 'coldest 3 years',
		tables: ['global_temp'],
		tags: ['rows-mode', 'top-n', 'fuzzy'],
		sql: 'SELECT year, temp FROM global_temp ORDER BY temp LIMIT 3',
		isOrdered: true
	}
];
