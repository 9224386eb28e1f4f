/** Where in the SQL an error is: line, column and the line itself with a caret under the spot. */
export interface ErrorLocation {
	/** 1-based. */
	line: number;
	/** 1-based. */
	column: number;
	lineText: string;
	/** Spaces then `^`, lined up under `lineText` (tabs kept so the caret lines up). */
	caret: string;
}

export function locateError(sql: string, position: number): ErrorLocation | null {
	if (!Number.isInteger(position) || position < 0 || position > sql.length) return null;
	const before = sql.slice(0, position);
	const lineStart = before.lastIndexOf('\n') + 1;
	const lineEndIndex = sql.indexOf('\n', position);
	const lineText = sql.slice(lineStart, lineEndIndex === -1 ? sql.length : lineEndIndex);
	const line = before.split('\n').length;
	const offset = position - lineStart;
	const caret = `${lineText.slice(0, offset).replace(/[^\t]/g, ' ')}^`;
	return { line, column: offset + 1, lineText, caret };
}

/** DuckDB messages start with a kind, e.g. "Catalog Error: …"; split it off to show it quietly. */
export function splitErrorKind(message: string): { kind: string | null; text: string } {
	const match = /^([A-Z][A-Za-z ]{1,40} Error): ([\s\S]+)$/.exec(message.trim());
	return match ? { kind: match[1], text: match[2] } : { kind: null, text: message };
}
