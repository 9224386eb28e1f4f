/** File types Quarry imports, for the file chooser and for hints. */
export const ACCEPTED_EXTENSIONS = [
	'.csv',
	'.tsv',
	'.tab',
	'.json',
	'.ndjson',
	'.jsonl',
	'.parquet',
	'.arrow',
	'.feather',
	'.ipc'
] as const;

/** Value for `<input type="file" accept>`. */
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(',');

/** Short list for people: "CSV, TSV, JSON, NDJSON, Parquet and Arrow". */
export const ACCEPTED_DESCRIPTION = 'CSV, TSV, JSON, NDJSON, Parquet and Arrow';
