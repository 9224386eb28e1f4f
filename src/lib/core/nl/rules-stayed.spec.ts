/**
 * A booking called off had no stay: "how many kids stayed with us" leaves out the rows a yes/no
 * `Cancelled` marks, or whose `Status` says 'Cancelled'.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { loadWordNet } from './word-net';

beforeAll(async () => {
	await loadWordNet();
});

const pitches = catalogOf({
	name: 'pitch_bookings',
	humanName: 'Pitch bookings',
	columns: [
		['Ref', 'VARCHAR'],
		['Arrival Date', 'DATE'],
		['surname', 'VARCHAR'],
		['children', 'BIGINT'],
		['Cancelled', 'BOOLEAN']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`P${i}`,
		`2023-08-0${1 + (i % 9)}`,
		['Lee', 'Patel'][i % 2],
		i % 3,
		i % 4 === 0
	])
});

const lets = catalogOf({
	name: 'holiday_lets',
	humanName: 'Holiday lets',
	columns: [
		['Ref', 'VARCHAR'],
		['arrival', 'DATE'],
		['Guest', 'VARCHAR'],
		['Status', 'VARCHAR']
	],
	rows: Array.from({ length: 9 }, (_, i) => [
		`L${i}`,
		`2024-0${1 + (i % 9)}-10`,
		['Ann Lee', 'Raj Patel', 'Tom Hart'][i % 3],
		['Confirmed', 'Cancelled', 'Provisional'][i % 3]
	])
});

describe('a stay that a cancellation called off', () => {
	it('leaves out the rows a yes/no Cancelled marks', () => {
		expect(answer('how many kids stayed with us in august 2023', pitches).sql).toContain(
			`WHERE "Cancelled" <> 'true'`
		);
	});
	it("leaves out the rows whose status says 'Cancelled'", () => {
		expect(answer('how many times has ann lee stayed with us', lets).sql).toContain(
			`"Status" <> 'Cancelled'`
		);
	});
});
