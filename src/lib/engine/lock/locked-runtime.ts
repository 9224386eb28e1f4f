/**
 * DuckDB-WASM does every file operation through a JavaScript "runtime" object: opening, globbing,
 * checking, moving and removing files. The browser runtime answers `http(s)://` and `s3://`
 * paths with synchronous requests of its own. `lockRuntime` wraps a runtime so that only
 * Quarry's own files (file-policy.ts) reach it; every other path fails inside the engine with
 * a message that says why, whatever SQL produced the path (a literal, a quoted identifier, a
 * string built at run time, a view, a macro, a prepared statement, ATTACH, COPY, EXPORT…).
 */
import type { DuckDBDataProtocol, DuckDBRuntime } from '@duckdb/duckdb-wasm/blocking';
import { refusal } from './file-policy';

type Module = Parameters<DuckDBRuntime['openFile']>[0];

interface FileInfo {
	fileName: string;
	dataProtocol: DuckDBDataProtocol;
	dataUrl: string | null;
}

/** The runtimes of the browser and Node builds name their file lookup differently. */
interface WithFileInfo {
	getFileInfo?(mod: Module, fileId: number): FileInfo | null;
	resolveFileInfo?(mod: Module, fileId: number): FileInfo | null;
}

/** DuckDB's HTTP and S3 protocols (runtime.ts: HTTP = 4, S3 = 5). */
const remoteProtocols: ReadonlySet<number> = new Set([4, 5]);

/** Decode a path DuckDB passes as a pointer and a length into the wasm heap. */
export function readPath(mod: Module, pointer: number, length: number): string {
	const heap: unknown = Reflect.get(mod, 'HEAPU8');
	if (!(heap instanceof Uint8Array)) throw new Error('The engine has no memory to read from.');
	return new TextDecoder().decode(heap.slice(pointer, pointer + length));
}

/** Raise `message` as an error of the statement that is running. */
function failWith(mod: Module, message: string): void {
	mod.ccall('duckdb_web_fail_with', null, ['string'], [message]);
}

function fileRefusal(info: FileInfo | null): string | null {
	if (!info) return 'Quarry refused to open a file it does not know.';
	const byName = refusal(info.fileName) ?? (info.dataUrl ? refusal(info.dataUrl) : null);
	if (byName) return byName;
	if (remoteProtocols.has(info.dataProtocol)) {
		return `Quarry works offline and never reaches the network: it refused to open ${info.fileName}.`;
	}
	return null;
}

/** Paths the lock refused, newest last (for tests and diagnostics; at most 50 kept). */
export interface LockedRuntime extends DuckDBRuntime {
	readonly refused: readonly string[];
}

export function lockRuntime(base: DuckDBRuntime): LockedRuntime {
	const lookup = base as DuckDBRuntime & WithFileInfo;
	const refused: string[] = [];
	const note = (what: string) => {
		refused.push(what);
		if (refused.length > 50) refused.shift();
	};
	/** Run `allowed` for a path Quarry owns; otherwise fail the statement with the reason. */
	const forPath =
		<Rest extends unknown[], R>(
			allowed: (mod: Module, pointer: number, length: number, ...rest: Rest) => R,
			otherwise: R
		) =>
		(mod: Module, pointer: number, length: number, ...rest: Rest): R => {
			const path = readPath(mod, pointer, length);
			const reason = refusal(path);
			if (reason === null) return allowed(mod, pointer, length, ...rest);
			note(path);
			failWith(mod, reason);
			return otherwise;
		};
	/** The browser runtime returns a pointer to the opened file's size, or 0 on failure. */
	function openFile(mod: Module, fileId: number, flags: number): unknown {
		const info = (lookup.getFileInfo ?? lookup.resolveFileInfo)?.call(base, mod, fileId) ?? null;
		const reason = fileRefusal(info);
		if (reason === null) return base.openFile(mod, fileId, flags);
		note(info?.dataUrl ?? info?.fileName ?? `file ${fileId}`);
		failWith(mod, reason);
		return 0;
	}
	const overrides: Partial<DuckDBRuntime> & { refused: readonly string[] } = {
		refused,
		openFile,
		glob: forPath((mod, pointer, length) => base.glob(mod, pointer, length), undefined),
		checkFile: forPath((mod, pointer, length) => base.checkFile(mod, pointer, length), false),
		removeFile: forPath((mod, pointer, length) => base.removeFile(mod, pointer, length), undefined),
		checkDirectory: forPath(
			(mod, pointer, length) => base.checkDirectory(mod, pointer, length),
			false
		),
		createDirectory: forPath(
			(mod, pointer, length) => base.createDirectory(mod, pointer, length),
			undefined
		),
		removeDirectory: forPath(
			(mod, pointer, length) => base.removeDirectory(mod, pointer, length),
			undefined
		),
		listDirectoryEntries: forPath(
			(mod, pointer, length) => base.listDirectoryEntries(mod, pointer, length),
			false
		),
		moveFile(mod, fromPointer, fromLength, toPointer, toLength) {
			const from = readPath(mod, fromPointer, fromLength);
			const to = readPath(mod, toPointer, toLength);
			const reason = refusal(from) ?? refusal(to);
			if (reason === null) return base.moveFile(mod, fromPointer, fromLength, toPointer, toLength);
			note(refusal(from) ? from : to);
			failWith(mod, reason);
		}
	};
	const isOverride = (key: string | symbol) => Object.hasOwn(overrides, key);
	// A Proxy keeps every other member (the registered-file map DuckDB writes to, the UDF table,
	// the file-info cache) on the original object, so the bindings and the runtime share them.
	// The Node build copies the runtime's own property descriptors, hence the second trap.
	return new Proxy(base, {
		get(target, key, receiver) {
			if (isOverride(key)) return overrides[key as keyof typeof overrides];
			return Reflect.get(target, key, receiver);
		},
		getOwnPropertyDescriptor(target, key) {
			if (!isOverride(key)) return Reflect.getOwnPropertyDescriptor(target, key);
			const value = overrides[key as keyof typeof overrides];
			return { value, writable: true, enumerable: true, configurable: true };
		}
	}) as LockedRuntime;
}
