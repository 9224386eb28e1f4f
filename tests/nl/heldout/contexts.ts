/**
 * Semantic layers for held-out questions that name a context.
 */
import type { EvalContext } from '../harness/run-eval';

export const HELDOUT_CONTEXTS: Record<string, EvalContext> = {
	crimea: {
		tables: ['crimea'],
		context: {
			relations: [],
			metrics: [
				{
					name: 'deaths',
					expression: 'SUM("disease" + "wounds" + "other")',
					table: '"crimea"',
					description: 'Deaths from disease, wounds and other causes'
				}
			],
			synonyms: [],
			notes: { '"crimea"': 'One row per month; each cause column holds a number of deaths.' }
		}
	}
};
