import type { EvalQuestion } from '../harness/types';

/** Set B questions over time series: us_employment, sp500 and github (rows are commit counts). */
export const HELDOUT_B_SERIES_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hb-employment-01',
		question: 'average nonfarm employment',
		tables: ['us_employment'],
		tags: ['avg'],
		sql: 'SELECT AVG(nonfarm) FROM us_employment'
	},
	{
		id: 'hb-employment-02',
		question: 'average construction employment by year',
		tables: ['us_employment'],
		tags: ['avg', 'time-grain'],
		sql: `SELECT date_trunc('year', month), AVG(construction) FROM us_employment GROUP BY 1`
	},
	{
		id: 'hb-employment-03',
		question: 'which month had the most government jobs',
		tables: ['us_employment'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT month FROM us_employment ORDER BY government DESC LIMIT 1'
	},
	{
		id: 'hb-employment-04',
		question: 'total nonfarm change in 2008',
		tables: ['us_employment'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(nonfarm_change) FROM us_employment WHERE year(month) = 2008'
	},
	{
		id: 'hb-employment-05',
		question: 'how many months had a negative nonfarm change',
		tables: ['us_employment'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM us_employment WHERE nonfarm_change < 0'
	},
	{
		id: 'hb-employment-06',
		question: 'maximum retail trade',
		tables: ['us_employment'],
		tags: ['max'],
		sql: 'SELECT MAX(retail_trade) FROM us_employment'
	},
	{
		id: 'hb-employment-07',
		question: 'leisure and hospitality over time',
		tables: ['us_employment'],
		tags: ['trend'],
		sql: 'SELECT month, leisure_and_hospitality FROM us_employment'
	},
	{
		id: 'hb-employment-08',
		question: 'average manufacturing employment since 2012',
		tables: ['us_employment'],
		tags: ['avg', 'time-since'],
		sql: `SELECT AVG(manufacturing) FROM us_employment WHERE month >= DATE '2012-01-01'`
	},
	{
		id: 'hb-sp500-01',
		question: 'average price of the s&p 500',
		tables: ['sp500'],
		tags: ['avg'],
		sql: 'SELECT AVG(price) FROM sp500'
	},
	{
		id: 'hb-sp500-02',
		question: 'highest price',
		tables: ['sp500'],
		tags: ['max'],
		sql: 'SELECT MAX(price) FROM sp500'
	},
	{
		id: 'hb-sp500-03',
		question: 'average price per year',
		tables: ['sp500'],
		tags: ['avg', 'time-grain'],
		sql: `SELECT date_trunc('year', date), AVG(price) FROM sp500 GROUP BY 1`
	},
	{
		id: 'hb-sp500-04',
		question: 'lowest price in 2009',
		tables: ['sp500'],
		tags: ['min', 'time-year'],
		sql: 'SELECT MIN(price) FROM sp500 WHERE year(date) = 2009'
	},
	{
		id: 'hb-sp500-05',
		question: 'when was the price highest',
		tables: ['sp500'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT date FROM sp500 ORDER BY price DESC LIMIT 1'
	},
	{
		id: 'hb-sp500-06',
		question: 'how many months was the price above 1500',
		tables: ['sp500'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM sp500 WHERE price > 1500',
		note: 'one row per month'
	},
	{
		id: 'hb-sp500-07',
		question: 'price in march 2003',
		tables: ['sp500'],
		tags: ['time-range'],
		sql: `SELECT price FROM sp500 WHERE date_trunc('month', date) = DATE '2003-03-01'`
	},
	{
		id: 'hb-github-01',
		question: 'how many commits',
		tables: ['github'],
		tags: ['sum'],
		sql: 'SELECT SUM(count) FROM github',
		note: 'rows are counts: each row holds the commits of one hour'
	},
	{
		id: 'hb-github-02',
		question: 'commits per month',
		tables: ['github'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT date_trunc('month', time), SUM(count) FROM github GROUP BY 1`,
		note: 'rows are counts'
	},
	{
		id: 'hb-github-03',
		question: 'busiest day for commits',
		tables: ['github'],
		tags: ['sum', 'time-grain', 'top-n'],
		sql: `SELECT date_trunc('day', time) FROM github GROUP BY 1 ORDER BY SUM(count) DESC LIMIT 1`
	},
	{
		id: 'hb-github-04',
		question: 'commits in april',
		tables: ['github'],
		tags: ['sum', 'time-range'],
		sql: 'SELECT SUM(count) FROM github WHERE month(time) = 4',
		note: 'every row is in 2015'
	},
	{
		id: 'hb-github-05',
		question: 'weekly commits',
		tables: ['github'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT date_trunc('week', time), SUM(count) FROM github GROUP BY 1`
	},
	{
		id: 'hb-github-06',
		question: 'most commits in one hour',
		tables: ['github'],
		tags: ['max'],
		sql: 'SELECT MAX(count) FROM github'
	}
];
