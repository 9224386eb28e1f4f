/**
 * Words of counting: "how many times" counts occurrences, never a column of times; "entries"
 * of a race log are its rows, while "races" are its race numbers of each day; a table named
 * "Window cleaning rounds" does not hold counts of windows; "4 or more" after a number read as
 * an equality makes it a bound; "how many times did people …" (or "… a street …") counts the
 * rows, not the people; a yes/no column counted counts the rows it holds for; the fastest time
 * is the shortest; the verb a date is named for keeps its particle ("given out in march");
 * "per clean" of a `Clean Date` is each row, as is "every clean" listed; "missed cleans" are
 * those a `missed_reason` is given for; a filler verb said as a plural noun ("reason for
 * returns") is a word to place; "how many different members booked a court" counts the
 * members by their number, one court each booking; "how many events" of Library events with an
 * `Event Date` counts the events; "how many times have siobhan's dogs been in" counts the visits;
 * "how many hires" of a `hire_id` counts the hires.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { isRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const RACE_ENTRIES: TableSpec = {
	name: 'sailing_club_races',
	humanName: 'Sailing club races',
	columns: [
		['Race Date', 'DATE'],
		['Series', 'VARCHAR'],
		['raceNo', 'BIGINT'],
		['Helm', 'VARCHAR'],
		['sail_number', 'BIGINT'],
		['correctedTime', 'DOUBLE']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		`2024-0${4 + (i % 4)}-1${i % 3}`,
		['Spring Series', 'Summer Series'][i % 2],
		1 + (i % 4),
		['Amy Holt', 'Rory Dunn', 'Sam Price'][i % 3],
		[1215, 2040, 3318][i % 3],
		2400 + i * 13
	])
};

const ROUND_BOOK: TableSpec = {
	name: 'window_cleaning_rounds',
	humanName: 'Window cleaning rounds',
	columns: [
		['Clean Date', 'DATE'],
		['Customer No', 'VARCHAR'],
		['windows', 'BIGINT'],
		['Rating', 'BIGINT'],
		['Street', 'VARCHAR'],
		['Done', 'BOOLEAN'],
		['missed_reason', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2024-0${1 + (i % 9)}-0${1 + (i % 7)}`,
		`000${1 + (i % 5)}`,
		6 + (i % 9),
		1 + (i % 5),
		['Elm Road', 'Mill Lane', 'Church Street'][i % 3],
		i % 4 !== 0,
		i % 4 !== 0 ? null : ['Rain', 'No access'][i % 2]
	])
};

const DONOR_SESSIONS: TableSpec = {
	name: 'blood_donor_sessions',
	humanName: 'Blood donor sessions',
	columns: [
		['Session Date', 'DATE'],
		['Donor ID', 'VARCHAR'],
		['Age', 'BIGINT'],
		['Deferred', 'BOOLEAN']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 8}`,
		`D${100 + (i % 6)}`,
		20 + i * 2,
		i % 5 === 0
	])
};

const PARCELS: TableSpec = {
	name: 'food_bank_parcels',
	humanName: 'Food bank parcels',
	columns: [
		['Date Given', 'DATE'],
		['Parcel Type', 'VARCHAR']
	],
	rows: Array.from({ length: 18 }, (_, i) => [
		`2024-0${1 + (i % 6)}-1${i % 9}`,
		['Standard', 'Emergency'][i % 2]
	])
};

describe('counting words', () => {
	const races = catalogOf(RACE_ENTRIES);
	const rounds = catalogOf(ROUND_BOOK);

	it('"how many times" counts rows, not a column of times', () => {
		expect(answer('how many times has sail number 1215 raced', races).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "sailing_club_races"\nWHERE "sail_number" = 1215'
		);
	});

	it('"entries" of a race log are its rows; "races" are the distinct race numbers of each day', () => {
		expect(answer('entries in each series', races).sql).toContain('count(*)');
		// race 1 is sailed again on every race day: a race is its date and its number
		const counted = answer('how many races in 2024', races);
		expect(counted.sql).toContain('count(DISTINCT ("Race Date", "raceNo"))');
		expect(counted.explanation).toContain('for each "Race Date"');
	});

	it('a number of a lasting thing names it on every date ("how many hives")', () => {
		const hives: TableSpec = {
			name: 'hive_inspections',
			humanName: 'Hive inspections',
			columns: [
				['inspection_date', 'DATE'],
				['Hive No', 'BIGINT'],
				['Frames of Brood', 'BIGINT']
			],
			rows: Array.from({ length: 40 }, (_, i) => [
				`2024-0${1 + (i % 9)}-${10 + (i % 17)}`,
				1 + (i % 3),
				4 + (i % 5)
			])
		};
		expect(answer('how many hives do we have', catalogOf(hives)).sql).toContain(
			'count(DISTINCT "Hive No")'
		);
	});

	it('a first word that only qualifies the table name does not make its rows counts', () => {
		expect(answer('how many times has customer 0003 been cleaned', rounds).sql).toContain(
			'count(*)'
		);
	});

	it('"how many times did people …" counts the rows, not the people', () => {
		const q = 'how many times did people actually give blood in 2024';
		expect(answer(q, catalogOf(DONOR_SESSIONS)).sql).toMatch(/^SELECT count\(\*\)/);
	});

	it('"how many times did a street …" counts the rows, not the streets', () => {
		const q = 'how many times did a street have more than 10 windows';
		expect(answer(q, rounds).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "window_cleaning_rounds"\nWHERE "windows" > 10'
		);
	});

	it('a yes/no column counted counts the rows it holds for', () => {
		expect(answer('top 2 streets by number of cleans done', rounds).sql).toContain(
			`WHERE "Done" = 'true'`
		);
	});

	it('the fastest time is the shortest', () => {
		expect(answer('fastest corrected time', races).sql).toContain('min("correctedTime")');
		expect(answer('which helm has the fastest average corrected time', races).sql).toContain(
			'ORDER BY avg("correctedTime") ASC'
		);
	});

	it('a particle after the verb a date is named for keeps it the time ("given out in march")', () => {
		expect(answer('parcels given out in march 2024', catalogOf(PARCELS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "food_bank_parcels"\n' +
				'WHERE "Date Given" >= DATE \'2024-03-01\' AND "Date Given" < DATE \'2024-04-01\''
		);
	});

	it('"per clean" of rows dated by a `Clean Date` is each row, not each day', () => {
		expect(answer('average windows per clean', rounds).sql).toBe(
			'SELECT avg("windows") AS "average_windows"\nFROM "window_cleaning_rounds"'
		);
	});

	it('"every clean" of rows listed is each row, not each day', () => {
		expect(answer('show me every clean in mill lane', rounds).sql).toBe(
			'SELECT *\nFROM "window_cleaning_rounds"\nWHERE "Street" = \'Mill Lane\''
		);
	});

	it('"missed cleans" are the rows a `missed_reason` is given for, not grouped by it', () => {
		const sql = answer('missed cleans per month', rounds).sql;
		expect(sql).toContain('"missed_reason" IS NOT NULL');
		expect(sql).not.toContain('GROUP BY 1, 2');
	});

	it('"rated 4 or more" bounds the rating', () => {
		expect(answer('how many cleans rated 4 or more', rounds).sql).toContain('"Rating" >= 4');
	});

	it('"how many different members booked a court" counts the members by their number', () => {
		const courts: TableSpec = {
			name: 'court_bookings',
			humanName: 'Court bookings',
			columns: [
				['Date', 'DATE'],
				['Court', 'VARCHAR'],
				['memberNo', 'VARCHAR'],
				['Member or Guest', 'VARCHAR']
			],
			rows: Array.from({ length: 30 }, (_, i) => [
				`2024-0${1 + (i % 9)}-1${i % 10}`,
				['Court 1', 'Court 2', 'Court 3'][i % 3],
				i % 5 === 0 ? null : `00${10 + (i % 7)}`,
				i % 5 === 0 ? 'Guest' : 'Member'
			])
		};
		const q = 'how many different members booked a court in 2024';
		const counted = answer(q, catalogOf(courts));
		expect(counted.sql).toMatch(/^SELECT count\(DISTINCT "memberNo"\)/);
		// (one court each booking: no grouping by court)
		expect(counted.sql).not.toContain('GROUP BY');
	});

	it('a filler verb said as a plural noun ("reason for returns") must be placed', () => {
		// a window round records no returns: the word is not the command "return"
		const returns = ask('most common reason for returns', rounds);
		expect(isRefusal(returns) ? returns.reason : returns.sql).toContain('"returns"');
		expect(isRefusal(ask('most common missed reason for the orders', rounds))).toBe(true);
		// ("one of ours" is no noun)
		expect(answer('how many times has one of ours been cleaned', rounds).sql).toContain('count(*)');
	});
});

describe('the rows a question counts by the noun that ends the table name', () => {
	const events: TableSpec = {
		name: 'library_events',
		humanName: 'Library events',
		columns: [
			['Event Date', 'DATE'],
			['Title', 'VARCHAR'],
			['Cancelled', 'BOOLEAN']
		],
		// two events on some days: the dates are fewer than the events
		rows: Array.from({ length: 12 }, (_, i) => [
			`2024-03-0${1 + Math.floor(i / 2)}`,
			['Storytime', 'Coding Club'][i % 2],
			i % 5 === 0
		])
	};
	it('counts the events, not the different days they fell on ("how many events")', () => {
		expect(answer('how many events were cancelled', catalogOf(events)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "library_events"\nWHERE "Cancelled" = \'true\''
		);
	});
	it('counts the times something happened to the rows a value names ("siobhan\'s dogs")', () => {
		const daycare: TableSpec = {
			name: 'dog_daycare',
			humanName: 'Dog daycare',
			columns: [
				['Visit Date', 'DATE'],
				['Dog No', 'VARCHAR'],
				['Dog', 'VARCHAR'],
				['Owner', 'VARCHAR']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				`2024-03-${10 + i}`,
				`D0${i % 3}`,
				['Nala', 'Bramble', 'Pip'][i % 3],
				i % 3 === 2 ? 'Tom Hardy' : "Siobhan O'Connor"
			])
		};
		expect(answer("how many times have siobhan's dogs been in", catalogOf(daycare)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "dog_daycare"\nWHERE "Owner" = \'Siobhan O\'\'Connor\''
		);
	});
	it('counts the rows a number names each of ("how many hires" of `hire_id`)', () => {
		const hires: TableSpec = {
			name: 'boat_hire_trips',
			humanName: 'Boat hire trips',
			columns: [
				['hire_id', 'BIGINT'],
				['Start Time', 'TIMESTAMP'],
				['people', 'BIGINT']
			],
			rows: Array.from({ length: 12 }, (_, i) => [
				5001 + i,
				`2024-06-${10 + i} 10:00:00`,
				1 + (i % 4)
			])
		};
		expect(answer('how many hires did we do in 2024', catalogOf(hires)).sql).toBe(
			'SELECT count("hire_id") AS "count_hire_id"\nFROM "boat_hire_trips"\nWHERE year("Start Time") = 2024'
		);
	});
});
