/**
 * The query intent: what the question asks for, independent of SQL. The parser fills it, the
 * planner picks tables for it, the builder writes SQL from it.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import type { ContextMetric, InterpretationItem } from './types';
import type { Grain } from './vocabulary';

export type Aggregate = 'count' | 'count_distinct' | 'sum' | 'avg' | 'median' | 'min' | 'max';

/** An aggregate as the reading says it. */
export const AGGREGATE_WORDS: Record<Aggregate, string> = {
	count: 'count',
	count_distinct: 'count of distinct values',
	sum: 'sum',
	avg: 'average',
	median: 'median',
	min: 'minimum',
	max: 'maximum'
};

export interface Measure {
	agg: Aggregate;
	column?: ColumnInfo;
	metric?: ContextMetric;
	/** Counting rows of this table ("how many flights"). */
	table?: TableInfo;
	/** Count the rows themselves even when each row carries a count ("how many routes"). */
	isRows?: boolean;
	/** Express as a share of the total: 'percent' (×100) or 'ratio'. */
	share?: 'percent' | 'ratio';
	/** Share of rows matching these filters among all rows (when there is no grouping). */
	shareFilters?: Filter[];
	words: string;
	/** The aggregate was implied (no aggregate word given). */
	isImplied?: boolean;
	/** Counts the distinct dates (or years) of a table with several rows a day or year. */
	isDistinctDays?: boolean;
	/** The answer in another unit than the column's ("in pounds" of pence): times this. */
	scale?: number;
	/** The unit a scaled answer is in ("hours"), which its name says. */
	unitName?: string;
	/** A condition on the aggregate of each group ("more than 100 strikes"): SQL HAVING. */
	having?: { op: 'gt' | 'lt' | 'gte' | 'lte' | 'eq'; value: number };
}

export interface Group {
	column: ColumnInfo;
	grain?: Grain;
	words: string;
}

export type FilterOp =
	| 'eq'
	| 'neq'
	| 'ieq'
	| 'not_ieq'
	| 'in'
	| 'not_in'
	| 'gt'
	| 'lt'
	| 'gte'
	| 'lte'
	| 'between'
	| 'contains'
	| 'starts'
	| 'ends'
	| 'not_contains'
	| 'is_null'
	| 'not_null';

export interface Filter {
	/** Undefined for time filters until the planner picks the time column. */
	column?: ColumnInfo;
	op: FilterOp;
	values: Array<string | number>;
	/** Applies to a date part rather than the column: year(x) = 2014, month(x) = 3, isodow(x) IN (6, 7). */
	part?: 'year' | 'month' | 'date' | 'weekday' | 'hour';
	/** "closed higher than it opened": compared with another column of the row, not a value. */
	than?: ColumnInfo;
	/** "last 12 months": relative to the newest date in the data. */
	relative?: { amount: number; grain: Grain };
	/** "excluding X", "not counting X": the rows with no value stay (they are not X either). */
	keepsMissing?: boolean;
	/** The other sides of each row (`Black` beside `White`): the row qualifies by any of them. */
	sides?: ColumnInfo[];
	words: string;
}

/** Two filters that put the same condition on the same column. */
export function isSameCondition(a: Filter, b: Filter): boolean {
	return (
		a.column === b.column &&
		a.op === b.op &&
		a.part === b.part &&
		a.than === b.than &&
		a.sides === b.sides &&
		!a.relative &&
		!b.relative &&
		a.values.join('\u0000') === b.values.join('\u0000')
	);
}

export interface Ordering {
	/** Index into measures, or a column to sort by. */
	measure?: number;
	column?: ColumnInfo;
	grain?: Grain;
	dir: 'asc' | 'desc';
	words: string;
}

export type Mode = 'aggregate' | 'rows' | 'distribution' | 'trend';

export interface Intent {
	mode: Mode;
	measures: Measure[];
	groups: Group[];
	filters: Filter[];
	order?: Ordering;
	limit?: number;
	/** Columns to show in rows mode (empty = all). */
	select: ColumnInfo[];
	/** Tables the question named. */
	tables: TableInfo[];
	/** Subject of a distribution. */
	subject?: ColumnInfo;
	/** Width of the bins of a numeric distribution ("in bins of 50"). */
	binWidth?: number;
	/**
	 * "the heaviest car in each origin": the top rows (by the order) within each value of these
	 * columns, not one row overall. Rows mode only.
	 */
	perGroup?: { keys: ColumnInfo[]; limit: number; words: string };
	/**
	 * "change in X from January 2008 to January 2010": the measure at two points in time and the
	 * difference (a fall counts down from the first), as a percentage of the first when asked.
	 */
	change?: {
		from: Filter;
		to: Filter;
		direction: 'rise' | 'fall';
		/** The result's name: "change", "fall" or "difference" (of two values of a column). */
		label: 'change' | 'fall' | 'difference';
		isPercent: boolean;
		words: string;
	};
	/** "how many currencies are used by just one country": the groups kept are counted. */
	countGroups?: { words: string };
	/** Time grain requested without a column ("per month"), resolved by the planner. */
	timeGrain?: { grain: Grain; words: string };
	/**
	 * "average daily revenue" of rows finer than days: each measure is first totalled per unit of
	 * time, then its aggregate (average, median, highest, lowest) is taken over those totals.
	 */
	perUnit?: {
		grain: Grain;
		words: string;
		/** Counting rows per unit ("average number of flights per day"): the aggregate over units. */
		ofCounts?: { agg: Aggregate; words: string };
	};
	/** The table's rows were named ("the faulty sessions"): a listing shows each, not distinct values. */
	isEachRow?: boolean;
	/** "tickets since July", "sessions from France": counted or totalled, the list is offered. */
	isListOffered?: boolean;
	/** The date/year column the question named for time filters and grains, if any. */
	timeColumn?: ColumnInfo;
	interpretation: InterpretationItem[];
	/** Words the engine could not place, with how much each lowers confidence. */
	unknown: Array<{ words: string; penalty: number }>;
	/** Verbs read only as what the rows record ("have we brewed"): another table may be theirs. */
	activities?: string[];
	/** Multiplicative confidence factors from matching (typos, partial names, guesses). */
	factors: Array<{ reason: string; factor: number }>;
	/** Set when the question cannot be answered; the reason is shown to the user. */
	refusal?: { reason: string; suggestions: string[] };
	/** Relation keys the question went through ("origin state"): joins should use them. */
	joinVia: ColumnInfo[];
	/** Ambiguous references the planner should settle by table choice. */
	ambiguous: Array<{ words: string; columns: ColumnInfo[] }>;
}

export function emptyIntent(): Intent {
	return {
		mode: 'aggregate',
		measures: [],
		groups: [],
		filters: [],
		select: [],
		tables: [],
		interpretation: [],
		unknown: [],
		factors: [],
		joinVia: [],
		ambiguous: []
	};
}

/** The op that keeps the rows `op` leaves out ("not over 5": at most 5). */
export function negatedOp(op: FilterOp): FilterOp {
	const map: Partial<Record<FilterOp, FilterOp>> = {
		eq: 'neq',
		neq: 'eq',
		ieq: 'not_ieq',
		in: 'not_in',
		gt: 'lte',
		lt: 'gte',
		gte: 'lt',
		lte: 'gt',
		contains: 'not_contains',
		is_null: 'not_null',
		not_null: 'is_null'
	};
	return map[op] ?? op;
}
