/**
 * The printed summary of several measurements (tuning set, held-out set, workspace mode): for
 * each, the counts, the accuracies next to their target, and the engine's time per question.
 */
import type { EvalReport, TagScore } from './types';

export interface MeasuredReport {
	label: string;
	target: number;
	report: EvalReport;
}

function pct(s: TagScore): string {
	return `${(s.accuracy * 100).toFixed(1)}% (${s.correct}/${s.total})`;
}

export function formatMeasurement({ label, target, report }: MeasuredReport): string {
	const isMet = report.accuracy >= target;
	const wrong = report.confidentWrong;
	const answeredRefusals = report.refuseSet.confidentWrong;
	return [
		label,
		`  questions ${report.total}   right ${report.correct}   refused ${report.refused}   ` +
			`confident-wrong ${wrong} (${wrong - answeredRefusals} wrong results, ` +
			`${answeredRefusals} answered instead of refused; must be 0${wrong === 0 ? '' : ': NOT met'})`,
		`  accuracy     ${pct(report)}   target ≥ ${Math.round(target * 100)}%: ${isMet ? 'met' : 'NOT met'}`,
		`  answerable   ${pct(report.answerable)}`,
		`  refusal set  ${pct(report.refuseSet)}`,
		`  ms per question  mean ${report.timing.meanMs.toFixed(2)}   p95 ${report.timing.p95Ms.toFixed(2)}`
	].join('\n');
}

export function formatMeasurements(measured: MeasuredReport[]): string {
	const blocks = measured.map(formatMeasurement);
	return `Quarry plain-English → SQL: measurements\n\n${blocks.join('\n\n')}`;
}
