/**
 * Charts read from storage are checked before the gallery shows or runs them: storage can hold
 * records from older versions, other tabs or (later) sync. A record that does not fit — its spec
 * included (validateChartSpec) — is left out; an unusable thumbnail is dropped rather than shown.
 */
import { validateChartSpec } from '../charts/validate-spec';
import { isSafeThumbnail } from './thumbnail';
import type { ChartDatasetRef, SavedChart } from './types';

export function readSavedChart(value: unknown): SavedChart | null {
	if (!isRecord(value)) return null;
	const { id, title, description, spec, sql, datasetIds, createdAt, updatedAt } = value;
	if (typeof id !== 'string' || typeof title !== 'string' || typeof sql !== 'string') return null;
	if (!isStringArray(datasetIds) || !isTime(createdAt)) return null;
	const checked = validateChartSpec(spec);
	if (!checked.ok) return null;
	const chart: SavedChart = {
		id,
		title,
		description: typeof description === 'string' ? description : '',
		spec: checked.spec,
		sql,
		datasetIds,
		datasetFingerprints: readFingerprints(value.datasetFingerprints),
		datasetRefs: readRefs(value.datasetRefs),
		createdAt,
		updatedAt: isTime(updatedAt) ? updatedAt : createdAt
	};
	if (isSafeThumbnail(value.thumbnail)) chart.thumbnail = value.thumbnail;
	return chart;
}

function readFingerprints(value: unknown): Record<string, string> {
	const out: Record<string, string> = {};
	if (!isRecord(value)) return out;
	for (const [id, fingerprint] of Object.entries(value)) {
		if (typeof fingerprint === 'string') out[id] = fingerprint;
	}
	return out;
}

function readRefs(value: unknown): Record<string, ChartDatasetRef> {
	const out: Record<string, ChartDatasetRef> = {};
	if (!isRecord(value)) return out;
	for (const [id, ref] of Object.entries(value)) {
		if (isRecord(ref) && typeof ref.name === 'string' && typeof ref.tableName === 'string') {
			out[id] = { name: ref.name, tableName: ref.tableName };
		}
	}
	return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function isTime(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}
