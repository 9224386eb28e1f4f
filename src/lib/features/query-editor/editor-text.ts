/** Text edits of the SQL editor, kept pure so they are easy to test. */
export interface EditResult {
	value: string;
	/** Where the cursor goes after the edit. */
	cursor: number;
}

/** Replace the selection [start, end) with `text` and put the cursor after it. */
export function insertText(value: string, start: number, end: number, text: string): EditResult {
	const from = Math.max(0, Math.min(start, value.length));
	const to = Math.max(from, Math.min(end, value.length));
	return { value: value.slice(0, from) + text + value.slice(to), cursor: from + text.length };
}

/**
 * Insert a table reference at the cursor, with a space before it when it would otherwise run into
 * the previous word.
 */
export function insertReference(
	value: string,
	start: number,
	end: number,
	reference: string
): EditResult {
	const before = value.slice(0, Math.max(0, start));
	const needsSpace = before.length > 0 && !/[\s(,.]$/.test(before);
	return insertText(value, start, end, needsSpace ? ` ${reference}` : reference);
}
