/**
 * SQL builder: turns an intent and a plan into one DuckDB SELECT statement.
 */
import { quoteIdent } from '../sql/quote';
import type { Intent, Measure } from './intent';
import type { ColumnInfo } from './lexicon';
import type { Plan } from './planner';
import { defaultGrain, isIdentifierColumn } from './planner-helpers';
import { UNIT_ADJECTIVES } from './vocabulary';
import {
	AGG_PREFIX,
	aggregateSql,
	columnSql,
	filterSql,
	grainSql,
	measureAlias,
	SqlError,
	type GrainSql
} from './sql-expr';

const COMPARE_SQL = { gt: '>', lt: '<', gte: '>=', lte: '<=', eq: '=' } as const;

interface SelectPart {
	expr: string;
	alias: string;
	orderExpr?: string;
}

export function buildSql(intent: Intent, plan: Plan): string {
	const from = fromSql(plan);
	const where = intent.filters.map((f) => filterSql(f, plan, plan.time));
	switch (intent.mode) {
		case 'rows':
			return rowsSql(intent, plan, from, where);
		case 'distribution':
			return distributionSql(intent, plan, from, where);
		default: {
			const sql = aggregateQuery(intent, plan, from, where);
			if (!intent.countGroups) return sql;
			return `SELECT count(*) AS "count"\nFROM (\n  ${sql.replace(/\n/g, '\n  ')}\n) AS "groups"`;
		}
	}
}

function fromSql(plan: Plan): string {
	let sql = plan.base.quotedName;
	for (const join of plan.joins) {
		const on = join.on
			.map(([a, b]) => `${columnSql(a, plan)} = ${columnSql(b, plan)}`)
			.join(' AND ');
		sql += `\nJOIN ${join.table.quotedName} ON ${on}`;
	}
	return sql;
}

function whereSql(where: string[]): string {
	return where.length > 0 ? `\nWHERE ${where.join('\n  AND ')}` : '';
}

function rowsSql(intent: Intent, plan: Plan, from: string, where: string[]): string {
	// "temperatures of norway, sweden and finland": each row says which of them it is
	const listed = intent.filters.flatMap((f) =>
		f.op === 'in' && f.column && intent.select.length > 0 && !intent.select.includes(f.column)
			? [f.column]
			: []
	);
	// ("my three highest readings with the date and time": the value ranked is shown too)
	const rankBy = intent.order?.column;
	const isRankShown =
		!!rankBy && (intent.limit ?? 0) > 1 && intent.select.length > 0 && !intent.perGroup;
	const shown = [
		...listed,
		...intent.select,
		...(isRankShown && !intent.select.includes(rankBy) ? [rankBy] : [])
	];
	const columns = shown.map((c) => columnSql(c, plan));
	// a column Quarry derives ("revenue" = qty × price) is shown under its name
	const named = shown.map((c, k) =>
		columns[k] === quoteIdent(c.name) || columns[k].endsWith(`.${quoteIdent(c.name)}`)
			? columns[k]
			: `${columns[k]} AS ${quoteIdent(c.name)}`
	);
	const isDistinct =
		columns.length > 0 &&
		!intent.isEachRow &&
		// (numbers that tell rows apart are names: an order number once per order)
		intent.select.every((c) => c.kind !== 'number' || isIdentifierColumn(c)) &&
		!intent.order &&
		intent.limit === undefined;
	const per = intent.perGroup;
	// the top rows within each group: a row without the ranked value is not among them
	const ranked =
		per && intent.order?.column ? [`${columnSql(intent.order.column, plan)} IS NOT NULL`] : [];
	// "list all the regions": a missing value is not one of them
	const only = isDistinct && columns.length === 1 ? intent.select[0] : undefined;
	const isAskedMissing = intent.filters.some((f) => f.column === only && f.op === 'is_null');
	const present = only && !isAskedMissing ? [`${columns[0]} IS NOT NULL`] : [];
	let sql = `SELECT ${isDistinct ? 'DISTINCT ' : ''}${named.length > 0 ? named.join(', ') : '*'}\nFROM ${from}${whereSql([...where, ...ranked, ...present])}`;
	if (per && intent.order?.column) {
		// the top rows within each group: numbered per group, the first `limit` kept
		const keys = per.keys.map((k) => columnSql(k, plan));
		const rank = `${columnSql(intent.order.column, plan)} ${intent.order.dir.toUpperCase()} NULLS LAST`;
		sql += `\nQUALIFY row_number() OVER (PARTITION BY ${keys.join(', ')} ORDER BY ${rank}) <= ${per.limit}`;
		sql += `\nORDER BY ${[...keys, rank].join(', ')}`;
		return sql;
	}
	const rank = rankBy && `${columnSql(rankBy, plan)} ${intent.order!.dir.toUpperCase()} NULLS LAST`;
	// "the town of the dearest delivery": two of the same top cost both answer it (when columns
	// are named beside the ranked one; a whole row, or the value alone, is one row)
	const isTied =
		intent.limit === 1 && rankBy?.kind === 'number' && intent.select.some((c) => c !== rankBy);
	if (isTied) sql += `\nQUALIFY rank() OVER (ORDER BY ${rank}) = 1`;
	if (rank) {
		sql += `\nORDER BY ${rank}`;
	} else if (isDistinct) {
		sql += `\nORDER BY ${columns.join(', ')}`;
	}
	if (intent.limit !== undefined && !isTied) sql += `\nLIMIT ${intent.limit}`;
	return sql;
}

function niceStep(span: number, bins: number): number {
	const raw = span / bins;
	const power = 10 ** Math.floor(Math.log10(raw));
	const steps = [1, 2, 2.5, 5, 10];
	return power * (steps.find((s) => s * power >= raw) ?? 10);
}

function distributionSql(intent: Intent, plan: Plan, from: string, where: string[]): string {
	const subject = intent.subject!;
	const col = columnSql(subject, plan);
	const conditions = [...where, `${col} IS NOT NULL`];
	const { min, max, distinctCount } = subject.profile ?? { distinctCount: Infinity };
	const hasRange = typeof min === 'number' && typeof max === 'number' && max > min;
	const isBinned =
		subject.kind === 'number' &&
		(intent.binWidth !== undefined || (hasRange && (distinctCount ?? Infinity) > 20));
	if (isBinned) {
		const step = intent.binWidth ?? niceStep(Number(max) - Number(min), 10);
		const bin = `floor(${col} / ${step}) * ${step}`;
		return (
			`SELECT ${bin} AS "bin_start", ${bin} + ${step} AS "bin_end", count(*) AS "count"\n` +
			`FROM ${from}${whereSql(conditions)}\nGROUP BY 1, 2\nORDER BY 1`
		);
	}
	const isOrdinal = subject.kind === 'number' || subject.kind === 'year';
	return (
		`SELECT ${col}, count(*) AS "count"\nFROM ${from}${whereSql(conditions)}\nGROUP BY 1\n` +
		`ORDER BY ${isOrdinal ? '1' : '2 DESC, 1'}`
	);
}

function measureSql(measure: Measure, plan: Plan, isGrouped: boolean): string {
	if (measure.shareFilters && measure.shareFilters.length > 0) {
		const cond = measure.shareFilters.map((f) => filterSql(f, plan, plan.time)).join(' AND ');
		const part = aggregateSql(measure, plan, cond);
		const whole = aggregateSql(measure, plan);
		const factor = measure.share === 'percent' ? '100.0' : '1.0';
		return `${factor} * ${part} / ${whole}`;
	}
	const agg = scaledSql(aggregateSql(measure, plan), measure.scale);
	if (measure.share && isGrouped) {
		const factor = measure.share === 'percent' ? '100.0' : '1.0';
		return `${factor} * ${agg} / sum(${agg}) OVER ()`;
	}
	return agg;
}

/** An aggregate in another unit: multiplied by a whole factor, or divided by one. */
function scaledSql(agg: string, scale: number | undefined): string {
	if (scale === undefined || scale === 1) return agg;
	return scale > 1 ? `${agg} * ${scale}` : `${agg} / ${Math.round(1 / scale)}.0`;
}

function uniqueAliases(parts: SelectPart[]): SelectPart[] {
	const seen = new Map<string, number>();
	return parts.map((p) => {
		const n = seen.get(p.alias) ?? 0;
		seen.set(p.alias, n + 1);
		return n === 0 ? p : { ...p, alias: `${p.alias}_${n + 1}` };
	});
}

function aggregateQuery(intent: Intent, plan: Plan, from: string, where: string[]): string {
	if (intent.perUnit) return unitTotalsQuery(intent, plan, from, where);
	if (intent.change) return changeQuery(intent, plan, from, where);
	const keys: SelectPart[] = [];
	let timeKey: GrainSql | undefined;
	let grain = intent.timeGrain?.grain;
	if (!grain && intent.mode === 'trend' && plan.time) grain = defaultGrain(plan.time);
	if (grain) {
		if (!plan.time) throw new SqlError('No date column to group by time.');
		timeKey = grainSql(plan.time, grain, plan);
		keys.push(timeKey);
	}
	for (const g of intent.groups) {
		if (g.column === plan.time && timeKey) continue;
		keys.push({ expr: columnSql(g.column, plan), alias: g.column.name });
	}
	const isGrouped = keys.length > 0;
	if (intent.limit !== undefined && intent.order?.measure !== undefined) {
		// A ranking names things: rows with no group value are not one of them.
		for (const g of intent.groups) where = [...where, `${columnSql(g.column, plan)} IS NOT NULL`];
	}
	const measures: SelectPart[] = intent.measures.map((m) => ({
		expr: measureSql(m, plan, isGrouped),
		alias: measureAlias(m)
	}));
	const parts = uniqueAliases([...keys, ...measures]);
	const select = parts.map((p) =>
		p.expr === quoteIdent(p.alias) ? p.expr : `${p.expr} AS ${quoteIdent(p.alias)}`
	);
	let sql = `SELECT ${select.join(', ')}\nFROM ${from}${whereSql(where)}`;
	if (isGrouped) sql += `\nGROUP BY ${keys.map((_, i) => i + 1).join(', ')}`;
	const having = intent.measures
		.filter((m) => m.having)
		.map((m) => `${aggregateSql(m, plan)} ${COMPARE_SQL[m.having!.op]} ${m.having!.value}`);
	if (having.length > 0) sql += `\nHAVING ${having.join(' AND ')}`;
	const tied = isGrouped ? tiedForFirst(intent, measures) : undefined;
	if (tied) sql += `\nQUALIFY ${tied}`;
	const order = orderSql(intent, parts, keys.length);
	if (order) sql += `\nORDER BY ${order}`;
	if (intent.limit !== undefined && isGrouped && !tied) sql += `\nLIMIT ${intent.limit}`;
	return sql;
}

/** The measure at the two ends of a span, and the change between them. */
function changeQuery(intent: Intent, plan: Plan, from: string, where: string[]): string {
	const change = intent.change!;
	const [measure] = intent.measures;
	const at = (f: Intent['filters'][number]) =>
		aggregateSql(measure, plan, filterSql(f, plan, plan.time));
	const [first, second] = [at(change.from), at(change.to)];
	const diff = change.direction === 'fall' ? `${first} - ${second}` : `${second} - ${first}`;
	const alias = measureAlias(measure);
	const parts = [
		`${first} AS ${quoteIdent(`${alias}_${change.from.words}`)}`,
		`${second} AS ${quoteIdent(`${alias}_${change.to.words}`)}`,
		`${diff} AS ${quoteIdent(change.label)}`
	];
	if (change.isPercent) parts.push(`100.0 * (${diff}) / ${first} AS "percent_change"`);
	return `SELECT ${parts.join(',\n  ')}\nFROM ${from}${whereSql(where)}`;
}

/**
 * "average daily revenue": each measure totalled per unit of time (within the groups), then its
 * aggregate taken over those totals, per group.
 */
function unitTotalsQuery(intent: Intent, plan: Plan, from: string, where: string[]): string {
	const unit = intent.perUnit!;
	if (!plan.time) throw new SqlError('No date column to total by time.');
	const keys: SelectPart[] = [];
	if (intent.timeGrain) keys.push(grainSql(plan.time, intent.timeGrain.grain, plan));
	for (const g of intent.groups) {
		if (g.column === plan.time && intent.timeGrain) continue;
		keys.push({ expr: columnSql(g.column, plan), alias: g.column.name });
	}
	if (intent.limit !== undefined && intent.order?.measure !== undefined) {
		for (const g of intent.groups) where = [...where, `${columnSql(g.column, plan)} IS NOT NULL`];
	}
	const inner = uniqueAliases([...keys, grainSql(plan.time, unit.grain, plan)]);
	const ofCounts = unit.ofCounts;
	// counted rows are counted (or their counts totalled) per unit; amounts are totalled
	const totals = intent.measures.map(
		(m, k) =>
			`${ofCounts ? aggregateSql(m, plan) : `sum(${columnSql(m.column!, plan)})`} AS "total_${k + 1}"`
	);
	const innerSelect = [...inner.map((p) => `${p.expr} AS ${quoteIdent(p.alias)}`), ...totals];
	const innerSql =
		`SELECT ${innerSelect.join(', ')}\n  FROM ${from.replace(/\n/g, '\n  ')}` +
		whereSql(where).replace(/\n/g, '\n  ') +
		`\n  GROUP BY ${inner.map((_, i) => i + 1).join(', ')}`;
	const adjective = UNIT_ADJECTIVES[unit.grain] ?? unit.grain;
	const outerKeys = inner
		.slice(0, keys.length)
		.map((p) => ({ expr: quoteIdent(p.alias), alias: p.alias }));
	const measures = intent.measures.map((m, k) => ({
		expr: `${ofCounts?.agg ?? m.agg}("total_${k + 1}")`,
		alias: ofCounts
			? `${AGG_PREFIX[ofCounts.agg]}_${adjective}_${measureAlias(m)}`
			: measureAlias(m).replace('_', `_${adjective}_`)
	}));
	const parts = uniqueAliases([...outerKeys, ...measures]);
	const select = parts.map((p) =>
		p.expr === quoteIdent(p.alias) ? p.expr : `${p.expr} AS ${quoteIdent(p.alias)}`
	);
	let sql = `SELECT ${select.join(', ')}\nFROM (\n  ${innerSql}\n) AS "totals"`;
	if (outerKeys.length > 0) sql += `\nGROUP BY ${outerKeys.map((_, i) => i + 1).join(', ')}`;
	const order = orderSql(intent, parts, outerKeys.length);
	if (order) sql += `\nORDER BY ${order}`;
	if (intent.limit !== undefined && outerKeys.length > 0) sql += `\nLIMIT ${intent.limit}`;
	return sql;
}

/**
 * "which year had the most releases": when two groups share the top value, both are the answer,
 * so the single top row is kept by rank rather than cut by LIMIT 1.
 */
function tiedForFirst(intent: Intent, measures: SelectPart[]): string | undefined {
	const index = intent.order?.measure;
	if (intent.limit !== 1 || index === undefined || intent.measures[index]?.share) return undefined;
	const dir = intent.order!.dir.toUpperCase();
	return `rank() OVER (ORDER BY ${measures[index].expr} ${dir} NULLS LAST) = 1`;
}

function orderSql(intent: Intent, parts: SelectPart[], keyCount: number): string | undefined {
	const keyOrder = parts.slice(0, keyCount).map((p, i) => p.orderExpr ?? String(i + 1));
	const order = intent.order;
	if (order?.measure !== undefined && keyCount > 0) {
		const part = parts[keyCount + order.measure];
		return [`${quoteIdent(part.alias)} ${order.dir.toUpperCase()} NULLS LAST`, ...keyOrder].join(
			', '
		);
	}
	// ("takings by month, latest first": the unit of time is the first key)
	if (order?.grain && keyCount > 0)
		return [`1 ${order.dir.toUpperCase()}`, ...keyOrder.slice(1)].join(', ');
	if (order?.column && keyCount > 0) {
		const index = parts.findIndex((p) => p.alias === order.column!.name);
		if (index >= 0) return `${index + 1} ${order.dir.toUpperCase()}`;
	}
	return keyCount > 0 ? keyOrder.join(', ') : undefined;
}

export type { ColumnInfo };
