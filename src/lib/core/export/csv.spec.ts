import { describe, expect, it } from 'vitest';
import { columnsOf, csvField, toCsv } from './csv';

describe('csvField', () => {
	it('quotes commas, quotes and line breaks, doubling quotes', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\rhere')).toBe('"cr\rhere"');
	});

	it('writes empty fields for null, undefined and non-finite numbers', () => {
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
		expect(csvField(Number.NaN)).toBe('');
		expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
	});

	it('keeps numbers, bigints and booleans as they are, negative numbers included', () => {
		expect(csvField(-3.5)).toBe('-3.5');
		expect(csvField(12345678901234567890n)).toBe('12345678901234567890');
		expect(csvField(true)).toBe('true');
		expect(csvField(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe('2024-01-02T03:04:05.000Z');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tx')).toBe("'\tx");
		expect(csvField('=1', { guardFormulas: false })).toBe('=1');
	});
});

describe('toCsv', () => {
	it('writes a header and one CRLF-terminated line per row, in column order', () => {
		const csv = toCsv(
			['city', 'total'],
			[
				{ total: 10, city: 'Oslo' },
				{ city: 'Lima, Peru', total: null }
			]
		);
		expect(csv).toBe('city,total\r\nOslo,10\r\n"Lima, Peru",\r\n');
	});

	it('writes only the header when there are no rows', () => {
		expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
	});
});

describe('columnsOf', () => {
	it('lists every key in first-seen order', () => {
		expect(columnsOf([{ a: 1 }, { b: 2, a: 3 }, {}])).toEqual(['a', 'b']);
	});
});
