/**
 * Checks shared by the specs that export a drawn chart: each export is a valid file of its kind
 * and they agree with each other (the CSV holds exactly the rows inlined in the spec).
 */
import type { Page } from '@playwright/test';
import { compile } from 'vega-lite';
import { expect } from './fixtures';
import type { ChartsPanel } from './page-models/charts';

export interface ExportedChart {
	/** The downloaded vega-lite spec, parsed. */
	spec: { data: { values: Record<string, unknown>[] }; encoding: Record<string, FieldRef> };
	/** The downloaded CSV's header line. */
	csvHeader: string;
	/** The downloaded CSV's lines after the header. */
	csvRows: string[];
}

interface FieldRef {
	field?: string;
	title?: string;
}

/**
 * Downloads PNG, SVG, spec JSON and CSV of the chart shown, checks each, and returns the spec and
 * the CSV rows for further checks. `marks` is the number of marks the SVG must hold, found with
 * `markSelector` (e.g. `g.mark-rect.role-mark > path` for bars).
 */
export async function expectValidExports(
	page: Page,
	charts: ChartsPanel,
	expected: { markSelector: string; marks: number }
): Promise<ExportedChart> {
	const png = await charts.download('PNG');
	expect(png.fileName).toMatch(/\.png$/);
	expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

	const svg = await charts.download('SVG');
	expect(svg.fileName).toMatch(/\.svg$/);
	const parsed = await page.evaluate(
		({ text, selector }) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				root: doc.documentElement.nodeName,
				errors: doc.getElementsByTagName('parsererror').length,
				marks: doc.querySelectorAll(selector).length
			};
		},
		{ text: svg.bytes.toString('utf8'), selector: expected.markSelector }
	);
	expect(parsed).toEqual({ root: 'svg', errors: 0, marks: expected.marks });

	const json = await charts.download('Download spec');
	expect(json.fileName).toMatch(/\.json$/);
	const spec = JSON.parse(json.bytes.toString('utf8'));
	// Standard vega-lite: it compiles to vega as it is.
	expect(() => compile(spec)).not.toThrow();

	const csv = await charts.download('Data (CSV)');
	expect(csv.fileName).toMatch(/\.csv$/);
	const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
	// Readable headers (the encoding titles), then exactly the chart's rows.
	const values: Record<string, unknown>[] = spec.data.values;
	const columns = Object.keys(values[0]);
	const defs: FieldRef[] = Object.values(spec.encoding);
	const titleOf = (column: string) => defs.find((d) => d.field === column)?.title ?? column;
	expect(lines[0]).toBe(columns.map(titleOf).join(','));
	expect(lines.slice(1)).toEqual(
		values.map((row) =>
			Object.values(row)
				.map((value) => String(value ?? ''))
				.join(',')
		)
	);
	return { spec, csvHeader: lines[0], csvRows: lines.slice(1) };
}
