import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set W: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-w/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - agency_invoices.csv (639 rows, Fernleaf Studio (a small design agency): every invoice
 *   raised 2022-01-03 to 2024-12-31, from the accounts package as exported on 10 January 2025,
 *   one row per invoice): invoice_no (e.g. 'FS-2022-001', numbered within each year in date
 *   order), Client (13 clients, e.g. 'Harbour Coffee Co', 'Millbrook Brewery', 'Kestrel
 *   Outdoor', 'Greenway Housing'; 'Nordlys Skincare' and 'Atlas Freight GmbH' are overseas and
 *   pay no VAT), "Issue Date" (DATE), due_date (DATE, 30 days after issue), paidDate (DATE,
 *   when the money arrived, 2022-01-16 to 2025-01-07; 28 missing: not paid), "Net (£)"
 *   (DOUBLE, before VAT, 250.00-17,985.00), vat (DOUBLE, £, 20% of the net, 0 for the
 *   overseas clients), "Gross (£)" (DOUBLE, net + vat, the invoice total), Status ('Paid' 611
 *   | 'Overdue' 19 (unpaid past the due date) | 'Sent' 5 | 'Draft' 4), acct_mgr (the account
 *   manager, one per client: 'Priya Nair' | 'Tom Askew' | 'Ella Brooks'), "Project Type"
 *   ('Branding' | 'Website' | 'Print' | 'Social Media' | 'Photography' | 'Packaging'),
 *   Retainer (BOOLEAN, from Yes/No: a fixed monthly fee rather than a one-off project; 87).
 * - water_samples.csv (940 rows, Tallow Valley Rivers Trust: water-quality samples at ten
 *   fixed sites 2022-01-01 to 2024-12-31, from the trust's sampling spreadsheet, one row per
 *   sample; no sampling on Sundays): sample_id (BIGINT, 7001-7940, in time order), Site (10:
 *   'Tallow Head', 'Ashby Weir', 'Mill Pool', 'Kingsbridge', 'Sewage Works Outfall',
 *   'Cressbrook', 'Hollow Lane Ford', 'Otter Meadow', 'Town Bridge', 'Estuary Steps'; Mill
 *   Pool and Otter Meadow are bathing spots, sampled more often in summer), "Sampled At"
 *   (TIMESTAMP), pH (DOUBLE, 6.3-8.4), "Water Temp (°C)" (DOUBLE, 1.5-20.4), turb_ntu (DOUBLE,
 *   turbidity in NTU, 1.2-165.3; 31 missing: meter faults), "E. coli (per 100ml)" (BIGINT,
 *   3-26,524, high after rain), dissolvedOxygen (DOUBLE, mg/l, 4.0-14.5; 47 missing: probe
 *   faults), Passed (BOOLEAN, from Yes/No: E. coli at most 900 and dissolved oxygen, when
 *   measured, at least 5; 650 passed), Technician (5: 'Sian Probert', 'Hattie Moss', 'Callum
 *   Reid' (to June 2023), 'Jess Tranter' (from April 2022), 'Olu Adeyemi' (from July 2023)),
 *   notes (free text, mostly empty; 199 with a note, e.g. 'heavy rain overnight', 'DO probe
 *   fault', 'turbidity meter not working', 'algae visible').
 * - reading_log.csv (572 rows, the Okafor-Hale household's shared reading log: every book a
 *   member of the family started 2022-01-06 to 2024-12-31, one row per book per reader; some
 *   titles were read by more than one of them, Alfie rereads): book_id (BIGINT, 1-572, in
 *   order of starting), Reader ('Grace' 189 | 'Alfie' 166 (a child) | 'Ruby' 119 | 'Daniel'
 *   98), Title (339 titles), Author (17, e.g. 'Maggie Thorne', 'Dara Quill', 'R. J.
 *   Castellan', 'Dr. Anika Rao'; each writes in one genre), genre ('Crime' | 'Thriller' |
 *   'Literary Fiction' | 'Fantasy' | 'Romance' | 'Science Fiction' | 'History' | 'Science' |
 *   'Biography' | 'Memoir' | 'Children'), Pages (BIGINT, the print length, 110-694, audiobooks
 *   too), "Date Started" (DATE), dateFinished (DATE, 2022-01-11 to 2024-12-26; 47 missing:
 *   42 given up and 5 still being read), Rating (BIGINT, 1-5; 67 missing: the 47 unfinished
 *   and 20 finished but never rated), Format ('Paperback' | 'Hardback' | 'Ebook' |
 *   'Audiobook'), "From Library" (BOOLEAN, from Yes/No: borrowed, not bought; 235), abandoned
 *   (BOOLEAN, from Yes/No: given up; 42).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_W_TABLE_SOURCES: TableSource[] = [
	{
		name: 'agency_invoices',
		humanName: 'Agency invoices',
		repoDir: 'tests/nl/data/set-w',
		file: 'agency_invoices.csv',
		format: 'csv'
	},
	{
		name: 'water_samples',
		humanName: 'Water samples',
		repoDir: 'tests/nl/data/set-w',
		file: 'water_samples.csv',
		format: 'csv'
	},
	{
		name: 'reading_log',
		humanName: 'Reading log',
		repoDir: 'tests/nl/data/set-w',
		file: 'reading_log.csv',
		format: 'csv'
	}
];

export const SET_W_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- agency invoices
	{
		id: 'w-agency_invoices-01',
		question: 'how many invoices did we raise in 2023',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM agency_invoices WHERE YEAR("Issue Date") = 2023',
		note: 'Invoices with an Issue Date in 2023 (209).'
	},
	{
		id: 'w-agency_invoices-02',
		question: 'total invoiced inc vat',
		tables: ['agency_invoices'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Gross (£)") FROM agency_invoices',
		note: 'Including VAT is Gross (£), added up over every invoice (£1,929,504), drafts included.'
	},
	{
		id: 'w-agency_invoices-03',
		question: 'which client do we bill the most',
		tables: ['agency_invoices'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Client FROM agency_invoices GROUP BY Client ORDER BY SUM("Gross (£)") DESC LIMIT 1',
		note: 'Billed is the invoice total, Gross (£), summed per Client: Harbour Coffee Co (£349,974); by Net (£) or by number of invoices it is first as well.'
	},
	{
		id: 'w-agency_invoices-04',
		question: 'how many invoces are overdue',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM agency_invoices WHERE Status = 'Overdue'`,
		note: "Typo for invoices. Status 'Overdue' (19)."
	},
	{
		id: 'w-agency_invoices-05',
		question: 'show overdue invoices with invoice number, client and amount',
		tables: ['agency_invoices'],
		tags: ['rows-mode', 'filter-eq', 'synonym'],
		sql: `SELECT invoice_no, Client, "Gross (£)" FROM agency_invoices WHERE Status = 'Overdue'`,
		note: "Status 'Overdue': 19 rows of invoice_no, Client and the amount owed, Gross (£) (the invoice total); Net (£) as the amount is another reading."
	},
	{
		id: 'w-agency_invoices-06',
		question: 'average invoice value before vat',
		tables: ['agency_invoices'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG("Net (£)") FROM agency_invoices',
		note: 'Before VAT is Net (£), averaged over every invoice (£2,585.14).'
	},
	{
		id: 'w-agency_invoices-07',
		question: 'median invoice total',
		tables: ['agency_invoices'],
		tags: ['median', 'synonym'],
		sql: 'SELECT MEDIAN("Gross (£)") FROM agency_invoices',
		note: 'The invoice total is Gross (£): median £1,674.'
	},
	{
		id: 'w-agency_invoices-08',
		question: 'invoices by project type',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "Project Type", COUNT(*) FROM agency_invoices GROUP BY "Project Type"',
		note: 'Invoices per Project Type (6 rows, Social Media 176 the most).'
	},
	{
		id: 'w-agency_invoices-09',
		question: 'top 3 clients by net revenue',
		tables: ['agency_invoices'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Client, SUM("Net (£)") AS net FROM agency_invoices GROUP BY Client ORDER BY net DESC LIMIT 3',
		isOrdered: true,
		note: 'Net (£) summed per Client: Harbour Coffee Co £291,645, Nordlys Skincare £190,250, Kestrel Outdoor £188,585 (by gross Nordlys, paying no VAT, drops out).'
	},
	{
		id: 'w-agency_invoices-10',
		question: 'vat charged in 2024',
		tables: ['agency_invoices'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(vat) FROM agency_invoices WHERE YEAR("Issue Date") = 2024',
		note: 'vat added up over invoices issued in 2024 (£104,779).'
	},
	{
		id: 'w-agency_invoices-11',
		question: 'net income per month',
		tables: ['agency_invoices'],
		tags: ['sum', 'time-grain', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Issue Date") AS m, SUM("Net (£)") FROM agency_invoices GROUP BY m`,
		note: 'Net (£) summed per calendar month of Issue Date (36 months). By the month paid (paidDate) is another reading.'
	},
	{
		id: 'w-agency_invoices-12',
		question: 'what % of our invoices are retainer',
		tables: ['agency_invoices'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Retainer) * 1.0 / COUNT(*) FROM agency_invoices',
		isShare: true,
		note: 'Share of rows with Retainer = Yes: 87 of 639 (13.6%).'
	},
	{
		id: 'w-agency_invoices-13',
		question: 'how many clients have we invoiced',
		tables: ['agency_invoices'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Client) FROM agency_invoices',
		note: 'Distinct Client values (13).'
	},
	{
		id: 'w-agency_invoices-14',
		question: 'how many invoices for millbrook',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM agency_invoices WHERE Client = 'Millbrook Brewery'`,
		note: "millbrook is Client 'Millbrook Brewery' (68)."
	},
	{
		id: 'w-agency_invoices-15',
		question: 'how many invoices over 5k before vat',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM agency_invoices WHERE "Net (£)" > 5000',
		note: 'Net (£) above £5,000 (105).'
	},
	{
		id: 'w-agency_invoices-16',
		question: 'revenue ex vat by account manager and year',
		tables: ['agency_invoices'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: 'SELECT acct_mgr, YEAR("Issue Date") AS y, SUM("Net (£)") FROM agency_invoices GROUP BY acct_mgr, y',
		note: 'Account manager is acct_mgr; Net (£) summed per acct_mgr and year of Issue Date (9 rows).'
	},
	{
		id: 'w-agency_invoices-17',
		question: 'avg days to get paid',
		tables: ['agency_invoices'],
		tags: ['avg', 'metric', 'synonym'],
		sql: 'SELECT AVG(paidDate - "Issue Date") FROM agency_invoices',
		note: 'Days from Issue Date to paidDate, averaged over the paid invoices (36.0 days). From the due date is another reading, less natural.'
	},
	{
		id: 'w-agency_invoices-18',
		question: 'how many invoices were paid late',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'metric'],
		sql: 'SELECT COUNT(*) FROM agency_invoices WHERE paidDate > due_date',
		note: 'Paid after the due date: paidDate > due_date (319). Overdue invoices not yet paid are not counted (they have not been paid).'
	},
	{
		id: 'w-agency_invoices-19',
		question: 'how many websites have we done since june 2023',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM agency_invoices WHERE "Project Type" = 'Website' AND "Issue Date" >= DATE '2023-06-01'`,
		note: "Plural value: Project Type 'Website', invoices issued from 1 June 2023 (43); one invoice per project is assumed."
	},
	{
		id: 'w-agency_invoices-20',
		question: 'print and photography net total in 2022',
		tables: ['agency_invoices'],
		tags: ['sum', 'filter-list', 'time-year'],
		sql: `SELECT SUM("Net (£)") FROM agency_invoices WHERE "Project Type" IN ('Print', 'Photography') AND YEAR("Issue Date") = 2022`,
		note: "One total over Project Type 'Print' or 'Photography', issued in 2022 (£62,765); one figure each is another reading."
	},
	{
		id: 'w-agency_invoices-21',
		question: 'how many non retainer invoices has ella done',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'filter-negation', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM agency_invoices WHERE acct_mgr = 'Ella Brooks' AND NOT Retainer`,
		note: "ella is acct_mgr 'Ella Brooks'; Retainer = No (180)."
	},
	{
		id: 'w-agency_invoices-22',
		question: 'how many invoices havent been paid',
		tables: ['agency_invoices'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM agency_invoices WHERE paidDate IS NULL',
		note: "No paidDate (28: 19 Overdue, 5 Sent, 4 Draft); Status not 'Paid' gives the same 28. Only Overdue is a narrower reading."
	},
	{
		id: 'w-agency_invoices-23',
		question: 'which client is slowest to pay',
		tables: ['agency_invoices'],
		tags: ['avg', 'group-by', 'top-n', 'metric'],
		sql: 'SELECT Client FROM agency_invoices GROUP BY Client ORDER BY AVG(paidDate - "Issue Date") DESC LIMIT 1',
		note: 'Average days from Issue Date to paidDate per Client, over paid invoices: Greenway Housing (67.2 days).'
	},

	// ---------------------------------------------------------------- water samples
	{
		id: 'w-water_samples-01',
		question: 'how many samples in 2024',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM water_samples WHERE YEAR("Sampled At") = 2024',
		note: 'Samples taken in 2024 (308).'
	},
	{
		id: 'w-water_samples-02',
		question: 'average ph',
		tables: ['water_samples'],
		tags: ['avg'],
		sql: 'SELECT AVG(pH) FROM water_samples',
		note: 'pH averaged over every sample (7.58).'
	},
	{
		id: 'w-water_samples-03',
		question: 'wich site has the worst e coli',
		tables: ['water_samples'],
		tags: ['avg', 'group-by', 'top-n', 'fuzzy'],
		sql: 'SELECT Site FROM water_samples GROUP BY Site ORDER BY AVG("E. coli (per 100ml)") DESC LIMIT 1',
		note: 'Worst is the highest average E. coli (per 100ml) per Site: Sewage Works Outfall (4,215); by the single highest reading (26,524), the median, or the most failures it is first too.'
	},
	{
		id: 'w-water_samples-04',
		question: 'how many samples failed',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM water_samples WHERE NOT Passed',
		note: 'Passed = No (290).'
	},
	{
		id: 'w-water_samples-05',
		question: 'pass rate by site',
		tables: ['water_samples'],
		tags: ['share', 'group-by'],
		sql: 'SELECT Site, AVG(CASE WHEN Passed THEN 1.0 ELSE 0 END) FROM water_samples GROUP BY Site',
		isShare: true,
		note: 'Share of samples with Passed = Yes per Site (10 rows, from 17.8% at Sewage Works Outfall to 98.8% at Tallow Head).'
	},
	{
		id: 'w-water_samples-06',
		question: 'warmest the water has been',
		tables: ['water_samples'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Water Temp (°C)") FROM water_samples',
		note: 'The highest Water Temp (°C): 20.4. The sample (a row) is another reading; the temperature is asked for.'
	},
	{
		id: 'w-water_samples-07',
		question: 'samples with no turbidity reading',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM water_samples WHERE turb_ntu IS NULL',
		note: 'turb_ntu missing (31, meter faults). Counted; listing the rows is another reading.'
	},
	{
		id: 'w-water_samples-08',
		question: 'median e coli at mill pool',
		tables: ['water_samples'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("E. coli (per 100ml)") FROM water_samples WHERE Site = 'Mill Pool'`,
		note: "Lower-case value: Site 'Mill Pool' (median 370 per 100 ml)."
	},
	{
		id: 'w-water_samples-09',
		question: 'samples per technician',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Technician, COUNT(*) FROM water_samples GROUP BY Technician',
		note: 'Rows per Technician (5 rows, Sian Probert 288 the most).'
	},
	{
		id: 'w-water_samples-10',
		question: 'avg water temp each month in 2023',
		tables: ['water_samples'],
		tags: ['avg', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Sampled At") AS m, AVG("Water Temp (°C)") FROM water_samples WHERE YEAR("Sampled At") = 2023 GROUP BY m`,
		note: 'Water Temp (°C) averaged per calendar month of 2023 (12 rows, 4.2 in January to a summer high).'
	},
	{
		id: 'w-water_samples-11',
		question: 'which 3 sites are the most turbid',
		tables: ['water_samples'],
		tags: ['avg', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Site, AVG(turb_ntu) AS t FROM water_samples GROUP BY Site ORDER BY t DESC LIMIT 3',
		isOrdered: true,
		note: 'Average turb_ntu per Site: Estuary Steps 40.9, Sewage Works Outfall 29.8, Kingsbridge 22.6.'
	},
	{
		id: 'w-water_samples-12',
		question: 'how many times has the sewage works failed',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM water_samples WHERE Site = 'Sewage Works Outfall' AND NOT Passed`,
		note: "the sewage works is Site 'Sewage Works Outfall'; failed is Passed = No (83)."
	},
	{
		id: 'w-water_samples-13',
		question: 'samples with e coli over 1000',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM water_samples WHERE "E. coli (per 100ml)" > 1000',
		note: 'E. coli (per 100ml) above 1,000 (256). Counted; listing them is another reading.'
	},
	{
		id: 'w-water_samples-14',
		question: 'how many sites do we test',
		tables: ['water_samples'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Site) FROM water_samples',
		note: 'Distinct Site values (10).'
	},
	{
		id: 'w-water_samples-15',
		question: 'fails per year',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'synonym'],
		sql: 'SELECT YEAR("Sampled At") AS y, COUNT(*) FROM water_samples WHERE NOT Passed GROUP BY y',
		note: 'Passed = No, counted per year (2022 84, 2023 104, 2024 102).'
	},
	{
		id: 'w-water_samples-16',
		question: 'how many samples has olu taken since march 2024',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM water_samples WHERE Technician = 'Olu Adeyemi' AND "Sampled At" >= TIMESTAMP '2024-03-01 00:00:00'`,
		note: "olu is Technician 'Olu Adeyemi'; from 1 March 2024 (62)."
	},
	{
		id: 'w-water_samples-17',
		question: 'pass rate summer 2023',
		tables: ['water_samples'],
		tags: ['share', 'filter-eq', 'time-range', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE Passed) * 1.0 / COUNT(*) FROM water_samples WHERE "Sampled At" >= TIMESTAMP '2023-06-01 00:00:00' AND "Sampled At" < TIMESTAMP '2023-09-01 00:00:00'`,
		isShare: true,
		note: 'Summer is June to August 2023; share with Passed = Yes (62.1%).'
	},
	{
		id: 'w-water_samples-18',
		question: 'how many samples mention rain in the notes',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM water_samples WHERE notes ILIKE '%rain%'`,
		note: "notes containing 'rain' (25, all 'heavy rain overnight')."
	},
	{
		id: 'w-water_samples-19',
		question: 'lowest dissolved oxygen',
		tables: ['water_samples'],
		tags: ['min'],
		sql: 'SELECT MIN(dissolvedOxygen) FROM water_samples',
		note: 'The smallest dissolvedOxygen: 4.0 mg/l.'
	},
	{
		id: 'w-water_samples-20',
		question: 'e coli mill pool vs otter meadow',
		tables: ['water_samples'],
		tags: ['avg', 'group-by', 'filter-list', 'fuzzy'],
		sql: `SELECT Site, AVG("E. coli (per 100ml)") FROM water_samples WHERE Site IN ('Mill Pool', 'Otter Meadow') GROUP BY Site`,
		note: 'A comparison of average E. coli (per 100ml) at the two sites: Mill Pool 822, Otter Meadow 660. The median is another reading.'
	},
	{
		id: 'w-water_samples-21',
		question: 'list samples with ph under 7 - site, time and ph',
		tables: ['water_samples'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT Site, "Sampled At", pH FROM water_samples WHERE pH < 7',
		note: 'pH below 7: 27 rows of Site, Sampled At, pH.'
	},
	{
		id: 'w-water_samples-22',
		question: 'number of samples by site and year',
		tables: ['water_samples'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT Site, YEAR("Sampled At") AS y, COUNT(*) FROM water_samples GROUP BY Site, y',
		note: 'Rows per Site and year of Sampled At (30 rows).'
	},

	// ---------------------------------------------------------------- reading log
	{
		id: 'w-reading_log-01',
		question: 'how many books did we finish in 2023',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM reading_log WHERE YEAR(dateFinished) = 2023',
		note: 'Rows with dateFinished in 2023 (175); a book read by two of the family counts twice.'
	},
	{
		id: 'w-reading_log-02',
		question: 'average rating',
		tables: ['reading_log'],
		tags: ['avg'],
		sql: 'SELECT AVG(Rating) FROM reading_log',
		note: 'Rating averaged over the rated books (3.92).'
	},
	{
		id: 'w-reading_log-03',
		question: 'who reads the most',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Reader FROM reading_log GROUP BY Reader ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most books per Reader: Grace (189); by books finished or by pages she is first too.'
	},
	{
		id: 'w-reading_log-04',
		question: 'most read author',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Author FROM reading_log GROUP BY Author ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per Author: Maggie Thorne (83).'
	},
	{
		id: 'w-reading_log-05',
		question: 'books per genre',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT genre, COUNT(*) FROM reading_log GROUP BY genre',
		note: 'Rows per genre (11 rows, Children 122 the most).'
	},
	{
		id: 'w-reading_log-06',
		question: 'how many audiobooks',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM reading_log WHERE Format = 'Audiobook'`,
		note: "Plural, lower-case value: Format 'Audiobook' (106)."
	},
	{
		id: 'w-reading_log-07',
		question: 'pages read in 2024',
		tables: ['reading_log'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(Pages) FROM reading_log WHERE YEAR(dateFinished) = 2024',
		note: 'Pages of the books finished in 2024 (63,511). By Date Started is another reading; pages of books given up are not read.'
	},
	{
		id: 'w-reading_log-08',
		question: "whats the longest book we've read",
		tables: ['reading_log'],
		tags: ['max', 'ordering', 'synonym'],
		sql: 'SELECT Title FROM reading_log ORDER BY Pages DESC LIMIT 1',
		note: "The Title with the most Pages: 'Silent Lighthouse: How It Works' (694, read by Daniel and by Grace; either row gives the same title)."
	},
	{
		id: 'w-reading_log-09',
		question: 'how many books came from the library',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM reading_log WHERE "From Library"',
		note: 'From Library = Yes (235).'
	},
	{
		id: 'w-reading_log-10',
		question: 'how many books did we give up on',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM reading_log WHERE abandoned',
		note: 'Given up is abandoned = Yes (42).'
	},
	{
		id: 'w-reading_log-11',
		question: 'avg rating by genre',
		tables: ['reading_log'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT genre, AVG(Rating) FROM reading_log GROUP BY genre',
		note: 'Rating averaged per genre (11 rows).'
	},
	{
		id: 'w-reading_log-12',
		question: 'which books are still being read, with reader and title',
		tables: ['reading_log'],
		tags: ['rows-mode', 'filter-missing', 'filter-negation'],
		sql: 'SELECT Reader, Title FROM reading_log WHERE dateFinished IS NULL AND NOT abandoned',
		note: 'No dateFinished and not abandoned: 5 rows of Reader, Title (all started in December 2024). Leaving out the abandoned condition would add the 42 given up.'
	},
	{
		id: 'w-reading_log-13',
		question: 'top 5 authors by rating',
		tables: ['reading_log'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT Author, AVG(Rating) AS r FROM reading_log GROUP BY Author ORDER BY r DESC LIMIT 5',
		isOrdered: true,
		note: 'Average Rating per Author: Poppy Larkin 4.45, Dara Quill 4.25, Felix Dunmore 4.13, Maggie Thorne 4.06, R. J. Castellan 4.00.'
	},
	{
		id: 'w-reading_log-14',
		question: 'books started per month',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Started") AS m, COUNT(*) FROM reading_log GROUP BY m`,
		note: 'Rows per calendar month of Date Started (36 months).'
	},
	{
		id: 'w-reading_log-15',
		question: "what % of ruby's books are ebooks",
		tables: ['reading_log'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FILTER (WHERE Format = 'Ebook') * 1.0 / COUNT(*) FROM reading_log WHERE Reader = 'Ruby'`,
		isShare: true,
		note: "Of Reader 'Ruby''s rows, the share with Format 'Ebook': 44 of 119 (37.0%)."
	},
	{
		id: 'w-reading_log-16',
		question: 'median page count',
		tables: ['reading_log'],
		tags: ['median', 'synonym'],
		sql: 'SELECT MEDIAN(Pages) FROM reading_log',
		note: 'Median Pages over every row (363).'
	},
	{
		id: 'w-reading_log-17',
		question: 'grace crime books since 2023',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM reading_log WHERE Reader = 'Grace' AND genre = 'Crime' AND "Date Started" >= DATE '2023-01-01'`,
		note: "Counted: Reader 'Grace', genre 'Crime', started from 1 January 2023 (62). By dateFinished it is 54; listing them is another reading."
	},
	{
		id: 'w-reading_log-18',
		question: 'how long does a book take us on average',
		tables: ['reading_log'],
		tags: ['avg', 'metric', 'synonym'],
		sql: 'SELECT AVG(dateFinished - "Date Started") FROM reading_log',
		note: 'Days from Date Started to dateFinished, averaged over the finished books (7.9 days).'
	},
	{
		id: 'w-reading_log-19',
		question: 'finished books with no rating',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM reading_log WHERE dateFinished IS NOT NULL AND Rating IS NULL',
		note: 'A dateFinished but no Rating (20). Counted; listing them is another reading.'
	},
	{
		id: 'w-reading_log-20',
		question: 'pages read per person per year',
		tables: ['reading_log'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: 'SELECT Reader, YEAR(dateFinished) AS y, SUM(Pages) FROM reading_log WHERE dateFinished IS NOT NULL GROUP BY Reader, y',
		note: 'Person is Reader; Pages of finished books summed per Reader and year of dateFinished (12 rows).'
	},
	{
		id: 'w-reading_log-21',
		question: 'dara quil books rated 4 or more',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM reading_log WHERE Author = 'Dara Quill' AND Rating >= 4`,
		note: "Misspelt author: Author 'Dara Quill', Rating at least 4 (39). Counted; listing them is another reading."
	},
	{
		id: 'w-reading_log-22',
		question: 'hardbacks vs paperbacks',
		tables: ['reading_log'],
		tags: ['aggregate-count', 'group-by', 'filter-list', 'fuzzy'],
		sql: `SELECT Format, COUNT(*) FROM reading_log WHERE Format IN ('Hardback', 'Paperback') GROUP BY Format`,
		note: "Rows per Format for 'Hardback' (88) and 'Paperback' (260)."
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'w-refuse-01',
		question: 'which client is most profitable after staff costs',
		tables: ['agency_invoices'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs, hours or wages; only what was invoiced.'
	},
	{
		id: 'w-refuse-02',
		question: 'how many hours did we spend on kestrel outdoor',
		tables: ['agency_invoices'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No time records; only invoices and amounts.'
	},
	{
		id: 'w-refuse-03',
		question: 'will harbour coffee renew their retainer next year',
		tables: ['agency_invoices'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction about a future decision; the invoices end in December 2024.'
	},
	{
		id: 'w-refuse-04',
		question: 'how much rain fell before each sample',
		tables: ['water_samples'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No rainfall column; notes mention rain now and then but give no amounts.'
	},
	{
		id: 'w-refuse-05',
		question: 'nitrate levels at kingsbridge',
		tables: ['water_samples'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Nitrate is not measured; only pH, temperature, turbidity, E. coli and dissolved oxygen.'
	},
	{
		id: 'w-refuse-06',
		question: 'which site will be safest to swim at next summer',
		tables: ['water_samples'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast for a future season; the samples end in December 2024.'
	},
	{
		id: 'w-refuse-07',
		question: 'how much have we spent on books',
		tables: ['reading_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No price or cost column; only whether a book came from the library.'
	},
	{
		id: 'w-refuse-08',
		question: 'what should i read next',
		tables: ['reading_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A recommendation (opinion), not something the log records.'
	}
];
