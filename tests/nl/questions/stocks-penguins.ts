import type { EvalQuestion } from '../harness/types';

export const STOCKS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'stocks-01',
		question: 'average price by symbol',
		tables: ['stocks'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT symbol, AVG(price) FROM stocks GROUP BY 1'
	},
	{
		id: 'stocks-02',
		question: 'Highest price of AAPL',
		tables: ['stocks'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(price) FROM stocks WHERE symbol = 'AAPL'`
	},
	{
		id: 'stocks-03',
		question: 'average price of MSFT in 2008',
		tables: ['stocks'],
		tags: ['avg', 'filter-eq', 'time-year'],
		sql: `SELECT AVG(price) FROM stocks WHERE symbol = 'MSFT' AND year(date) = 2008`
	},
	{
		id: 'stocks-04',
		question: 'monthly trend of GOOG price',
		tables: ['stocks'],
		tags: ['trend', 'time-grain', 'filter-eq'],
		sql: `SELECT date_trunc('month', date), AVG(price) FROM stocks WHERE symbol = 'GOOG' GROUP BY 1 ORDER BY 1`,
		isOrdered: true
	},
	{
		id: 'stocks-05',
		question: 'average IBM price since Jan 2009',
		tables: ['stocks'],
		tags: ['avg', 'filter-eq', 'time-since'],
		sql: `SELECT AVG(price) FROM stocks WHERE symbol = 'IBM' AND date >= DATE '2009-01-01'`
	},
	{
		id: 'stocks-06',
		question: 'yearly average price for each symbol',
		tables: ['stocks'],
		tags: ['avg', 'multi-group', 'time-grain'],
		sql: 'SELECT symbol, year(date), AVG(price) FROM stocks GROUP BY 1, 2'
	},
	{
		id: 'stocks-07',
		question: 'AMZN prices in the last 6 months',
		tables: ['stocks'],
		tags: ['rows-mode', 'time-relative', 'filter-eq'],
		sql: `SELECT date, price FROM stocks WHERE symbol = 'AMZN' AND date > (SELECT MAX(date) FROM stocks) - INTERVAL 6 MONTH`
	},
	{
		id: 'stocks-08',
		question: 'Which stock had the highest average price?',
		tables: ['stocks'],
		tags: ['top-n', 'avg'],
		sql: 'SELECT symbol FROM stocks GROUP BY 1 ORDER BY AVG(price) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'stocks-09',
		question: 'number of months with a price over 100 per symbol',
		tables: ['stocks'],
		tags: ['aggregate-count', 'filter-numeric', 'group-by'],
		sql: 'SELECT symbol, COUNT(*) FROM stocks WHERE price > 100 GROUP BY 1'
	},
	{
		id: 'stocks-10',
		question: 'how many different symbols are in the stocks',
		tables: ['stocks'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT symbol) FROM stocks'
	},
	{
		id: 'stocks-11',
		question: 'lowest price of each stock between 2001 and 2003',
		tables: ['stocks'],
		tags: ['min', 'group-by', 'time-range'],
		sql: 'SELECT symbol, MIN(price) FROM stocks WHERE year(date) BETWEEN 2001 AND 2003 GROUP BY 1'
	}
];

export const PENGUINS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'penguins-01',
		question: 'average body mass by species',
		tables: ['penguins'],
		tags: ['avg', 'group-by', 'fuzzy', 'quoting'],
		sql: 'SELECT "Species", AVG("Body Mass (g)") FROM penguins GROUP BY 1'
	},
	{
		id: 'penguins-02',
		question: 'how many penguins on each island',
		tables: ['penguins'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "Island", COUNT(*) FROM penguins GROUP BY 1'
	},
	{
		id: 'penguins-03',
		question: 'count of penguins by species and sex',
		tables: ['penguins'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT "Species", "Sex", COUNT(*) FROM penguins GROUP BY 1, 2'
	},
	{
		id: 'penguins-04',
		question: 'max flipper length for Gentoo penguins',
		tables: ['penguins'],
		tags: ['max', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT MAX("Flipper Length (mm)") FROM penguins WHERE "Species" = 'Gentoo'`
	},
	{
		id: 'penguins-05',
		question: 'how many penguins are not Adelie',
		tables: ['penguins'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM penguins WHERE "Species" <> 'Adelie'`
	},
	{
		id: 'penguins-06',
		question: 'How many penguins have no sex recorded?',
		tables: ['penguins'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM penguins WHERE "Sex" IS NULL'
	},
	{
		id: 'penguins-07',
		question: 'average beak length of penguins heavier than 5000 g',
		tables: ['penguins'],
		tags: ['avg', 'filter-numeric', 'fuzzy', 'quoting'],
		sql: 'SELECT AVG("Beak Length (mm)") FROM penguins WHERE "Body Mass (g)" > 5000'
	},
	{
		id: 'penguins-08',
		question: 'Which island has the heaviest penguins on average?',
		tables: ['penguins'],
		tags: ['top-n', 'avg', 'fuzzy'],
		sql: 'SELECT "Island" FROM penguins GROUP BY 1 ORDER BY AVG("Body Mass (g)") DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'penguins-09',
		question: 'share of penguins per island',
		tables: ['penguins'],
		tags: ['share', 'group-by'],
		isShare: true,
		sql: 'SELECT "Island", 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM penguins GROUP BY 1'
	},
	{
		id: 'penguins-10',
		question: 'distribution of flipper length in bins of 10',
		tables: ['penguins'],
		tags: ['distribution', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM penguins WHERE "Flipper Length (mm)" IS NOT NULL GROUP BY FLOOR("Flipper Length (mm)" / 10)',
		note: 'bins starting at multiples of 10; compared by their counts, so bin labels may be written any way'
	},
	{
		id: 'penguins-11',
		question: 'median beak depth of female penguins',
		tables: ['penguins'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Beak Depth (mm)") FROM penguins WHERE "Sex" = 'FEMALE'`
	},
	{
		id: 'penguins-12',
		question: 'how many penguins live on Biscoe or Dream',
		tables: ['penguins'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM penguins WHERE "Island" IN ('Biscoe', 'Dream')`
	},
	{
		id: 'penguins-13',
		question: 'distribution of species',
		tables: ['penguins'],
		tags: ['distribution', 'aggregate-count'],
		sql: 'SELECT "Species", COUNT(*) FROM penguins GROUP BY 1'
	}
];
