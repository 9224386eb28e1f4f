/**
 * Nouns a table's topic gives its rows: sessions of tutoring are lessons, a pharmacy's
 * dispensing log holds items of prescriptions ("scripts"), and what it dispenses are drugs or
 * medicines. "Hourly" of a rate is the "/hr" its column's unit writes; the whole word of a unit
 * ("yearly" beside a `Birth Year`) stays a grain. "90 min sessions" are those that lasted 90
 * minutes ("£/hr" is no length); "the over 65s" are those aged 65 and over; values said in the
 * plural and listed ("liquids and creams dispensed in 2023") name rows that are counted. A verb
 * made of the rows' noun ("ticketed") says what the rows are; "membership" is no longer form of
 * "member" but another word. A courier's deliveries are parcels; "we've" asks nothing; a price
 * adjective never ranks a date. "Deferrals" of a yes/no `Deferred` are the rows deferred. "Hours"
 * beside a length in minutes is that length, not a count of rows; `temp_min` holds no minutes.
 * A verb's noun names the rows it makes ("shipping" of shipments).
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { COURIER_JOBS, DISPENSING_LOG, TUTORING_LESSONS } from '$test/nl/service-tables';

/** Athletes with the year each was born, and births counted per day. */
const ATHLETES: TableSpec = {
	name: 'athletes',
	humanName: 'Athletes',
	columns: [
		['name', 'VARCHAR'],
		['Birth Year', 'BIGINT']
	],
	rows: Array.from({ length: 10 }, (_, i) => [`Athlete ${i}`, 1980 + i])
};
const BIRTHS: TableSpec = {
	name: 'births',
	humanName: 'Daily births',
	columns: [
		['date', 'DATE'],
		['births', 'BIGINT']
	],
	rows: Array.from({ length: 20 }, (_, i) => [`${2008 + (i % 5)}-0${1 + (i % 9)}-01`, 9000 + i])
};

describe('rows named by their topic', () => {
	const lessons = catalogOf(TUTORING_LESSONS);
	it('sessions of tutoring are lessons', () => {
		expect(answer('lessons per month in 2024', lessons).sql).toContain('count(*)');
		expect(answer('which tutor has taught the most lessons', lessons).sql).toContain(
			'SELECT "Tutor", count(*) AS "count"'
		);
	});
	it("a pharmacy's items are prescriptions, and what it dispenses drugs", () => {
		const log = catalogOf(DISPENSING_LOG);
		expect(answer('total prescription charges taken in 2023', log).sql).toBe(
			'SELECT sum("Charge Paid (£)") AS "total_charge_paid"\nFROM "pharmacy_dispensing"\nWHERE year("Dispensed") = 2023'
		);
		expect(answer('how many different drugs', log).sql).toBe(
			'SELECT count(DISTINCT "Medicine") AS "distinct_medicine"\nFROM "pharmacy_dispensing"'
		);
	});
});

describe('the adjective of a time unit', () => {
	it('names a rate per that unit ("hourly rate" of `Rate (£/hr)`)', () => {
		expect(answer('avg hourly rate for gcse', catalogOf(TUTORING_LESSONS)).sql).toContain(
			'avg("Rate (£/hr)")'
		);
	});
	it('stays a grain beside a column named with the whole word ("Birth Year")', () => {
		const sql = answer('yearly births since 2010', catalogOf(ATHLETES, BIRTHS)).sql;
		expect(sql).toContain('SELECT year("date") AS "year"');
		expect(sql).toContain('FROM "births"');
	});
});

describe('lengths, ages and listed values before the rows', () => {
	it('"90 min sessions" lasted that long, beside a rate per hour', () => {
		expect(answer('how many 90 min sessions were there', catalogOf(TUTORING_LESSONS)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "tutoring_sessions"\nWHERE "Duration (mins)" = 90'
		);
	});
	it('"the over 65s" are aged 65 and over', () => {
		expect(answer('top 5 meds for the over 65s', catalogOf(DISPENSING_LOG)).sql).toContain(
			'WHERE "patientAge" >= 65'
		);
	});
	it('values listed in the plural name rows, which are counted', () => {
		expect(answer('liquids and creams dispensed in 2023', catalogOf(DISPENSING_LOG)).sql).toMatch(
			/^SELECT count\(\*\) AS "count"\nFROM "pharmacy_dispensing"\nWHERE "Form" IN \('Liquid', 'Cream'\)/
		);
	});
});

/** Parking tickets: a reference, when issued, and the vehicle's make. */
const TICKETS: TableSpec = {
	name: 'parking_fines',
	humanName: 'Parking fines',
	columns: [
		['PCN Number', 'VARCHAR'],
		['issued_at', 'TIMESTAMP'],
		['vehicleMake', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`SM23${1000 + i}`,
		`2024-0${1 + (i % 9)}-03 09:00:00`,
		['FORD', 'BMW', 'AUDI', 'KIA'][i % 4]
	])
};

/** Climbing members, each with a membership type; and riot victims, with their age and gender. */
const MEMBERS: TableSpec = {
	name: 'climbing_members',
	humanName: 'Climbing members',
	columns: [
		['member_no', 'BIGINT'],
		['Full Name', 'VARCHAR'],
		['membershipType', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [i + 1, `Member ${i}`, ['Adult', 'Junior'][i % 2]])
};
const VICTIMS: TableSpec = {
	name: 'la_riots',
	humanName: 'LA riots',
	columns: [
		['first_name', 'VARCHAR'],
		['age', 'BIGINT'],
		['gender', 'VARCHAR'],
		['type', 'VARCHAR']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`Name ${i}`,
		20 + i,
		['Male', 'Female'][i % 2],
		'Homicide'
	])
};

describe('verbs and derived words of the rows', () => {
	it('"ticketed" of tickets says what the rows are', () => {
		expect(answer('how many fords have we ticketed', catalogOf(TICKETS)).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "parking_fines"\nWHERE "vehicleMake" = 'FORD'`
		);
	});
	it('"membership" is no longer form of "member", the rows of a table of people', () => {
		expect(answer('members by membership type', catalogOf(VICTIMS, MEMBERS)).sql).toContain(
			'FROM "climbing_members"'
		);
	});
});

/** Receipts: the day of each purchase, the item and its price under a terse name. */
const RECEIPTS: TableSpec = {
	name: 'grocery_receipts',
	humanName: 'Grocery receipts',
	columns: [
		['line_id', 'VARCHAR'],
		['purchase_date', 'DATE'],
		['Item', 'VARCHAR'],
		['qty', 'BIGINT'],
		['pri', 'DOUBLE'],
		['Line Total (£)', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`GL-${i}`,
		`2024-0${1 + (i % 9)}-07`,
		`Thing ${i}`,
		1 + (i % 3),
		1 + i,
		(1 + i) * (1 + (i % 3))
	])
};

describe('what people call the rows, in their own words', () => {
	it('a courier\'s deliveries are parcels, and "we\'ve" asks nothing', () => {
		expect(answer('heaviest parcel weve carried', catalogOf(COURIER_JOBS)).sql).toContain(
			'ORDER BY "Weight (kg)" DESC'
		);
	});
	it('a price adjective never ranks a date column ("most expensive thing we\'ve bought")', () => {
		const result = ask("whats the most expensive thing we've bought", catalogOf(RECEIPTS));
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
});

/** Donor sessions: whether each was deferred, and why. */
const DEFERRALS: TableSpec = {
	name: 'blood_donor_sessions',
	humanName: 'Blood donor sessions',
	columns: [
		['Session Date', 'DATE'],
		['Deferred', 'BOOLEAN'],
		['Deferral Reason', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2023-0${1 + (i % 9)}-10`,
		i % 4 === 0,
		i % 4 === 0 ? ['Low haemoglobin', 'Travel'][i % 2] : null
	])
};

describe('the noun of a yes/no deed English makes with -al', () => {
	it('"deferrals" are the rows deferred, not the reasons given', () => {
		expect(answer('how many deferrals in 2023', catalogOf(DEFERRALS)).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "blood_donor_sessions"\nWHERE "Deferred" = 'true'\n  AND year("Session Date") = 2023`
		);
	});
});

/** Daily weather with the day's highest and lowest temperature. */
const WEATHER: TableSpec = {
	name: 'seattle_weather',
	humanName: 'Seattle weather',
	columns: [
		['date', 'DATE'],
		['temp_max', 'DOUBLE'],
		['temp_min', 'DOUBLE'],
		['weather', 'VARCHAR']
	],
	rows: Array.from({ length: 20 }, (_, i) => [
		`2015-01-${String(1 + i).padStart(2, '0')}`,
		10 + i,
		i,
		['rain', 'sun'][i % 2]
	])
};

describe('a unit of time said of rows that hold a length', () => {
	it('is not read past ("hours by tutor" beside minutes): unsure, not a count of rows', () => {
		const result = ask('hours by tutor', catalogOf(TUTORING_LESSONS));
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
	it('names the rows of a table of days ("rainy days"), where `temp_min` holds no minutes', () => {
		expect(answer('rainy days', catalogOf(WEATHER)).sql).toContain(`WHERE "weather" = 'rain'`);
	});
});

/** Shipments: a number each, when shipped, from which warehouse. */
const SHIPMENTS: TableSpec = {
	name: 'shipments',
	humanName: 'Shipments',
	columns: [
		['Shipment No', 'VARCHAR'],
		['shippedAt', 'TIMESTAMP'],
		['Warehouse', 'VARCHAR']
	],
	rows: Array.from({ length: 21 }, (_, i) => [
		`SH-${500 + i}`,
		`2024-03-${String(1 + i).padStart(2, '0')} 08:00:00`,
		['Reno', 'Dallas'][i % 2]
	])
};

describe("a verb's noun", () => {
	it('names the rows it makes ("for shipping" of shipments)', () => {
		expect(answer('busiest day of the week for shipping', catalogOf(SHIPMENTS)).sql).toContain(
			'count(*)'
		);
	});
});
