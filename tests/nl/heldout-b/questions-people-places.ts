import type { EvalQuestion } from '../harness/types';

/** Set B questions over monarchs, state_capitals, health_income and engineers_hurricanes. */
export const HELDOUT_B_PEOPLE_PLACES_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hb-monarchs-01',
		question: 'how many monarchs',
		tables: ['monarchs'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM monarchs',
		note: 'a word for the table rows'
	},
	{
		id: 'hb-monarchs-02',
		question: 'which monarch reigned the longest',
		tables: ['monarchs'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT name FROM monarchs ORDER BY "end" - start DESC LIMIT 1',
		note: 'reign length is end minus start (George III, 60 years)'
	},
	{
		id: 'hb-monarchs-03',
		question: 'monarchs who started after 1700',
		tables: ['monarchs'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT name FROM monarchs WHERE start > 1700'
	},
	{
		id: 'hb-monarchs-04',
		question: "when did anne's reign end",
		tables: ['monarchs'],
		tags: ['filter-eq'],
		sql: `SELECT "end" FROM monarchs WHERE name = 'Anne'`
	},
	{
		id: 'hb-monarchs-05',
		question: 'average reign length',
		tables: ['monarchs'],
		tags: ['avg'],
		sql: 'SELECT AVG("end" - start) FROM monarchs',
		note: 'a measure derived from two columns'
	},
	{
		id: 'hb-monarchs-06',
		question: 'who was the earliest monarch',
		tables: ['monarchs'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT name FROM monarchs ORDER BY start LIMIT 1'
	},
	{
		id: 'hb-monarchs-07',
		question: 'which monarchs were commonwealth',
		tables: ['monarchs'],
		tags: ['rows-mode', 'filter-eq'],
		sql: 'SELECT name FROM monarchs WHERE commonwealth'
	},
	{
		id: 'hb-capitals-01',
		question: 'capital of texas',
		tables: ['state_capitals'],
		tags: ['filter-eq', 'fuzzy'],
		sql: `SELECT city FROM state_capitals WHERE state = 'Texas'`
	},
	{
		id: 'hb-capitals-02',
		question: 'how many capitals are there',
		tables: ['state_capitals'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM state_capitals'
	},
	{
		id: 'hb-capitals-03',
		question: 'what state is juneau in',
		tables: ['state_capitals'],
		tags: ['filter-eq', 'fuzzy'],
		sql: `SELECT state FROM state_capitals WHERE city = 'Juneau'`
	},
	{
		id: 'hb-capitals-04',
		question: 'northernmost capital',
		tables: ['state_capitals'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT city FROM state_capitals ORDER BY lat DESC LIMIT 1',
		note: 'northernmost = highest latitude'
	},
	{
		id: 'hb-capitals-05',
		question: 'capitals with longitude greater than -80',
		tables: ['state_capitals'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT city FROM state_capitals WHERE lon > -80'
	},
	{
		id: 'hb-health-01',
		question: 'how many countries',
		tables: ['health_income'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM health_income'
	},
	{
		id: 'hb-health-02',
		question: 'average income by region',
		tables: ['health_income'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT region, AVG(income) FROM health_income GROUP BY 1'
	},
	{
		id: 'hb-health-03',
		question: 'top 5 richest countries',
		tables: ['health_income'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country FROM health_income ORDER BY income DESC LIMIT 5',
		isOrdered: true,
		note: 'richest = highest income'
	},
	{
		id: 'hb-health-04',
		question: 'total population in europe central asia',
		tables: ['health_income'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(population) FROM health_income WHERE region = 'europe_central_asia'`
	},
	{
		id: 'hb-health-05',
		question: 'countries with health above 80',
		tables: ['health_income'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT country FROM health_income WHERE health > 80'
	},
	{
		id: 'hb-health-06',
		question: 'number of countries per region',
		tables: ['health_income'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT region, COUNT(*) FROM health_income GROUP BY 1'
	},
	{
		id: 'hb-health-07',
		question: 'median income',
		tables: ['health_income'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(income) FROM health_income'
	},
	{
		id: 'hb-health-08',
		question: 'countries in sub saharan africa with income over 10000',
		tables: ['health_income'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric', 'fuzzy'],
		sql: `SELECT country FROM health_income WHERE region = 'sub_saharan_africa' AND income > 10000`
	},
	{
		id: 'hb-health-09',
		question: 'least healthy country',
		tables: ['health_income'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT country FROM health_income ORDER BY health LIMIT 1'
	},
	{
		id: 'hb-health-10',
		question: 'what is the population of japan',
		tables: ['health_income'],
		tags: ['filter-eq', 'fuzzy'],
		sql: `SELECT population FROM health_income WHERE country = 'Japan'`
	},
	{
		id: 'hb-hurricanes-01',
		question: 'total hurricanes',
		tables: ['engineers_hurricanes'],
		tags: ['sum'],
		sql: 'SELECT SUM(hurricanes) FROM engineers_hurricanes'
	},
	{
		id: 'hb-hurricanes-02',
		question: 'which state had the most hurricanes',
		tables: ['engineers_hurricanes'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT state FROM engineers_hurricanes ORDER BY hurricanes DESC LIMIT 1'
	},
	{
		id: 'hb-hurricanes-03',
		question: 'states with no hurricanes',
		tables: ['engineers_hurricanes'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT state FROM engineers_hurricanes WHERE hurricanes = 0'
	},
	{
		id: 'hb-hurricanes-04',
		question: 'population of texas',
		tables: ['engineers_hurricanes'],
		tags: ['filter-eq', 'fuzzy'],
		sql: `SELECT population FROM engineers_hurricanes WHERE state = 'Texas'`
	},
	{
		id: 'hb-hurricanes-05',
		question: 'top 3 states by engineers',
		tables: ['engineers_hurricanes'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT state, engineers FROM engineers_hurricanes ORDER BY engineers DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'hb-hurricanes-06',
		question: 'how many states had more than 10 hurricanes',
		tables: ['engineers_hurricanes'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM engineers_hurricanes WHERE hurricanes > 10'
	},
	{
		id: 'hb-hurricanes-07',
		question: 'average population of the states',
		tables: ['engineers_hurricanes'],
		tags: ['avg'],
		sql: 'SELECT AVG(population) FROM engineers_hurricanes'
	}
];
