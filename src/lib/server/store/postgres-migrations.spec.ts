/**
 * Upgrading a PostgreSQL database from every earlier schema version, with data in it: what a
 * server finds after an upgrade must be what it wrote before. Runs in the PostgreSQL suite
 * (vitest.pg.config.ts) against QUARRY_TEST_DATABASE_URL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTestSchema, type TestSchema } from '$test/server/postgres-test-db';
import {
	migratePostgres,
	POSTGRES_MIGRATIONS,
	POSTGRES_SCHEMA_VERSION,
	postgresSchemaVersion
} from './postgres-migrations';
import { openPostgresStore } from './postgres';
import type { Store } from './types';

const T0 = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

let schema: TestSchema | undefined;
let store: Store | undefined;

afterEach(async () => {
	await store?.close();
	await schema?.drop();
	store = undefined;
	schema = undefined;
});

async function schemaAt(version: number): Promise<TestSchema> {
	schema = await createTestSchema();
	if (version > 0) await migratePostgres(schema.pool, T0, version);
	expect(await postgresSchemaVersion(schema.pool)).toBe(version);
	return schema;
}

/** Accounts and a session, as a version-1 server wrote them. */
async function writeV1Data(pool: TestSchema['pool']) {
	await pool.query(
		`INSERT INTO users (id, username, username_key, password_hash, created_at, password_changed_at)
		 VALUES ('u1', 'Ada', 'ada', '$argon2id$v=19$m=19456,t=2,p=1$a$b', $1, $1),
		        ('u2', 'Émile', 'émile', '$argon2id$v=19$m=19456,t=2,p=1$c$d', $1, $1)`,
		[T0]
	);
	await pool.query(
		`INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at)
		 VALUES ('hash-1', 'u1', $1, $2, $1)`,
		[T0, T0 + 30 * DAY]
	);
}

/** Two synced records (one deleted) and a conflict copy, as a version-2 server wrote them. */
async function writeV2Data(pool: TestSchema['pool']) {
	await pool.query("INSERT INTO sync_counters (user_id, last_seq) VALUES ('u1', 3)");
	await pool.query(
		`INSERT INTO sync_records (user_id, table_name, record_id, version, seq, deleted, data, updated_at, device_id)
		 VALUES ('u1', 'charts', 'c1', 2, 2, false, '{"title":"Sales by month"}', $1, 'dev-a'),
		        ('u1', 'queries', 'q1', 2, 3, true, NULL, $1, 'dev-b')`,
		[T0 + 1000]
	);
	await pool.query(
		`INSERT INTO sync_changes (user_id, change_id, table_name, record_id, seq, applied_at)
		 VALUES ('u1', 'ch-1', 'charts', 'c1', 1, $1), ('u1', 'ch-2', 'charts', 'c1', 2, $1),
		        ('u1', 'ch-3', 'queries', 'q1', 3, $1)`,
		[T0 + 1000]
	);
	await pool.query(
		`INSERT INTO sync_device_seqs (user_id, table_name, record_id, device_id, device_seq)
		 VALUES ('u1', 'charts', 'c1', 'dev-a', 5)`
	);
	await pool.query(
		`INSERT INTO sync_conflicts (id, user_id, table_name, record_id, version, deleted, data, device_id, kept_at)
		 VALUES ('k1', 'u1', 'charts', 'c1', 1, false, '{"title":"Sales"}', 'dev-b', $1)`,
		[T0 + 1000]
	);
}

async function expectV1DataKept(opened: Store) {
	const ada = await opened.findUserByName('ADA');
	expect(ada).toMatchObject({ id: 'u1', username: 'Ada', createdAt: T0 });
	expect((await opened.findUserByName('émile'))?.id).toBe('u2');
	const found = await opened.findSession('hash-1', T0 + DAY);
	expect(found?.user.id).toBe('u1');
	expect(found?.session.expiresAt).toBe(T0 + 30 * DAY);
	expect(await opened.countUsers()).toBe(2);
}

async function expectV2DataKept(opened: Store) {
	const pulled = await opened.pull('u1', 0, 10);
	expect(pulled.records.map((r) => [r.table, r.recordId, r.version, r.seq, r.deleted])).toEqual([
		['charts', 'c1', 2, 2, false],
		['queries', 'q1', 2, 3, true]
	]);
	expect(pulled.records[0].data).toEqual({ title: 'Sales by month' });
	expect((await opened.getConflict('u1', 'k1'))?.data).toEqual({ title: 'Sales' });
	// The counter carries on where the old server stopped; the old change ids are still known.
	const change = {
		changeId: 'ch-4',
		table: 'charts' as const,
		recordId: 'c1',
		baseVersion: 2,
		deleted: false,
		data: { title: 'Sales by week' },
		deviceSeq: 6
	};
	const [pushed] = await opened.push('u1', 'dev-a', [change], T0 + DAY);
	expect(pushed).toMatchObject({ outcome: 'applied', record: { version: 3, seq: 4 } });
	const [again] = await opened.push('u1', 'dev-a', [{ ...change, changeId: 'ch-2' }], T0 + DAY);
	expect(again.outcome).toBe('duplicate');
}

async function expectFilesWork(opened: Store) {
	const sha = 'a'.repeat(64);
	await opened.addUserFile('u1', { sha256: sha, bytes: 1234, createdAt: T0 + DAY });
	expect(await opened.userStoredBytes('u1')).toBe(1234);
	expect(await opened.listUserFiles('u1')).toEqual([
		{ sha256: sha, bytes: 1234, createdAt: T0 + DAY }
	]);
}

describe('PostgreSQL schema upgrades', () => {
	it('lists its steps in order, one version apart', () => {
		expect(POSTGRES_MIGRATIONS.map((m) => m.version)).toEqual(
			Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1)
		);
	});

	it('creates the newest schema in an empty database', async () => {
		const fresh = await schemaAt(0);
		store = await openPostgresStore(fresh.url);
		await store.migrate();
		expect(await store.schemaVersion()).toBe(POSTGRES_SCHEMA_VERSION);
		expect(await store.countUsers()).toBe(0);
	});

	it('upgrades a version-1 database with accounts and sessions, keeping them', async () => {
		const old = await schemaAt(1);
		await writeV1Data(old.pool);
		store = await openPostgresStore(old.url);
		await store.migrate();
		expect(await store.schemaVersion()).toBe(POSTGRES_SCHEMA_VERSION);
		await expectV1DataKept(store);
		const [first] = await store.push(
			'u2',
			'dev-c',
			[
				{
					changeId: 'x',
					table: 'settings',
					recordId: 'theme',
					baseVersion: 0,
					deleted: false,
					data: { value: 'dark' },
					deviceSeq: 1
				}
			],
			T0 + DAY
		);
		expect(first.record.seq).toBe(1);
		await expectFilesWork(store);
	});

	it('upgrades a version-2 database with synced records and conflict copies, keeping them', async () => {
		const old = await schemaAt(2);
		await writeV1Data(old.pool);
		await writeV2Data(old.pool);
		store = await openPostgresStore(old.url);
		await store.migrate();
		expect(await store.schemaVersion()).toBe(POSTGRES_SCHEMA_VERSION);
		await expectV1DataKept(store);
		await expectV2DataKept(store);
		await expectFilesWork(store);
	});

	it('opens a current database without changing it, and migrating again does nothing', async () => {
		const current = await schemaAt(POSTGRES_SCHEMA_VERSION);
		await writeV1Data(current.pool);
		store = await openPostgresStore(current.url);
		await store.migrate();
		await store.migrate();
		await expectV1DataKept(store);
		const steps = await current.pool.query('SELECT version FROM schema_version ORDER BY version');
		expect(steps.rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
	});

	it('refuses a database a newer Quarry upgraded, leaving it as it was', async () => {
		const newer = await schemaAt(POSTGRES_SCHEMA_VERSION);
		await writeV1Data(newer.pool);
		await newer.pool.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)', [
			POSTGRES_SCHEMA_VERSION + 1,
			T0
		]);
		store = await openPostgresStore(newer.url);
		await expect(store.migrate()).rejects.toThrow(
			`schema version ${POSTGRES_SCHEMA_VERSION + 1}, newer than this Quarry server knows`
		);
		expect(await store.schemaVersion()).toBe(POSTGRES_SCHEMA_VERSION + 1);
		expect(await store.countUsers()).toBe(2);
	});

	it('applies each step once when two servers start on one empty database together', async () => {
		const fresh = await schemaAt(0);
		const [a, b] = await Promise.all([openPostgresStore(fresh.url), openPostgresStore(fresh.url)]);
		await Promise.all([a.migrate(), b.migrate()]);
		const steps = await fresh.pool.query('SELECT version FROM schema_version ORDER BY version');
		expect(steps.rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
		await a.close();
		await b.close();
	});
});
