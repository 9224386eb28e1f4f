/**
 * Loads evaluation tables into a real DuckDB and describes them as the NL engine's Catalog,
 * with column profiles computed by core/profile (the same code the app runs).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog, CatalogTable } from '../../../src/lib/core/nl/types';
import { buildProfileStatements, parseProfileRows } from '../../../src/lib/core/profile';
import { quoteIdent, quoteString } from '../../../src/lib/core/sql/quote';
import { unifyFieldTypes } from '../../../src/lib/core/files/json-fields';
import { quarryPath } from '../../../src/lib/engine/lock/file-policy';
import type { NodeBindings } from '../../helpers/node-duckdb';
import { queryRows } from './execute';
import type { TableSource } from './tables';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Folder of an npm package's data files. */
export function packageDataDir(dataPackage: string): string {
	return join(REPO_ROOT, 'node_modules', ...dataPackage.split('/'), 'data');
}

/** Folder of the vega-datasets data files. */
export function datasetDir(): string {
	return packageDataDir('vega-datasets');
}

/** As the app's import reads JSON: a field that changes type from row to row gets one type. */
function insertJson(
	db: NodeBindings,
	conn: ReturnType<NodeBindings['connect']>,
	path: string,
	name: string,
	bytes: Uint8Array
): void {
	try {
		conn.insertJSONFromPath(path, { name });
	} catch (caught) {
		const unified = unifyFieldTypes(JSON.parse(new TextDecoder().decode(bytes)));
		if (!unified || unified.fields.length === 0) throw caught;
		db.registerFileText(`${path}.unified.json`, JSON.stringify(unified.rows));
		conn.query(`DROP TABLE IF EXISTS ${quoteIdent(name)}`);
		conn.insertJSONFromPath(`${path}.unified.json`, { name });
		db.dropFile(`${path}.unified.json`);
	}
}

export function loadTables(db: NodeBindings, sources: TableSource[], dir = datasetDir()): void {
	const conn = db.connect();
	try {
		for (const source of sources) {
			const raw = `raw_${source.name}`;
			const folder = source.repoDir
				? join(REPO_ROOT, source.repoDir)
				: source.dataPackage
					? packageDataDir(source.dataPackage)
					: dir;
			const bytes = new Uint8Array(readFileSync(join(folder, source.file)));
			const path = quarryPath(source.file);
			db.registerFileBuffer(path, bytes);
			if (source.format === 'json') {
				insertJson(db, conn, path, raw, bytes);
			} else {
				const delim = source.format === 'tsv' ? `, delim = '\\t'` : '';
				conn.query(
					`CREATE TABLE ${quoteIdent(raw)} AS SELECT * FROM read_csv(${quoteString(path)}${delim})`
				);
			}
			conn.query(
				`CREATE TABLE ${quoteIdent(source.name)} AS SELECT ${source.select ?? '*'} FROM ${quoteIdent(raw)}`
			);
			conn.query(`DROP TABLE ${quoteIdent(raw)}`);
			db.dropFile(path);
		}
	} finally {
		conn.close();
	}
}

export function describeTable(db: NodeBindings, source: TableSource): CatalogTable {
	const conn = db.connect();
	try {
		const quotedName = quoteIdent(source.name);
		const columns = queryRows(conn, `DESCRIBE ${quotedName}`).map((r) => ({
			name: String(r.column_name),
			type: String(r.column_type)
		}));
		const rowCount = Number(queryRows(conn, `SELECT COUNT(*) AS n FROM ${quotedName}`)[0].n);
		const profiles = parseProfileRows(
			buildProfileStatements(quotedName, columns, { rowCount }).flatMap((sql) =>
				queryRows(conn, sql)
			)
		);
		return {
			quotedName,
			humanName: source.humanName,
			rowCount,
			columns: columns.map((c) => ({ ...c, profile: profiles[c.name] }))
		};
	} finally {
		conn.close();
	}
}

export function buildCatalog(db: NodeBindings, sources: TableSource[]): Catalog {
	return { tables: sources.map((source) => describeTable(db, source)) };
}
