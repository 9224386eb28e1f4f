/** Arrow IPC helpers: join DuckDB's result chunks, count and cut rows, name column types. */
import {
	DataType,
	RecordBatchReader,
	RecordBatchStreamWriter,
	type Field,
	type RecordBatch,
	type Schema
} from 'apache-arrow';
import type { ColumnInfo } from '../engine-api';

const endOfStream = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0]);

/** Concatenate DuckDB's stream chunks into one Arrow IPC stream (with the end marker). */
export function joinStream(chunks: Uint8Array[]): Uint8Array {
	const parts = [...chunks, endOfStream];
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

export interface ShapedResult {
	arrow: Uint8Array;
	columns: ColumnInfo[];
	rows: number;
	truncated: boolean;
}

/** Count rows; when there are more than `maxRows`, re-encode only the first `maxRows`. */
export function shapeResult(stream: Uint8Array, maxRows?: number): ShapedResult {
	const reader = RecordBatchReader.from(stream);
	reader.open();
	const schema = reader.schema;
	const kept: RecordBatch[] = [];
	let rows = 0;
	let keptRows = 0;
	for (const batch of reader) {
		rows += batch.numRows;
		if (maxRows === undefined || keptRows >= maxRows) continue;
		const room = maxRows - keptRows;
		const piece = batch.numRows > room ? batch.slice(0, room) : batch;
		kept.push(piece);
		keptRows += piece.numRows;
	}
	const columns = describeSchema(schema);
	if (maxRows === undefined || rows <= maxRows) {
		return { arrow: stream, columns, rows, truncated: false };
	}
	const writer = new RecordBatchStreamWriter();
	writer.reset(undefined, schema);
	for (const batch of kept) writer.write(batch);
	writer.finish();
	return { arrow: writer.toUint8Array(true), columns, rows, truncated: true };
}

export function describeSchema(schema: Schema): ColumnInfo[] {
	return schema.fields.map((field: Field) => ({
		name: field.name,
		type: duckdbTypeName(field.type)
	}));
}

/** The DuckDB spelling of an Arrow type, as DuckDB would print the column type. */
export function duckdbTypeName(type: DataType): string {
	if (DataType.isBool(type)) return 'BOOLEAN';
	if (DataType.isInt(type)) {
		const names: Record<number, string> = {
			8: 'TINYINT',
			16: 'SMALLINT',
			32: 'INTEGER',
			64: 'BIGINT'
		};
		const name = names[type.bitWidth] ?? 'BIGINT';
		return type.isSigned ? name : `U${name}`;
	}
	if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
	if (DataType.isDecimal(type)) {
		return type.bitWidth === 128 && type.precision === 38 && type.scale === 0
			? 'HUGEINT'
			: `DECIMAL(${type.precision},${type.scale})`;
	}
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
	if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return 'BLOB';
	if (DataType.isDate(type)) return 'DATE';
	if (DataType.isTime(type)) return 'TIME';
	if (DataType.isTimestamp(type)) return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
	if (DataType.isInterval(type)) return 'INTERVAL';
	if (DataType.isDictionary(type)) return duckdbTypeName(type.dictionary);
	if (DataType.isList(type) || DataType.isFixedSizeList(type)) {
		return `${duckdbTypeName(type.children[0].type)}[]`;
	}
	if (DataType.isStruct(type)) {
		return `STRUCT(${type.children.map((c) => `${c.name} ${duckdbTypeName(c.type)}`).join(', ')})`;
	}
	if (DataType.isMap(type)) return 'MAP';
	if (DataType.isNull(type)) return 'NULL';
	return String(type).toUpperCase();
}
