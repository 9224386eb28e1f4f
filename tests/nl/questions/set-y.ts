import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set Y: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-y/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - hall_bookings.csv (1,535 rows, Ashcombe Village Hall's booking diary: every booking of its
 *   four rooms 2022-01-04 to 2024-12-23, one row per booking; weekly and monthly community
 *   groups, one-off parties, weddings, wakes, fairs and polling days): booking_ref (BIGINT,
 *   4001-5535, in date order), "Hirer Name" (250, e.g. 'Little Acorns Toddler Group' 233,
 *   'Pilates with Sarah' 183 (from March 2023), 'Zumba with Kerry' 133, 'Ashcombe WI', 'Parish
 *   Council', 'Yoga Flow' (to July 2023), 'Electoral Services'; most are one-off private hirers
 *   such as 'Donna Atkinson'), room ('Main Hall' 710 | 'Small Hall' 502 | 'Garden Room' 222 |
 *   'Committee Room' 101), eventType (12: 'Fitness Class' 395, 'Club' 306, 'Playgroup' 233,
 *   "Children's Party" 223 (with an apostrophe), 'Meeting' 134, 'Youth Group' 115, 'Private
 *   Party' 56, 'Community Event' 27, 'Funeral Wake' 17, 'Wedding Reception' 17, 'Sale/Fair' 8,
 *   'Election' 4), "Booking Date" (DATE), Start (TIME, from 'HH:MM', 06:30-19:30), "End Time"
 *   (TIME, from 'HH:MM'; 00:00 for the 15 bookings running to midnight), hrs (DOUBLE, the booked
 *   hours, 1.0-16.0), attendees (BIGINT, 3-120; 155 missing: cancelled, elections, not written
 *   down), "Fee (£)" (DOUBLE, 0.00-400.00: hourly rate by room, rising each January, 80% for
 *   community groups, a flat fee for a wedding; 0 for the parish council), deposit_paid
 *   (BOOLEAN, from Yes/No; 276, asked only of one-off private hirers), Cancelled (BOOLEAN, from
 *   Yes/No; 54, keeping their quoted fee).
 * - customer_returns.csv (1,287 rows, Fern & Finch Home (a small online homewares shop): every
 *   return requested 2023-01-02 to 2024-12-31, as exported at 17:00 on 31 December 2024, one
 *   row per return): "Return No" (e.g. 'RTN-10001', in time order), orderNo (BIGINT,
 *   62224-85348; 1,255 distinct), product (20, e.g. 'Linen Duvet Cover Double' 113, 'Percale
 *   Sheet Set', 'Waffle Throw', 'Stoneware Mug Set', 'Brass Table Lamp', 'Ceramic Bedside
 *   Lamp', 'Rattan Pendant Shade', 'Wool Rug 160x230'), Category ('Bedding' 429 | 'Lighting'
 *   203 | 'Kitchen' 196 | 'Bathroom' 182 | 'Home Decor' 182 | 'Rugs' 95), "Return Reason"
 *   ('Changed my mind' 390 | 'Wrong size' 216 | 'Colour not as pictured' 188 | 'Arrived
 *   damaged' 176 | 'Not as described' 144 | 'Ordered by mistake' 94 | 'Faulty' 79), qty
 *   (BIGINT, 1-4, mostly 1), "Requested At" (TIMESTAMP), received_date (DATE; 26 missing: 23
 *   still in transit, 3 never arrived), "Refund (£)" (DOUBLE, 0.00-220.00: the price, less
 *   £3.95 return postage for a change of mind, wrong size or mistake, half when the customer
 *   damaged it, 0 when refused (18); 26 missing: not received), "Condition on Arrival" ('As
 *   New' 632 | 'Opened' 353 | 'Damaged' 207 | 'Faulty' 69; 26 missing), restocked (BOOLEAN,
 *   from Yes/No; 727), handledBy (5: 'Megan Reid' 452, 'Tariq Aziz' 376, 'Olu Adebayo' 230
 *   (from September 2023), 'Hannah Cole' 130, 'Becky Lawson' 73 (to August 2023); 26 missing).
 * - bus_route_log.csv (2,091 rows, Wolds Community Bus (a volunteer-driven minibus service):
 *   the daily route log 2022-01-04 to 2024-12-23, one row per route per day it was timetabled,
 *   Monday to Saturday, none on bank holidays): log_id (BIGINT, 70001-72091, in date order),
 *   service_date (DATE), Route ('Town Hopper' 742 (weekdays, 6 departures) | 'Villages North'
 *   439 | 'Market Day' 304 (Wednesdays and Saturdays) | 'Hospital Link' 303 | 'Villages South'
 *   303), Driver (8 volunteers, e.g. 'Keith Marsden' 416, 'Sandra Okoye', 'Janet Price',
 *   'Margaret Ellis' (to October 2022), 'Phil Turner' (from February 2023); 39 missing: no
 *   driver, run cancelled), "Vehicle Reg" (5 minibuses: 'YA21 LMC', 'YJ19 PXT', 'YK17 HBW',
 *   'YX14 DRT' (to May 2023), 'YE23 KVN' (from June 2023)), deps (BIGINT, departures run, 0-6),
 *   Passengers (BIGINT, 0-74), "Concession Passes" (BIGINT, passengers on a free concessionary
 *   pass, 0-50), "Fares Taken (£)" (DOUBLE, 0.00-90.00: a flat £2.50 single in 2022, £2.00
 *   from 2023), miles (DOUBLE, 0.0-50.2; 50 missing: not written down), Breakdown (BOOLEAN,
 *   from Yes/No; 25), Notes (free text, mostly empty; 203 with a note, e.g. 'Ran 15 mins late,
 *   traffic', 'No driver available, run cancelled', 'Snow, later runs cancelled').
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_Y_TABLE_SOURCES: TableSource[] = [
	{
		name: 'hall_bookings',
		humanName: 'Hall bookings',
		repoDir: 'tests/nl/data/set-y',
		file: 'hall_bookings.csv',
		format: 'csv'
	},
	{
		name: 'customer_returns',
		humanName: 'Customer returns',
		repoDir: 'tests/nl/data/set-y',
		file: 'customer_returns.csv',
		format: 'csv'
	},
	{
		name: 'bus_route_log',
		humanName: 'Bus route log',
		repoDir: 'tests/nl/data/set-y',
		file: 'bus_route_log.csv',
		format: 'csv'
	}
];

export const SET_Y_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- hall bookings
	{
		id: 'y-hall_bookings-01',
		question: 'how many bookings did we have in 2023',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM hall_bookings WHERE YEAR("Booking Date") = 2023',
		note: 'Rows with a Booking Date in 2023 (553), cancelled ones included.'
	},
	{
		id: 'y-hall_bookings-02',
		question: 'hire income for 2024 not counting cancelled bookings',
		tables: ['hall_bookings'],
		tags: ['sum', 'filter-negation', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Fee (£)") FROM hall_bookings WHERE YEAR("Booking Date") = 2024 AND NOT Cancelled',
		note: 'Fee (£) summed over bookings dated 2024 with Cancelled = No (£20,231.70; £21,369.80 with the cancelled ones, which keep their quoted fee).'
	},
	{
		id: 'y-hall_bookings-03',
		question: 'which room gets booked the most',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT room FROM hall_bookings GROUP BY room ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per room: Main Hall (710; Small Hall 502).'
	},
	{
		id: 'y-hall_bookings-04',
		question: 'average attendance at zumba',
		tables: ['hall_bookings'],
		tags: ['avg', 'filter-contains', 'synonym', 'fuzzy'],
		sql: `SELECT AVG(attendees) FROM hall_bookings WHERE "Hirer Name" = 'Zumba with Kerry'`,
		note: "zumba is the hirer 'Zumba with Kerry' (the only Zumba class); attendees averaged over its 113 sessions with a count (20.9); cancelled and unrecorded sessions have none."
	},
	{
		id: 'y-hall_bookings-05',
		question: 'how many childrens parties in 2024',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM hall_bookings WHERE eventType = 'Children''s Party' AND YEAR("Booking Date") = 2024`,
		note: 'childrens parties is eventType "Children\'s Party" (with an apostrophe in the data), dated 2024 (81), cancelled ones included.'
	},
	{
		id: 'y-hall_bookings-06',
		question: 'bookings by event type',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT eventType, COUNT(*) FROM hall_bookings GROUP BY eventType',
		note: 'Rows per eventType (12 rows, Fitness Class 395 the most).'
	},
	{
		id: 'y-hall_bookings-07',
		question: 'how many cancellations have there been',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM hall_bookings WHERE Cancelled',
		note: 'Cancelled = Yes (54).'
	},
	{
		id: 'y-hall_bookings-08',
		question: 'weddings per year',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'fuzzy'],
		sql: `SELECT YEAR("Booking Date") AS y, COUNT(*) FROM hall_bookings WHERE eventType = 'Wedding Reception' GROUP BY y`,
		note: "Plural value: eventType 'Wedding Reception', counted per year of Booking Date (2022 5, 2023 6, 2024 6)."
	},
	{
		id: 'y-hall_bookings-09',
		question: 'top 5 hirers by number of bookings',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT "Hirer Name", COUNT(*) AS n FROM hall_bookings GROUP BY "Hirer Name" ORDER BY n DESC LIMIT 5',
		isOrdered: true,
		note: 'Rows per Hirer Name: Little Acorns Toddler Group 233, Pilates with Sarah 183, Zumba with Kerry 133, Ashcombe Art Group 118, 1st Ashcombe Scouts 115 (sixth 98, no tie).'
	},
	{
		id: 'y-hall_bookings-10',
		question: 'fees by room and year',
		tables: ['hall_bookings'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT room, YEAR("Booking Date") AS y, SUM("Fee (£)") FROM hall_bookings GROUP BY room, y',
		note: 'Fee (£) summed per room and year of Booking Date (12 rows), every booking as quoted, cancelled ones included.'
	},
	{
		id: 'y-hall_bookings-11',
		question: 'median number of guests at private parties',
		tables: ['hall_bookings'],
		tags: ['median', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT MEDIAN(attendees) FROM hall_bookings WHERE eventType = 'Private Party'`,
		note: "Guests are attendees; median over eventType 'Private Party' with a count (65)."
	},
	{
		id: 'y-hall_bookings-12',
		question: "what's the most people we've had at one booking",
		tables: ['hall_bookings'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(attendees) FROM hall_bookings',
		note: 'The highest attendees: 120 (a wedding reception filling the Main Hall). The booking (a row) is another reading; the number is asked for.'
	},
	{
		id: 'y-hall_bookings-13',
		question: 'how many bookings have no attendance recorded',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM hall_bookings WHERE attendees IS NULL',
		note: 'attendees empty (155: the 54 cancelled bookings, 4 elections and the rest not written down).'
	},
	{
		id: 'y-hall_bookings-14',
		question: 'what % of bookings get cancelled',
		tables: ['hall_bookings'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Cancelled) * 1.0 / COUNT(*) FROM hall_bookings',
		isShare: true,
		note: 'Share of rows with Cancelled = Yes: 54 of 1,535 (3.5%).'
	},
	{
		id: 'y-hall_bookings-15',
		question: 'how many bookings payed a deposit',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM hall_bookings WHERE deposit_paid',
		note: 'Misspelt payed: deposit_paid = Yes (276). Counted; listing them is another reading.'
	},
	{
		id: 'y-hall_bookings-16',
		question: 'list funeral wakes in 2024 with date and room',
		tables: ['hall_bookings'],
		tags: ['rows-mode', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT "Booking Date", room FROM hall_bookings WHERE eventType = 'Funeral Wake' AND YEAR("Booking Date") = 2024`,
		note: "eventType 'Funeral Wake', dated 2024: 9 rows of Booking Date and room."
	},
	{
		id: 'y-hall_bookings-17',
		question: 'bookings per month in 2024',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Booking Date") AS m, COUNT(*) FROM hall_bookings WHERE YEAR("Booking Date") = 2024 GROUP BY m`,
		note: 'Bookings dated 2024, counted per calendar month of Booking Date (12 months, September 52 the most).'
	},
	{
		id: 'y-hall_bookings-18',
		question: 'how many bookings start after 6pm',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM hall_bookings WHERE Start > TIME '18:00:00'`,
		note: 'Start later than 18:00 (594; none starts at exactly 18:00, so at-or-after gives the same), cancelled ones included.'
	},
	{
		id: 'y-hall_bookings-19',
		question: 'total hours the main hall was booked in 2023',
		tables: ['hall_bookings'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(hrs) FROM hall_bookings WHERE room = 'Main Hall' AND YEAR("Booking Date") = 2023`,
		note: "hrs summed over room 'Main Hall', dated 2023 (667 hours); without the cancelled bookings is another reading (618)."
	},
	{
		id: 'y-hall_bookings-20',
		question: 'how many different hirers have we had',
		tables: ['hall_bookings'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Hirer Name") FROM hall_bookings',
		note: 'Distinct Hirer Name values (250; most are one-off private hirers).'
	},
	{
		id: 'y-hall_bookings-21',
		question: 'bookings between june and august 2024',
		tables: ['hall_bookings'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM hall_bookings WHERE "Booking Date" BETWEEN DATE '2024-06-01' AND DATE '2024-08-31'`,
		note: 'Booking Date from 1 June to 31 August 2024, August included (109). Counted; listing them is another reading.'
	},
	{
		id: 'y-hall_bookings-22',
		question: 'avg fee for a kids party by room',
		tables: ['hall_bookings'],
		tags: ['avg', 'group-by', 'filter-eq', 'synonym'],
		sql: `SELECT room, AVG("Fee (£)") FROM hall_bookings WHERE eventType = 'Children''s Party' GROUP BY room`,
		note: 'kids party is eventType "Children\'s Party"; Fee (£) averaged per room (3 rows: Main Hall £63.30, Small Hall £43.04, Garden Room £36.12).'
	},

	// ---------------------------------------------------------------- customer returns
	{
		id: 'y-customer_returns-01',
		question: 'how many returns in 2024',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM customer_returns WHERE YEAR("Requested At") = 2024',
		note: 'Returns with Requested At in 2024 (723).'
	},
	{
		id: 'y-customer_returns-02',
		question: 'total refunded',
		tables: ['customer_returns'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Refund (£)") FROM customer_returns',
		note: 'Refund (£) added up over every return that has one (£75,391.25); returns not yet received have no refund.'
	},
	{
		id: 'y-customer_returns-03',
		question: 'most common reason for returns',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT "Return Reason" FROM customer_returns GROUP BY "Return Reason" ORDER BY COUNT(*) DESC LIMIT 1',
		note: "Most rows per Return Reason: 'Changed my mind' (390; Wrong size 216)."
	},
	{
		id: 'y-customer_returns-04',
		question: 'returns by catagory',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Category, COUNT(*) FROM customer_returns GROUP BY Category',
		note: 'Misspelt catagory: rows per Category (6 rows, Bedding 429 the most).'
	},
	{
		id: 'y-customer_returns-05',
		question: 'how many lamps have been sent back',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'filter-contains', 'fuzzy', 'synonym'],
		sql: `SELECT COUNT(*) FROM customer_returns WHERE product ILIKE '%lamp%'`,
		note: "Plural, lower-case mention of the products with 'Lamp' in the name: Brass Table Lamp and Ceramic Bedside Lamp (124 returns, each of one lamp, so SUM(qty) gives the same). The Rattan Pendant Shade is not a lamp; all of Category 'Lighting' is another reading (203)."
	},
	{
		id: 'y-customer_returns-06',
		question: 'average refund on lighting',
		tables: ['customer_returns'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Refund (£)") FROM customer_returns WHERE Category = 'Lighting'`,
		note: "Lower-case value: Category 'Lighting'; Refund (£) averaged over its 197 refunded returns (£66.02)."
	},
	{
		id: 'y-customer_returns-07',
		question: 'which product gets returned the most',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT product FROM customer_returns GROUP BY product ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per product: Linen Duvet Cover Double (113; Percale Sheet Set 96). Most items (SUM(qty)) gives the same.'
	},
	{
		id: 'y-customer_returns-08',
		question: 'how many returns are still in transit',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM customer_returns WHERE received_date IS NULL',
		note: 'No received_date yet (26: 23 requested in December 2024, 3 older parcels that never arrived).'
	},
	{
		id: 'y-customer_returns-09',
		question: 'returns per month',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Requested At") AS m, COUNT(*) FROM customer_returns GROUP BY m`,
		note: 'Rows per calendar month of Requested At (24 months; peaks each January).'
	},
	{
		id: 'y-customer_returns-10',
		question: 'what percentage of returns went back into stock',
		tables: ['customer_returns'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE restocked) * 1.0 / COUNT(*) FROM customer_returns',
		isShare: true,
		note: 'Share of rows with restocked = Yes: 727 of 1,287 (56.5%). Of the received returns only is another reading.'
	},
	{
		id: 'y-customer_returns-11',
		question: 'how many returns has each person handled',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT handledBy, COUNT(*) FROM customer_returns GROUP BY handledBy',
		note: 'Rows per handledBy (6 rows: the 5 staff and the 26 returns not yet received, with no handler; Megan Reid 452 the most).'
	},
	{
		id: 'y-customer_returns-12',
		question: 'wrong size returns on bedding',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM customer_returns WHERE "Return Reason" = 'Wrong size' AND Category = 'Bedding'`,
		note: "Return Reason 'Wrong size' and Category 'Bedding' (140). Counted; listing them is another reading."
	},
	{
		id: 'y-customer_returns-13',
		question: 'median days for a return to get back to us',
		tables: ['customer_returns'],
		tags: ['median', 'metric'],
		sql: 'SELECT MEDIAN(received_date - CAST("Requested At" AS DATE)) FROM customer_returns',
		note: 'Days from the date of Requested At to received_date, median over the returns received (4 days).'
	},
	{
		id: 'y-customer_returns-14',
		question: 'top 3 categories by refund value',
		tables: ['customer_returns'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Category, SUM("Refund (£)") AS r FROM customer_returns GROUP BY Category ORDER BY r DESC LIMIT 3',
		isOrdered: true,
		note: 'Refund (£) summed per Category: Bedding £26,123.95, Rugs £13,734.60, Lighting £13,006.70.'
	},
	{
		id: 'y-customer_returns-15',
		question: 'refunds over £100',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM customer_returns WHERE "Refund (£)" > 100',
		note: 'Refund (£) above 100 (46). Counted; listing them is another reading.'
	},
	{
		id: 'y-customer_returns-16',
		question: 'show return no and product for damaged returns received in dec 2024',
		tables: ['customer_returns'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT "Return No", product FROM customer_returns WHERE "Condition on Arrival" = 'Damaged' AND received_date BETWEEN DATE '2024-12-01' AND DATE '2024-12-31'`,
		note: "Condition on Arrival 'Damaged', received_date in December 2024: 11 rows of Return No and product."
	},
	{
		id: 'y-customer_returns-17',
		question: 'returns requested since november 2024',
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM customer_returns WHERE "Requested At" >= TIMESTAMP '2024-11-01 00:00:00'`,
		note: 'Requested At from 1 November 2024 on (114). Counted; listing them is another reading.'
	},
	{
		id: 'y-customer_returns-18',
		question: 'how many items have customers returned in total',
		tables: ['customer_returns'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(qty) FROM customer_returns',
		note: 'Items are qty, summed over every return (1,434); the number of returns (1,287) is another reading.'
	},
	{
		id: 'y-customer_returns-19',
		question: 'how many orders had a return',
		tables: ['customer_returns'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT orderNo) FROM customer_returns',
		note: 'Distinct orderNo values (1,255; a few orders had two returns).'
	},
	{
		id: 'y-customer_returns-20',
		question: 'refunds by year and category',
		tables: ['customer_returns'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT YEAR("Requested At") AS y, Category, SUM("Refund (£)") FROM customer_returns GROUP BY y, Category',
		note: 'Refund (£) summed per year of Requested At and Category (12 rows).'
	},
	{
		id: 'y-customer_returns-21',
		question: "as new returns that weren't restocked",
		tables: ['customer_returns'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM customer_returns WHERE "Condition on Arrival" = 'As New' AND NOT restocked`,
		note: "Condition on Arrival 'As New' and restocked = No (11). Counted; listing them is another reading."
	},
	{
		id: 'y-customer_returns-22',
		question: 'what share of returns are people changing their mind',
		tables: ['customer_returns'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Return Reason" = 'Changed my mind') * 1.0 / COUNT(*) FROM customer_returns`,
		isShare: true,
		note: "Share of rows with Return Reason 'Changed my mind': 390 of 1,287 (30.3%). Adding 'Ordered by mistake' is a looser reading."
	},

	// ---------------------------------------------------------------- bus route log
	{
		id: 'y-bus_route_log-01',
		question: 'total passengers in 2023',
		tables: ['bus_route_log'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM(Passengers) FROM bus_route_log WHERE YEAR(service_date) = 2023',
		note: 'Passengers summed over service_date in 2023 (19,898).'
	},
	{
		id: 'y-bus_route_log-02',
		question: 'which route carries the most passengers',
		tables: ['bus_route_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Route FROM bus_route_log GROUP BY Route ORDER BY SUM(Passengers) DESC LIMIT 1',
		note: 'Passengers summed per Route: Town Hopper (32,570; Market Day 9,309).'
	},
	{
		id: 'y-bus_route_log-03',
		question: 'average passengers a day on the hospital link',
		tables: ['bus_route_log'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(Passengers) FROM bus_route_log WHERE Route = 'Hospital Link'`,
		note: "A day is a row: Passengers averaged over Route 'Hospital Link' (11.2), the few days it did not run (0 passengers) included; without them 11.6."
	},
	{
		id: 'y-bus_route_log-04',
		question: 'how many breakdowns have we had',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM bus_route_log WHERE Breakdown',
		note: 'Breakdown = Yes (25).'
	},
	{
		id: 'y-bus_route_log-05',
		question: 'breakdowns by vehicle',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'group-by', 'filter-eq'],
		sql: 'SELECT "Vehicle Reg", COUNT(*) FROM bus_route_log WHERE Breakdown GROUP BY "Vehicle Reg"',
		note: 'Breakdown = Yes, counted per Vehicle Reg (5 rows; YX14 DRT 11, the old minibus retired in May 2023).'
	},
	{
		id: 'y-bus_route_log-06',
		question: 'fares taken each year',
		tables: ['bus_route_log'],
		tags: ['sum', 'time-grain'],
		sql: 'SELECT YEAR(service_date) AS y, SUM("Fares Taken (£)") FROM bus_route_log GROUP BY y',
		note: 'Fares Taken (£) summed per year of service_date (2022 £15,096.25, 2023 £13,549.00, 2024 £14,000.00: the flat fare fell from £2.50 to £2 in 2023).'
	},
	{
		id: 'y-bus_route_log-07',
		question: 'total miles driven',
		tables: ['bus_route_log'],
		tags: ['sum'],
		sql: 'SELECT SUM(miles) FROM bus_route_log',
		note: 'miles added up over the rows that have them (69,283.7).'
	},
	{
		id: 'y-bus_route_log-08',
		question: 'how many runs had no driver',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM bus_route_log WHERE Driver IS NULL',
		note: 'Driver empty (39, all logged as cancelled with 0 departures).'
	},
	{
		id: 'y-bus_route_log-09',
		question: 'passenger numbers by month',
		tables: ['bus_route_log'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', service_date) AS m, SUM(Passengers) FROM bus_route_log GROUP BY m`,
		note: 'Passengers summed per calendar month of service_date (36 months).'
	},
	{
		id: 'y-bus_route_log-10',
		question: 'top 3 drivers by miles',
		tables: ['bus_route_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Driver, SUM(miles) AS mi FROM bus_route_log GROUP BY Driver ORDER BY mi DESC LIMIT 3',
		isOrdered: true,
		note: 'miles summed per Driver: Keith Marsden 12,582.2, Sandra Okoye 11,560.8, Janet Price 10,323.4.'
	},
	{
		id: 'y-bus_route_log-11',
		question: 'what share of passengers travel on a concession pass',
		tables: ['bus_route_log'],
		tags: ['share', 'metric'],
		sql: 'SELECT SUM("Concession Passes") * 1.0 / SUM(Passengers) FROM bus_route_log',
		isShare: true,
		note: "Concession Passes over Passengers, both summed: 37,948 of 58,493 (64.9%). The average of each row's share is another reading."
	},
	{
		id: 'y-bus_route_log-12',
		question: 'median takings on market day',
		tables: ['bus_route_log'],
		tags: ['median', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT MEDIAN("Fares Taken (£)") FROM bus_route_log WHERE Route = 'Market Day'`,
		note: "Takings are Fares Taken (£); median over Route 'Market Day' (£16.125)."
	},
	{
		id: 'y-bus_route_log-13',
		question: 'how many days did keith drive in 2024',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT service_date) FROM bus_route_log WHERE Driver = 'Keith Marsden' AND YEAR(service_date) = 2024`,
		note: "keith is Driver 'Keith Marsden'; distinct service_date in 2024 (136; he never drives twice a day, so counting rows gives the same)."
	},
	{
		id: 'y-bus_route_log-14',
		question: 'runs with more than 50 passengers',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM bus_route_log WHERE Passengers > 50',
		note: 'Passengers above 50 (179: 175 Town Hopper, 4 Market Day). Counted; listing them is another reading.'
	},
	{
		id: 'y-bus_route_log-15',
		question: 'list 2024 breakdowns with date, route and vehicle reg',
		tables: ['bus_route_log'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: 'SELECT service_date, Route, "Vehicle Reg" FROM bus_route_log WHERE Breakdown AND YEAR(service_date) = 2024',
		note: 'Breakdown = Yes in 2024: 3 rows of service_date, Route and Vehicle Reg.'
	},
	{
		id: 'y-bus_route_log-16',
		question: 'how many log entries are missing the mileage',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM bus_route_log WHERE miles IS NULL',
		note: 'miles empty (50).'
	},
	{
		id: 'y-bus_route_log-17',
		question: 'passengers by route and year',
		tables: ['bus_route_log'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT Route, YEAR(service_date) AS y, SUM(Passengers) FROM bus_route_log GROUP BY Route, y',
		note: 'Passengers summed per Route and year of service_date (15 rows).'
	},
	{
		id: 'y-bus_route_log-18',
		question: 'most passengers we have carried on one run',
		tables: ['bus_route_log'],
		tags: ['max'],
		sql: 'SELECT MAX(Passengers) FROM bus_route_log',
		note: 'The highest Passengers on one row: 74 (a Town Hopper day). The row is another reading; the number is asked for.'
	},
	{
		id: 'y-bus_route_log-19',
		question: 'how many different drivers have driven for us',
		tables: ['bus_route_log'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Driver) FROM bus_route_log',
		note: 'Distinct Driver values (8; the empty Driver of the no-driver runs is not counted). Margaret Ellis stopped in 2022; only the drivers still driving is another reading.'
	},
	{
		id: 'y-bus_route_log-20',
		question: 'passengers on villages north and villages south since sept 2024',
		tables: ['bus_route_log'],
		tags: ['sum', 'filter-list', 'time-since', 'fuzzy'],
		sql: `SELECT SUM(Passengers) FROM bus_route_log WHERE Route IN ('Villages North', 'Villages South') AND service_date >= DATE '2024-09-01'`,
		note: "One total of Passengers over Route 'Villages North' or 'Villages South' from 1 September 2024 on (1,660); one total per route is another reading."
	},
	{
		id: 'y-bus_route_log-21',
		question: 'how many runs were hit by snow',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM bus_route_log WHERE Notes ILIKE '%snow%'`,
		note: "Notes containing 'snow' (18: 13 with later runs cancelled, 5 with all runs cancelled)."
	},
	{
		id: 'y-bus_route_log-22',
		question: 'average miles per run for each minibus',
		tables: ['bus_route_log'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT "Vehicle Reg", AVG(miles) FROM bus_route_log GROUP BY "Vehicle Reg"',
		note: 'A minibus is a Vehicle Reg; miles averaged per Vehicle Reg over the rows with miles (5 rows).'
	},
	{
		id: 'y-bus_route_log-23',
		question: 'town hopper runs with fewer than 6 departures',
		tables: ['bus_route_log'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM bus_route_log WHERE Route = 'Town Hopper' AND deps < 6`,
		note: "Route 'Town Hopper' (6 departures a day) with deps below 6 (24: no driver, snow or a breakdown). Counted; listing them is another reading."
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'y-refuse-01',
		question: 'how much do we spend heating the hall',
		tables: ['hall_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No running costs of any kind; only the fees hirers pay.'
	},
	{
		id: 'y-refuse-02',
		question: 'which hirer leaves the hall in the worst state',
		tables: ['hall_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion about cleanliness; there are no inspection notes or complaints.'
	},
	{
		id: 'y-refuse-03',
		question: 'how many bookings will we get in 2025',
		tables: ['hall_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast; the diary ends in December 2024 and holds no bookings for 2025.'
	},
	{
		id: 'y-refuse-04',
		question: "what's our return rate",
		tables: ['customer_returns'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A rate needs the number of orders or items sold; the table holds only the returns.'
	},
	{
		id: 'y-refuse-05',
		question: 'which customers return the most stuff',
		tables: ['customer_returns'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No customer name or id; only the order number, and no order has more than a few returns.'
	},
	{
		id: 'y-refuse-06',
		question: 'how much fuel did the minibuses use in 2024',
		tables: ['bus_route_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No fuel figures; only miles driven.'
	},
	{
		id: 'y-refuse-07',
		question: 'average age of our passengers',
		tables: ['bus_route_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Passengers are daily counts; no ages or passenger details (concession passes are a count too).'
	},
	{
		id: 'y-refuse-08',
		question: 'will passenger numbers keep going up',
		tables: ['bus_route_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction about the future; the log ends in December 2024.'
	}
];
