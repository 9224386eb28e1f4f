/**
 * Planner: picks the base table, the time column, and the join path that brings every table the
 * intent touches together (breadth-first search over the context's relations).
 */
import type { Intent } from './intent';
import type { ColumnInfo, PreparedCatalog, TableInfo } from './lexicon';
import { timeColumn } from './planner-helpers';

export interface Join {
	table: TableInfo;
	/** Equality pairs: [column of a table already joined, column of `table`]. */
	on: Array<[ColumnInfo, ColumnInfo]>;
}

export interface Plan {
	base: TableInfo;
	joins: Join[];
	/** Column for time filters and grains, when the question has any. */
	time?: ColumnInfo;
	isQualified: boolean;
}

export type PlanResult = { plan: Plan } | { refusal: { reason: string; suggestions: string[] } };

function tablesOf(intent: Intent): TableInfo[] {
	const out: TableInfo[] = [];
	const add = (t: TableInfo | undefined) => {
		if (t && !out.includes(t)) out.push(t);
	};
	for (const m of intent.measures) {
		add(m.column?.table ?? m.table);
		if (m.metric?.table) {
			// metric tables are resolved by name below
		}
		for (const f of m.shareFilters ?? []) add(f.column?.table);
	}
	for (const g of intent.groups) add(g.column.table);
	for (const f of intent.filters) add(f.column?.table);
	for (const c of intent.select) add(c.table);
	add(intent.subject?.table);
	add(intent.order?.column?.table);
	add(intent.timeColumn?.table);
	for (const t of intent.tables) add(t);
	return out;
}

export function planQuery(intent: Intent, prepared: PreparedCatalog): PlanResult {
	const tables = tablesOf(intent);
	for (const m of intent.measures) {
		const t = m.metric?.table ? prepared.tableByName.get(m.metric.table) : undefined;
		if (t && !tables.includes(t)) tables.unshift(t);
	}
	if (tables.length === 0) {
		if (prepared.tables.length === 1) tables.push(prepared.tables[0]);
		else {
			return {
				refusal: {
					reason: 'Which table? The question names no table or column Quarry could find.',
					suggestions: prepared.tables.slice(0, 4).map((t) => `Mention "${t.humanName}".`)
				}
			};
		}
	}
	const base = tables[0];
	const needsTime =
		[...intent.filters, ...intent.measures.flatMap((m) => m.shareFilters ?? [])].some(
			(f) => !f.column
		) ||
		intent.timeGrain !== undefined ||
		intent.perUnit !== undefined ||
		intent.change?.from.part !== undefined ||
		intent.mode === 'trend';
	let time = intent.timeColumn;
	if (needsTime && !time) {
		time = timeColumn(base) ?? tables.map(timeColumn).find((c) => c !== undefined);
		if (!time) {
			return {
				refusal: {
					reason: `"${base.humanName}" has no date or year column, so the time part of the question cannot be answered.`,
					suggestions: ['Ask without the time condition.']
				}
			};
		}
	}
	const hasNoClock = (c: ColumnInfo) => !/^(TIMESTAMP|TIME)/i.test(c.type.trim());
	const isByHour =
		intent.timeGrain?.grain === 'hour' ||
		intent.filters.some((f) => f.part === 'hour' && !f.column);
	const dayOnly =
		isByHour && time && hasNoClock(time)
			? time
			: intent.groups.find((g) => g.grain === 'hour' && hasNoClock(g.column))?.column;
	if (dayOnly) {
		// ("shifts by hour" of a `Shift Date`: every row would fall at midnight)
		return {
			refusal: {
				reason: `"${dayOnly.name}" holds days without a time of day, so the rows cannot be split by hour.`,
				suggestions: [`Ask by day or by weekday of "${dayOnly.name}".`]
			}
		};
	}
	if (time && !tables.includes(time.table)) tables.push(time.table);
	const joins = joinPath(prepared, base, tables.slice(1), intent.joinVia);
	if (!joins) {
		const names = tables.map((t) => `"${t.humanName}"`).join(' and ');
		return {
			refusal: {
				reason: `The question uses ${names}, but no relation links them. Add a relation in a context.`,
				suggestions: ['Ask about one table at a time.']
			}
		};
	}
	return { plan: { base, joins, time, isQualified: joins.length > 0 } };
}

interface Edge {
	to: TableInfo;
	pair: [ColumnInfo, ColumnInfo];
}

/** Relation edges per table; those through a key the question named come first. */
function edges(prepared: PreparedCatalog, via: ColumnInfo[]): Map<TableInfo, Edge[]> {
	const map = new Map<TableInfo, Edge[]>();
	const add = (from: TableInfo, edge: Edge) => {
		const list = map.get(from);
		if (list) list.push(edge);
		else map.set(from, [edge]);
	};
	for (const r of prepared.context.relations) {
		const lt = prepared.tableByName.get(r.left.table);
		const rt = prepared.tableByName.get(r.right.table);
		const lc = lt?.columns.find((c) => c.name === r.left.column);
		const rc = rt?.columns.find((c) => c.name === r.right.column);
		if (!lt || !rt || !lc || !rc || lt === rt) continue;
		add(lt, { to: rt, pair: [lc, rc] });
		add(rt, { to: lt, pair: [rc, lc] });
	}
	const isVia = (e: Edge) => e.pair.some((c) => via.includes(c));
	for (const list of map.values()) list.sort((a, b) => Number(isVia(b)) - Number(isVia(a)));
	return map;
}

/** Shortest join tree from base to every target; undefined if some target is unreachable. */
export function joinPath(
	prepared: PreparedCatalog,
	base: TableInfo,
	targets: TableInfo[],
	via: ColumnInfo[] = []
): Join[] | undefined {
	const graph = edges(prepared, via);
	const joined = new Set<TableInfo>([base]);
	const joins: Join[] = [];
	for (const target of targets) {
		if (joined.has(target)) continue;
		const path = bfs(graph, joined, target);
		if (!path) return undefined;
		for (const step of path) {
			if (joined.has(step.to)) continue;
			joined.add(step.to);
			joins.push({ table: step.to, on: [step.pair] });
		}
	}
	return joins;
}

function bfs(
	graph: Map<TableInfo, Edge[]>,
	from: Set<TableInfo>,
	target: TableInfo
): Edge[] | undefined {
	const prev = new Map<TableInfo, Edge & { from: TableInfo }>();
	const queue = [...from];
	const seen = new Set(from);
	while (queue.length > 0) {
		const t = queue.shift()!;
		if (t === target) break;
		for (const e of graph.get(t) ?? []) {
			if (seen.has(e.to)) continue;
			seen.add(e.to);
			prev.set(e.to, { ...e, from: t });
			queue.push(e.to);
		}
	}
	if (!seen.has(target)) return undefined;
	const path: Edge[] = [];
	let t = target;
	while (!from.has(t)) {
		const e = prev.get(t)!;
		path.unshift(e);
		t = e.from;
	}
	return path;
}
