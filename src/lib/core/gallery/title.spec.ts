import { describe, expect, it } from 'vitest';
import { copyTitle, MAX_TITLE_LENGTH, validateChartTitle } from './title';

describe('validateChartTitle', () => {
	it('trims the title', () => {
		expect(validateChartTitle('  Sales by month \n')).toEqual({
			ok: true,
			title: 'Sales by month'
		});
	});

	it('refuses blank and over-long titles with a reason', () => {
		expect(validateChartTitle('   ')).toEqual({ ok: false, message: 'A chart needs a title.' });
		const long = validateChartTitle('x'.repeat(MAX_TITLE_LENGTH + 1));
		expect(long.ok).toBe(false);
		expect(!long.ok && long.message).toContain('at most 120 characters (this one has 121)');
	});

	it('counts characters, not UTF-16 units', () => {
		expect(validateChartTitle('📈'.repeat(MAX_TITLE_LENGTH)).ok).toBe(true);
	});
});

describe('copyTitle', () => {
	it('prefixes "Copy of"', () => {
		expect(copyTitle('Sales')).toBe('Copy of Sales');
	});

	it('stays a valid title when the original is long', () => {
		const copy = copyTitle('y'.repeat(MAX_TITLE_LENGTH));
		expect([...copy]).toHaveLength(MAX_TITLE_LENGTH);
		expect(copy.endsWith('y…')).toBe(true);
		expect(validateChartTitle(copy).ok).toBe(true);
	});
});
