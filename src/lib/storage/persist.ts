/**
 * Keeping Quarry's data: persistent storage, usage estimates and quota errors.
 * Each function takes the StorageManager so tests can pass their own; it defaults to the browser's.
 */
import { Dexie } from 'dexie';

export type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function defaultManager(): StorageManagerLike | undefined {
	return globalThis.navigator?.storage;
}

/** Ask the browser not to evict Quarry's data. Resolves false when refused or unsupported. */
export async function requestPersistence(
	manager: StorageManagerLike | undefined = defaultManager()
): Promise<boolean> {
	try {
		return (await manager?.persist?.()) ?? false;
	} catch {
		return false;
	}
}

/** Whether storage is already persistent; null when the browser cannot say. */
export async function isPersisted(
	manager: StorageManagerLike | undefined = defaultManager()
): Promise<boolean | null> {
	try {
		return (await manager?.persisted?.()) ?? null;
	} catch {
		return null;
	}
}

/** Bytes used and available to Quarry; null when the browser cannot say. */
export async function estimate(
	manager: StorageManagerLike | undefined = defaultManager()
): Promise<{ usage: number; quota: number } | null> {
	try {
		const result = await manager?.estimate?.();
		if (!result || result.usage === undefined || result.quota === undefined) return null;
		return { usage: result.usage, quota: result.quota };
	} catch {
		return null;
	}
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether `err` means the browser refused to store more data: a DOMException named
 * QuotaExceededError (code 22; Firefox's older name too), Dexie's QuotaExceededError, or any
 * Dexie error (AbortError, BulkError…) caused by one.
 */
export function isQuotaError(err: unknown, depth = 0): boolean {
	if (depth > 5 || typeof err !== 'object' || err === null) return false;
	if (err instanceof Dexie.QuotaExceededError) return true;
	const { name, code, inner, failures } = err as {
		name?: unknown;
		code?: unknown;
		inner?: unknown;
		failures?: unknown;
	};
	if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
	if (err instanceof DOMException && code === 22) return true;
	if (isQuotaError(inner, depth + 1)) return true;
	const list = Array.isArray(failures)
		? failures
		: failures && typeof failures === 'object'
			? Object.values(failures)
			: [];
	return list.some((failure) => isQuotaError(failure, depth + 1));
}

/** A sentence for a storage error: quota errors explained, others with the browser's message. */
export function describeStorageError(err: unknown): string {
	if (isQuotaError(err)) {
		return 'Not enough storage space on this device. Free space by deleting datasets.';
	}
	const message = err instanceof Error ? err.message : String(err);
	return `Could not save to this browser's storage: ${message}`;
}
