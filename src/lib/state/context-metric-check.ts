/**
 * Checking a context's metric in DuckDB. The expression is hostile text: it may hold no query of
 * its own (core/contexts/metric-expression.ts), and before it runs DuckDB's own parser must read `SELECT (<expression>) AS v FROM <table>` as ONE statement that reads
 * only the metric's own table. Then it runs, and DuckDB's message is reported when it fails.
 */
import { metricExpressionProblem } from '$lib/core/contexts/metric-expression';
import { quoteIdent } from '$lib/core/sql/quote';
import type { ContextMetricDef, MeasureDataset, MetricCheck } from '$lib/core/contexts/types';
import type { EnginePort } from './engine-port';
import { decodeArrow } from './decode-arrow';

export type MeasureEngine = Pick<EnginePort, 'query' | 'reads'>;

/**
 * Check metric `metricIndex` over its dataset (or, without one, the first of `datasets` it runs
 * on). `newId` names the engine queries so they can be told apart.
 */
export async function checkMetric(
	engine: MeasureEngine,
	metric: ContextMetricDef,
	metricIndex: number,
	datasets: readonly MeasureDataset[],
	newId: () => string
): Promise<MetricCheck> {
	const expression = metric.expression.trim();
	const problem = metricExpressionProblem(expression);
	if (problem) return { metricIndex, ok: false, message: problem };
	const targets = metric.datasetId
		? datasets.filter((d) => d.id === metric.datasetId)
		: [...datasets];
	if (targets.length === 0) {
		return { metricIndex, ok: false, message: 'Its dataset is not in this context.' };
	}
	let first: MetricCheck | undefined;
	for (const dataset of targets) {
		const check = await checkOn(engine, expression, metricIndex, dataset, newId);
		if (check.ok) return check;
		first ??= check;
	}
	return first!;
}

async function checkOn(
	engine: MeasureEngine,
	expression: string,
	metricIndex: number,
	dataset: MeasureDataset,
	newId: () => string
): Promise<MetricCheck> {
	const failed = (message: string): MetricCheck => ({ metricIndex, ok: false, message });
	const table = quoteIdent(dataset.tableName);
	const inner = `SELECT (${expression}) AS v FROM ${table}`;
	const sql = `SELECT CAST(v AS VARCHAR) AS v, typeof(v) AS t FROM (\n${inner}\n) AS metric`;
	for (const text of [inner, sql]) {
		const reads = await engine.reads({ sql: text });
		if (!reads.ok) return failed(reads.error.message);
		const others = reads.value.tables.filter((name) => name !== dataset.tableName);
		if (others.length > 0) {
			return failed(
				`It may read only ${dataset.name}, but it reads ${others.map((name) => quoteIdent(name)).join(', ')}.`
			);
		}
	}
	const result = await engine.query({ queryId: newId(), sql, maxRows: 2 });
	if (!result.ok) return failed(result.error.message);
	if (result.value.rows !== 1 || result.value.truncated) {
		return failed(
			'It gives one value per row, not one for the whole dataset: use an aggregate such as SUM(…), AVG(…) or COUNT(*).'
		);
	}
	const [row] = (await decodeArrow(result.value.arrow)).toArray() as Array<Record<string, unknown>>;
	return { metricIndex, ok: true, value: valueOf(row?.v, row?.t) };
}

function valueOf(text: unknown, type: unknown): string | number | null {
	if (typeof text !== 'string') return null;
	const isNumeric =
		typeof type === 'string' &&
		/^(U?TINYINT|U?SMALLINT|U?INTEGER|U?BIGINT|U?HUGEINT|FLOAT|DOUBLE|DECIMAL)/.test(type);
	const number = Number(text);
	return isNumeric && Number.isFinite(number) ? number : text;
}
