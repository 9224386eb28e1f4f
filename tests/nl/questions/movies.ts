import type { EvalQuestion } from '../harness/types';

export const MOVIES_QUESTIONS: EvalQuestion[] = [
	{
		id: 'movies-01',
		question: 'how many movies are there',
		tables: ['movies'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM movies'
	},
	{
		id: 'movies-02',
		question: 'average IMDB rating by genre',
		context: 'movies',
		tags: ['avg', 'group-by', 'synonym', 'quoting'],
		sql: 'SELECT "Major Genre", AVG("IMDB Rating") FROM movies GROUP BY 1'
	},
	{
		id: 'movies-03',
		question: 'top 5 movies by worldwide gross',
		tables: ['movies'],
		tags: ['top-n', 'rows-mode', 'quoting'],
		sql: 'SELECT "Title", "Worldwide Gross" FROM movies ORDER BY "Worldwide Gross" DESC NULLS LAST LIMIT 5',
		isOrdered: true
	},
	{
		id: 'movies-04',
		question: 'total US gross of movies directed by Steven Spielberg',
		tables: ['movies'],
		tags: ['sum', 'filter-eq', 'quoting'],
		sql: `SELECT SUM("US Gross") FROM movies WHERE "Director" = 'Steven Spielberg'`
	},
	{
		id: 'movies-05',
		question: 'How many R rated movies are there?',
		tables: ['movies'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM movies WHERE "MPAA Rating" = 'R'`
	},
	{
		id: 'movies-06',
		question: 'number of movies per year',
		tables: ['movies'],
		tags: ['aggregate-count', 'time-grain'],
		sql: 'SELECT year("Release Date"), COUNT(*) FROM movies GROUP BY 1'
	},
	{
		id: 'movies-07',
		question: 'How many movies came out in 2005?',
		tables: ['movies'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM movies WHERE year("Release Date") = 2005'
	},
	{
		id: 'movies-08',
		question: 'average production budget of comedies',
		tables: ['movies'],
		tags: ['avg', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT AVG("Production Budget") FROM movies WHERE "Major Genre" = 'Comedy'`
	},
	{
		id: 'movies-09',
		question: 'profit by genre',
		context: 'movies',
		tags: ['metric', 'group-by', 'synonym'],
		sql: 'SELECT "Major Genre", SUM("Worldwide Gross" - "Production Budget") FROM movies GROUP BY 1'
	},
	{
		id: 'movies-10',
		question: 'which distributor released the most movies',
		tables: ['movies'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT "Distributor" FROM movies GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'movies-11',
		question: 'how many movies have a rotten tomatoes rating over 90 and an imdb rating under 6',
		tables: ['movies'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM movies WHERE "Rotten Tomatoes Rating" > 90 AND "IMDB Rating" < 6'
	},
	{
		id: 'movies-12',
		question: 'How many movies have no MPAA rating?',
		tables: ['movies'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM movies WHERE "MPAA Rating" IS NULL'
	},
	{
		id: 'movies-13',
		question: 'median running time',
		tables: ['movies'],
		tags: ['median', 'fuzzy'],
		sql: 'SELECT MEDIAN("Running Time min") FROM movies'
	},
	{
		id: 'movies-14',
		question: "movies whose title starts with 'Star'",
		tables: ['movies'],
		tags: ['rows-mode', 'filter-contains'],
		sql: `SELECT "Title" FROM movies WHERE "Title" LIKE 'Star%'`
	},
	{
		id: 'movies-15',
		question: 'average worldwide gross per MPAA rating',
		tables: ['movies'],
		tags: ['avg', 'group-by', 'quoting'],
		sql: 'SELECT "MPAA Rating", AVG("Worldwide Gross") FROM movies GROUP BY 1'
	},
	{
		id: 'movies-16',
		question: 'highest grossing movie in the US',
		tables: ['movies'],
		tags: ['top-n', 'rows-mode', 'fuzzy'],
		sql: 'SELECT "Title" FROM movies ORDER BY "US Gross" DESC NULLS LAST LIMIT 1',
		isOrdered: true
	},
	{
		id: 'movies-17',
		question: 'count of movies by major genre and creative type',
		tables: ['movies'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT "Major Genre", "Creative Type", COUNT(*) FROM movies GROUP BY 1, 2'
	},
	{
		id: 'movies-18',
		question: 'how many films were released between 2000 and 2003',
		context: 'movies',
		tags: ['aggregate-count', 'time-range', 'synonym'],
		sql: 'SELECT COUNT(*) FROM movies WHERE year("Release Date") BETWEEN 2000 AND 2003'
	},
	{
		id: 'movies-19',
		question: 'total us dvd sales',
		tables: ['movies'],
		tags: ['sum', 'fuzzy', 'quoting'],
		sql: 'SELECT SUM("US DVD Sales") FROM movies'
	},
	{
		id: 'movies-20',
		question: 'movies with a budget over 200 million',
		context: 'movies',
		tags: ['rows-mode', 'filter-numeric', 'synonym'],
		sql: 'SELECT "Title" FROM movies WHERE "Production Budget" > 200000000'
	},
	{
		id: 'movies-21',
		question: 'How many PG-13 or PG movies did Warner Bros. release?',
		tables: ['movies'],
		tags: ['aggregate-count', 'filter-list', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM movies WHERE "MPAA Rating" IN ('PG-13', 'PG') AND "Distributor" = 'Warner Bros.'`
	}
];
