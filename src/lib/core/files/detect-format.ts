/**
 * Which importer reads a file: by its extension, refined by its first bytes when they are known.
 */

/** File formats Quarry can import. Mirrors `SourceFormat` in engine/engine-api.ts (core imports no engine code; a spec keeps the two equal). */
export type SourceFormat = 'csv' | 'tsv' | 'json' | 'ndjson' | 'parquet' | 'arrow';

/** Every format, in the order the UI lists them. */
export const SOURCE_FORMATS: readonly SourceFormat[] = [
	'csv',
	'tsv',
	'json',
	'ndjson',
	'parquet',
	'arrow'
];

/** True for a value that names an import format (e.g. one that crossed the worker boundary). */
export function isSourceFormat(value: string): value is SourceFormat {
	return (SOURCE_FORMATS as readonly string[]).includes(value);
}

export type DetectedFormat = { ok: true; format: SourceFormat } | { ok: false; message: string };

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
	csv: 'csv',
	tsv: 'tsv',
	tab: 'tsv',
	json: 'json',
	ndjson: 'ndjson',
	jsonl: 'ndjson',
	parquet: 'parquet',
	arrow: 'arrow',
	feather: 'arrow',
	ipc: 'arrow'
};

/** Extensions Quarry imports, for messages and file pickers (`accept`). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION).map(
	(e) => `.${e}`
);

const SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(', ');

/** Advice for common files Quarry does not read. */
const ADVICE: Readonly<Record<string, string>> = {
	xlsx: 'Excel workbooks are not supported yet: save the sheet as CSV and import that.',
	xls: 'Excel workbooks are not supported yet: save the sheet as CSV and import that.',
	ods: 'Spreadsheet files are not supported yet: save the sheet as CSV and import that.',
	txt: 'Quarry cannot tell what a .txt file holds: if it is comma- or tab-separated, rename it to .csv or .tsv.',
	gz: 'Compressed files are not supported: decompress it first.',
	zip: 'Compressed files are not supported: extract the data file first.'
};

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"
const ARROW_STREAM_MAGIC = [0xff, 0xff, 0xff, 0xff]; // IPC continuation marker

/**
 * Decide how to read `fileName`. With `firstBytes` (the first few hundred bytes), Parquet and
 * Arrow files are recognized whatever their name, binary files named as text are rejected, and a
 * `.json` file holding one object per line is read as NDJSON.
 */
export function detectFormat(fileName: string, firstBytes?: Uint8Array): DetectedFormat {
	const extension = extensionOf(fileName);
	const sniffed = firstBytes ? sniffBinary(firstBytes) : undefined;
	if (sniffed) return { ok: true, format: sniffed };

	const format = BY_EXTENSION[extension];
	if (!format) return { ok: false, message: unsupportedMessage(fileName, extension) };
	if (!firstBytes || format === 'parquet' || format === 'arrow') return { ok: true, format };

	if (looksBinary(firstBytes)) {
		return {
			ok: false,
			message: `${fileName} looks like a binary file, not ${format.toUpperCase()} text. Check that it is the file you meant.`
		};
	}
	if (format === 'json' && looksLikeNdjson(firstBytes)) return { ok: true, format: 'ndjson' };
	return { ok: true, format };
}

function extensionOf(fileName: string): string {
	const base = fileName.split(/[\\/]/).pop() ?? '';
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function unsupportedMessage(fileName: string, extension: string): string {
	const supported = `Quarry imports ${SUPPORTED_LIST} files.`;
	if (extension === '')
		return `${fileName} has no file extension, so Quarry cannot tell its format. ${supported}`;
	const advice = ADVICE[extension];
	return advice
		? `${fileName}: ${advice} ${supported}`
		: `${fileName}: .${extension} files are not supported. ${supported}`;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function sniffBinary(bytes: Uint8Array): SourceFormat | undefined {
	if (startsWith(bytes, PARQUET_MAGIC)) return 'parquet';
	if (startsWith(bytes, ARROW_FILE_MAGIC) || startsWith(bytes, ARROW_STREAM_MAGIC)) return 'arrow';
	return undefined;
}

/** NUL bytes do not occur in UTF-8 text (UTF-16 files have them too, and we do not read those). */
function looksBinary(bytes: Uint8Array): boolean {
	return bytes.includes(0);
}

/** `{…}` on the first line and another `{` starting the next non-empty line. */
function looksLikeNdjson(bytes: Uint8Array): boolean {
	const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
	const lines = text.split(/\r?\n/).map((line) => line.trim());
	const first = lines.findIndex((line) => line !== '');
	if (first < 0) return false;
	const next = lines.slice(first + 1).find((line) => line !== '');
	return (
		lines[first].startsWith('{') && lines[first].endsWith('}') && next?.startsWith('{') === true
	);
}
