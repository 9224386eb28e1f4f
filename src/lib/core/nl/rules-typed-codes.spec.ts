/**
 * Codes typed as their column writes them, dashes and slashes kept: "animal 24-0200",
 * "application 23/01283/FUL". A code the profile lists is that value; one it does not list is
 * still a value of the one column whose listed codes have its shape, in any case ("tree
 * t-00417"). A number typed after a column of codes ("booking 00417") is one of them, leading
 * zeros kept. A code in the shape of the first part of a column's values ("in HG2" of
 * postcodes) picks those that begin with it. Dates typed with dashes stay dates.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const INTAKES: TableSpec = {
	name: 'animal_intakes',
	hasValueLists: false,
	columns: [
		['Animal ID', 'VARCHAR'],
		['Intake Date', 'DATE'],
		['Species', 'VARCHAR'],
		['Reference', 'VARCHAR']
	],
	rows: Array.from({ length: 80 }, (_, i) => [
		`${23 + (i % 2)}-${String(i + 1).padStart(4, '0')}`,
		`2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
		['Dog', 'Cat', 'Rabbit'][i % 3],
		`23/${String(100 + i * 7).padStart(5, '0')}/${['FUL', 'HOU'][i % 2]}`
	])
};

describe('codes typed with dashes and slashes', () => {
	const intakes = catalogOf(INTAKES);

	it('reads a code the column does not list by its shape', () => {
		expect(answer('show me animal 24-0200', intakes).sql).toContain(
			`WHERE "Animal ID" = '24-0200'`
		);
		expect(answer('show the intake with reference 23/01283/FUL', intakes).sql).toContain(
			`"Reference" = '23/01283/FUL'`
		);
	});

	it('reads a listed code as that value', () => {
		expect(answer('species of animal 23-0001', intakes).sql).toContain(`"Animal ID" = '23-0001'`);
	});

	it('keeps dates typed with dashes as dates', () => {
		expect(
			answer('how many animals came in between 2023-03-01 and 2023-03-31', intakes).sql
		).toContain(`"Intake Date" >= DATE '2023-03-01'`);
	});
});

describe('codes with letters or leading zeros, in columns too long to list', () => {
	const trees: TableSpec = {
		name: 'tree_surveys',
		humanName: 'Tree surveys',
		columns: [
			['Tree ID', 'VARCHAR'],
			['Booking No', 'VARCHAR'],
			['Species', 'VARCHAR']
		],
		rows: Array.from({ length: 1200 }, (_, i) => [
			`T-${String(i + 1).padStart(5, '0')}`,
			String(i + 1).padStart(5, '0'),
			['Ash', 'Oak', 'Lime'][i % 3]
		])
	};
	const catalog = catalogOf(trees);
	it('reads a code that begins with letters in any case ("tree t-00417")', () => {
		expect(answer('show me tree t-00417', catalog).sql).toContain(
			'strip_accents(lower("Tree ID")) = \'t-00417\''
		);
	});
	it('reads a number after a column of codes as typed ("booking number 00417")', () => {
		for (const q of ['show me booking 00417', 'show booking number 00417']) {
			expect(answer(q, catalog).sql).toContain('"Booking No" = \'00417\'');
		}
	});
});

describe('the first part of a code', () => {
	it('picks the values that begin with it ("jobs in HG2" of postcodes)', () => {
		const jobs: TableSpec = {
			name: 'boiler_services',
			humanName: 'Boiler services',
			columns: [
				['Job No', 'VARCHAR'],
				['Postcode', 'VARCHAR']
			],
			rows: Array.from({ length: 40 }, (_, i) => [
				`24-${String(i + 1).padStart(4, '0')}`,
				`${['HG1', 'HG2', 'HG3', 'LS22'][i % 4]} ${1 + (i % 9)}${'ABD'[i % 3]}${'JQX'[i % 3]}`
			])
		};
		for (const q of ['how many jobs in HG2', 'how many jobs in hg2']) {
			expect(answer(q, catalogOf(jobs)).sql).toContain('starts_with(lower("Postcode"), \'hg2 \')');
		}
	});
});
