/**
 * The pipeline: tokenise → match against the catalog lexicon → parse an intent → plan tables
 * and joins → build SQL → score and explain. Refuses whenever it is not sure.
 */
import { buildSql } from './build-sql';
import { CONFIDENCE_THRESHOLD, confidenceOf, explain } from './explain';
import { prepareCatalog } from './lexicon';
import { matchItems } from './matcher';
import { parse } from './parse';
import { planQuery } from './planner';
import { SqlError } from './sql-expr';
import { tokenize } from './text';
import type { NlRefusal, NlRequest, NlResult } from './types';

const MAX_QUESTION_LENGTH = 500;

export function answerQuestion(request: NlRequest): NlResult {
	const question = request.question?.trim() ?? '';
	if (question.length === 0)
		return refuse('The question is empty.', ['e.g. "average price by region"']);
	if (question.length > MAX_QUESTION_LENGTH) {
		return refuse(`The question is longer than ${MAX_QUESTION_LENGTH} characters.`, [
			'Ask one short question at a time.'
		]);
	}
	if (request.catalog.tables.length === 0)
		return refuse('There is no data to ask about yet.', ['Import a dataset first.']);
	const prepared = prepareCatalog(request.catalog, request.context);
	const items = matchItems(tokenize(question), prepared);
	const intent = parse(items, prepared);
	if (intent.refusal)
		return refuse(intent.refusal.reason, intent.refusal.suggestions, intent.interpretation);
	const planned = planQuery(intent, prepared);
	if ('refusal' in planned)
		return refuse(planned.refusal.reason, planned.refusal.suggestions, intent.interpretation);
	const { plan } = planned;
	let sql: string;
	try {
		sql = buildSql(intent, plan);
	} catch (error) {
		if (error instanceof SqlError) return refuse(error.message, [], intent.interpretation);
		throw error;
	}
	const confidence = confidenceOf(intent);
	if (confidence < CONFIDENCE_THRESHOLD) {
		const unknown = intent.unknown.map((u) => `"${u.words}"`);
		const loose = intent.factors.filter((f) => f.factor < 0.9).map((f) => f.reason);
		const reason = [
			unknown.length > 0 ? `Quarry could not place ${unknown.join(', ')}` : '',
			loose.length > 0 ? `it is unsure because ${loose.join('; ')}` : ''
		]
			.filter((s) => s)
			.join(', and ');
		return refuse(
			`${reason || 'Quarry is not sure what was meant'}.`,
			[`Closest reading: ${explain(intent, plan)}`],
			intent.interpretation
		);
	}
	if (plan.joins.length > 0) {
		for (const join of plan.joins) {
			const on = join.on
				.map(([a, b]) => `${a.table.humanName}.${a.name} = ${b.table.humanName}.${b.name}`)
				.join(', ');
			intent.interpretation.push({
				words: '',
				kind: 'join',
				meaning: `join ${join.table.humanName} on ${on}`
			});
		}
	}
	return {
		sql,
		explanation: explain(intent, plan),
		confidence,
		interpretation: intent.interpretation
	};
}

function refuse(
	reason: string,
	suggestions: string[],
	interpretation?: NlRefusal['interpretation']
): NlRefusal {
	return {
		notUnderstood: true,
		reason: reason.charAt(0).toUpperCase() + reason.slice(1),
		suggestions,
		...(interpretation && interpretation.length > 0 ? { interpretation } : {})
	};
}
