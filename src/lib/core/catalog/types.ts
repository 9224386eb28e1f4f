/**
 * The catalog: Quarry's one definition of tables, columns, profiles and contexts as the
 * question engine, the LLM prompt, storage and the engine see them. Pure data.
 */

export interface ValueCount {
	value: string | number | boolean | null;
	count: number;
}

/** One bar of a numeric column's histogram: values in [start, end) (the last bin includes end). */
export interface HistogramBin {
	start: number;
	end: number;
	count: number;
}

/** Summary statistics of one column, computed by DuckDB after import (core/profile). */
export interface ColumnProfile {
	distinctCount: number;
	/** Share of rows that are NULL, 0..1. */
	nullShare: number;
	nullCount?: number;
	/** Dates and timestamps as ISO strings. */
	min?: string | number | null;
	max?: string | number | null;
	/** Most frequent values, most frequent first (may be empty, e.g. for unique numbers). */
	topValues: ValueCount[];
	/**
	 * Text columns with at most 1,000 distinct values (64 K characters together): every distinct
	 * non-NULL value, sorted. Absent for other columns and for profiles made before it existed.
	 */
	values?: string[];
	/** Numeric columns: equal-width bins over [min, max]. */
	histogram?: HistogramBin[];
}

export interface CatalogColumn {
	name: string;
	/** DuckDB type, e.g. VARCHAR, BIGINT, DOUBLE, DATE, TIMESTAMP, BOOLEAN, DECIMAL(10,2). */
	type: string;
	profile?: ColumnProfile;
}

export interface CatalogTable {
	/** Already-quoted SQL name, e.g. `"seattle_weather"`. */
	quotedName: string;
	/** Human name, e.g. "Seattle weather". */
	humanName: string;
	rowCount?: number;
	columns: CatalogColumn[];
}

export interface Catalog {
	tables: CatalogTable[];
}

export interface ContextRelation {
	left: { table: string; column: string }; // table = quotedName
	right: { table: string; column: string };
	kind?: 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many';
}

export interface ContextMetric {
	name: string; // e.g. "revenue"
	/** SQL aggregate expression over quoted columns, e.g. `SUM("price" * "qty")`. */
	expression: string;
	table?: string; // quotedName the expression reads from
	description?: string;
}

export interface Synonym {
	/** What the user may say, e.g. "town". */
	term: string;
	/** What it means: a table, a column, or a value of a column. */
	target:
		| { kind: 'table'; table: string }
		| { kind: 'column'; table: string; column: string }
		| { kind: 'value'; table: string; column: string; value: string };
}

export interface NlContext {
	relations: ContextRelation[];
	metrics: ContextMetric[];
	synonyms: Synonym[];
	notes?: Record<string, string>;
}
