/**
 * The pipeline: tokenise → match against the catalog lexicon → parse an intent → plan tables
 * and joins → build SQL → score and explain. Refuses whenever it is not sure. With several
 * unrelated tables the question is answered within each scope it touches and the best reading
 * wins (table-choice.ts); the others are offered as alternatives.
 */
import { addAlternatives } from './alternatives';
import { EMPTY_CONTEXT } from './lexicon';
import { refuse, type Attempt } from './pipeline';
import { chooseScope } from './table-choice';
import type { InterpretationItem, NlAnswer, NlRequest, NlResult } from './types';
import { isRefusal } from './types';

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
	const context = request.context ?? EMPTY_CONTEXT;
	const best = chooseScope(question, request.catalog, context);
	if (isRefusal(best.attempt.result)) return best.attempt.result;
	const answer = addAlternatives(best.attempt, question);
	return withTableAlternatives(answer, best.attempt.tables, best.others);
}

function withTableAlternatives(answer: NlAnswer, tables: string[], others: Attempt[]): NlAnswer {
	const alternatives = others.slice(0, 4).flatMap((o) => {
		if (isRefusal(o.result)) return [];
		return [{ meaning: `the table ${o.tables.join(' and ')}`, answer: o.result }];
	});
	if (alternatives.length === 0) return answer;
	const interpretation: InterpretationItem[] = [...answer.interpretation];
	const named = interpretation.findIndex((i) => i.kind === 'table');
	if (named >= 0) {
		const item = interpretation[named];
		interpretation[named] = {
			...item,
			alternatives: [...(item.alternatives ?? []), ...alternatives].slice(0, 4)
		};
	} else {
		interpretation.unshift({
			words: '',
			kind: 'table',
			meaning: `the table ${tables.join(' and ')}`,
			alternatives
		});
	}
	return { ...answer, interpretation };
}
