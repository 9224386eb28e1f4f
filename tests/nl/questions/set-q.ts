import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set Q: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were written
 * without reading or running the engine. The tables are synthetic but plausible, written by a
 * seeded, deterministic generator kept beside them (tests/nl/data/set-q/generate.mjs, mulberry32
 * from tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`). Columns as
 * imported:
 * - grocery_receipts.csv (1,609 rows, one household's (Sam and Alex, in Leeds) grocery receipts
 *   2023-01-07 to 2024-12-29, one row per receipt line; a big weekly shop of up to 21 lines and
 *   small top-ups in the week, 195 receipts): line_id (e.g. 'GL-00001', in date order),
 *   "Receipt No" (e.g. 'RC-00001', one per shopping trip), Shop ('Lidl' | 'Asda' | 'Waitrose' |
 *   'Morrisons' | 'M&S Food' | 'Spar'; the big shop moved from Asda to Lidl in July 2023),
 *   purchase_date (DATE), Item (54 products, e.g. 'Bananas', 'Semi-Skimmed Milk 4 Pints', 'Oat
 *   Milk 1L', 'Fusilli Pasta 500g', 'Red Wine', 'Chicken Breast 1kg'; the same item name at every
 *   shop), Aisle
 *   ('Fruit & Veg' | 'Dairy & Eggs' | 'Bakery' | 'Meat & Fish' | 'Frozen' | 'Cupboard' | 'Snacks'
 *   | 'Drinks' | 'Alcohol' | 'Household' | 'Toiletries'; 53 missing: lines the receipt app did not
 *   recognise), qty (BIGINT, 1-4), pri (DOUBLE, the unit price in £ actually paid, after any
 *   offer), "Line Total (£)" (DOUBLE, qty × pri), "On Offer" (BOOLEAN, from Yes/No),
 *   paymentMethod ('Card' | 'Contactless' | 'Apple Pay' | 'Cash', one per receipt; 39 lines
 *   missing), shopper ('Sam' | 'Alex', who paid, one per receipt; 52 lines missing).
 * - timesheets.csv (2,408 rows, a five-person data consultancy's timesheet entries for work days
 *   2023-01-03 to 2024-12-31, one row per person, day and piece of work): entry_id (BIGINT, 50001
 *   up, in order of submission), Employee ('Hannah Price' | 'Oliver Grant' | 'Maya Patel' | 'Ben
 *   Okafor' (left end of May 2024) | 'Chloe Evans' (joined October 2023)), project ('Supply Chain
 *   Review', 'Warehouse Dashboard', 'Housing Data Audit', 'Digital Strategy', 'Pricing Model', 'CRM
 *   Migration', 'Fundraising Analytics' (pro bono, never billable), and the internal 'Internal',
 *   'Business Development', 'Training'), Client ('Harbour Foods' | 'Northgate Council' | 'Bramble
 *   Energy' | 'Kingfisher Travel' | "St Anne's Hospice"; 671 missing: internal work), work_date
 *   (DATE), Hours (DOUBLE, in quarter hours, 0.5-9.75), Billable (BOOLEAN, from Yes/No), "Rate
 *   (£/hr)" (BIGINT, the employee's hourly billing rate that year; missing on non-billable rows),
 *   taskType ('Analysis' | 'Meetings' | 'Development' | 'Report Writing' | 'Workshop' | 'Travel' |
 *   'Admin' | 'Proposal' | 'Training'), Approved (BOOLEAN, from Yes/No; No on the 40 entries from
 *   2024-12-16 on, not yet approved, and on 36 sent back), Notes (free text; mostly missing),
 *   "Submitted At" (TIMESTAMP, when the entry was logged, the same day or some days later).
 *   The amount billed for an entry is Hours × "Rate (£/hr)" on billable rows.
 * - product_reviews.csv (1,464 rows, an Irish online homeware shop's product reviews 2022-01-01 to
 *   2024-12-31, one row per review): review_id (e.g. 'RV-10001', in date order), Product (18
 *   products, e.g. 'Wireless Earbuds Pro', 'Electric Milk Frother', 'Expandable Garden Hose 30m',
 *   'Memory Foam Pillow', 'Cast Iron Skillet 26cm'; 'Bluetooth Speaker Mini' from April 2023,
 *   'Camping Hammock' from March 2023), brand (10 brands, e.g. 'Voltix', 'Brewlux', 'Greenleaf',
 *   'Slumberwell', 'Ironvale'), Category ('Kitchen' | 'Home' | 'Electronics' | 'Garden' |
 *   'Outdoors'), stars (BIGINT, 1-5), "Verified Purchase" (BOOLEAN, from Yes/No), helpfulVotes
 *   (BIGINT, mostly 0), review_date (DATE), Country ('Ireland' | 'United Kingdom' | 'Germany' |
 *   'France' | 'Netherlands' | 'Spain'; 45 missing), "Price Paid (€)" (DOUBLE; missing on the 190
 *   unverified reviews, which have no order), Title (a short headline, e.g. 'Love it!', 'Broke
 *   after two weeks'; 184 missing), "Would Recommend" (BOOLEAN, from Yes/No; 181 missing: not
 *   answered).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_Q_TABLE_SOURCES: TableSource[] = [
	{
		name: 'grocery_receipts',
		humanName: 'Grocery receipts',
		repoDir: 'tests/nl/data/set-q',
		file: 'grocery_receipts.csv',
		format: 'csv'
	},
	{
		name: 'timesheets',
		humanName: 'Timesheets',
		repoDir: 'tests/nl/data/set-q',
		file: 'timesheets.csv',
		format: 'csv'
	},
	{
		name: 'product_reviews',
		humanName: 'Product reviews',
		repoDir: 'tests/nl/data/set-q',
		file: 'product_reviews.csv',
		format: 'csv'
	}
];

export const SET_Q_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- grocery receipts
	{
		id: 'q-grocery_receipts-01',
		question: 'how much did we spend on food shopping in 2024',
		tables: ['grocery_receipts'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Line Total (£)") FROM grocery_receipts WHERE YEAR(purchase_date) = 2024`,
		note: 'Every line of the year (the whole table is grocery shopping, household and toiletry lines included).'
	},
	{
		id: 'q-grocery_receipts-02',
		question: 'total spent at lidl',
		tables: ['grocery_receipts'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Line Total (£)") FROM grocery_receipts WHERE Shop = 'Lidl'`
	},
	{
		id: 'q-grocery_receipts-03',
		question: 'how many shopping trips have we made',
		tables: ['grocery_receipts'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") FROM grocery_receipts`,
		note: 'A trip is one receipt; the table has one row per receipt line.'
	},
	{
		id: 'q-grocery_receipts-04',
		question: 'spend by shop',
		tables: ['grocery_receipts'],
		tags: ['sum', 'group-by'],
		sql: `SELECT Shop, SUM("Line Total (£)") FROM grocery_receipts GROUP BY Shop`
	},
	{
		id: 'q-grocery_receipts-05',
		question: 'which category do we spend the most on',
		tables: ['grocery_receipts'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Aisle FROM grocery_receipts GROUP BY Aisle ORDER BY SUM("Line Total (£)") DESC LIMIT 1`,
		note: 'The category is the Aisle column: Meat & Fish ahead of Dairy & Eggs.'
	},
	{
		id: 'q-grocery_receipts-06',
		question: 'average price of bananas',
		tables: ['grocery_receipts'],
		tags: ['avg', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT AVG(pri) FROM grocery_receipts WHERE Item = 'Bananas'`,
		note: 'The price of one unit is pri (the mean over the lines that bought bananas).'
	},
	{
		id: 'q-grocery_receipts-07',
		question: 'how many times have we bought oat milk',
		tables: ['grocery_receipts'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM grocery_receipts WHERE Item = 'Oat Milk 1L'`,
		note: "Lines of 'Oat Milk 1L' (an item appears at most once on a receipt, so this is also the number of trips that bought it); the number of cartons (SUM(qty)) is another reading."
	},
	{
		id: 'q-grocery_receipts-08',
		question: 'top 5 items by spend',
		tables: ['grocery_receipts'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Item, SUM("Line Total (£)") AS spent FROM grocery_receipts GROUP BY Item ORDER BY spent DESC LIMIT 5`,
		isOrdered: true
	},
	{
		id: 'q-grocery_receipts-09',
		question: 'what percentage of our spending was on offers',
		tables: ['grocery_receipts'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT SUM("Line Total (£)") FILTER (WHERE "On Offer") / SUM("Line Total (£)") FROM grocery_receipts`,
		isShare: true,
		note: 'Share of the money spent on lines on offer; the share of lines is another reading.'
	},
	{
		id: 'q-grocery_receipts-10',
		question: 'monthly grocery spend',
		tables: ['grocery_receipts'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', purchase_date) AS m, SUM("Line Total (£)") FROM grocery_receipts GROUP BY m`
	},
	{
		id: 'q-grocery_receipts-11',
		question: 'how much has alex spent compared to sam',
		tables: ['grocery_receipts'],
		tags: ['sum', 'group-by', 'filter-list', 'fuzzy'],
		sql: `SELECT shopper, SUM("Line Total (£)") FROM grocery_receipts WHERE shopper IN ('Alex', 'Sam') GROUP BY shopper`,
		note: 'The total paid by each of the two shoppers; lines with no shopper recorded are left out.'
	},
	{
		id: 'q-grocery_receipts-12',
		question: 'how much have we spent on booze',
		tables: ['grocery_receipts'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Line Total (£)") FROM grocery_receipts WHERE Aisle = 'Alcohol'`,
		note: 'Booze is the Alcohol aisle (wine, lager, prosecco).'
	},
	{
		id: 'q-grocery_receipts-13',
		question: 'whats the most expensive thing weve bought',
		tables: ['grocery_receipts'],
		tags: ['max', 'top-n', 'synonym'],
		sql: `SELECT Item FROM grocery_receipts ORDER BY pri DESC LIMIT 1`,
		note: 'The item with the highest unit price: a bottle of Red Wine at Waitrose (£11.24); by line total it is also a Red Wine line.'
	},
	{
		id: 'q-grocery_receipts-14',
		question: 'how many items dont have a category',
		tables: ['grocery_receipts'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM grocery_receipts WHERE Aisle IS NULL',
		note: 'Receipt lines with no Aisle (53).'
	},
	{
		id: 'q-grocery_receipts-15',
		question: 'average basket at waitrose',
		tables: ['grocery_receipts'],
		tags: ['avg', 'filter-eq', 'metric', 'synonym'],
		sql: `SELECT AVG(t) FROM (SELECT "Receipt No", SUM("Line Total (£)") AS t FROM grocery_receipts WHERE Shop = 'Waitrose' GROUP BY "Receipt No")`,
		note: 'The mean total of a Waitrose receipt (a basket is one trip), not the mean line.'
	},
	{
		id: 'q-grocery_receipts-16',
		question: 'spend per year by shop',
		tables: ['grocery_receipts'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: `SELECT YEAR(purchase_date) AS y, Shop, SUM("Line Total (£)") FROM grocery_receipts GROUP BY y, Shop`
	},
	{
		id: 'q-grocery_receipts-17',
		question: 'asda spend since july 2023',
		tables: ['grocery_receipts'],
		tags: ['sum', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT SUM("Line Total (£)") FROM grocery_receipts WHERE Shop = 'Asda' AND purchase_date >= DATE '2023-07-01'`,
		note: 'From 1 July 2023 on (when the big shop moved to Lidl).'
	},
	{
		id: 'q-grocery_receipts-18',
		question: 'median spend per shopping trip',
		tables: ['grocery_receipts'],
		tags: ['median', 'metric', 'synonym'],
		sql: `SELECT MEDIAN(t) FROM (SELECT "Receipt No", SUM("Line Total (£)") AS t FROM grocery_receipts GROUP BY "Receipt No")`,
		note: 'The median receipt total (a trip is one receipt).'
	},
	{
		id: 'q-grocery_receipts-19',
		question: 'how many packs of pasta have we bought',
		tables: ['grocery_receipts'],
		tags: ['sum', 'filter-contains', 'fuzzy'],
		sql: `SELECT SUM(qty) FROM grocery_receipts WHERE Item ILIKE '%pasta%'`,
		note: "Packs are the quantity (qty) of the one pasta item, 'Fusilli Pasta 500g'; the number of lines is a weaker reading."
	},
	{
		id: 'q-grocery_receipts-20',
		question: 'show what we bought at spar in november 2024 - date, item and total',
		tables: ['grocery_receipts'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT purchase_date, Item, "Line Total (£)" FROM grocery_receipts WHERE Shop = 'Spar' AND purchase_date BETWEEN DATE '2024-11-01' AND DATE '2024-11-30'`,
		note: '14 lines over four trips.'
	},
	{
		id: 'q-grocery_receipts-21',
		question: 'which items have cost us more than £5 each',
		tables: ['grocery_receipts'],
		tags: ['rows-mode', 'filter-numeric', 'synonym'],
		sql: 'SELECT DISTINCT Item FROM grocery_receipts WHERE pri > 5',
		note: 'Items bought at least once at a unit price (pri) over £5: 9 items.'
	},
	{
		id: 'q-grocery_receipts-22',
		question: 'fruit and veg spend per month in 2024',
		tables: ['grocery_receipts'],
		tags: ['sum', 'filter-eq', 'time-grain', 'time-year', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', purchase_date) AS m, SUM("Line Total (£)") FROM grocery_receipts WHERE Aisle = 'Fruit & Veg' AND YEAR(purchase_date) = 2024 GROUP BY m`
	},

	// ---------------------------------------------------------------- timesheets
	{
		id: 'q-timesheets-01',
		question: 'hours per employee',
		tables: ['timesheets'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Employee, SUM(Hours) FROM timesheets GROUP BY Employee'
	},
	{
		id: 'q-timesheets-02',
		question: 'how many billable hours did we do in 2024',
		tables: ['timesheets'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: 'SELECT SUM(Hours) FROM timesheets WHERE Billable AND YEAR(work_date) = 2024'
	},
	{
		id: 'q-timesheets-03',
		question: 'who has put in the most hours',
		tables: ['timesheets'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Employee FROM timesheets GROUP BY Employee ORDER BY SUM(Hours) DESC LIMIT 1',
		note: 'Hannah Price (3,294.5 h) ahead of Maya Patel (3,175 h).'
	},
	{
		id: 'q-timesheets-04',
		question: 'how much have we billed kingfisher travel',
		tables: ['timesheets'],
		tags: ['sum', 'metric', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Hours * "Rate (£/hr)") FROM timesheets WHERE Client = 'Kingfisher Travel' AND Billable`,
		note: 'The billed amount is hours × hourly rate over the billable entries (non-billable ones have no rate).'
	},
	{
		id: 'q-timesheets-05',
		question: 'hours by client',
		tables: ['timesheets'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Client, SUM(Hours) FROM timesheets WHERE Client IS NOT NULL GROUP BY Client',
		note: 'The five clients; internal work (no client) is not a client. With a row for the missing client (3,856.5 hours of internal work) is another reading.'
	},
	{
		id: 'q-timesheets-06',
		question: 'billable % for each person',
		tables: ['timesheets'],
		tags: ['share', 'group-by', 'metric'],
		sql: 'SELECT Employee, SUM(Hours) FILTER (WHERE Billable) / SUM(Hours) FROM timesheets GROUP BY Employee',
		isShare: true,
		note: "Each employee's billable hours over all their hours (utilisation); the share of entries is a weaker reading."
	},
	{
		id: 'q-timesheets-07',
		question: 'how many entries are still waiting for approval',
		tables: ['timesheets'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM timesheets WHERE NOT Approved',
		note: 'Entries with Approved = No (the last fortnight, plus a few sent back).'
	},
	{
		id: 'q-timesheets-08',
		question: 'hours on the crm migration per month',
		tables: ['timesheets'],
		tags: ['sum', 'filter-eq', 'time-grain', 'trend', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', work_date) AS m, SUM(Hours) FROM timesheets WHERE project = 'CRM Migration' GROUP BY m`
	},
	{
		id: 'q-timesheets-09',
		question: 'how much time have we spent travelling',
		tables: ['timesheets'],
		tags: ['sum', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT SUM(Hours) FROM timesheets WHERE taskType = 'Travel'`,
		note: "Hours on the task type 'Travel', billable or not."
	},
	{
		id: 'q-timesheets-10',
		question: 'how many hours has chloe spent on training',
		tables: ['timesheets'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Hours) FROM timesheets WHERE Employee = 'Chloe Evans' AND taskType = 'Training'`,
		note: "Chloe is Chloe Evans; the task type 'Training' and the project 'Training' are the same entries."
	},
	{
		id: 'q-timesheets-11',
		question: 'non billable hours by task type',
		tables: ['timesheets'],
		tags: ['sum', 'group-by', 'filter-eq'],
		sql: 'SELECT taskType, SUM(Hours) FROM timesheets WHERE NOT Billable GROUP BY taskType'
	},
	{
		id: 'q-timesheets-12',
		question: 'number of projects per client',
		tables: ['timesheets'],
		tags: ['aggregate-distinct', 'group-by'],
		sql: 'SELECT Client, COUNT(DISTINCT project) FROM timesheets WHERE Client IS NOT NULL GROUP BY Client',
		note: 'Harbour Foods and Northgate Council have two projects each, the others one; internal work (no client) is not a client.'
	},
	{
		id: 'q-timesheets-13',
		question: 'median hours maya works in a day',
		tables: ['timesheets'],
		tags: ['median', 'metric', 'fuzzy'],
		sql: `SELECT MEDIAN(h) FROM (SELECT work_date, SUM(Hours) AS h FROM timesheets WHERE Employee = 'Maya Patel' GROUP BY work_date)`,
		note: "A day's hours are the sum of Maya Patel's entries that day; the median over the days she logged time."
	},
	{
		id: 'q-timesheets-14',
		question: 'hours logged each month in 2023',
		tables: ['timesheets'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', work_date) AS m, SUM(Hours) FROM timesheets WHERE YEAR(work_date) = 2023 GROUP BY m`,
		note: 'By the day the work was done (work_date), not when it was submitted.'
	},
	{
		id: 'q-timesheets-15',
		question: 'how many entries have no client',
		tables: ['timesheets'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM timesheets WHERE Client IS NULL'
	},
	{
		id: 'q-timesheets-16',
		question: 'show entries over 9 hours - who, date, project and hours',
		tables: ['timesheets'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT Employee, work_date, project, Hours FROM timesheets WHERE Hours > 9',
		note: '8 entries.'
	},
	{
		id: 'q-timesheets-17',
		question: 'total hours for harbour foods and bramble energy since june 2023',
		tables: ['timesheets'],
		tags: ['sum', 'filter-list', 'time-since', 'fuzzy'],
		sql: `SELECT SUM(Hours) FROM timesheets WHERE Client IN ('Harbour Foods', 'Bramble Energy') AND work_date >= DATE '2023-06-01'`,
		note: 'Read as one total over the two clients, work from 1 June 2023 on; a total per client is another reading.'
	},
	{
		id: 'q-timesheets-18',
		question: 'how much did we bill each year',
		tables: ['timesheets'],
		tags: ['sum', 'metric', 'time-grain', 'synonym'],
		sql: 'SELECT YEAR(work_date) AS y, SUM(Hours * "Rate (£/hr)") FROM timesheets WHERE Billable GROUP BY y',
		note: 'Hours × rate over billable entries, by the year the work was done.'
	},
	{
		id: 'q-timesheets-19',
		question: 'hours by employee and project in 2024',
		tables: ['timesheets'],
		tags: ['sum', 'multi-group', 'time-year'],
		sql: 'SELECT Employee, project, SUM(Hours) FROM timesheets WHERE YEAR(work_date) = 2024 GROUP BY Employee, project'
	},
	{
		id: 'q-timesheets-20',
		question: 'hours spent on the hospice work',
		tables: ['timesheets'],
		tags: ['sum', 'filter-contains', 'fuzzy'],
		sql: `SELECT SUM(Hours) FROM timesheets WHERE Client ILIKE '%hospice%'`,
		note: "The client St Anne's Hospice (its one project, Fundraising Analytics, is pro bono)."
	},
	{
		id: 'q-timesheets-21',
		question: "what's oliver's hourly rate in 2024",
		tables: ['timesheets'],
		tags: ['filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT DISTINCT "Rate (£/hr)" FROM timesheets WHERE Employee = 'Oliver Grant' AND YEAR(work_date) = 2024 AND "Rate (£/hr)" IS NOT NULL`,
		note: 'Oliver Grant is charged at £130 an hour all through 2024 (the non-billable entries have no rate).'
	},
	{
		id: 'q-timesheets-22',
		question: 'how many timesheets were submitted at the weekend',
		tables: ['timesheets'],
		tags: ['aggregate-count', 'time-grain', 'synonym'],
		sql: 'SELECT COUNT(*) FROM timesheets WHERE DAYOFWEEK("Submitted At") IN (0, 6)',
		note: 'Entries whose Submitted At falls on a Saturday or Sunday (work is only done on weekdays).'
	},

	// ---------------------------------------------------------------- product reviews
	{
		id: 'q-product_reviews-01',
		question: 'how many reviews have we got',
		tables: ['product_reviews'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM product_reviews'
	},
	{
		id: 'q-product_reviews-02',
		question: 'average rating',
		tables: ['product_reviews'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(stars) FROM product_reviews',
		note: 'The rating is the stars column.'
	},
	{
		id: 'q-product_reviews-03',
		question: 'avg stars by product',
		tables: ['product_reviews'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Product, AVG(stars) FROM product_reviews GROUP BY Product'
	},
	{
		id: 'q-product_reviews-04',
		question: 'which brand has the worst reviews',
		tables: ['product_reviews'],
		tags: ['avg', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT brand FROM product_reviews GROUP BY brand ORDER BY AVG(stars) ASC LIMIT 1',
		note: 'Lowest mean stars: Slumberwell (the pillow, 3.67); Brewlux (3.81) and Ironvale (3.90) are next.'
	},
	{
		id: 'q-product_reviews-05',
		question: 'what share of reviews are five stars',
		tables: ['product_reviews'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE stars = 5) * 1.0 / COUNT(*) FROM product_reviews',
		isShare: true
	},
	{
		id: 'q-product_reviews-06',
		question: 'reviews per month',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', review_date) AS m, COUNT(*) FROM product_reviews GROUP BY m`
	},
	{
		id: 'q-product_reviews-07',
		question: 'how many reviews are from verified buyers',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM product_reviews WHERE "Verified Purchase"'
	},
	{
		id: 'q-product_reviews-08',
		question: 'earbuds average rating per year',
		tables: ['product_reviews'],
		tags: ['avg', 'filter-eq', 'time-grain', 'trend', 'fuzzy'],
		sql: `SELECT YEAR(review_date) AS y, AVG(stars) FROM product_reviews WHERE Product = 'Wireless Earbuds Pro' GROUP BY y`,
		note: "The earbuds are 'Wireless Earbuds Pro', the only earbuds; the new version of March 2024 is rated higher."
	},
	{
		id: 'q-product_reviews-09',
		question: 'which product has the most helpful votes',
		tables: ['product_reviews'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Product FROM product_reviews GROUP BY Product ORDER BY SUM(helpfulVotes) DESC LIMIT 1',
		note: "Helpful votes added up over the product's reviews: Electric Milk Frother (347) just ahead of the Scented Soy Candle (341); the single review with the most votes is another reading."
	},
	{
		id: 'q-product_reviews-10',
		question: 'reviews from germany and france',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM product_reviews WHERE Country IN ('Germany', 'France')`,
		note: 'Read as how many reviews, one total for the two countries; a count per country is another reading.'
	},
	{
		id: 'q-product_reviews-11',
		question: 'how many reviews dont have a country',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM product_reviews WHERE Country IS NULL'
	},
	{
		id: 'q-product_reviews-12',
		question: 'top 3 most reviewed products',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Product, COUNT(*) AS n FROM product_reviews GROUP BY Product ORDER BY n DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'q-product_reviews-13',
		question: 'avg price paid for the garden hose',
		tables: ['product_reviews'],
		tags: ['avg', 'filter-contains', 'fuzzy'],
		sql: `SELECT AVG("Price Paid (€)") FROM product_reviews WHERE Product ILIKE '%hose%'`,
		note: "The one hose, 'Expandable Garden Hose 30m'; unverified reviews have no price and are left out."
	},
	{
		id: 'q-product_reviews-14',
		question: 'how many garden reviews are under 3 stars',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM product_reviews WHERE Category = 'Garden' AND stars < 3`
	},
	{
		id: 'q-product_reviews-15',
		question: 'what % of reviewers would recommend',
		tables: ['product_reviews'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Would Recommend") * 1.0 / COUNT("Would Recommend") FROM product_reviews',
		isShare: true,
		note: 'Of the reviewers who answered the question (Would Recommend set); over all reviews, counting no answer as not recommending, is another reading.'
	},
	{
		id: 'q-product_reviews-16',
		question: 'avg rating by category and year',
		tables: ['product_reviews'],
		tags: ['avg', 'multi-group', 'time-grain'],
		sql: 'SELECT Category, YEAR(review_date) AS y, AVG(stars) FROM product_reviews GROUP BY Category, y'
	},
	{
		id: 'q-product_reviews-17',
		question: 'median price paid for electronics',
		tables: ['product_reviews'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Price Paid (€)") FROM product_reviews WHERE Category = 'Electronics'`
	},
	{
		id: 'q-product_reviews-18',
		question: 'show the 1 star reviews of the milk frother in 2024 with date and title',
		tables: ['product_reviews'],
		tags: ['rows-mode', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT review_date, Title FROM product_reviews WHERE Product = 'Electric Milk Frother' AND stars = 1 AND YEAR(review_date) = 2024`,
		note: '10 reviews (one without a title).'
	},
	{
		id: 'q-product_reviews-19',
		question: 'how many reviews have come in since october 2024',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM product_reviews WHERE review_date >= DATE '2024-10-01'`
	},
	{
		id: 'q-product_reviews-20',
		question: 'average rating by country',
		tables: ['product_reviews'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Country, AVG(stars) FROM product_reviews WHERE Country IS NOT NULL GROUP BY Country',
		note: 'The six countries; reviews without a country are not a country.'
	},
	{
		id: 'q-product_reviews-21',
		question: 'reviews with more than 20 helpful votes',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM product_reviews WHERE helpfulVotes > 20',
		note: 'Read as how many (21); listing them is another reading.'
	},
	{
		id: 'q-product_reviews-22',
		question: 'avg rating for voltix stuff not counting the earbuds',
		tables: ['product_reviews'],
		tags: ['avg', 'filter-eq', 'filter-negation', 'fuzzy'],
		sql: `SELECT AVG(stars) FROM product_reviews WHERE brand = 'Voltix' AND Product <> 'Wireless Earbuds Pro'`,
		note: "Voltix's products other than the earbuds: the Smart LED Bulb 4-Pack."
	},
	{
		id: 'q-product_reviews-23',
		question: 'unverified reviews per year',
		tables: ['product_reviews'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'synonym'],
		sql: 'SELECT YEAR(review_date) AS y, COUNT(*) FROM product_reviews WHERE NOT "Verified Purchase" GROUP BY y'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'q-refuse-01',
		question: 'how many calories are in our weekly shop',
		tables: ['grocery_receipts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No nutrition data; only items, quantities and prices.'
	},
	{
		id: 'q-refuse-02',
		question: 'which supermarket will be cheapest next year',
		tables: ['grocery_receipts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast of future prices, not in the data.'
	},
	{
		id: 'q-refuse-03',
		question: 'how much have we saved with offers',
		tables: ['grocery_receipts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the price paid is recorded; "On Offer" is a yes/no flag with no full price, so the saving cannot be worked out.'
	},
	{
		id: 'q-refuse-04',
		question: 'what salary do we pay chloe',
		tables: ['timesheets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No pay or salary; the rate is what clients are charged per hour.'
	},
	{
		id: 'q-refuse-05',
		question: 'is the pricing model project making a profit',
		tables: ['timesheets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs (salaries, expenses), only hours and billing rates.'
	},
	{
		id: 'q-refuse-06',
		question: 'how many sick days has ben taken',
		tables: ['timesheets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Absence is not recorded; days without entries may be holiday, sickness or anything else.'
	},
	{
		id: 'q-refuse-07',
		question: 'how many earbuds have we sold',
		tables: ['product_reviews'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Reviews are not sales; most buyers leave no review, so units sold are not in the data.'
	},
	{
		id: 'q-refuse-08',
		question: 'how old are the people leaving reviews',
		tables: ['product_reviews'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviewer demographics; only the country.'
	}
];
