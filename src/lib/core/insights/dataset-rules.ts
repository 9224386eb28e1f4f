/** Insights about datasets: empty columns, join candidates, datasets nobody uses. */
import { quoteIdent } from '../sql/quote';
import type { Insight, InsightDataset } from './types';
import { DAY_MS, MOSTLY_EMPTY_SHARE, UNUSED_DAYS } from './thresholds';

/** Columns whose values are at least 80 % null (only profiled columns of non-empty datasets). */
export function mostlyEmptyColumns(datasets: readonly InsightDataset[]): Insight[] {
	const insights: Insight[] = [];
	for (const dataset of datasets) {
		if (dataset.rows <= 0) continue;
		for (const column of dataset.columns) {
			const profile = column.profile;
			if (!profile) continue;
			const share = profile.nullShare;
			if (share < MOSTLY_EMPTY_SHARE) continue;
			const nulls = profile.nullCount ?? Math.round(share * dataset.rows);
			const percent = Math.floor(share * 100);
			insights.push({
				id: `mostly-empty:${dataset.id}:${column.name}`,
				kind: 'mostly-empty',
				title: `${column.name} in ${dataset.name} is ${percent}% empty`,
				detail: `${nulls.toLocaleString('en-US')} of ${dataset.rows.toLocaleString('en-US')} rows have no value. Check the source file, or leave the column out of queries.`,
				value: percent,
				action: {
					label: `Open ${dataset.name}`,
					href: `/datasets/${encodeURIComponent(dataset.id)}`
				}
			});
		}
	}
	return insights;
}

/**
 * Pairs of datasets with a column of the same name (ignoring case) and the same type: they can
 * probably be joined on it. One insight per pair, naming the first shared column.
 */
export function joinCandidates(datasets: readonly InsightDataset[]): Insight[] {
	// column key → datasets that have it, in input order
	const byColumn = new Map<string, Array<{ dataset: InsightDataset; column: string }>>();
	for (const dataset of datasets) {
		const seen = new Set<string>();
		for (const column of dataset.columns) {
			const key = `${column.name.toLowerCase()}\u0000${column.type.toUpperCase()}`;
			if (seen.has(key)) continue;
			seen.add(key);
			const list = byColumn.get(key) ?? [];
			list.push({ dataset, column: column.name });
			byColumn.set(key, list);
		}
	}
	const pairs = new Map<
		string,
		{ left: InsightDataset; right: InsightDataset; columns: string[][] }
	>();
	for (const list of byColumn.values()) {
		for (let i = 0; i < list.length; i++) {
			for (let j = i + 1; j < list.length; j++) {
				const a = list[i];
				const b = list[j];
				const key = `${a.dataset.id}\u0000${b.dataset.id}`;
				const pair = pairs.get(key) ?? { left: a.dataset, right: b.dataset, columns: [] };
				pair.columns.push([a.column, b.column]);
				pairs.set(key, pair);
			}
		}
	}
	return [...pairs.values()].map(({ left, right, columns }) => {
		const [leftColumn, rightColumn] = columns[0];
		const shared = columns.map(([name]) => name).join(', ');
		const sql =
			`SELECT *\nFROM ${quoteIdent(left.tableName)} AS a\n` +
			`JOIN ${quoteIdent(right.tableName)} AS b ON a.${quoteIdent(leftColumn)} = b.${quoteIdent(rightColumn)}\nLIMIT 100`;
		return {
			id: `join-candidate:${left.id}:${right.id}`,
			kind: 'join-candidate',
			title: `${left.name} and ${right.name} share ${columns.length === 1 ? 'a column' : `${columns.length} columns`}`,
			detail: `Both have ${shared} with the same type: a possible join.`,
			value: columns.length,
			action: { label: 'Try the join', href: `/query?sql=${encodeURIComponent(sql)}` }
		} satisfies Insight;
	});
}

/** Datasets not used by any query for 30 days or more (counted from import when never used). */
export function unusedDatasets(datasets: readonly InsightDataset[], now: number): Insight[] {
	return datasets.flatMap((dataset) => {
		const days = Math.floor((now - dataset.lastUsedAt) / DAY_MS);
		if (days < UNUSED_DAYS) return [];
		return [
			{
				id: `unused-dataset:${dataset.id}`,
				kind: 'unused-dataset',
				title: `${dataset.name} has not been used for ${days} days`,
				detail: 'Delete it to free space, or keep it if you still need it.',
				value: days,
				action: {
					label: `Open ${dataset.name}`,
					href: `/datasets/${encodeURIComponent(dataset.id)}`
				}
			} satisfies Insight
		];
	});
}
