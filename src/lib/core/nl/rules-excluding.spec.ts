/**
 * "Excluding X", "not counting X", "apart from X" take X's rows away from all the rows, so rows
 * with no value stay: an absence with no reason given is not one for illness either. "Not X" and
 * "outside X" say what the rows are, and keep only rows known to be something else.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

/** Absences: a pupil, a mark and a reason that is often missing. */
const ABSENCES: TableSpec = {
	name: 'pupil_absences',
	humanName: 'Pupil absences',
	columns: [
		['record_id', 'BIGINT'],
		['pupil_name', 'VARCHAR'],
		['Mark', 'VARCHAR'],
		['Reason', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		i + 1,
		`Pupil ${i % 5}`,
		['Absent', 'Late', 'Absent'][i % 3],
		[null, 'Illness', 'Medical', 'Family holiday'][i % 4]
	])
};

describe('a condition that excludes', () => {
	const absences = catalogOf(ABSENCES);
	it('keeps the rows with no value ("not counting illness")', () => {
		expect(answer('absences not counting illness', absences).sql).toContain(
			`"Reason" IS DISTINCT FROM 'Illness'`
		);
		expect(answer('absences excluding illness and medical', absences).sql).toContain(
			`("Reason" NOT IN ('Illness', 'Medical') OR "Reason" IS NULL)`
		);
	});
	it('differs from "not", which keeps only rows known to be otherwise', () => {
		expect(answer('absences where the reason is not illness', absences).sql).toContain(
			`"Reason" <> 'Illness'`
		);
	});
});
