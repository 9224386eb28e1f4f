/** One handle on Quarry's local storage: the database and a repo per table. */
import { QuarryDB, DEFAULT_DB_NAME } from './db';
import { ActivityRepo } from './activity-repo';
import { AskCacheRepo } from './ask-cache-repo';
import { ChartsRepo } from './charts-repo';
import { ContextCacheRepo } from './context-cache-repo';
import { ContextsRepo } from './contexts-repo';
import { DatasetsRepo } from './datasets-repo';
import { QueriesRepo } from './queries-repo';
import { ResultCacheRepo } from './result-cache-repo';
import { SettingsRepo } from './settings-repo';
import { SyncRepo } from './sync-repo';

export interface QuarryStorage {
	db: QuarryDB;
	datasets: DatasetsRepo;
	queries: QueriesRepo;
	activity: ActivityRepo;
	charts: ChartsRepo;
	contexts: ContextsRepo;
	settings: SettingsRepo;
	askCache: AskCacheRepo;
	contextCache: ContextCacheRepo;
	resultCache: ResultCacheRepo;
	/** The outbox, base versions, cursor and account of sync, and the applier. */
	sync: SyncRepo;
}

export interface OpenStorageOptions {
	/** IndexedDB database name (tests use a fresh one each). */
	name?: string;
	now?: () => number;
	newId?: () => string;
}

/** Create the repos over a database; Dexie opens (and migrates) it on first use. */
export function openStorage(options: OpenStorageOptions = {}): QuarryStorage {
	const db = new QuarryDB(options.name ?? DEFAULT_DB_NAME, { now: options.now });
	const now = options.now ?? Date.now;
	const newId = options.newId ?? (() => crypto.randomUUID());
	return {
		db,
		datasets: new DatasetsRepo(db, now),
		queries: new QueriesRepo(db, newId),
		activity: new ActivityRepo(db, now, newId),
		charts: new ChartsRepo(db, now, newId),
		contexts: new ContextsRepo(db, now),
		settings: new SettingsRepo(db),
		askCache: new AskCacheRepo(db),
		contextCache: new ContextCacheRepo(db),
		resultCache: new ResultCacheRepo(db),
		sync: new SyncRepo(db, now)
	};
}
