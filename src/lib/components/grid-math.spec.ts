import { describe, expect, it } from 'vitest';
import {
	columnWidth,
	gridGeometry,
	MAX_VIRTUAL_HEIGHT,
	naturalGridHeight,
	rowTop,
	sampleIndexes,
	scrollTopForRow,
	visibleWindow
} from './grid-math';

const rowHeight = 28;
const viewportHeight = 280; // ten rows

describe('gridGeometry', () => {
	it('uses the natural height for small results', () => {
		expect(gridGeometry(100, rowHeight)).toEqual({ bodyHeight: 2800, isScaled: false });
	});

	it('caps the height for a million rows so the browser can lay it out', () => {
		const geometry = gridGeometry(1_000_000, rowHeight);
		expect(geometry.isScaled).toBe(true);
		expect(geometry.bodyHeight).toBe(MAX_VIRTUAL_HEIGHT);
		expect(geometry.bodyHeight).toBeLessThan(16_000_000);
	});

	it('has no height for an empty result', () => {
		expect(gridGeometry(0, rowHeight).bodyHeight).toBe(0);
	});
});

describe('visibleWindow', () => {
	it('maps scrollTop to rows one-to-one when not scaled', () => {
		const window = visibleWindow({ scrollTop: 28 * 40, viewportHeight, rowCount: 100, rowHeight });
		expect(window.firstRow).toBeCloseTo(40);
		expect(window.start).toBe(34);
		expect(window.end).toBe(56);
	});

	it('renders only a screenful plus overscan of a million rows', () => {
		const window = visibleWindow({
			scrollTop: 0,
			viewportHeight,
			rowCount: 1_000_000,
			rowHeight,
			overscan: 5
		});
		expect(window).toEqual({ firstRow: 0, start: 0, end: 15 });
	});

	it('reaches the last of a million rows at the bottom of a scaled body', () => {
		const maxScroll = MAX_VIRTUAL_HEIGHT - viewportHeight;
		const window = visibleWindow({
			scrollTop: maxScroll,
			viewportHeight,
			rowCount: 1_000_000,
			rowHeight
		});
		expect(window.end).toBe(1_000_000);
		expect(window.firstRow).toBeCloseTo(1_000_000 - 10);
		// The last row is drawn flush with the bottom of the viewport.
		const top = rowTop(999_999, maxScroll, window.firstRow, rowHeight);
		expect(top + rowHeight).toBeCloseTo(maxScroll + viewportHeight);
	});

	it('maps the middle of a scaled body to the middle rows', () => {
		const maxScroll = MAX_VIRTUAL_HEIGHT - viewportHeight;
		const window = visibleWindow({
			scrollTop: maxScroll / 2,
			viewportHeight,
			rowCount: 1_000_000,
			rowHeight
		});
		expect(window.firstRow).toBeCloseTo((1_000_000 - 10) / 2);
	});

	it('clamps scroll positions past either end', () => {
		expect(
			visibleWindow({ scrollTop: -50, viewportHeight, rowCount: 100, rowHeight }).firstRow
		).toBe(0);
		const past = visibleWindow({ scrollTop: 1e9, viewportHeight, rowCount: 100, rowHeight });
		expect(past.firstRow).toBeCloseTo(90);
		expect(past.end).toBe(100);
	});

	it('shows every row when they all fit', () => {
		expect(visibleWindow({ scrollTop: 0, viewportHeight, rowCount: 3, rowHeight })).toEqual({
			firstRow: 0,
			start: 0,
			end: 3
		});
	});

	it('shows nothing for no rows', () => {
		expect(visibleWindow({ scrollTop: 0, viewportHeight, rowCount: 0, rowHeight }).end).toBe(0);
	});
});

describe('scrollTopForRow', () => {
	it('is the inverse of visibleWindow in a scaled body', () => {
		const options = { viewportHeight, rowCount: 1_000_000, rowHeight };
		const scrollTop = scrollTopForRow({ ...options, index: 123_456 });
		expect(visibleWindow({ ...options, scrollTop }).firstRow).toBeCloseTo(123_456);
	});

	it('is index × rowHeight when not scaled', () => {
		expect(scrollTopForRow({ index: 20, viewportHeight, rowCount: 100, rowHeight })).toBeCloseTo(
			560
		);
	});
});

describe('columnWidth', () => {
	it('fits the longest of header and sample', () => {
		expect(columnWidth(4, [2, 10])).toBeGreaterThan(columnWidth(4, [2, 3]));
	});

	it('stays within sensible bounds', () => {
		expect(columnWidth(1, [])).toBe(64);
		expect(columnWidth(500, [])).toBe(320);
	});
});

describe('sampleIndexes', () => {
	it('takes every row of a short result', () => {
		expect(sampleIndexes(3, 30)).toEqual([0, 1, 2]);
	});

	it('samples the start, middle and end of a long result', () => {
		const picks = sampleIndexes(1_000_000, 30);
		expect(picks).toHaveLength(30);
		expect(picks[0]).toBe(0);
		expect(picks.at(-1)).toBe(999_999);
		expect(picks.some((i) => i > 400_000 && i < 600_000)).toBe(true);
	});
});

describe('naturalGridHeight', () => {
	it('grows with the rows and leaves room for at least two', () => {
		expect(naturalGridHeight(5)).toBeGreaterThan(naturalGridHeight(2));
		expect(naturalGridHeight(0)).toBe(naturalGridHeight(2));
	});
});
