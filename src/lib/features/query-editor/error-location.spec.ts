import { describe, expect, it } from 'vitest';
import { locateError, splitErrorKind } from './error-location';

describe('locateError', () => {
	it('finds the line and column of an offset on the first line', () => {
		expect(locateError('SELEC 1', 0)).toEqual({
			line: 1,
			column: 1,
			lineText: 'SELEC 1',
			caret: '^'
		});
	});

	it('finds a spot on a later line and lines the caret up under it', () => {
		const sql = 'SELECT *\nFROM wether\nLIMIT 5';
		const location = locateError(sql, sql.indexOf('wether'));
		expect(location).toEqual({
			line: 2,
			column: 6,
			lineText: 'FROM wether',
			caret: '     ^'
		});
	});

	it('keeps tabs so the caret lines up under indented text', () => {
		const location = locateError('SELECT\n\tx FROM t', 9);
		expect(location?.caret).toBe('\t ^');
		expect(location?.column).toBe(3);
	});

	it('points just past the end for an error at the end of the text', () => {
		expect(locateError('SELECT', 6)).toMatchObject({ line: 1, column: 7, caret: '      ^' });
	});

	it('gives nothing for an offset outside the text', () => {
		expect(locateError('SELECT 1', 99)).toBeNull();
		expect(locateError('SELECT 1', -1)).toBeNull();
	});
});

describe('splitErrorKind', () => {
	it('splits the kind off a DuckDB message', () => {
		expect(
			splitErrorKind(
				'Catalog Error: Table with name wether does not exist!\nDid you mean "weather"?'
			)
		).toEqual({
			kind: 'Catalog Error',
			text: 'Table with name wether does not exist!\nDid you mean "weather"?'
		});
	});

	it('leaves a plain message alone', () => {
		expect(splitErrorKind('The query was cancelled.')).toEqual({
			kind: null,
			text: 'The query was cancelled.'
		});
	});
});
