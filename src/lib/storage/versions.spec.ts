/**
 * Every shipped schema version must open with data and be read by the current code.
 * Adding version N+1: add its entry in versions.ts, then one case below for version N+1
 * (seed data in the N+1 shape as literals, and what the current code must see).
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { QuarryDB } from './db';
import { CURRENT_VERSION, SCHEMA_VERSIONS, declareVersions } from './versions';
import { freshDbName } from '$test/records';

interface MigrationCase {
	/** The version whose data is seeded. */
	version: number;
	/** Write records exactly as that version stored them (plain literals, not today's types). */
	seed: (db: Dexie) => Promise<void>;
	/** What the current database must return for the seeded data. */
	verify: (db: QuarryDB) => Promise<void>;
}

/** A dataset record as v1–v3 stored it. */
function v2Dataset(id: string, name: string, columns: unknown[]) {
	return {
		id,
		name,
		tableName: name,
		source: `${name}.csv`,
		format: 'csv',
		sourceBytes: 100,
		storedBytes: 80,
		storedFormat: 'arrow',
		rows: 10,
		columns,
		fingerprint: 'cd'.repeat(32),
		version: 4,
		createdAt: 1,
		updatedAt: 1,
		lastUsedAt: 1,
		useCount: 0
	};
}

/** A v3 profile: the catalog's ColumnProfile. */
const CURRENT_PROFILE = {
	distinctCount: 3,
	nullShare: 0.1,
	nullCount: 1,
	min: 46,
	max: 230,
	topValues: [{ value: 150, count: 4 }],
	histogram: [
		{ start: 46, end: 138, count: 5 },
		{ start: 138, end: 230, count: 4 }
	]
};

const cases: MigrationCase[] = [
	{
		version: 1,
		async seed(db) {
			await db.table('datasets').add({
				id: 'd1',
				name: 'Sales',
				tableName: 'sales',
				source: 'sales.csv',
				format: 'csv',
				sourceBytes: 1200,
				storedBytes: 800,
				storedFormat: 'parquet',
				rows: 10,
				columns: [{ name: 'amount', type: 'DOUBLE' }],
				fingerprint: 'ab'.repeat(32),
				version: 1,
				createdAt: 1,
				updatedAt: 1,
				lastUsedAt: 1,
				useCount: 0
			});
			await db
				.table('datasetFiles')
				.add({ datasetId: 'd1', blob: new Blob(['PAR1']), format: 'parquet' });
			await db.table('queries').add({
				id: 'q1',
				sql: 'SELECT 1',
				datasetIds: ['d1'],
				source: 'editor',
				startedAt: 2,
				ms: 3,
				rows: 1
			});
			await db
				.table('activity')
				.add({ id: 'a1', at: 2, kind: 'query-run', refId: 'q1', summary: 'Ran a query' });
			await db.table('settings').add({ key: 'theme', value: 'dark' });
			// A v1 chart: no description, fingerprints or dataset names.
			await db.table('charts').add({
				id: 'c1',
				title: 'Sales by month',
				spec: { $schema: 'x', mark: 'bar', encoding: {} },
				sql: 'SELECT * FROM sales',
				datasetIds: ['d1'],
				createdAt: 5
			});
		},
		async verify(db) {
			expect(await db.datasets.get('d1')).toMatchObject({
				name: 'Sales',
				tableName: 'sales',
				rows: 10
			});
			expect(await (await db.datasetFiles.get('d1'))?.blob.text()).toBe('PAR1');
			expect(await db.datasets.where('tableName').equals('sales').count()).toBe(1);
			expect(await db.queries.where('datasetIds').equals('d1').count()).toBe(1);
			expect((await db.activity.orderBy('at').first())?.summary).toBe('Ran a query');
			expect((await db.settings.get('theme'))?.value).toBe('dark');
			expect(await db.charts.get('c1')).toMatchObject({
				title: 'Sales by month',
				description: '',
				datasetFingerprints: {},
				datasetRefs: {},
				createdAt: 5,
				updatedAt: 5
			});
			expect((await db.charts.orderBy('title').first())?.id).toBe('c1');
			expect(await db.charts.where('datasetIds').equals('d1').count()).toBe(1);
		}
	},
	{
		version: 2,
		async seed(db) {
			await db.table('charts').bulkAdd([
				{
					id: 'c1',
					title: 'Zebra',
					description: 'Stripes',
					spec: { $schema: 'x', mark: 'bar', encoding: {} },
					sql: 'SELECT 1',
					datasetIds: ['d1'],
					datasetFingerprints: { d1: 'ab' },
					datasetRefs: { d1: { name: 'Sales', tableName: 'sales' } },
					createdAt: 1,
					updatedAt: 9
				},
				{
					id: 'c2',
					title: 'Aardvark',
					description: '',
					spec: { $schema: 'x', mark: 'line', encoding: {} },
					sql: 'SELECT 2',
					datasetIds: [],
					datasetFingerprints: {},
					datasetRefs: {},
					createdAt: 2,
					updatedAt: 3
				}
			]);
			// v2 profiles: counts and range, no null share or top values.
			await db.table('datasets').bulkAdd([
				v2Dataset('d1', 'weather', [
					{
						name: 'temp',
						type: 'DOUBLE',
						profile: { nullCount: 2, distinctCount: 40, min: '-3.5', max: '31', mean: 12.5 }
					},
					{ name: 'city', type: 'VARCHAR', profile: { nullCount: 0, distinctCount: 3 } },
					{ name: 'note', type: 'VARCHAR' }
				]),
				v2Dataset('d2', 'empty', [])
			]);
			// The answer cache was never written before v3; an entry of the old shape is dropped.
			await db.table('askCache').add({
				key: 'k-old',
				sql: 'SELECT 1',
				explanation: 'x',
				createdAt: 1,
				expiresAt: 2
			});
		},
		async verify(db) {
			const weather = await db.datasets.get('d1');
			expect(weather?.columns).toEqual([
				{ name: 'temp', type: 'DOUBLE' },
				{ name: 'city', type: 'VARCHAR' },
				{ name: 'note', type: 'VARCHAR' }
			]);
			expect(weather).toMatchObject({ name: 'weather', rows: 10, version: 4 });
			expect((await db.datasets.get('d2'))?.columns).toEqual([]);
			expect(await db.askCache.count()).toBe(0);
			expect((await db.charts.orderBy('title').toArray()).map((c) => c.id)).toEqual(['c2', 'c1']);
			expect((await db.charts.orderBy('updatedAt').reverse().first())?.id).toBe('c1');
			expect((await db.charts.get('c1'))?.datasetRefs).toEqual({
				d1: { name: 'Sales', tableName: 'sales' }
			});
		}
	},
	{
		version: 3,
		async seed(db) {
			await db
				.table('datasets')
				.add(v2Dataset('d3', 'cars', [{ name: 'hp', type: 'BIGINT', profile: CURRENT_PROFILE }]));
			const answer = {
				sql: 'SELECT 1',
				explanation: 'one',
				confidence: 0.9,
				interpretation: [],
				source: 'offline'
			};
			await db.table('askCache').bulkAdd([
				{
					key: 'k1',
					question: 'how many rows',
					datasetIds: ['d1'],
					answer,
					createdAt: 1,
					expiresAt: 100,
					lastUsedAt: 5,
					hits: 0,
					bytes: 10
				},
				{
					key: 'k2',
					question: 'count by city',
					datasetIds: ['d1', 'd2'],
					answer,
					createdAt: 2,
					expiresAt: 100,
					lastUsedAt: 3,
					hits: 2,
					bytes: 10
				}
			]);
			// A v3 context: metrics named their table by quoted SQL name; no descriptions/synonyms.
			await db.table('contexts').add({
				id: 'ctx1',
				name: 'Sales',
				datasetIds: ['d1', 'd2'],
				relations: [
					{ left: { datasetId: 'd1', column: 'id' }, right: { datasetId: 'd2', column: 'id' } }
				],
				metrics: [{ name: 'revenue', expression: 'sum("amount")', table: '"sales"' }],
				notes: 'n',
				version: 2,
				createdAt: 1,
				updatedAt: 1
			});
			// v3 never wrote results; anything there is dropped.
			await db.table('resultCache').add({ key: 'r-old', datasetIds: ['d1'], expiresAt: 9 });
		},
		async verify(db) {
			const context = await db.contexts.get('ctx1');
			expect(context).toMatchObject({ descriptions: [], synonyms: [], notes: 'n', version: 2 });
			expect(context?.metrics).toEqual([{ name: 'revenue', expression: 'sum("amount")' }]);
			expect(context?.relations).toHaveLength(1);
			expect(await db.resultCache.count()).toBe(0);
			expect((await db.askCache.orderBy('lastUsedAt').first())?.key).toBe('k2');
			expect((await db.askCache.where('datasetIds').equals('d2').primaryKeys()).sort()).toEqual([
				'k2'
			]);
			expect((await db.askCache.get('k1'))?.answer.sql).toBe('SELECT 1');
			expect((await db.datasets.get('d3'))?.columns[0].profile).toEqual(CURRENT_PROFILE);
		}
	},
	{
		version: 4,
		async seed(db) {
			const result = {
				sql: 'select 1',
				readKey: 'read-1',
				tablesRead: ['sales'],
				arrow: new Uint8Array([1, 2]),
				columns: [{ name: 'x', type: 'INTEGER' }],
				rows: 1,
				truncated: false,
				engineMs: 3,
				createdAt: 1,
				expiresAt: 100,
				hits: 0,
				bytes: 2
			};
			await db.table('resultCache').bulkAdd([
				{ ...result, key: 'r1', datasetIds: ['d1'], lastUsedAt: 9 },
				{ ...result, key: 'r2', datasetIds: ['d1', 'd2'], lastUsedAt: 4 }
			]);
			await db.table('contextCache').add({
				key: 'c1',
				kind: 'validation',
				contextId: 'ctx1',
				datasetIds: ['d2'],
				report: { findings: [] },
				createdAt: 1,
				expiresAt: 50
			});
			await db.table('datasets').add(v2Dataset('d4', 'cars', []));
			// v1–v4 never wrote the outbox: an entry of the old shape (no change id) is dropped.
			await db
				.table('outbox')
				.add({ id: 'o1', table: 'datasets', recordId: 'd4', op: 'put', at: 1 });
		},
		async verify(db) {
			expect(await db.outbox.count()).toBe(0);
			expect(await db.syncMeta.count()).toBe(0);
			expect((await db.datasets.get('d4'))?.tableName).toBe('cars');
			// Nothing is captured until sync is enabled on the device.
			await db.charts.put({ id: 'ch1', title: 'x' } as never);
			expect(await db.outbox.count()).toBe(0);
			expect((await db.resultCache.orderBy('lastUsedAt').first())?.key).toBe('r2');
			expect(await db.resultCache.where('datasetIds').equals('d2').primaryKeys()).toEqual(['r2']);
			expect(Array.from((await db.resultCache.get('r1'))?.arrow ?? [])).toEqual([1, 2]);
			expect(await db.contextCache.where('contextId').equals('ctx1').primaryKeys()).toEqual(['c1']);
			expect(await db.contextCache.where('expiresAt').below(60).count()).toBe(1);
		}
	},
	{
		version: 5,
		async seed(db) {
			await db.table('syncMeta').bulkAdd([
				{ key: 'device', deviceId: 'dev-1', deviceSeq: 7 },
				{ key: 'pull', cursor: 42 }
			]);
			await db.table('outbox').bulkAdd([
				{
					id: 'queries:q1',
					table: 'queries',
					recordId: 'q1',
					changeId: 'c1',
					deviceSeq: 7,
					op: 'delete',
					at: 3
				},
				{
					id: 'charts:ch1',
					table: 'charts',
					recordId: 'ch1',
					changeId: 'c0',
					deviceSeq: 5,
					op: 'put',
					at: 2
				}
			]);
			await db
				.table('syncRecords')
				.add({ id: 'charts:ch1', table: 'charts', recordId: 'ch1', baseVersion: 3 });
		},
		async verify(db) {
			expect((await db.outbox.orderBy('deviceSeq').first())?.changeId).toBe('c0');
			expect((await db.syncRecords.get('charts:ch1'))?.baseVersion).toBe(3);
			expect(await db.syncMeta.get('pull')).toEqual({ key: 'pull', cursor: 42 });
			// Sync is enabled: a change is captured with the next sequence number.
			await db.contexts.put({ id: 'x1', name: 'X' } as never);
			expect((await db.outbox.get('contexts:x1'))?.deviceSeq).toBe(8);
		}
	}
];

describe('schema versions', () => {
	it('are declared in increasing order', () => {
		const numbers = SCHEMA_VERSIONS.map((v) => v.version);
		expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
		expect(CURRENT_VERSION).toBe(numbers[numbers.length - 1]);
	});

	it('each have a migration case', () => {
		expect(cases.map((c) => c.version)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
	});

	it.each(cases)('version $version data opens in the current version', async (testCase) => {
		const name = freshDbName(`v${testCase.version}`);
		const old = new Dexie(name);
		declareVersions(old, testCase.version);
		await old.open();
		await testCase.seed(old);
		old.close();

		const current = new QuarryDB(name);
		await current.open();
		expect(current.verno).toBe(CURRENT_VERSION);
		await testCase.verify(current);
		current.close();
		await current.delete();
	});
});
