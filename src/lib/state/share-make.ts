/**
 * Making a share link from the current query: the SQL, the chart if one is shown, a title,
 * and each dataset the SQL reads (fingerprint, name, columns) with as many sample rows as fit
 * the link's length budget. Too long even without samples: the analysis goes to a file.
 */
import type { ChartSpec } from '$lib/core/charts/types';
import {
	DEFAULT_LINK_BUDGET,
	MAX_LINK_LENGTH,
	SHARE_LIMITS,
	analysisFileText,
	encodeShareLink,
	sampleSelectSql,
	type ShareDataset,
	type SharePayload
} from '$lib/core/share';
import { referencedTableNames } from '$lib/core/sql/table-name';
import type { DatasetRecord } from '$lib/storage/db';
import type { EnginePort } from './engine-port';
import { decodeArrow } from './decode-arrow';
import { messageOf } from '$lib/core/error-message';

export interface ShareInput {
	title: string;
	sql: string;
	chart?: ChartSpec;
}

export interface ShareMakeDeps {
	engine: EnginePort;
	datasets: readonly DatasetRecord[];
	/** The app's origin, e.g. `https://quarry.example`. */
	origin: string;
}

export interface MadeLink {
	/** The full address, or null when even a link without samples is too long. */
	url: string | null;
	/** Characters of `url` (or of the shortest possible link when it is too long). */
	length: number;
	/** Sample rows carried, per dataset (same order as the payload's datasets). */
	sampleRows: number[];
	/** Rows each dataset has. */
	datasetRows: number[];
	payload: SharePayload;
}

export type MakeResult = { ok: true; link: MadeLink } | { ok: false; message: string };

/** Where a link opens: `<origin>/s#v1.…` (the fragment never reaches a server). */
export function shareUrl(origin: string, linkText: string): string {
	return `${origin}/s#${linkText}`;
}

function readDatasets(sql: string, datasets: readonly DatasetRecord[]): DatasetRecord[] {
	const read = referencedTableNames(
		sql,
		datasets.map((d) => d.tableName)
	);
	return datasets.filter((d) => read.includes(d.tableName));
}

function describe(record: DatasetRecord): ShareDataset {
	return {
		name: record.name,
		tableName: record.tableName,
		fingerprint: record.fingerprint,
		columns: record.columns.map((c) => ({ name: c.name, type: c.type }))
	};
}

async function readSample(
	engine: EnginePort,
	record: DatasetRecord,
	limit: number
): Promise<(string | null)[][]> {
	const result = await engine.query({
		queryId: crypto.randomUUID(),
		sql: sampleSelectSql(record.tableName, record.columns, limit)
	});
	if (!result.ok) throw new Error(result.error.message);
	const table = await decodeArrow(result.value.arrow);
	const vectors = record.columns.map((_, i) => table.getChildAt(i));
	const rows: (string | null)[][] = [];
	for (let r = 0; r < table.numRows; r++) {
		rows.push(
			vectors.map((v) => {
				const cell: unknown = v?.get(r);
				return cell === null || cell === undefined ? null : String(cell);
			})
		);
	}
	return rows;
}

function withSamples(
	base: SharePayload,
	samples: (string | null)[][][],
	records: readonly DatasetRecord[],
	count: number
): SharePayload {
	return {
		...base,
		datasets: base.datasets.map((d, i) => {
			const rows = samples[i].slice(0, count);
			return { ...d, sample: { rows, truncated: rows.length < records[i].rows } };
		})
	};
}

/** A link for `input`, carrying as many sample rows as keep it within `budget` characters. */
export async function makeShareLink(
	deps: ShareMakeDeps,
	input: ShareInput,
	budget: number = DEFAULT_LINK_BUDGET
): Promise<MakeResult> {
	const records = readDatasets(input.sql, deps.datasets);
	const base: SharePayload = {
		title: input.title.slice(0, SHARE_LIMITS.maxTitle),
		sql: input.sql,
		...(input.chart ? { chart: input.chart } : {}),
		datasets: records.map(describe)
	};
	if (base.sql.length > SHARE_LIMITS.maxSql) {
		return { ok: false, message: `The SQL is longer than ${SHARE_LIMITS.maxSql} characters.` };
	}
	const url = async (payload: SharePayload) =>
		shareUrl(deps.origin, await encodeShareLink(payload));
	const bare = await url(base);
	const datasetRows = records.map((r) => r.rows);
	const limit = Math.min(budget, MAX_LINK_LENGTH);
	if (bare.length > MAX_LINK_LENGTH) {
		return {
			ok: true,
			link: {
				url: null,
				length: bare.length,
				sampleRows: records.map(() => 0),
				datasetRows,
				payload: base
			}
		};
	}
	let samples: (string | null)[][][];
	try {
		samples = await Promise.all(
			records.map((r) => readSample(deps.engine, r, SHARE_LIMITS.maxRows))
		);
	} catch (error) {
		return { ok: false, message: `Could not read the data for the link: ${messageOf(error)}` };
	}
	// The most rows per dataset that keep the link within the budget (0 = no sample).
	let best = { count: 0, url: bare };
	let low = 1;
	let high = Math.max(0, ...samples.map((s) => s.length));
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const candidate = await url(withSamples(base, samples, records, mid));
		if (candidate.length <= limit) {
			best = { count: mid, url: candidate };
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}
	const payload = best.count > 0 ? withSamples(base, samples, records, best.count) : base;
	return {
		ok: true,
		link: {
			url: best.url,
			length: best.url.length,
			sampleRows: samples.map((s) => (best.count > 0 ? Math.min(s.length, best.count) : 0)),
			datasetRows,
			payload
		}
	};
}

/** The analysis as a file: the same payload with larger samples (up to the file's row limit). */
export async function makeAnalysisFile(
	deps: ShareMakeDeps,
	input: ShareInput
): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
	const records = readDatasets(input.sql, deps.datasets);
	try {
		const samples = await Promise.all(
			records.map((r) => readSample(deps.engine, r, SHARE_LIMITS.maxFileRows))
		);
		const base: SharePayload = {
			title: input.title.slice(0, SHARE_LIMITS.maxTitle),
			sql: input.sql,
			...(input.chart ? { chart: input.chart } : {}),
			datasets: records.map(describe)
		};
		return {
			ok: true,
			text: analysisFileText(withSamples(base, samples, records, SHARE_LIMITS.maxFileRows))
		};
	} catch (error) {
		return { ok: false, message: `Could not read the data for the file: ${messageOf(error)}` };
	}
}
