import type { EvalQuestion } from '../harness/types';

/**
 * Set E: questions over four tables from npm packages (the periodic table, a sensor network's
 * readings, world-countries, mtcars), written before the engine was first run on them and part
 * of the tuning set since. The periodic table's CSV pads its names (" Gold"), as an import
 * keeps them; mtcars names its columns tersely (`wt`, `hp`, `cyl`), as many exports do.
 */
export const SET_E_QUESTIONS: EvalQuestion[] = [
	{
		id: 'e-elements-01',
		question: 'how many elements are gases',
		tables: ['elements'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: "SELECT COUNT(*) FROM elements WHERE standardState = 'gas'"
	},
	{
		id: 'e-elements-02',
		question: 'element with the highest density',
		tables: ['elements'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT name FROM elements ORDER BY density DESC NULLS LAST LIMIT 1'
	},
	{
		id: 'e-elements-03',
		question: 'average melting point by group block',
		tables: ['elements'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT groupBlock, AVG(meltingPoint) FROM elements GROUP BY 1'
	},
	{
		id: 'e-elements-04',
		question: 'top 5 elements by boiling point',
		tables: ['elements'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT name, boilingPoint FROM elements ORDER BY boilingPoint DESC NULLS LAST LIMIT 5',
		isOrdered: true
	},
	{
		id: 'e-elements-05',
		question: 'which elements are liquid',
		tables: ['elements'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT name FROM elements WHERE standardState = 'liquid'"
	},
	{
		id: 'e-elements-06',
		question: 'count of elements per standard state',
		tables: ['elements'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT standardState, COUNT(*) FROM elements GROUP BY 1'
	},
	{
		id: 'e-elements-07',
		question: 'lowest electronegativity',
		tables: ['elements'],
		tags: ['min'],
		sql: 'SELECT MIN(electronegativity) FROM elements'
	},
	{
		id: 'e-elements-08',
		question: 'elements discovered in 1898',
		tables: ['elements'],
		tags: ['filter-eq', 'time-year', 'rows-mode'],
		sql: "SELECT name FROM elements WHERE yearDiscovered = '1898'"
	},
	{
		id: 'e-elements-09',
		question: 'how many noble gases are there',
		tables: ['elements'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM elements WHERE groupBlock = 'noble gas'"
	},
	{
		id: 'e-elements-10',
		question: 'mean atomic radius of transition metals',
		tables: ['elements'],
		tags: ['avg', 'filter-eq'],
		sql: "SELECT AVG(atomicRadius) FROM elements WHERE groupBlock = 'transition metal'"
	},
	{
		id: 'e-elements-11',
		question: 'elements with a melting point above 3000',
		tables: ['elements'],
		tags: ['filter-numeric', 'rows-mode'],
		sql: 'SELECT name FROM elements WHERE meltingPoint > 3000'
	},
	{
		id: 'e-elements-12',
		question: 'what is the symbol of gold',
		tables: ['elements'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT symbol FROM elements WHERE trim(name) = 'Gold'"
	},
	{
		id: 'e-elements-13',
		question: 'largest atomic number',
		tables: ['elements'],
		tags: ['max'],
		sql: 'SELECT MAX(atomicNumber) FROM elements'
	},
	{
		id: 'e-elements-14',
		question: 'ionization energy of helium',
		tables: ['elements'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT ionizationEnergy FROM elements WHERE trim(name) = 'Helium'"
	},
	{
		id: 'e-sensor-01',
		question: 'how many readings',
		tables: ['sensor_readings'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM sensor_readings'
	},
	{
		id: 'e-sensor-02',
		question: 'average temperature by mote',
		tables: ['sensor_readings'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT mote_id, AVG(temperature) FROM sensor_readings GROUP BY 1'
	},
	{
		id: 'e-sensor-03',
		question: 'average humidity indoors',
		tables: ['sensor_readings'],
		tags: ['avg', 'filter-eq'],
		sql: 'SELECT AVG(humidity) FROM sensor_readings WHERE indoor = 1'
	},
	{
		id: 'e-sensor-04',
		question: 'highest temperature recorded',
		tables: ['sensor_readings'],
		tags: ['max'],
		sql: 'SELECT MAX(temperature) FROM sensor_readings'
	},
	{
		id: 'e-sensor-05',
		question: 'max humidity for each mote',
		tables: ['sensor_readings'],
		tags: ['max', 'group-by'],
		sql: 'SELECT mote_id, MAX(humidity) FROM sensor_readings GROUP BY 1'
	},
	{
		id: 'e-sensor-06',
		question: 'number of readings per mote outdoors',
		tables: ['sensor_readings'],
		tags: ['aggregate-count', 'group-by', 'filter-eq'],
		sql: 'SELECT mote_id, COUNT(*) FROM sensor_readings WHERE indoor = 0 GROUP BY 1'
	},
	{
		id: 'e-sensor-07',
		question: 'how many readings had a temperature over 30',
		tables: ['sensor_readings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM sensor_readings WHERE temperature > 30'
	},
	{
		id: 'e-sensor-08',
		question: 'lowest humidity outdoors',
		tables: ['sensor_readings'],
		tags: ['min', 'filter-eq'],
		sql: 'SELECT MIN(humidity) FROM sensor_readings WHERE indoor = 0'
	},
	{
		id: 'e-sensor-09',
		question: 'median temperature',
		tables: ['sensor_readings'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(temperature) FROM sensor_readings'
	},
	{
		id: 'e-world-01',
		question: 'how many countries are in Africa',
		tables: ['world_countries'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: "SELECT COUNT(*) FROM world_countries WHERE region = 'Africa'"
	},
	{
		id: 'e-world-02',
		question: 'largest country by area',
		tables: ['world_countries'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT "name.common" FROM world_countries ORDER BY area DESC LIMIT 1'
	},
	{
		id: 'e-world-03',
		question: 'total area of Europe',
		tables: ['world_countries'],
		tags: ['sum', 'filter-eq'],
		sql: "SELECT SUM(area) FROM world_countries WHERE region = 'Europe'"
	},
	{
		id: 'e-world-04',
		question: 'number of countries per region',
		tables: ['world_countries'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT region, COUNT(*) FROM world_countries GROUP BY 1'
	},
	{
		id: 'e-world-05',
		question: 'how many landlocked countries',
		tables: ['world_countries'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM world_countries WHERE landlocked = 1'
	},
	{
		id: 'e-world-06',
		question: 'capital of Peru',
		tables: ['world_countries'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT capital FROM world_countries WHERE "name.common" = \'Peru\''
	},
	{
		id: 'e-world-07',
		question: 'top 10 countries by area in Asia',
		tables: ['world_countries'],
		tags: ['top-n', 'filter-eq', 'ordering'],
		sql: 'SELECT "name.common", area FROM world_countries WHERE region = \'Asia\' ORDER BY area DESC LIMIT 10',
		isOrdered: true
	},
	{
		id: 'e-world-08',
		question: 'average area by subregion',
		tables: ['world_countries'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT subregion, AVG(area) FROM world_countries GROUP BY 1'
	},
	{
		id: 'e-world-09',
		question: '5 smallest countries by area',
		tables: ['world_countries'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT "name.common", area FROM world_countries ORDER BY area ASC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'e-world-10',
		question: 'which region has the most countries',
		tables: ['world_countries'],
		tags: ['aggregate-count', 'top-n', 'group-by'],
		sql: 'SELECT region FROM world_countries GROUP BY region ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'e-world-11',
		question: 'countries in South America',
		tables: ['world_countries'],
		tags: ['filter-eq', 'rows-mode'],
		sql: 'SELECT "name.common" FROM world_countries WHERE subregion = \'South America\''
	},
	{
		id: 'e-world-12',
		question: 'how many countries are not UN members',
		tables: ['world_countries'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: 'SELECT COUNT(*) FROM world_countries WHERE unMember = 0'
	},
	{
		id: 'e-world-13',
		question: 'total area of landlocked countries',
		tables: ['world_countries'],
		tags: ['sum', 'filter-eq'],
		sql: 'SELECT SUM(area) FROM world_countries WHERE landlocked = 1'
	},
	{
		id: 'e-refuse-01',
		question: 'what is the weather in Paris',
		tables: ['world_countries'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'e-refuse-02',
		question: 'average salary by country',
		tables: ['world_countries'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'e-refuse-03',
		question: 'which sensor has the most battery left',
		tables: ['sensor_readings'],
		tags: ['refuse'],
		shouldRefuse: true
	},
	{
		id: 'e-mtcars-01',
		question: 'average mpg by number of cylinders',
		tables: ['mtcars'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT cyl, AVG(mpg) FROM mtcars GROUP BY 1'
	},
	{
		id: 'e-mtcars-02',
		question: 'which car has the most horsepower',
		tables: ['mtcars'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT model FROM mtcars ORDER BY hp DESC LIMIT 1'
	},
	{
		id: 'e-mtcars-03',
		question: 'average weight',
		tables: ['mtcars'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(wt) FROM mtcars'
	},
	{
		id: 'e-mtcars-04',
		question: 'how many cars have 4 gears',
		tables: ['mtcars'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM mtcars WHERE gear = 4'
	},
	{
		id: 'e-mtcars-05',
		question: 'average miles per gallon',
		tables: ['mtcars'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(mpg) FROM mtcars'
	},
	{
		id: 'e-mtcars-06',
		question: 'heaviest car',
		tables: ['mtcars'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT model FROM mtcars ORDER BY wt DESC LIMIT 1'
	},
	{
		id: 'e-mtcars-07',
		question: 'cars with more than 200 horsepower',
		tables: ['mtcars'],
		tags: ['filter-numeric', 'rows-mode', 'synonym'],
		sql: 'SELECT model FROM mtcars WHERE hp > 200'
	},
	{
		id: 'e-mtcars-08',
		question: 'median displacement',
		tables: ['mtcars'],
		tags: ['median', 'synonym'],
		sql: 'SELECT MEDIAN(disp) FROM mtcars'
	},
	{
		id: 'e-mtcars-09',
		question: 'max mpg for 6 cylinder cars',
		tables: ['mtcars'],
		tags: ['max', 'filter-eq'],
		sql: 'SELECT MAX(mpg) FROM mtcars WHERE cyl = 6'
	},
	{
		id: 'e-mtcars-10',
		question: 'count of cars by gear',
		tables: ['mtcars'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT gear, COUNT(*) FROM mtcars GROUP BY 1'
	},
	{
		id: 'e-mtcars-11',
		question: 'mpg of the Honda Civic',
		tables: ['mtcars'],
		tags: ['filter-eq', 'rows-mode'],
		sql: "SELECT mpg FROM mtcars WHERE model = 'Honda Civic'"
	},
	{
		id: 'e-mtcars-12',
		question: 'top 3 cars by mpg',
		tables: ['mtcars'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT model, mpg FROM mtcars ORDER BY mpg DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'e-mtcars-13',
		question: 'average horsepower per cylinder count',
		tables: ['mtcars'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT cyl, AVG(hp) FROM mtcars GROUP BY 1'
	},
	{
		id: 'e-mtcars-14',
		question: 'how many carburetors does the Ferrari Dino have',
		tables: ['mtcars'],
		tags: ['filter-eq', 'rows-mode', 'synonym'],
		sql: "SELECT carb FROM mtcars WHERE model = 'Ferrari Dino'"
	},
	{
		id: 'e-mtcars-15',
		question: 'lightest car',
		tables: ['mtcars'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT model FROM mtcars ORDER BY wt ASC LIMIT 1'
	},
	{
		id: 'e-mtcars-16',
		question: 'average price of the cars',
		tables: ['mtcars'],
		tags: ['refuse'],
		shouldRefuse: true
	}
];
