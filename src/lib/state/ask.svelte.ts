/**
 * The question box: a question in plain words → the answer cache → the offline engine → (when
 * it refuses and an LLM is configured, or on request) the LLM → SQL the user sees → a run
 * through a QueryRunner (the engine's lock applies; recorded as source 'ask' with the question)
 * → the result. Answers that ran without error are stored in the cache.
 */
import type { AnswerCachePort, AnswerTier, AskAnswer, LlmPort } from '$lib/core/ask/types';
import { llmAnswer, offlineAnswer } from '$lib/core/ask/answers';
import { questionHistory } from '$lib/core/ask/history';
import { refusalHelp, type RefusalHelp } from '$lib/core/ask/suggestions';
import {
	answerQuestion,
	isRefusal,
	loadWordNet,
	type NlAlternative,
	type NlRefusal
} from '$lib/core/nl';
import type { ContextRecord } from '$lib/storage/db';
import { watch } from '$lib/storage/live';
import type { QuarryStorage } from '$lib/storage/storage';
import { askLlmSafely, saveQueryName, type SaveResult } from './ask-io';
import { messageOf } from '$lib/core/error-message';
import { buildAskScope, scopeContextsIn, type AskScopeParts } from './ask-scope';
import type { QueryRunner } from './query-runner.svelte';
import type { Workspace } from './workspace.svelte';

export type { ContextRecord };

export interface AskerDeps {
	workspace: Workspace;
	/** The runner the question box's SQL goes through (its own, not the editor's). */
	runner: QueryRunner;
	/** Defaults to the workspace's storage. */
	storage?: QuarryStorage;
	/** Stored answers, consulted first. */
	cache?: AnswerCachePort;
	/** The optional LLM tier. */
	llm?: LlmPort;
	/** Compute missing column profiles of these datasets before the catalog is built. */
	ensureProfiles?: (datasetIds: string[]) => Promise<void>;
}

export type AskPhase = 'idle' | 'asking' | 'running' | 'done';

export interface AskProblem {
	code: string;
	message: string;
}

const HISTORY_READ = 200;

export class Asker {
	/** The text in the box. */
	question = $state('');
	/** The context the next question is asked in; '' for the whole workspace. */
	contextId = $state('');
	contexts = $state.raw<ContextRecord[]>([]);
	/** Earlier questions, most recent first. */
	history = $state.raw<string[]>([]);
	phase = $state<AskPhase>('idle');
	/** The question the shown answer or refusal is for. */
	asked = $state('');
	answer = $state.raw<AskAnswer | null>(null);
	/** The answer first given to the question, before another reading was chosen. */
	firstAnswer = $state.raw<AskAnswer | null>(null);
	tier = $state<AnswerTier | null>(null);
	refusal = $state.raw<NlRefusal | null>(null);
	/** With a refusal: questions to ask instead and hints in words. */
	help = $state.raw<RefusalHelp | null>(null);
	/** Why the LLM gave no answer, or why the question could not be asked. */
	problem = $state.raw<AskProblem | null>(null);
	/** The answer's SQL as shown in its editable box. */
	sql = $state('');
	/** The id of the history record of the last run, once recorded. */
	queryId = $state<string | null>(null);

	readonly #workspace: Workspace;
	readonly #runner: QueryRunner;
	readonly #storage: QuarryStorage;
	readonly #cache: AnswerCachePort | undefined;
	readonly #llm: LlmPort | undefined;
	readonly #ensureProfiles: AskerDeps['ensureProfiles'];
	#generation = 0;
	#abort: AbortController | undefined;
	#scope: AskScopeParts | undefined;
	#firstTier: AnswerTier = 'offline';

	constructor(deps: AskerDeps) {
		this.#workspace = deps.workspace;
		this.#runner = deps.runner;
		this.#storage = deps.storage ?? deps.workspace.storage;
		this.#cache = deps.cache;
		this.#llm = deps.llm;
		this.#ensureProfiles = deps.ensureProfiles;
	}

	get result(): QueryRunner['result'] {
		return this.#runner.result;
	}

	get runError(): QueryRunner['error'] {
		return this.#runner.error;
	}

	get isBusy(): boolean {
		return this.phase === 'asking' || this.phase === 'running';
	}

	/** True when an LLM tier exists (configured or not: asking an unconfigured one says so). */
	get hasLlm(): boolean {
		return this.#llm !== undefined;
	}

	get llmLabel(): string {
		return this.#llm?.label ?? '';
	}

	/** Read the saved contexts and the earlier questions. */
	async load(): Promise<void> {
		await Promise.all([this.loadContexts(), this.loadHistory()]);
	}

	async loadContexts(): Promise<void> {
		this.#offer(await scopeContextsIn(this.#storage).catch(() => []));
	}

	/** Follow the saved contexts live, in this tab and others; returns a function that stops. */
	watchContexts(): () => void {
		return watch(
			() => scopeContextsIn(this.#storage),
			(contexts) => this.#offer(contexts),
			() => this.#offer([])
		);
	}

	/** Offer `contexts`; a chosen context no longer among them falls back to all datasets. */
	#offer(contexts: ContextRecord[]): void {
		this.contexts = contexts;
		if (!contexts.some((c) => c.id === this.contextId)) this.contextId = '';
	}

	async loadHistory(): Promise<void> {
		try {
			this.history = questionHistory(await this.#storage.queries.listRecent(HISTORY_READ));
		} catch {
			this.history = [];
		}
	}

	/** Ask `question` (or the box's text). Anything still asking or running is cancelled. */
	async ask(question?: string): Promise<void> {
		const text = (question ?? this.question).trim();
		this.question = text;
		if (text === '') {
			this.#reset('');
			this.problem = { code: 'empty', message: 'Type a question to ask.' };
			return;
		}
		const generation = await this.#begin(text);
		try {
			await this.#ask(generation, text);
		} catch (err) {
			// A fault in the engine or a port: say so instead of leaving the box busy.
			if (generation !== this.#generation) return;
			this.problem = { code: 'internal', message: `Could not answer: ${messageOf(err)}` };
			this.phase = 'done';
		}
	}

	/**
	 * Run the shown answer again without the caches: a cached answer is worked out again (and
	 * replaces the stored one), and its SQL runs in DuckDB instead of coming from the result
	 * cache. Another reading chosen is kept and run again as it is.
	 */
	async runAgain(): Promise<void> {
		const answer = this.answer;
		if (this.asked === '' || !answer) return;
		if (this.tier !== 'cache' || this.isAlternative) {
			const generation = ++this.#generation;
			await this.#stopRunning();
			this.sql = answer.sql;
			return this.#run(generation, undefined, true);
		}
		const text = this.asked;
		const generation = await this.#begin(text);
		try {
			await this.#ask(generation, text, true);
		} catch (err) {
			if (generation !== this.#generation) return;
			this.problem = { code: 'internal', message: `Could not answer: ${messageOf(err)}` };
			this.phase = 'done';
		}
	}

	/** With `isFresh`, neither cache is asked: the answer is worked out and its SQL run again. */
	async #ask(generation: number, text: string, isFresh = false): Promise<void> {
		// The cache is keyed by the datasets' fingerprints, which profiling does not change: look
		// there first, and compute missing profiles only when the engine has to answer.
		const context = this.contexts.find((c) => c.id === this.contextId);
		this.#scope = buildAskScope(this.#workspace.datasets, context);
		const cached = isFresh
			? undefined
			: await this.#cache?.lookup(text, this.#scope.askScope).catch(() => undefined);
		if (generation !== this.#generation) return;
		if (cached) return this.#runAnswer(generation, cached.answer, 'cache');
		const scope = await this.#prepareScope();
		if (generation !== this.#generation) return;
		const result = answerQuestion({
			question: text,
			catalog: scope.catalog,
			context: scope.context
		});
		if (!isRefusal(result)) {
			return this.#runAnswer(generation, offlineAnswer(result), 'offline', true, isFresh);
		}
		this.refusal = result;
		this.help = refusalHelp(result.suggestions, text, scope.catalog, scope.context);
		await this.#storage.activity.log('question-refused', '', text).catch(() => undefined);
		if (this.#llm?.configured) return this.#askLlm(generation, isFresh);
		this.phase = 'done';
	}

	/** Ask the LLM about the question last asked (after a refusal, or for a second answer). */
	async askLlm(): Promise<void> {
		if (this.asked === '' || !this.#scope) return;
		const generation = ++this.#generation;
		await this.#stopRunning();
		return this.#askLlm(generation);
	}

	/** Swap the answer for another reading of some words, and run it. */
	async chooseAlternative(alternative: NlAlternative): Promise<void> {
		if (this.asked === '') return;
		const generation = ++this.#generation;
		await this.#stopRunning();
		return this.#runAnswer(generation, offlineAnswer(alternative.answer), 'offline', false);
	}

	/** True while another reading than the first answer's is shown. */
	get isAlternative(): boolean {
		return this.firstAnswer !== null && this.answer !== this.firstAnswer;
	}

	/** Go back to the answer first given (with its alternatives), and run it. */
	async chooseFirst(): Promise<void> {
		const first = this.firstAnswer;
		if (!first || this.asked === '') return;
		const generation = ++this.#generation;
		await this.#stopRunning();
		return this.#runAnswer(generation, first, this.#firstTier, false);
	}

	/** Run the SQL as edited in the answer's box (recorded with the question, not cached). */
	async runEdited(): Promise<void> {
		if (this.sql.trim() === '' || this.asked === '') return;
		const generation = ++this.#generation;
		await this.#stopRunning();
		await this.#run(generation, undefined);
	}

	/** Stop asking or running; the answer so far stays on screen. */
	async cancel(): Promise<void> {
		if (this.phase === 'running') {
			await this.#runner.cancel();
			return;
		}
		if (this.phase !== 'asking') return;
		this.#generation++;
		this.#abort?.abort();
		this.problem = { code: 'cancelled', message: 'Asking was cancelled.' };
		this.phase = 'done';
	}

	/** Keep the last run's query under a name (it then shows among saved queries). */
	saveQuery(name: string): Promise<SaveResult> {
		return saveQueryName(this.#storage, this.queryId, name);
	}

	async #begin(question: string): Promise<number> {
		const generation = ++this.#generation;
		await this.#stopRunning();
		this.#reset(question);
		this.phase = 'asking';
		return generation;
	}

	#reset(question: string): void {
		this.asked = question;
		this.answer = null;
		this.firstAnswer = null;
		this.tier = null;
		this.refusal = null;
		this.help = null;
		this.problem = null;
		this.sql = '';
		this.queryId = null;
	}

	async #stopRunning(): Promise<void> {
		this.#abort?.abort();
		this.#abort = undefined;
		if (this.phase === 'running') await this.#runner.cancel();
	}

	/**
	 * The datasets (and context) the question is asked over. Missing profiles are computed first
	 * when the workspace can, so the catalog carries them.
	 */
	async #prepareScope(): Promise<AskScopeParts> {
		const wordNet = loadWordNet(); // the engine's word knowledge, fetched on the first question
		const context = this.contexts.find((c) => c.id === this.contextId);
		const before = buildAskScope(this.#workspace.datasets, context);
		if (this.#ensureProfiles) {
			await this.#ensureProfiles(before.datasetIds).catch(() => undefined);
		}
		this.#scope = this.#ensureProfiles ? buildAskScope(this.#workspace.datasets, context) : before;
		await wordNet;
		return this.#scope;
	}

	async #askLlm(generation: number, bypassCache = false): Promise<void> {
		const llm = this.#llm;
		const scope = this.#scope;
		if (!llm || !scope) return;
		this.phase = 'asking';
		this.problem = null;
		const abort = new AbortController();
		this.#abort = abort;
		const reply = await askLlmSafely(llm, {
			question: this.asked,
			catalog: scope.catalog,
			context: scope.context,
			signal: abort.signal
		});
		if (generation !== this.#generation) return;
		this.#abort = undefined;
		if (!reply.ok) {
			this.problem = { code: reply.code, message: reply.message };
			this.phase = 'done';
			return;
		}
		await this.#runAnswer(generation, llmAnswer(reply), 'llm', true, bypassCache);
	}

	async #runAnswer(
		generation: number,
		answer: AskAnswer,
		tier: AnswerTier,
		isFirst = true,
		bypassCache = false
	): Promise<void> {
		this.answer = answer;
		if (isFirst) {
			this.firstAnswer = answer;
			this.#firstTier = tier;
		}
		this.tier = tier;
		if (tier === 'llm') {
			this.refusal = null;
			this.help = null;
		}
		this.sql = answer.sql;
		// A cached answer is stored again only when the user chose it (back to the first
		// reading after another was chosen), so that the cache keeps the reading last chosen.
		await this.#run(generation, tier === 'cache' && isFirst ? undefined : answer, bypassCache);
	}

	/**
	 * Run the shown SQL (with `bypassCache`, in DuckDB even when the result cache holds it); store
	 * `toCache` when it ran without error.
	 */
	async #run(
		generation: number,
		toCache: AskAnswer | undefined,
		bypassCache = false
	): Promise<void> {
		this.phase = 'running';
		this.problem = null;
		const question = this.asked;
		const scope = this.#scope;
		const contextId = scope?.askScope.contextId;
		await this.#runner.run(this.sql, {
			source: 'ask',
			question,
			...(contextId !== undefined ? { contextId } : {}),
			...(bypassCache ? { bypassCache } : {})
		});
		if (generation !== this.#generation) return;
		this.phase = 'done';
		const record = this.#runner.history[0];
		this.queryId = record?.question === question ? record.id : null;
		this.history = [question, ...this.history.filter((q) => q !== question)];
		const result = this.#runner.result;
		if (toCache && scope && result && this.#runner.error === null && this.#cache) {
			await this.#cache
				.store(question, scope.askScope, toCache, result.datasetIds)
				.catch(() => undefined);
		}
	}
}
