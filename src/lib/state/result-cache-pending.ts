/**
 * The result cache's writes started in this page and not yet finished (results being stored,
 * counts being written). A reload the app makes itself (an update applied, "Reload Quarry")
 * waits for them first, so that a result stored the moment it was shown is not lost with the
 * page. Each write is one IndexedDB transaction: it is stored whole or not at all, and a reader
 * never sees part of a record.
 *
 * Chromium aborts the IndexedDB transactions still running when a page unloads (measured in
 * the test build: a put of 100 KB started just before `location.reload()` was lost in two of
 * three tries, one of 2 MB every time). A stored entry is therefore written in a transaction
 * committed as it is sent (ResultCacheRepo.put), which survives a reload that comes while the
 * page is busy drawing the result; waiting here covers what that cannot (a large entry, the
 * counts, the byte cap).
 */

const inFlight = new Set<Promise<unknown>>();

/** How long a reload waits at most for writes to finish (a stuck database must not hold it). */
export const MAX_WAIT_MS = 2_000;

/** Note `write` as started; it is forgotten once it settles. Returns `write`. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
	inFlight.add(write);
	void (async () => {
		try {
			await write;
		} catch {
			// The writer reports its own failure; here it only ends the wait.
		} finally {
			inFlight.delete(write);
		}
	})();
	return write;
}

/** How many writes are started and not yet finished. */
export function writesInFlight(): number {
	return inFlight.size;
}

/**
 * Resolves once every write started before the call has finished or failed (never rejects), or
 * after `maxMs` when one has not.
 */
export async function writesFinished(maxMs = MAX_WAIT_MS): Promise<void> {
	if (inFlight.size === 0) return;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxMs)));
	await Promise.race([Promise.allSettled([...inFlight]), waited]);
	clearTimeout(timer);
}

/** Reload the page once the writes started so far have finished (at most `MAX_WAIT_MS` later). */
export async function reloadWhenWritten(
	reload: () => void = () => location.reload()
): Promise<void> {
	await writesFinished();
	reload();
}
