/** Which import formats Quarry knows, by file name. */
import type { SourceFormat } from './engine-api';

const byExtension: Record<string, SourceFormat> = {
	csv: 'csv',
	txt: 'csv',
	tsv: 'tsv',
	tab: 'tsv',
	json: 'json',
	ndjson: 'ndjson',
	jsonl: 'ndjson',
	parquet: 'parquet',
	arrow: 'arrow',
	feather: 'arrow',
	ipc: 'arrow',
	arrows: 'arrow'
};

export const sourceFormats: readonly SourceFormat[] = [
	'csv',
	'tsv',
	'json',
	'ndjson',
	'parquet',
	'arrow'
];

/** `sales.CSV` → `csv`; null when Quarry cannot import the file. */
export function formatFromFileName(fileName: string): SourceFormat | null {
	const dot = fileName.lastIndexOf('.');
	if (dot < 0) return null;
	return byExtension[fileName.slice(dot + 1).toLowerCase()] ?? null;
}

export function isSourceFormat(value: string): value is SourceFormat {
	return (sourceFormats as readonly string[]).includes(value);
}
