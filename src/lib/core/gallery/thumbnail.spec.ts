import { describe, expect, it } from 'vitest';
import { isSafeThumbnail, MAX_THUMBNAIL_LENGTH } from './thumbnail';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>';

describe('isSafeThumbnail', () => {
	it('accepts PNG and SVG data URLs', () => {
		expect(isSafeThumbnail('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
		expect(isSafeThumbnail(`data:image/svg+xml;base64,${btoa(svg)}`)).toBe(true);
		expect(isSafeThumbnail(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`)).toBe(
			true
		);
	});

	it('refuses other types, other schemes and malformed bodies', () => {
		expect(isSafeThumbnail('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
		expect(isSafeThumbnail('data:image/jpeg;base64,AAAA')).toBe(false);
		expect(isSafeThumbnail('https://example.com/x.png')).toBe(false);
		expect(isSafeThumbnail('javascript:alert(1)')).toBe(false);
		expect(isSafeThumbnail('data:image/png;base64,<script>')).toBe(false);
		expect(isSafeThumbnail(`data:image/svg+xml,${svg}`)).toBe(false);
		expect(isSafeThumbnail('data:image/svg+xml,%E0%A4%A')).toBe(false);
		expect(isSafeThumbnail(42)).toBe(false);
	});

	it('refuses thumbnails over the size limit', () => {
		const big = `data:image/png;base64,${'A'.repeat(MAX_THUMBNAIL_LENGTH)}`;
		expect(isSafeThumbnail(big)).toBe(false);
	});
});
