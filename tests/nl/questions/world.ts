import type { EvalQuestion } from '../harness/types';

export const GAPMINDER_QUESTIONS: EvalQuestion[] = [
	{
		id: 'gapminder-01',
		question: 'average life expectancy per year',
		tables: ['gapminder'],
		tags: ['avg', 'time-grain', 'fuzzy'],
		sql: 'SELECT year, AVG(life_expect) FROM gapminder GROUP BY 1'
	},
	{
		id: 'gapminder-02',
		question: 'population of China in 2005',
		context: 'gapminder',
		tags: ['filter-eq', 'time-year', 'synonym'],
		sql: `SELECT pop FROM gapminder WHERE country = 'China' AND year = 2005`
	},
	{
		id: 'gapminder-03',
		question: 'top 5 countries by pop in 2005',
		tables: ['gapminder'],
		tags: ['top-n', 'time-year'],
		sql: 'SELECT country, pop FROM gapminder WHERE year = 2005 ORDER BY pop DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'gapminder-04',
		question: 'trend of fertility in India',
		tables: ['gapminder'],
		tags: ['trend', 'filter-eq'],
		sql: `SELECT year, fertility FROM gapminder WHERE country = 'India' ORDER BY year`,
		isOrdered: true
	},
	{
		id: 'gapminder-05',
		question: 'how many countries are there',
		tables: ['gapminder'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT country) FROM gapminder'
	},
	{
		id: 'gapminder-06',
		question: 'average fertility by cluster',
		tables: ['gapminder'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT cluster, AVG(fertility) FROM gapminder GROUP BY 1'
	},
	{
		id: 'gapminder-07',
		question: 'countries with life expectancy under 60 in 2000',
		tables: ['gapminder'],
		tags: ['rows-mode', 'filter-numeric', 'time-year', 'fuzzy'],
		sql: 'SELECT country FROM gapminder WHERE life_expect < 60 AND year = 2000'
	},
	{
		id: 'gapminder-08',
		question: 'total population by year',
		context: 'gapminder',
		tags: ['sum', 'time-grain', 'synonym'],
		sql: 'SELECT year, SUM(pop) FROM gapminder GROUP BY 1'
	},
	{
		id: 'gapminder-09',
		question: "Which countries have 'land' in their name?",
		tables: ['gapminder'],
		tags: ['rows-mode', 'filter-contains'],
		sql: `SELECT DISTINCT country FROM gapminder WHERE country ILIKE '%land%'`
	},
	{
		id: 'gapminder-10',
		question: 'highest life expectancy ever recorded',
		tables: ['gapminder'],
		tags: ['max', 'fuzzy'],
		sql: 'SELECT MAX(life_expect) FROM gapminder'
	},
	{
		id: 'gapminder-11',
		question: 'average life_expect of each nation since 1990, best 3',
		context: 'gapminder',
		tags: ['avg', 'top-n', 'time-since', 'synonym'],
		sql: 'SELECT country, AVG(life_expect) FROM gapminder WHERE year >= 1990 GROUP BY 1 ORDER BY 2 DESC LIMIT 3',
		isOrdered: true
	}
];

export const UNEMPLOYMENT_QUESTIONS: EvalQuestion[] = [
	{
		id: 'unemployment-01',
		question: 'average unemployment rate',
		tables: ['unemployment'],
		tags: ['avg', 'fuzzy'],
		sql: 'SELECT AVG(rate) FROM unemployment'
	},
	{
		id: 'unemployment-02',
		question: 'how many counties have a rate above 0.1',
		tables: ['unemployment'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM unemployment WHERE rate > 0.1'
	},
	{
		id: 'unemployment-03',
		question: 'id with the lowest rate',
		tables: ['unemployment'],
		tags: ['rows-mode', 'top-n', 'min'],
		sql: 'SELECT id FROM unemployment ORDER BY rate LIMIT 1',
		isOrdered: true
	},
	{
		id: 'industries-01',
		question: 'average rate by series',
		tables: ['unemployment_across_industries'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT series, AVG(rate) FROM unemployment_across_industries GROUP BY 1'
	},
	{
		id: 'industries-02',
		question: 'total count in Construction per year',
		tables: ['unemployment_across_industries'],
		tags: ['sum', 'filter-eq', 'time-grain'],
		sql: `SELECT year, SUM("count") FROM unemployment_across_industries WHERE series = 'Construction' GROUP BY 1`
	},
	{
		id: 'industries-03',
		question: 'monthly rate for finance in 2009',
		tables: ['unemployment_across_industries'],
		tags: ['time-grain', 'time-year', 'filter-eq', 'fuzzy'],
		sql: `SELECT date, AVG(rate) FROM unemployment_across_industries WHERE series = 'Finance' AND year = 2009 GROUP BY 1`
	},
	{
		id: 'industries-04',
		question: 'max unemployment rate in Construction since 2008',
		tables: ['unemployment_across_industries'],
		tags: ['max', 'filter-eq', 'time-since'],
		sql: `SELECT MAX(rate) FROM unemployment_across_industries WHERE series = 'Construction' AND date >= DATE '2008-01-01'`
	},
	{
		id: 'industries-05',
		question: 'which series had the highest average rate',
		tables: ['unemployment_across_industries'],
		tags: ['top-n', 'avg'],
		sql: 'SELECT series FROM unemployment_across_industries GROUP BY 1 ORDER BY AVG(rate) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'industries-06',
		question: 'average rate per quarter for Agriculture',
		tables: ['unemployment_across_industries'],
		tags: ['avg', 'time-grain', 'filter-eq'],
		sql: `SELECT date_trunc('quarter', date), AVG(rate) FROM unemployment_across_industries WHERE series = 'Agriculture' GROUP BY 1`
	}
];

export const IOWA_QUESTIONS: EvalQuestion[] = [
	{
		id: 'iowa-01',
		question: 'total net generation by source',
		tables: ['iowa_electricity'],
		tags: ['sum', 'group-by', 'fuzzy'],
		sql: 'SELECT source, SUM(net_generation) FROM iowa_electricity GROUP BY 1'
	},
	{
		id: 'iowa-02',
		question: 'net generation of renewables per year',
		tables: ['iowa_electricity'],
		tags: ['sum', 'time-grain', 'filter-eq'],
		sql: `SELECT year(year), SUM(net_generation) FROM iowa_electricity WHERE source = 'Renewables' GROUP BY 1`
	},
	{
		id: 'iowa-03',
		question: 'share of net generation by source in 2016',
		tables: ['iowa_electricity'],
		tags: ['share', 'group-by', 'time-year'],
		isShare: true,
		sql: 'SELECT source, 100.0 * SUM(net_generation) / SUM(SUM(net_generation)) OVER () FROM iowa_electricity WHERE year(year) = 2016 GROUP BY 1'
	},
	{
		id: 'iowa-04',
		question: 'trend of nuclear energy generation',
		tables: ['iowa_electricity'],
		tags: ['trend', 'filter-eq', 'fuzzy'],
		sql: `SELECT year(year), SUM(net_generation) FROM iowa_electricity WHERE source = 'Nuclear Energy' GROUP BY 1 ORDER BY 1`,
		isOrdered: true
	},
	{
		id: 'iowa-05',
		question: 'net generation from fossil fuels between 2005 and 2010',
		tables: ['iowa_electricity'],
		tags: ['sum', 'time-range', 'filter-eq'],
		sql: `SELECT SUM(net_generation) FROM iowa_electricity WHERE source = 'Fossil Fuels' AND year(year) BETWEEN 2005 AND 2010`
	}
];

export const DISASTERS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'disasters-01',
		question: 'total deaths by entity',
		tables: ['disasters'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT "Entity", SUM("Deaths") FROM disasters GROUP BY 1'
	},
	{
		id: 'disasters-02',
		question: 'deaths from earthquakes in 2010',
		tables: ['disasters'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Deaths") FROM disasters WHERE "Entity" = 'Earthquake' AND "Year" = 2010`
	},
	{
		id: 'disasters-03',
		question: 'Which year had the most deaths from floods?',
		tables: ['disasters'],
		tags: ['top-n', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Year" FROM disasters WHERE "Entity" = 'Flood' GROUP BY 1 ORDER BY SUM("Deaths") DESC LIMIT 1`,
		isOrdered: true
	},
	{
		id: 'disasters-04',
		question: 'trend of deaths from droughts over time',
		tables: ['disasters'],
		tags: ['trend', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Year", SUM("Deaths") FROM disasters WHERE "Entity" = 'Drought' GROUP BY 1 ORDER BY 1`,
		isOrdered: true
	},
	{
		id: 'disasters-05',
		question: 'total deaths except All natural disasters',
		tables: ['disasters'],
		tags: ['sum', 'filter-negation'],
		sql: `SELECT SUM("Deaths") FROM disasters WHERE "Entity" <> 'All natural disasters'`
	},
	{
		id: 'disasters-06',
		question: 'average deaths per year from epidemics since 1990',
		tables: ['disasters'],
		tags: ['avg', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT AVG("Deaths") FROM disasters WHERE "Entity" = 'Epidemic' AND "Year" >= 1990`
	},
	{
		id: 'disasters-07',
		question: 'top 3 disaster entities by deaths since 2000, excluding all natural disasters',
		tables: ['disasters'],
		tags: ['top-n', 'sum', 'time-since', 'filter-negation'],
		sql: `SELECT "Entity", SUM("Deaths") FROM disasters WHERE "Year" >= 2000 AND "Entity" <> 'All natural disasters' GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
		isOrdered: true
	}
];
