/**
 * Speed of the plain-language engine on a 20 × 50 catalog. Run: npx vitest bench --run src/lib/core/nl
 */
import { bench, describe } from 'vitest';
import { answerQuestion } from './answer';
import { wideCatalog, WIDE_QUESTIONS } from '$test/nl/wide-catalog';
import type { NlContext } from './types';

const catalog = wideCatalog();
const context: NlContext = { relations: [], metrics: [], synonyms: [] };
let i = 0;

describe('answerQuestion on 20 tables × 50 columns', () => {
	bench('one question, lexicon cached', () => {
		answerQuestion({ question: WIDE_QUESTIONS[i++ % WIDE_QUESTIONS.length], catalog, context });
	});
	bench('one question, lexicon built fresh (new catalog object)', () => {
		answerQuestion({
			question: WIDE_QUESTIONS[i++ % WIDE_QUESTIONS.length],
			catalog: { tables: catalog.tables },
			context
		});
	});
});
