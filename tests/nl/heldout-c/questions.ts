/**
 * Held-out set C: questions over vega-datasets tables no other evaluation set uses, written
 * before the engine was run on them. Never edited to suit the engine; a wrong reference SQL is
 * fixed in its own commit that says why.
 */
import type { EvalQuestion } from '../harness/types';
import { HELDOUT_C_MONEY_QUESTIONS } from './questions-money';
import { HELDOUT_C_NATURE_HEALTH_QUESTIONS } from './questions-nature-health';
import { HELDOUT_C_REFUSAL_QUESTIONS } from './questions-refusals';
import { HELDOUT_C_TRAVEL_WEATHER_QUESTIONS } from './questions-travel-weather';

export const HELDOUT_C_QUESTIONS: EvalQuestion[] = [
	...HELDOUT_C_TRAVEL_WEATHER_QUESTIONS,
	...HELDOUT_C_MONEY_QUESTIONS,
	...HELDOUT_C_NATURE_HEALTH_QUESTIONS,
	...HELDOUT_C_REFUSAL_QUESTIONS
];
