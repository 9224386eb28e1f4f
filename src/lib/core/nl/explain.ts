/**
 * Plain-English explanation of an intent and the confidence score of an answer.
 */
import type { Intent } from './intent';
import type { Plan } from './planner';
import { measureAlias } from './sql-expr';

/** Answers below this confidence are refused rather than shown as if sure. */
export const CONFIDENCE_THRESHOLD = 0.6;

export function confidenceOf(intent: Intent): number {
	let confidence = 1;
	for (const f of intent.factors) confidence *= f.factor;
	for (const u of intent.unknown) confidence *= 1 - u.penalty;
	return Math.round(confidence * 100) / 100;
}

function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function explain(intent: Intent, plan: Plan): string {
	const source = [plan.base, ...plan.joins.map((j) => j.table)].map((t) => t.humanName);
	const filters = intent.interpretation.filter(
		(i) =>
			i.kind === 'filter' ||
			(i.kind === 'time' && i.meaning !== 'trend over time' && i.words !== intent.perUnit?.words)
	);
	const where = filters.length > 0 ? ` where ${list(filters.map((f) => f.meaning))}` : '';
	const from = `from ${list(source)}${plan.joins.length > 0 ? ' (joined on their relations)' : ''}`;
	let text: string;
	if (intent.mode === 'rows') {
		const what =
			intent.select.length > 0 ? list(intent.select.map((c) => `"${c.name}"`)) : 'all columns';
		text = `Shows ${what} of the rows ${from}${where}`;
		if (intent.order?.column)
			text += `, sorted by "${intent.order.column.name}" ${intent.order.dir === 'desc' ? 'highest first' : 'lowest first'}`;
		if (intent.perGroup) {
			const keys = list(intent.perGroup.keys.map((k) => `"${k.name}"`));
			text += `, keeping the first ${intent.perGroup.limit} for each ${keys}`;
		}
	} else if (intent.mode === 'distribution') {
		text = `Counts rows per value (or range) of "${intent.subject?.name}" ${from}${where}`;
	} else {
		const measures = intent.interpretation
			.filter((i) => i.kind === 'aggregate' || i.kind === 'metric')
			.filter((i) => i.words !== intent.perUnit?.ofCounts?.words)
			.map((i) => i.meaning);
		const groups = intent.interpretation
			.filter((i) => i.kind === 'group')
			.map((i) => i.meaning.replace(/^group /, ''));
		// (a count kept only by its condition, "at least twice", has no words of its own)
		text = `Computes ${measures.length > 0 ? list(measures) : 'number of rows'} ${from}${where}`;
		if (groups.length > 0) text += `, ${list(groups)}`;
		if (intent.order?.measure !== undefined) {
			const m = intent.measures[intent.order.measure];
			text += `, ${intent.order.dir === 'desc' ? 'highest' : 'lowest'} "${m ? measureAlias(m) : ''}" first`;
		}
	}
	if (intent.limit !== undefined) text += `, first ${intent.limit}`;
	return `${text}.`;
}
