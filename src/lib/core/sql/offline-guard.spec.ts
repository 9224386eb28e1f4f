import { describe, expect, it } from 'vitest';
import { extensionReason, networkReason } from './offline-guard';

describe('networkReason', () => {
	it('refuses installing or loading extensions, in any statement of a script', () => {
		for (const sql of [
			'INSTALL httpfs',
			'load json;',
			'FORCE INSTALL spatial',
			'update extensions',
			'SELECT 1; LOAD httpfs',
			'/* first */ -- note\n  install json'
		]) {
			expect(networkReason(sql), sql).toMatch(/cannot install or load DuckDB extensions/);
		}
	});

	it('refuses reading files by URL', () => {
		for (const sql of [
			"SELECT * FROM read_csv('https://example.com/a.csv')",
			"select * from READ_PARQUET(['s3://bucket/a.parquet'])",
			"SELECT * FROM 'http://example.com/data.parquet'",
			"ATTACH 'https://example.com/db.duckdb' AS remote",
			"COPY t FROM 'gs://bucket/file.csv'",
			"SELECT * FROM parquet_scan('hf://datasets/x/y.parquet')"
		]) {
			expect(networkReason(sql), sql).toMatch(/never fetches data from the internet/);
		}
	});

	it('lets ordinary SQL run, including URLs that are only data', () => {
		for (const sql of [
			'SELECT * FROM cars',
			"SELECT count(*) FROM pages WHERE url = 'https://example.com/'",
			"SELECT * FROM links WHERE href IN ('https://a.example', 'http://b.example')",
			"SELECT 'LOAD json' AS text, 'read_csv(''https://x'')' AS other",
			'SELECT * FROM "install" -- a table named install',
			'-- LOAD json\nSELECT 1',
			"SELECT * FROM read_csv('quarry-import-1-local.csv')",
			"SELECT * FROM downloads WHERE source = 'from ''https://x'''"
		]) {
			expect(networkReason(sql), sql).toBeNull();
		}
	});
});

describe('extensionReason', () => {
	it('names statements that install or load extensions, and nothing else', () => {
		expect(extensionReason('INSTALL httpfs')).toMatch(/cannot install or load/);
		expect(extensionReason("SELECT 1; FORCE INSTALL x FROM 'http://h/r'")).toMatch(/cannot/);
		expect(extensionReason("SELECT 'INSTALL httpfs' AS words")).toBeNull();
	});
});
