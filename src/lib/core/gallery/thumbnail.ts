/**
 * Thumbnails are shown as <img src>, which never runs scripts, but they come from storage (and
 * later from sync), so only small SVG and PNG data URLs are accepted.
 */

/** Longest data URL accepted, in characters (a 150 KB SVG, percent-encoded, fits). */
export const MAX_THUMBNAIL_LENGTH = 512 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** What encodeURIComponent leaves in a string. */
const URI_COMPONENT = /^[A-Za-z0-9\-_.!~*'()%]*$/;
const SVG = /^data:image\/svg\+xml(;charset=utf-8)?(;base64)?,/i;
const PNG = /^data:image\/png;base64,/i;

/** True for `data:image/svg+xml…` and `data:image/png;base64,…` URLs of acceptable size. */
export function isSafeThumbnail(url: unknown): url is string {
	if (typeof url !== 'string' || url.length > MAX_THUMBNAIL_LENGTH) return false;
	const png = PNG.exec(url);
	if (png) return BASE64.test(url.slice(png[0].length));
	const svg = SVG.exec(url);
	if (!svg) return false;
	const body = url.slice(svg[0].length);
	return svg[2] ? BASE64.test(body) : URI_COMPONENT.test(body) && decodes(body);
}

function decodes(body: string): boolean {
	try {
		decodeURIComponent(body);
		return true;
	} catch {
		return false;
	}
}
