/** Saving chart exports as files, and the file names they get. */

/** Offer `data` (a Blob, or a `data:` URL) as a download named `fileName`. */
export function downloadFile(data: Blob | string, fileName: string): void {
	const url = typeof data === 'string' ? data : URL.createObjectURL(data);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stem from a chart title: lower-case words joined by dashes, `chart` if none. */
export function fileStem(title: string | undefined): string {
	const stem = (title ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return stem === '' ? 'chart' : stem;
}
