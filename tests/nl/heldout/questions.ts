/**
 * The held-out NL evaluation set: questions over tables the engine was never tuned on,
 * written before the engine was run on them. Never edited to suit the engine.
 */
import type { EvalQuestion } from '../harness/types';
import { HELDOUT_CLIMATE_QUESTIONS } from './questions-climate';
import { HELDOUT_GAMES_FIELDS_QUESTIONS } from './questions-games-fields';
import { HELDOUT_PEOPLE_QUESTIONS } from './questions-people';
import { HELDOUT_REFUSAL_QUESTIONS } from './questions-refusals';

export const HELDOUT_QUESTIONS: EvalQuestion[] = [
	...HELDOUT_CLIMATE_QUESTIONS,
	...HELDOUT_PEOPLE_QUESTIONS,
	...HELDOUT_GAMES_FIELDS_QUESTIONS,
	...HELDOUT_REFUSAL_QUESTIONS
];
