/**
 * Arrow tables as the plain rows vega reads (`data.values`): 64-bit integers and decimals become
 * numbers, dates and timestamps become local ISO strings (`YYYY-MM-DDTHH:MM:SS`, no zone, which
 * JavaScript and vega read as local time), text stays text. Also the plain columns of a result
 * for statistics computed in JS.
 */
import { DataType, type Field, type Table } from 'apache-arrow';
import { decimalString } from '$lib/core/format';

export type PlainValue = string | number | boolean | null;
export type PlainRow = Record<string, PlainValue>;

/** Convert every row of `table`. Meant for small tables (a chart's aggregated data). */
export function tableToRows(table: Table): PlainRow[] {
	const fields = table.schema.fields;
	const converters = fields.map((field) => plainConverter(field));
	const columns = fields.map((_, i) => table.getChildAt(i));
	const rows: PlainRow[] = [];
	for (let r = 0; r < table.numRows; r++) {
		const row: PlainRow = {};
		for (let c = 0; c < fields.length; c++) {
			row[fields[c].name] = converters[c](columns[c]?.get(r));
		}
		rows.push(row);
	}
	return rows;
}

/** Each column's values converted like `tableToRows`, in column order. */
export function tableToColumns(table: Table): PlainValue[][] {
	return table.schema.fields.map((field, i) => {
		const convert = plainConverter(field);
		const vector = table.getChildAt(i);
		const values: PlainValue[] = new Array(table.numRows);
		for (let r = 0; r < table.numRows; r++) values[r] = convert(vector?.get(r));
		return values;
	});
}

/** A converter from Arrow values of `field` to plain values. */
export function plainConverter(field: Pick<Field, 'type'>): (value: unknown) => PlainValue {
	const type: DataType = DataType.isDictionary(field.type) ? field.type.dictionary : field.type;
	if (DataType.isInt(type) || DataType.isFloat(type)) return nullable(toNumber);
	if (DataType.isDecimal(type)) {
		const scale = type.scale;
		return nullable((value) => Number(decimalString(String(value), scale)));
	}
	if (DataType.isDate(type)) return nullable((value) => wallClock(epochMs(value)));
	if (DataType.isTimestamp(type)) {
		// A zoned timestamp is an instant: show it in local time. A plain one is a wall-clock
		// reading stored as if it were UTC: keep its digits.
		const isInstant = Boolean(type.timezone);
		return nullable((value) =>
			isInstant ? localClock(epochMs(value)) : wallClock(epochMs(value))
		);
	}
	if (DataType.isBool(type)) return nullable((value) => Boolean(value));
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return nullable(String);
	return nullable(jsonText);
}

function nullable(convert: (value: unknown) => PlainValue): (value: unknown) => PlainValue {
	return (value) => (value === null || value === undefined ? null : convert(value));
}

function toNumber(value: unknown): number | null {
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}

function epochMs(value: unknown): number {
	return value instanceof Date ? value.getTime() : Number(value);
}

/** The UTC digits of `ms` without a zone: DuckDB's wall-clock reading, read back as local. */
function wallClock(ms: number): string | null {
	if (!Number.isFinite(ms)) return null;
	return new Date(ms).toISOString().slice(0, 19);
}

/** The local digits of the instant `ms`, without a zone. */
function localClock(ms: number): string | null {
	if (!Number.isFinite(ms)) return null;
	const d = new Date(ms);
	const pad = (n: number) => String(n).padStart(2, '0');
	return (
		`${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` +
		`T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
	);
}

function jsonText(value: unknown): string {
	if (typeof value !== 'object') return String(value);
	try {
		return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
	} catch {
		return String(value);
	}
}
