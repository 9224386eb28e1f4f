/** The gallery's domain types: a saved chart and the facts of a dataset it is checked against. */
import type { ChartSpec } from '../charts/types';

/** Name and SQL table name of a dataset when a chart was saved. */
export interface ChartDatasetRef {
	name: string;
	tableName: string;
}

/** A chart kept in the gallery (stored as the `charts` table's records). */
export interface SavedChart {
	id: string;
	/** Trimmed, 1–120 characters (validateChartTitle). */
	title: string;
	/** Free text; may be empty. */
	description: string;
	/** vega-lite spec without inlined data. */
	spec: ChartSpec;
	sql: string;
	datasetIds: string[];
	/** Fingerprint of each dataset (by id) when the chart was saved: "data changed since saved". */
	datasetFingerprints: Record<string, string>;
	/**
	 * Name and table name of each dataset (by id) when the chart was saved: the SQL reads tables
	 * by name, and a deleted dataset can still be named.
	 */
	datasetRefs: Record<string, ChartDatasetRef>;
	/** Small image as a data URL (`data:image/svg+xml…` or `data:image/png…`). */
	thumbnail?: string;
	createdAt: number;
	updatedAt: number;
}

/** What the gallery needs to know about a dataset that exists now. */
export interface DatasetFacts {
	id: string;
	name: string;
	tableName: string;
	fingerprint: string;
}

export type GallerySort = 'newest' | 'oldest' | 'title' | 'updated';

export type ChartDataStatus =
	| { kind: 'ok' }
	/** Names of the datasets whose data differs from when the chart was saved. */
	| { kind: 'changed'; datasets: string[] }
	/** Names (or ids, when no name was kept) of the datasets that no longer exist. */
	| { kind: 'missing'; datasets: string[] };
