/**
 * "When" asks for a time: answered by groups that hold none ("when did aoife see her first
 * patient" read as her most frequent patient), the answer is not given. Pronouns ("her", "he")
 * and "went ahead" ask nothing of the data.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Appointments: a date, a therapist and a patient number. */
const APPOINTMENTS: TableSpec = {
	name: 'physio_sessions',
	humanName: 'Physio sessions',
	columns: [
		['Appt Date', 'DATE'],
		['Therapist', 'VARCHAR'],
		['Patient No', 'VARCHAR'],
		['weather', 'VARCHAR']
	],
	rows: Array.from({ length: 40 }, (_, i) => [
		`2024-0${1 + (i % 9)}-1${i % 10}`,
		['Aoife', 'Hannah', 'Rob'][i % 3],
		String(300 + (i % 11)).padStart(5, '0'),
		['Rain', 'Sun', 'Drizzle'][i % 3]
	])
};

describe('"when" answered without a time', () => {
	const sessions = catalogOf(APPOINTMENTS);
	it('is not answered by groups of patients', () => {
		expect(isRefusal(ask('when did aoife see the first patient', sessions))).toBe(true);
	});
	it('keeps its reading when a time answers it', () => {
		expect(answer('when was the first appointment with aoife', sessions).sql).toContain(
			'ORDER BY "Appt Date" ASC'
		);
	});
});

describe('words that ask nothing of the data', () => {
	const sessions = catalogOf(APPOINTMENTS);
	it('are pronouns and "went ahead"', () => {
		expect(answer('how many sessions did she have with rob', sessions).sql).toContain(
			`"Therapist" = 'Rob'`
		);
		expect(answer('how many sessions went ahead in rain or drizzle', sessions).sql).toContain(
			`"weather" IN ('Rain', 'Drizzle')`
		);
	});
});
