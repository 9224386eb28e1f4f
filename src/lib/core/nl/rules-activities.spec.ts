/**
 * What the rows record, said as a verb: "how many batches have we brewed", "which officer wrote
 * the most tickets" read the same without the verb, which names no condition. A verb of an
 * outcome ("how many batches did we dump") is not one of these and is not dropped. Rows that
 * carry a quantity (`qty`) count their things by it: "how many courgettes" adds up the quantity.
 * A verb after the rows' plural noun ("trees need felling") never names a column by relation.
 * To win is an outcome to place ("how often does white win") unless what was won is said.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A microbrewery's batches: the beer, its brewer, litres brewed. */
const BATCHES: TableSpec = {
	name: 'brewery_batches',
	humanName: 'Brewery batches',
	columns: [
		['Batch No', 'BIGINT'],
		['Beer', 'VARCHAR'],
		['Brewer', 'VARCHAR'],
		['Volume (L)', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		1200 + i,
		['Pale', 'Stout', 'Lager', 'Porter'][i % 4],
		['Sam', 'Priya', 'Jo'][i % 3],
		400 + 10 * i
	])
};

/** A parking authority's penalty notices: which officer issued each one. */
const PENALTIES: TableSpec = {
	name: 'parking_penalties',
	humanName: 'Parking penalties',
	columns: [
		['pcn_no', 'VARCHAR'],
		['Officer ID', 'VARCHAR'],
		['Zone', 'VARCHAR']
	],
	rows: Array.from({ length: 30 }, (_, i) => [
		`PCN${i}`,
		['CEO-1', 'CEO-2', 'CEO-3'][i % 7 === 0 ? 0 : i % 3],
		['Centre', 'Station'][i % 2]
	])
};

/** An allotment's harvest log: each picking of a crop, with how many were picked. */
const HARVEST: TableSpec = {
	name: 'harvest_log',
	humanName: 'Harvest log',
	columns: [
		['log_id', 'BIGINT'],
		['crop', 'VARCHAR'],
		['qty', 'BIGINT'],
		['Weight (kg)', 'DOUBLE']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		i + 1,
		['Courgettes', 'Kale', 'Beans', 'Apples'][i % 4],
		1 + (i % 5),
		0.5 + i / 10
	])
};

describe('a verb of what the rows record', () => {
	it('is read as the rows themselves after "have we", "do we", "we"', () => {
		const brewed = answer('how many batches have we brewed', catalogOf(BATCHES));
		// (the batches are the rows, each numbered once)
		expect(brewed.sql).toBe('SELECT count(*) AS "count"\nFROM "brewery_batches"');
		expect(brewed.interpretation.some((x) => x.words === 'brewed')).toBe(true);
		expect(answer('how many different beers have we made', catalogOf(BATCHES)).sql).toBe(
			'SELECT count(DISTINCT "Beer") AS "distinct_beer"\nFROM "brewery_batches"'
		);
	});
	it('is read after the ranked things ("officer wrote the most tickets")', () => {
		const wrote = answer('which officer wrote the most tickets', catalogOf(PENALTIES));
		expect(wrote.sql).toContain('SELECT "Officer ID", count(*)');
		expect(wrote.sql).toContain('QUALIFY rank()');
	});
	it('lets "not … by" negate who did it', () => {
		expect(answer('batches not brewed by sam', catalogOf(BATCHES)).sql).toContain(
			`WHERE "Brewer" <> 'Sam'`
		);
	});
	it('costs confidence when the table names nothing like it', () => {
		const echoed = answer('how many batches have we brewed', catalogOf(BATCHES));
		const other = answer('how many different beers have we made', catalogOf(BATCHES));
		expect(echoed.confidence).toBe(1);
		expect(other.confidence).toBeLessThan(1);
	});
	it('is never an outcome: "did we dump" stays unplaced', () => {
		const dumped = ask('how many batches did we dump', catalogOf(BATCHES));
		expect(isRefusal(dumped) || dumped.confidence < 0.6).toBe(true);
	});
});

describe('rows that carry a quantity', () => {
	it('count the things of a value by their quantity ("how many courgettes")', () => {
		const picked = answer('how many courgettes have we picked', catalogOf(HARVEST));
		expect(picked.sql).toBe(
			'SELECT sum("qty") AS "total_qty"\nFROM "harvest_log"\nWHERE "crop" = \'Courgettes\''
		);
		expect(picked.explanation).toContain('sum of "qty"');
	});
	it('still count the rows when the rows are asked for', () => {
		expect(answer('how many entries for courgettes', catalogOf(HARVEST)).sql).toContain('count(*)');
		expect(answer('how many harvests', catalogOf(HARVEST)).sql).not.toContain('qty');
	});
});

/** Cars with a model, and car rentals with or without one. */
const CARS: TableSpec = {
	name: 'cars',
	humanName: 'Cars',
	columns: [
		['model', 'VARCHAR'],
		['mpg', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`Car ${i}`, 20 + i])
};

function rentals(withModel: boolean): TableSpec {
	return {
		name: 'car_rentals',
		humanName: 'Car rentals',
		columns: [
			['rental_id', 'VARCHAR'],
			...(withModel ? ([['Model', 'VARCHAR']] as TableSpec['columns']) : []),
			['Daily Rate (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			`R${i}`,
			...(withModel ? [['Fiesta', 'Golf', 'Clio'][i % 3]] : []),
			30 + i
		])
	};
}

describe('a verb of what the rows record, with several tables loaded', () => {
	it('goes to the table whose names echo it ("do we rent" of car rentals, not of cars)', () => {
		const rented = answer(
			'how many different models do we rent out',
			catalogOf(CARS, rentals(true))
		);
		expect(rented.sql).toContain('FROM "car_rentals"');
	});
	it('is not read of one table when it names another ("do we rent" beside car rentals)', () => {
		const rented = ask('how many different models do we rent', catalogOf(CARS, rentals(false)));
		expect(isRefusal(rented) ? rented.reason : rented.sql).toContain('Car rentals');
	});
});

describe('a verb after the plural noun of the rows', () => {
	it('is said of them, not a column it names by relation ("trees need felling")', () => {
		const trees: TableSpec = {
			name: 'tree_surveys',
			humanName: 'Tree surveys',
			columns: [
				['Tree ID', 'VARCHAR'],
				['Condition', 'VARCHAR'],
				['worksRecommended', 'VARCHAR']
			],
			rows: Array.from({ length: 24 }, (_, i) => [
				`T-000${10 + i}`,
				['Good', 'Fair', 'Poor'][i % 3],
				['Fell', 'Crown Lift', 'None'][i % 3]
			])
		};
		const felled = ask('how many trees need felling', catalogOf(trees));
		expect(isRefusal(felled) ? felled.reason : felled.sql).not.toContain('"Condition"');
	});
});

describe('winning', () => {
	const games: TableSpec = {
		name: 'chess_games',
		humanName: 'Chess games',
		columns: [
			['Date', 'DATE'],
			['White', 'VARCHAR'],
			['Black', 'VARCHAR'],
			['Moves', 'BIGINT']
		],
		rows: Array.from({ length: 20 }, (_, i) => [
			`2024-0${1 + (i % 9)}-1${i % 10}`,
			['Ann Cole', 'Raj Patel'][i % 2],
			['Tom Hart', 'Sue Lim'][i % 2],
			20 + i
		])
	};
	it('is an outcome to place when the rows do not record it ("who has won the most")', () => {
		for (const q of ['how often does white win', 'which white player wins most often']) {
			const won = ask(q, catalogOf(games));
			expect(isRefusal(won) || won.confidence < 0.6).toBe(true);
		}
	});
	it('links a subject to what was won ("won 2 or more golds", "golds did the usa win")', () => {
		const olympians: TableSpec = {
			name: 'olympians',
			humanName: 'Olympians',
			columns: [
				['name', 'VARCHAR'],
				['nationality', 'VARCHAR'],
				['gold', 'BIGINT']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`Athlete ${i}`, ['USA', 'GBR'][i % 2], i % 4])
		};
		const catalog = catalogOf(olympians);
		expect(answer('olympians who won 2 or more golds', catalog).sql).toContain('"gold" >= 2');
		expect(answer('how many golds did the usa win', catalog).sql).toContain('sum("gold")');
	});
});
