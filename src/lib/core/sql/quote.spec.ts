import { describe, expect, it } from 'vitest';
import { quoteIdent, quoteLiteral, quoteString } from './quote';

describe('quoteIdent', () => {
	it('wraps names in double quotes and doubles embedded quotes', () => {
		expect(quoteIdent('price')).toBe('"price"');
		expect(quoteIdent('my "col"')).toBe('"my ""col"""');
		expect(quoteIdent('select')).toBe('"select"');
	});
});

describe('quoteString / quoteLiteral', () => {
	it('escapes single quotes', () => {
		expect(quoteString("O'Hare")).toBe("'O''Hare'");
	});
	it('renders numbers, booleans, null and rejects non-finite numbers', () => {
		expect(quoteLiteral(3.5)).toBe('3.5');
		expect(quoteLiteral(true)).toBe('TRUE');
		expect(quoteLiteral(null)).toBe('NULL');
		expect(quoteLiteral(10n)).toBe('10');
		expect(() => quoteLiteral(Number.NaN)).toThrow(RangeError);
	});
});
