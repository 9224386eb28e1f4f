/**
 * SQL that would reach the network: installing or loading DuckDB extensions, and reading files
 * by URL (DuckDB-WASM fetches `read_csv('https://…')` or `ATTACH 'https://…'` itself). Quarry
 * works offline and reads only what the user imported, so such SQL is refused before it runs,
 * whether it was typed or came in a link.
 */

/** Schemes DuckDB can read remotely. */
const REMOTE = String.raw`(?:https?|s3a?|s3n|gcs|gs|r2|hf|az|azure|abfss)://`;

/** A file-reading table function, `FROM 'file'`, `ATTACH 'file'` or `COPY … FROM 'file'`. */
const REMOTE_READ = new RegExp(
	String.raw`(?:\b(?:read_\w+|\w+_scan|glob|sniff_csv|parquet_\w+)\s*\(\s*\[?\s*` +
		String.raw`|\bFROM\s+|\bATTACH\s+(?:DATABASE\s+)?(?:IF\s+NOT\s+EXISTS\s+)?)'` +
		REMOTE,
	'i'
);

/** A string literal that is a remote address. */
const REMOTE_LITERAL = new RegExp(`^'${REMOTE}`, 'i');

/** The first words of statements that install or load extensions. */
const EXTENSION_STATEMENT = /^(?:FORCE\s+)?INSTALL\b|^LOAD\b|^UPDATE\s+EXTENSIONS\b/i;

/** Remove comments; replace quoted identifiers by `x`, keep string literals as they are. */
function stripComments(sql: string): string {
	let out = '';
	for (let i = 0; i < sql.length; i++) {
		const char = sql[i];
		if (char === '-' && sql[i + 1] === '-') {
			while (i < sql.length && sql[i] !== '\n') i++;
			out += ' ';
		} else if (char === '/' && sql[i + 1] === '*') {
			const end = sql.indexOf('*/', i + 2);
			i = end < 0 ? sql.length : end + 1;
			out += ' ';
		} else if (char === "'" || char === '"') {
			let j = i + 1;
			while (j < sql.length && !(sql[j] === char && sql[j + 1] !== char))
				j += sql[j] === char ? 2 : 1;
			out += char === "'" ? sql.slice(i, j + 1) : 'x';
			i = j;
		} else {
			out += char;
		}
	}
	return out;
}

/** The statements of `sql` (comments removed), split at semicolons outside string literals. */
function statements(sql: string): string[] {
	const parts: string[] = [];
	let current = '';
	let isQuoted = false;
	for (const char of stripComments(sql)) {
		if (char === "'") isQuoted = !isQuoted;
		if (char === ';' && !isQuoted) {
			parts.push(current);
			current = '';
		} else {
			current += char;
		}
	}
	parts.push(current);
	return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * Statements that install or load extensions. DuckDB-WASM refuses `LOAD` itself (external
 * access is off) but accepts `INSTALL` as a no-op; Quarry refuses both before they run, so the
 * user is told plainly that extensions are not available.
 */
export function extensionReason(sql: string): string | null {
	return statements(sql).some((statement) => EXTENSION_STATEMENT.test(statement))
		? 'Quarry works offline and cannot install or load DuckDB extensions.'
		: null;
}

/**
 * Why `sql` may not run in Quarry, or null when it stays on this device. This reads the text
 * only to word a message: the engine's lock is what refuses (docs/security.md).
 */
export function networkReason(sql: string): string | null {
	for (const statement of statements(sql)) {
		if (EXTENSION_STATEMENT.test(statement)) {
			return 'Quarry works offline and cannot install or load DuckDB extensions.';
		}
		const withoutLiterals = statement.replace(/'(?:[^']|'')*'/g, (literal) =>
			REMOTE_LITERAL.test(literal) ? literal : "''"
		);
		if (REMOTE_READ.test(withoutLiterals)) {
			return 'Quarry reads only files you import and never fetches data from the internet. Download the file and import it instead.';
		}
	}
	return null;
}
