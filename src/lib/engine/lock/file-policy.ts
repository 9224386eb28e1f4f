/**
 * Which paths Quarry's engine may touch. Every file Quarry hands DuckDB (imports, stored
 * copies, its own scratch and export files) lives under one directory name, `/quarry/`, which
 * exists only inside the engine: DuckDB's `allowed_directories` setting and the locked runtime
 * (locked-runtime.ts) both admit that directory and nothing else. Anything that looks like an
 * address (`http://`, `s3://`, `hf://`, any `scheme:`) is refused outright.
 */

/** The engine's own directory: the only place DuckDB may open files. */
export const quarryDir = '/quarry/';

/** The path under which Quarry registers one of its own files. */
export function quarryPath(name: string): string {
	return quarryDir + name.replace(/[^\w.-]/g, '_');
}

/**
 * `scheme://…`, `scheme:…` (two letters or more, so `C:\…` is not one) or a path whose text
 * was meant to reach a network share (`//host/…`, `\\host\…`).
 */
export function isAddress(path: string): boolean {
	const trimmed = path.trim();
	return /^[a-z][a-z0-9+.-]+:/i.test(trimmed) || /^(?:\/\/|\\\\)/.test(trimmed);
}

/** A shortened, single-line form of a path for messages. */
function shown(path: string): string {
	const line = path.replace(/\s+/g, ' ');
	return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

/** Why the engine may not open `path`, or null when it is one of Quarry's own files. */
export function refusal(path: string): string | null {
	if (isAddress(path)) {
		return `Quarry works offline and never reaches the network: it refused to open ${shown(path)}. Download the file and import it instead.`;
	}
	const inside = path.startsWith(quarryDir) && !/(?:^|[/\\])\.\.(?:[/\\]|$)/.test(path);
	if (!inside) {
		return `Quarry reads only the files you imported: it refused to open ${shown(path)}.`;
	}
	return null;
}
