import type { EvalQuestion } from '../harness/types';

export const WEATHER_QUESTIONS: EvalQuestion[] = [
	{
		id: 'weather-01',
		question: 'How many days did it rain?',
		tables: ['seattle_weather'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM seattle_weather WHERE weather = 'rain'`
	},
	{
		id: 'weather-02',
		question: 'average max temperature per month',
		tables: ['seattle_weather'],
		tags: ['avg', 'time-grain', 'fuzzy'],
		sql: `SELECT date_trunc('month', date), AVG(temp_max) FROM seattle_weather GROUP BY 1`
	},
	{
		id: 'weather-03',
		question: 'total precipitation in 2014',
		tables: ['seattle_weather'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(precipitation) FROM seattle_weather WHERE year(date) = 2014'
	},
	{
		id: 'weather-04',
		question: 'monthly average wind in 2015',
		tables: ['seattle_weather'],
		tags: ['avg', 'time-grain', 'time-year'],
		sql: `SELECT date_trunc('month', date), AVG(wind) FROM seattle_weather WHERE year(date) = 2015 GROUP BY 1`
	},
	{
		id: 'weather-05',
		question: 'count of days by weather type',
		tables: ['seattle_weather'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT weather, COUNT(*) FROM seattle_weather GROUP BY 1'
	},
	{
		id: 'weather-06',
		question: 'what share of days had each kind of weather',
		tables: ['seattle_weather'],
		tags: ['share', 'group-by'],
		isShare: true,
		sql: 'SELECT weather, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM seattle_weather GROUP BY 1'
	},
	{
		id: 'weather-07',
		question: 'What was the highest temp_max recorded?',
		tables: ['seattle_weather'],
		tags: ['max'],
		sql: 'SELECT MAX(temp_max) FROM seattle_weather'
	},
	{
		id: 'weather-08',
		question: 'lowest minimum temperature each year',
		tables: ['seattle_weather'],
		tags: ['min', 'time-grain', 'fuzzy'],
		sql: 'SELECT year(date), MIN(temp_min) FROM seattle_weather GROUP BY 1'
	},
	{
		id: 'weather-09',
		question: 'how many days had precipitation above 30',
		tables: ['seattle_weather'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM seattle_weather WHERE precipitation > 30'
	},
	{
		id: 'weather-10',
		question: 'number of sunny days per year',
		context: 'weather',
		tags: ['aggregate-count', 'time-grain', 'synonym', 'filter-eq'],
		sql: `SELECT year(date), COUNT(*) FROM seattle_weather WHERE weather = 'sun' GROUP BY 1`
	},
	{
		id: 'weather-11',
		question: 'total rainfall since March 2015',
		context: 'weather',
		tags: ['sum', 'time-since', 'synonym'],
		sql: `SELECT SUM(precipitation) FROM seattle_weather WHERE date >= DATE '2015-03-01'`
	},
	{
		id: 'weather-12',
		question: 'average temp_max in the last 12 months',
		tables: ['seattle_weather'],
		tags: ['avg', 'time-relative'],
		sql: `SELECT AVG(temp_max) FROM seattle_weather WHERE date > (SELECT MAX(date) FROM seattle_weather) - INTERVAL 12 MONTH`
	},
	{
		id: 'weather-13',
		question: 'how many snow or fog days were there',
		tables: ['seattle_weather'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM seattle_weather WHERE weather IN ('snow', 'fog')`
	},
	{
		id: 'weather-14',
		question: 'average max temp by day of week',
		tables: ['seattle_weather'],
		tags: ['avg', 'time-grain', 'fuzzy'],
		sql: 'SELECT dayname(date), AVG(temp_max) FROM seattle_weather GROUP BY 1'
	},
	{
		id: 'weather-15',
		question: 'quarterly precipitation totals',
		tables: ['seattle_weather'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT date_trunc('quarter', date), SUM(precipitation) FROM seattle_weather GROUP BY 1`
	},
	{
		id: 'weather-16',
		question: 'which day had the most precipitation',
		tables: ['seattle_weather'],
		tags: ['rows-mode', 'top-n', 'max'],
		sql: 'SELECT date FROM seattle_weather ORDER BY precipitation DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'weather-17',
		question: 'trend of average max temperature by year',
		tables: ['seattle_weather'],
		tags: ['trend', 'avg', 'time-grain'],
		sql: 'SELECT year(date), AVG(temp_max) FROM seattle_weather GROUP BY 1 ORDER BY 1',
		isOrdered: true
	},
	{
		id: 'weather-18',
		question: 'total precipitation between June 2014 and August 2014',
		tables: ['seattle_weather'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM(precipitation) FROM seattle_weather WHERE date >= DATE '2014-06-01' AND date < DATE '2014-09-01'`
	},
	{
		id: 'weather-19',
		question: 'days that were not rain or sun',
		tables: ['seattle_weather'],
		tags: ['rows-mode', 'filter-negation', 'filter-list'],
		sql: `SELECT date FROM seattle_weather WHERE weather NOT IN ('rain', 'sun')`
	},
	{
		id: 'weather-20',
		question: 'Average wind on rainy days in 2013',
		context: 'weather',
		tags: ['avg', 'filter-eq', 'synonym', 'time-year'],
		sql: `SELECT AVG(wind) FROM seattle_weather WHERE weather = 'rain' AND year(date) = 2013`
	},
	{
		id: 'weather-21',
		question: 'number of days per weekday with snow',
		tables: ['seattle_weather'],
		tags: ['aggregate-count', 'time-grain', 'filter-eq'],
		sql: `SELECT dayname(date), COUNT(*) FROM seattle_weather WHERE weather = 'snow' GROUP BY 1`
	}
];
