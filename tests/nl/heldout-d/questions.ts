/**
 * Held-out set D: questions over open data from npm packages (the @stdlib datasets) and
 * vega-datasets files no other evaluation set uses, written before the engine was run on them.
 * Never edited to suit the engine; a wrong reference SQL is fixed in its own commit that says why.
 */
import type { EvalQuestion } from '../harness/types';
import { HELDOUT_D_BIRTHS_QUESTIONS } from './questions-births';
import { HELDOUT_D_HISTORY_QUESTIONS } from './questions-history';
import { HELDOUT_D_PLACES_QUESTIONS } from './questions-places';
import { HELDOUT_D_REFUSAL_QUESTIONS } from './questions-refusals';
import { HELDOUT_D_WAGES_QUESTIONS } from './questions-wages';

export const HELDOUT_D_QUESTIONS: EvalQuestion[] = [
	...HELDOUT_D_WAGES_QUESTIONS,
	...HELDOUT_D_BIRTHS_QUESTIONS,
	...HELDOUT_D_HISTORY_QUESTIONS,
	...HELDOUT_D_PLACES_QUESTIONS,
	...HELDOUT_D_REFUSAL_QUESTIONS
];
