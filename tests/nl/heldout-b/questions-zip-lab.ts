import type { EvalQuestion } from '../harness/types';

/** Set B questions over zipcodes, burtin (antibiotics) and wheat. */
export const HELDOUT_B_ZIP_LAB_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hb-zip-01',
		question: 'how many zip codes are there',
		tables: ['zipcodes'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM zipcodes'
	},
	{
		id: 'hb-zip-02',
		question: 'how many zip codes in CA',
		tables: ['zipcodes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM zipcodes WHERE state = 'CA'`
	},
	{
		id: 'hb-zip-03',
		question: 'zip codes per state',
		tables: ['zipcodes'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT state, COUNT(*) FROM zipcodes GROUP BY 1'
	},
	{
		id: 'hb-zip-04',
		question: 'top 5 states by number of zip codes',
		tables: ['zipcodes'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT state, COUNT(*) FROM zipcodes GROUP BY 1 ORDER BY 2 DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'hb-zip-05',
		question: 'how many cities in ny',
		tables: ['zipcodes'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT city) FROM zipcodes WHERE state = 'NY'`
	},
	{
		id: 'hb-zip-06',
		question: 'zip codes in Boston',
		tables: ['zipcodes'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT zip_code FROM zipcodes WHERE city = 'Boston'`
	},
	{
		id: 'hb-zip-07',
		question: 'which county has the most zip codes',
		tables: ['zipcodes'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT county FROM zipcodes GROUP BY county ORDER BY COUNT(*) DESC LIMIT 1'
	},
	{
		id: 'hb-zip-08',
		question: 'number of zip codes in los angeles county',
		tables: ['zipcodes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM zipcodes WHERE county = 'Los Angeles'`
	},
	{
		id: 'hb-zip-09',
		question: 'how many zip codes have latitude above 60',
		tables: ['zipcodes'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM zipcodes WHERE latitude > 60'
	},
	{
		id: 'hb-burtin-01',
		question: 'how many bacteria',
		tables: ['burtin'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM burtin',
		note: 'a word for the table rows (one row per bacterium)'
	},
	{
		id: 'hb-burtin-02',
		question: 'average penicillin by gram staining',
		tables: ['burtin'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Gram_Staining, AVG(Penicillin) FROM burtin GROUP BY 1'
	},
	{
		id: 'hb-burtin-03',
		question: 'gram positive bacteria',
		tables: ['burtin'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT Bacteria FROM burtin WHERE Gram_Staining = 'positive'`
	},
	{
		id: 'hb-burtin-04',
		question: 'how many gram negative bacteria',
		tables: ['burtin'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM burtin WHERE Gram_Staining = 'negative'`
	},
	{
		id: 'hb-burtin-05',
		question: 'bacteria with neomycin below 0.1',
		tables: ['burtin'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT Bacteria FROM burtin WHERE Neomycin < 0.1'
	},
	{
		id: 'hb-burtin-06',
		question: 'streptomycin for escherichia coli',
		tables: ['burtin'],
		tags: ['filter-eq', 'fuzzy'],
		sql: `SELECT Streptomycin FROM burtin WHERE Bacteria = 'Escherichia coli'`
	},
	{
		id: 'hb-burtin-07',
		question: 'number of bacteria per genus',
		tables: ['burtin'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Genus, COUNT(*) FROM burtin GROUP BY 1'
	},
	{
		id: 'hb-burtin-08',
		question: 'salmonella bacteria with penicillin above 5',
		tables: ['burtin'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric', 'fuzzy'],
		sql: `SELECT Bacteria FROM burtin WHERE Genus = 'Salmonella' AND Penicillin > 5`
	},
	{
		id: 'hb-wheat-01',
		question: 'average wheat price',
		tables: ['wheat'],
		tags: ['avg'],
		sql: 'SELECT AVG(wheat) FROM wheat'
	},
	{
		id: 'hb-wheat-02',
		question: 'highest wages',
		tables: ['wheat'],
		tags: ['max'],
		sql: 'SELECT MAX(wages) FROM wheat'
	},
	{
		id: 'hb-wheat-03',
		question: 'wheat price in 1700',
		tables: ['wheat'],
		tags: ['filter-numeric', 'time-year'],
		sql: 'SELECT wheat FROM wheat WHERE year = 1700'
	},
	{
		id: 'hb-wheat-04',
		question: 'years where wheat was above 60',
		tables: ['wheat'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT year FROM wheat WHERE wheat > 60'
	},
	{
		id: 'hb-wheat-05',
		question: 'average wages after 1700',
		tables: ['wheat'],
		tags: ['avg', 'time-range'],
		sql: 'SELECT AVG(wages) FROM wheat WHERE year > 1700'
	},
	{
		id: 'hb-wheat-06',
		question: 'most expensive year for wheat',
		tables: ['wheat'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT year FROM wheat ORDER BY wheat DESC LIMIT 1',
		note: 'most expensive = highest wheat price'
	},
	{
		id: 'hb-wheat-07',
		question: 'wheat price over time',
		tables: ['wheat'],
		tags: ['trend'],
		sql: 'SELECT year, wheat FROM wheat'
	}
];
