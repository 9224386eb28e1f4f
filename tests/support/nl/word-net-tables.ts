/**
 * Test support: small made-up tables whose column names are English words a question may not
 * use (salary for "wage", size for "biggest", wealth for "wealthiest").
 */
import type { TableSpec } from './tables';

/** Staff pay: "wage" is WordNet's synonym of salary. */
export const PAYROLL: TableSpec = {
	name: 'payroll',
	humanName: 'Payroll',
	columns: [
		['employee', 'VARCHAR'],
		['department', 'VARCHAR'],
		['salary', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`E${i}`,
		['sales', 'support', 'research'][i % 3],
		30000 + i * 1000
	])
};

/** Houses with one size column: "biggest" reaches it through WordNet's attribute of big. */
export const HOUSES: TableSpec = {
	name: 'houses',
	humanName: 'Houses',
	columns: [
		['address', 'VARCHAR'],
		['size', 'DOUBLE'],
		['price', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [
		`${i + 1} Main St`,
		50 + ((i * 7) % 10) * 10,
		1000 * i
	])
};

/** Two size columns: "biggest" cannot tell which one it means. */
export const PLOTS: TableSpec = {
	name: 'plots',
	humanName: 'Plots',
	columns: [
		['plot', 'VARCHAR'],
		['house_size', 'DOUBLE'],
		['garden_size', 'DOUBLE']
	],
	rows: Array.from({ length: 10 }, (_, i) => [`P${i}`, 50 + i, 200 - i])
};

/** Laboratory animals: "mice" is an irregular plural of a value. */
export const ANIMALS: TableSpec = {
	name: 'animals',
	humanName: 'Animals',
	columns: [
		['tag', 'VARCHAR'],
		['species', 'VARCHAR'],
		['weight', 'DOUBLE']
	],
	rows: Array.from({ length: 12 }, (_, i) => [`A${i}`, ['mouse', 'rat', 'rabbit'][i % 3], 20 + i])
};

/** People and their wealth: "wealthiest" is not a word the engine's own tables know. */
export const FORTUNES: TableSpec = {
	name: 'fortunes',
	humanName: 'Fortunes',
	columns: [
		['name', 'VARCHAR'],
		['wealth', 'DOUBLE'],
		['age', 'BIGINT']
	],
	rows: Array.from({ length: 10 }, (_, i) => [`Person ${i}`, 100 + ((i * 3) % 10), 30 + i])
};
