/**
 * The relation graph of a context (pure): datasets are nodes, relations edges. Several relations
 * between the same two datasets are one edge (a key of several columns), so only a loop through
 * three or more datasets, or a dataset related to itself, is a cycle.
 */
import type { ContextRelationDef } from './types';

export interface Cycle {
	/** The datasets along the loop, in order (the first is not repeated at the end). */
	datasetIds: string[];
	/** Index of the relation that closes the loop. */
	relationIndex: number;
}

/** Every independent cycle: one per relation that closes a loop among already joined datasets. */
export function cyclesOf(relations: readonly ContextRelationDef[]): Cycle[] {
	const adjacent = new Map<string, Set<string>>();
	const edges = new Set<string>();
	const cycles: Cycle[] = [];
	for (const [relationIndex, relation] of relations.entries()) {
		const a = relation.left.datasetId;
		const b = relation.right.datasetId;
		if (a === b) {
			cycles.push({ datasetIds: [a], relationIndex });
			continue;
		}
		const edge = edgeId(a, b);
		if (edges.has(edge)) continue;
		const path = pathBetween(adjacent, a, b);
		if (path) cycles.push({ datasetIds: path, relationIndex });
		edges.add(edge);
		link(adjacent, a, b);
		link(adjacent, b, a);
	}
	return cycles;
}

/** Datasets of the context that no relation names (only when it has two or more datasets). */
export function unrelatedDatasets(
	datasetIds: readonly string[],
	relations: readonly ContextRelationDef[]
): string[] {
	if (datasetIds.length < 2) return [];
	const related = new Set(relations.flatMap((r) => [r.left.datasetId, r.right.datasetId]));
	return datasetIds.filter((id) => !related.has(id));
}

function pathBetween(
	adjacent: Map<string, Set<string>>,
	from: string,
	to: string
): string[] | undefined {
	const previous = new Map<string, string>([[from, from]]);
	const queue = [from];
	while (queue.length > 0) {
		const node = queue.shift()!;
		if (node === to) {
			const path = [to];
			while (path[0] !== from) path.unshift(previous.get(path[0])!);
			return path;
		}
		for (const next of adjacent.get(node) ?? []) {
			if (previous.has(next)) continue;
			previous.set(next, node);
			queue.push(next);
		}
	}
	return undefined;
}

function link(adjacent: Map<string, Set<string>>, a: string, b: string): void {
	const set = adjacent.get(a);
	if (set) set.add(b);
	else adjacent.set(a, new Set([b]));
}

function edgeId(a: string, b: string): string {
	return JSON.stringify(a < b ? [a, b] : [b, a]);
}
