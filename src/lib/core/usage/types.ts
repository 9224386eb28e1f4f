/** What the dashboard reads about each query run: the compact form of a history record. */
export interface QueryStat {
	id: string;
	sql: string;
	startedAt: number;
	/** The wait the user saw, in milliseconds. */
	ms: number;
	/** True when the run ended in an error (its time says nothing about the query's speed). */
	isFailed: boolean;
	/** True when the user saved this run under a name. */
	isSaved: boolean;
	datasetIds: string[];
}

/** One local calendar day: `start` inclusive, `end` exclusive, epoch milliseconds. */
export interface DayRange {
	/** `YYYY-MM-DD` in local time. */
	date: string;
	start: number;
	end: number;
}
