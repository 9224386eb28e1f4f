/**
 * Verbs of money charged or paid: beside an amount of money the reading has ("the highest
 * hourly rate we charge") they say what that money is; alone ("how much have the churches paid
 * me", "the average we charge for a school") they ask for the table's takings. Beside a value
 * of the column they matched ("paid with a voucher") they still say how.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf } from '$test/nl/tables';
import { TUNER_VISITS, TUTORING_LESSONS } from '$test/nl/service-tables';
import { isRefusal } from './types';

describe('verbs of money', () => {
	const visits = catalogOf(TUNER_VISITS);
	const lessons = catalogOf(TUTORING_LESSONS);

	it('"how much have the churches paid me" totals the fees of those rows', () => {
		expect(answer('how much have the churches paid me altogether', visits).sql).toBe(
			'SELECT sum("Fee (£)") AS "total_fee"\nFROM "piano_tuning_visits"\nWHERE "clientType" = \'Church\''
		);
	});

	it('"the average we charge" averages the takings', () => {
		expect(answer('the average we charge for a school', visits).sql).toBe(
			'SELECT avg("Fee (£)") AS "average_fee"\nFROM "piano_tuning_visits"\nWHERE "clientType" = \'School\''
		);
	});

	it('"average charge" reads the takings as the charge', () => {
		expect(answer('average charge for a church', visits).sql).toContain('avg("Fee (£)")');
	});

	it('beside an amount of money the verb says what it is', () => {
		const result = answer('highest hourly rate we charge', lessons);
		expect(result.sql).toBe('SELECT max("Rate (£/hr)") AS "max_rate_hr"\nFROM "tutoring_sessions"');
		expect(result.interpretation.some((x) => x.words === 'charge')).toBe(true);
	});

	it('an amount that is not money is not what was charged', () => {
		expect(isRefusal(ask('longest lesson we charge', lessons))).toBe(true);
	});
});
