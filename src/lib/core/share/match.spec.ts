import { describe, expect, it } from 'vitest';
import { matchDataset, renameTables, sameSchema, type LocalDataset } from './match';
import type { ShareDataset } from './types';

const columns = [
	{ name: 'Origin', type: 'VARCHAR' },
	{ name: 'hp', type: 'BIGINT' }
];
const linked: ShareDataset = {
	name: 'Cars',
	tableName: 'cars',
	fingerprint: 'f'.repeat(64),
	columns
};

function local(overrides: Partial<LocalDataset>): LocalDataset {
	return {
		id: 'x',
		name: 'Other',
		tableName: 'other',
		fingerprint: '0'.repeat(64),
		columns,
		...overrides
	};
}

describe('matching a link dataset to local ones', () => {
	it('prefers the same stored copy, whatever it is called here', () => {
		const byName = local({ id: 'by-name', name: 'Cars', tableName: 'cars' });
		const byPrint = local({
			id: 'same',
			name: 'My cars',
			tableName: 'my_cars',
			fingerprint: 'f'.repeat(64)
		});
		expect(matchDataset(linked, [byName, byPrint])).toEqual({
			kind: 'fingerprint',
			localId: 'same',
			tableName: 'my_cars'
		});
	});

	it('falls back to the same name with the same columns', () => {
		const byName = local({ id: 'by-name', name: 'Cars', tableName: 'cars_2' });
		expect(matchDataset(linked, [byName])).toEqual({
			kind: 'name-schema',
			localId: 'by-name',
			tableName: 'cars_2'
		});
	});

	it('does not match a same-named dataset with other columns, and reports the table name clash', () => {
		const other = local({
			id: 'clash',
			name: 'Cars',
			tableName: 'CARS',
			columns: [{ name: 'Origin', type: 'VARCHAR' }]
		});
		expect(matchDataset(linked, [other])).toEqual({ kind: 'missing', conflictId: 'clash' });
		expect(matchDataset(linked, [])).toEqual({ kind: 'missing' });
	});

	it('compares schemas by order, names and types (types ignoring case)', () => {
		expect(sameSchema(columns, [{ name: 'Origin', type: 'varchar' }, columns[1]])).toBe(true);
		expect(sameSchema(columns, [columns[1], columns[0]])).toBe(false);
		expect(sameSchema(columns, [{ name: 'origin', type: 'VARCHAR' }, columns[1]])).toBe(false);
	});
});

describe('renameTables', () => {
	const renames = new Map([['cars', 'my cars']]);

	it('swaps whole table identifiers, quoted or not, and leaves strings and comments', () => {
		expect(
			renameTables(
				`SELECT 'cars', "cars".x FROM cars JOIN "CARS" c2 ON 1=1 -- cars\nWHERE a = 'it''s cars' /* cars */ AND carsx = 1`,
				renames
			)
		).toBe(
			`SELECT 'cars', "my cars".x FROM "my cars" JOIN "my cars" c2 ON 1=1 -- cars\nWHERE a = 'it''s cars' /* cars */ AND carsx = 1`
		);
	});

	it('returns the SQL unchanged without renames', () => {
		expect(renameTables('SELECT * FROM cars', new Map())).toBe('SELECT * FROM cars');
	});
});
