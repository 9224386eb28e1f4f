import type { EvalQuestion } from '../harness/types';

/** Held-out questions over football, barley and driving. */
export const HELDOUT_GAMES_FIELDS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ho-football-01',
		question: 'how many games per division',
		tables: ['football'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT division, COUNT(*) FROM football GROUP BY 1'
	},
	{
		id: 'ho-football-02',
		question: 'average home score',
		tables: ['football'],
		tags: ['avg'],
		sql: 'SELECT AVG(home_score) FROM football'
	},
	{
		id: 'ho-football-03',
		question: 'total away goals',
		tables: ['football'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(away_score) FROM football'
	},
	{
		id: 'ho-football-04',
		question: 'number of games per month',
		tables: ['football'],
		tags: ['aggregate-count', 'time-grain', 'synonym'],
		sql: `SELECT date_trunc('month', date), COUNT(*) FROM football GROUP BY 1`
	},
	{
		id: 'ho-football-05',
		question: 'games in the English Premier League in 2016',
		tables: ['football'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM football WHERE division = 'English Premier League' AND year(date) = 2016`
	},
	{
		id: 'ho-football-06',
		question: 'top 5 home teams by average home score',
		tables: ['football'],
		tags: ['top-n', 'avg', 'group-by'],
		sql: 'SELECT home_team, AVG(home_score) FROM football GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'ho-football-07',
		question: 'how many home games did Barcelona play',
		tables: ['football'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM football WHERE home_team = 'Barcelona'`
	},
	{
		id: 'ho-football-08',
		question: 'how many games had a home score above 5',
		tables: ['football'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM football WHERE home_score > 5'
	},
	{
		id: 'ho-football-09',
		question: 'matches per year',
		tables: ['football'],
		tags: ['aggregate-count', 'time-grain', 'synonym'],
		sql: 'SELECT year(date), COUNT(*) FROM football GROUP BY 1'
	},
	{
		id: 'ho-football-10',
		question: 'average away score by division',
		tables: ['football'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT division, AVG(away_score) FROM football GROUP BY 1'
	},
	{
		id: 'ho-football-11',
		question: 'highest home score in serie a',
		tables: ['football'],
		tags: ['max', 'filter-eq', 'fuzzy'],
		sql: `SELECT MAX(home_score) FROM football WHERE division = 'Serie A'`
	},
	{
		id: 'ho-barley-01',
		question: 'average yield by variety',
		tables: ['barley'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT variety, AVG(yield) FROM barley GROUP BY 1'
	},
	{
		id: 'ho-barley-02',
		question: 'total yield per site in 1932',
		tables: ['barley'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT site, SUM(yield) FROM barley WHERE year = 1932 GROUP BY 1'
	},
	{
		id: 'ho-barley-03',
		question: 'which site had the highest average yield',
		tables: ['barley'],
		tags: ['top-n', 'avg'],
		sql: 'SELECT site FROM barley GROUP BY 1 ORDER BY AVG(yield) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'ho-barley-04',
		question: 'yield of Trebi at Waseca in 1931',
		tables: ['barley'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: `SELECT yield FROM barley WHERE variety = 'Trebi' AND site = 'Waseca' AND year = 1931`
	},
	{
		id: 'ho-barley-05',
		question: 'average yield by year',
		tables: ['barley'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT year, AVG(yield) FROM barley GROUP BY 1'
	},
	{
		id: 'ho-barley-06',
		question: 'max yield for manchuria',
		tables: ['barley'],
		tags: ['max', 'filter-eq', 'fuzzy'],
		sql: `SELECT MAX(yield) FROM barley WHERE variety = 'Manchuria'`
	},
	{
		id: 'ho-barley-07',
		question: 'how many varieties are there',
		tables: ['barley'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT variety) FROM barley'
	},
	{
		id: 'ho-driving-01',
		question: 'average gas price',
		tables: ['driving'],
		tags: ['avg', 'fuzzy'],
		sql: 'SELECT AVG(gas) FROM driving'
	},
	{
		id: 'ho-driving-02',
		question: 'miles driven in 2000',
		tables: ['driving'],
		tags: ['filter-eq', 'time-year'],
		sql: 'SELECT miles FROM driving WHERE year = 2000',
		note: 'one row per year, so the sum is the value'
	},
	{
		id: 'ho-driving-03',
		question: 'maximum miles',
		tables: ['driving'],
		tags: ['max'],
		sql: 'SELECT MAX(miles) FROM driving'
	},
	{
		id: 'ho-driving-04',
		question: 'gas price per year since 2000',
		tables: ['driving'],
		tags: ['time-since', 'rows-mode'],
		sql: 'SELECT year, gas FROM driving WHERE year >= 2000'
	}
];
