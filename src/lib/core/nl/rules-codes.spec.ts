/**
 * Codes as people type them: airport and party codes in lower case ("from jfk", "gop"), one-letter
 * codes a column's name spells out (`Member_Guest_Status` holding M and G), an aggregate word a
 * column's name starts with ("total fees" of `Total_Fees`), and a word that starts the names of
 * a row's identifier and other columns ("members" of `Member_ID`, `Member_Name`…).
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { ruleCatalog } from '$test/nl/rule-tables';
import type { TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

const AIRPORTS = ['JFK', 'BOS', 'SFO', 'ORD'];
const TRIPS: TableSpec = {
	name: 'air_trips',
	columns: [
		['origin', 'VARCHAR'],
		['dest', 'VARCHAR'],
		['miles', 'DOUBLE']
	],
	rows: Array.from({ length: 16 }, (_, i) => [AIRPORTS[i % 4], AIRPORTS[(i + 1) % 4], 100 + i * 10])
};

/** A club's export: one row per member, names prefixed as such exports do. */
const CLUB: TableSpec = {
	name: 'club_export',
	columns: [
		['Member_ID', 'VARCHAR'],
		['Member_Name', 'VARCHAR'],
		['Member_City', 'VARCHAR'],
		['Member_Guest_Status', 'VARCHAR'],
		['Total_Fees', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`M${i}`,
		`Name ${i}`,
		i % 2 === 0 ? 'Leeds' : 'York',
		i % 3 === 0 ? 'G' : 'M',
		20 + i
	])
};

describe('a code typed in lower case', () => {
	it('reads a word that is no English word as the code', () => {
		expect(answer('how many trips from jfk', ruleCatalog(TRIPS)).sql).toContain(`"origin" = 'JFK'`);
		expect(answer('average miles from ord to bos', ruleCatalog(TRIPS)).sql).toMatch(
			/"origin" = 'ORD'\s+AND "dest" = 'BOS'/
		);
	});
	it('reads an English word as the code only after from or to', () => {
		const sea: TableSpec = {
			...TRIPS,
			rows: TRIPS.rows.map(([o, d, m], i) => [i === 0 ? 'SEA' : o, d, m])
		};
		expect(answer('how many trips from sea', ruleCatalog(sea)).sql).toContain(`"origin" = 'SEA'`);
	});
	it('never reads a short function word as a code', () => {
		const states: TableSpec = {
			name: 'offices',
			columns: [
				['state', 'VARCHAR'],
				['staff', 'BIGINT']
			],
			rows: [
				['IN', 3],
				['OR', 4],
				['TX', 5]
			]
		};
		const sql = answer('total staff in tx', ruleCatalog(states)).sql;
		expect(sql).toContain(`"state" = 'TX'`);
		expect(sql).not.toContain(`'IN'`);
	});
});

describe('one-letter codes spelled out by the column name', () => {
	it('reads the word as the rows with its initial', () => {
		expect(answer('how many guests', ruleCatalog(CLUB)).sql).toContain(
			`"Member_Guest_Status" = 'G'`
		);
	});
});

describe('names of a row export', () => {
	it('reads an aggregate word the column name starts with as that aggregate', () => {
		expect(answer('total fees for members in york', ruleCatalog(CLUB)).sql).toMatch(
			/sum\("Total_Fees"\)[\s\S]*WHERE "Member_City" = 'York'/
		);
	});
	it('reads the shared first word of a unique identifier as the rows', () => {
		expect(answer('how many members', ruleCatalog(CLUB)).sql).toMatch(/count\(\*\)/);
	});
	it('does not when the identifier repeats', () => {
		const orders: TableSpec = {
			name: 'orders',
			columns: [
				['customer_id', 'VARCHAR'],
				['customer_name', 'VARCHAR'],
				['customer_city', 'VARCHAR'],
				['amount', 'DOUBLE']
			],
			rows: Array.from({ length: 9 }, (_, i) => [`C${i % 3}`, `N${i % 3}`, 'Leeds', i])
		};
		const result = ask('how many customers', ruleCatalog(orders));
		if (!isRefusal(result)) expect(result.sql).toContain('DISTINCT');
	});
});

describe('a table named with a size, year or version', () => {
	it('is named by the rest of its name', () => {
		const sized: TableSpec = { ...TRIPS, name: 'air_trips_5k' };
		const result = answer('how many air trips are there', ruleCatalog(sized));
		expect(result.sql).toContain('count(*)');
		expect(result.confidence).toBeGreaterThanOrEqual(0.9);
		const yearly: TableSpec = { ...TRIPS, name: 'trips_2023_final' };
		expect(
			answer('how many trips from jfk', ruleCatalog(yearly)).confidence
		).toBeGreaterThanOrEqual(0.9);
	});
});

describe('a code column and its label', () => {
	it('groups by the label people read', () => {
		const parties: TableSpec = {
			name: 'donations',
			columns: [
				['Party_Code', 'BIGINT'],
				['Party_Name', 'VARCHAR'],
				['Gifts_to_Party_Branches', 'DOUBLE'],
				['Amount', 'DOUBLE']
			],
			rows: Array.from({ length: 9 }, (_, i) => [
				1 + (i % 3),
				['Red', 'Blue', 'Green'][i % 3],
				i,
				10 * i
			])
		};
		expect(answer('total amount by party', ruleCatalog(parties)).sql).toMatch(
			/SELECT "Party_Name", sum\("Amount"\)/
		);
	});
	it('reads generic nouns for a table of measurements as its rows', () => {
		expect(answer('how many points have miles over 150', ruleCatalog(TRIPS)).sql).toMatch(
			/count\(\*\)[\s\S]*"miles" > 150/
		);
	});
});

describe('a compass direction', () => {
	it('bounds the latitude or longitude column', () => {
		const stations: TableSpec = {
			name: 'stations',
			columns: [
				['latitude', 'DOUBLE'],
				['longitude', 'DOUBLE'],
				['speed', 'DOUBLE']
			],
			rows: Array.from({ length: 10 }, (_, i) => [40 + i * 2, -20 + i * 3, i])
		};
		expect(answer('average speed north of latitude 50', ruleCatalog(stations)).sql).toContain(
			`"latitude" > 50`
		);
		expect(answer('how many stations west of -5', ruleCatalog(stations)).sql).toContain(
			`"longitude" < -5`
		);
	});
});

describe('a word a code abbreviates', () => {
	it('reads the one code of three or four capitals it begins with', () => {
		const candidates: TableSpec = {
			name: 'candidates',
			columns: [
				['name', 'VARCHAR'],
				['party', 'VARCHAR'],
				['receipts', 'DOUBLE']
			],
			rows: Array.from({ length: 9 }, (_, i) => [`N${i}`, ['DEM', 'REP', 'IND'][i % 3], 100 * i])
		};
		expect(answer('how many republican candidates', ruleCatalog(candidates)).sql).toContain(
			`"party" = 'REP'`
		);
		expect(
			answer('total receipts of democratic candidates', ruleCatalog(candidates)).sql
		).toContain(`"party" = 'DEM'`);
	});
});

describe('a value two columns hold', () => {
	it('belongs to the side a verb or preposition says', () => {
		expect(answer('how many trips started at ord', ruleCatalog(TRIPS)).sql).toContain(
			`"origin" = 'ORD'`
		);
		expect(answer('how many trips from the jfk', ruleCatalog(TRIPS)).sql).toContain(
			`"origin" = 'JFK'`
		);
	});
});

describe('a short value that is a word', () => {
	it('matches in any case, while codes in capitals keep theirs', () => {
		const rides: TableSpec = {
			name: 'rides',
			columns: [
				['start_station', 'VARCHAR'],
				['end_station', 'VARCHAR'],
				['minutes', 'DOUBLE']
			],
			rows: Array.from({ length: 8 }, (_, i) => [
				['Harbor', 'Zoo'][i % 2],
				['Zoo', 'Harbor', 'Ely'][i % 3],
				i
			])
		};
		expect(answer('rides from harbor to zoo', ruleCatalog(rides)).sql).toMatch(
			/"start_station" = 'Harbor'\s+AND "end_station" = 'Zoo'/
		);
	});
});
