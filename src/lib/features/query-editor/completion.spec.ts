import { describe, expect, it } from 'vitest';
import type { CompletionName } from '$lib/state/completion-names';
import { acceptName, suggest, wordBefore } from './completion';

const names: CompletionName[] = [
	{ text: 'flights', insert: 'flights', kind: 'table' },
	{ text: 'ctx_travel__flights_airports', insert: 'ctx_travel__flights_airports', kind: 'view' },
	{ text: 'Flight No', insert: '"Flight No"', kind: 'column' },
	{ text: 'origin', insert: 'origin', kind: 'column' },
	{ text: 'avg_delay', insert: 'AVG(delay) /* avg_delay */', kind: 'metric' },
	{ text: 'delay', insert: 'delay', kind: 'column' },
	{ text: 'Überblick', insert: '"Überblick"', kind: 'table' }
];

describe('wordBefore', () => {
	it('takes the identifier characters before the cursor', () => {
		expect(wordBefore('SELECT * FROM fli', 17)).toEqual({ start: 14, word: 'fli' });
		expect(wordBefore('SELECT * FROM fli WHERE', 17)).toEqual({ start: 14, word: 'fli' });
		expect(wordBefore('SELECT x.', 9)).toEqual({ start: 9, word: '' });
		expect(wordBefore('FROM Über', 9)).toEqual({ start: 5, word: 'Über' });
	});
});

describe('suggest', () => {
	it('offers names that start with the word, tables before columns, ignoring case', () => {
		expect(suggest(names, 'FL').map((n) => n.text)).toEqual([
			'flights',
			'Flight No',
			'ctx_travel__flights_airports'
		]);
	});

	it('also finds a name by a part after an underscore, after the prefix matches', () => {
		expect(suggest(names, 'del').map((n) => n.text)).toEqual(['delay', 'avg_delay']);
		expect(suggest(names, 'trav').map((n) => n.text)).toEqual(['ctx_travel__flights_airports']);
	});

	it('offers nothing for one letter or for a name typed in full', () => {
		expect(suggest(names, 'f')).toEqual([]);
		expect(suggest(names, 'origin')).toEqual([]);
	});

	it('keeps a metric whose name is typed in full: choosing it inserts the expression', () => {
		expect(suggest(names, 'avg_delay').map((n) => n.kind)).toEqual(['metric']);
	});
});

describe('acceptName', () => {
	it('replaces the word before the cursor with the name as SQL', () => {
		expect(acceptName('SELECT * FROM fli', 17, names[0])).toEqual({
			value: 'SELECT * FROM flights',
			cursor: 21
		});
		expect(acceptName('SELECT fl FROM t', 9, names[2])).toEqual({
			value: 'SELECT "Flight No" FROM t',
			cursor: 18
		});
	});
});
