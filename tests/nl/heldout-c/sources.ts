/**
 * Held-out set C's tables: vega-datasets files no other evaluation set uses, loaded the way a
 * user's import would load them (columns in the file's own order, text dates parsed into DATEs
 * or TIMESTAMPs once the user picks the format).
 */
import type { TableSource } from '../harness/tables';

export const HELDOUT_C_TABLE_SOURCES: TableSource[] = [
	{
		name: 'flights_5k',
		humanName: 'Flights 5k',
		file: 'flights-5k.json',
		format: 'json',
		select: `strptime("date", '%Y/%m/%d %H:%M') AS "date", "delay", "distance", "origin", "destination"`
	},
	{
		name: 'seattle_weather_hourly_normals',
		humanName: 'Seattle weather hourly normals',
		file: 'seattle-weather-hourly-normals.csv',
		format: 'csv'
	},
	{ name: 'windvectors', humanName: 'Wind vectors', file: 'windvectors.csv', format: 'csv' },
	{
		name: 'ohlc',
		humanName: 'OHLC',
		file: 'ohlc.json',
		format: 'json',
		select: `CAST("date" AS DATE) AS "date", "open", "high", "low", "close", "signal", "ret"`
	},
	{
		name: 'political_contributions',
		humanName: 'Political contributions',
		file: 'political-contributions.json',
		format: 'json',
		select: [
			'"Candidate_Identification"',
			'"Candidate_Name"',
			'"Incumbent_Challenger_Status"',
			'"Party_Code"',
			'"Party_Affiliation"',
			'"Total_Receipts"',
			'"Transfers_from_Authorized_Committees"',
			'"Total_Disbursements"',
			'"Transfers_to_Authorized_Committees"',
			'"Beginning_Cash"',
			'"Ending_Cash"',
			'"Contributions_from_Candidate"',
			'"Loans_from_Candidate"',
			'"Other_Loans"',
			'"Candidate_Loan_Repayments"',
			'"Other_Loan_Repayments"',
			'"Debts_Owed_By"',
			'"Total_Individual_Contributions"',
			'"Candidate_State"',
			'"Candidate_District"',
			'"Contributions_from_Other_Political_Committees"',
			'"Contributions_from_Party_Committees"',
			`CAST(strptime("Coverage_End_Date", '%m/%d/%Y') AS DATE) AS "Coverage_End_Date"`,
			'"Refunds_to_Individuals"',
			'"Refunds_to_Committees"'
		].join(', ')
	},
	{
		name: 'budgets',
		humanName: 'Budgets',
		file: 'budgets.json',
		format: 'json',
		select: `"budgetYear", "forecastYear", "value"`
	},
	{ name: 'species', humanName: 'Species', file: 'species.csv', format: 'csv' },
	{
		name: 'obesity',
		humanName: 'Obesity',
		file: 'obesity.json',
		format: 'json',
		select: `"id", "rate", "state"`
	}
];
