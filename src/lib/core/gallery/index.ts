/** The gallery's pure logic: search, sort, data status, titles, thumbnails, reading records. */
export { readSavedChart } from './read-chart';
export { foldText, searchCharts } from './search';
export { GALLERY_SORTS, isGallerySort, sortCharts } from './sort';
export { chartDataStatus } from './status';
export { isSafeThumbnail, MAX_THUMBNAIL_LENGTH } from './thumbnail';
export { copyTitle, MAX_TITLE_LENGTH, validateChartTitle, type TitleCheck } from './title';
export type {
	ChartDataStatus,
	ChartDatasetRef,
	DatasetFacts,
	GallerySort,
	SavedChart
} from './types';
