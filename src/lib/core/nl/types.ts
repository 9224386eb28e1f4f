/**
 * Contract of the offline plain-language → SQL engine (core/nl). Pure data, no I/O.
 * The UI, the optional LLM tier and the ask cache all speak these types.
 */

// The catalog and context types have one definition, in core/catalog.
export type {
	Catalog,
	CatalogColumn,
	CatalogTable,
	ColumnProfile,
	ContextMetric,
	ContextRelation,
	HistogramBin,
	NlContext,
	Synonym,
	ValueCount
} from '../catalog/types';
import type { Catalog, NlContext } from '../catalog/types';

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
