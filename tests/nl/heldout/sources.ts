/**
 * The held-out tables: vega-datasets files the NL engine was never tuned on, loaded the same
 * way as the tuning tables (columns in the file's own order, text dates parsed into DATEs).
 */
import type { TableSource } from '../harness/tables';

export const HELDOUT_TABLE_SOURCES: TableSource[] = [
	{ name: 'weather', humanName: 'Weather', file: 'weather.csv', format: 'csv' },
	{ name: 'la_riots', humanName: 'LA riots', file: 'la-riots.csv', format: 'csv' },
	{
		name: 'population',
		humanName: 'US population',
		file: 'population.json',
		format: 'json',
		select: `"year", "age", "sex", "people"`
	},
	{
		name: 'football',
		humanName: 'Football',
		file: 'football.json',
		format: 'json',
		select: `CAST("date" AS DATE) AS "date", "division", "home_team", "away_team", "home_score", "away_score"`
	},
	{
		name: 'barley',
		humanName: 'Barley',
		file: 'barley.json',
		format: 'json',
		select: `"yield", "variety", "year", "site"`
	},
	{
		name: 'jobs',
		humanName: 'Jobs',
		file: 'jobs.json',
		format: 'json',
		select: `"job", "sex", "year", "count", "perc"`
	},
	{
		name: 'crimea',
		humanName: 'Crimean War',
		file: 'crimea.json',
		format: 'json',
		select: `CAST("date" AS DATE) AS "date", "wounds", "other", "disease", "army_size"`
	},
	{
		name: 'income',
		humanName: 'Household income',
		file: 'income.json',
		format: 'json',
		select: `"name", "region", "id", "pct", "total", "group"`
	},
	{
		name: 'co2_concentration',
		humanName: 'CO2 concentration',
		file: 'co2-concentration.csv',
		format: 'csv'
	},
	{ name: 'global_temp', humanName: 'Global temperature', file: 'global-temp.csv', format: 'csv' },
	{
		name: 'driving',
		humanName: 'Driving',
		file: 'driving.json',
		format: 'json',
		select: `"side", "year", "miles", "gas"`
	}
];
