import type { EvalQuestion } from '../harness/types';

/** Set C questions over flights_5k, seattle_weather_hourly_normals and windvectors. */
export const HELDOUT_C_TRAVEL_WEATHER_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hc-flights-01',
		question: 'how many flights are there',
		tables: ['flights_5k'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM flights_5k'
	},
	{
		id: 'hc-flights-02',
		question: 'average delay',
		tables: ['flights_5k'],
		tags: ['avg'],
		sql: 'SELECT AVG(delay) FROM flights_5k'
	},
	{
		id: 'hc-flights-03',
		question: 'how many flights from ord',
		tables: ['flights_5k'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM flights_5k WHERE origin = 'ORD'`
	},
	{
		id: 'hc-flights-04',
		question: 'top 5 origin airports by number of flights',
		tables: ['flights_5k'],
		tags: ['top-n', 'group-by'],
		sql: 'SELECT origin, COUNT(*) FROM flights_5k GROUP BY origin ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'hc-flights-05',
		question: 'longest flight distance',
		tables: ['flights_5k'],
		tags: ['max'],
		sql: 'SELECT MAX(distance) FROM flights_5k'
	},
	{
		id: 'hc-flights-06',
		question: 'number of flights per month',
		tables: ['flights_5k'],
		tags: ['aggregate-count', 'time-grain'],
		sql: `SELECT date_trunc('month', date), COUNT(*) FROM flights_5k GROUP BY 1`
	},
	{
		id: 'hc-flights-07',
		question: 'average delay by destination',
		tables: ['flights_5k'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT destination, AVG(delay) FROM flights_5k GROUP BY destination'
	},
	{
		id: 'hc-flights-08',
		question: 'how many flights were delayed more than 60 minutes',
		tables: ['flights_5k'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM flights_5k WHERE delay > 60'
	},
	{
		id: 'hc-flights-09',
		question: 'average distance of flights from lax to sfo',
		tables: ['flights_5k'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(distance) FROM flights_5k WHERE origin = 'LAX' AND destination = 'SFO'`
	},
	{
		id: 'hc-flights-10',
		question: 'total distance flown in february',
		tables: ['flights_5k'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM(distance) FROM flights_5k WHERE date >= TIMESTAMP '2001-02-01' AND date < TIMESTAMP '2001-03-01'`
	},
	{
		id: 'hc-flights-11',
		question: 'which destination has the worst average delay',
		tables: ['flights_5k'],
		tags: ['top-n', 'avg'],
		sql: 'SELECT destination FROM flights_5k GROUP BY destination ORDER BY AVG(delay) DESC LIMIT 1'
	},
	{
		id: 'hc-flights-12',
		question: 'how many different airports do flights leave from',
		tables: ['flights_5k'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT origin) FROM flights_5k'
	},
	{
		id: 'hc-flights-13',
		question: 'how many flights arrived early',
		tables: ['flights_5k'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM flights_5k WHERE delay < 0',
		note: 'a negative delay is an early arrival'
	},
	{
		id: 'hc-normals-01',
		question: 'average temperature by month',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['avg', 'time-grain'],
		sql: `SELECT date_trunc('month', date), AVG(temperature) FROM seattle_weather_hourly_normals GROUP BY 1`
	},
	{
		id: 'hc-normals-02',
		question: 'what is the highest temperature',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['max'],
		sql: 'SELECT MAX(temperature) FROM seattle_weather_hourly_normals'
	},
	{
		id: 'hc-normals-03',
		question: 'windiest month',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['top-n', 'time-grain'],
		sql: `SELECT date_trunc('month', date) FROM seattle_weather_hourly_normals GROUP BY 1 ORDER BY AVG(wind) DESC LIMIT 1`
	},
	{
		id: 'hc-normals-04',
		question: 'lowest pressure reading',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['min'],
		sql: 'SELECT MIN(pressure) FROM seattle_weather_hourly_normals'
	},
	{
		id: 'hc-normals-05',
		question: 'average wind speed in july',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['avg', 'time-range'],
		sql: 'SELECT AVG(wind) FROM seattle_weather_hourly_normals WHERE month(date) = 7'
	},
	{
		id: 'hc-normals-06',
		question: 'how many hours were warmer than 20 degrees',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM seattle_weather_hourly_normals WHERE temperature > 20'
	},
	{
		id: 'hc-normals-07',
		question: 'mean pressure',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(pressure) FROM seattle_weather_hourly_normals'
	},
	{
		id: 'hc-normals-08',
		question: 'lowest temperature recorded',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['min'],
		sql: 'SELECT MIN(temperature) FROM seattle_weather_hourly_normals'
	},
	{
		id: 'hc-normals-09',
		question: 'average temperature when wind is above 4',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(temperature) FROM seattle_weather_hourly_normals WHERE wind > 4'
	},
	{
		id: 'hc-wind-01',
		question: 'average wind speed',
		tables: ['windvectors'],
		tags: ['avg'],
		sql: 'SELECT AVG(speed) FROM windvectors'
	},
	{
		id: 'hc-wind-02',
		question: 'maximum speed',
		tables: ['windvectors'],
		tags: ['max'],
		sql: 'SELECT MAX(speed) FROM windvectors'
	},
	{
		id: 'hc-wind-03',
		question: 'average speed for each direction category',
		tables: ['windvectors'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT dirCat, AVG(speed) FROM windvectors GROUP BY dirCat'
	},
	{
		id: 'hc-wind-04',
		question: 'how many points have a speed over 10',
		tables: ['windvectors'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM windvectors WHERE speed > 10'
	},
	{
		id: 'hc-wind-05',
		question: 'where is the wind strongest',
		tables: ['windvectors'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT longitude, latitude FROM windvectors ORDER BY speed DESC LIMIT 1'
	},
	{
		id: 'hc-wind-06',
		question: 'average speed north of latitude 55',
		tables: ['windvectors'],
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(speed) FROM windvectors WHERE latitude > 55'
	}
];
