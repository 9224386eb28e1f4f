/**
 * Contexts: Quarry's semantic layer across datasets (which datasets relate, join keys, column
 * notes, synonyms, metrics), and the measured reports behind join suggestions and validation.
 * Pure data; storage keeps `Context` as it is, naming datasets by id so renames do not break it.
 */
import type { CatalogColumn, ContextMetric } from '../catalog/types';

export type RelationKind = 'one-to-one' | 'one-to-many' | 'many-to-one' | 'many-to-many';

/** A column of a dataset, by dataset id. */
export interface ColumnRef {
	datasetId: string;
	column: string;
}

/** left.column ↔ right.column; `kind` reads left to right ("one-to-many": one left row, many right). */
export interface ContextRelationDef {
	left: ColumnRef;
	right: ColumnRef;
	kind?: RelationKind;
}

/** A metric as stored: its table named by dataset id (survives renames). */
export interface ContextMetricDef extends Omit<ContextMetric, 'table'> {
	/** The dataset whose columns the expression reads (absent: the first dataset that has them). */
	datasetId?: string;
	/** How values are shown: plain number, whole number, percent (0..1 → %), or currency. */
	format?: 'number' | 'integer' | 'percent' | 'currency';
}

/** A description of a dataset (no column) or of one of its columns. */
export interface ContextDescription {
	datasetId: string;
	column?: string;
	text: string;
}

/** A word users say for a dataset, a column or a value, by dataset id. */
export interface ContextSynonym {
	term: string;
	target:
		| { kind: 'table'; datasetId: string }
		| { kind: 'column'; datasetId: string; column: string }
		| { kind: 'value'; datasetId: string; column: string; value: string };
}

export interface Context {
	id: string;
	name: string;
	datasetIds: string[];
	relations: ContextRelationDef[];
	metrics: ContextMetricDef[];
	descriptions: ContextDescription[];
	synonyms: ContextSynonym[];
	notes: string;
	/** Bumped on every change: answers and measurements cached for an older version are not used. */
	version: number;
	createdAt: number;
	updatedAt: number;
}

/** What measuring needs to know about a dataset (structural: core does not import storage). */
export interface MeasureDataset {
	id: string;
	/** Display name. */
	name: string;
	/** Unquoted SQL table name. */
	tableName: string;
	fingerprint: string;
	rows: number;
	columns: CatalogColumn[];
}

/** A join measured in DuckDB between two columns of two datasets, ranked for the user. */
export interface JoinSuggestion {
	left: ColumnRef;
	right: ColumnRef;
	/** 0..1, higher first: name similarity, type compatibility and measured value overlap. */
	score: number;
	/** 0..1 similarity of the two column names (and the table names they point at). */
	nameSimilarity: number;
	typesCompatible: boolean;
	/** Share of the left side's distinct non-NULL keys found on the right, 0..1. */
	coverage: number;
	/** Share of the right side's distinct non-NULL keys found on the left, 0..1. */
	reverseCoverage: number;
	leftDistinct: number;
	rightDistinct: number;
	/** Most rows sharing one key on each side (1 = the key is unique there). */
	leftMaxPerKey: number;
	rightMaxPerKey: number;
	/** Cardinality as measured. */
	kind: RelationKind;
	/** One plain sentence, e.g. "98% of flights.origin values are airports.iata; one airport per code". */
	reason: string;
}

export interface SuggestionReport {
	suggestions: JoinSuggestion[];
	/** Epoch ms (passed in). */
	measuredAt: number;
}

/** The numbers measured in DuckDB for one relation of a context. */
export interface RelationMeasure {
	/** Index into the context's relations. */
	relationIndex: number;
	leftType: string;
	rightType: string;
	typesCompatible: boolean;
	leftRows: number;
	rightRows: number;
	/** Distinct non-NULL key values on each side. */
	leftKeys: number;
	rightKeys: number;
	/** Share of left rows with a non-NULL key that find no match on the right, 0..1. */
	orphanRate: number;
	/** Share of right rows with a non-NULL key that find no match on the left, 0..1. */
	reverseOrphanRate: number;
	/** Most rows sharing one key on each side (fan-out when the "one" side has > 1). */
	leftMaxPerKey: number;
	rightMaxPerKey: number;
	/** Keys on the "one" side (by the declared kind) that appear more than once. */
	duplicateKeys: number;
	measuredKind: RelationKind;
}

export interface MetricCheck {
	/** Index into the context's metrics. */
	metricIndex: number;
	ok: boolean;
	/** DuckDB's error, or the missing column, when not ok. */
	message?: string;
	/** The metric's value over its whole dataset, when it ran. */
	value?: string | number | null;
}

export type FindingCode =
	| 'missing-dataset'
	| 'missing-column'
	| 'type-mismatch'
	| 'orphans'
	| 'fan-out'
	| 'kind-mismatch'
	| 'cycle'
	| 'unrelated-dataset'
	| 'metric-invalid';

export interface Finding {
	code: FindingCode;
	severity: 'error' | 'warning' | 'info';
	/** A sentence with the numbers, e.g. "12.5% of orders (1,204 rows) have no customer." */
	message: string;
	relationIndex?: number;
	metricIndex?: number;
	datasetId?: string;
}

export interface ValidationReport {
	relations: RelationMeasure[];
	metrics: MetricCheck[];
	findings: Finding[];
	measuredAt: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Measures contexts in DuckDB (implemented in state/context-measure.ts over the engine, under
 * its lock, with the context cache in front). The Contexts page calls it.
 */
export interface ContextMeasurer {
	/** Ranked joins among `datasets`, leaving out pairs already related by `existing`. */
	suggestJoins(input: {
		contextId: string;
		datasets: readonly MeasureDataset[];
		existing: readonly ContextRelationDef[];
	}): Promise<Outcome<SuggestionReport>>;
	/** Numbers and findings for every relation and metric of `context`. */
	validate(input: {
		context: Context;
		datasets: readonly MeasureDataset[];
	}): Promise<Outcome<ValidationReport>>;
}
