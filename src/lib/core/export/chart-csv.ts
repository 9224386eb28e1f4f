/**
 * A chart's data as CSV with readable headers. The chart query names its columns after the
 * channels (`__x`, `__y`, `__x_end`…); the render spec's encoding titles say what they hold
 * ("weather", "Mean of temp_max"), so the CSV header uses those.
 */
import { csvField, type CsvValue } from './csv';

type Encoding = Record<string, unknown>;

function titlesOf(spec: Record<string, unknown>): Map<string, string> {
	const titles = new Map<string, string>();
	const visit = (encoding: unknown) => {
		if (typeof encoding !== 'object' || encoding === null) return;
		for (const value of Object.values(encoding satisfies object)) {
			for (const def of Array.isArray(value) ? value : [value]) {
				if (typeof def !== 'object' || def === null) continue;
				const { field, title } = def as { field?: unknown; title?: unknown };
				if (typeof field !== 'string' || titles.has(field)) continue;
				if (typeof title === 'string' && title !== '') titles.set(field, title);
			}
		}
	};
	visit(spec.encoding);
	if (Array.isArray(spec.layer)) {
		for (const layer of spec.layer) {
			if (typeof layer === 'object' && layer !== null) visit((layer as Encoding).encoding);
		}
	}
	return titles;
}

/** Header names for the chart query's `columns`: encoding titles where known, unique. */
export function chartCsvHeader(renderSpec: Record<string, unknown>, columns: string[]): string[] {
	const titles = titlesOf(renderSpec);
	const used = new Set<string>();
	return columns.map((column) => {
		let name = titles.get(column) ?? column;
		if (!titles.has(column) && column.endsWith('_end')) {
			const start = titles.get(column.slice(0, -'_end'.length));
			if (start) name = `${start} (end)`;
		}
		let unique = name;
		for (let n = 2; used.has(unique); n++) unique = `${name} (${n})`;
		used.add(unique);
		return unique;
	});
}

/** The chart's rows as CSV (RFC 4180, formula-safe), with readable headers. */
export function chartCsv(
	renderSpec: Record<string, unknown>,
	columns: string[],
	rows: readonly Record<string, CsvValue>[]
): string {
	const header = chartCsvHeader(renderSpec, columns);
	const lines = [header.map((name) => csvField(name)).join(',')];
	for (const row of rows) lines.push(columns.map((column) => csvField(row[column])).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
