import {
	Bool,
	DateDay,
	Decimal,
	Field,
	Float64,
	Int32,
	Int64,
	List,
	makeVector,
	Struct,
	TimeMicrosecond,
	TimestampMicrosecond,
	Utf8,
	vectorFromArray,
	type DataType
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decimalString } from '$lib/core/format';
import { cellKind, createCellFormatter, MAX_CELL_CHARS } from './cell-format';

/** Format every value of a real Arrow vector the way the grid does. */
function formatAll(values: unknown[], type: DataType) {
	const vector = vectorFromArray(values, type);
	const format = createCellFormatter({ type: vector.type }, 'en-US');
	return Array.from({ length: vector.length }, (_, i) => format(vector.get(i)));
}

describe('createCellFormatter', () => {
	it('shows null as a muted null, whatever the type', () => {
		const [cell] = formatAll([null], new Int32());
		expect(cell).toMatchObject({ text: 'null', isNull: true });
		expect(formatAll([null], new Utf8())[0].isNull).toBe(true);
	});

	it('formats integers with grouping and marks them numeric', () => {
		expect(formatAll([1234567], new Int32())[0]).toEqual({
			text: '1,234,567',
			isNull: false,
			isNumeric: true
		});
	});

	it('formats BIGINT values without losing precision', () => {
		const [cell] = formatAll([9007199254740993n], new Int64());
		expect(cell.text).toBe('9,007,199,254,740,993');
		expect(cell.isNumeric).toBe(true);
	});

	it('formats floats with up to six decimals', () => {
		expect(formatAll([1234.5, 0.1234567891], new Float64()).map((c) => c.text)).toEqual([
			'1,234.5',
			'0.123457'
		]);
	});

	it('keeps NaN and infinity readable', () => {
		expect(formatAll([NaN, Infinity], new Float64()).map((c) => c.text)).toEqual([
			'NaN',
			'Infinity'
		]);
	});

	it('places the decimal point of DECIMAL values by their scale', () => {
		const vector = makeVector({
			type: new Decimal(2, 10, 128),
			data: new Uint32Array([123456, 0, 0, 0, 4294967295, 4294967295, 4294967295, 4294967295])
		});
		const format = createCellFormatter({ type: vector.type }, 'en-US');
		expect(format(vector.get(0)).text).toBe('1,234.56');
		expect(format(vector.get(1)).text).toBe('-0.01');
	});

	it('shows dates as ISO dates, not epoch numbers', () => {
		const [cell] = formatAll([new Date('2012-01-03T00:00:00Z')], new DateDay());
		expect(cell).toEqual({ text: '2012-01-03', isNull: false, isNumeric: false });
	});

	it('shows timestamps as ISO date and time', () => {
		const values = [new Date('2020-01-02T03:04:05.678Z'), new Date('2020-01-02T03:04:05Z')];
		expect(formatAll(values, new TimestampMicrosecond()).map((c) => c.text)).toEqual([
			'2020-01-02 03:04:05.678',
			'2020-01-02 03:04:05'
		]);
	});

	it('marks timestamps with a time zone as UTC', () => {
		const [cell] = formatAll([new Date('2020-01-02T03:04:05Z')], new TimestampMicrosecond('UTC'));
		expect(cell.text).toBe('2020-01-02 03:04:05Z');
	});

	it('shows times of day', () => {
		const vector = makeVector({
			type: new TimeMicrosecond(),
			data: new BigInt64Array([45_296_000_000n, 45_296_000_500n])
		});
		const format = createCellFormatter({ type: vector.type });
		expect(format(vector.get(0)).text).toBe('12:34:56');
		expect(format(vector.get(1)).text).toBe('12:34:56.000500');
	});

	it('shows booleans as words', () => {
		expect(formatAll([true, false], new Bool()).map((c) => c.text)).toEqual(['true', 'false']);
	});

	it('shortens long text and keeps the full value in the title', () => {
		const long = 'x'.repeat(MAX_CELL_CHARS + 50);
		const [cell] = formatAll([long], new Utf8());
		expect(cell.text).toHaveLength(MAX_CELL_CHARS);
		expect(cell.text.endsWith('…')).toBe(true);
		expect(cell.title).toBe(long);
	});

	it('leaves short text alone', () => {
		expect(formatAll(['Seattle'], new Utf8())[0]).toEqual({
			text: 'Seattle',
			isNull: false,
			isNumeric: false
		});
	});

	it('shows lists and structs as JSON', () => {
		const list = formatAll([[1, 2, 3]], new List(new Field('item', new Int32())));
		expect(list[0].text).toBe('[1,2,3]');
		const struct = formatAll(
			[{ a: 1, b: 'x' }],
			new Struct([new Field('a', new Int32()), new Field('b', new Utf8())])
		);
		expect(struct[0].text).toBe('{"a":1,"b":"x"}');
	});
});

describe('cellKind', () => {
	it('classifies the Arrow types DuckDB produces', () => {
		expect(cellKind(new Int64())).toBe('integer');
		expect(cellKind(new Float64())).toBe('float');
		expect(cellKind(new DateDay())).toBe('date');
		expect(cellKind(new TimestampMicrosecond())).toBe('timestamp');
		expect(cellKind(new Utf8())).toBe('text');
	});
});

describe('decimalString', () => {
	it('pads small values with leading zeros', () => {
		expect(decimalString('5', 3)).toBe('0.005');
		expect(decimalString('-5', 3)).toBe('-0.005');
		expect(decimalString('12', 0)).toBe('12');
	});
});
