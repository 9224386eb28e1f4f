/**
 * The question box's contract (pure data): what an answer is, which tier gave it, and the two
 * ports the asking flow talks to — the answer cache and the optional LLM tier. State classes
 * implement the ports; core never does I/O.
 */
import type { Catalog, InterpretationItem, NlContext } from '../nl/types';

/** Who answered: a stored answer, the offline engine, or the user's LLM endpoint. */
export type AnswerTier = 'cache' | 'offline' | 'llm';

/** An answer as the question box shows it (and as the answer cache stores it). */
export interface AskAnswer {
	sql: string;
	explanation: string;
	/** 0..1. */
	confidence: number;
	interpretation: InterpretationItem[];
	/** The tier that produced the SQL (a cached answer keeps the tier it came from). */
	source: 'offline' | 'llm';
	/** For LLM answers: the endpoint's host and the model. */
	provider?: string;
	model?: string;
}

/** What a question is asked over: the datasets offered (and their current fingerprints). */
export interface AskScope {
	datasets: Array<{ id: string; fingerprint: string }>;
	/** Set when the user picked one context. */
	contextId?: string;
	contextVersion?: number;
}

export interface CachedAnswer {
	answer: AskAnswer;
	/** Epoch ms when it was stored. */
	storedAt: number;
}

export interface AnswerCachePort {
	/** The stored answer for this question over this scope, if fresh; counts a hit or a miss. */
	lookup(question: string, scope: AskScope): Promise<CachedAnswer | undefined>;
	/** Store (or replace) the answer the user got or chose. `datasetIds`: datasets the SQL reads. */
	store(question: string, scope: AskScope, answer: AskAnswer, datasetIds: string[]): Promise<void>;
}

export type LlmErrorCode =
	| 'not-configured'
	| 'timeout'
	| 'rate-limited'
	| 'http' // any other non-2xx status
	| 'network' // the endpoint could not be reached
	| 'bad-reply' // malformed JSON or not a chat-completions reply
	| 'empty' // the reply held no SQL
	| 'invalid-sql' // still failing after the repair rounds
	| 'blocked' // the SQL tried to reach the network or a file; refused by the engine lock
	| 'cancelled';

export type LlmResult =
	| { ok: true; sql: string; explanation: string; provider: string; model: string; repairs: number }
	| { ok: false; code: LlmErrorCode; message: string };

export interface LlmAskOptions {
	question: string;
	catalog: Catalog;
	context?: NlContext;
	signal?: AbortSignal;
}

export interface LlmPort {
	/** True when the user configured an endpoint and a model. */
	readonly configured: boolean;
	/** e.g. "llama3.1 at localhost:11434", for the answer's tier label. */
	readonly label: string;
	/** Ask for SQL; it is checked with EXPLAIN under the engine lock (with ≤ 2 repairs). */
	ask(options: LlmAskOptions): Promise<LlmResult>;
}
