import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set H1: questions over three tables from @observablehq/sample-datasets (Apple's daily stock
 * prices from May 2013 to May 2018, 53,940 diamonds with their cut, colour, clarity and price,
 * and the frequency of each letter in English text), written before the engine was run on them.
 * The stock's `Date` is a DATE column, as an import would type it.
 */
export const SET_H1_TABLE_SOURCES: TableSource[] = [
	{
		name: 'aapl',
		humanName: 'Apple stock',
		dataPackage: '@observablehq/sample-datasets',
		file: '../aapl.csv',
		format: 'csv',
		select: `CAST("Date" AS DATE) AS "Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"`
	},
	{
		name: 'diamonds',
		humanName: 'Diamonds',
		dataPackage: '@observablehq/sample-datasets',
		file: '../diamonds.csv',
		format: 'csv'
	},
	{
		name: 'letter_frequency',
		humanName: 'Letter frequency',
		dataPackage: '@observablehq/sample-datasets',
		file: '../alphabet.csv',
		format: 'csv'
	}
];

export const SET_H1_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- Apple stock
	{
		id: 'h1-aapl-01',
		question: 'how many trading days are in the data?',
		tables: ['aapl'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM aapl'
	},
	{
		id: 'h1-aapl-02',
		question: 'average closing price in 2016',
		tables: ['aapl'],
		tags: ['avg', 'time-year', 'synonym'],
		sql: `SELECT AVG("Close") FROM aapl WHERE "Date" >= DATE '2016-01-01' AND "Date" < DATE '2017-01-01'`
	},
	{
		id: 'h1-aapl-03',
		question: 'What is the highest closing price Apple ever reached?',
		tables: ['aapl'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Close") FROM aapl'
	},
	{
		id: 'h1-aapl-04',
		question: 'on which day did apple stock close at its all-time high',
		tables: ['aapl'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT "Date" FROM aapl ORDER BY "Close" DESC LIMIT 1'
	},
	{
		id: 'h1-aapl-05',
		question: 'lowest close in 2015',
		tables: ['aapl'],
		tags: ['min', 'time-year'],
		sql: `SELECT MIN("Close") FROM aapl WHERE "Date" >= DATE '2015-01-01' AND "Date" < DATE '2016-01-01'`
	},
	{
		id: 'h1-aapl-06',
		question: 'Total trading volume by year',
		tables: ['aapl'],
		tags: ['sum', 'group-by', 'time-grain'],
		sql: 'SELECT YEAR("Date") AS year, SUM("Volume") AS volume FROM aapl GROUP BY 1'
	},
	{
		id: 'h1-aapl-07',
		question: 'highest closing price for each year',
		tables: ['aapl'],
		tags: ['max', 'group-by', 'time-grain'],
		sql: 'SELECT YEAR("Date") AS year, MAX("Close") AS max_close FROM aapl GROUP BY 1'
	},
	{
		id: 'h1-aapl-08',
		question: 'how many days did the stock close above $150?',
		tables: ['aapl'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM aapl WHERE "Close" > 150'
	},
	{
		id: 'h1-aapl-09',
		question: 'What did Apple close at on June 1, 2016?',
		tables: ['aapl'],
		tags: ['filter-eq', 'rows-mode'],
		sql: `SELECT "Close" FROM aapl WHERE "Date" = DATE '2016-06-01'`
	},
	{
		id: 'h1-aapl-10',
		question: 'show me the days in february 2018 when trading volume topped 60 million',
		tables: ['aapl'],
		tags: ['time-range', 'filter-numeric', 'rows-mode'],
		sql: `SELECT "Date" FROM aapl WHERE "Date" >= DATE '2018-02-01' AND "Date" < DATE '2018-03-01' AND "Volume" > 60000000`
	},
	{
		id: 'h1-aapl-11',
		question: 'average closing price since 2017',
		tables: ['aapl'],
		tags: ['avg', 'time-since'],
		sql: `SELECT AVG("Close") FROM aapl WHERE "Date" >= DATE '2017-01-01'`
	},
	{
		id: 'h1-aapl-12',
		question: 'top 10 busiest trading days by volume',
		tables: ['aapl'],
		tags: ['top-n', 'ordering', 'synonym'],
		sql: 'SELECT "Date" FROM aapl ORDER BY "Volume" DESC LIMIT 10',
		isOrdered: true
	},
	{
		id: 'h1-aapl-13',
		question: 'avg close between jan 1 2014 and june 30 2014',
		tables: ['aapl'],
		tags: ['avg', 'time-range'],
		sql: `SELECT AVG("Close") FROM aapl WHERE "Date" BETWEEN DATE '2014-01-01' AND DATE '2014-06-30'`
	},
	{
		id: 'h1-aapl-14',
		question: 'Show the trend of the average closing price by year',
		tables: ['aapl'],
		tags: ['trend', 'avg', 'time-grain'],
		sql: 'SELECT YEAR("Date") AS year, AVG("Close") AS avg_close FROM aapl GROUP BY 1 ORDER BY 1'
	},
	{
		id: 'h1-aapl-15',
		question: 'number of days the stock closed higher than it opened',
		tables: ['aapl'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM aapl WHERE "Close" > "Open"'
	},
	{
		id: 'h1-aapl-16',
		question: 'What percentage of trading days in 2017 closed higher than they opened?',
		tables: ['aapl'],
		tags: ['share', 'time-year', 'filter-numeric'],
		sql: `SELECT 100.0 * COUNT(*) FILTER (WHERE "Close" > "Open") / COUNT(*) FROM aapl WHERE "Date" >= DATE '2017-01-01' AND "Date" < DATE '2018-01-01'`,
		isShare: true
	},
	{
		id: 'h1-aapl-17',
		question: 'which day had the biggest gap between the high and the low price?',
		tables: ['aapl'],
		tags: ['top-n', 'metric'],
		sql: 'SELECT "Date" FROM aapl ORDER BY "High" - "Low" DESC LIMIT 1'
	},
	{
		id: 'h1-aapl-18',
		question: 'Which month of 2015 had the highest average trading volume?',
		tables: ['aapl'],
		tags: ['top-n', 'avg', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS month FROM aapl WHERE "Date" >= DATE '2015-01-01' AND "Date" < DATE '2016-01-01' GROUP BY 1 ORDER BY AVG("Volume") DESC LIMIT 1`
	},
	{
		id: 'h1-aapl-19',
		question: 'average adjusted close in 2018',
		tables: ['aapl'],
		tags: ['avg', 'time-year', 'quoting'],
		sql: `SELECT AVG("Adj Close") FROM aapl WHERE "Date" >= DATE '2018-01-01' AND "Date" < DATE '2019-01-01'`
	},
	{
		id: 'h1-aapl-20',
		question: 'total volume traded in 2014 and 2015 combined',
		tables: ['aapl'],
		tags: ['sum', 'time-range', 'time-year'],
		sql: `SELECT SUM("Volume") FROM aapl WHERE "Date" >= DATE '2014-01-01' AND "Date" < DATE '2016-01-01'`
	},
	{
		id: 'h1-aapl-21',
		question: 'how many days in 2016 had volume above 50 million',
		tables: ['aapl'],
		tags: ['aggregate-count', 'time-year', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM aapl WHERE "Date" >= DATE '2016-01-01' AND "Date" < DATE '2017-01-01' AND "Volume" > 50000000`
	},
	{
		id: 'h1-aapl-22',
		question: 'Opening price on the first trading day of 2017',
		tables: ['aapl'],
		tags: ['time-year', 'ordering', 'rows-mode'],
		sql: `SELECT "Open" FROM aapl WHERE "Date" >= DATE '2017-01-01' AND "Date" < DATE '2018-01-01' ORDER BY "Date" LIMIT 1`
	},
	{
		id: 'h1-aapl-23',
		question: 'average closing price per year, not counting 2013 and 2018',
		tables: ['aapl'],
		tags: ['avg', 'group-by', 'time-grain', 'filter-negation', 'filter-list'],
		sql: 'SELECT YEAR("Date") AS year, AVG("Close") AS avg_close FROM aapl WHERE YEAR("Date") NOT IN (2013, 2018) GROUP BY 1'
	},
	{
		id: 'h1-aapl-24',
		question: 'monthly average close for 2017',
		tables: ['aapl'],
		tags: ['avg', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS month, AVG("Close") AS avg_close FROM aapl WHERE "Date" >= DATE '2017-01-01' AND "Date" < DATE '2018-01-01' GROUP BY 1 ORDER BY 1`
	},
	{
		id: 'h1-aapl-25',
		question: 'median daily trading volume',
		tables: ['aapl'],
		tags: ['median'],
		sql: 'SELECT MEDIAN("Volume") FROM aapl'
	},

	// ---------------------------------------------------------------- Diamonds
	{
		id: 'h1-diamonds-01',
		question: 'how many diamonds are there',
		tables: ['diamonds'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM diamonds'
	},
	{
		id: 'h1-diamonds-02',
		question: 'whats the avg price of ideal cut diamonds',
		tables: ['diamonds'],
		tags: ['avg', 'filter-eq'],
		sql: "SELECT AVG(price) FROM diamonds WHERE cut = 'Ideal'"
	},
	{
		id: 'h1-diamonds-03',
		question: 'show me the most expensive diamond',
		tables: ['diamonds'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT carat, cut, color, clarity, price FROM diamonds ORDER BY price DESC LIMIT 1'
	},
	{
		id: 'h1-diamonds-04',
		question: 'count of diamonds by cut',
		tables: ['diamonds'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT cut, COUNT(*) FROM diamonds GROUP BY cut'
	},
	{
		id: 'h1-diamonds-05',
		question: 'Average price by color',
		tables: ['diamonds'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT color, AVG(price) FROM diamonds GROUP BY color'
	},
	{
		id: 'h1-diamonds-06',
		question: 'median carat weight for premium cut diamonds',
		tables: ['diamonds'],
		tags: ['median', 'filter-eq'],
		sql: "SELECT MEDIAN(carat) FROM diamonds WHERE cut = 'Premium'"
	},
	{
		id: 'h1-diamonds-07',
		question: 'How many diamonds cost more than $10,000?',
		tables: ['diamonds'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM diamonds WHERE price > 10000'
	},
	{
		id: 'h1-diamonds-08',
		question: 'how many diamonds over 2 carats are D color?',
		tables: ['diamonds'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM diamonds WHERE carat > 2 AND color = 'D'"
	},
	{
		id: 'h1-diamonds-09',
		question: 'which clarity grade has the highest average price',
		tables: ['diamonds'],
		tags: ['top-n', 'group-by', 'avg'],
		sql: 'SELECT clarity FROM diamonds GROUP BY clarity ORDER BY AVG(price) DESC LIMIT 1'
	},
	{
		id: 'h1-diamonds-10',
		question: 'Rank the cuts by average price, highest first',
		tables: ['diamonds'],
		tags: ['ordering', 'group-by', 'avg'],
		sql: 'SELECT cut FROM diamonds GROUP BY cut ORDER BY AVG(price) DESC',
		isOrdered: true
	},
	{
		id: 'h1-diamonds-11',
		question: 'what percentage of diamonds are ideal cut?',
		tables: ['diamonds'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT 100.0 * COUNT(*) FILTER (WHERE cut = 'Ideal') / COUNT(*) FROM diamonds",
		isShare: true
	},
	{
		id: 'h1-diamonds-12',
		question: 'percentage of diamonds in each clarity grade',
		tables: ['diamonds'],
		tags: ['share', 'group-by'],
		sql: 'SELECT clarity, 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () AS pct FROM diamonds GROUP BY clarity',
		isShare: true
	},
	{
		id: 'h1-diamonds-13',
		question: 'How many distinct clarity grades are there?',
		tables: ['diamonds'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT clarity) FROM diamonds'
	},
	{
		id: 'h1-diamonds-14',
		question: "average carat of diamonds that aren't ideal cut",
		tables: ['diamonds'],
		tags: ['avg', 'filter-negation'],
		sql: "SELECT AVG(carat) FROM diamonds WHERE cut <> 'Ideal'"
	},
	{
		id: 'h1-diamonds-15',
		question: 'total value of all Very Good diamonds',
		tables: ['diamonds'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: "SELECT SUM(price) FROM diamonds WHERE cut = 'Very Good'"
	},
	{
		id: 'h1-diamonds-16',
		question: 'cheapest price for a J color diamond',
		tables: ['diamonds'],
		tags: ['min', 'filter-eq'],
		sql: "SELECT MIN(price) FROM diamonds WHERE color = 'J'"
	},
	{
		id: 'h1-diamonds-17',
		question: 'number of diamonds in colors D, E or F',
		tables: ['diamonds'],
		tags: ['aggregate-count', 'filter-list'],
		sql: "SELECT COUNT(*) FROM diamonds WHERE color IN ('D', 'E', 'F')"
	},
	{
		id: 'h1-diamonds-18',
		question: 'avg price of diamonds between 1 and 1.5 carats',
		tables: ['diamonds'],
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(price) FROM diamonds WHERE carat BETWEEN 1 AND 1.5'
	},
	{
		id: 'h1-diamonds-19',
		question: 'diamond count by cut and color',
		tables: ['diamonds'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT cut, color, COUNT(*) FROM diamonds GROUP BY cut, color'
	},
	{
		id: 'h1-diamonds-20',
		question: 'list the 10 most expensive ideal cut diamonds with their carat and price',
		tables: ['diamonds'],
		tags: ['top-n', 'ordering', 'filter-eq', 'rows-mode'],
		sql: "SELECT carat, price FROM diamonds WHERE cut = 'Ideal' ORDER BY price DESC LIMIT 10",
		isOrdered: true
	},
	{
		id: 'h1-diamonds-21',
		question: 'How many Premium diamonds with VS1 clarity cost under 1000 dollars?',
		tables: ['diamonds'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric'],
		sql: "SELECT COUNT(*) FROM diamonds WHERE cut = 'Premium' AND clarity = 'VS1' AND price < 1000"
	},
	{
		id: 'h1-diamonds-22',
		question: 'what is the biggest carat weight in the data',
		tables: ['diamonds'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(carat) FROM diamonds'
	},

	// ---------------------------------------------------------------- Letter frequency
	{
		id: 'h1-letters-01',
		question: 'most common letter in english',
		tables: ['letter_frequency'],
		tags: ['top-n'],
		sql: 'SELECT letter FROM letter_frequency ORDER BY frequency DESC LIMIT 1'
	},
	{
		id: 'h1-letters-02',
		question: '5 least common letters',
		tables: ['letter_frequency'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT letter FROM letter_frequency ORDER BY frequency ASC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'h1-letters-03',
		question: 'What is the combined frequency of the vowels?',
		tables: ['letter_frequency'],
		tags: ['sum', 'filter-list', 'synonym'],
		sql: "SELECT SUM(frequency) FROM letter_frequency WHERE letter IN ('A', 'E', 'I', 'O', 'U')",
		isShare: true
	},
	{
		id: 'h1-letters-04',
		question: 'how frequent is the letter Q?',
		tables: ['letter_frequency'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT frequency FROM letter_frequency WHERE letter = 'Q'"
	},
	{
		id: 'h1-letters-05',
		question: 'which letters have a frequency above 5%',
		tables: ['letter_frequency'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT letter FROM letter_frequency WHERE frequency > 0.05'
	},
	{
		id: 'h1-letters-06',
		question: 'average letter frequency',
		tables: ['letter_frequency'],
		tags: ['avg'],
		sql: 'SELECT AVG(frequency) FROM letter_frequency'
	},
	{
		id: 'h1-letters-07',
		question: 'Rank all the letters from most to least frequent',
		tables: ['letter_frequency'],
		tags: ['ordering', 'rows-mode'],
		sql: 'SELECT letter FROM letter_frequency ORDER BY frequency DESC',
		isOrdered: true
	},
	{
		id: 'h1-letters-08',
		question: 'how many letters appear less than 1% of the time?',
		tables: ['letter_frequency'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM letter_frequency WHERE frequency < 0.01'
	},

	// ---------------------------------------------------------------- Should refuse
	{
		id: 'h1-refuse-01',
		question: "predict apple's closing price for next month",
		tables: ['aapl'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Forecasting; the table only holds past prices.'
	},
	{
		id: 'h1-refuse-02',
		question: "What was Apple's quarterly revenue in 2016?",
		tables: ['aapl'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only stock prices and volume; no financials.'
	},
	{
		id: 'h1-refuse-03',
		question: 'which country were the most expensive diamonds mined in',
		tables: ['diamonds'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No origin column.'
	},
	{
		id: 'h1-refuse-04',
		question: 'how have diamond prices changed since 2010?',
		tables: ['diamonds'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No date or time column in the diamonds table.'
	},
	{
		id: 'h1-refuse-05',
		question: 'how common is the letter E in spanish?',
		tables: ['letter_frequency'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Frequencies are for English only.'
	}
];
