/**
 * Files that ship with the app (static/, precached by the service worker), read from the app's
 * own origin: they load offline too.
 */

/** A sample data file from static/samples/. */
export async function fetchSample(name: string): Promise<Blob> {
	const response = await fetch(`/samples/${encodeURIComponent(name)}`);
	if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
	return response.blob();
}
