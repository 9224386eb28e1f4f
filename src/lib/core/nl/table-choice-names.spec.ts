/**
 * Tables that answer a question equally well: the one whose name ends with the rows the question
 * names wins ("how many absences" of "Pupil absences" beside exam results with an `Absent`
 * status), when no other table's name says that noun; otherwise Quarry asks which was meant.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from './answer';
import { isRefusal } from './types';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { answer } from '$test/nl/ask';

describe('answers otherwise equal', () => {
	/** A school's exam entries: a status of sat or absent. */
	const exams: TableSpec = {
		name: 'exam_results',
		humanName: 'Exam results',
		columns: [
			['student_name', 'VARCHAR'],
			['Subject', 'VARCHAR'],
			['Status', 'VARCHAR']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['Ava', 'Ben', 'Cal'][i % 3],
			['Maths', 'Art'][i % 2],
			i % 4 === 0 ? 'Absent' : 'Sat'
		])
	};
	/** The absences of pupils, one row each. */
	const absences: TableSpec = {
		name: 'pupil_absences',
		humanName: 'Pupil absences',
		columns: [
			['pupil_name', 'VARCHAR'],
			['session_date', 'DATE'],
			['Reason', 'VARCHAR']
		],
		rows: Array.from({ length: 12 }, (_, i) => [
			['Ava', 'Ben', 'Cal'][i % 3],
			`2024-03-${String(1 + i).padStart(2, '0')}`,
			['Illness', 'Holiday'][i % 2]
		])
	};

	it('are of the table whose name ends with the rows the question names ("absences")', () => {
		expect(answer('how many absences have there been', catalogOf(exams, absences)).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "pupil_absences"'
		);
	});
	it('still ask which table when that noun ends the names of both', () => {
		const other = { ...absences, name: 'staff_absences', humanName: 'Staff absences' };
		const asked = answerQuestion({
			question: 'how many absences have there been',
			catalog: catalogOf(other, absences)
		});
		expect(isRefusal(asked) && asked.reason).toContain('equally well');
	});
});
