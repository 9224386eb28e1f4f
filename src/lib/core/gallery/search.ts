/** Gallery search: every word of the query must appear in a chart's text, ignoring case and accents. */
import type { DatasetFacts, SavedChart } from './types';

type Searchable = Pick<SavedChart, 'title' | 'description' | 'sql' | 'datasetIds' | 'datasetRefs'>;

/** Lower case without diacritics ("Café" → "cafe"), for comparisons people expect to be loose. */
export function foldText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/**
 * The charts whose title, description, SQL or dataset names (as saved, and as the datasets are
 * called now) contain every word of `query`; all charts, in order, for a blank query.
 */
export function searchCharts<T extends Searchable>(
	charts: readonly T[],
	query: string,
	datasets: readonly Pick<DatasetFacts, 'id' | 'name'>[] = []
): T[] {
	const words = foldText(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...charts];
	const currentNames = new Map(datasets.map((d) => [d.id, d.name]));
	return charts.filter((chart) => {
		const haystack = foldText(searchText(chart, currentNames));
		return words.every((word) => haystack.includes(word));
	});
}

function searchText(chart: Searchable, currentNames: Map<string, string>): string {
	const names = chart.datasetIds.flatMap((id) => [
		chart.datasetRefs[id]?.name ?? '',
		chart.datasetRefs[id]?.tableName ?? '',
		currentNames.get(id) ?? ''
	]);
	// A separator no query word can span.
	return [chart.title, chart.description, chart.sql, ...names].join('\n');
}
