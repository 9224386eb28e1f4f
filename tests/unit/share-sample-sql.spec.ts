/**
 * A link's inline sample becomes a temporary table in real DuckDB: typed as the link says
 * when the type is a plain one, text otherwise; hostile names and cells stay data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeBindings } from '../helpers/node-duckdb';
import {
	safeColumnType,
	sampleSelectSql,
	sampleTableSql,
	type ShareDataset
} from '../../src/lib/core/share';

let db: NodeBindings;
let conn: ReturnType<NodeBindings['connect']>;

beforeAll(async () => {
	db = await openNodeDuckDB();
	conn = db.connect();
});

afterAll(() => {
	conn.close();
});

function rows(sql: string): Record<string, unknown>[] {
	return conn
		.query(sql)
		.toArray()
		.map((row) => ({ ...row.toJSON() }));
}

describe('sample tables', () => {
	it('rebuilds a typed table from text cells', () => {
		const dataset: ShareDataset = {
			name: 'Cars',
			tableName: 'cars',
			fingerprint: '0'.repeat(64),
			columns: [
				{ name: 'Origin', type: 'VARCHAR' },
				{ name: 'hp', type: 'BIGINT' },
				{ name: 'Year', type: 'DATE' },
				{ name: 'price', type: 'DECIMAL(10,2)' },
				{ name: 'tags', type: 'VARCHAR[]' }
			],
			sample: {
				rows: [
					['USA', '130', '1970-01-01', '12.50', '[a, b]'],
					['Japan', null, '1971-06-01', '9.99', null]
				],
				truncated: false
			}
		};
		conn.query(sampleTableSql(dataset));
		const described = rows('DESCRIBE cars').map((r) => [r.column_name, r.column_type]);
		expect(described).toEqual([
			['Origin', 'VARCHAR'],
			['hp', 'BIGINT'],
			['Year', 'DATE'],
			['price', 'DECIMAL(10,2)'],
			['tags', 'VARCHAR']
		]);
		expect(rows('SELECT Origin, CAST(hp AS INTEGER) AS hp FROM cars ORDER BY Origin')).toEqual([
			{ Origin: 'Japan', hp: null },
			{ Origin: 'USA', hp: 130 }
		]);
	});

	it('reads a sample back as the same text', () => {
		const columns = [
			{ name: 'Year', type: 'DATE' },
			{ name: 'price', type: 'DECIMAL(10,2)' }
		];
		expect(rows(sampleSelectSql('cars', columns, 1))).toEqual([
			{ Year: '1970-01-01', price: '12.50' }
		]);
	});

	it('keeps hostile names and cells as data, and makes an empty table without rows', () => {
		const dataset: ShareDataset = {
			name: 'x',
			tableName: `evil"; DROP TABLE cars; --`,
			fingerprint: '0'.repeat(64),
			columns: [
				{ name: `a"); SELECT 1; --`, type: `INTEGER); DROP TABLE cars; --` },
				{ name: '<script>alert(1)</script>', type: 'VARCHAR' }
			],
			sample: {
				rows: [[`'); DROP TABLE cars; --`, `<img src=x onerror=alert(1)>`]],
				truncated: true
			}
		};
		conn.query(sampleTableSql(dataset));
		expect(rows(`SELECT * FROM "evil""; DROP TABLE cars; --"`)).toEqual([
			{
				'a"); SELECT 1; --': `'); DROP TABLE cars; --`,
				'<script>alert(1)</script>': '<img src=x onerror=alert(1)>'
			}
		]);
		expect(rows('SELECT count(*)::INTEGER AS n FROM cars')).toEqual([{ n: 2 }]);
		conn.query(sampleTableSql({ ...dataset, tableName: 'empty_one', sample: undefined }));
		expect(rows('SELECT count(*)::INTEGER AS n FROM empty_one')).toEqual([{ n: 0 }]);
	});

	it('writes only plain types into SQL', () => {
		expect(safeColumnType('bigint')).toBe('BIGINT');
		expect(safeColumnType('DECIMAL(18, 3)')).toBe('DECIMAL(18,3)');
		expect(safeColumnType('DECIMAL(99,3)')).toBe('VARCHAR');
		expect(safeColumnType('STRUCT(a INTEGER)')).toBe('VARCHAR');
		expect(safeColumnType('INTEGER); DROP TABLE x; --')).toBe('VARCHAR');
	});
});
