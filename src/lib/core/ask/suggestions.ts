/**
 * What a refusal offers: the engine's suggestions split into questions to ask (buttons) and
 * hints to read, plus questions built from the catalog. Every question offered is one the engine
 * answers over the catalog, so pressing its button never ends in another refusal.
 */
import { answerQuestion, isRefusal, type Catalog, type NlContext } from '../nl';

export interface RefusalHelp {
	/** Whole questions; pressing one asks it. */
	questions: string[];
	/** Advice in words, e.g. "Try one of: temp, wind." */
	hints: string[];
}

const MAX_QUESTIONS = 4;

/** A suggestion is a question when it is plain words: no placeholder, "e.g.", colon or full stop. */
export function isAskable(suggestion: string): boolean {
	const text = suggestion.trim();
	return text !== '' && text.length <= 200 && !/[<>:]|e\.g\./i.test(text) && !text.endsWith('.');
}

export function refusalHelp(
	suggestions: readonly string[],
	asked: string,
	catalog: Catalog,
	context?: NlContext
): RefusalHelp {
	const hints = suggestions.filter((s) => !isAskable(s));
	const seen = new Set([normal(asked)]);
	const questions: string[] = [];
	const ownQuestions = suggestions
		.filter(isAskable)
		.filter((question) => isAnswered(question, catalog, context));
	for (const question of [...ownQuestions, ...starterQuestions(catalog, context)]) {
		if (seen.has(normal(question))) continue;
		seen.add(normal(question));
		questions.push(question.trim());
		if (questions.length >= MAX_QUESTIONS) break;
	}
	return { questions, hints };
}

/**
 * Questions about the catalog's first tables that the engine answers: a measure by a category,
 * rows per category, a total. Only those the engine does not refuse are returned.
 */
export function starterQuestions(catalog: Catalog, context?: NlContext): string[] {
	const candidates: string[] = [];
	for (const table of catalog.tables.slice(0, 3)) {
		const numbers = table.columns.filter((c) => isNumericType(c.type)).map((c) => c.name);
		const texts = table.columns
			.filter((c) => /CHAR|TEXT|STRING/i.test(c.type))
			.filter((c) => !c.profile || c.profile.distinctCount <= 50)
			.map((c) => c.name);
		if (numbers[0] && texts[0]) candidates.push(`average ${numbers[0]} by ${texts[0]}`);
		if (texts[0]) candidates.push(`number of rows by ${texts[0]}`);
		if (numbers[0]) candidates.push(`total ${numbers[0]}`);
	}
	return candidates.filter((question) => isAnswered(question, catalog, context));
}

function isAnswered(question: string, catalog: Catalog, context?: NlContext): boolean {
	return !isRefusal(answerQuestion({ question, catalog, context }));
}

function isNumericType(type: string): boolean {
	return /INT|DOUBLE|FLOAT|DECIMAL|REAL|NUMERIC/i.test(type);
}

function normal(question: string): string {
	return question.trim().toLowerCase().replace(/\s+/g, ' ');
}
