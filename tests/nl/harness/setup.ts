/**
 * One DuckDB with every evaluation table loaded, its catalog (with profiles) and an executor.
 */
import type { Catalog } from '../../../src/lib/core/nl/types';
import { openNodeDuckDB, type NodeBindings } from '../../helpers/node-duckdb';
import { executeNormalized } from './execute';
import { buildCatalog, loadTables } from './load-tables';
import { TABLE_SOURCES } from './tables';
import type { ResultRows } from './types';

export interface EvalDatabase {
	db: NodeBindings;
	catalog: Catalog;
	execute: (sql: string) => ResultRows;
	close: () => void;
}

export async function openEvalDatabase(sources = TABLE_SOURCES): Promise<EvalDatabase> {
	const db = await openNodeDuckDB();
	loadTables(db, sources);
	const catalog = buildCatalog(db, sources);
	const conn = db.connect();
	return {
		db,
		catalog,
		execute: (sql) => executeNormalized(conn, sql),
		close: () => {
			conn.close();
			db.reset();
		}
	};
}
