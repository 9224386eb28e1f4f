import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { openTestDb, type TestDb } from '$test/nl/duckdb-catalog';
import { isRefusal, type Catalog, type NlAnswer } from './types';

/** Real vega-datasets files, profiled the way Quarry profiles imports. */
let db: TestDb;
let catalog: Catalog;
beforeAll(async () => {
	db = await openTestDb();
	catalog = {
		tables: [
			db.loadVega('cars.json', 'cars'),
			db.loadVega('seattle-weather.csv', 'seattle_weather'),
			db.loadVega('stocks.csv', 'stocks'),
			db.loadVega('movies.json', 'movies')
		]
	};
});
afterAll(() => db.close());

function ask(question: string): NlAnswer {
	const result = answerQuestion({ question, catalog });
	if (isRefusal(result)) throw new Error(`refused "${question}": ${result.reason}`);
	return result;
}

function rows(question: string) {
	return db.run(ask(question).sql);
}

describe('questions over real vega datasets', () => {
	it('finds the right table and column among several', () => {
		expect(rows('average horsepower by origin').map((r) => r.Origin)).toEqual([
			'Europe',
			'Japan',
			'USA'
		]);
		expect(ask('average miles per gallon by origin').sql).toContain('avg("Miles_per_Gallon")');
		expect(ask('mean mpg').sql).toContain('avg("Miles_per_Gallon")');
	});
	it('counts rainy days per month of one year', () => {
		const result = rows('how many rainy days in 2014 per month');
		expect(result).toHaveLength(12);
		expect(result.reduce((sum, r) => sum + Number(r.count), 0)).toBe(
			Number(
				db.run(
					`SELECT count(*) AS n FROM seattle_weather WHERE weather = 'rain' AND year(date) = 2014`
				)[0].n
			)
		);
	});
	it('returns whole rows for "the 3 cars with the highest horsepower"', () => {
		const result = rows('the 3 cars with the highest horsepower');
		expect(result.map((r) => r.Horsepower)).toEqual([230, 225, 225]);
		expect(Object.keys(result[0])).toContain('Name');
	});
	it('parses text dates such as "Jan 1 2000" and "Jun 12 1998"', () => {
		expect(rows('average price of MSFT in 2005')).toHaveLength(1);
		expect(Number(rows('how many movies were released in 1998')[0].count)).toBeGreaterThan(100);
	});
	it('answers "which X has the most Y" with the single top group', () => {
		expect(rows('which origin has the most cars')).toEqual([{ Origin: 'USA', count: 254 }]);
	});
	it('refuses ambiguous and unanswerable questions', () => {
		for (const question of [
			'average temperature',
			'average rating of movies',
			'what will the price of AAPL be next year',
			'why is Seattle rainy',
			'average salary by department'
		]) {
			expect(isRefusal(answerQuestion({ question, catalog })), question).toBe(true);
		}
	});
});
