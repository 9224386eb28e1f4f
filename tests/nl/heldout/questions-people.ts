import type { EvalQuestion } from '../harness/types';

/** Held-out questions over la_riots, population, jobs and income. */
export const HELDOUT_PEOPLE_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ho-riots-01',
		question: 'how many victims were there',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'synonym'],
		sql: 'SELECT COUNT(*) FROM la_riots'
	},
	{
		id: 'ho-riots-02',
		question: 'victims by race',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT race, COUNT(*) FROM la_riots GROUP BY 1'
	},
	{
		id: 'ho-riots-03',
		question: 'average age of the victims',
		tables: ['la_riots'],
		tags: ['avg'],
		sql: 'SELECT AVG(age) FROM la_riots'
	},
	{
		id: 'ho-riots-04',
		question: 'number of homicides by neighborhood',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'fuzzy'],
		sql: `SELECT neighborhood, COUNT(*) FROM la_riots WHERE type = 'Homicide' GROUP BY 1`
	},
	{
		id: 'ho-riots-05',
		question: 'how many women died',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM la_riots WHERE gender = 'Female'`
	},
	{
		id: 'ho-riots-06',
		question: 'deaths per day',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'time-grain', 'synonym'],
		sql: 'SELECT death_date, COUNT(*) FROM la_riots GROUP BY 1'
	},
	{
		id: 'ho-riots-07',
		question: 'how many victims were under 18',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM la_riots WHERE age < 18'
	},
	{
		id: 'ho-riots-08',
		question: 'average age by gender',
		tables: ['la_riots'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT gender, AVG(age) FROM la_riots GROUP BY 1'
	},
	{
		id: 'ho-riots-09',
		question: 'neighborhoods with at least 3 victims',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric'],
		sql: 'SELECT neighborhood FROM la_riots GROUP BY 1 HAVING COUNT(*) >= 3'
	},
	{
		id: 'ho-riots-10',
		question: 'black victims by type of death',
		tables: ['la_riots'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'fuzzy'],
		sql: `SELECT type, COUNT(*) FROM la_riots WHERE race = 'Black' GROUP BY 1`
	},
	{
		id: 'ho-population-01',
		question: 'total population by year',
		tables: ['population'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT year, SUM(people) FROM population GROUP BY 1',
		note: 'each row holds a number of people'
	},
	{
		id: 'ho-population-02',
		question: 'number of people in 1900',
		tables: ['population'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(people) FROM population WHERE year = 1900'
	},
	{
		id: 'ho-population-03',
		question: 'how many people were 65 or older in 2000',
		tables: ['population'],
		tags: ['sum', 'filter-numeric', 'time-year'],
		sql: 'SELECT SUM(people) FROM population WHERE year = 2000 AND age >= 65'
	},
	{
		id: 'ho-population-04',
		question: 'people by age in 1950',
		tables: ['population'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT age, SUM(people) FROM population WHERE year = 1950 GROUP BY 1'
	},
	{
		id: 'ho-population-05',
		question: 'people under 20 per year',
		tables: ['population'],
		tags: ['sum', 'filter-numeric', 'group-by'],
		sql: 'SELECT year, SUM(people) FROM population WHERE age < 20 GROUP BY 1'
	},
	{
		id: 'ho-population-06',
		question: 'which age group had the most people in 2000',
		tables: ['population'],
		tags: ['top-n', 'sum', 'time-year'],
		sql: 'SELECT age FROM population WHERE year = 2000 GROUP BY 1 ORDER BY SUM(people) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'ho-population-07',
		question: 'population in 1990 by sex',
		tables: ['population'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT sex, SUM(people) FROM population WHERE year = 1990 GROUP BY 1'
	},
	{
		id: 'ho-jobs-01',
		question: 'number of teachers by year',
		tables: ['jobs'],
		tags: ['sum', 'filter-eq', 'group-by', 'fuzzy'],
		sql: `SELECT year, SUM(count) FROM jobs WHERE job = 'Teacher' GROUP BY 1`
	},
	{
		id: 'ho-jobs-02',
		question: 'how many women were nurses in 1950',
		tables: ['jobs'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(count) FROM jobs WHERE job = 'Nurse' AND sex = 'women' AND year = 1950`
	},
	{
		id: 'ho-jobs-03',
		question: 'number of people by year',
		tables: ['jobs'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT year, SUM(count) FROM jobs GROUP BY 1',
		note: 'each row holds a number of people'
	},
	{
		id: 'ho-jobs-04',
		question: 'top 5 jobs in 2000',
		tables: ['jobs'],
		tags: ['top-n', 'sum', 'time-year'],
		sql: 'SELECT job, SUM(count) FROM jobs WHERE year = 2000 GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'ho-jobs-05',
		question: 'farmers in 1900 by sex',
		tables: ['jobs'],
		tags: ['sum', 'filter-eq', 'group-by', 'fuzzy'],
		sql: `SELECT sex, SUM(count) FROM jobs WHERE job = 'Farmer' AND year = 1900 GROUP BY 1`
	},
	{
		id: 'ho-jobs-06',
		question: 'how many different jobs are there',
		tables: ['jobs'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT job) FROM jobs'
	},
	{
		id: 'ho-jobs-07',
		question: 'men and women employed in 1850',
		tables: ['jobs'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT sex, SUM(count) FROM jobs WHERE year = 1850 GROUP BY 1'
	},
	{
		id: 'ho-income-01',
		question: 'how many states in each region',
		tables: ['income'],
		tags: ['aggregate-distinct', 'group-by', 'synonym'],
		sql: 'SELECT region, COUNT(DISTINCT name) FROM income GROUP BY 1'
	},
	{
		id: 'ho-income-02',
		question: 'average pct by income group',
		tables: ['income'],
		tags: ['avg', 'group-by', 'quoting'],
		sql: 'SELECT "group", AVG(pct) FROM income GROUP BY 1'
	},
	{
		id: 'ho-income-03',
		question: 'states in the west',
		tables: ['income'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT DISTINCT name FROM income WHERE region = 'west'`
	},
	{
		id: 'ho-income-04',
		question: 'pct of households in the 200000+ group for California',
		tables: ['income'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT pct FROM income WHERE name = 'California' AND "group" = '200000+'`
	}
];
