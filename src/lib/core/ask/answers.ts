/** Answers from each tier in the one shape the question box shows and the cache stores. */
import type { NlAnswer } from '../nl/types';
import type { AskAnswer, LlmResult } from './types';

export function offlineAnswer(answer: NlAnswer): AskAnswer {
	return {
		sql: answer.sql,
		explanation: answer.explanation,
		confidence: answer.confidence,
		interpretation: answer.interpretation,
		source: 'offline'
	};
}

/**
 * An LLM's SQL as an answer. The endpoint rates nothing, so the confidence is 0 and the box
 * shows no percentage for LLM answers; it explains no words either.
 */
export function llmAnswer(result: Extract<LlmResult, { ok: true }>): AskAnswer {
	return {
		sql: result.sql,
		explanation: result.explanation,
		confidence: 0,
		interpretation: [],
		source: 'llm',
		provider: result.provider,
		model: result.model
	};
}

/** The confidence as the box shows it, e.g. "87%"; none for LLM answers. */
export function confidenceText(answer: AskAnswer): string | undefined {
	if (answer.source === 'llm') return undefined;
	const percent = Math.round(Math.min(1, Math.max(0, answer.confidence)) * 100);
	return `${percent}%`;
}
