/** Words for a chart's data status, shared by the gallery cards and the chart page. */
import type { ChartDataStatus, DatasetFacts, SavedChart } from '$lib/core/gallery';

/** A list of names in prose: "a", "a and b", "a, b and c". */
export function listNames(names: readonly string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The short mark on a card, or null when the data is as saved. */
export function statusLabel(status: ChartDataStatus): string | null {
	if (status.kind === 'changed') return 'Data changed since saved';
	if (status.kind === 'missing') return 'Dataset deleted';
	return null;
}

/** One sentence that says what happened and what it means for the chart. */
export function statusSentence(status: ChartDataStatus): string | null {
	const names = status.kind === 'ok' ? '' : listNames(status.datasets);
	if (status.kind === 'changed') {
		const verb = status.datasets.length === 1 ? 'has' : 'have';
		return `${names} ${verb} changed since this chart was saved: it shows the current data.`;
	}
	if (status.kind === 'missing') {
		const which = status.datasets.length === 1 ? 'which was' : 'which were';
		return `This chart reads ${names}, ${which} deleted. Import the data again with the same table name to see the chart.`;
	}
	return null;
}

/** The names of the datasets a chart reads: as they are called now, else as saved, else ids. */
export function chartDatasetNames(
	chart: Pick<SavedChart, 'datasetIds' | 'datasetRefs'>,
	datasets: readonly Pick<DatasetFacts, 'id' | 'name'>[]
): string[] {
	const current = new Map(datasets.map((d) => [d.id, d.name]));
	return chart.datasetIds.map((id) => current.get(id) ?? chart.datasetRefs[id]?.name ?? id);
}
