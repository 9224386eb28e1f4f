/** Gallery orderings. Ties fall back to newest first, then id, so the order is stable. */
import type { GallerySort, SavedChart } from './types';

type Sortable = Pick<SavedChart, 'id' | 'title' | 'createdAt' | 'updatedAt'>;

export const GALLERY_SORTS: readonly { value: GallerySort; label: string }[] = [
	{ value: 'newest', label: 'Newest first' },
	{ value: 'oldest', label: 'Oldest first' },
	{ value: 'title', label: 'Title A–Z' },
	{ value: 'updated', label: 'Recently updated' }
];

export function isGallerySort(value: unknown): value is GallerySort {
	return GALLERY_SORTS.some((s) => s.value === value);
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A sorted copy of `charts`. */
export function sortCharts<T extends Sortable>(charts: readonly T[], order: GallerySort): T[] {
	return [...charts].sort((a, b) => compare(a, b, order) || newestFirst(a, b));
}

function compare(a: Sortable, b: Sortable, order: GallerySort): number {
	switch (order) {
		case 'newest':
			return b.createdAt - a.createdAt;
		case 'oldest':
			return a.createdAt - b.createdAt;
		case 'title':
			return collator.compare(a.title, b.title);
		case 'updated':
			return b.updatedAt - a.updatedAt;
	}
}

function newestFirst(a: Sortable, b: Sortable): number {
	return b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
