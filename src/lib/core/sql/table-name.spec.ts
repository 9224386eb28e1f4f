import { describe, expect, it } from 'vitest';
import {
	MAX_TABLE_NAME_LENGTH,
	deriveTableName,
	deriveTableNameFromLabel,
	isReservedWord,
	isValidTableName,
	referencedTableNames
} from './table-name';

function derive(fileName: string, taken: string[] = []): string {
	return deriveTableName(fileName, taken);
}

describe('deriveTableName', () => {
	it('strips the extension and lower-cases', () => {
		expect(derive('Sales.csv')).toBe('sales');
		expect(derive('orders.2024.parquet')).toBe('orders_2024');
	});

	it('drops folders from the name', () => {
		expect(derive('C:\\Users\\ana\\Q1 Report.csv')).toBe('q1_report');
		expect(derive('exports/daily/visits.tsv')).toBe('visits');
	});

	it('turns spaces, dashes and punctuation into single underscores', () => {
		expect(derive('my sales - 2024 (final).csv')).toBe('my_sales_2024_final');
		expect(derive('  --weird--name--  .json')).toBe('weird_name');
		expect(derive('a__b___c.csv')).toBe('a_b_c');
	});

	it('strips accents and spells out letters without an ASCII form', () => {
		expect(derive('Café Crème.csv')).toBe('cafe_creme');
		expect(derive('Straße Ørsted Æble.csv')).toBe('strasse_orsted_aeble');
		expect(derive('ＦＵＬＬ　ｗｉｄｔｈ.csv')).toBe('full_width');
	});

	it('keeps letters of other scripts, lower-cased', () => {
		expect(derive('Продажи 2024.csv')).toBe('продажи_2024');
		expect(derive('売上データ.csv')).toBe('売上データ');
		expect(derive('がぎ.csv')).toBe('がぎ');
	});

	it('never returns an empty name', () => {
		expect(derive('.csv')).toBe('csv');
		expect(derive('___.csv')).toBe('dataset');
		expect(derive('🚀📊.csv')).toBe('dataset');
		expect(derive('')).toBe('dataset');
	});

	it('mixes emoji and words sensibly', () => {
		expect(derive('📊 revenue 📈.csv')).toBe('revenue');
	});

	it('never starts with a digit', () => {
		expect(derive('2024 sales.csv')).toBe('t_2024_sales');
		expect(derive('123.csv')).toBe('t_123');
	});

	it('adds _data to SQL reserved words', () => {
		expect(derive('select.csv')).toBe('select_data');
		expect(derive('ORDER.parquet')).toBe('order_data');
		expect(derive('Table.json')).toBe('table_data');
		expect(derive('orders.csv')).toBe('orders');
	});

	it('dedupes case-insensitively with _2, _3, …', () => {
		expect(derive('sales.csv', ['sales'])).toBe('sales_2');
		expect(derive('Sales.csv', ['SALES', 'Sales_2'])).toBe('sales_3');
		expect(derive('sales.csv', ['sales_2'])).toBe('sales');
		expect(derive('select.csv', ['select_data'])).toBe('select_data_2');
	});

	it('accepts any iterable of taken names', () => {
		expect(deriveTableName('a.csv', new Set(['a']))).toBe('a_2');
	});

	it('caps the length at 63 characters, also with a dedupe suffix', () => {
		const long = `${'quarterly revenue by region '.repeat(5)}.csv`;
		const first = derive(long);
		expect(first.length).toBeLessThanOrEqual(MAX_TABLE_NAME_LENGTH);
		expect(first.startsWith('quarterly_revenue_by_region_quarterly')).toBe(true);
		expect(first.endsWith('_')).toBe(false);
		const second = derive(long, [first]);
		expect(second.length).toBeLessThanOrEqual(MAX_TABLE_NAME_LENGTH);
		expect(second).toMatch(/_2$/);
		expect(second).not.toBe(first);
		const x = 'x'.repeat(100);
		expect(derive(`${x}.csv`, ['x'.repeat(63)])).toBe(`${'x'.repeat(61)}_2`);
	});

	it('always produces a valid name', () => {
		const names = [
			'Sales.csv',
			'2024.csv',
			'🚀.csv',
			'select.csv',
			'Ünïcödé – test.json',
			'a'.repeat(90)
		];
		for (const fileName of names) expect(isValidTableName(derive(fileName))).toBe(true);
	});
});

describe('deriveTableNameFromLabel', () => {
	it('keeps dots as separators instead of stripping an extension', () => {
		expect(deriveTableNameFromLabel('Sales v1.2', [])).toBe('sales_v1_2');
		expect(deriveTableName('Sales v1.2', [])).toBe('sales_v1');
	});

	it('dedupes like deriveTableName', () => {
		expect(deriveTableNameFromLabel('Sales', ['sales'])).toBe('sales_2');
	});
});

describe('isValidTableName', () => {
	it('accepts readable names', () => {
		for (const name of [
			'sales',
			'sales_2',
			't_2024',
			'продажи',
			'select_data',
			'_'.slice(1) + 'a1'
		]) {
			expect(isValidTableName(name)).toBe(true);
		}
	});

	it('rejects names Quarry would not produce', () => {
		for (const name of [
			'',
			'Sales',
			'2024',
			'my sales',
			'a-b',
			'_a',
			'a_',
			'a__b',
			'select',
			'x'.repeat(64),
			'📊'
		]) {
			expect(isValidTableName(name)).toBe(false);
		}
	});
});

describe('isReservedWord', () => {
	it('recognizes reserved words in any case', () => {
		expect(isReservedWord('SELECT')).toBe(true);
		expect(isReservedWord('sales')).toBe(false);
	});
});

describe('referencedTableNames', () => {
	const tables = ['sales', 'customers', 'my table', 'продажи'];

	it('finds bare and quoted table names, ignoring case', () => {
		expect(referencedTableNames('SELECT * FROM Sales JOIN "customers" USING (id)', tables)).toEqual(
			['sales', 'customers']
		);
		expect(referencedTableNames('select 1 from "My Table"', tables)).toEqual(['my table']);
		expect(referencedTableNames('SELECT * FROM продажи', tables)).toEqual(['продажи']);
	});

	it('ignores names in comments and string literals', () => {
		const sql = "-- from sales\nSELECT 'customers' AS x /* sales */ FROM other";
		expect(referencedTableNames(sql, tables)).toEqual([]);
	});

	it('does not match inside longer identifiers', () => {
		expect(referencedTableNames('SELECT * FROM sales_2024, customers_old', tables)).toEqual([]);
	});
});
