import type { EvalQuestion } from '../harness/types';

export const CARS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'cars-01',
		question: 'How many cars are there?',
		tables: ['cars'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM cars'
	},
	{
		id: 'cars-02',
		question: 'average horsepower by origin',
		tables: ['cars'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT "Origin", AVG("Horsepower") FROM cars GROUP BY "Origin"'
	},
	{
		id: 'cars-03',
		question: 'how many cars have 8 cylinders',
		tables: ['cars'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM cars WHERE "Cylinders" = 8'
	},
	{
		id: 'cars-04',
		question: 'cars with more than 200 horsepower',
		tables: ['cars'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT "Name" FROM cars WHERE "Horsepower" > 200'
	},
	{
		id: 'cars-05',
		question: 'the 4 cars with the highest horsepower',
		tables: ['cars'],
		tags: ['rows-mode', 'top-n'],
		sql: 'SELECT "Name", "Horsepower" FROM cars ORDER BY "Horsepower" DESC NULLS LAST LIMIT 4',
		isOrdered: true,
		note: 'rows 2-4 tie at 225: order is checked on the horsepower column'
	},
	{
		id: 'cars-06',
		question: 'max mpg for each number of cylinders',
		context: 'cars',
		tags: ['max', 'group-by', 'synonym'],
		sql: 'SELECT "Cylinders", MAX("Miles_per_Gallon") FROM cars GROUP BY "Cylinders"'
	},
	{
		id: 'cars-07',
		question: "What's the median weight of Japanese cars?",
		context: 'cars',
		tags: ['median', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT MEDIAN("Weight_in_lbs") FROM cars WHERE "Origin" = 'Japan'`
	},
	{
		id: 'cars-08',
		question: 'Average MPG of American cars',
		context: 'cars',
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG("Miles_per_Gallon") FROM cars WHERE "Origin" = 'USA'`
	},
	{
		id: 'cars-09',
		question: 'power to weight by origin',
		context: 'cars',
		tags: ['metric', 'group-by'],
		sql: 'SELECT "Origin", AVG("Horsepower" / "Weight_in_lbs") FROM cars GROUP BY "Origin"'
	},
	{
		id: 'cars-10',
		question: 'number of cars per year',
		tables: ['cars'],
		tags: ['aggregate-count', 'time-grain'],
		sql: 'SELECT year("Year"), COUNT(*) FROM cars GROUP BY 1'
	},
	{
		id: 'cars-11',
		question: 'How many cars were made since 1980?',
		tables: ['cars'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM cars WHERE "Year" >= DATE '1980-01-01'`
	},
	{
		id: 'cars-12',
		question: 'average acceleration of cars not from the USA',
		tables: ['cars'],
		tags: ['avg', 'filter-negation'],
		sql: `SELECT AVG("Acceleration") FROM cars WHERE "Origin" <> 'USA'`
	},
	{
		id: 'cars-13',
		question: 'Which car is the lightest?',
		tables: ['cars'],
		tags: ['rows-mode', 'min', 'top-n'],
		sql: 'SELECT "Name" FROM cars ORDER BY "Weight_in_lbs" LIMIT 1',
		isOrdered: true
	},
	{
		id: 'cars-14',
		question: 'how many cars have horse power between 100 and 120',
		tables: ['cars'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM cars WHERE "Horsepower" BETWEEN 100 AND 120'
	},
	{
		id: 'cars-15',
		question: 'how many cars are missing miles per gallon',
		tables: ['cars'],
		tags: ['aggregate-count', 'filter-missing', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM cars WHERE "Miles_per_Gallon" IS NULL'
	},
	{
		id: 'cars-16',
		question: 'average miles per gallon by origin and cylinders',
		tables: ['cars'],
		tags: ['avg', 'multi-group', 'fuzzy'],
		sql: 'SELECT "Origin", "Cylinders", AVG("Miles_per_Gallon") FROM cars GROUP BY 1, 2'
	},
	{
		id: 'cars-17',
		question: 'How many different car names are there',
		tables: ['cars'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Name") FROM cars'
	},
	{
		id: 'cars-18',
		question: 'how many cars have toyota in the name',
		tables: ['cars'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM cars WHERE "Name" ILIKE '%toyota%'`
	},
	{
		id: 'cars-19',
		question: 'count of cars for each origin',
		tables: ['cars'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "Origin", COUNT(*) FROM cars GROUP BY 1'
	},
	{
		id: 'cars-20',
		question: 'Which origin has the most cars?',
		tables: ['cars'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT "Origin" FROM cars GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		isOrdered: true
	},
	{
		id: 'cars-21',
		question: 'percentage of cars by origin',
		tables: ['cars'],
		tags: ['share', 'group-by'],
		isShare: true,
		sql: 'SELECT "Origin", 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM cars GROUP BY 1'
	},
	{
		id: 'cars-22',
		question: 'distribution of horsepower in bins of 50',
		tables: ['cars'],
		tags: ['distribution'],
		sql: 'SELECT COUNT(*) FROM cars WHERE "Horsepower" IS NOT NULL GROUP BY FLOOR("Horsepower" / 50)',
		note: 'bins starting at multiples of 50; compared by their counts, so bin labels may be written any way'
	},
	{
		id: 'cars-23',
		question: 'total weight of all 4 cylinder cars',
		tables: ['cars'],
		tags: ['sum', 'filter-eq'],
		sql: 'SELECT SUM("Weight_in_lbs") FROM cars WHERE "Cylinders" = 4'
	},
	{
		id: 'cars-24',
		question: 'how many cars from Europe or Japan get over 30 mpg',
		context: 'cars',
		tags: ['aggregate-count', 'filter-list', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM cars WHERE "Origin" IN ('Europe', 'Japan') AND "Miles_per_Gallon" > 30`
	},
	{
		id: 'cars-25',
		question: 'lowest acceleration per origin',
		tables: ['cars'],
		tags: ['min', 'group-by'],
		sql: 'SELECT "Origin", MIN("Acceleration") FROM cars GROUP BY 1'
	},
	{
		id: 'cars-26',
		question: '5 heaviest cars',
		tables: ['cars'],
		tags: ['rows-mode', 'top-n', 'fuzzy'],
		sql: 'SELECT "Name", "Weight_in_lbs" FROM cars ORDER BY "Weight_in_lbs" DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'cars-27',
		question: 'average weight per origin, highest first',
		tables: ['cars'],
		tags: ['avg', 'group-by', 'ordering'],
		sql: 'SELECT "Origin", AVG("Weight_in_lbs") FROM cars GROUP BY 1 ORDER BY 2 DESC',
		isOrdered: true
	}
];
