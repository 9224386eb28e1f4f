/**
 * Named spans on the Performance timeline (`quarry:<phase>`), in the page and in the engine
 * worker. They show in DevTools' Performance panel and `tests/bench/phases.mjs` reads them.
 * Cheap enough to leave on: one entry per phase, and the buffer is trimmed.
 */

const MAX_ENTRIES = 400;

/** Start a span; call the returned function to end it. */
export function startSpan(name: string): () => void {
	const start = performance.now();
	return () => {
		try {
			if (performance.getEntriesByType('measure').length > MAX_ENTRIES) {
				performance.clearMeasures();
			}
			performance.measure(`quarry:${name}`, { start, end: performance.now() });
		} catch {
			// timing is best effort (e.g. no Performance timeline in this runtime)
		}
	};
}

/** Run `body` inside a span named `name`. */
export async function timed<T>(name: string, body: () => Promise<T> | T): Promise<T> {
	const end = startSpan(name);
	try {
		return await body();
	} finally {
		end();
	}
}
