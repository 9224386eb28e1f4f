/**
 * Held-out set B: questions over vega-datasets tables no other evaluation set uses, written
 * before the engine was run on them. Never edited to suit the engine; a wrong reference SQL is
 * fixed in its own commit that says why.
 */
import type { EvalQuestion } from '../harness/types';
import { HELDOUT_B_PEOPLE_PLACES_QUESTIONS } from './questions-people-places';
import { HELDOUT_B_REFUSAL_QUESTIONS } from './questions-refusals';
import { HELDOUT_B_SERIES_QUESTIONS } from './questions-series';
import { HELDOUT_B_ZIP_LAB_QUESTIONS } from './questions-zip-lab';

export const HELDOUT_B_QUESTIONS: EvalQuestion[] = [
	...HELDOUT_B_PEOPLE_PLACES_QUESTIONS,
	...HELDOUT_B_ZIP_LAB_QUESTIONS,
	...HELDOUT_B_SERIES_QUESTIONS,
	...HELDOUT_B_REFUSAL_QUESTIONS
];
