/**
 * Held-out set B's tables: vega-datasets files no other evaluation set uses, loaded the way a
 * user's import would load them (columns in the file's own order, text dates parsed into DATEs
 * or TIMESTAMPs once the user picks the format).
 */
import type { TableSource } from '../harness/tables';

export const HELDOUT_B_TABLE_SOURCES: TableSource[] = [
	{
		name: 'monarchs',
		humanName: 'Monarchs',
		file: 'monarchs.json',
		format: 'json',
		select: `"name", "start", "end", "commonwealth", "index"`
	},
	{
		name: 'health_income',
		humanName: 'Health and income',
		file: 'gapminder-health-income.csv',
		format: 'csv'
	},
	{
		name: 'engineers_hurricanes',
		humanName: 'Engineers and hurricanes',
		file: 'population_engineers_hurricanes.csv',
		format: 'csv'
	},
	{ name: 'zipcodes', humanName: 'Zip codes', file: 'zipcodes.csv', format: 'csv' },
	{ name: 'us_employment', humanName: 'US employment', file: 'us-employment.csv', format: 'csv' },
	{
		name: 'sp500',
		humanName: 'S&P 500',
		file: 'sp500.csv',
		format: 'csv',
		select: `CAST(strptime("date", '%b %d %Y') AS DATE) AS "date", "price"`
	},
	{
		name: 'github',
		humanName: 'GitHub commits',
		file: 'github.csv',
		format: 'csv'
	},
	{
		name: 'burtin',
		humanName: 'Antibiotics',
		file: 'burtin.json',
		format: 'json',
		select: `"Bacteria", "Penicillin", "Streptomycin", "Neomycin", "Gram_Staining", "Genus"`
	},
	{
		name: 'state_capitals',
		humanName: 'US state capitals',
		file: 'us-state-capitals.json',
		format: 'json',
		select: `"lon", "lat", "state", "city"`
	},
	{
		name: 'wheat',
		humanName: 'Wheat prices',
		file: 'wheat.json',
		format: 'json',
		select: `CAST("year" AS INTEGER) AS "year", "wheat", "wages"`
	}
];
