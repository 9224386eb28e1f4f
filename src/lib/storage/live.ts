/**
 * Live reads: run a read now and again whenever the tables it read change, in this tab or in
 * any other tab of the same origin (Dexie's liveQuery observes IndexedDB writes across tabs).
 * State classes use this so that an import, rename or delete in one tab shows in the others.
 */
import { liveQuery } from 'dexie';

/**
 * Call `onValue` with the result of `read` now and after every change to what it read.
 * Returns a function that stops watching. `read` must only use the database (no other I/O).
 */
export function watch<T>(
	read: () => Promise<T>,
	onValue: (value: T) => void,
	onError: (error: unknown) => void = () => {}
): () => void {
	const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
	return () => subscription.unsubscribe();
}
