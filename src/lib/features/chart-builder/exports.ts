/** Chart exports as files, their names, and the small picture kept with a saved chart. */
import type { ChartExporter } from '$lib/components/chart-exporter';

/** Offer `data` (a Blob, or a base64 `data:` URL) as a download named `fileName`. */
export function downloadFile(data: Blob | string, fileName: string): void {
	const blob = typeof data === 'string' ? blobFromDataUrl(data) : data;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The bytes of a base64 `data:` URL (what vega gives for PNG) as a Blob. */
export function blobFromDataUrl(dataUrl: string): Blob {
	const match = /^data:([^;,]+)[^,]*;base64,(.*)$/s.exec(dataUrl);
	if (!match) throw new Error('Not a base64 data URL.');
	const binary = atob(match[2]);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return new Blob([bytes], { type: match[1] });
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

/** SVG thumbnails larger than this are replaced by a small PNG. */
export const MAX_SVG_THUMBNAIL_BYTES = 150_000;

/** The chart as an SVG `data:` URL, or a half-size PNG when the SVG is large. */
export async function thumbnailOf(exporter: ChartExporter): Promise<string | undefined> {
	try {
		const svg = await exporter.toSVG();
		if (svg.length <= MAX_SVG_THUMBNAIL_BYTES) {
			return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
		}
		return await exporter.toPNG(0.5);
	} catch {
		return undefined; // a chart without a thumbnail is still worth saving
	}
}
