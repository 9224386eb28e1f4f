/**
 * Which tables a set of questions needs, so a run loads (and profiles) only those.
 */
import type { EvalContext } from './run-eval';
import { TABLE_SOURCES, type TableSource } from './tables';
import type { EvalQuestion } from './types';

export function sourcesFor(
	questions: EvalQuestion[],
	contexts: Record<string, EvalContext>
): TableSource[] {
	const names = new Set(
		questions.flatMap((q) => (q.context ? (contexts[q.context]?.tables ?? []) : (q.tables ?? [])))
	);
	return TABLE_SOURCES.filter((source) => names.has(source.name));
}
