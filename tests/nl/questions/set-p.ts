import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set P: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were written
 * without reading or running the engine. The tables are synthetic but plausible, written by a
 * seeded, deterministic generator kept beside them (tests/nl/data/set-p/generate.mjs, mulberry32
 * from tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`). Columns as
 * imported:
 * - bank_transactions.csv (1,860 rows, one person's bank statement export 2022-01-01 to
 *   2024-12-31 over three accounts, one row per transaction): txn_id (e.g. 'TX-000001', in date
 *   order), "Transaction Date" (DATE), Description (the bank's raw text, upper case, e.g. 'CARD
 *   PAYMENT TO TESCO STORES 3012', 'BRIGHTWAVE LTD SALARY', 'DIRECT DEBIT OCTOPUS ENERGY'),
 *   merchant (a clean name, e.g. 'Tesco', "Sainsbury's", 'Amazon', 'Oakfield Lettings' (the
 *   landlord), 'Brightwave Ltd' (the employer); 250 missing: transfers, interest, cash machine and
 *   friends' payments), Category ('Groceries' | 'Eating Out' | 'Transport' | 'Shopping' |
 *   'Entertainment' | 'Health' | 'Travel' | 'Bills' | 'Rent' | 'Subscriptions' | 'Cash' |
 *   'Income' | 'Interest' | 'Transfer'), "Paid Out (£)" and "Paid In (£)" (DOUBLE, both
 *   positive; exactly one of the two is set on each row, the other is missing), runningBalance
 *   (DOUBLE, the account's balance after the transaction; negative on the credit card when money
 *   is owed), Account ('Current Account' | 'Credit Card' | 'Savings'), pmt_type ('Card' |
 *   'Contactless' | 'Direct Debit' | 'Standing Order' | 'Transfer' | 'ATM' | 'Bank Credit' |
 *   'Faster Payment' | 'Interest' | 'Refund'), Recurring (BOOLEAN, from Yes/No), Notes (the
 *   person's own notes; 1,808 missing). Moves between the person's own accounts (savings
 *   transfers, paying off the credit card) appear on both accounts with Category 'Transfer'.
 * - site_analytics.csv (2,388 rows, a small pottery studio's website analytics export
 *   2023-01-01 to 2024-12-31: one row per day, landing page, source / medium, device and country
 *   that had sessions, so mostly 1-3 sessions a row): "Date" (DATE), landingPage ('/' (home),
 *   '/shop', '/shop/mugs', '/shop/planters' (from September 2023), '/workshops',
 *   '/gift-vouchers', '/blog/how-to-glaze-pottery', '/blog/beginner-wheel-tips', '/contact',
 *   '/about'), "Source / Medium" ('google / organic' | '(direct) / (none)' | 'instagram.com /
 *   referral' | 'facebook.com / referral' | 'newsletter / email' | 'google / cpc' (paid ads) |
 *   'bing / organic' | 'etsy.com / referral'), "Device Category" ('desktop' | 'mobile' |
 *   'tablet', lower case), Country ('United Kingdom', 'United States', 'Ireland', … 8 countries;
 *   52 missing: not set), Sessions, newUsers, pageviews (BIGINT), "Bounce Rate (%)" (DOUBLE, 0-100,
 *   of the row's sessions), "Avg Session Duration (s)" (DOUBLE, seconds, of the row's sessions),
 *   txns (BIGINT, orders/bookings), "Revenue (£)" (DOUBLE, 0 where no orders).
 * - car_rentals.csv (2,122 rows, a Highland car hire company's rentals, pickups 2022-04-01 to
 *   2024-12-31, one row per rental): rental_id (e.g. 'RN-20001', in pickup order), "Pickup Time"
 *   and "Return Time" (TIMESTAMP; the return is missing on the 7 rentals still out when the data
 *   was exported), Branch ('Inverness Airport' | 'Inverness City' | 'Aviemore' (opened May
 *   2023)), car_class ('Economy' | 'Compact' | 'SUV' | 'Estate' | 'Van' | 'Premium' | 'Electric'
 *   (from June 2023)), Model (12 models, e.g. 'Volkswagen Golf', 'Nissan Qashqai', 'Ford Transit
 *   Custom'), customerType ('Personal' | 'Business'), drv_age (BIGINT, the driver's age), "Daily
 *   Rate (£)" (DOUBLE), days (BIGINT, days charged), km (BIGINT, distance driven; missing on the
 *   7 unreturned rentals and 40 others), "Extra Cover" (BOOLEAN, extra insurance bought), "Total
 *   (£)" (DOUBLE, the charge: rate × days plus cover and a young driver fee), "Damage Reported"
 *   (BOOLEAN, from Yes/No; missing on the 7 unreturned rentals).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_P_TABLE_SOURCES: TableSource[] = [
	{
		name: 'bank_transactions',
		humanName: 'Bank transactions',
		repoDir: 'tests/nl/data/set-p',
		file: 'bank_transactions.csv',
		format: 'csv'
	},
	{
		name: 'site_analytics',
		humanName: 'Site analytics',
		repoDir: 'tests/nl/data/set-p',
		file: 'site_analytics.csv',
		format: 'csv'
	},
	{
		name: 'car_rentals',
		humanName: 'Car rentals',
		repoDir: 'tests/nl/data/set-p',
		file: 'car_rentals.csv',
		format: 'csv'
	}
];

export const SET_P_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- bank transactions
	{
		id: 'p-bank_transactions-01',
		question: 'how much did i spend on groceries in 2023',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT SUM("Paid Out (£)") FROM bank_transactions WHERE Category = 'Groceries' AND YEAR("Transaction Date") = 2023`,
		note: 'Spending is the "Paid Out (£)" column (positive amounts).'
	},
	{
		id: 'p-bank_transactions-02',
		question: 'total spent at tesco',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Paid Out (£)") FROM bank_transactions WHERE merchant = 'Tesco'`
	},
	{
		id: 'p-bank_transactions-03',
		question: 'whats my biggest expense category',
		tables: ['bank_transactions'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Category FROM bank_transactions GROUP BY Category ORDER BY SUM("Paid Out (£)") DESC NULLS LAST LIMIT 1',
		note: 'By money paid out: Rent (£40,410) ahead of Transfer (£25,169, moves between own accounts) and Groceries (£14,309); the same answer with transfers left out.'
	},
	{
		id: 'p-bank_transactions-04',
		question: 'average grocery shop',
		tables: ['bank_transactions'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG("Paid Out (£)") FROM bank_transactions WHERE Category = 'Groceries'`,
		note: 'The mean amount of a Groceries transaction.'
	},
	{
		id: 'p-bank_transactions-05',
		question: 'how many transactions on my credit card',
		tables: ['bank_transactions'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM bank_transactions WHERE Account = 'Credit Card'`,
		note: 'Every row on the Credit Card account, purchases, refunds and payments received.'
	},
	{
		id: 'p-bank_transactions-06',
		question: 'how much have I paid in rent altogether',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Paid Out (£)") FROM bank_transactions WHERE Category = 'Rent'`
	},
	{
		id: 'p-bank_transactions-07',
		question: 'total salary received in 2024',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-contains', 'time-year', 'synonym'],
		sql: `SELECT SUM("Paid In (£)") FROM bank_transactions WHERE Description ILIKE '%salary%' AND YEAR("Transaction Date") = 2024`,
		note: "The monthly salary credits (Description 'BRIGHTWAVE LTD SALARY'): 3 × £2,868.55 and, after the April pay rise, 9 × £3,031.90 = £35,892.75; the December bonus from the same employer is not salary."
	},
	{
		id: 'p-bank_transactions-08',
		question: 'income per year',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq', 'time-grain'],
		sql: `SELECT YEAR("Transaction Date") AS y, SUM("Paid In (£)") FROM bank_transactions WHERE Category = 'Income' GROUP BY y`,
		note: 'The Income category (salary, bonus, friends paying back); not transfers between own accounts nor savings interest.'
	},
	{
		id: 'p-bank_transactions-09',
		question: "what's the latest balance on my current account",
		tables: ['bank_transactions'],
		tags: ['filter-eq', 'top-n', 'ordering'],
		sql: `SELECT runningBalance FROM bank_transactions WHERE Account = 'Current Account' ORDER BY "Transaction Date" DESC, txn_id DESC LIMIT 1`,
		note: 'The running balance after the last Current Account transaction (31 Dec 2024; within a day the highest txn_id is the last): £4,572.18.'
	},
	{
		id: 'p-bank_transactions-10',
		question: 'how many different direct debits have i got',
		tables: ['bank_transactions'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT merchant) FROM bank_transactions WHERE pmt_type = 'Direct Debit'`,
		note: 'Distinct payees paid by direct debit (6), not the number of direct debit payments.'
	},
	{
		id: 'p-bank_transactions-11',
		question: 'top 5 merchants by spend',
		tables: ['bank_transactions'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT merchant, SUM("Paid Out (£)") AS spent FROM bank_transactions WHERE merchant IS NOT NULL GROUP BY merchant ORDER BY spent DESC LIMIT 5',
		isOrdered: true,
		note: "Oakfield Lettings (rent), Tesco, Bristol City Council, Octopus Energy, Sainsbury's; rows without a merchant (transfers, cash) are not a merchant."
	},
	{
		id: 'p-bank_transactions-12',
		question: 'how many times did I take cash out',
		tables: ['bank_transactions'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM bank_transactions WHERE Category = 'Cash'`,
		note: "Cash machine withdrawals; Category 'Cash' and pmt_type 'ATM' are the same 44 rows."
	},
	{
		id: 'p-bank_transactions-13',
		question: 'eating out spend per month in 2024',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Transaction Date") AS m, SUM("Paid Out (£)") FROM bank_transactions WHERE Category = 'Eating Out' AND YEAR("Transaction Date") = 2024 GROUP BY m`
	},
	{
		id: 'p-bank_transactions-14',
		question: 'what percentage of my transactions were contactless',
		tables: ['bank_transactions'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE pmt_type = 'Contactless') * 1.0 / COUNT(*) FROM bank_transactions`,
		isShare: true,
		note: 'Share of all transactions (every row); the share of card payments only is another reading.'
	},
	{
		id: 'p-bank_transactions-15',
		question: 'how many transactions have a note on them',
		tables: ['bank_transactions'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM bank_transactions WHERE Notes IS NOT NULL'
	},
	{
		id: 'p-bank_transactions-16',
		question: 'how much interest has my savings earned',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Paid In (£)") FROM bank_transactions WHERE Category = 'Interest'`,
		note: 'All interest is paid into the Savings account.'
	},
	{
		id: 'p-bank_transactions-17',
		question: 'avg amazon order since june 2023',
		tables: ['bank_transactions'],
		tags: ['avg', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT AVG("Paid Out (£)") FROM bank_transactions WHERE merchant = 'Amazon' AND "Transaction Date" >= DATE '2023-06-01'`,
		note: 'Amazon purchases from 1 June 2023 on; refunds have no paid-out amount and are not orders.'
	},
	{
		id: 'p-bank_transactions-18',
		question: 'median uber fare',
		tables: ['bank_transactions'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Paid Out (£)") FROM bank_transactions WHERE merchant = 'Uber'`
	},
	{
		id: 'p-bank_transactions-19',
		question: 'how much did i spend at aldi, tesco and sainsburys',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-list', 'group-by', 'fuzzy'],
		sql: `SELECT merchant, SUM("Paid Out (£)") FROM bank_transactions WHERE merchant IN ('Aldi', 'Tesco', 'Sainsbury''s') GROUP BY merchant`,
		note: 'Read as the total at each of the three ("sainsburys" without the apostrophe); one combined total (£12,807.11) is another reading.'
	},
	{
		id: 'p-bank_transactions-20',
		question: 'biggest single purchase on the credit card',
		tables: ['bank_transactions'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX("Paid Out (£)") FROM bank_transactions WHERE Account = 'Credit Card'`,
		note: 'The largest amount paid out on the card; payments received are paid in.'
	},
	{
		id: 'p-bank_transactions-21',
		question: 'list payments over £500 that werent rent - date, description and amount',
		tables: ['bank_transactions'],
		tags: ['rows-mode', 'filter-numeric', 'filter-negation'],
		sql: `SELECT "Transaction Date", Description, "Paid Out (£)" FROM bank_transactions WHERE "Paid Out (£)" > 500 AND Category <> 'Rent'`,
		note: '10 rows: mostly the monthly credit card payments, an Airbnb and a car hire.'
	},
	{
		id: 'p-bank_transactions-22',
		question: 'how much went out of my current account in december 2023',
		tables: ['bank_transactions'],
		tags: ['sum', 'filter-eq', 'time-range'],
		sql: `SELECT SUM("Paid Out (£)") FROM bank_transactions WHERE Account = 'Current Account' AND "Transaction Date" BETWEEN DATE '2023-12-01' AND DATE '2023-12-31'`,
		note: 'Everything paid out of the Current Account that month, transfers included.'
	},
	{
		id: 'p-bank_transactions-23',
		question: 'eating out spending by year and account',
		tables: ['bank_transactions'],
		tags: ['sum', 'multi-group', 'filter-eq', 'time-grain'],
		sql: `SELECT YEAR("Transaction Date") AS y, Account, SUM("Paid Out (£)") FROM bank_transactions WHERE Category = 'Eating Out' GROUP BY y, Account`
	},

	// ---------------------------------------------------------------- site analytics
	{
		id: 'p-site_analytics-01',
		question: 'how many sessions did we get in 2024',
		tables: ['site_analytics'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(Sessions) FROM site_analytics WHERE YEAR("Date") = 2024',
		note: 'The sum of the Sessions column, not the number of rows.'
	},
	{
		id: 'p-site_analytics-02',
		question: 'total page views',
		tables: ['site_analytics'],
		tags: ['sum', 'fuzzy'],
		sql: 'SELECT SUM(pageviews) FROM site_analytics'
	},
	{
		id: 'p-site_analytics-03',
		question: 'sessions by device',
		tables: ['site_analytics'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT "Device Category", SUM(Sessions) FROM site_analytics GROUP BY "Device Category"'
	},
	{
		id: 'p-site_analytics-04',
		question: 'which traffic source brings in the most visitors',
		tables: ['site_analytics'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Source / Medium" FROM site_analytics GROUP BY "Source / Medium" ORDER BY SUM(Sessions) DESC LIMIT 1',
		note: 'Visitors read as sessions: google / organic (1,057) well ahead of direct (551); by newUsers it is the same.'
	},
	{
		id: 'p-site_analytics-05',
		question: "what's our bounce rate on mobile",
		tables: ['site_analytics'],
		tags: ['avg', 'filter-eq', 'metric'],
		sql: `SELECT SUM("Bounce Rate (%)" * Sessions) / SUM(Sessions) FROM site_analytics WHERE "Device Category" = 'mobile'`,
		note: "The bounce rate over all mobile sessions, each row weighted by its sessions (52.4%); the plain mean of the rows' rates is close (52.2%) but not the site's rate."
	},
	{
		id: 'p-site_analytics-06',
		question: 'revenue by month',
		tables: ['site_analytics'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM("Revenue (£)") FROM site_analytics GROUP BY m`
	},
	{
		id: 'p-site_analytics-07',
		question: 'how many orders came from the newsletter',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT SUM(txns) FROM site_analytics WHERE "Source / Medium" = 'newsletter / email'`,
		note: 'Orders are txns; the newsletter is the source / medium newsletter / email.'
	},
	{
		id: 'p-site_analytics-08',
		question: 'top 5 landing pages by sessions',
		tables: ['site_analytics'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT landingPage, SUM(Sessions) AS s FROM site_analytics GROUP BY landingPage ORDER BY s DESC LIMIT 5',
		isOrdered: true,
		note: "'/', '/blog/how-to-glaze-pottery', '/workshops', '/shop', '/shop/mugs' (235); 6th is 233."
	},
	{
		id: 'p-site_analytics-09',
		question: 'sessions from outside the uk',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-negation', 'fuzzy'],
		sql: `SELECT SUM(Sessions) FROM site_analytics WHERE Country <> 'United Kingdom'`,
		note: 'Sessions with a known country other than the United Kingdom; the 52 sessions with no country are not known to be outside.'
	},
	{
		id: 'p-site_analytics-10',
		question: 'how many sessions dont have a country',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-missing'],
		sql: 'SELECT SUM(Sessions) FROM site_analytics WHERE Country IS NULL'
	},
	{
		id: 'p-site_analytics-11',
		question: 'conversion rate by source',
		tables: ['site_analytics'],
		tags: ['share', 'group-by', 'metric'],
		sql: 'SELECT "Source / Medium", SUM(txns) * 1.0 / SUM(Sessions) FROM site_analytics GROUP BY "Source / Medium"',
		isShare: true,
		note: 'Orders (txns) per session for each source / medium.'
	},
	{
		id: 'p-site_analytics-12',
		question: 'how much revenue have the google ads brought in',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Revenue (£)") FROM site_analytics WHERE "Source / Medium" = 'google / cpc'`,
		note: 'Paid Google ads are google / cpc (not google / organic).'
	},
	{
		id: 'p-site_analytics-13',
		question: 'new users per year',
		tables: ['site_analytics'],
		tags: ['sum', 'time-grain'],
		sql: 'SELECT YEAR("Date") AS y, SUM(newUsers) FROM site_analytics GROUP BY y'
	},
	{
		id: 'p-site_analytics-14',
		question: 'how many visits did the blog posts get',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-contains', 'synonym'],
		sql: `SELECT SUM(Sessions) FROM site_analytics WHERE landingPage LIKE '/blog/%'`,
		note: 'Sessions landing on any page under /blog/ (two posts), together.'
	},
	{
		id: 'p-site_analytics-15',
		question: 'pages per session',
		tables: ['site_analytics'],
		tags: ['metric'],
		sql: 'SELECT SUM(pageviews) * 1.0 / SUM(Sessions) FROM site_analytics',
		note: "Total pageviews over total sessions, not the mean of the rows' ratios."
	},
	{
		id: 'p-site_analytics-16',
		question: 'top 3 countries by sessions',
		tables: ['site_analytics'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Country, SUM(Sessions) AS s FROM site_analytics WHERE Country IS NOT NULL GROUP BY Country ORDER BY s DESC LIMIT 3',
		isOrdered: true,
		note: 'United Kingdom, United States, Ireland; the unknown country (52) would be 4th anyway.'
	},
	{
		id: 'p-site_analytics-17',
		question: 'sessions from instagram and facebook since september 2024',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-list', 'time-since', 'fuzzy'],
		sql: `SELECT SUM(Sessions) FROM site_analytics WHERE "Source / Medium" IN ('instagram.com / referral', 'facebook.com / referral') AND "Date" >= DATE '2024-09-01'`,
		note: 'Read as one total of the two sources together.'
	},
	{
		id: 'p-site_analytics-18',
		question: 'gift voucher page sessions per month',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-eq', 'time-grain', 'trend', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM(Sessions) FROM site_analytics WHERE landingPage = '/gift-vouchers' GROUP BY m`
	},
	{
		id: 'p-site_analytics-19',
		question: 'how many days did we get more than 10 sessions',
		tables: ['site_analytics'],
		tags: ['aggregate-count', 'filter-numeric', 'time-grain'],
		sql: 'SELECT COUNT(*) FROM (SELECT "Date" FROM site_analytics GROUP BY "Date" HAVING SUM(Sessions) > 10)',
		note: 'Days whose sessions add up to more than 10 (9 days, mostly newsletter days).'
	},
	{
		id: 'p-site_analytics-20',
		question: 'what % of sessions were new users',
		tables: ['site_analytics'],
		tags: ['share', 'metric'],
		sql: 'SELECT SUM(newUsers) * 1.0 / SUM(Sessions) FROM site_analytics',
		isShare: true
	},
	{
		id: 'p-site_analytics-21',
		question: 'workshops page revenue 2023 vs 2024',
		tables: ['site_analytics'],
		tags: ['sum', 'filter-eq', 'time-grain', 'fuzzy'],
		sql: `SELECT YEAR("Date") AS y, SUM("Revenue (£)") FROM site_analytics WHERE landingPage = '/workshops' GROUP BY y`,
		note: 'Revenue of sessions landing on /workshops, one row per year.'
	},
	{
		id: 'p-site_analytics-22',
		question: 'revenue between 1 nov and 24 dec 2024',
		tables: ['site_analytics'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM("Revenue (£)") FROM site_analytics WHERE "Date" BETWEEN DATE '2024-11-01' AND DATE '2024-12-24'`,
		note: 'Both days included.'
	},
	{
		id: 'p-site_analytics-23',
		question: 'which days did we make over £100 - show the date and revenue',
		tables: ['site_analytics'],
		tags: ['rows-mode', 'sum', 'filter-numeric', 'time-grain'],
		sql: 'SELECT "Date", SUM("Revenue (£)") AS r FROM site_analytics GROUP BY "Date" HAVING SUM("Revenue (£)") > 100',
		note: "A day's revenue is the sum over its rows: 15 days."
	},
	{
		id: 'p-site_analytics-24',
		question: 'sessions by device and source',
		tables: ['site_analytics'],
		tags: ['sum', 'multi-group'],
		sql: 'SELECT "Device Category", "Source / Medium", SUM(Sessions) FROM site_analytics GROUP BY "Device Category", "Source / Medium"'
	},

	// ---------------------------------------------------------------- car rentals
	{
		id: 'p-car_rentals-01',
		question: 'how many rentals have we done',
		tables: ['car_rentals'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM car_rentals'
	},
	{
		id: 'p-car_rentals-02',
		question: 'rentals per branch',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Branch, COUNT(*) FROM car_rentals GROUP BY Branch'
	},
	{
		id: 'p-car_rentals-03',
		question: 'average daily rate for SUVs',
		tables: ['car_rentals'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Daily Rate (£)") FROM car_rentals WHERE car_class = 'SUV'`,
		note: 'Plural "SUVs" for the class SUV.'
	},
	{
		id: 'p-car_rentals-04',
		question: 'total revenue in 2023',
		tables: ['car_rentals'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Total (£)") FROM car_rentals WHERE YEAR("Pickup Time") = 2023',
		note: 'Revenue is the Total charge; the year of the pickup.'
	},
	{
		id: 'p-car_rentals-05',
		question: 'which car class makes us the most money',
		tables: ['car_rentals'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT car_class FROM car_rentals GROUP BY car_class ORDER BY SUM("Total (£)") DESC LIMIT 1',
		note: 'SUV (£182k) ahead of Compact (£171k).'
	},
	{
		id: 'p-car_rentals-06',
		question: 'how many cars came back damaged',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM car_rentals WHERE "Damage Reported"'
	},
	{
		id: 'p-car_rentals-07',
		question: 'damage rate for drivers under 25',
		tables: ['car_rentals'],
		tags: ['share', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Damage Reported") * 1.0 / COUNT("Damage Reported") FROM car_rentals WHERE drv_age < 25',
		isShare: true,
		note: 'Share of the under-25 rentals with damage reported, over those returned (one under-25 rental is still out, damage unknown).'
	},
	{
		id: 'p-car_rentals-08',
		question: 'average km per rental',
		tables: ['car_rentals'],
		tags: ['avg'],
		sql: 'SELECT AVG(km) FROM car_rentals',
		note: 'Over the rentals with a distance recorded.'
	},
	{
		id: 'p-car_rentals-09',
		question: 'avg rental length by customer type',
		tables: ['car_rentals'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT customerType, AVG(days) FROM car_rentals GROUP BY customerType',
		note: 'Length in days charged (days).'
	},
	{
		id: 'p-car_rentals-10',
		question: 'how many vans have we rented out at aviemore',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM car_rentals WHERE car_class = 'Van' AND Branch = 'Aviemore'`
	},
	{
		id: 'p-car_rentals-11',
		question: 'rentals per month in 2024',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Pickup Time") AS m, COUNT(*) FROM car_rentals WHERE YEAR("Pickup Time") = 2024 GROUP BY m`
	},
	{
		id: 'p-car_rentals-12',
		question: 'show rental id and model for the cars that are still out',
		tables: ['car_rentals'],
		tags: ['rows-mode', 'filter-missing', 'synonym'],
		sql: 'SELECT rental_id, Model FROM car_rentals WHERE "Return Time" IS NULL',
		note: 'Still out = no return time yet (7 rentals picked up in late December 2024).'
	},
	{
		id: 'p-car_rentals-13',
		question: 'top 5 rentals by distance driven',
		tables: ['car_rentals'],
		tags: ['top-n', 'ordering', 'synonym'],
		sql: 'SELECT rental_id, km FROM car_rentals WHERE km IS NOT NULL ORDER BY km DESC LIMIT 5',
		isOrdered: true,
		note: 'Distance is km: 6,406, 5,191, 4,525, 4,300, 3,953; no tie at 5th.'
	},
	{
		id: 'p-car_rentals-14',
		question: 'what share of customers take the extra cover',
		tables: ['car_rentals'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Extra Cover") * 1.0 / COUNT(*) FROM car_rentals',
		isShare: true,
		note: 'Share of rentals (there is no customer id, so each rental counts as a customer).'
	},
	{
		id: 'p-car_rentals-15',
		question: 'busiest month of the year for rentals',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'time-grain', 'top-n'],
		sql: 'SELECT MONTH("Pickup Time") AS mo FROM car_rentals GROUP BY mo ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Month of the year across all years: July (353 pickups, then August 319); the busiest calendar month is also a July (July 2024, 139).'
	},
	{
		id: 'p-car_rentals-16',
		question: 'how many rentals since 1 july 2024',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM car_rentals WHERE "Pickup Time" >= TIMESTAMP '2024-07-01 00:00:00'`,
		note: 'Picked up on or after 1 July 2024.'
	},
	{
		id: 'p-car_rentals-17',
		question: 'median driver age',
		tables: ['car_rentals'],
		tags: ['median', 'synonym'],
		sql: 'SELECT MEDIAN(drv_age) FROM car_rentals',
		note: 'The column is the abbreviated drv_age.'
	},
	{
		id: 'p-car_rentals-18',
		question: 'how many business rentals in 2022',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM car_rentals WHERE customerType = 'Business' AND YEAR("Pickup Time") = 2022`
	},
	{
		id: 'p-car_rentals-19',
		question: 'revenue by branch and year',
		tables: ['car_rentals'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: 'SELECT Branch, YEAR("Pickup Time") AS y, SUM("Total (£)") FROM car_rentals GROUP BY Branch, y'
	},
	{
		id: 'p-car_rentals-20',
		question: 'average km driven in the electric cars',
		tables: ['car_rentals'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(km) FROM car_rentals WHERE car_class = 'Electric'`
	},
	{
		id: 'p-car_rentals-21',
		question: 'how many different models do we rent out',
		tables: ['car_rentals'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Model) FROM car_rentals'
	},
	{
		id: 'p-car_rentals-22',
		question: "what's the highest daily rate we've charged",
		tables: ['car_rentals'],
		tags: ['max'],
		sql: 'SELECT MAX("Daily Rate (£)") FROM car_rentals'
	},
	{
		id: 'p-car_rentals-23',
		question: 'how many premium or electric rentals between june and august 2023',
		tables: ['car_rentals'],
		tags: ['aggregate-count', 'filter-list', 'time-range'],
		sql: `SELECT COUNT(*) FROM car_rentals WHERE car_class IN ('Premium', 'Electric') AND "Pickup Time" >= TIMESTAMP '2023-06-01 00:00:00' AND "Pickup Time" < TIMESTAMP '2023-09-01 00:00:00'`,
		note: 'Pickups from the start of June to the end of August 2023, all three months included.'
	},
	{
		id: 'p-car_rentals-24',
		question: 'how long do people keep the car on average, in hours',
		tables: ['car_rentals'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(DATE_DIFF('minute', "Pickup Time", "Return Time")) / 60.0 FROM car_rentals`,
		note: 'Return Time minus Pickup Time, over the returned rentals.'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'p-refuse-01',
		question: 'how much will i spend on groceries next year',
		tables: ['bank_transactions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast of the future, not in the data.'
	},
	{
		id: 'p-refuse-02',
		question: 'whats my credit score',
		tables: ['bank_transactions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No credit score in a transaction export.'
	},
	{
		id: 'p-refuse-03',
		question: 'what interest rate am I paying on my credit card',
		tables: ['bank_transactions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No rates anywhere; the card is paid off in full and only the savings interest paid is recorded.'
	},
	{
		id: 'p-refuse-04',
		question: 'how many people added something to their basket but didnt buy',
		tables: ['site_analytics'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No add-to-basket or checkout events; only completed orders (txns).'
	},
	{
		id: 'p-refuse-05',
		question: 'what age are our visitors',
		tables: ['site_analytics'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No demographics; only device and country.'
	},
	{
		id: 'p-refuse-06',
		question: 'which blog post should we write next',
		tables: ['site_analytics'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion or recommendation, not a query over the data.'
	},
	{
		id: 'p-refuse-07',
		question: 'who is our most loyal customer',
		tables: ['car_rentals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No customer name or id; rentals cannot be tied to a customer.'
	},
	{
		id: 'p-refuse-08',
		question: 'how much have damage repairs cost us',
		tables: ['car_rentals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Damage is only a yes/no flag; no repair costs.'
	}
];
