import { describe, expect, it } from 'vitest';
import { summarizeFields, timeOf, timeUnitForSpan } from './fields';
import type { ResultColumnStats } from './types';

function stats(
	partial: Partial<ResultColumnStats> & { name: string; type: string }
): ResultColumnStats {
	return { rows: 1000, nonNull: 1000, distinct: 1000, min: null, max: null, ...partial };
}

function roleOf(partial: Partial<ResultColumnStats> & { name: string; type: string }) {
	const [field] = summarizeFields([stats(partial)]);
	return `${field.role}/${field.vlType}`;
}

describe('summarizeFields', () => {
	it('tells measures from ids and small-domain integers', () => {
		expect(roleOf({ name: 'delay', type: 'DOUBLE', min: -12.5, max: 300 })).toBe(
			'measure/quantitative'
		);
		expect(roleOf({ name: 'user_id', type: 'BIGINT', min: 1, max: 1000 })).toBe('id/nominal');
		expect(roleOf({ name: 'customerId', type: 'INTEGER', distinct: 990 })).toBe('id/nominal');
		expect(roleOf({ name: 'weight', type: 'INTEGER', min: 1, max: 5000 })).toBe(
			'measure/quantitative'
		);
		expect(roleOf({ name: 'rating', type: 'INTEGER', distinct: 5, min: 1, max: 5 })).toBe(
			'category/ordinal'
		);
		expect(roleOf({ name: 'year', type: 'BIGINT', distinct: 40, min: 1980, max: 2020 })).toBe(
			'time/temporal'
		);
		expect(
			roleOf({ name: 'n', type: 'BIGINT', distinct: 14, rows: 14, nonNull: 14, min: 3, max: 90 })
		).toBe('measure/quantitative');
	});

	it('reads whole numbers named as years as calendar years on a time axis', () => {
		const [year, birth, fiscal, experience, code] = summarizeFields([
			stats({ name: 'Year', type: 'BIGINT', distinct: 117, min: 1900, max: 2017 }),
			stats({ name: 'birthYear', type: 'DOUBLE', distinct: 60, min: 1931, max: 1999 }),
			stats({ name: 'fiscal_year', type: 'INTEGER', distinct: 3, min: 2021, max: 2023 }),
			stats({ name: 'years_experience', type: 'INTEGER', distinct: 30, min: 0, max: 40 }),
			stats({ name: 'yearly_total', type: 'DOUBLE', min: 1500.5, max: 2100.25 })
		]);
		expect([year, birth, fiscal].map((f) => [f.role, f.vlType, f.timeUnit])).toEqual([
			['time', 'temporal', 'year'],
			['time', 'temporal', 'year'],
			['time', 'temporal', 'year']
		]);
		expect(experience.role).not.toBe('time');
		expect(code.role).toBe('measure');
	});

	it('reads dates, timestamps and date-like text as time with a unit that fits the span', () => {
		const [date, text, stamp] = summarizeFields([
			stats({ name: 'd', type: 'DATE', distinct: 1461, min: '2012-01-01', max: '2015-12-31' }),
			stats({
				name: 't',
				type: 'VARCHAR',
				distinct: 123,
				dateShare: 1,
				dateMin: '2000-01-01 00:00:00',
				dateMax: '2010-03-01 00:00:00',
				min: 'Apr 1 2000',
				max: 'Sep 1 2009'
			}),
			stats({
				name: 's',
				type: 'TIMESTAMP',
				distinct: 900,
				min: '2020-01-01 00:00:00',
				max: '2020-01-01 08:00:00'
			})
		]);
		expect(date).toMatchObject({ role: 'time', vlType: 'temporal', timeUnit: 'yearmonth' });
		expect(text).toMatchObject({ role: 'time', timeUnit: 'yearmonth', min: '2000-01-01 00:00:00' });
		expect(stamp).toMatchObject({ role: 'time', timeUnit: 'yearmonthdatehoursminutes' });
	});

	it('makes booleans and repeated text categories, unique short text ids and long text free text', () => {
		expect(roleOf({ name: 'ok', type: 'BOOLEAN', distinct: 2 })).toBe('category/nominal');
		expect(roleOf({ name: 'carrier', type: 'VARCHAR', distinct: 14, avgLength: 2 })).toBe(
			'category/nominal'
		);
		expect(roleOf({ name: 'city', type: 'VARCHAR', distinct: 300, avgLength: 9 })).toBe(
			'category/nominal'
		);
		expect(roleOf({ name: 'name', type: 'VARCHAR', distinct: 990, avgLength: 12 })).toBe(
			'id/nominal'
		);
		expect(roleOf({ name: 'review', type: 'VARCHAR', distinct: 1000, avgLength: 240 })).toBe(
			'text/nominal'
		);
		expect(roleOf({ name: 'u', type: 'UUID' })).toBe('id/nominal');
	});

	it('sets aside nested values, blobs and all-null columns', () => {
		expect(roleOf({ name: 'l', type: 'INTEGER[]' })).toBe('other/nominal');
		expect(roleOf({ name: 's', type: 'STRUCT(a INTEGER)' })).toBe('other/nominal');
		expect(roleOf({ name: 'b', type: 'BLOB' })).toBe('other/nominal');
		const [empty] = summarizeFields([
			stats({ name: 'e', type: 'INTEGER', nonNull: 0, distinct: 0 })
		]);
		expect(empty).toMatchObject({ role: 'other', nullShare: 1 });
	});
});

describe('timeUnitForSpan', () => {
	const at = (s: string) => timeOf(s)!;
	it('is no finer than the spacing of the values and keeps the points readable', () => {
		expect(timeUnitForSpan(at('1970-01-01'), at('1982-01-01'), false, 13)).toBe('year');
		expect(timeUnitForSpan(at('2000-01-01'), at('2010-03-01'), false, 123)).toBe('yearmonth');
		expect(timeUnitForSpan(at('2020-01-01'), at('2020-03-31'), true, 90)).toBe('yearmonthdate');
		expect(timeUnitForSpan(at('2020-01-01'), at('2020-01-08'), false, 10_000)).toBe(
			'yearmonthdatehours'
		);
		expect(timeUnitForSpan(at('2020-01-01'), at('2020-01-08'), true, 10_000)).toBe('yearmonthdate');
		expect(timeUnitForSpan(at('1000-01-01'), at('2020-01-01'), false, 10)).toBe('year');
	});

	it('reads timestamps as DuckDB prints them', () => {
		expect(timeOf('2020-01-02 03:04:05')).toBe(Date.UTC(2020, 0, 2, 3, 4, 5));
		expect(timeOf('Jan 1')).toBeNull();
		expect(timeOf(null)).toBeNull();
	});
});
