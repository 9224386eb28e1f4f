import type { EvalQuestion } from '../harness/types';

/** Set D questions over cps_wages_1985: one row per worker surveyed in May 1985. */
export const HELDOUT_D_WAGES_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hd-wages-01',
		question: 'how many workers are there',
		tables: ['cps_wages_1985'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM cps_wages_1985'
	},
	{
		id: 'hd-wages-02',
		question: 'average wage',
		tables: ['cps_wages_1985'],
		tags: ['avg'],
		sql: 'SELECT AVG(wage) FROM cps_wages_1985'
	},
	{
		id: 'hd-wages-03',
		question: 'average wage by gender',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT gender, AVG(wage) FROM cps_wages_1985 GROUP BY gender'
	},
	{
		id: 'hd-wages-04',
		question: 'how many women',
		tables: ['cps_wages_1985'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM cps_wages_1985 WHERE gender = 'female'`
	},
	{
		id: 'hd-wages-05',
		question: 'highest wage',
		tables: ['cps_wages_1985'],
		tags: ['max'],
		sql: 'SELECT MAX(wage) FROM cps_wages_1985'
	},
	{
		id: 'hd-wages-06',
		question: 'which occupation is the highest paid on average',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'top-n', 'group-by'],
		sql: 'SELECT occupation FROM cps_wages_1985 GROUP BY occupation ORDER BY AVG(wage) DESC LIMIT 1'
	},
	{
		id: 'hd-wages-07',
		question: 'number of workers per occupation',
		tables: ['cps_wages_1985'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT occupation, COUNT(*) FROM cps_wages_1985 GROUP BY occupation'
	},
	{
		id: 'hd-wages-08',
		question: 'median wage of managers',
		tables: ['cps_wages_1985'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(wage) FROM cps_wages_1985 WHERE occupation = 'management'`
	},
	{
		id: 'hd-wages-09',
		question: 'average wage in construction',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(wage) FROM cps_wages_1985 WHERE sector = 'construction'`
	},
	{
		id: 'hd-wages-10',
		question: 'how many workers are older than 50',
		tables: ['cps_wages_1985'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM cps_wages_1985 WHERE age > 50'
	},
	{
		id: 'hd-wages-11',
		question: 'average experience by race',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT race, AVG(experience) FROM cps_wages_1985 GROUP BY race'
	},
	{
		id: 'hd-wages-12',
		question: 'top 5 highest paid workers',
		tables: ['cps_wages_1985'],
		tags: ['top-n', 'rows-mode', 'ordering'],
		sql: 'SELECT wage FROM cps_wages_1985 ORDER BY wage DESC LIMIT 5',
		isOrdered: true,
		note: 'ties: several workers share a wage, so only the wages are compared'
	},
	{
		id: 'hd-wages-13',
		question: 'average wage of female clerical workers',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(wage) FROM cps_wages_1985 WHERE gender = 'female' AND occupation = 'clerical'`
	},
	{
		id: 'hd-wages-14',
		question: 'average wage by years of education',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT education, AVG(wage) FROM cps_wages_1985 GROUP BY education'
	},
	{
		id: 'hd-wages-15',
		question: 'how many workers earn more than 20 an hour',
		tables: ['cps_wages_1985'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM cps_wages_1985 WHERE wage > 20'
	},
	{
		id: 'hd-wages-16',
		question: 'youngest worker age',
		tables: ['cps_wages_1985'],
		tags: ['min'],
		sql: 'SELECT MIN(age) FROM cps_wages_1985'
	},
	{
		id: 'hd-wages-17',
		question: 'count of workers by sector and gender',
		tables: ['cps_wages_1985'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT sector, gender, COUNT(*) FROM cps_wages_1985 GROUP BY sector, gender'
	},
	{
		id: 'hd-wages-18',
		question: 'average wage for hispanic workers',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(wage) FROM cps_wages_1985 WHERE race = 'hispanic'`
	},
	{
		id: 'hd-wages-19',
		question: 'total wages of sales workers',
		tables: ['cps_wages_1985'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM(wage) FROM cps_wages_1985 WHERE occupation = 'sales'`
	},
	{
		id: 'hd-wages-20',
		question: 'average wage for workers with between 10 and 20 years of experience',
		tables: ['cps_wages_1985'],
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(wage) FROM cps_wages_1985 WHERE experience BETWEEN 10 AND 20'
	},
	{
		id: 'hd-wages-21',
		question: 'what share of workers are in manufacturing',
		tables: ['cps_wages_1985'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT AVG(CASE WHEN sector = 'manufacturing' THEN 1.0 ELSE 0.0 END) FROM cps_wages_1985`,
		isShare: true
	},
	{
		id: 'hd-wages-22',
		question: 'lowest wage among professionals',
		tables: ['cps_wages_1985'],
		tags: ['min', 'filter-eq', 'fuzzy'],
		sql: `SELECT MIN(wage) FROM cps_wages_1985 WHERE occupation = 'professional'`
	}
];
