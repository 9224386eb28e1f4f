/** Name completion in the SQL editor: the word before the cursor and the names that fit it. */
import type { CompletionName } from '$lib/state/completion-names';
import { insertText, type EditResult } from './editor-text';

export const MAX_SUGGESTIONS = 8;

/** The identifier characters just before `cursor` (letters, digits, `_`, any script). */
export function wordBefore(value: string, cursor: number): { start: number; word: string } {
	const before = value.slice(0, cursor);
	const word = /[\p{L}\p{N}_]*$/u.exec(before)?.[0] ?? '';
	return { start: cursor - word.length, word };
}

const kindOrder: Record<CompletionName['kind'], number> = {
	view: 0,
	table: 1,
	column: 2,
	metric: 3
};

/**
 * The names that start with `word` (ignoring case), then those that contain it after an
 * underscore; views and tables before columns and metrics, shorter first. Nothing for a word
 * shorter than `minLength` or for a name already typed in full.
 */
export function suggest(
	names: readonly CompletionName[],
	word: string,
	minLength = 2
): CompletionName[] {
	if (word.length < minLength) return [];
	const lower = word.toLowerCase();
	const ranked = names.flatMap((name) => {
		const text = name.text.toLowerCase();
		if (text === lower && name.insert === name.text) return [];
		const rank = text.startsWith(lower) ? 0 : text.includes(`_${lower}`) ? 1 : -1;
		return rank < 0 ? [] : [{ name, rank }];
	});
	ranked.sort(
		(a, b) =>
			a.rank - b.rank ||
			kindOrder[a.name.kind] - kindOrder[b.name.kind] ||
			a.name.text.length - b.name.text.length ||
			a.name.text.localeCompare(b.name.text)
	);
	return ranked.slice(0, MAX_SUGGESTIONS).map((r) => r.name);
}

/** Replace the word before `cursor` with `name.insert`. */
export function acceptName(value: string, cursor: number, name: CompletionName): EditResult {
	const { start } = wordBefore(value, cursor);
	return insertText(value, start, cursor, name.insert);
}
