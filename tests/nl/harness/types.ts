/**
 * Shapes shared by the NL evaluation: questions, results and the report.
 */

export type FeatureTag =
	| 'aggregate-count'
	| 'aggregate-distinct'
	| 'sum'
	| 'avg'
	| 'median'
	| 'min'
	| 'max'
	| 'share'
	| 'group-by'
	| 'multi-group'
	| 'filter-eq'
	| 'filter-numeric'
	| 'filter-negation'
	| 'filter-list'
	| 'filter-contains'
	| 'filter-missing'
	| 'time-grain'
	| 'time-year'
	| 'time-range'
	| 'time-since'
	| 'time-relative'
	| 'top-n'
	| 'rows-mode'
	| 'ordering'
	| 'distribution'
	| 'trend'
	| 'join'
	| 'metric'
	| 'fuzzy'
	| 'synonym'
	| 'quoting'
	| 'refuse';

export interface EvalQuestion {
	id: string;
	question: string;
	/** Tables the question is asked over (table keys of tables.ts); ignored when context is set. */
	tables?: string[];
	/** Name of a context in contexts.ts: its tables and semantic layer go to the engine. */
	context?: string;
	tags: FeatureTag[];
	/** Hand-written reference answer; absent for should-refuse questions. */
	sql?: string;
	/** Row order is part of the answer (top N, "sorted by"). */
	isOrdered?: boolean;
	shouldRefuse?: boolean;
	/**
	 * For a should-refuse question that another table of the workspace does answer ("capital of
	 * Japan" over a table without capitals, beside one with them): the reference answer in
	 * workspace mode, where every table is offered.
	 */
	workspaceSql?: string;
	/** Shares may be given as fractions or as percentages. */
	isShare?: boolean;
	note?: string;
}

/** A result cell after normalisation: numbers as numbers, dates as ISO strings. */
export type Cell = string | number | boolean | null;
export type ResultRows = Cell[][];

export type OutcomeKind =
	| 'correct'
	| 'correct-refusal'
	| 'wrong-result'
	| 'sql-error'
	| 'refused'
	| 'confident-wrong'
	| 'unsure-answer'
	| 'engine-error';

export interface QuestionOutcome {
	id: string;
	question: string;
	tags: FeatureTag[];
	kind: OutcomeKind;
	isCorrect: boolean;
	shouldRefuse: boolean;
	sql?: string;
	confidence?: number;
	reason?: string;
	/** Time the engine took to answer, in milliseconds. */
	ms?: number;
}

export interface TagScore {
	total: number;
	correct: number;
	accuracy: number;
}

export interface EvalReport {
	total: number;
	correct: number;
	accuracy: number;
	answerable: TagScore;
	refuseSet: TagScore & { confidentWrong: number };
	/** Answers given with confidence that are wrong: wrong results, failing SQL, answered refusals. */
	confidentWrong: number;
	byTag: Partial<Record<FeatureTag, TagScore>>;
	byKind: Partial<Record<OutcomeKind, number>>;
	/** Answerable questions the engine refused. */
	refused: number;
	/** Time in the engine per question (answerQuestion only, not running SQL). */
	timing: { meanMs: number; p95Ms: number };
	outcomes: QuestionOutcome[];
}
