/**
 * A daily log whose rows are already counts: "Eggs Collected", "Hens Lost" (a plural noun, then
 * what happened to them) add up, so "eggs collected each month" totals them, and "cracked eggs"
 * totals `Cracked`, the eggs being what it counts. A verb form no
 * dictionary knows may be misspelt ("colected"), where a known form stays itself. An event named
 * between "since" and its time ("since the price went up in october 2023") only says when. A
 * word two columns share ("taken" of `Reading Taken` and `Meds Taken`) is the one whose other
 * word the question says ("readings … taken"). "Total meals" of School meals totals
 * `meals_served` (the rows' noun, then what was done), and `allergy_meals` adds up.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const EGGS: TableSpec = {
	name: 'egg_log',
	columns: [
		['Collection Date', 'DATE'],
		['House', 'VARCHAR'],
		['Eggs Collected', 'BIGINT'],
		['Cracked', 'BIGINT'],
		['Hens Lost', 'BIGINT'],
		['Price per Dozen (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-0${1 + (i % 9)}`,
		['Orchard', 'Meadow', 'Top Field'][i % 3],
		300 + i * 5,
		2 + (i % 5),
		i % 4,
		i < 12 ? 1.18 : 1.3
	])
};

describe('a log whose rows are counts', () => {
	const eggs = catalogOf(EGGS);

	it('totals a plural noun and what happened to them', () => {
		expect(answer('eggs collected each month in 2023', eggs).sql).toContain(
			'sum("Eggs Collected")'
		);
		expect(answer('hens lost by house', eggs).sql).toContain('sum("Hens Lost")');
	});

	it('reads "cracked eggs" as the eggs `Cracked` counts', () => {
		const result = answer('how many cracked eggs in 2024', eggs);
		expect(result.sql).toContain('sum("Cracked")');
		expect(result.interpretation.some((x) => x.words === 'eggs')).toBe(true);
	});

	it('reads a misspelt verb form as the column it misspells', () => {
		expect(answer('eggs colected in 2024', eggs).sql).toBe(
			'SELECT sum("Eggs Collected") AS "total_eggs_collected"\nFROM "egg_log"\nWHERE year("Collection Date") = 2024'
		);
	});

	it('reads "since the price went up in october 2023" as since october 2023', () => {
		const result = answer('eggs collected since the price went up in october 2023', eggs);
		expect(result.sql).toContain(`"Collection Date" >= DATE '2023-10-01'`);
		expect(result.interpretation.some((x) => x.words.includes('price went up'))).toBe(true);
	});
});

describe('a log named by what its counts count', () => {
	const meals: TableSpec = {
		name: 'school_meals',
		humanName: 'School meals',
		columns: [
			['Date', 'DATE'],
			['Sitting', 'VARCHAR'],
			['meals_served', 'BIGINT'],
			['Free Meals', 'BIGINT'],
			['allergy_meals', 'BIGINT']
		],
		rows: Array.from({ length: 24 }, (_, i) => [
			`202${3 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}`,
			['Infants', 'Juniors'][i % 2],
			60 + i,
			10 + (i % 6),
			i % 3
		])
	};
	const catalog = catalogOf(meals);
	it('totals the rows\' noun and what was done ("total meals" of `meals_served`)', () => {
		expect(answer('total meals by sitting for 2023', catalog).sql).toContain('sum("meals_served")');
		expect(answer('average meals in 2024', catalog).sql).toContain('avg("meals_served")');
	});
	it('totals some of those things ("allergy meals" of `allergy_meals`)', () => {
		expect(answer('allergy meals for each sitting in 2024', catalog).sql).toContain(
			'sum("allergy_meals")'
		);
	});
});

describe('a word two columns share', () => {
	it('is the column whose other word the question says', () => {
		const readings = catalogOf({
			name: 'bp_readings',
			columns: [
				['Reading Taken', 'TIMESTAMP'],
				['Arm', 'VARCHAR'],
				['Meds Taken', 'BOOLEAN']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				`2024-02-${10 + i} 07:30:00`,
				i % 3 === 0 ? 'Right' : 'Left',
				i % 2 === 0
			])
		});
		const sql = answer('what percentage of readings were taken on my right arm', readings).sql;
		expect(sql).toContain(`"Arm" = 'Right'`);
		expect(sql).not.toContain('Meds Taken');
	});
});
