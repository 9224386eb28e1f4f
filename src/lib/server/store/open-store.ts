/**
 * Opens the server's store: the SQLite file `<dataDir>/quarry.sqlite` by default, PostgreSQL
 * when a database URL is given. The store is migrated to the newest schema before it is
 * returned.
 */
import { join } from 'node:path';
import { openSqliteStore } from './sqlite';
import type { Store } from './types';

export interface OpenStoreOptions {
	/** The server's data directory (it must exist). */
	dataDir: string;
	/** A PostgreSQL connection URL (DATABASE_URL); when set, PostgreSQL is used instead. */
	databaseUrl?: string;
}

/** The SQLite file's name inside the data directory. */
export const SQLITE_FILE_NAME = 'quarry.sqlite';

// Bundled when src/lib/server/store/postgres.ts exists (an empty map otherwise), so the SQLite
// server never loads the PostgreSQL driver.
const postgresModules = import.meta.glob('./postgres.ts');

export async function openStore(options: OpenStoreOptions): Promise<Store> {
	const store = options.databaseUrl
		? await openPostgres(options.databaseUrl)
		: openSqliteStore(join(options.dataDir, SQLITE_FILE_NAME));
	try {
		await store.migrate();
	} catch (error) {
		await store.close();
		throw error;
	}
	return store;
}

async function openPostgres(url: string): Promise<Store> {
	const load = postgresModules['./postgres.ts'];
	if (!load) {
		throw new Error(
			'DATABASE_URL is set, but this Quarry server was built without PostgreSQL support.'
		);
	}
	const module: unknown = await load();
	if (!hasPostgresOpener(module)) {
		throw new Error('The PostgreSQL store module does not export openPostgresStore(url).');
	}
	return module.openPostgresStore(url);
}

function hasPostgresOpener(
	module: unknown
): module is { openPostgresStore: (url: string) => Promise<Store> } {
	return (
		typeof module === 'object' &&
		module !== null &&
		'openPostgresStore' in module &&
		typeof module.openPostgresStore === 'function'
	);
}
