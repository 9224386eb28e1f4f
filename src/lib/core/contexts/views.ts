/**
 * The SQL views that make a context queryable: one joined view per relation path (every
 * relation on its own, plus chains of two relations over three datasets), and its metrics as
 * `<table>.<metric>` entries for the editor's table list. Names and SQL only; the engine client
 * creates a view when a query names it. Naming and shape: docs/context-views.md.
 */
import { quoteIdent } from '../sql/quote';
import type { Context, ContextRelationDef } from './types';

/** What a view needs to know about a dataset (structural: storage records fit). */
export interface ViewDataset {
	id: string;
	/** Unquoted SQL table name. */
	tableName: string;
	columns: readonly { name: string }[];
}

export interface ContextView {
	/** Unquoted view name, e.g. `ctx_travel__flights_airports`. */
	name: string;
	contextId: string;
	/** `CREATE OR REPLACE VIEW …`: one statement, every name quoted. */
	sql: string;
	/** Stored table names the view reads, in join order. */
	tables: string[];
	datasetIds: string[];
	/** The view's column names, in order. */
	columns: string[];
	/** The joins in words, e.g. `flights.origin → airports.iata`. */
	description: string;
}

export interface ContextMetricEntry {
	contextId: string;
	name: string;
	/** `<table>.<metric>`, how the table list shows it. */
	label: string;
	tableName: string;
	expression: string;
	/** What choosing it inserts into the editor: the expression, then its name as a comment. */
	insert: string;
	description?: string;
}

export interface ContextViewSet {
	contextId: string;
	contextName: string;
	views: ContextView[];
	metrics: ContextMetricEntry[];
}

/** More paths than this per context are left out (a dense graph has many). */
export const MAX_VIEWS_PER_CONTEXT = 40;

/** A relation with the "many" side first: views read from it and LEFT JOIN the other side. */
interface Edge {
	from: { dataset: ViewDataset; column: string };
	to: { dataset: ViewDataset; column: string };
	/** Index of the relation in the context. */
	index: number;
}

/**
 * The views and metric entries of every context over `datasets`. Names are unique ignoring
 * case among themselves and never equal a dataset's table name. Relations whose datasets or
 * columns are gone are left out.
 */
export function contextViews(
	contexts: readonly Context[],
	datasets: readonly ViewDataset[]
): ContextViewSet[] {
	const byId = new Map(datasets.map((d) => [d.id, d]));
	const taken = new Set(datasets.map((d) => d.tableName.toLowerCase()));
	return contexts.map((context) => {
		const edges = context.relations.flatMap((r, index) => edgeOf(r, index, byId));
		const views = pathsOf(edges)
			.slice(0, MAX_VIEWS_PER_CONTEXT)
			.map((path) => viewOf(context, path, edges, taken));
		return {
			contextId: context.id,
			contextName: context.name,
			views,
			metrics: metricsOf(context, byId)
		};
	});
}

function edgeOf(
	relation: ContextRelationDef,
	index: number,
	byId: ReadonlyMap<string, ViewDataset>
): Edge[] {
	const left = byId.get(relation.left.datasetId);
	const right = byId.get(relation.right.datasetId);
	if (!left || !right) return [];
	if (!hasColumn(left, relation.left.column) || !hasColumn(right, relation.right.column)) return [];
	const l = { dataset: left, column: relation.left.column };
	const r = { dataset: right, column: relation.right.column };
	return relation.kind === 'one-to-many'
		? [{ from: r, to: l, index }]
		: [{ from: l, to: r, index }];
}

function hasColumn(dataset: ViewDataset, column: string): boolean {
	return dataset.columns.some((c) => c.name === column);
}

/** Every relation alone, then every two relations that chain three different datasets. */
function pathsOf(edges: readonly Edge[]): Edge[][] {
	const paths: Edge[][] = edges.map((e) => [e]);
	for (let i = 0; i < edges.length; i++) {
		for (let j = i + 1; j < edges.length; j++) {
			const ids = new Set([...endsOf(edges[i]), ...endsOf(edges[j])]);
			const shared = endsOf(edges[i]).filter((id) => endsOf(edges[j]).includes(id));
			if (ids.size === 3 && shared.length === 1) paths.push([edges[i], edges[j]]);
		}
	}
	return paths;
}

function endsOf(edge: Edge): string[] {
	return [...new Set([edge.from.dataset.id, edge.to.dataset.id])];
}

interface Instance {
	dataset: ViewDataset;
	alias: string;
	/** Prefix for its columns that share a name with another table's. */
	label: string;
}

function viewOf(
	context: Context,
	path: Edge[],
	all: readonly Edge[],
	taken: Set<string>
): ContextView {
	const { instances, joins } = joinPlan(path);
	const columns = columnsOf(instances);
	const select = columns.map((c) => `${c.alias}.${quoteIdent(c.column)} AS ${quoteIdent(c.name)}`);
	const from = [
		`FROM ${quoteIdent(instances[0].dataset.tableName)} AS ${instances[0].alias}`,
		...joins.map(
			(j) =>
				`LEFT JOIN ${quoteIdent(j.target.dataset.tableName)} AS ${j.target.alias} ON ${j.left.alias}.${quoteIdent(j.leftColumn)} = ${j.target.alias}.${quoteIdent(j.targetColumn)}`
		)
	];
	const name = uniqueName(nameOf(context, path, instances, all), taken);
	return {
		name,
		contextId: context.id,
		sql: `CREATE OR REPLACE VIEW ${quoteIdent(name)} AS\nSELECT ${select.join(', ')}\n${from.join('\n')}`,
		tables: instances.map((i) => i.dataset.tableName),
		datasetIds: [...new Set(instances.map((i) => i.dataset.id))],
		columns: columns.map((c) => c.name),
		description: path
			.map(
				(e) =>
					`${e.from.dataset.tableName}.${e.from.column} → ${e.to.dataset.tableName}.${e.to.column}`
			)
			.join(', ')
	};
}

interface Join {
	left: Instance;
	leftColumn: string;
	target: Instance;
	targetColumn: string;
}

/**
 * Table instances in join order and the joins between them. The first table is a "many" side
 * that is no relation's "one" side when there is one. A relation of a table to itself joins
 * two instances of it.
 */
function joinPlan(path: Edge[]): { instances: Instance[]; joins: Join[] } {
	if (path.length === 1) {
		const [e] = path;
		const instances = labelled([e.from.dataset, e.to.dataset]);
		return {
			instances,
			joins: [
				{
					left: instances[0],
					leftColumn: e.from.column,
					target: instances[1],
					targetColumn: e.to.column
				}
			]
		};
	}
	const isOneSide = new Set(path.map((e) => e.to.dataset.id));
	const root =
		path.map((e) => e.from.dataset).find((d) => !isOneSide.has(d.id)) ?? path[0].from.dataset;
	const order = [root];
	const pending = [...path];
	const steps: { edge: Edge; fromJoined: boolean }[] = [];
	while (pending.length > 0) {
		const at = pending.findIndex((e) =>
			order.some((d) => d.id === e.from.dataset.id || d.id === e.to.dataset.id)
		);
		const [edge] = pending.splice(at, 1);
		const fromJoined = order.some((d) => d.id === edge.from.dataset.id);
		order.push(fromJoined ? edge.to.dataset : edge.from.dataset);
		steps.push({ edge, fromJoined });
	}
	const instances = labelled(order);
	const find = (id: string) => instances.find((i) => i.dataset.id === id) as Instance;
	const joins = steps.map(({ edge, fromJoined }) => {
		const [near, far] = fromJoined ? [edge.from, edge.to] : [edge.to, edge.from];
		return {
			left: find(near.dataset.id),
			leftColumn: near.column,
			target: find(far.dataset.id),
			targetColumn: far.column
		};
	});
	return { instances, joins };
}

function labelled(datasets: ViewDataset[]): Instance[] {
	const seen = new Map<string, number>();
	return datasets.map((dataset, i) => {
		const count = (seen.get(dataset.id) ?? 0) + 1;
		seen.set(dataset.id, count);
		const label = count === 1 ? dataset.tableName : `${dataset.tableName}_${count}`;
		return { dataset, alias: `t${i + 1}`, label };
	});
}

/**
 * Every column of every instance. A name that more than one table has (ignoring case, as
 * DuckDB does) becomes `<table>_<column>`; any clash left after that gets a number.
 */
function columnsOf(instances: Instance[]): { alias: string; column: string; name: string }[] {
	const counts = new Map<string, number>();
	for (const instance of instances) {
		for (const c of new Set(instance.dataset.columns.map((c) => c.name.toLowerCase()))) {
			counts.set(c, (counts.get(c) ?? 0) + 1);
		}
	}
	const used = new Set<string>();
	return instances.flatMap((instance) =>
		instance.dataset.columns.map((c) => {
			const shared = (counts.get(c.name.toLowerCase()) ?? 0) > 1;
			const name = uniqueName(shared ? `${instance.label}_${c.name}` : c.name, used);
			return { alias: instance.alias, column: c.name, name };
		})
	);
}

/** `ctx_<context>__<table>_<table>[…]`, plus `__<column>` when a pair has several relations. */
function nameOf(
	context: Context,
	path: Edge[],
	instances: Instance[],
	all: readonly Edge[]
): string {
	const tables = instances.map((i) => slug(i.dataset.tableName, 20, 'table')).join('_');
	let name = `ctx_${slug(context.name, 24, 'context')}__${tables}`;
	if (path.length === 1) {
		const [e] = path;
		const pair = (x: Edge) =>
			[x.from.dataset.id, x.to.dataset.id].sort().join('\u0000') ===
			[e.from.dataset.id, e.to.dataset.id].sort().join('\u0000');
		if (all.filter(pair).length > 1) name += `__${slug(e.from.column, 20, 'key')}`;
	}
	return name;
}

/** Lower-case ASCII letters, digits and single underscores; `fallback` when nothing is left. */
export function slug(text: string, max: number, fallback: string): string {
	const plain = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	const cut = plain.slice(0, max).replace(/_+$/, '');
	return cut === '' ? fallback : cut;
}

/** `name`, or `name_2`, `name_3`… : the first not in `taken` (ignoring case), then taken. */
function uniqueName(name: string, taken: Set<string>): string {
	let candidate = name;
	for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}_${n}`;
	taken.add(candidate.toLowerCase());
	return candidate;
}

function metricsOf(context: Context, byId: ReadonlyMap<string, ViewDataset>): ContextMetricEntry[] {
	const members = context.datasetIds.flatMap((id) => byId.get(id) ?? []);
	return context.metrics.flatMap((metric) => {
		const dataset =
			(metric.datasetId ? byId.get(metric.datasetId) : undefined) ??
			members.find((d) => d.columns.some((c) => mentions(metric.expression, c.name))) ??
			members[0];
		if (!dataset) return [];
		const comment = metric.name.replace(/\*\/|\/\*|[\r\n]+/g, ' ');
		return [
			{
				contextId: context.id,
				name: metric.name,
				label: `${dataset.tableName}.${metric.name}`,
				tableName: dataset.tableName,
				expression: metric.expression,
				insert: `${metric.expression} /* ${comment} */`,
				...(metric.description ? { description: metric.description } : {})
			}
		];
	});
}

/** True when `expression` names `column` as a whole word or quoted (ignoring case). */
function mentions(expression: string, column: string): boolean {
	const text = expression.toLowerCase();
	const name = column.toLowerCase();
	if (text.includes(`"${name.replaceAll('"', '""')}"`)) return true;
	for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + name.length] ?? ' ';
		if (!/[\w$]/.test(before) && !/[\w$]/.test(after)) return true;
	}
	return false;
}

/**
 * A short, stable fingerprint of view definitions (names and SQL, in any order): the result
 * cache keys results by it, so a result computed through an older definition is never served.
 */
export function viewsFingerprint(views: ReadonlyArray<{ name: string; sql: string }>): string {
	const text = views
		.map((view) => `${view.name}\u0001${view.sql}`)
		.sort()
		.join('\u0002');
	if (text === '') return '';
	// Two 32-bit FNV-1a passes with different offsets: collisions are not a security matter
	// here (the text is the user's own view SQL), only an accident to make unlikely.
	return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193)}`;
}

function fnv1a(text: string, seed: number): string {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}
