/**
 * Contract of the offline plain-language → SQL engine (core/nl). Pure data, no I/O.
 * The UI, the optional LLM tier and the ask cache all speak these types.
 */

export interface ColumnProfile {
	distinctCount: number;
	nullShare: number; // 0..1
	min?: string | number | null; // dates/timestamps as ISO strings
	max?: string | number | null;
	/** Most frequent values, most frequent first (text columns; may be empty for others). */
	topValues: Array<{ value: string | number | boolean | null; count: number }>;
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

export interface NlRequest {
	question: string;
	catalog: Catalog;
	context?: NlContext;
}

export type InterpretationKind =
	| 'table'
	| 'column'
	| 'group'
	| 'aggregate'
	| 'filter'
	| 'time'
	| 'order'
	| 'limit'
	| 'metric'
	| 'join';

export interface InterpretationItem {
	/** The words of the question, as typed. */
	words: string;
	kind: InterpretationKind;
	/** What they were mapped to, in words, e.g. `column "city"`, `average`, `city = 'Seattle'`. */
	meaning: string;
	/** The SQL fragment this produced. */
	sql?: string;
	/**
	 * Other readings of the same words, each with the whole answer it leads to (the UI swaps
	 * the answer when the user picks one). Alternative answers carry no alternatives of their own.
	 */
	alternatives?: NlAlternative[];
}

export interface NlAlternative {
	/** The other reading, in words, e.g. `month of each year (calendar months)`. */
	meaning: string;
	answer: NlAnswer;
}

export interface NlAnswer {
	sql: string;
	explanation: string;
	/** 0..1; answers are only given at or above the engine's threshold. */
	confidence: number;
	interpretation: InterpretationItem[];
}

export interface NlRefusal {
	notUnderstood: true;
	reason: string;
	/** Questions or rephrasings the user could try, built from the catalog. */
	suggestions: string[];
	/** Words of the question the engine could not place, as typed. */
	unknownWords?: string[];
	/** What was understood, if anything, so the UI can show partial progress. */
	interpretation?: InterpretationItem[];
}

export type NlResult = NlAnswer | NlRefusal;

export function isRefusal(result: NlResult): result is NlRefusal {
	return 'notUnderstood' in result;
}
