/**
 * Turning Arrow values into the text a grid cell shows. The formatter is chosen once per
 * column from the Arrow field type, then applied to each visible value.
 */
import { DataType, TimeUnit, type Field } from 'apache-arrow';
import { decimalString } from '$lib/core/format';

export type CellKind =
	| 'integer'
	| 'float'
	| 'decimal'
	| 'date'
	| 'timestamp'
	| 'time'
	| 'boolean'
	| 'text'
	| 'binary'
	| 'nested'
	| 'null'
	| 'other';

export interface CellText {
	text: string;
	isNull: boolean;
	/** Numbers are right-aligned. */
	isNumeric: boolean;
	/** The full value when `text` is shortened. */
	title?: string;
}

/** Longest text drawn in a cell; the rest is in the title. */
export const MAX_CELL_CHARS = 160;
/** Longest title kept; titles are not meant for megabytes of text. */
const MAX_TITLE_CHARS = 4000;

const NULL_CELL: CellText = Object.freeze({ text: 'null', isNull: true, isNumeric: false });

export function cellKind(type: DataType): CellKind {
	if (DataType.isDictionary(type)) return cellKind(type.dictionary);
	if (DataType.isNull(type)) return 'null';
	if (DataType.isInt(type)) return 'integer';
	if (DataType.isFloat(type)) return 'float';
	if (DataType.isDecimal(type)) return 'decimal';
	if (DataType.isDate(type)) return 'date';
	if (DataType.isTimestamp(type)) return 'timestamp';
	if (DataType.isTime(type)) return 'time';
	if (DataType.isBool(type)) return 'boolean';
	if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'text';
	if (DataType.isBinary(type) || DataType.isLargeBinary(type) || DataType.isFixedSizeBinary(type))
		return 'binary';
	if (
		DataType.isList(type) ||
		DataType.isStruct(type) ||
		DataType.isMap(type) ||
		DataType.isFixedSizeList(type) ||
		DataType.isUnion(type)
	)
		return 'nested';
	return 'other';
}

/** A formatter for the values of one column. `locale` is for tests; the UI uses the user's. */
export function createCellFormatter(
	field: Pick<Field, 'type'>,
	locale?: string
): (value: unknown) => CellText {
	const type: DataType = DataType.isDictionary(field.type) ? field.type.dictionary : field.type;
	const kind = cellKind(type);
	switch (kind) {
		case 'integer': {
			const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
			return numeric((value) => format.format(value as number | bigint));
		}
		case 'float': {
			const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
			return numeric((value) => {
				const n = Number(value);
				return Number.isFinite(n) ? format.format(n) : String(n);
			});
		}
		case 'decimal': {
			const scale = DataType.isDecimal(type) ? type.scale : 0;
			const format = new Intl.NumberFormat(locale, {
				minimumFractionDigits: scale,
				maximumFractionDigits: scale
			});
			return numeric((value) => {
				const exact = decimalString(String(value), scale);
				return format.format(exact as Intl.StringNumericLiteral);
			});
		}
		case 'date':
			return plain((value) => isoDate(toEpochMs(value)));
		case 'timestamp': {
			const hasZone = DataType.isTimestamp(type) && Boolean(type.timezone);
			return plain((value) => isoTimestamp(toEpochMs(value), hasZone));
		}
		case 'time': {
			const unit = DataType.isTime(type) ? type.unit : TimeUnit.MILLISECOND;
			return plain((value) => timeOfDay(value, unit));
		}
		case 'boolean':
			return plain((value) => (value ? 'true' : 'false'));
		case 'text':
			return plain((value) => String(value));
		case 'binary':
			return plain((value) => binaryText(value));
		case 'null':
			return () => NULL_CELL;
		default:
			return plain((value) => jsonText(value));
	}
}

function numeric(toText: (value: unknown) => string): (value: unknown) => CellText {
	return (value) =>
		value === null || value === undefined
			? NULL_CELL
			: { text: toText(value), isNull: false, isNumeric: true };
}

function plain(toText: (value: unknown) => string): (value: unknown) => CellText {
	return (value) => {
		if (value === null || value === undefined) return NULL_CELL;
		const full = toText(value);
		if (full.length <= MAX_CELL_CHARS) return { text: full, isNull: false, isNumeric: false };
		return {
			text: `${full.slice(0, MAX_CELL_CHARS - 1)}…`,
			isNull: false,
			isNumeric: false,
			title: full.length > MAX_TITLE_CHARS ? `${full.slice(0, MAX_TITLE_CHARS - 1)}…` : full
		};
	};
}

function toEpochMs(value: unknown): number {
	if (value instanceof Date) return value.getTime();
	return Number(value);
}

function isoDate(ms: number): string {
	if (!Number.isFinite(ms)) return String(ms);
	return new Date(ms).toISOString().slice(0, 10);
}

function isoTimestamp(ms: number, hasZone: boolean): string {
	if (!Number.isFinite(ms)) return String(ms);
	const iso = new Date(ms).toISOString().replace('T', ' ').replace('.000Z', 'Z');
	return hasZone ? iso : iso.replace('Z', '');
}

const UNITS_PER_SECOND: Record<TimeUnit, bigint> = {
	[TimeUnit.SECOND]: 1n,
	[TimeUnit.MILLISECOND]: 1_000n,
	[TimeUnit.MICROSECOND]: 1_000_000n,
	[TimeUnit.NANOSECOND]: 1_000_000_000n
};

function timeOfDay(value: unknown, unit: TimeUnit): string {
	const raw = typeof value === 'bigint' ? value : BigInt(Math.trunc(Number(value)));
	const perSecond = UNITS_PER_SECOND[unit];
	const seconds = raw / perSecond;
	const fraction = raw % perSecond;
	const hh = String(seconds / 3600n).padStart(2, '0');
	const mm = String((seconds / 60n) % 60n).padStart(2, '0');
	const ss = String(seconds % 60n).padStart(2, '0');
	const digits = String(perSecond).length - 1;
	const tail = fraction === 0n ? '' : `.${String(fraction).padStart(digits, '0')}`;
	return `${hh}:${mm}:${ss}${tail}`;
}

function binaryText(value: unknown): string {
	if (!(value instanceof Uint8Array)) return String(value);
	const head = Array.from(value.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
	return `\\x${head}${value.length > 16 ? '…' : ''} (${value.length} bytes)`;
}

function jsonText(value: unknown): string {
	if (typeof value !== 'object') return String(value);
	try {
		return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
	} catch {
		return String(value);
	}
}
