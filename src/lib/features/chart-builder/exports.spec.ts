import { describe, expect, it } from 'vitest';
import { blobFromDataUrl, fileStem, thumbnailOf } from './exports';

describe('fileStem', () => {
	it('makes a plain file name from a title', () => {
		expect(fileStem('Mean temp_max by Month (2012–2015)')).toBe('mean-temp-max-by-month-2012-2015');
		expect(fileStem('Crème brûlée')).toBe('creme-brulee');
		expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
		expect(fileStem('   ')).toBe('chart');
		expect(fileStem(undefined)).toBe('chart');
		expect(fileStem('x'.repeat(100))).toHaveLength(60);
	});
});

describe('blobFromDataUrl', () => {
	it('decodes the bytes and type of a base64 data URL', async () => {
		const blob = blobFromDataUrl('data:image/png;base64,iVBORw0KGgo=');
		expect(blob.type).toBe('image/png');
		expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
		]);
	});

	it('refuses anything else', () => {
		expect(() => blobFromDataUrl('https://example.com/x.png')).toThrow(/data URL/);
	});
});

describe('thumbnailOf', () => {
	const png = 'data:image/png;base64,AAAA';
	it('uses the SVG when it is small and a PNG when it is large', async () => {
		const small = { toSVG: async () => '<svg/>', toPNG: async () => png };
		expect(await thumbnailOf(small)).toBe('data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E');
		const large = {
			toSVG: async () => `<svg>${'x'.repeat(200_000)}</svg>`,
			toPNG: async () => png
		};
		expect(await thumbnailOf(large)).toBe(png);
	});

	it('gives none when the chart cannot be exported', async () => {
		const broken = {
			toSVG: async () => Promise.reject(new Error('gone')),
			toPNG: async () => png
		};
		expect(await thumbnailOf(broken)).toBeUndefined();
	});
});
