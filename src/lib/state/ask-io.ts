/** The question box's two small writes and calls that must never throw into the UI. */
import type { LlmAskOptions, LlmPort, LlmResult } from '$lib/core/ask/types';
import type { QuarryStorage } from '$lib/storage/storage';
import { messageOf } from '$lib/core/error-message';

export type SaveResult = { ok: true } | { ok: false; message: string };

const MAX_SAVED_NAME = 120;

/** Name a query in history (1–120 characters, trimmed) so that it is kept as a saved query. */
export async function saveQueryName(
	storage: QuarryStorage,
	queryId: string | null,
	name: string
): Promise<SaveResult> {
	const trimmed = name.trim();
	if (trimmed === '') return { ok: false, message: 'Give the query a name.' };
	if (trimmed.length > MAX_SAVED_NAME) {
		return { ok: false, message: `Use at most ${MAX_SAVED_NAME} characters.` };
	}
	if (queryId === null) return { ok: false, message: 'Run the answer first.' };
	try {
		const saved = await storage.queries.setSavedName(queryId, trimmed);
		return saved ? { ok: true } : { ok: false, message: 'That query is no longer in history.' };
	} catch (err) {
		return { ok: false, message: `Could not save the query: ${messageOf(err)}` };
	}
}

/** Ask the LLM port; a port that throws instead of returning an error value counts as unreachable. */
export async function askLlmSafely(llm: LlmPort, options: LlmAskOptions): Promise<LlmResult> {
	try {
		return await llm.ask(options);
	} catch (err) {
		return { ok: false, code: 'network', message: messageOf(err) };
	}
}
