import type { EvalQuestion } from '../harness/types';

/**
 * Set D questions over us_births_1969_1988: one row per day, its births column a count, so
 * "how many births" is a sum and "how many days" a row count. day_of_week runs 1 (Monday) to 7.
 */
export const HELDOUT_D_BIRTHS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hd-births-01',
		question: 'total births',
		tables: ['us_births_1969_1988'],
		tags: ['sum'],
		sql: 'SELECT SUM(births) FROM us_births_1969_1988'
	},
	{
		id: 'hd-births-02',
		question: 'how many babies were born in 1975',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM(births) FROM us_births_1969_1988 WHERE year = 1975'
	},
	{
		id: 'hd-births-03',
		question: 'births by year',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'group-by', 'time-grain'],
		sql: 'SELECT year, SUM(births) FROM us_births_1969_1988 GROUP BY year'
	},
	{
		id: 'hd-births-04',
		question: 'average births per day',
		tables: ['us_births_1969_1988'],
		tags: ['avg'],
		sql: 'SELECT AVG(births) FROM us_births_1969_1988'
	},
	{
		id: 'hd-births-05',
		question: 'which month has the most births',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'top-n', 'group-by'],
		sql: 'SELECT month FROM us_births_1969_1988 GROUP BY month ORDER BY SUM(births) DESC LIMIT 1'
	},
	{
		id: 'hd-births-06',
		question: 'average births by day of week',
		tables: ['us_births_1969_1988'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT day_of_week, AVG(births) FROM us_births_1969_1988 GROUP BY day_of_week'
	},
	{
		id: 'hd-births-07',
		question: 'busiest day',
		tables: ['us_births_1969_1988'],
		tags: ['top-n', 'rows-mode', 'ordering'],
		sql: 'SELECT year, month, date_of_month FROM us_births_1969_1988 ORDER BY births DESC LIMIT 1'
	},
	{
		id: 'hd-births-08',
		question: 'how many days are in the data',
		tables: ['us_births_1969_1988'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM us_births_1969_1988'
	},
	{
		id: 'hd-births-09',
		question: 'fewest births in a single day',
		tables: ['us_births_1969_1988'],
		tags: ['min'],
		sql: 'SELECT MIN(births) FROM us_births_1969_1988'
	},
	{
		id: 'hd-births-10',
		question: 'how many days had more than 12000 births',
		tables: ['us_births_1969_1988'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM us_births_1969_1988 WHERE births > 12000'
	},
	{
		id: 'hd-births-11',
		question: 'total births in december 1980',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'time-range'],
		sql: 'SELECT SUM(births) FROM us_births_1969_1988 WHERE year = 1980 AND month = 12'
	},
	{
		id: 'hd-births-12',
		question: 'births per month in 1988',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT month, SUM(births) FROM us_births_1969_1988 WHERE year = 1988 GROUP BY month'
	},
	{
		id: 'hd-births-13',
		question: 'which year had the fewest births',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'top-n', 'group-by'],
		sql: 'SELECT year FROM us_births_1969_1988 GROUP BY year ORDER BY SUM(births) ASC LIMIT 1'
	},
	{
		id: 'hd-births-14',
		question: 'average daily births in the 1980s',
		tables: ['us_births_1969_1988'],
		tags: ['avg', 'time-range'],
		sql: 'SELECT AVG(births) FROM us_births_1969_1988 WHERE year BETWEEN 1980 AND 1989'
	},
	{
		id: 'hd-births-15',
		question: 'total births on sundays',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'filter-eq'],
		sql: 'SELECT SUM(births) FROM us_births_1969_1988 WHERE day_of_week = 7'
	},
	{
		id: 'hd-births-16',
		question: 'top 3 years by births',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'top-n', 'group-by', 'ordering'],
		sql: 'SELECT year, SUM(births) FROM us_births_1969_1988 GROUP BY year ORDER BY 2 DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'hd-births-17',
		question: 'births on the 13th by year',
		tables: ['us_births_1969_1988'],
		tags: ['sum', 'group-by', 'filter-eq'],
		sql: 'SELECT year, SUM(births) FROM us_births_1969_1988 WHERE date_of_month = 13 GROUP BY year'
	}
];
