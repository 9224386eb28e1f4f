/**
 * The pipeline: tokenise → match against the catalog lexicon → parse an intent → plan tables
 * and joins → build SQL → score and explain. Refuses whenever it is not sure. With several
 * unrelated tables the question is answered within each scope it touches (scope.ts) and the
 * best reading wins; the others are offered as alternatives.
 */
import { addAlternatives } from './alternatives';
import { CONFIDENCE_THRESHOLD } from './explain';
import { EMPTY_CONTEXT, prepareCatalog, type TableInfo, type Target } from './lexicon';
import { matchItems, type Item } from './matcher';
import { answerIn, refuse, type Attempt } from './pipeline';
import { scopeFit, scopesOf } from './scope';
import { tokenize } from './text';
import type {
	Catalog,
	InterpretationItem,
	NlAnswer,
	NlContext,
	NlRequest,
	NlResult
} from './types';
import { isRefusal } from './types';

const MAX_QUESTION_LENGTH = 500;
/** Scopes tried per question: the best fits by their words, the rest are not plausible. */
const MAX_SCOPES = 5;

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
	const best = bestAttempt(question, request.catalog, context);
	if (isRefusal(best.attempt.result)) return best.attempt.result;
	const answer = addAlternatives(best.attempt, question);
	return withTableAlternatives(answer, best.attempt.tables, best.others);
}

interface Ranked {
	attempt: Attempt;
	/** Confident answers from other scopes. */
	others: Attempt[];
}

function bestAttempt(question: string, catalog: Catalog, context: NlContext): Ranked {
	const scopes = scopesOf(catalog, context);
	if (scopes.length <= 1) return { attempt: answerIn(question, catalog, context), others: [] };
	const prepared = prepareCatalog(catalog, context);
	const items = matchItems(tokenize(question), prepared);
	const fits = scopes
		.map((scope, index) => ({ scope, index, fit: scopeFit(items, prepared, scope) }))
		.filter((s) => s.fit > 0)
		.sort((a, b) => b.fit - a.fit || a.index - b.index)
		.slice(0, MAX_SCOPES);
	if (fits.length === 0) return { attempt: answerIn(question, catalog, context), others: [] };
	const attempts = fits
		.map((s) => withNamedTables(answerIn(question, s.scope, context), items))
		.map((attempt, order) => ({ attempt, order }))
		.sort((a, b) => compareAttempts(a.attempt, b.attempt) || a.order - b.order)
		.map((a) => a.attempt);
	if (isRefusal(attempts[0].result)) {
		// No scope answers alone: the whole catalog says why (e.g. no relation links the tables).
		return { attempt: answerIn(question, catalog, context), others: [] };
	}
	const [first, second] = attempts;
	if (second && !isUnsure(second) && compareAttempts(first, second) === 0) {
		// Two unrelated tables fit the question equally well: ask which one.
		const names = [first, second].map((a) => a.tables.join(' and '));
		const result = refuse(
			`The question fits "${names[0]}" and "${names[1]}" equally well.`,
			names.map((n) => `${question} in ${n}`)
		);
		return { attempt: { ...first, result }, others: [] };
	}
	const sqlOf = (a: Attempt) => (isRefusal(a.result) ? undefined : a.result.sql);
	const others = attempts.slice(1).filter((a) => {
		const sql = sqlOf(a);
		return sql !== undefined && sql !== sqlOf(attempts[0]) && !isUnsure(a) && !a.isOutsideTime;
	});
	return { attempt: attempts[0], others };
}

/**
 * "airports in Chicago" answered from a table of zip codes: a word that names a table outside
 * the attempt's scope was left out, so the attempt answers a different question. It refuses
 * and says which table the question named.
 */
function withNamedTables(attempt: Attempt, items: Item[]): Attempt {
	if (isRefusal(attempt.result)) return attempt;
	const inScope = new Set(attempt.catalog.tables.map((t) => t.quotedName));
	const dropped = items.filter(
		(item, k) =>
			item.type === 'ref' &&
			isSubject(items, k) &&
			item.cands.some(
				(c) => c.target.kind === 'table' && !c.target.isRowNoun && !c.isLoose && c.score >= 0.9
			) &&
			item.cands.every((c) => !inScope.has(tableOf(c.target)?.quotedName ?? '')) &&
			!attempt.items.some(
				(own) => own.type === 'ref' && own.start < item.end && item.start < own.end
			)
	);
	if (dropped.length === 0) return attempt;
	const words = dropped.map((d) => `"${d.words}"`).join(', ');
	const result = refuse(
		`${words} names another table than "${attempt.tables.join(' and ')}", which the answer reads.`,
		[`Closest reading: ${attempt.result.explanation}`]
	);
	return { ...attempt, result };
}

/**
 * The noun a question asks about: nothing but question and function words before it ("airports
 * in …", "how many airports …", "list all airports …"). A table name later in the question may
 * be an ordinary word there.
 */
function isSubject(items: Item[], k: number): boolean {
	return items.slice(0, k).every((item) => item.type === 'kw' || item.type === 'word');
}

function tableOf(target: Target): TableInfo | undefined {
	return target.kind === 'column' || target.kind === 'value' ? target.column.table : target.table;
}

function isUnsure(a: Attempt): boolean {
	return isRefusal(a.result) || a.result.confidence < CONFIDENCE_THRESHOLD;
}

/** Answers before refusals, then the more confident, then the one that places more words. */
function compareAttempts(a: Attempt, b: Attempt): number {
	const rank = (x: Attempt) => (isRefusal(x.result) ? 0 : x.isOutsideTime ? 1 : 2);
	const confidence = (x: Attempt) => (isRefusal(x.result) ? 0 : x.result.confidence);
	const fit = Math.abs(b.fit - a.fit) < 0.01 ? 0 : b.fit - a.fit;
	return rank(b) - rank(a) || confidence(b) - confidence(a) || fit;
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
