import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal, type Catalog, type NlRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { answer } from '$test/nl/ask';
import { LEAGUE_MATCHES } from '$test/nl/service-tables';

/** One row per person who died: a table of people (age, gender, race). */
const FATALITIES: TableSpec = {
	name: 'fatalities',
	humanName: 'Fatalities',
	columns: [
		['full_name', 'VARCHAR'],
		['age', 'BIGINT'],
		['gender', 'VARCHAR'],
		['race', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`Person ${i}`,
		15 + i * 4,
		i % 3 ? 'Male' : 'Female',
		['Black', 'White', 'Asian'][i % 3]
	])
};

/** Rows that are counts of people by year, age group and sex. */
const CENSUS: TableSpec = {
	name: 'census',
	humanName: 'Census',
	columns: [
		['year', 'BIGINT'],
		['age', 'BIGINT'],
		['sex', 'VARCHAR'],
		['count', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		1990 + (i % 3) * 10,
		(i % 4) * 20,
		i % 2 ? 'men' : 'women',
		100 + i
	])
};

/** Daily readings with no column about people: any noun for rows fits it only loosely. */
const GAUGES: TableSpec = {
	name: 'gauges',
	humanName: 'Gauges',
	columns: [
		['date', 'DATE'],
		['level', 'DOUBLE'],
		['flow', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`2020-01-${String(10 + i)}`, i / 3, i * 1.5])
};

/** The readings of two sites: only this table holds the value "Weir". */
const SITES: TableSpec = {
	...GAUGES,
	name: 'sites',
	humanName: 'Sites',
	columns: [...GAUGES.columns, ['site', 'VARCHAR']],
	rows: GAUGES.rows.map((row, i) => [...row, ['Weir', 'Ford'][i % 2]])
};

/** A yearly series with one temperature column. */
const CLIMATE: TableSpec = {
	name: 'climate',
	humanName: 'Climate',
	columns: [
		['year', 'BIGINT'],
		['temp', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [1990 + i, ((i * 7) % 10) / 10])
};

/** Daily readings with two temperature columns: "warmest" does not say which. */
const STATION_DAYS: TableSpec = {
	name: 'station_days',
	humanName: 'Station days',
	columns: [
		['date', 'DATE'],
		['temp_max', 'DOUBLE'],
		['temp_min', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`2019-0${1 + (i % 9)}-15`, 20 + i, 5 + i])
};

/** A table named by a plural noun ("prices") without a column of that name. */
const GRAIN_PRICES: TableSpec = {
	name: 'grain_prices',
	humanName: 'Grain prices',
	columns: [
		['year', 'BIGINT'],
		['wheat', 'DOUBLE'],
		['wages', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [1700 + i * 10, 30 + i, 5 + i])
};

/** Monthly quotes: a column named "price". */
const QUOTES: TableSpec = {
	name: 'quotes',
	humanName: 'Quotes',
	columns: [
		['date', 'DATE'],
		['price', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`2003-${String(1 + i).padStart(2, '0')}-01`, 900 + i])
};

/** Birds on islands: nothing here has a price. */
const BIRDS: TableSpec = {
	name: 'birds',
	humanName: 'Birds',
	columns: [
		['species', 'VARCHAR'],
		['island', 'VARCHAR'],
		['mass', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		['Gull', 'Tern', 'Puffin'][i % 3],
		`Isle ${i % 2}`,
		i
	])
};

/** One row per contest between two teams. */
const MATCHES: TableSpec = {
	name: 'matches',
	humanName: 'Matches',
	columns: [
		['home_team', 'VARCHAR'],
		['away_team', 'VARCHAR'],
		['home_score', 'BIGINT'],
		['away_score', 'BIGINT']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`H${i % 3}`, `A${i % 4}`, i % 3, i % 2])
};

/** Tickets, some of them refunded. */
const TICKETS: TableSpec = {
	name: 'tickets',
	humanName: 'Tickets',
	columns: [
		['seat', 'VARCHAR'],
		['refunded', 'BOOLEAN'],
		['price', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`S${i}`, i % 4 === 0, 20 + i])
};

/** The same readings twice under two names: nothing in a question can tell them apart. */
const RIVER_A: TableSpec = { ...GAUGES, name: 'north_river', humanName: 'North river' };
const RIVER_B: TableSpec = { ...GAUGES, name: 'south_river', humanName: 'South river' };

function refusal(question: string, catalog: Catalog): NlRefusal {
	const result = answerQuestion({ question, catalog });
	if (!isRefusal(result)) throw new Error(`answered: ${result.sql}`);
	return result;
}

describe('a noun that names rows', () => {
	const catalog = catalogOf(GAUGES, CENSUS, FATALITIES);
	it('picks the table that shows most signs of holding people ("victims")', () => {
		expect(answer('how many victims were there', catalog).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "fatalities"'
		);
	});
	it('pulls a column two tables share toward the table of those rows', () => {
		expect(answer('average age of the victims', catalog).sql).toContain('FROM "fatalities"');
	});
	it('counts a gender noun ("women") toward the table of people, not a table of counts', () => {
		expect(answer('how many women', catalog).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "fatalities"\nWHERE "gender" = \'Female\''
		);
	});
});

describe('an adjective that names a quantity', () => {
	const catalog = catalogOf(GAUGES, STATION_DAYS, CLIMATE);
	it('chooses the one table with one column of that quantity ("warmest year")', () => {
		expect(answer('warmest year', catalog).sql).toContain('FROM "climate"');
	});
	it('reads a comparative the same way ("warmer than")', () => {
		expect(answer('how many years were warmer than 0.5', catalog).sql).toContain('FROM "climate"');
	});
});

describe('a word that names a column in one table and part of a table name in another', () => {
	it('reads the column: "price" is a column of Quotes, only a word of "Grain prices"', () => {
		const catalog = catalogOf(GRAIN_PRICES, QUOTES);
		expect(answer('highest price', catalog).sql).toBe(
			'SELECT max("price") AS "max_price"\nFROM "quotes"'
		);
	});
});

describe('a condition the data of only one table can meet', () => {
	const catalog = catalogOf(TICKETS, QUOTES);
	it('reads the table whose values reach the number ("price above 500")', () => {
		expect(answer('how many rows have a price above 500', catalog).sql).toContain('FROM "quotes"');
	});
	it('reads the table whose dates include the month asked about', () => {
		const older: TableSpec = {
			...STATION_DAYS,
			name: 'old_days',
			humanName: 'Old days',
			rows: STATION_DAYS.rows.map(([date, ...rest]) => [
				String(date).replace('2019', '1950'),
				...rest
			])
		};
		expect(answer('average temp_max in March 2019', catalogOf(older, STATION_DAYS)).sql).toContain(
			'FROM "station_days"'
		);
		expect(answer('average temp_max in March 1950', catalogOf(older, STATION_DAYS)).sql).toContain(
			'FROM "old_days"'
		);
	});
	it('and the other one for a number only its values reach', () => {
		expect(answer('how many rows have a price below 100', catalog).sql).toContain('FROM "tickets"');
	});
});

describe('a word the answer leaves out', () => {
	it('is not dropped when another table reads it ("how many games refunded")', () => {
		const catalog = catalogOf(MATCHES, TICKETS);
		expect(refusal('how many games refunded', catalog).reason).toContain('"refunded"');
	});
	it('is the rows\' own event when another table only names a column by it ("played")', () => {
		const plays: TableSpec = {
			name: 'listening_history',
			humanName: 'Listening history',
			columns: [
				['Track', 'VARCHAR'],
				['Played At', 'TIMESTAMP']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`T${i % 5}`, `2024-03-${10 + i} 08:00:00`])
		};
		const catalog = catalogOf(MATCHES, plays);
		expect(answer('how many matches have been played', catalog).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "matches"'
		);
		expect(
			refusal('how many tracks have been refunded', catalogOf(plays, TICKETS)).reason
		).toContain('"Tickets"');
	});
	it('keeps a word the reading found harmless when another table only has it as a column', () => {
		const inspections: TableSpec = {
			name: 'inspections',
			humanName: 'Inspections',
			columns: [
				['Premises', 'VARCHAR'],
				['Score', 'BIGINT']
			],
			rows: Array.from({ length: 12 }, (_, i) => [`P${i % 5}`, 60 + i])
		};
		expect(answer('total goals scored', catalogOf(LEAGUE_MATCHES, inspections)).sql).toBe(
			'SELECT sum(("home_goals" + "away_goals")) AS "total_goals"\nFROM "league_matches"'
		);
	});
	it('refuses when another table holds the word ("average price of the puffins")', () => {
		const catalog = catalogOf(QUOTES, BIRDS);
		expect(refusal('average price of the puffins', catalog).reason).toContain('"Birds"');
	});
});

describe('two tables the question fits equally well', () => {
	const catalog = catalogOf(RIVER_A, RIVER_B, CLIMATE);
	it('asks which table, naming both, instead of picking one', () => {
		const result = refusal('average level by month?', catalog);
		expect(result.reason).toBe('The question fits "North river" and "South river" equally well.');
		expect(result.suggestions.slice(0, 2)).toEqual([
			'average level by month in North river',
			'average level by month in South river'
		]);
	});
	it('answers each suggestion from the table it names, in one step', () => {
		const [north, south] = refusal('average level by month?', catalog).suggestions;
		expect(answer(north, catalog).sql).toContain('FROM "north_river"');
		expect(answer(south, catalog).sql).toContain('FROM "south_river"');
	});
	it('reads the words as usual when the table they name cannot answer', () => {
		const named: TableSpec = { ...CLIMATE, name: 'weir', humanName: 'Weir' };
		expect(answer('average flow in Weir', catalogOf(named, SITES)).sql).toContain('FROM "sites"');
	});
	it('shows the words that named the table in the reading, with the other table on offer', () => {
		const result = answer('average level by month in South river', catalog);
		const [table] = result.interpretation;
		expect(table).toMatchObject({
			words: 'in South river',
			kind: 'table',
			meaning: 'the table South river'
		});
		const others = (table.alternatives ?? []).map((a) => a.answer.sql);
		expect(others.join('\n')).toContain('FROM "north_river"');
	});
	it('names every table that fits equally well', () => {
		const three = catalogOf(RIVER_A, RIVER_B, {
			...GAUGES,
			name: 'east_river',
			humanName: 'East river'
		});
		expect(refusal('average flow', three).reason).toBe(
			'The question fits "North river", "South river" and "East river" equally well.'
		);
	});
	it('picks the table that holds a value the question names', () => {
		expect(answer('average level at Weir', catalogOf(RIVER_A, SITES)).sql).toBe(
			'SELECT avg("level") AS "average_level"\nFROM "sites"\nWHERE "site" = \'Weir\''
		);
	});
	it('does not take a value or column at the end of a question for a table name', () => {
		expect(answer('average temp in 1995', catalog).sql).toContain('FROM "climate"');
	});
});

describe('a word many tables hold', () => {
	/** Eighteen shops whose rows each have a price, and one share price history. */
	const shops = Array.from({ length: 18 }, (_, k): TableSpec => ({
		name: `shop_${k + 1}`,
		humanName: `Shop ${k + 1}`,
		columns: [
			['Sold On', 'DATE'],
			['Item', 'VARCHAR'],
			['Price (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 8 }, (_, i) => [`2016-0${1 + i}-15`, `I${i % 3}`, 10 + i])
	}));
	const shares: TableSpec = {
		name: 'share_history',
		humanName: 'Share history',
		columns: [
			['Date', 'DATE'],
			['Open', 'DOUBLE'],
			['Close', 'DOUBLE'],
			['Volume', 'BIGINT']
		],
		rows: Array.from({ length: 8 }, (_, i) => [`2016-0${1 + i}-04`, 100 + i, 101 + i, 5000 * i])
	};

	it('does not hide the table that reads the rarer words ("closing price")', () => {
		expect(answer('average closing price in 2016', catalogOf(...shops, shares)).sql).toBe(
			'SELECT avg("Close") AS "average_close"\nFROM "share_history"\nWHERE year("Date") = 2016'
		);
	});
});

describe('many tables that fit alike', () => {
	/** Six shops' tills: the same columns, only the last has rows in 2023. */
	const tills = Array.from({ length: 6 }, (_, k): TableSpec => ({
		name: `till_${k + 1}`,
		humanName: `Till ${k + 1}`,
		columns: [
			['Date', 'DATE'],
			['Total (£)', 'DOUBLE']
		],
		rows: Array.from({ length: 8 }, (_, i) => [`${k === 5 ? 2023 : 2021}-0${1 + i}-15`, 10 + i])
	}));

	it('asks more of them than usual, so catalog order does not decide', () => {
		expect(answer('total takings in 2023', catalogOf(...tills)).sql).toContain('FROM "till_6"');
	});
});
