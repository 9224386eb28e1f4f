/**
 * Scopes of a workspace: the groups of tables the context's relations link together (a table
 * with no relation is a scope of its own). A question is answered within one scope, so two
 * words that match unrelated tables do not force a join that does not exist; the scope that
 * accounts for the question best wins and the others become alternative readings.
 */
import { pairMemo } from './pair-memo';
import type { PreparedCatalog } from './lexicon';
import type { Item } from './matcher';
import { labelColumn } from './planner-helpers';
import type { Catalog, CatalogTable, NlContext } from './types';

/** The scopes of a catalog under a context, in catalog order (cached per pair). */
export const scopesOf: (catalog: Catalog, context: NlContext) => Catalog[] = pairMemo(buildScopes);

function buildScopes(catalog: Catalog, context: NlContext): Catalog[] {
	const index = new Map(catalog.tables.map((t, i) => [t.quotedName, i]));
	const parent = catalog.tables.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	for (const r of context.relations) {
		const a = index.get(r.left.table);
		const b = index.get(r.right.table);
		if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
	}
	const groups = new Map<number, CatalogTable[]>();
	catalog.tables.forEach((t, i) => {
		const root = find(i);
		const group = groups.get(root);
		if (group) group.push(t);
		else groups.set(root, [t]);
	});
	return [...groups.values()].map((tables) => ({ tables }));
}

/**
 * How much of the question a scope accounts for: question words matched by a reference into
 * one of its tables, weighted by the match score, plus a little when a table is named or the
 * column that names a table's rows (its label column).
 */
export function scopeFit(items: Item[], prepared: PreparedCatalog, scope: Catalog): number {
	const names = new Set(scope.tables.map((t) => t.quotedName));
	let fit = 0;
	for (const item of items) {
		if (item.type !== 'ref') continue;
		let best = 0;
		let isTable = false;
		let isLabel = false;
		for (const c of item.cands) {
			const table =
				c.target.kind === 'column' || c.target.kind === 'value'
					? c.target.column.table
					: c.target.table;
			if ((table && !names.has(table.quotedName)) || c.score <= best) continue;
			best = c.score;
			isTable = c.target.kind === 'table';
			isLabel =
				c.target.kind === 'column' && labelColumn(c.target.column.table) === c.target.column;
		}
		// Naming a table, or the column that names its rows, says the question is about it.
		fit += best * (item.end - item.start) + (isTable ? 0.25 : 0) + (isLabel ? 0.1 : 0);
	}
	return prepared.tables.length > 0 ? fit : 0;
}
