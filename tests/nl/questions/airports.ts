import type { EvalQuestion } from '../harness/types';

export const AIRPORTS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'airports-01',
		question: 'how many airports in each state',
		tables: ['airports'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT state, COUNT(*) FROM airports GROUP BY 1'
	},
	{
		id: 'airports-02',
		question: 'airports in Chicago',
		tables: ['airports'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT name FROM airports WHERE city = 'Chicago'`
	},
	{
		id: 'airports-03',
		question: 'How many airports are outside the USA?',
		tables: ['airports'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM airports WHERE country <> 'USA'`
	},
	{
		id: 'airports-04',
		question: 'Which state has the most airports?',
		tables: ['airports'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT state FROM airports GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'airports-05',
		question: "how many airports have 'International' in their name",
		tables: ['airports'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM airports WHERE name ILIKE '%International%'`
	},
	{
		id: 'airports-06',
		question: 'airport with the highest latitude',
		tables: ['airports'],
		tags: ['rows-mode', 'top-n', 'max'],
		sql: 'SELECT name FROM airports ORDER BY latitude DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'airports-07',
		question: "airports in the city of Coeur d'Alene",
		tables: ['airports'],
		tags: ['rows-mode', 'filter-eq', 'quoting', 'fuzzy'],
		sql: `SELECT name FROM airports WHERE city = 'Coeur D''Alene'`
	},
	{
		id: 'airports-08',
		question: 'number of airports in CA, NV or AZ by state',
		tables: ['airports'],
		tags: ['aggregate-count', 'filter-list', 'group-by'],
		sql: `SELECT state, COUNT(*) FROM airports WHERE state IN ('CA', 'NV', 'AZ') GROUP BY 1`
	},
	{
		id: 'airports-09',
		question: "airports in Lee's Summit",
		tables: ['airports'],
		tags: ['rows-mode', 'filter-eq', 'quoting'],
		sql: `SELECT name FROM airports WHERE city = 'Lee''s Summit'`
	}
];

export const FLIGHTS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'flights-01',
		question: 'total flights by origin state',
		context: 'flights',
		tags: ['join', 'metric', 'group-by'],
		sql: 'SELECT a.state, SUM(f."count") FROM flights_airport f JOIN airports a ON f.origin = a.iata GROUP BY 1'
	},
	{
		id: 'flights-02',
		question: 'number of flights departing from Chicago',
		context: 'flights',
		tags: ['join', 'metric', 'filter-eq'],
		sql: `SELECT SUM(f."count") FROM flights_airport f JOIN airports a ON f.origin = a.iata WHERE a.city = 'Chicago'`
	},
	{
		id: 'flights-03',
		question: 'top 5 destination cities by flights',
		context: 'flights',
		tags: ['join', 'metric', 'top-n'],
		sql: 'SELECT a.city, SUM(f."count") FROM flights_airport f JOIN airports a ON f.destination = a.iata GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'flights-04',
		question: 'How many routes start at an airport in TX?',
		context: 'flights',
		tags: ['join', 'aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM flights_airport f JOIN airports a ON f.origin = a.iata WHERE a.state = 'TX'`
	},
	{
		id: 'flights-05',
		question: 'flights from ORD',
		context: 'flights',
		tags: ['metric', 'filter-eq'],
		sql: `SELECT SUM("count") FROM flights_airport WHERE origin = 'ORD'`
	},
	{
		id: 'flights-06',
		question: 'which town has the most flights arriving',
		context: 'flights',
		tags: ['join', 'synonym', 'top-n', 'metric'],
		sql: 'SELECT a.city FROM flights_airport f JOIN airports a ON f.destination = a.iata GROUP BY 1 ORDER BY SUM(f."count") DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'flights-07',
		question: 'number of routes by origin airport name, top 3',
		context: 'flights',
		tags: ['join', 'aggregate-count', 'top-n'],
		sql: 'SELECT a.name, COUNT(*) FROM flights_airport f JOIN airports a ON f.origin = a.iata GROUP BY 1 ORDER BY 2 DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'flights-08',
		question: 'how many routes have more than 1000 flights',
		context: 'flights',
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM flights_airport WHERE "count" > 1000'
	}
];

export const PEOPLE_QUESTIONS: EvalQuestion[] = [
	{
		id: 'people-01',
		question: 'average age per group',
		context: 'people',
		tags: ['join', 'avg', 'group-by'],
		sql: 'SELECT g."group", AVG(p.age) FROM lookup_groups g JOIN lookup_people p ON g.person = p.name GROUP BY 1'
	},
	{
		id: 'people-02',
		question: 'tallest person in group 3',
		context: 'people',
		tags: ['join', 'rows-mode', 'top-n', 'filter-eq'],
		sql: 'SELECT p.name FROM lookup_groups g JOIN lookup_people p ON g.person = p.name WHERE g."group" = 3 ORDER BY p.height DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'people-03',
		question: 'how many people in each group',
		context: 'people',
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "group", COUNT(*) FROM lookup_groups GROUP BY 1'
	},
	{
		id: 'people-04',
		question: 'average height of people older than 30',
		context: 'people',
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(height) FROM lookup_people WHERE age > 30'
	},
	{
		id: 'people-05',
		question: 'total age of team 2',
		context: 'people',
		tags: ['join', 'sum', 'synonym', 'filter-eq'],
		sql: 'SELECT SUM(p.age) FROM lookup_groups g JOIN lookup_people p ON g.person = p.name WHERE g."group" = 2'
	},
	{
		id: 'people-06',
		question: 'max height by group',
		context: 'people',
		tags: ['join', 'max', 'group-by'],
		sql: 'SELECT g."group", MAX(p.height) FROM lookup_groups g JOIN lookup_people p ON g.person = p.name GROUP BY 1'
	}
];
