import type { EvalQuestion } from '../harness/types';

/**
 * Set D questions over boston_house_prices (506 census tracts, terse column names as the file
 * has them: medv median home value in $1000s, rm rooms, crim crime rate, chas 1 on the Charles
 * river), anscombe (four series of x, y points) and london_centroids (one row per borough).
 */
export const HELDOUT_D_PLACES_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hd-boston-01',
		question: 'how many houses',
		tables: ['boston_house_prices'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM boston_house_prices'
	},
	{
		id: 'hd-boston-02',
		question: 'average medv',
		tables: ['boston_house_prices'],
		tags: ['avg'],
		sql: 'SELECT AVG(medv) FROM boston_house_prices'
	},
	{
		id: 'hd-boston-03',
		question: 'highest crime rate',
		tables: ['boston_house_prices'],
		tags: ['max', 'fuzzy'],
		sql: 'SELECT MAX(crim) FROM boston_house_prices'
	},
	{
		id: 'hd-boston-04',
		question: 'average medv where chas is 1',
		tables: ['boston_house_prices'],
		tags: ['avg', 'filter-eq'],
		sql: 'SELECT AVG(medv) FROM boston_house_prices WHERE chas = 1'
	},
	{
		id: 'hd-boston-05',
		question: 'how many rows have rm greater than 7',
		tables: ['boston_house_prices'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM boston_house_prices WHERE rm > 7'
	},
	{
		id: 'hd-boston-06',
		question: 'average tax by rad',
		tables: ['boston_house_prices'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT rad, AVG(tax) FROM boston_house_prices GROUP BY rad'
	},
	{
		id: 'hd-boston-07',
		question: 'top 5 most expensive houses by medv',
		tables: ['boston_house_prices'],
		tags: ['top-n', 'rows-mode', 'ordering'],
		sql: 'SELECT medv FROM boston_house_prices ORDER BY medv DESC LIMIT 5',
		isOrdered: true,
		note: 'ties at 50.0: only the values are compared'
	},
	{
		id: 'hd-boston-08',
		question: 'minimum nox',
		tables: ['boston_house_prices'],
		tags: ['min'],
		sql: 'SELECT MIN(nox) FROM boston_house_prices'
	},
	{
		id: 'hd-boston-09',
		question: 'median ptratio',
		tables: ['boston_house_prices'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(ptratio) FROM boston_house_prices'
	},
	{
		id: 'hd-boston-10',
		question: 'average medv for houses with lstat under 10 and rm over 6',
		tables: ['boston_house_prices'],
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(medv) FROM boston_house_prices WHERE lstat < 10 AND rm > 6'
	},
	{
		id: 'hd-boston-11',
		question: 'number of houses by chas',
		tables: ['boston_house_prices'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT chas, COUNT(*) FROM boston_house_prices GROUP BY chas'
	},
	{
		id: 'hd-boston-12',
		question: 'average rooms',
		tables: ['boston_house_prices'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(rm) FROM boston_house_prices',
		note: 'rm is the average number of rooms per dwelling'
	},
	{
		id: 'hd-anscombe-01',
		question: 'average y per series',
		tables: ['anscombe'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Series, AVG(Y) FROM anscombe GROUP BY Series'
	},
	{
		id: 'hd-anscombe-02',
		question: 'how many points in series iv',
		tables: ['anscombe'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM anscombe WHERE Series = 'IV'`
	},
	{
		id: 'hd-anscombe-03',
		question: 'max x',
		tables: ['anscombe'],
		tags: ['max'],
		sql: 'SELECT MAX(X) FROM anscombe'
	},
	{
		id: 'hd-anscombe-04',
		question: 'highest y in series iii',
		tables: ['anscombe'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(Y) FROM anscombe WHERE Series = 'III'`
	},
	{
		id: 'hd-london-01',
		question: 'how many boroughs',
		tables: ['london_centroids'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM london_centroids'
	},
	{
		id: 'hd-london-02',
		question: 'which borough has the highest cy',
		tables: ['london_centroids'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT name FROM london_centroids ORDER BY cy DESC LIMIT 1'
	},
	{
		id: 'hd-london-03',
		question: 'boroughs with cx below -0.3',
		tables: ['london_centroids'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT name FROM london_centroids WHERE cx < -0.3'
	},
	{
		id: 'hd-london-04',
		question: 'boroughs containing "ham"',
		tables: ['london_centroids'],
		tags: ['rows-mode', 'filter-contains', 'quoting'],
		sql: `SELECT name FROM london_centroids WHERE name ILIKE '%ham%'`
	}
];
