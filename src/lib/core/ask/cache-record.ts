/**
 * Stored answers are read back from IndexedDB, which another tab, an older release or a hand
 * edit may have written: check the shape before an answer is served (pure).
 */
import type { AskAnswer } from './types';

export interface CachedEntryShape {
	key: string;
	question: string;
	datasetIds: string[];
	answer: AskAnswer;
	createdAt: number;
	expiresAt: number;
	lastUsedAt: number;
	hits: number;
	bytes: number;
}

/** True when `value` has every field a cached answer needs, with the right types. */
export function isCachedEntry(value: unknown): value is CachedEntryShape {
	if (!isRecord(value)) return false;
	const numbers = ['createdAt', 'expiresAt', 'lastUsedAt', 'hits', 'bytes'];
	return (
		typeof value.key === 'string' &&
		typeof value.question === 'string' &&
		isStringArray(value.datasetIds) &&
		numbers.every((name) => typeof value[name] === 'number' && Number.isFinite(value[name])) &&
		(value.contextId === undefined || typeof value.contextId === 'string') &&
		isAnswer(value.answer)
	);
}

function isAnswer(value: unknown): value is AskAnswer {
	return (
		isNlAnswer(value, true) &&
		(value.source === 'offline' || value.source === 'llm') &&
		optionalString(value.provider) &&
		optionalString(value.model)
	);
}

/** sql, explanation, confidence 0..1 and interpretation items (alternatives only at the top). */
function isNlAnswer(
	value: unknown,
	mayHaveAlternatives: boolean
): value is Record<string, unknown> {
	return (
		isRecord(value) &&
		typeof value.sql === 'string' &&
		value.sql.trim() !== '' &&
		typeof value.explanation === 'string' &&
		typeof value.confidence === 'number' &&
		value.confidence >= 0 &&
		value.confidence <= 1 &&
		Array.isArray(value.interpretation) &&
		value.interpretation.every((item) => isInterpretationItem(item, mayHaveAlternatives))
	);
}

function isInterpretationItem(value: unknown, mayHaveAlternatives: boolean): boolean {
	if (
		!isRecord(value) ||
		typeof value.words !== 'string' ||
		typeof value.kind !== 'string' ||
		typeof value.meaning !== 'string' ||
		!optionalString(value.sql)
	) {
		return false;
	}
	if (value.alternatives === undefined) return true;
	return (
		mayHaveAlternatives &&
		Array.isArray(value.alternatives) &&
		value.alternatives.every(
			(alt) => isRecord(alt) && typeof alt.meaning === 'string' && isNlAnswer(alt.answer, false)
		)
	);
}

/** Size of an entry in bytes, as UTF-8 JSON (what the byte cap counts). */
export function entryBytes(entry: { question: string; answer: AskAnswer }): number {
	return new TextEncoder().encode(JSON.stringify([entry.question, entry.answer])).length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function optionalString(value: unknown): boolean {
	return value === undefined || typeof value === 'string';
}
