/**
 * A pub quiz's results, a row per team per night: to win is to finish in place 1, "quizzes" are
 * the nights (each date once), a quizmaster named before "host" did what the rows record, and
 * a `No. of Players` column adds up for "how many players".
 * With no column of places, "win" is a condition left out and the answer is not given.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** Six teams a night, placed 1 to 6, each night hosted by one of two quizmasters. */
const QUIZ: TableSpec = {
	name: 'quiz_scores',
	humanName: 'Quiz scores',
	columns: [
		['quiz_date', 'DATE'],
		['Team Name', 'VARCHAR'],
		['No. of Players', 'BIGINT'],
		['Total Score', 'BIGINT'],
		['Pos', 'BIGINT'],
		['QM', 'VARCHAR']
	],
	rows: Array.from({ length: 60 }, (_, i) => [
		`2023-${String(1 + Math.floor(i / 6)).padStart(2, '0')}-05`,
		[
			'Les Quizerables',
			'Smarty Pints',
			'Tequila Mockingbird',
			'Universally Challenged',
			'Quiz Pro Quo',
			'Agatha Quiztie'
		][i % 6],
		2 + (i % 5),
		40 + ((i * 7) % 13),
		1 + ((i + Math.floor(i / 6)) % 6),
		Math.floor(i / 6) % 2 ? 'Shaz' : 'Dave'
	])
};

describe('a quiz night results table', () => {
	const quiz = catalogOf(QUIZ);
	it('reads winning as finishing first', () => {
		expect(answer('how many times did les quizerables win in 2023', quiz).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "quiz_scores"\nWHERE "Team Name" = 'Les Quizerables'\n  AND "Pos" = 1\n  AND year("quiz_date") = 2023`
		);
		expect(answer('which team has won the most', quiz).sql).toContain('WHERE "Pos" = 1');
	});
	it('counts the nights for "quizzes", of the quizmaster named before "host"', () => {
		expect(answer('how many quizzes did shaz host', quiz).sql).toBe(
			`SELECT count(DISTINCT "quiz_date") AS "distinct_quiz_date"\nFROM "quiz_scores"\nWHERE "QM" = 'Shaz'`
		);
	});
	it('adds up a column of how many players ("No. of Players") for "how many players"', () => {
		expect(answer('how many players in total in 2023', quiz).sql).toContain(
			'sum("No. of Players")'
		);
		// ("played" is no column of players)
		expect(answer('top 5 teams by number of quizzes played', quiz).sql).toContain(
			'count(DISTINCT "quiz_date")'
		);
	});
	it('answers nothing for "win" with no column of places', () => {
		const noPlaces = catalogOf({
			...QUIZ,
			columns: QUIZ.columns.filter(([name]) => name !== 'Pos'),
			rows: QUIZ.rows.map((r) => r.filter((_, k) => k !== 4))
		});
		expect(isRefusal(ask('how many times did les quizerables win in 2023', noPlaces))).toBe(true);
	});
});
