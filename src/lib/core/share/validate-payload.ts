/**
 * Checks a decoded share payload field by field. Everything in it is hostile: only the v1
 * shape passes, with bounded strings, counts and nesting, and the chart through the chart
 * spec's safe subset. What passes is a fresh copy holding only known fields.
 */
import { validateChartSpec } from '../charts/validate-spec';
import {
	SHARE_LIMITS,
	type ShareColumn,
	type ShareDataset,
	type SharePayload,
	type ShareSample
} from './types';

export type PayloadCheck = { ok: true; payload: SharePayload } | { ok: false; message: string };

class Invalid extends Error {}

function fail(message: string): never {
	throw new Invalid(message);
}

const FINGERPRINT = /^[0-9a-f]{64}$/;
// Control characters other than tab and newline have no place in names, types or titles.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function object(value: unknown, what: string, keys: readonly string[]): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		fail(`${what} must be an object.`);
	const record = value as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		if (!keys.includes(key)) fail(`${what} has an unknown field "${key.slice(0, 40)}".`);
	}
	return record;
}

function text(value: unknown, what: string, max: number, options: { empty?: boolean } = {}) {
	if (typeof value !== 'string') fail(`${what} must be text.`);
	if (value.length > max) fail(`${what} is longer than ${max} characters.`);
	if (!options.empty && value.trim() === '') fail(`${what} is empty.`);
	return value;
}

function name(value: unknown, what: string): string {
	const checked = text(value, what, SHARE_LIMITS.maxName);
	if (CONTROL.test(checked)) fail(`${what} contains control characters.`);
	return checked;
}

function list(value: unknown, what: string, max: number): unknown[] {
	if (!Array.isArray(value)) fail(`${what} must be a list.`);
	if (value.length > max) fail(`${what} has more than ${max} entries.`);
	return value;
}

function column(value: unknown, what: string): ShareColumn {
	const c = object(value, what, ['name', 'type']);
	const type = text(c.type, `${what} type`, SHARE_LIMITS.maxType);
	if (CONTROL.test(type)) fail(`${what} type contains control characters.`);
	return { name: name(c.name, `${what} name`), type };
}

function sample(value: unknown, what: string, width: number, maxRows: number): ShareSample {
	const s = object(value, what, ['rows', 'truncated']);
	if (typeof s.truncated !== 'boolean') fail(`${what} "truncated" must be true or false.`);
	const rows = list(s.rows, `${what} rows`, maxRows).map((row, r) => {
		const cells = list(row, `${what} row ${r + 1}`, width);
		if (cells.length !== width)
			fail(`${what} row ${r + 1} has ${cells.length} cells, not ${width}.`);
		return cells.map((cell) =>
			cell === null
				? null
				: text(cell, `${what} row ${r + 1} cell`, SHARE_LIMITS.maxCell, { empty: true })
		);
	});
	return { rows, truncated: s.truncated };
}

function dataset(value: unknown, index: number, maxRows: number): ShareDataset {
	const what = `Dataset ${index + 1}`;
	const d = object(value, what, ['name', 'tableName', 'fingerprint', 'columns', 'sample']);
	if (typeof d.fingerprint !== 'string' || !FINGERPRINT.test(d.fingerprint))
		fail(`${what} fingerprint must be 64 lower-case hex digits.`);
	const columns = list(d.columns, `${what} columns`, SHARE_LIMITS.maxColumns).map((c, i) =>
		column(c, `${what} column ${i + 1}`)
	);
	if (columns.length === 0) fail(`${what} has no columns.`);
	const out: ShareDataset = {
		name: name(d.name, `${what} name`),
		tableName: name(d.tableName, `${what} table name`),
		fingerprint: d.fingerprint,
		columns
	};
	if (d.sample !== undefined)
		out.sample = sample(d.sample, `${what} sample`, columns.length, maxRows);
	return out;
}

/** Check a payload; `maxRows` per dataset defaults to a link's limit (files allow more). */
export function validatePayload(
	value: unknown,
	maxRows: number = SHARE_LIMITS.maxRows
): PayloadCheck {
	try {
		const p = object(value, 'The link', ['title', 'sql', 'chart', 'datasets']);
		const payload: SharePayload = {
			title: text(p.title, 'The title', SHARE_LIMITS.maxTitle, { empty: true }),
			sql: text(p.sql, 'The SQL', SHARE_LIMITS.maxSql),
			datasets: list(p.datasets, 'The dataset list', SHARE_LIMITS.maxDatasets).map((d, i) =>
				dataset(d, i, maxRows)
			)
		};
		if (p.chart !== undefined) {
			const chart = validateChartSpec(p.chart);
			if (!chart.ok) fail(chart.message);
			payload.chart = chart.spec;
		}
		const tables = new Set(payload.datasets.map((d) => d.tableName.toLowerCase()));
		if (tables.size !== payload.datasets.length) fail('Two datasets have the same table name.');
		return { ok: true, payload };
	} catch (error) {
		if (error instanceof Invalid) return { ok: false, message: error.message };
		throw error;
	}
}
