import type { EvalQuestion } from '../harness/types';

/** Set C questions over ohlc (daily prices), political_contributions and budgets (forecasts). */
export const HELDOUT_C_MONEY_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hc-ohlc-01',
		question: 'highest closing price',
		tables: ['ohlc'],
		tags: ['max'],
		sql: 'SELECT MAX(close) FROM ohlc'
	},
	{
		id: 'hc-ohlc-02',
		question: 'average opening price',
		tables: ['ohlc'],
		tags: ['avg'],
		sql: 'SELECT AVG(open) FROM ohlc'
	},
	{
		id: 'hc-ohlc-03',
		question: 'which day had the biggest return',
		tables: ['ohlc'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT date FROM ohlc ORDER BY ret DESC LIMIT 1'
	},
	{
		id: 'hc-ohlc-04',
		question: 'how many days had a long signal',
		tables: ['ohlc'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM ohlc WHERE signal = 'long'`
	},
	{
		id: 'hc-ohlc-05',
		question: 'average close by month',
		tables: ['ohlc'],
		tags: ['avg', 'time-grain'],
		sql: `SELECT date_trunc('month', date), AVG(close) FROM ohlc GROUP BY 1`
	},
	{
		id: 'hc-ohlc-06',
		question: 'lowest low in july',
		tables: ['ohlc'],
		tags: ['min', 'time-range'],
		sql: 'SELECT MIN(low) FROM ohlc WHERE month(date) = 7'
	},
	{
		id: 'hc-ohlc-07',
		question: 'how many days closed above 30',
		tables: ['ohlc'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM ohlc WHERE close > 30'
	},
	{
		id: 'hc-ohlc-08',
		question: 'average return per signal',
		tables: ['ohlc'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT signal, AVG(ret) FROM ohlc GROUP BY signal'
	},
	{
		id: 'hc-ohlc-09',
		question: 'the 3 days with the highest high',
		tables: ['ohlc'],
		tags: ['top-n'],
		sql: 'SELECT date FROM ohlc ORDER BY high DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'hc-ohlc-10',
		question: 'total return for short signals',
		tables: ['ohlc'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM(ret) FROM ohlc WHERE signal = 'short'`
	},
	{
		id: 'hc-contrib-01',
		question: 'how many candidates are there',
		tables: ['political_contributions'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM political_contributions',
		note: 'one row per candidate id'
	},
	{
		id: 'hc-contrib-02',
		question: 'total receipts by party',
		tables: ['political_contributions'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Party_Affiliation, SUM(Total_Receipts) FROM political_contributions GROUP BY 1'
	},
	{
		id: 'hc-contrib-03',
		question: 'which candidate raised the most money',
		tables: ['political_contributions'],
		tags: ['top-n', 'synonym'],
		sql: 'SELECT Candidate_Name FROM political_contributions ORDER BY Total_Receipts DESC LIMIT 1'
	},
	{
		id: 'hc-contrib-04',
		question: 'how many republican candidates',
		tables: ['political_contributions'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM political_contributions WHERE Party_Affiliation = 'REP'`
	},
	{
		id: 'hc-contrib-05',
		question: 'average ending cash',
		tables: ['political_contributions'],
		tags: ['avg'],
		sql: 'SELECT AVG(Ending_Cash) FROM political_contributions'
	},
	{
		id: 'hc-contrib-06',
		question: 'total disbursements for dem candidates',
		tables: ['political_contributions'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM(Total_Disbursements) FROM political_contributions WHERE Party_Affiliation = 'DEM'`
	},
	{
		id: 'hc-contrib-07',
		question: 'number of candidates per state',
		tables: ['political_contributions'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Candidate_State, COUNT(*) FROM political_contributions GROUP BY 1'
	},
	{
		id: 'hc-contrib-08',
		question: 'candidates with debts over 10000',
		tables: ['political_contributions'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT Candidate_Name FROM political_contributions WHERE Debts_Owed_By > 10000'
	},
	{
		id: 'hc-contrib-09',
		question: 'how many challengers',
		tables: ['political_contributions'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM political_contributions WHERE Incumbent_Challenger_Status = 'C'`,
		note: 'status C is a challenger'
	},
	{
		id: 'hc-contrib-10',
		question: 'biggest debt',
		tables: ['political_contributions'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(Debts_Owed_By) FROM political_contributions'
	},
	{
		id: 'hc-contrib-11',
		question: 'sum of individual contributions',
		tables: ['political_contributions'],
		tags: ['sum'],
		sql: 'SELECT SUM(Total_Individual_Contributions) FROM political_contributions'
	},
	{
		id: 'hc-budgets-01',
		question: 'average value by budget year',
		tables: ['budgets'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT budgetYear, AVG(value) FROM budgets GROUP BY budgetYear'
	},
	{
		id: 'hc-budgets-02',
		question: 'what is the lowest forecast value',
		tables: ['budgets'],
		tags: ['min'],
		sql: 'SELECT MIN(value) FROM budgets'
	},
	{
		id: 'hc-budgets-03',
		question: 'how many forecasts were made for 2010',
		tables: ['budgets'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM budgets WHERE forecastYear = 2010'
	},
	{
		id: 'hc-budgets-04',
		question: 'show the forecasts from the 2009 budget',
		tables: ['budgets'],
		tags: ['rows-mode', 'filter-eq'],
		sql: 'SELECT forecastYear, value FROM budgets WHERE budgetYear = 2009'
	},
	{
		id: 'hc-budgets-05',
		question: 'average value for forecast years after 2015',
		tables: ['budgets'],
		tags: ['avg', 'filter-numeric'],
		sql: 'SELECT AVG(value) FROM budgets WHERE forecastYear > 2015'
	},
	{
		id: 'hc-budgets-06',
		question: 'which budget year had the most negative forecast',
		tables: ['budgets'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT budgetYear FROM budgets ORDER BY value ASC LIMIT 1'
	}
];
