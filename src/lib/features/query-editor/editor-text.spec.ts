import { describe, expect, it } from 'vitest';
import { insertReference, insertText } from './editor-text';

describe('insertText', () => {
	it('inserts at the cursor', () => {
		expect(insertText('SELECT 1', 6, 6, '  ')).toEqual({ value: 'SELECT   1', cursor: 8 });
	});

	it('replaces the selection', () => {
		expect(insertText('SELECT abc', 7, 10, 'x')).toEqual({ value: 'SELECT x', cursor: 8 });
	});

	it('clamps positions past the end', () => {
		expect(insertText('ab', 10, 12, 'c')).toEqual({ value: 'abc', cursor: 3 });
	});
});

describe('insertReference', () => {
	it('adds a space after a word', () => {
		expect(insertReference('SELECT * FROM', 13, 13, '"weather"')).toEqual({
			value: 'SELECT * FROM "weather"',
			cursor: 23
		});
	});

	it('adds no space after whitespace or at the start', () => {
		expect(insertReference('FROM ', 5, 5, '"t"').value).toBe('FROM "t"');
		expect(insertReference('', 0, 0, '"t"').value).toBe('"t"');
	});
});
