/**
 * A throw-away PostgreSQL schema per store under test, in the database that
 * QUARRY_TEST_DATABASE_URL names (.ci/run creates one). Each store gets its own schema through
 * the connection string's `search_path`, so test files can run in parallel and leave nothing
 * behind: `drop()` removes the schema and everything in it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestSchema {
	/** The connection string whose tables live in the schema. */
	url: string;
	/** A pool on that schema, for tests that look at or prepare tables directly. */
	pool: pg.Pool;
	drop(): Promise<void>;
}

export function testDatabaseUrl(): string {
	const url = process.env.QUARRY_TEST_DATABASE_URL;
	if (!url) {
		throw new Error(
			'QUARRY_TEST_DATABASE_URL is not set: the PostgreSQL suite needs a database (.ci/run sets it).'
		);
	}
	return url;
}

function withSearchPath(url: string, schema: string): string {
	const parsed = new URL(url);
	parsed.searchParams.set('options', `-c search_path=${schema}`);
	return parsed.toString();
}

export async function createTestSchema(): Promise<TestSchema> {
	const base = testDatabaseUrl();
	const schema = `quarry_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	try {
		await admin.query(`CREATE SCHEMA ${schema}`);
	} finally {
		await admin.end();
	}
	const url = withSearchPath(base, schema);
	const pool = new pg.Pool({ connectionString: url, max: 2 });
	return {
		url,
		pool,
		async drop() {
			await pool.end();
			const client = new pg.Client({ connectionString: base });
			await client.connect();
			try {
				await client.query(`DROP SCHEMA ${schema} CASCADE`);
			} finally {
				await client.end();
			}
		}
	};
}
