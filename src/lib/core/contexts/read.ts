/**
 * A stored context checked before it is shown: records may come from an older version, sync or
 * a damaged database. Parts that do not fit are left out; a record without an id, name or
 * dataset list is not a context (null).
 */
import type { Context, ContextSynonym } from './types';
import { RELATION_KINDS, METRIC_FORMATS } from './edits';

export function readContext(value: unknown): Context | null {
	if (!isRecord(value)) return null;
	const { id, name, datasetIds } = value;
	if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(datasetIds)) return null;
	const version = typeof value.version === 'number' ? value.version : 1;
	return {
		id,
		name,
		datasetIds: datasetIds.filter((d): d is string => typeof d === 'string'),
		relations: listOf(value.relations).flatMap((r) => {
			if (!isRecord(r) || !isRef(r.left) || !isRef(r.right)) return [];
			const kind = RELATION_KINDS.find((k) => k === r.kind);
			return [{ left: ref(r.left), right: ref(r.right), ...(kind ? { kind } : {}) }];
		}),
		metrics: listOf(value.metrics).flatMap((m) => {
			if (!isRecord(m) || typeof m.name !== 'string' || typeof m.expression !== 'string') return [];
			const format = METRIC_FORMATS.find((f) => f === m.format);
			return [
				{
					name: m.name,
					expression: m.expression,
					...(typeof m.description === 'string' ? { description: m.description } : {}),
					...(typeof m.datasetId === 'string' ? { datasetId: m.datasetId } : {}),
					...(format ? { format } : {})
				}
			];
		}),
		descriptions: listOf(value.descriptions).flatMap((d) => {
			if (!isRecord(d) || typeof d.datasetId !== 'string' || typeof d.text !== 'string') return [];
			return [
				{
					datasetId: d.datasetId,
					...(typeof d.column === 'string' ? { column: d.column } : {}),
					text: d.text
				}
			];
		}),
		synonyms: listOf(value.synonyms).flatMap((s) => {
			const synonym = readSynonym(s);
			return synonym ? [synonym] : [];
		}),
		notes: typeof value.notes === 'string' ? value.notes : '',
		version,
		createdAt: typeof value.createdAt === 'number' ? value.createdAt : 0,
		updatedAt: typeof value.updatedAt === 'number' ? value.updatedAt : 0
	};
}

function readSynonym(value: unknown): ContextSynonym | null {
	if (!isRecord(value) || typeof value.term !== 'string' || !isRecord(value.target)) return null;
	const t = value.target;
	if (typeof t.datasetId !== 'string') return null;
	if (t.kind === 'table')
		return { term: value.term, target: { kind: 'table', datasetId: t.datasetId } };
	if (typeof t.column !== 'string') return null;
	if (t.kind === 'column') {
		return {
			term: value.term,
			target: { kind: 'column', datasetId: t.datasetId, column: t.column }
		};
	}
	if (t.kind === 'value' && typeof t.value === 'string') {
		return {
			term: value.term,
			target: { kind: 'value', datasetId: t.datasetId, column: t.column, value: t.value }
		};
	}
	return null;
}

function ref(value: Record<string, unknown>): { datasetId: string; column: string } {
	return { datasetId: String(value.datasetId), column: String(value.column) };
}

function isRef(value: unknown): value is Record<string, unknown> {
	return isRecord(value) && typeof value.datasetId === 'string' && typeof value.column === 'string';
}

function listOf(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
