/** Test support: ask the question engine over a catalog, as the rule specs do. */
import { answerQuestion } from '$lib/core/nl/answer';
import { isRefusal, type Catalog, type NlAnswer, type NlResult } from '$lib/core/nl/types';

export function ask(question: string, catalog: Catalog): NlResult {
	return answerQuestion({ question, catalog });
}

/** The answer to a question the engine must answer; a refusal fails the test with its reason. */
export function answer(question: string, catalog: Catalog): NlAnswer {
	const result = ask(question, catalog);
	if (isRefusal(result)) throw new Error(`refused: ${result.reason}`);
	return result;
}
