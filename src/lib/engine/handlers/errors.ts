/**
 * Engine failures: thrown inside handlers as `EngineFailure`, returned across the worker
 * boundary as `{ ok: false, error }` values.
 */
import type { EngineError, EngineErrorCode, Result } from '../engine-api';
import { refusal } from '../lock/file-policy';

export class EngineFailure extends Error {
	readonly error: EngineError;

	constructor(code: EngineErrorCode, message: string, position?: number) {
		super(message);
		this.error = position === undefined ? { code, message } : { code, message, position };
	}
}

export function fail(code: EngineErrorCode, message: string): never {
	throw new EngineFailure(code, message);
}

/** Run a handler body and turn every failure into a Result value. */
export async function guard<T>(body: () => Promise<T> | T, sql?: string): Promise<Result<T>> {
	try {
		return { ok: true, value: await body() };
	} catch (caught) {
		return { ok: false, error: toEngineError(caught, sql) };
	}
}

function messageOf(caught: unknown): string {
	if (caught instanceof Error) return caught.message;
	if (typeof caught === 'string') return caught;
	return String(caught);
}

/** DuckDB sometimes reports errors as JSON: `{"exception_type":…,"exception_message":…}`. */
function unwrapJsonError(raw: string): { text: string; position?: number } {
	const trimmed = raw.trim();
	if (!trimmed.startsWith('{')) return { text: raw };
	try {
		const parsed: unknown = JSON.parse(trimmed);
		if (typeof parsed !== 'object' || parsed === null) return { text: raw };
		const record = parsed as Record<string, unknown>;
		const kind =
			typeof record.exception_type === 'string' ? `${record.exception_type} Error: ` : '';
		const text = typeof record.exception_message === 'string' ? record.exception_message : raw;
		const position = Number(record.position);
		return Number.isInteger(position) ? { text: kind + text, position } : { text: kind + text };
	} catch {
		return { text: raw };
	}
}

const fatalWasm =
	/Aborted\(|RuntimeError: unreachable|memory access out of bounds|worker is not set/i;
const outOfMemory =
	/Out of Memory Error|failed to allocate|Cannot enlarge memory|could not allocate|WebAssembly\.Memory\(\): could not|Array buffer allocation failed|Invalid typed array length|out of memory/i;

/** Map anything thrown by DuckDB, the Parquet or Arrow readers, or our own code. */
export function toEngineError(caught: unknown, sql?: string): EngineError {
	if (caught instanceof EngineFailure) return caught.error;
	const raw = messageOf(caught);
	// A wasm abort leaves the engine unusable even when memory was the cause: it must restart.
	if (fatalWasm.test(raw)) {
		const why = outOfMemory.test(raw) ? 'it ran out of memory' : raw;
		return { code: 'engine-crashed', message: `The engine stopped: ${why}` };
	}
	if (outOfMemory.test(raw)) {
		return {
			code: 'out-of-memory',
			message:
				'The engine ran out of memory. Try a smaller file, fewer columns, or a query that returns fewer rows.'
		};
	}
	if (/INTERRUPT Error|Interrupted!/.test(raw)) return { code: 'cancelled', message: 'Cancelled.' };
	const { text, position } = unwrapJsonError(raw);
	const locked = lockMessage(text);
	if (locked) return { code: 'sql-error', message: locked };
	if (
		/^(Parser|Binder|Catalog|Conversion|Constraint|Invalid Input|Not implemented|Dependency|Out of Range|Syntax|Invalid Configuration|Permission|Transaction|Sequence|Serialization|Type Mismatch|Mismatch Type|Invalid|Missing Extension|Interval|Math|Decimal|Fatal)( Error)?:/i.test(
			text
		) ||
		/LINE \d+:/.test(text)
	) {
		return sqlError(text, position ?? findSqlPosition(text, sql));
	}
	return { code: 'internal', message: text };
}

/**
 * DuckDB follows "… exists in the json extension" with instructions to install it, which
 * cannot work in Quarry (no network, configuration locked): say so instead.
 */
function withoutInstallHint(text: string): string {
	const extension = /but it exists in the (\w+) extension\./.exec(text)?.[1];
	if (!extension) return text;
	const cut = text.indexOf('\n\nPlease try installing');
	const kept = cut < 0 ? text : text.slice(0, cut);
	return `${kept} Quarry works offline and cannot load DuckDB's ${extension} extension.`;
}

/** `Binder Error: x\n\nLINE 1: SELECT …\n      ^` → a plain sentence plus the position, if any. */
function sqlError(raw: string, position: number | undefined): EngineError {
	const text = withoutInstallHint(raw);
	const firstPart = text.split(/\n\s*\nLINE \d+:/)[0].trim();
	const message = firstPart.replace(/\n+/g, ' ').replace(/\s+/g, ' ');
	return position === undefined
		? { code: 'sql-error', message }
		: { code: 'sql-error', message, position };
}

/**
 * DuckDB's caret output is relative to the displayed line, which it may shorten with "..." on
 * either side; we only trust it when the shown fragment can be found in the SQL text.
 */
export function findSqlPosition(text: string, sql?: string): number | undefined {
	const match = /LINE (\d+): (.*)\n( *)\^/.exec(text);
	if (!match) return undefined;
	const [, lineText, shown, pad] = match;
	const column = pad.length - `LINE ${lineText}: `.length;
	if (column < 0) return undefined;
	if (sql === undefined) return lineText === '1' && !shown.startsWith('...') ? column : undefined;
	const lines = sql.split('\n');
	const lineIndex = Number(lineText) - 1;
	if (lineIndex < 0 || lineIndex >= lines.length) return undefined;
	let offset = 0;
	for (let i = 0; i < lineIndex; i++) offset += lines[i].length + 1;
	const line = lines[lineIndex];
	const fragment = shown.replace(/^\.\.\./, '').replace(/\.\.\.$/, '');
	const skipped = shown.startsWith('...') ? 3 : 0;
	const start = line.indexOf(fragment);
	if (start < 0) return offset + Math.min(column, line.length);
	return offset + start + Math.max(0, column - skipped);
}

/** Whether an error is one of the network lock's refusals (see lockMessage). */
export function isLockRefusal(error: EngineError): boolean {
	return error.code === 'sql-error' && /^Quarry /.test(error.message);
}

/**
 * The network lock's refusals in plain words: the locked runtime's own message (DuckDB wraps
 * it, e.g. "Opening file 'x' failed with error: Quarry …"), or DuckDB's permission errors
 * from the settings in lockdown.ts.
 */
function lockMessage(text: string): string | null {
	const own = /Quarry (?:works offline|reads only|refused)[^\n]*/.exec(text)?.[0];
	if (own) return own.trim();
	const file = /Permission Error: Cannot access (?:file|directory) "([^"]*)"/.exec(text)?.[1];
	if (file !== undefined) {
		return refusal(file) ?? `Quarry reads only the files you imported: it refused to open ${file}.`;
	}
	if (/Permission Error:.*extensions/i.test(text)) {
		return 'Quarry works offline and cannot install or load DuckDB extensions.';
	}
	if (/Permission Error:/.test(text)) {
		return `Quarry refused this: it works offline and its engine settings are locked. (${text.split('\n')[0]})`;
	}
	return null;
}
