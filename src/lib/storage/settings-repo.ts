/** User settings as typed key/value pairs. */
import type { LlmSettings } from '$lib/core/ask/llm-settings';
import type { QuarryDB } from './db';

export interface Settings {
	theme: 'light' | 'dark' | 'system';
	/** The optional LLM tier for questions: an OpenAI-compatible endpoint (checked when saved). */
	llm: LlmSettings;
	/** Optional Quarry server for sign-in, sync and share links. */
	serverUrl: string;
	/** Result cache: time to live, cap on all stored bytes, largest result stored. */
	resultCacheTtlMs: number;
	resultCacheMaxBytes: number;
	resultCacheMaxEntryBytes: number;
	/** How long measured context reports are kept. */
	contextCacheTtlMs: number;
	askCacheTtlMs: number;
	/** Caps on the answer cache (least recently used answers go first). */
	askCacheMaxEntries: number;
	askCacheMaxBytes: number;
}

export type SettingKey = keyof Settings;

export class SettingsRepo {
	readonly #db: QuarryDB;

	constructor(db: QuarryDB) {
		this.#db = db;
	}

	async get<K extends SettingKey>(key: K): Promise<Settings[K] | undefined> {
		const record = await this.#db.settings.get(key);
		return record?.value as Settings[K] | undefined;
	}

	async set<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
		await this.#db.settings.put({ key, value });
	}

	async remove(key: SettingKey): Promise<void> {
		await this.#db.settings.delete(key);
	}

	/** Every stored setting (unset ones are absent). */
	async getAll(): Promise<Partial<Settings>> {
		const records = await this.#db.settings.toArray();
		return Object.fromEntries(records.map((r) => [r.key, r.value])) satisfies Record<
			string,
			unknown
		>;
	}
}
