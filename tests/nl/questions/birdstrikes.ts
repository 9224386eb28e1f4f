import type { EvalQuestion } from '../harness/types';

export const BIRDSTRIKES_QUESTIONS: EvalQuestion[] = [
	{
		id: 'birdstrikes-01',
		question: 'How many bird strikes were there in Texas?',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM birdstrikes WHERE "Origin State" = 'Texas'`
	},
	{
		id: 'birdstrikes-02',
		question: 'total cost by airline',
		context: 'birdstrikes',
		tags: ['metric', 'group-by', 'synonym'],
		sql: 'SELECT "Aircraft Airline Operator", SUM("Cost Total $") FROM birdstrikes GROUP BY 1'
	},
	{
		id: 'birdstrikes-03',
		question: 'number of strikes per year',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'time-grain'],
		sql: 'SELECT year("Flight Date"), COUNT(*) FROM birdstrikes GROUP BY 1'
	},
	{
		id: 'birdstrikes-04',
		question: 'strikes by phase of flight',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'group-by', 'quoting'],
		sql: 'SELECT "Phase of flight", COUNT(*) FROM birdstrikes GROUP BY 1'
	},
	{
		id: 'birdstrikes-05',
		question: 'top 5 species by number of strikes',
		context: 'birdstrikes',
		tags: ['top-n', 'aggregate-count', 'synonym'],
		sql: 'SELECT "Wildlife Species", COUNT(*) FROM birdstrikes GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'birdstrikes-06',
		question: 'average repair cost for large wildlife',
		tables: ['birdstrikes'],
		tags: ['avg', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT AVG("Cost Repair") FROM birdstrikes WHERE "Wildlife Size" = 'Large'`
	},
	{
		id: 'birdstrikes-07',
		question: 'how many strikes happened at night',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM birdstrikes WHERE "Time of day" = 'Night'`
	},
	{
		id: 'birdstrikes-08',
		question: 'number of strikes with substantial damage in California',
		context: 'birdstrikes',
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM birdstrikes WHERE "Effect Amount of damage" = 'Substantial' AND "Origin State" = 'California'`
	},
	{
		id: 'birdstrikes-09',
		question: 'total cost since 2000',
		context: 'birdstrikes',
		tags: ['metric', 'time-since'],
		sql: `SELECT SUM("Cost Total $") FROM birdstrikes WHERE "Flight Date" >= DATE '2000-01-01'`
	},
	{
		id: 'birdstrikes-10',
		question: 'average speed by time of day',
		tables: ['birdstrikes'],
		tags: ['avg', 'group-by', 'fuzzy', 'quoting'],
		sql: 'SELECT "Time of day", AVG("Speed IAS in knots") FROM birdstrikes GROUP BY 1'
	},
	{
		id: 'birdstrikes-11',
		question: 'how many different airports had strikes',
		tables: ['birdstrikes'],
		tags: ['aggregate-distinct', 'fuzzy'],
		sql: 'SELECT COUNT(DISTINCT "Airport Name") FROM birdstrikes'
	},
	{
		id: 'birdstrikes-12',
		question: 'total cost per month in 2001',
		context: 'birdstrikes',
		tags: ['metric', 'time-grain', 'time-year'],
		sql: `SELECT date_trunc('month', "Flight Date"), SUM("Cost Total $") FROM birdstrikes WHERE year("Flight Date") = 2001 GROUP BY 1`
	},
	{
		id: 'birdstrikes-13',
		question: 'strikes during approach or climb',
		tables: ['birdstrikes'],
		tags: ['rows-mode', 'filter-list'],
		sql: `SELECT "Airport Name", "Flight Date" FROM birdstrikes WHERE "Phase of flight" IN ('Approach', 'Climb')`,
		note: 'no "how many": a listing, like the other "<things> with/in …" questions of the set'
	},
	{
		id: 'birdstrikes-14',
		question: 'total cost for strikes except military',
		context: 'birdstrikes',
		tags: ['metric', 'filter-negation'],
		sql: `SELECT SUM("Cost Total $") FROM birdstrikes WHERE "Aircraft Airline Operator" <> 'MILITARY'`
	},
	{
		id: 'birdstrikes-15',
		question: 'average Cost Total $ of a strike',
		tables: ['birdstrikes'],
		tags: ['avg', 'quoting'],
		sql: 'SELECT AVG("Cost Total $") FROM birdstrikes'
	},
	{
		id: 'birdstrikes-16',
		question: 'strike counts by wildlife size and time of day',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'multi-group', 'quoting'],
		sql: 'SELECT "Wildlife Size", "Time of day", COUNT(*) FROM birdstrikes GROUP BY 1, 2'
	},
	{
		id: 'birdstrikes-17',
		question: 'airport of the most expensive strike',
		tables: ['birdstrikes'],
		tags: ['rows-mode', 'top-n', 'fuzzy'],
		sql: 'SELECT "Airport Name" FROM birdstrikes ORDER BY "Cost Total $" DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'birdstrikes-18',
		question: 'How many strikes involved US Airways?',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM birdstrikes WHERE "Aircraft Airline Operator" = 'US AIRWAYS*'`,
		note: 'the stored value carries a trailing asterisk'
	},
	{
		id: 'birdstrikes-19',
		question: 'strikes per quarter between 1995 and 1996',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'time-grain', 'time-range'],
		sql: `SELECT date_trunc('quarter', "Flight Date"), COUNT(*) FROM birdstrikes WHERE year("Flight Date") BETWEEN 1995 AND 1996 GROUP BY 1`
	},
	{
		id: 'birdstrikes-20',
		question: 'strikes in the last 12 months',
		tables: ['birdstrikes'],
		tags: ['rows-mode', 'time-relative'],
		sql: `SELECT "Airport Name", "Flight Date" FROM birdstrikes WHERE "Flight Date" > (SELECT MAX("Flight Date") FROM birdstrikes) - INTERVAL 12 MONTH`,
		note: 'no "how many": a listing, like the other "<things> with/in …" questions of the set'
	},
	{
		id: 'birdstrikes-21',
		question: 'which airports have INTL in the name and more than 100 strikes',
		tables: ['birdstrikes'],
		tags: ['rows-mode', 'filter-contains', 'aggregate-count'],
		sql: `SELECT "Airport Name" FROM birdstrikes WHERE "Airport Name" LIKE '%INTL%' GROUP BY 1 HAVING COUNT(*) > 100`
	},
	{
		id: 'birdstrikes-22',
		question: 'how many strikes have no speed recorded',
		tables: ['birdstrikes'],
		tags: ['aggregate-count', 'filter-missing', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM birdstrikes WHERE "Speed IAS in knots" IS NULL'
	}
];
