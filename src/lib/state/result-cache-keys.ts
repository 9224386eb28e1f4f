/**
 * A plan's two hashes, computed once per text (and fingerprints) in a session: the key (the
 * normalised text with the fingerprints of the tables read) and the read key (the text alone).
 */
import { resultCacheKey, type TableRead } from '$lib/core/result-cache/cache-key';
import { sha256Text } from './sha256';

const MAX_REMEMBERED = 500;

export class PlanKeys {
	readonly #keys = new Map<string, { key: string; readKey: string }>();
	readonly #readKeys = new Map<string, string>();

	/** The key and read key of `keyed` (normalised text) reading `reads`. */
	async keysOf(keyed: string, reads: TableRead[]): Promise<{ key: string; readKey: string }> {
		const memoKey = JSON.stringify([keyed, reads.map((r) => [r.tableName, r.fingerprint])]);
		const known = this.#keys.get(memoKey);
		if (known) return known;
		const [key, readKey] = await Promise.all([
			resultCacheKey(keyed, reads, sha256Text),
			this.readKeyOf(keyed)
		]);
		remember(this.#keys, memoKey, { key, readKey });
		return { key, readKey };
	}

	/** The read key of `keyed` (normalised text). */
	async readKeyOf(keyed: string): Promise<string> {
		const known = this.#readKeys.get(keyed);
		if (known) return known;
		const readKey = await sha256Text(keyed);
		remember(this.#readKeys, keyed, readKey);
		return readKey;
	}
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
	if (map.size >= MAX_REMEMBERED) map.clear();
	map.set(key, value);
}
