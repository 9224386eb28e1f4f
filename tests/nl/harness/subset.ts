/**
 * The fixed subset the regular test suite evaluates on every run (see
 * tests/unit/nl-eval-subset.spec.ts): a few questions per feature and some refusals.
 */
import { ALL_QUESTIONS } from '../questions';
import type { EvalQuestion } from './types';

export const SUBSET_IDS = [
	'cars-02',
	'cars-05',
	'cars-07',
	'cars-09',
	'cars-12',
	'cars-15',
	'cars-21',
	'cars-22',
	'movies-04',
	'movies-14',
	'movies-17',
	'weather-04',
	'weather-11',
	'weather-12',
	'weather-13',
	'stocks-04',
	'penguins-01',
	'gapminder-03',
	'birdstrikes-02',
	'birdstrikes-18',
	'airports-07',
	'flights-03',
	'people-01',
	'disasters-05',
	'iowa-04',
	'refuse-03',
	'refuse-04',
	'refuse-07',
	'refuse-09',
	'refuse-16',
	'refuse-26'
];

export function subsetQuestions(): EvalQuestion[] {
	return SUBSET_IDS.map((id) => {
		const question = ALL_QUESTIONS.find((q) => q.id === id);
		if (!question) throw new Error(`subset names unknown question ${id}`);
		return question;
	});
}
