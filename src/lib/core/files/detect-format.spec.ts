import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SourceFormat as EngineSourceFormat } from '$lib/engine/engine-api';
import {
	SOURCE_FORMATS,
	SUPPORTED_EXTENSIONS,
	detectFormat,
	isSourceFormat,
	type SourceFormat
} from './detect-format';

const text = (s: string) => new TextEncoder().encode(s);

describe('detectFormat by extension', () => {
	it.each([
		['sales.csv', 'csv'],
		['SALES.CSV', 'csv'],
		['a.tsv', 'tsv'],
		['a.tab', 'tsv'],
		['a.json', 'json'],
		['a.ndjson', 'ndjson'],
		['a.jsonl', 'ndjson'],
		['a.parquet', 'parquet'],
		['a.arrow', 'arrow'],
		['a.feather', 'arrow'],
		['a.ipc', 'arrow'],
		['my.data.v2.csv', 'csv']
	])('%s → %s', (name, format) => {
		expect(detectFormat(name)).toEqual({ ok: true, format });
	});

	it('names the supported extensions for an unknown one', () => {
		const result = detectFormat('notes.docx');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toContain('notes.docx');
		expect(result.message).toContain('.docx files are not supported');
		for (const ext of SUPPORTED_EXTENSIONS) expect(result.message).toContain(ext);
	});

	it('gives specific advice for spreadsheets, .txt and archives', () => {
		expect(detectFormat('budget.xlsx')).toMatchObject({
			ok: false,
			message: expect.stringContaining('save the sheet as CSV')
		});
		expect(detectFormat('dump.txt')).toMatchObject({
			ok: false,
			message: expect.stringContaining('rename it to .csv or .tsv')
		});
		expect(detectFormat('data.csv.gz')).toMatchObject({
			ok: false,
			message: expect.stringContaining('decompress')
		});
	});

	it('explains a file without an extension', () => {
		expect(detectFormat('README')).toMatchObject({
			ok: false,
			message: expect.stringContaining('no file extension')
		});
		expect(detectFormat('.csv')).toMatchObject({
			ok: false,
			message: expect.stringContaining('no file extension')
		});
	});
});

describe('detectFormat with the first bytes', () => {
	it('recognizes Parquet and Arrow by their magic bytes whatever the name', () => {
		expect(detectFormat('export.bin', text('PAR1\x15\x04'))).toEqual({
			ok: true,
			format: 'parquet'
		});
		expect(detectFormat('export.csv', text('ARROW1\0\0'))).toEqual({ ok: true, format: 'arrow' });
		expect(detectFormat('stream.dat', new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x10]))).toEqual({
			ok: true,
			format: 'arrow'
		});
	});

	it('rejects binary content named as text', () => {
		const result = detectFormat('photo.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
		expect(result).toMatchObject({
			ok: false,
			message: expect.stringContaining('binary file, not CSV')
		});
	});

	it('keeps text formats for text content', () => {
		expect(detectFormat('a.csv', text('a,b\n1,2\n'))).toEqual({ ok: true, format: 'csv' });
		expect(detectFormat('a.json', text('[{"a":1},\n{"a":2}]'))).toEqual({
			ok: true,
			format: 'json'
		});
		expect(detectFormat('a.json', text('{\n  "rows": []\n}'))).toEqual({
			ok: true,
			format: 'json'
		});
	});

	it('reads a .json file with one object per line as NDJSON', () => {
		expect(detectFormat('a.json', text('\uFEFF{"a":1}\r\n{"a":2}\n'))).toEqual({
			ok: true,
			format: 'ndjson'
		});
	});

	it('still reports unsupported extensions for text content', () => {
		expect(detectFormat('a.md', text('# hi')).ok).toBe(false);
	});
});

it('uses the same format names as the engine protocol', () => {
	expectTypeOf<SourceFormat>().toEqualTypeOf<EngineSourceFormat>();
});

describe('isSourceFormat', () => {
	it('accepts every format name and nothing else', () => {
		for (const format of SOURCE_FORMATS) expect(isSourceFormat(format)).toBe(true);
		expect(isSourceFormat('xlsx')).toBe(false);
		expect(isSourceFormat('CSV')).toBe(false);
	});
});
