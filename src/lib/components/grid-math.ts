/**
 * Geometry of a virtualised grid with fixed-height rows.
 *
 * Browsers cap the height of an element (about 16.7 million px in Chromium, less elsewhere), so a
 * grid of a million rows cannot be one row-height per row tall. When the natural height would be
 * larger than `MAX_VIRTUAL_HEIGHT`, the scrollable body is capped and the scroll position is
 * mapped proportionally onto the row range, so the first and last rows stay reachable.
 */

/** Row and header heights of DataGrid, in px. */
export const GRID_ROW_HEIGHT = 28;
export const GRID_HEADER_HEIGHT = 44;

/**
 * Height a DataGrid needs to show `rowCount` rows without scrolling (plus room for a horizontal
 * scrollbar), so short results get a short grid. Callers cap it with CSS `min()`.
 */
export function naturalGridHeight(rowCount: number): number {
	return GRID_HEADER_HEIGHT + Math.max(2, rowCount) * GRID_ROW_HEIGHT + 18;
}

/** Tallest scrollable body Quarry uses; well below every browser's limit. */
export const MAX_VIRTUAL_HEIGHT = 10_000_000;

export interface GridGeometry {
	/** Height in px of the scrollable body (capped). */
	bodyHeight: number;
	/** True when the body is shorter than rows × rowHeight and scrolling is scaled. */
	isScaled: boolean;
}

export interface VisibleWindow {
	/** Fractional index of the row at the top edge of the viewport. */
	firstRow: number;
	/** First row to render (inclusive, with overscan). */
	start: number;
	/** Row after the last one to render (exclusive, with overscan). */
	end: number;
}

export function gridGeometry(
	rowCount: number,
	rowHeight: number,
	maxHeight = MAX_VIRTUAL_HEIGHT
): GridGeometry {
	const natural = Math.max(0, rowCount) * rowHeight;
	return natural > maxHeight
		? { bodyHeight: maxHeight, isScaled: true }
		: { bodyHeight: natural, isScaled: false };
}

/**
 * Which rows are visible for a scroll position.
 * `scrollTop` is measured from the top of the body; `viewportHeight` is the height of the part
 * of the body that is visible (without the sticky header).
 */
export function visibleWindow(options: {
	scrollTop: number;
	viewportHeight: number;
	rowCount: number;
	rowHeight: number;
	overscan?: number;
	maxHeight?: number;
}): VisibleWindow {
	const { viewportHeight, rowCount, rowHeight, overscan = 6 } = options;
	if (rowCount <= 0) return { firstRow: 0, start: 0, end: 0 };
	const { bodyHeight } = gridGeometry(rowCount, rowHeight, options.maxHeight);
	const visibleRows = viewportHeight / rowHeight;
	const maxScroll = Math.max(0, bodyHeight - viewportHeight);
	const maxFirst = Math.max(0, rowCount - visibleRows);
	const scrollTop = clamp(options.scrollTop, 0, maxScroll);
	const firstRow = maxScroll === 0 ? 0 : (scrollTop / maxScroll) * maxFirst;
	const start = Math.max(0, Math.floor(firstRow) - overscan);
	const end = Math.min(rowCount, Math.ceil(firstRow + visibleRows) + overscan);
	return { firstRow, start, end };
}

/** Top offset (px, inside the body) at which row `index` is drawn. */
export function rowTop(index: number, scrollTop: number, firstRow: number, rowHeight: number) {
	return scrollTop + (index - firstRow) * rowHeight;
}

/** The scrollTop that puts row `index` at the top of the viewport (inverse of visibleWindow). */
export function scrollTopForRow(options: {
	index: number;
	viewportHeight: number;
	rowCount: number;
	rowHeight: number;
	maxHeight?: number;
}): number {
	const { index, viewportHeight, rowCount, rowHeight } = options;
	const { bodyHeight } = gridGeometry(rowCount, rowHeight, options.maxHeight);
	const maxScroll = Math.max(0, bodyHeight - viewportHeight);
	const maxFirst = Math.max(0, rowCount - viewportHeight / rowHeight);
	if (maxFirst === 0) return 0;
	return (clamp(index, 0, maxFirst) / maxFirst) * maxScroll;
}

/** Up to `count` row indexes spread over the start, middle and end of `rowCount` rows. */
export function sampleIndexes(rowCount: number, count: number): number[] {
	if (rowCount <= count) return Array.from({ length: Math.max(0, rowCount) }, (_, i) => i);
	const third = Math.floor(count / 3);
	const middle = Math.floor(rowCount / 2 - third / 2);
	const picks = new Set<number>();
	for (let i = 0; i < third; i++) {
		picks.add(i);
		picks.add(middle + i);
		picks.add(rowCount - 1 - i);
	}
	return [...picks].sort((a, b) => a - b);
}

/** Width in px for a column from the lengths of its header and a sample of its values. */
export function columnWidth(headerChars: number, sampleChars: number[], charWidth = 7.5): number {
	const longest = Math.max(headerChars, ...sampleChars);
	return Math.round(clamp(longest * charWidth + 24, 64, 320));
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
