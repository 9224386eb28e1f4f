import type { EvalQuestion } from '../harness/types';

/**
 * Set D questions over historical tables: crimean_war_deaths (deaths by cause per month,
 * 1854-1856) and Minard's data of Napoleon's march on Moscow: army (the army's size along the
 * route; direction A advancing, R retreating), cities and temperature (on the retreat, in °C).
 */
export const HELDOUT_D_HISTORY_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hd-crimea-01',
		question: 'total deaths from disease',
		tables: ['crimean_war_deaths'],
		tags: ['sum'],
		sql: 'SELECT SUM(disease) FROM crimean_war_deaths'
	},
	{
		id: 'hd-crimea-02',
		question: 'which month had the most deaths from wounds',
		tables: ['crimean_war_deaths'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT date FROM crimean_war_deaths ORDER BY wounds DESC LIMIT 1'
	},
	{
		id: 'hd-crimea-03',
		question: 'average army size',
		tables: ['crimean_war_deaths'],
		tags: ['avg'],
		sql: 'SELECT AVG(army_size) FROM crimean_war_deaths'
	},
	{
		id: 'hd-crimea-04',
		question: 'disease deaths by year',
		tables: ['crimean_war_deaths'],
		tags: ['sum', 'time-grain'],
		sql: 'SELECT year(date), SUM(disease) FROM crimean_war_deaths GROUP BY 1'
	},
	{
		id: 'hd-crimea-05',
		question: 'deadliest month',
		tables: ['crimean_war_deaths'],
		tags: ['top-n', 'ordering', 'metric'],
		sql: 'SELECT date FROM crimean_war_deaths ORDER BY disease + wounds + other DESC LIMIT 1'
	},
	{
		id: 'hd-crimea-06',
		question: 'how many months had more than 1000 disease deaths',
		tables: ['crimean_war_deaths'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM crimean_war_deaths WHERE disease > 1000'
	},
	{
		id: 'hd-crimea-07',
		question: 'largest army size',
		tables: ['crimean_war_deaths'],
		tags: ['max'],
		sql: 'SELECT MAX(army_size) FROM crimean_war_deaths'
	},
	{
		id: 'hd-crimea-08',
		question: 'deaths from wounds in 1855',
		tables: ['crimean_war_deaths'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(wounds) FROM crimean_war_deaths WHERE year(date) = 1855'
	},
	{
		id: 'hd-crimea-09',
		question: 'other deaths per month',
		tables: ['crimean_war_deaths'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT date_trunc('month', date), SUM(other) FROM crimean_war_deaths GROUP BY 1`
	},
	{
		id: 'hd-army-01',
		question: 'largest army size',
		tables: ['army'],
		tags: ['max'],
		sql: 'SELECT MAX(size) FROM army'
	},
	{
		id: 'hd-army-02',
		question: 'smallest size of division 1',
		tables: ['army'],
		tags: ['min', 'filter-eq'],
		sql: 'SELECT MIN(size) FROM army WHERE division = 1'
	},
	{
		id: 'hd-army-03',
		question: 'average size by direction',
		tables: ['army'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT direction, AVG(size) FROM army GROUP BY direction'
	},
	{
		id: 'hd-army-04',
		question: 'number of points per division',
		tables: ['army'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT division, COUNT(*) FROM army GROUP BY division'
	},
	{
		id: 'hd-army-05',
		question: 'how many rows where size is under 10000',
		tables: ['army'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM army WHERE size < 10000'
	},
	{
		id: 'hd-army-06',
		question: 'max size for direction r',
		tables: ['army'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(size) FROM army WHERE direction = 'R'`
	},
	{
		id: 'hd-cities-01',
		question: 'how many cities',
		tables: ['cities'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM cities'
	},
	{
		id: 'hd-cities-02',
		question: 'which city is furthest east',
		tables: ['cities'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT city FROM cities ORDER BY lon DESC LIMIT 1'
	},
	{
		id: 'hd-cities-03',
		question: 'cities with lon over 35',
		tables: ['cities'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT city FROM cities WHERE lon > 35'
	},
	{
		id: 'hd-cities-04',
		question: 'latitude of minsk',
		tables: ['cities'],
		tags: ['filter-eq', 'fuzzy'],
		sql: `SELECT lat FROM cities WHERE city = 'Minsk'`
	},
	{
		id: 'hd-temp-01',
		question: 'lowest temperature',
		tables: ['temperature'],
		tags: ['min', 'synonym'],
		sql: 'SELECT MIN(temp) FROM temperature'
	},
	{
		id: 'hd-temp-02',
		question: 'coldest day',
		tables: ['temperature'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT date FROM temperature ORDER BY temp ASC LIMIT 1'
	},
	{
		id: 'hd-temp-03',
		question: 'average temp in november',
		tables: ['temperature'],
		tags: ['avg', 'time-range'],
		sql: 'SELECT AVG(temp) FROM temperature WHERE month(date) = 11'
	},
	{
		id: 'hd-temp-04',
		question: 'how many days were below -20',
		tables: ['temperature'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM temperature WHERE temp < -20'
	},
	{
		id: 'hd-temp-05',
		question: 'average temperature by month',
		tables: ['temperature'],
		tags: ['avg', 'time-grain'],
		sql: `SELECT date_trunc('month', date), AVG(temp) FROM temperature GROUP BY 1`
	}
];
