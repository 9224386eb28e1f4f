/**
 * The three measurements `npm run eval:nl` prints: the tuning set, the held-out set (tables the
 * engine was never tuned on) and workspace mode (every question of both sets asked over every
 * evaluation table at once, as the question box asks over all of a user's datasets).
 */
import { CONTEXTS } from './contexts';
import { HarnessError, type EvalContext } from './harness/run-eval';
import type { EvalQuestion } from './harness/types';
import { HELDOUT_CONTEXTS } from './heldout/contexts';
import { HELDOUT_QUESTIONS } from './heldout/questions';
import { ALL_QUESTIONS } from './questions';

export interface Measurement {
	name: 'tuning' | 'heldout' | 'workspace';
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
		name: 'workspace',
		label: 'workspace mode (both sets, every table in one catalog)',
		questions: [...ALL_QUESTIONS, ...HELDOUT_QUESTIONS],
		scope: 'workspace',
		target: 0.85
	}
];

/** The contexts of both sets; a name defined twice is a defect of the question sets. */
export function allContexts(): Record<string, EvalContext> {
	const clash = Object.keys(HELDOUT_CONTEXTS).filter((name) => name in CONTEXTS);
	if (clash.length > 0) throw new HarnessError(`contexts defined twice: ${clash.join(', ')}`);
	return { ...CONTEXTS, ...HELDOUT_CONTEXTS };
}
