/**
 * Whether a saved chart still shows what it showed when saved. Its SQL reads tables by name, so
 * a dataset deleted and imported again under the same table name counts as the same dataset
 * (with changed data unless the new copy is identical).
 */
import type { ChartDataStatus, DatasetFacts, SavedChart } from './types';

type Checked = Pick<SavedChart, 'datasetIds' | 'datasetFingerprints' | 'datasetRefs'>;

export function chartDataStatus(
	chart: Checked,
	datasets: readonly DatasetFacts[]
): ChartDataStatus {
	const byId = new Map(datasets.map((d) => [d.id, d]));
	const byTable = new Map(datasets.map((d) => [d.tableName.toLowerCase(), d]));
	const changed: string[] = [];
	const missing: string[] = [];
	for (const id of chart.datasetIds) {
		const ref = chart.datasetRefs[id];
		const current = byId.get(id) ?? (ref ? byTable.get(ref.tableName.toLowerCase()) : undefined);
		if (!current) {
			missing.push(ref?.name ?? id);
			continue;
		}
		const saved = chart.datasetFingerprints[id];
		// No saved fingerprint (a chart from before they were kept): nothing to compare.
		if (saved !== undefined && saved !== current.fingerprint) changed.push(current.name);
	}
	if (missing.length > 0) return { kind: 'missing', datasets: missing };
	if (changed.length > 0) return { kind: 'changed', datasets: changed };
	return { kind: 'ok' };
}
