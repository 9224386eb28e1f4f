/**
 * Scores outcomes overall, per feature tag and per kind, and renders the printed report.
 */
import type { EvalReport, FeatureTag, OutcomeKind, QuestionOutcome, TagScore } from './types';

function score(outcomes: QuestionOutcome[]): TagScore {
	const correct = outcomes.filter((o) => o.isCorrect).length;
	return {
		total: outcomes.length,
		correct,
		accuracy: outcomes.length ? correct / outcomes.length : 0
	};
}

/**
 * Every answer the engine gives is given with confidence (below its threshold it refuses), so an
 * answer with a wrong result, SQL that fails, or an answer to a question it should refuse are
 * all confident wrong answers.
 */
const CONFIDENT_WRONG: ReadonlySet<OutcomeKind> = new Set([
	'wrong-result',
	'sql-error',
	'confident-wrong'
]);

export function summarize(outcomes: QuestionOutcome[]): EvalReport {
	const byTag: Partial<Record<FeatureTag, TagScore>> = {};
	const tags = new Set(outcomes.flatMap((o) => o.tags));
	for (const tag of [...tags].sort()) {
		byTag[tag] = score(outcomes.filter((o) => o.tags.includes(tag)));
	}
	const byKind: Partial<Record<OutcomeKind, number>> = {};
	for (const o of outcomes) byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
	const refuse = outcomes.filter((o) => o.shouldRefuse);
	return {
		...score(outcomes),
		answerable: score(outcomes.filter((o) => !o.shouldRefuse)),
		refuseSet: {
			...score(refuse),
			confidentWrong: refuse.filter((o) => o.kind === 'confident-wrong').length
		},
		byTag,
		byKind,
		refused: outcomes.filter((o) => o.kind === 'refused').length,
		confidentWrong: outcomes.filter((o) => CONFIDENT_WRONG.has(o.kind)).length,
		timing: timing(outcomes.flatMap((o) => (o.ms === undefined ? [] : [o.ms]))),
		outcomes
	};
}

/** Mean and 95th percentile (nearest rank) of the engine's answer times. */
export function timing(times: number[]): EvalReport['timing'] {
	if (times.length === 0) return { meanMs: 0, p95Ms: 0 };
	const sorted = [...times].sort((a, b) => a - b);
	const mean = sorted.reduce((sum, t) => sum + t, 0) / sorted.length;
	return { meanMs: mean, p95Ms: sorted[Math.ceil(0.95 * sorted.length) - 1] };
}

function pct(s: TagScore): string {
	return `${(s.accuracy * 100).toFixed(1)}% (${s.correct}/${s.total})`;
}

export function formatReport(report: EvalReport, target = 0.9): string {
	const lines = [
		'Quarry plain-English → SQL evaluation',
		`overall      ${pct(report)}   target ≥ ${target * 100}%: ${report.accuracy >= target ? 'met' : 'NOT met'}`,
		`answerable   ${pct(report.answerable)}`,
		`refuse set   ${pct(report.refuseSet)}   confident wrong answers: ${report.refuseSet.confidentWrong}`,
		'',
		'by outcome:',
		...Object.entries(report.byKind).map(([kind, n]) => `  ${kind.padEnd(16)} ${n}`),
		'',
		'by feature:',
		...Object.entries(report.byTag).map(([tag, s]) => `  ${tag.padEnd(20)} ${pct(s)}`),
		''
	];
	const misses = report.outcomes.filter((o) => !o.isCorrect);
	lines.push(`misses (${misses.length}):`);
	for (const o of misses) {
		lines.push(`- [${o.id}] ${o.kind}: ${o.question}`);
		if (o.sql) lines.push(`    sql: ${o.sql.replace(/\s+/g, ' ')}`);
		if (o.reason) lines.push(`    why: ${o.reason}`);
	}
	return lines.join('\n');
}
