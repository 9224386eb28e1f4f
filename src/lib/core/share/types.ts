/**
 * What a share link carries (version 1). Links made today must open in every later version of
 * Quarry: change this shape only by adding a new version next to it, never by editing v1.
 */
import type { ChartSpec } from '../charts/types';

export interface ShareColumn {
	name: string;
	/** DuckDB type as DuckDB prints it, e.g. `VARCHAR`, `DECIMAL(10,2)`. */
	type: string;
}

/** Rows of a dataset carried in the link, every cell as DuckDB's text form (or null). */
export interface ShareSample {
	rows: (string | null)[][];
	/** True when the dataset has more rows than the sample. */
	truncated: boolean;
}

export interface ShareDataset {
	name: string;
	/** The table name the link's SQL uses for this dataset. */
	tableName: string;
	/** SHA-256 of the dataset's stored copy, lower-case hex. */
	fingerprint: string;
	columns: ShareColumn[];
	sample?: ShareSample;
}

export interface SharePayloadV1 {
	title: string;
	sql: string;
	chart?: ChartSpec;
	datasets: ShareDataset[];
}

export type SharePayload = SharePayloadV1;

export type ShareErrorCode =
	| 'empty' // no link text at all
	| 'oversized' // the link (or what it decompresses to) is larger than Quarry accepts
	| 'unknown-version' // made by a Quarry version this one does not know
	| 'broken-base64' // characters outside base64url, or an impossible length
	| 'truncated' // the compressed data stops early (the link was cut)
	| 'broken-compression' // not deflate data
	| 'invalid-payload'; // decompressed, but not a v1 payload (bad JSON, wrong field, too many…)

export interface ShareError {
	code: ShareErrorCode;
	message: string;
}

export type DecodeResult = { ok: true; payload: SharePayload } | ({ ok: false } & ShareError);

/** Limits on what a link may carry. Exceeding one rejects the link with a message. */
export const SHARE_LIMITS = {
	/** Characters of link text (after `#`) Quarry will try to read. */
	maxLinkChars: 48_000,
	/** Bytes a link may decompress to (zip bombs stop here, while streaming). */
	maxDecodedBytes: 512_000,
	/** Bytes an exported analysis file may hold. */
	maxFileBytes: 8_000_000,
	maxTitle: 200,
	maxSql: 20_000,
	maxDatasets: 8,
	maxColumns: 200,
	maxName: 200,
	maxType: 120,
	/** Rows per dataset in a link; an exported file may carry more (`maxFileRows`). */
	maxRows: 5_000,
	maxFileRows: 100_000,
	maxCell: 4_000
} as const;

/** A link stays under this many characters by default; above it the sample shrinks. */
export const DEFAULT_LINK_BUDGET = 8_000;
/** Links are never made longer than this; above it Quarry offers the analysis as a file. */
export const MAX_LINK_LENGTH = 32_000;

export const LINK_PREFIX = 'v1.';
