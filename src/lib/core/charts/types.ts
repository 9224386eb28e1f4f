/**
 * Chart types shared by recommendation, the builder, rendering, the gallery and the dashboard.
 *
 * A `ChartSpec` is standard vega-lite (a deliberately small, JSON-only subset of it: one view,
 * optionally faceted, field encodings, no data URLs, no expressions). It never inlines data:
 * the data comes from running SQL in DuckDB. What vega renders is a *render spec*: the chart's
 * aggregation, binning and time units done in DuckDB (see buildChartQuery) and the resulting
 * small table inlined as `data.values` — also plain vega-lite, so "Copy spec" gives JSON that
 * renders unchanged in any vega-lite editor.
 */

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** vega-lite measurement types. */
export type FieldType = 'quantitative' | 'temporal' | 'nominal' | 'ordinal';

/** What a result column is, for charting. */
export type FieldRole =
	| 'measure' // numbers worth summing/averaging/binning
	| 'time' // dates, timestamps, or text that reads as dates
	| 'category' // few distinct values (text, booleans, small integers)
	| 'id' // unique or near-unique keys (ids, names of every row)
	| 'text' // free text: long, mostly distinct strings
	| 'other'; // nested values, blobs: not chartable

export type MarkType =
	| 'bar'
	| 'line'
	| 'area'
	| 'point'
	| 'circle'
	| 'square'
	| 'tick'
	| 'rect'
	| 'rule'
	| 'text'
	| 'arc'
	| 'boxplot';

export type Channel =
	| 'x'
	| 'y'
	| 'x2'
	| 'y2'
	| 'color'
	| 'size'
	| 'shape'
	| 'opacity'
	| 'theta'
	| 'text'
	| 'column'
	| 'row'
	| 'facet'
	| 'xOffset'
	| 'tooltip';

export type Aggregate =
	'count' | 'sum' | 'mean' | 'median' | 'min' | 'max' | 'distinct' | 'q1' | 'q3' | 'stdev';

/** The vega-lite time units Quarry offers (local time). */
export type TimeUnit =
	| 'year'
	| 'yearquarter'
	| 'yearmonth'
	| 'yearweek'
	| 'yearmonthdate'
	| 'yearmonthdatehours'
	| 'yearmonthdatehoursminutes'
	| 'quarter'
	| 'month'
	| 'day'
	| 'date'
	| 'hours';

export type SortOrder = 'ascending' | 'descending';

/** One encoding channel: a field (or a count) and how it is summarised and drawn. */
export interface FieldDef {
	/** Result column name; absent only for `aggregate: 'count'`. */
	field?: string;
	type: FieldType;
	aggregate?: Aggregate;
	bin?: boolean | { maxbins?: number; step?: number; binned?: boolean };
	timeUnit?: TimeUnit;
	/** Sort this channel by its own values, or by another channel (`-y`: by y, descending). */
	sort?: SortOrder | 'x' | 'y' | '-x' | '-y' | 'color' | '-color' | null;
	stack?: 'zero' | 'normalize' | 'center' | null;
	scale?: { type?: 'linear' | 'log' | 'sqrt' | 'symlog'; zero?: boolean };
	title?: string;
	/** d3-format or d3-time-format pattern. */
	format?: string;
	/** `column`/`row`/`facet` only: how many small multiples per row. */
	columns?: number;
	legend?: null | { title?: string };
}

export interface MarkDef {
	type: MarkType;
	tooltip?: boolean;
	point?: boolean;
	/** boxplot only: Quarry computes boxplots from min to max. */
	extent?: 'min-max';
	fontSize?: number;
	interpolate?: 'linear' | 'monotone' | 'step';
	opacity?: number;
}

/** A saved or recommended chart: standard vega-lite, no data. */
export interface ChartSpec {
	$schema: string;
	title?: string;
	description?: string;
	mark: MarkType | MarkDef;
	encoding: Partial<Record<Channel, FieldDef | FieldDef[]>>;
	width?: number | 'container';
	height?: number;
}

/** Any complete vega-lite spec, with data inlined (what VegaChart renders). */
export type VegaLiteSpec = Record<string, unknown>;

/** Statistics of one result column, computed in DuckDB (or from the rows when the SQL cannot be wrapped). */
export interface ResultColumnStats {
	name: string;
	/** DuckDB type as DuckDB prints it. */
	type: string;
	rows: number;
	nonNull: number;
	/** Distinct non-null values (may be approximate above a million rows). */
	distinct: number;
	/** Numbers for numeric columns, ISO-ish strings for dates, strings otherwise. */
	min: number | string | null;
	max: number | string | null;
	/** Text columns: mean length of the non-null values. */
	avgLength?: number;
	/** Text columns: share (0..1) of non-null values that parse as dates. */
	dateShare?: number;
	/** Text columns: share (0..1) of non-null values that parse as numbers. */
	numberShare?: number;
	/** Text columns: the earliest and latest value read as a timestamp (`YYYY-MM-DD HH:MM:SS`). */
	dateMin?: string;
	dateMax?: string;
}

/** A result column as the recommender sees it. */
export interface FieldSummary {
	name: string;
	duckType: string;
	vlType: FieldType;
	role: FieldRole;
	distinct: number;
	/** 0..1 share of nulls. */
	nullShare: number;
	min: number | string | null;
	max: number | string | null;
	/** For time fields: a sensible unit given the span and density of the values. */
	timeUnit?: TimeUnit;
}

export type ChartKind =
	| 'big-number'
	| 'bar'
	| 'stacked-bar'
	| 'grouped-bar'
	| 'line'
	| 'area'
	| 'scatter'
	| 'histogram'
	| 'heatmap'
	| 'boxplot'
	| 'small-multiples';

export interface ChartSuggestion {
	/** Stable within one result, e.g. `bar:carrier:delay`. */
	id: string;
	kind: ChartKind;
	/** Short label for the alternatives list, e.g. "Bar: mean delay by carrier". */
	label: string;
	/** One line on why this chart fits, e.g. "carrier has 14 categories; delay is a measure". */
	reason: string;
	/** Higher is better; suggestions come sorted by it. */
	score: number;
	spec: ChartSpec;
}

export interface Recommendation {
	/** Best first; empty when nothing fits. */
	suggestions: ChartSuggestion[];
	/** Set when `suggestions` is empty: why no chart fits (e.g. "Only free text: nothing to plot."). */
	noChartReason?: string;
}

/** SQL that computes exactly what a chart draws, and the spec that draws it. */
export interface ChartQuery {
	/** Runs in DuckDB over the result's SQL; returns few rows (aggregated, binned or sampled). */
	sql: string;
	/**
	 * `spec` rewritten to read the pre-computed columns (aggregates, bins, time units done in SQL);
	 * render it with the rows of `sql` as `data.values`.
	 */
	renderSpec: VegaLiteSpec;
	/** A caveat to show with the chart, e.g. "A random sample of 5,000 of 3,000,000 points." */
	note?: string;
}

/** What the gallery keeps for a saved chart (see storage ChartRecord). */
export interface ChartDraft {
	title: string;
	description: string;
	spec: ChartSpec;
	sql: string;
	datasetIds: string[];
	/** `data:image/svg+xml…` or `data:image/png…`, small. */
	thumbnail?: string;
}
