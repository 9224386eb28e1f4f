import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set H2: questions over three tables from @observablehq/sample-datasets (11,538 athletes of the
 * 2016 Olympics, a pizza shop's daily sales per pizza for 2020-2022, and the NYT's wage-ratio
 * figures for 195 US metro areas), written before the engine was run on them. The pizza
 * order_date is read as an ISO timestamp at midnight UTC and is made a DATE here, as an import
 * would once the user picks the date format.
 */
export const SET_H2_TABLE_SOURCES: TableSource[] = [
	{
		name: 'olympians',
		humanName: 'Olympians',
		dataPackage: '@observablehq/sample-datasets',
		file: '../olympians.csv',
		format: 'csv'
	},
	{
		name: 'pizza_sales',
		humanName: 'Pizza sales',
		dataPackage: '@observablehq/sample-datasets',
		file: '../pizza.csv',
		format: 'csv',
		select: `CAST(LEFT(CAST(order_date AS VARCHAR), 10) AS DATE) AS order_date, day_of_week, category, name, price, orders, revenue`
	},
	{
		name: 'city_wages',
		humanName: 'City wages',
		dataPackage: '@observablehq/sample-datasets',
		file: '../citywages.csv',
		format: 'csv'
	}
];

export const SET_H2_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- olympians
	{
		id: 'h2-olympians-01',
		question: 'how many athletes are there',
		tables: ['olympians'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM olympians'
	},
	{
		id: 'h2-olympians-02',
		question: 'how many gold medals did the usa win',
		tables: ['olympians'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: "SELECT SUM(gold) FROM olympians WHERE nationality = 'USA'"
	},
	{
		id: 'h2-olympians-03',
		question: 'Who is the tallest athlete?',
		tables: ['olympians'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT name FROM olympians ORDER BY height DESC NULLS LAST LIMIT 1'
	},
	{
		id: 'h2-olympians-04',
		question: 'average height of women',
		tables: ['olympians'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: "SELECT AVG(height) FROM olympians WHERE sex = 'female'"
	},
	{
		id: 'h2-olympians-05',
		question: 'number of athletes per sport',
		tables: ['olympians'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT sport, COUNT(*) FROM olympians GROUP BY sport'
	},
	{
		id: 'h2-olympians-06',
		question: 'Which country sent the most athletes?',
		tables: ['olympians'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT nationality, COUNT(*) AS athletes FROM olympians GROUP BY nationality ORDER BY athletes DESC LIMIT 1'
	},
	{
		id: 'h2-olympians-07',
		question: 'top 10 countries by total medals (gold + silver + bronze)',
		tables: ['olympians'],
		tags: ['sum', 'group-by', 'top-n', 'ordering'],
		sql: 'SELECT nationality, SUM(gold + silver + bronze) AS medals FROM olympians GROUP BY nationality ORDER BY medals DESC LIMIT 10',
		isOrdered: true
	},
	{
		id: 'h2-olympians-08',
		question: 'How many different countries are represented?',
		tables: ['olympians'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT nationality) FROM olympians'
	},
	{
		id: 'h2-olympians-09',
		question: 'list athletes who won at least 3 gold medals',
		tables: ['olympians'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT name FROM olympians WHERE gold >= 3'
	},
	{
		id: 'h2-olympians-10',
		question: 'median weight of weightlifters',
		tables: ['olympians'],
		tags: ['median', 'filter-eq', 'synonym'],
		sql: "SELECT MEDIAN(weight) FROM olympians WHERE sport = 'weightlifting'"
	},
	{
		id: 'h2-olympians-11',
		question: 'How many women competed in rowing?',
		tables: ['olympians'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM olympians WHERE sex = 'female' AND sport = 'rowing'"
	},
	{
		id: 'h2-olympians-12',
		question: 'average weight by sport and sex',
		tables: ['olympians'],
		tags: ['avg', 'multi-group'],
		sql: 'SELECT sport, sex, AVG(weight) FROM olympians GROUP BY sport, sex'
	},
	{
		id: 'h2-olympians-13',
		question: 'What percentage of athletes won at least one medal?',
		tables: ['olympians'],
		tags: ['share', 'filter-numeric'],
		sql: 'SELECT 100.0 * COUNT(*) FILTER (WHERE gold + silver + bronze > 0) / COUNT(*) FROM olympians',
		isShare: true
	},
	{
		id: 'h2-olympians-14',
		question: 'how many athletes did each of GBR, FRA and GER send?',
		tables: ['olympians'],
		tags: ['aggregate-count', 'group-by', 'filter-list'],
		sql: "SELECT nationality, COUNT(*) FROM olympians WHERE nationality IN ('GBR', 'FRA', 'GER') GROUP BY nationality"
	},
	{
		id: 'h2-olympians-15',
		question: 'athletes not from the USA who won 2 or more golds',
		tables: ['olympians'],
		tags: ['filter-negation', 'filter-numeric', 'rows-mode'],
		sql: "SELECT name FROM olympians WHERE nationality <> 'USA' AND gold >= 2"
	},
	{
		id: 'h2-olympians-16',
		question: 'who was the youngest olympian',
		tables: ['olympians'],
		tags: ['max', 'top-n'],
		sql: 'SELECT name FROM olympians ORDER BY date_of_birth DESC NULLS LAST LIMIT 1'
	},
	{
		id: 'h2-olympians-17',
		question: 'How many athletes were born before 1980?',
		tables: ['olympians'],
		tags: ['aggregate-count', 'time-range'],
		sql: "SELECT COUNT(*) FROM olympians WHERE date_of_birth < DATE '1980-01-01'"
	},
	{
		id: 'h2-olympians-18',
		question: 'number of athletes by birth year',
		tables: ['olympians'],
		tags: ['aggregate-count', 'group-by', 'time-grain'],
		sql: 'SELECT YEAR(date_of_birth) AS birth_year, COUNT(*) FROM olympians GROUP BY birth_year'
	},
	{
		id: 'h2-olympians-19',
		question: 'Which sport has the tallest athletes on average?',
		tables: ['olympians'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT sport, AVG(height) AS avg_height FROM olympians GROUP BY sport ORDER BY avg_height DESC LIMIT 1'
	},
	{
		id: 'h2-olympians-20',
		question: 'total medals won by chinese athletes',
		tables: ['olympians'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: "SELECT SUM(gold + silver + bronze) FROM olympians WHERE nationality = 'CHN'"
	},
	{
		id: 'h2-olympians-21',
		question: 'list the tennis players from Spain',
		tables: ['olympians'],
		tags: ['filter-eq', 'rows-mode', 'fuzzy'],
		sql: "SELECT name FROM olympians WHERE sport = 'tennis' AND nationality = 'ESP'"
	},
	{
		id: 'h2-olympians-22',
		question: 'min and max weight in judo',
		tables: ['olympians'],
		tags: ['min', 'max', 'filter-eq'],
		sql: "SELECT MIN(weight), MAX(weight) FROM olympians WHERE sport = 'judo'"
	},
	{
		id: 'h2-olympians-23',
		question: 'Top 5 sports by gold medals won by women',
		tables: ['olympians'],
		tags: ['sum', 'group-by', 'filter-eq', 'top-n', 'ordering', 'synonym'],
		sql: "SELECT sport, SUM(gold) AS golds FROM olympians WHERE sex = 'female' GROUP BY sport ORDER BY golds DESC LIMIT 5",
		isOrdered: true
	},
	{
		id: 'h2-olympians-24',
		question: 'how many athletes have no height recorded?',
		tables: ['olympians'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM olympians WHERE height IS NULL'
	},
	{
		id: 'h2-olympians-25',
		question: "athletes with 'Williams' in their name",
		tables: ['olympians'],
		tags: ['filter-contains', 'rows-mode', 'quoting'],
		sql: "SELECT name FROM olympians WHERE name ILIKE '%Williams%'"
	},
	// ---------------------------------------------------------------- pizza_sales
	{
		id: 'h2-pizza-01',
		question: 'total revenue',
		tables: ['pizza_sales'],
		tags: ['sum'],
		sql: 'SELECT SUM(revenue) FROM pizza_sales'
	},
	{
		id: 'h2-pizza-02',
		question: 'Which pizza sold the most?',
		tables: ['pizza_sales'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT name, SUM(orders) AS sold FROM pizza_sales GROUP BY name ORDER BY sold DESC LIMIT 1'
	},
	{
		id: 'h2-pizza-03',
		question: 'revenue by category',
		tables: ['pizza_sales'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT category, SUM(revenue) FROM pizza_sales GROUP BY category'
	},
	{
		id: 'h2-pizza-04',
		question: 'monthly revenue in 2021',
		tables: ['pizza_sales'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: "SELECT DATE_TRUNC('month', order_date) AS month, SUM(revenue) FROM pizza_sales WHERE YEAR(order_date) = 2021 GROUP BY month"
	},
	{
		id: 'h2-pizza-05',
		question: 'How many pizzas did we sell in March 2022?',
		tables: ['pizza_sales'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: "SELECT SUM(orders) FROM pizza_sales WHERE order_date >= DATE '2022-03-01' AND order_date < DATE '2022-04-01'"
	},
	{
		id: 'h2-pizza-06',
		question: "what's the most expensive pizza on the menu",
		tables: ['pizza_sales'],
		tags: ['max', 'top-n'],
		sql: 'SELECT name, MAX(price) AS price FROM pizza_sales GROUP BY name ORDER BY price DESC LIMIT 1'
	},
	{
		id: 'h2-pizza-07',
		question: 'Revenue by day of the week',
		tables: ['pizza_sales'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT day_of_week, SUM(revenue) FROM pizza_sales GROUP BY day_of_week'
	},
	{
		id: 'h2-pizza-08',
		question: 'how much revenue did we make on weekends',
		tables: ['pizza_sales'],
		tags: ['sum', 'filter-list', 'synonym'],
		sql: "SELECT SUM(revenue) FROM pizza_sales WHERE day_of_week IN ('Saturday', 'Sunday')"
	},
	{
		id: 'h2-pizza-09',
		question: 'top 5 pizzas by revenue in 2022',
		tables: ['pizza_sales'],
		tags: ['sum', 'group-by', 'top-n', 'ordering', 'time-year'],
		sql: 'SELECT name, SUM(revenue) AS revenue FROM pizza_sales WHERE YEAR(order_date) = 2022 GROUP BY name ORDER BY revenue DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'h2-pizza-10',
		question: 'What share of revenue comes from vegetarian pizzas?',
		tables: ['pizza_sales'],
		tags: ['share', 'filter-eq'],
		sql: "SELECT 100.0 * SUM(revenue) FILTER (WHERE category = 'Vegetarian') / SUM(revenue) FROM pizza_sales",
		isShare: true
	},
	{
		id: 'h2-pizza-11',
		question: 'percentage of pizzas sold in each category',
		tables: ['pizza_sales'],
		tags: ['share', 'group-by'],
		sql: 'SELECT category, 100.0 * SUM(orders) / (SELECT SUM(orders) FROM pizza_sales) FROM pizza_sales GROUP BY category',
		isShare: true
	},
	{
		id: 'h2-pizza-12',
		question: 'Which day had the highest revenue?',
		tables: ['pizza_sales'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT order_date, SUM(revenue) AS revenue FROM pizza_sales GROUP BY order_date ORDER BY revenue DESC LIMIT 1'
	},
	{
		id: 'h2-pizza-13',
		question: 'average daily revenue in 2020',
		tables: ['pizza_sales'],
		tags: ['avg', 'time-year'],
		sql: 'SELECT AVG(revenue) FROM (SELECT order_date, SUM(revenue) AS revenue FROM pizza_sales WHERE YEAR(order_date) = 2020 GROUP BY order_date)'
	},
	{
		id: 'h2-pizza-14',
		question: 'how has yearly revenue changed over time',
		tables: ['pizza_sales'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: 'SELECT YEAR(order_date) AS year, SUM(revenue) FROM pizza_sales GROUP BY year'
	},
	{
		id: 'h2-pizza-15',
		question: 'Pepperoni pizza orders by size',
		tables: ['pizza_sales'],
		tags: ['sum', 'group-by', 'filter-contains'],
		sql: "SELECT name, SUM(orders) FROM pizza_sales WHERE name LIKE 'Pepperoni%' GROUP BY name",
		note: 'The size is part of the pizza name (e.g. "Pepperoni Pizza Small"); one row per Pepperoni size.'
	},
	{
		id: 'h2-pizza-16',
		question: 'On how many days in 2021 did revenue go over 50,000?',
		tables: ['pizza_sales'],
		tags: ['aggregate-count', 'filter-numeric', 'time-year'],
		sql: 'SELECT COUNT(*) FROM (SELECT order_date FROM pizza_sales WHERE YEAR(order_date) = 2021 GROUP BY order_date HAVING SUM(revenue) > 50000)'
	},
	{
		id: 'h2-pizza-17',
		question: 'Classic pizza orders per month in 2020',
		tables: ['pizza_sales'],
		tags: ['sum', 'filter-eq', 'time-grain', 'time-year'],
		sql: "SELECT DATE_TRUNC('month', order_date) AS month, SUM(orders) FROM pizza_sales WHERE category = 'Classic' AND YEAR(order_date) = 2020 GROUP BY month"
	},
	{
		id: 'h2-pizza-18',
		question: 'Which month of 2022 had the lowest revenue?',
		tables: ['pizza_sales'],
		tags: ['sum', 'time-grain', 'time-year', 'top-n'],
		sql: "SELECT DATE_TRUNC('month', order_date) AS month, SUM(revenue) AS revenue FROM pizza_sales WHERE YEAR(order_date) = 2022 GROUP BY month ORDER BY revenue ASC LIMIT 1"
	},
	{
		id: 'h2-pizza-19',
		question: 'pizzas sold by category and year',
		tables: ['pizza_sales'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT category, YEAR(order_date) AS year, SUM(orders) FROM pizza_sales GROUP BY category, year'
	},
	{
		id: 'h2-pizza-20',
		question: 'total revenue excluding specialty pizzas',
		tables: ['pizza_sales'],
		tags: ['sum', 'filter-negation'],
		sql: "SELECT SUM(revenue) FROM pizza_sales WHERE category <> 'Specialty'"
	},
	// ---------------------------------------------------------------- city_wages
	{
		id: 'h2-citywages-01',
		question: 'biggest metro area in 2015',
		tables: ['city_wages'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT Metro FROM city_wages ORDER BY POP_2015 DESC LIMIT 1'
	},
	{
		id: 'h2-citywages-02',
		question: 'Which metro area had the highest wage inequality in 2015?',
		tables: ['city_wages'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT Metro, R90_10_2015 FROM city_wages ORDER BY R90_10_2015 DESC LIMIT 1'
	},
	{
		id: 'h2-citywages-03',
		question: 'average 90/10 wage ratio in 1980 and in 2015',
		tables: ['city_wages'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(R90_10_1980), AVG(R90_10_2015) FROM city_wages'
	},
	{
		id: 'h2-citywages-04',
		question: 'how many metros had more than 1 million people in 2015',
		tables: ['city_wages'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM city_wages WHERE POP_2015 > 1000000'
	},
	{
		id: 'h2-citywages-05',
		question: 'Top 5 metro areas by population growth between 1980 and 2015',
		tables: ['city_wages'],
		tags: ['top-n', 'ordering', 'metric'],
		sql: 'SELECT Metro, POP_2015 - POP_1980 AS growth FROM city_wages ORDER BY growth DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'h2-citywages-06',
		question: 'In how many metro areas did the wage gap shrink from 1980 to 2015?',
		tables: ['city_wages'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM city_wages WHERE R90_10_2015 < R90_10_1980'
	},
	{
		id: 'h2-citywages-07',
		question: 'metro areas in Texas',
		tables: ['city_wages'],
		tags: ['filter-contains', 'rows-mode', 'fuzzy'],
		sql: "SELECT Metro FROM city_wages WHERE Metro LIKE '%, tx'"
	},
	{
		id: 'h2-citywages-08',
		question: 'median metro population in 1980',
		tables: ['city_wages'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(POP_1980) FROM city_wages'
	},
	{
		id: 'h2-citywages-09',
		question: 'list the metros where the 90/10 wage ratio was above 6.5 in 2015',
		tables: ['city_wages'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT Metro FROM city_wages WHERE R90_10_2015 > 6.5'
	},
	{
		id: 'h2-citywages-10',
		question: "What was Chicago's 90/10 wage ratio in 2015?",
		tables: ['city_wages'],
		tags: ['filter-eq', 'fuzzy'],
		sql: "SELECT R90_10_2015 FROM city_wages WHERE nyt_display = 'Chicago'"
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'h2-refuse-01',
		question: 'how many medals will the USA win at the next Olympics?',
		tables: ['olympians'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'h2-refuse-02',
		question: 'What was the total prize money paid to the athletes?',
		tables: ['olympians'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'h2-refuse-03',
		question: 'forecast pizza revenue for January 2023',
		tables: ['pizza_sales'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'h2-refuse-04',
		question: 'which customer ordered the most pizzas',
		tables: ['pizza_sales'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'h2-refuse-05',
		question: 'What was the average salary in San Francisco in 2015?',
		tables: ['city_wages'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];
