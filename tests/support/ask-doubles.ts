/** Test support: an in-memory answer cache and a fixed LLM for the question box's specs. */
import type {
	AnswerCachePort,
	AskAnswer,
	AskScope,
	CachedAnswer,
	LlmAskOptions,
	LlmPort,
	LlmResult
} from '$lib/core/ask/types';

/** A real in-memory answer cache: keyed by question and the scope's datasets and context. */
export class MemoryCache implements AnswerCachePort {
	readonly entries = new Map<string, CachedAnswer>();
	lookups = 0;
	stored: Array<{ question: string; answer: AskAnswer; datasetIds: string[] }> = [];

	async lookup(question: string, scope: AskScope): Promise<CachedAnswer | undefined> {
		this.lookups++;
		return this.entries.get(this.#key(question, scope));
	}

	async store(question: string, scope: AskScope, answer: AskAnswer, datasetIds: string[]) {
		this.stored.push({ question, answer, datasetIds });
		this.entries.set(this.#key(question, scope), { answer, storedAt: 1 });
	}

	#key(question: string, scope: AskScope): string {
		const datasets = scope.datasets.map((d) => `${d.id}:${d.fingerprint}`).join(',');
		return `${question.toLowerCase()}|${datasets}|${scope.contextId ?? ''}`;
	}
}

/** An LLM that answers every question with fixed SQL and remembers what it was given. */
export class FixedLlm implements LlmPort {
	readonly configured = true;
	readonly label = 'test-model at llm.example';
	asked: LlmAskOptions[] = [];
	constructor(readonly reply: LlmResult) {}
	async ask(options: LlmAskOptions): Promise<LlmResult> {
		this.asked.push(options);
		return this.reply;
	}
}
