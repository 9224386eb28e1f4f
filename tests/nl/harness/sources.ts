/**
 * Which tables a set of questions needs, so a run loads (and profiles) only those. The tables
 * come from five lists: the tuning tables (tables.ts) and the held-out ones of set A
 * (heldout/sources.ts), set B (heldout-b/sources.ts), set C (heldout-c/sources.ts) and set D
 * (heldout-d/sources.ts).
 */
import { HELDOUT_TABLE_SOURCES } from '../heldout/sources';
import { HELDOUT_B_TABLE_SOURCES } from '../heldout-b/sources';
import { HELDOUT_C_TABLE_SOURCES } from '../heldout-c/sources';
import { HELDOUT_D_TABLE_SOURCES } from '../heldout-d/sources';
import type { EvalContext } from './run-eval';
import { TABLE_SOURCES, type TableSource } from './tables';
import type { EvalQuestion } from './types';

/** Every evaluation table, tuning tables first. */
export const EVAL_TABLE_SOURCES: TableSource[] = [
	...TABLE_SOURCES,
	...HELDOUT_TABLE_SOURCES,
	...HELDOUT_B_TABLE_SOURCES,
	...HELDOUT_C_TABLE_SOURCES,
	...HELDOUT_D_TABLE_SOURCES
];

export function sourcesFor(
	questions: EvalQuestion[],
	contexts: Record<string, EvalContext>
): TableSource[] {
	const names = new Set(
		questions.flatMap((q) => (q.context ? (contexts[q.context]?.tables ?? []) : (q.tables ?? [])))
	);
	return EVAL_TABLE_SOURCES.filter((source) => names.has(source.name));
}
