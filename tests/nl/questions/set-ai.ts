import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AI: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ai/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - flower_orders.csv (2,125 rows, Fern & Foxglove, a florist's shop in a market town: its order
 *   book for 3 January 2023 to 31 December 2024, one row per order (1,003 taken in 2023, 1,122 in
 *   2024); the shop is open Monday to Saturday, the website takes orders on Sundays too (53 rows);
 *   peaks before Valentine's Day (February 109 and 143 orders), Mother's Day (19 March 2023, 10
 *   March 2024) and Christmas (December 125 and 146); weddings from April to September, booked 2 to
 *   10 months ahead; funerals more in the winter; prices went up on 1 March 2024 (by the order
 *   date: £5 on most sized items, £3 on a posy or an orchid, the delivery charge £1)): "Order No"
 *   (VARCHAR, five digits with the leading zeros kept, '00001'-'02125', unique, in order date
 *   order), "Order Date" (DATE, 628 days), "Delivery Date" (DATE, the day the order goes out,
 *   delivered or collected, Monday to Saturday; 0 to 299 days after the order, median 1; 23 in
 *   2025: 13 weddings booked for 2025 and 10 orders of late December 2024), occasion ('Birthday'
 *   410 | 'Funeral' 354 | 'Sympathy' 150 | 'Anniversary' 133 | 'Thank You' 125 | "Valentine's" 112
 *   (50 in 2023, 62 in 2024) | 'Corporate' 100 (The Old Rectory Hotel) | 'Christmas' 100 |
 *   "Mother's Day" 91 (36 and 55) | 'Get Well' 85 | 'New Baby' 74 | 'Wedding' 43; missing on 348
 *   orders with no occasion given, 44 of them Maureen O'Sullivan's posies), Arrangement (15:
 *   'Hand-tied Bouquet' 871 | 'Vase Arrangement' 212 | 'Posy' 180 | 'Basket Arrangement' 148 |
 *   'Funeral Wreath' 130 | 'Orchid Plant' 121 | 'Funeral Spray' 102 | 'Reception Arrangement' 100 |
 *   'Dozen Red Roses' 65 (Valentine's only) | 'Christmas Wreath' 53 | 'Letters Tribute' 43 |
 *   'Wedding Package' 33 | 'Casket Spray' 33 | 'Table Centrepiece' 24 | 'Bridal Bouquet' 10), Size
 *   ('Medium' 610 | 'Small' 404 | 'Large' 302 | 'Luxury' 45 (hand-tied bouquets only); missing on
 *   the 764 orders of items without sizes), "Price (£)" (DOUBLE, the flowers without delivery,
 *   22-1,830, median 50; £165,715 in all, £76,982 on orders taken in 2023 and £88,733 in 2024; a
 *   hand-tied bouquet £30/£45/£65/£90 Small to Luxury, £5 more from 1 March 2024; Funeral £42,874
 *   and Wedding £39,085 the most by occasion), delivery_charge (DOUBLE, £5 in town and £8 to the
 *   villages, £6 and £9 from 1 March 2024; 0 on the 246 orders of the funeral directors and the
 *   hotel, delivered free; missing on the 629 collected orders; £8,092 in all), Collected (BOOLEAN,
 *   from Yes/No; 629 Yes, 1,496 No (delivered)), paidBy ('Card' 1,088 | 'Online' 540 (every website
 *   order) | 'Account' 246 (the funeral directors and the hotel) | 'Cash' 213 | 'Bank Transfer' 25
 *   (weddings); missing on the 13 wedding orders for 2025 not yet paid for, ordered from 17 June
 *   2024, £12,210 of flowers), Customer (1,296 names; 'The Old Rectory Hotel' 100 orders (a
 *   reception arrangement every Monday but the first two weeks of January), 'Hartley & Sons Funeral
 *   Directors' 78, "Maureen O'Sullivan" 48 (a posy for her mother's grave every other Friday from 3
 *   March 2023, collected and paid in cash, and 4 other orders; the only Maureen), 'Co-op
 *   Funeralcare' 37, 'Greenwood Funeral Service' 31, the others 6 or fewer; 60 names with an
 *   apostrophe such as "Rhys O'Connor" or "Laura D'Arcy", 134 rows), "Order Via" ('Phone' 747 | 'In
 *   Shop' 582 | 'Website' 540 | 'Email' 256), Florist (who made it up: 'Hazel Pryce' 996, the
 *   owner, every wedding | 'Jodie Marsh' 781 | "Niamh O'Hara" 348, from 11 September 2023), "Card
 *   Message" (BOOLEAN, from Yes/No, a card message written: 1,643 Yes, 482 No (no wedding or hotel
 *   order has one)). No costs, wholesale prices, flowers used, delivery drivers, addresses,
 *   postcodes or what the cards said.
 * - planning_applications.csv (1,146 rows, Wealdon District Council's planning register for the six
 *   parishes of its Hadlow ward, one row per application received from 3 January 2023 to 23
 *   December 2024 (572 in 2023, 574 in 2024), on weekdays, fewer from Christmas to New Year
 *   (December 32 and 33 the fewest, May 2023 64 the most); householder applications peak in the
 *   spring and summer, tree works in the autumn and winter; fees rose on 6 December 2023 (by the
 *   date received: householder £206 to £258, full and outline £462 to £578 a new home or £462 to
 *   £578 with none, advertisement £132 to £165, certificate £231 to £289; tree works and listed
 *   building consent carry no fee)): Reference (VARCHAR, 'YY/NNNNN/SUFFIX', e.g. '23/01283/FUL',
 *   numbered across the whole district so with gaps, the five digits with their leading zeros;
 *   unique; the suffix is the type: HOU 587 | FUL 202 | LDC 77 | LBC 70 | TCA 63 (trees in a
 *   conservation area) | TPO 61 (a tree preservation order) | ADV 44 | OUT 42), "Date Received"
 *   (DATE, 458 days), "Target Date" (DATE, 8 weeks after receipt, 6 for a TCA, 13 for a major
 *   application of ten or more new homes), decision_date (DATE, 3 February 2023 to 31 December
 *   2024, median 47 days after receipt, 259 of the 1,033 after the target date; missing on the 76
 *   pending and the 37 withdrawn), Parish ('Much Hadlow' 371 | "Bishop's Wick" 259 | 'Stanton
 *   Parva' 156 | 'Elmstead Green' 134 | 'Little Hadlow' 130 | 'Coldharbour' 96), "Site Address"
 *   (918 values, a house number or a house name and the street, e.g. "Smith's Farm, Church Green"
 *   or "7 St Mary's Lane"; 78 with an apostrophe), applicationType ('Householder' 587 | 'Full' 202
 *   | 'Tree Works' 124 (TPO and TCA) | 'Lawful Development Certificate' 77 | 'Listed Building
 *   Consent' 70 | 'Advertisement' 44 | 'Outline' 42), Proposal (115 texts, e.g. 'Single storey rear
 *   extension', 'Fell 1no. Ash', 'Erection of 29 dwellings with associated access and parking',
 *   'Solar panels on front roof slope' 55, 'Ground mounted solar array' 8), "New Homes" (BIGINT,
 *   the net new dwellings proposed, 0-39; 745 in all, on 159 applications, 15 of them major),
 *   Decision ('Approved' 889 | 'Refused' 144 | 'Pending' 76 (most received from September 2024; 9
 *   older ones stuck) | 'Withdrawn' 37), decisionLevel ('Delegated' 922 | 'Committee' 111 (every
 *   major one decided, 10 or more objections, or now and then a parish council objection); missing
 *   on the pending and withdrawn), "Case Officer" ('Rebecca Thorne' 388, the principal officer,
 *   every major application | 'Tom Adeyemi' 351 | 'Sunita Rao' 201, received to 27 June 2024 (she
 *   left) | 'Graham Pike' 124, the tree officer, every tree works application | "Declan O'Shea" 82,
 *   received from 1 July 2024), objections (BIGINT, letters of objection, 0-68, median 1; 0 on 572,
 *   10 or more on 44; outline 22.0 on average), "Parish Council View" ('No Comment' 424 | 'Object'
 *   263 | 'Support' 258; missing on the 201 tree works and certificates, on which the parish
 *   council is not consulted), "Appeal Lodged" (BOOLEAN, from Yes/No: 51 Yes, all refusals),
 *   appeal_result ('Dismissed' 25 | 'Allowed' 11; missing with no appeal and on the 15 appeals not
 *   yet decided), "Fee (£)" (BIGINT, 0-22,542; £592,051 in all, £279,770 on applications received
 *   in 2023 and £312,281 in 2024), "Conservation Area" (BOOLEAN, from Yes/No: 403 Yes; none in
 *   Coldharbour). No applicants, agents, floor areas, site visits, consultation responses other
 *   than the parish council, appeal dates or conditions.
 * - bp_readings.csv (1,208 rows, one man's home blood pressure and weight diary on an upper-arm
 *   monitor, kept from 9 January 2023 (when his GP asked him to monitor it) to 30 December 2024,
 *   one row per reading (643 in 2023, 565 in 2024) on 658 days: in the morning before breakfast and
 *   in the evening, not every day; none while away 12 to 25 August 2023 and 7 to 20 September 2024
 *   (September 2024 29 rows, August 2023 33, the fewest); a reading that looks high is often taken
 *   again a few minutes later (Note 'repeat'); blood pressure higher in the winter and in the
 *   morning, falling over the two years as the tablets and the weight loss work; tablets (5 mg)
 *   from 12 June 2023, 10 mg from 5 February 2024): "Reading Taken" (TIMESTAMP, 06:00 to 09:59 in
 *   the morning, 20:00 to 23:59 in the evening; 261 before 7am), time_of_day ('Morning' 704 |
 *   'Evening' 504), "Systolic (mmHg)" (BIGINT, 98-177, mean 143.2, median 143; 2023 148.3, 2024
 *   137.4; morning 146.1, evening 139.1; 757 of 140 or more), diastolic (BIGINT, 55-121, mean 90.0;
 *   2024 86.9), pulseBpm (BIGINT, 47-93, median 65), Arm ('Left' 1,093 | 'Right' 115), weight_kg
 *   (DOUBLE, 85.9-98.1 kg, weighed on 354 mornings: 97.4 kg the first time (10 January 2023), 88.5
 *   kg the last (30 December 2024); missing on the other readings), "Meds Taken" (BOOLEAN, from
 *   Yes/No, the day's tablet taken: 825 Yes, 69 No on 34 days; missing on the 314 readings before
 *   12 June 2023), "Dose (mg)" (BIGINT: 5 on 395 rows, 10 on 499; missing before 12 June 2023),
 *   "Irregular Heartbeat" (BOOLEAN, from Yes/No, the monitor's flag: 12 Yes), Note ('repeat' 136 |
 *   "bad night's sleep" 18 | 'after coffee' 17 | 'felt dizzy' 16 | 'after run' 15 | 'headache' 14 |
 *   'cuff slipped' 11 | 'cold' 8 | 'stressed at work' 7 | 'after wine' 6 | 'after gym' 4; missing
 *   on 956). No blood sugar, cholesterol, steps, sleep hours, food, the name of the tablets or
 *   anything the GP said.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AI_TABLE_SOURCES: TableSource[] = [
	{
		name: 'flower_orders',
		humanName: 'Flower orders',
		repoDir: 'tests/nl/data/set-ai',
		file: 'flower_orders.csv',
		format: 'csv'
	},
	{
		name: 'planning_applications',
		humanName: 'Planning applications',
		repoDir: 'tests/nl/data/set-ai',
		file: 'planning_applications.csv',
		format: 'csv'
	},
	{
		name: 'bp_readings',
		humanName: 'Bp readings',
		repoDir: 'tests/nl/data/set-ai',
		file: 'bp_readings.csv',
		format: 'csv'
	}
];

export const SET_AI_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ai-flower_orders-01',
		question: 'how many orders did we take in 2024',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE YEAR("Order Date") = 2024`,
		note: 'Rows (orders) with Order Date in 2024: 1,122 (1,003 in 2023). By Delivery Date (1,110) is another reading; taking an order is the order date.'
	},
	{
		id: 'ai-flower_orders-02',
		question: 'total takings for flowers in 2023, not counting delivery charges',
		tables: ['flower_orders'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Price (£)") FROM flower_orders WHERE YEAR("Order Date") = 2023`,
		note: 'Price (£) (the flowers, without delivery_charge) summed over Order Date in 2023: £76,982. By Delivery Date in 2023 is another reading (weddings are booked months ahead).'
	},
	{
		id: 'ai-flower_orders-03',
		question: 'avrage price of a funeral wreath',
		tables: ['flower_orders'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Price (£)") FROM flower_orders WHERE Arrangement = 'Funeral Wreath'`,
		note: "Average (typo) Price (£) of Arrangement 'Funeral Wreath' over its 130 orders: £88.12 (£65 to £115, median £85). Funeral sprays, casket sprays and letters are not wreaths."
	},
	{
		id: 'ai-flower_orders-04',
		question: 'which occasion brings in the most money',
		tables: ['flower_orders'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT occasion FROM flower_orders WHERE occasion IS NOT NULL GROUP BY occasion ORDER BY SUM("Price (£)") DESC LIMIT 1`,
		note: 'Price (£) summed per occasion, the most: Funeral (£42,874; Wedding £39,085, Birthday £19,304). With the delivery charges it is Funeral too (£44,256). By the number of orders Birthday is the most (410), not money.'
	},
	{
		id: 'ai-flower_orders-05',
		question: 'how many valentines orders did we get in 2024',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE occasion = 'Valentine''s' AND YEAR("Order Date") = 2024`,
		note: `Valentines is occasion "Valentine's" (written without the apostrophe); Order Date in 2024: 62 (50 in 2023).`
	},
	{
		id: 'ai-flower_orders-06',
		question: 'what share of orders are collected rather than delivered',
		tables: ['flower_orders'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Collected) * 1.0 / COUNT(*) FROM flower_orders',
		isShare: true,
		note: 'Share of rows with Collected = Yes: 629 of 2,125 (29.6%).'
	},
	{
		id: 'ai-flower_orders-07',
		question: 'orders per month in 2024',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Order Date") AS m, COUNT(*) FROM flower_orders WHERE YEAR("Order Date") = 2024 GROUP BY m`,
		note: "Rows per calendar month of Order Date in 2024 (12 rows: December 146 and February 143 the most, March 127 (Mother's Day); September 52 the fewest)."
	},
	{
		id: 'ai-flower_orders-08',
		question: 'top 5 customers by number of orders',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Customer, COUNT(*) AS n FROM flower_orders GROUP BY Customer ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: "Rows per Customer, most first: The Old Rectory Hotel 100, Hartley & Sons Funeral Directors 78, Maureen O'Sullivan 48, Co-op Funeralcare 37, Greenwood Funeral Service 31 (sixth 6). The customers with their counts; the names alone is another reading."
	},
	{
		id: 'ai-flower_orders-09',
		question: 'how much has maureen spent with us',
		tables: ['flower_orders'],
		tags: ['sum', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT SUM("Price (£)") FROM flower_orders WHERE Customer = 'Maureen O''Sullivan'`,
		note: `Maureen is Customer "Maureen O'Sullivan" (the only Maureen); Price (£) summed over her 48 orders: £1,213 (44 fortnightly posies, £1,031). With the delivery charges on her 4 delivered orders it is £1,236, another reading.`
	},
	{
		id: 'ai-flower_orders-10',
		question: 'how many different customers have ordered from us',
		tables: ['flower_orders'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Customer) FROM flower_orders',
		note: 'Distinct Customer: 1,296 (the hotel and the three funeral directors among them).'
	},
	{
		id: 'ai-flower_orders-11',
		question: 'how many orders in 2023 were not paid by card',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-negation', 'time-year'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE paidBy <> 'Card' AND YEAR("Order Date") = 2023`,
		note: "paidBy other than 'Card' with Order Date in 2023: 492 of 1,003 (Online 269, Account 114, Cash 91, Bank Transfer 18; no order of 2023 is unpaid, so the empty paidBy does not come in)."
	},
	{
		id: 'ai-flower_orders-12',
		question: 'median price of a hand tied bouquet since the price rise in march 2024',
		tables: ['flower_orders'],
		tags: ['median', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT MEDIAN("Price (£)") FROM flower_orders WHERE Arrangement = 'Hand-tied Bouquet' AND "Order Date" >= DATE '2024-03-01'`,
		note: "Arrangement 'Hand-tied Bouquet' with Order Date from 1 March 2024: Price (£) median over 366 orders, £50 (before the rise £45 over 505)."
	},
	{
		id: 'ai-flower_orders-13',
		question: 'how many weddings have we got booked for 2025',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE occasion = 'Wedding' AND YEAR("Delivery Date") = 2025`,
		note: "occasion 'Wedding' with Delivery Date (the wedding day) in 2025: 13, all ordered in 2024 and not yet paid for."
	},
	{
		id: 'ai-flower_orders-14',
		question: "total value of the orders that haven't been paid for yet",
		tables: ['flower_orders'],
		tags: ['sum', 'filter-missing'],
		sql: `SELECT SUM("Price (£)" + COALESCE(delivery_charge, 0)) FROM flower_orders WHERE paidBy IS NULL`,
		note: 'Unpaid is paidBy empty: 13 wedding orders for 2025; Price (£) plus delivery_charge: £12,285. Price (£) alone (£12,210) is another reading.'
	},
	{
		id: 'ai-flower_orders-15',
		question: 'how much did we make from delivery charges in 2024',
		tables: ['flower_orders'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM(delivery_charge) FROM flower_orders WHERE YEAR("Order Date") = 2024`,
		note: 'delivery_charge summed over Order Date in 2024: £4,378 (770 delivered orders, the free ones at 0). By Delivery Date in 2024 (£4,314) is another reading.'
	},
	{
		id: 'ai-flower_orders-16',
		question: 'how many orders has jodie made up',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE Florist = 'Jodie Marsh'`,
		note: "Jodie is Florist 'Jodie Marsh' (no customer is called Jodie): 781 (417 in 2023, 364 in 2024)."
	},
	{
		id: 'ai-flower_orders-17',
		question: 'how many orders did we deliver in december 2024',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE NOT Collected AND "Delivery Date" >= DATE '2024-12-01' AND "Delivery Date" < DATE '2025-01-01'`,
		note: 'Collected = No (delivered) with Delivery Date in December 2024: 99 (140 went out that month, 41 collected). By Order Date is another reading.'
	},
	{
		id: 'ai-flower_orders-18',
		question: 'how many orders came through the website since april 2024',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE "Order Via" = 'Website' AND "Order Date" >= DATE '2024-04-01'`,
		note: "Order Via 'Website' with Order Date from 1 April 2024 to the end of the book: 179 (paidBy 'Online' gives the same)."
	},
	{
		id: 'ai-flower_orders-19',
		question: 'how many luxury bouquets have we sold',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE Size = 'Luxury' AND Arrangement = 'Hand-tied Bouquet'`,
		note: "Size 'Luxury' (only hand-tied bouquets come in it, so Size alone gives the same): 45."
	},
	{
		id: 'ai-flower_orders-20',
		question: 'how many orders went out without a card message',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: 'SELECT COUNT(*) FROM flower_orders WHERE NOT "Card Message"',
		note: 'Card Message = No: 482 (of 2,125; every wedding and hotel order among them).'
	},
	{
		id: 'ai-flower_orders-21',
		question: 'list the weddings we did in 2024 with the date, customer and price',
		tables: ['flower_orders'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: `SELECT "Delivery Date", Customer, "Price (£)" FROM flower_orders WHERE occasion = 'Wedding' AND YEAR("Delivery Date") = 2024`,
		note: "occasion 'Wedding' with Delivery Date (the wedding day) in 2024: 16 rows of Delivery Date, Customer and Price (£), from Theo Webb on 20 April (£1,020) to Richard Cooper on 28 September (£160); 11 wedding packages and 5 bridal bouquets, 8 of them ordered in 2023. By Order Date in 2024 is another reading."
	},
	{
		id: 'ai-flower_orders-22',
		question: 'average price of birthday orders compared with anniversary orders',
		tables: ['flower_orders'],
		tags: ['avg', 'filter-list', 'group-by'],
		sql: `SELECT occasion, AVG("Price (£)") FROM flower_orders WHERE occasion IN ('Birthday', 'Anniversary') GROUP BY occasion`,
		note: 'Price (£) averaged per occasion for Birthday and Anniversary (2 rows: Birthday £47.08 over 410, Anniversary £49.23 over 133).'
	},
	{
		id: 'ai-flower_orders-23',
		question: "what's the highest price we've charged for one order",
		tables: ['flower_orders'],
		tags: ['max'],
		sql: `SELECT MAX("Price (£)") FROM flower_orders`,
		note: "The highest Price (£): £1,830 (a wedding package for Derek Ali's wedding on 29 July 2023). With its £8 delivery charge £1,838 is another reading; the order (a row) too."
	},
	{
		id: 'ai-flower_orders-24',
		question: 'how many orders did hartley and sons send us in 2024',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM flower_orders WHERE Customer = 'Hartley & Sons Funeral Directors' AND YEAR("Order Date") = 2024`,
		note: "Hartley and sons is Customer 'Hartley & Sons Funeral Directors'; Order Date in 2024: 46 (32 in 2023)."
	},
	{
		id: 'ai-flower_orders-25',
		question: 'mothers day orders by year',
		tables: ['flower_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'fuzzy'],
		sql: `SELECT YEAR("Order Date") AS y, COUNT(*) FROM flower_orders WHERE occasion = 'Mother''s Day' GROUP BY y`,
		note: `occasion "Mother's Day" (written without the apostrophe) per year of Order Date (2 rows: 2023 36, 2024 55).`
	},
	{
		id: 'ai-planning_applications-01',
		question: 'how many planning applications came in during 2024',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE YEAR("Date Received") = 2024`,
		note: 'Rows with Date Received in 2024: 574 (572 in 2023).'
	},
	{
		id: 'ai-planning_applications-02',
		question: 'how many applications were refused',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE Decision = 'Refused'`,
		note: "Decision 'Refused': 144 (of 1,146; 889 approved)."
	},
	{
		id: 'ai-planning_applications-03',
		question:
			'of the householder applications that have been decided, what percentage were approved',
		tables: ['planning_applications'],
		tags: ['share', 'filter-eq', 'filter-list'],
		sql: `SELECT COUNT(*) FILTER (WHERE Decision = 'Approved') * 1.0 / COUNT(*) FROM planning_applications WHERE applicationType = 'Householder' AND Decision IN ('Approved', 'Refused')`,
		isShare: true,
		note: "applicationType 'Householder' decided (Decision 'Approved' or 'Refused', not pending or withdrawn): 486 approved of 538 (90.3%)."
	},
	{
		id: 'ai-planning_applications-04',
		question: 'which parish gets the most applications',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Parish FROM planning_applications GROUP BY Parish ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Parish, the most: Much Hadlow (371; Bishop's Wick 259)."
	},
	{
		id: 'ai-planning_applications-05',
		question: 'how many tree works aplications in bishops wick',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE applicationType = 'Tree Works' AND Parish = 'Bishop''s Wick'`,
		note: `applicationType 'Tree Works' (applications, typo) with Parish "Bishop's Wick" (written without the apostrophe): 28 (18 TCA, 10 TPO).`
	},
	{
		id: 'ai-planning_applications-06',
		question: 'average number of objections on outline applications',
		tables: ['planning_applications'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(objections) FROM planning_applications WHERE applicationType = 'Outline'`,
		note: "objections averaged over the 42 rows of applicationType 'Outline': 22.02 (median 12)."
	},
	{
		id: 'ai-planning_applications-07',
		question: 'applications received each month in 2023',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Received") AS m, COUNT(*) FROM planning_applications WHERE YEAR("Date Received") = 2023 GROUP BY m`,
		note: 'Rows per calendar month of Date Received in 2023 (12 rows: May 64 the most, August 59, June 57; December 32 the fewest, January 36).'
	},
	{
		id: 'ai-planning_applications-08',
		question: 'how many applications are still pending',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE Decision = 'Pending'`,
		note: "Decision 'Pending': 76 (67 received from September 2024, 9 older ones)."
	},
	{
		id: 'ai-planning_applications-09',
		question: 'total planning fees for applications received in 2024',
		tables: ['planning_applications'],
		tags: ['sum', 'time-year', 'quoting'],
		sql: `SELECT SUM("Fee (£)") FROM planning_applications WHERE YEAR("Date Received") = 2024`,
		note: 'Fee (£) summed over Date Received in 2024: £312,281 (£279,770 in 2023).'
	},
	{
		id: 'ai-planning_applications-10',
		question: 'how many new homes were approved in 2024',
		tables: ['planning_applications'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("New Homes") FROM planning_applications WHERE Decision = 'Approved' AND YEAR(decision_date) = 2024`,
		note: "New Homes summed over Decision 'Approved' with decision_date in 2024 (approved in 2024): 133, on 54 of the 471 approvals. Received in 2024 and approved (101) is another reading; the number of applications with homes is not homes."
	},
	{
		id: 'ai-planning_applications-11',
		question: 'how many applications has declan dealt with',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE "Case Officer" = 'Declan O''Shea'`,
		note: `Declan is Case Officer "Declan O'Shea" (the only Declan, from 1 July 2024): 82.`
	},
	{
		id: 'ai-planning_applications-12',
		question: 'how many applications were decided at committee',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE decisionLevel = 'Committee'`,
		note: "decisionLevel 'Committee': 111 (922 delegated)."
	},
	{
		id: 'ai-planning_applications-13',
		question: 'median number of days from receiving a householder application to making a decision',
		tables: ['planning_applications'],
		tags: ['median', 'filter-eq', 'metric'],
		sql: `SELECT MEDIAN(decision_date - "Date Received") FROM planning_applications WHERE applicationType = 'Householder'`,
		note: "decision_date minus Date Received in days for applicationType 'Householder', median over the 538 decided: 48 (mean 48.4; pending and withdrawn have no decision date)."
	},
	{
		id: 'ai-planning_applications-14',
		question: 'how many applications were decided after their target date',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'metric'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE decision_date > "Target Date"`,
		note: 'decision_date later than Target Date: 259 (of 1,033 decided). Pending applications past their target date have no decision and are not counted.'
	},
	{
		id: 'ai-planning_applications-15',
		question: 'how many applications in much hadlow and little hadlow together',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE Parish IN ('Much Hadlow', 'Little Hadlow')`,
		note: "Parish 'Much Hadlow' or 'Little Hadlow': one count, 501 (371 and 130); a count per parish is another reading."
	},
	{
		id: 'ai-planning_applications-16',
		question: 'what percentage of refused applications went to appeal',
		tables: ['planning_applications'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Appeal Lodged") * 1.0 / COUNT(*) FROM planning_applications WHERE Decision = 'Refused'`,
		isShare: true,
		note: "Decision 'Refused'; share with Appeal Lodged = Yes: 51 of 144 (35.4%)."
	},
	{
		id: 'ai-planning_applications-17',
		question: 'how many TPO applications have there been',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE Reference LIKE '%/TPO'`,
		note: "A TPO application is one with the reference suffix TPO (works to a tree under a tree preservation order): 61. All 'Tree Works' (124, with the 63 TCA in conservation areas) is not the same."
	},
	{
		id: 'ai-planning_applications-18',
		question: 'listed building consent applications by parish',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq', 'group-by'],
		sql: `SELECT Parish, COUNT(*) FROM planning_applications WHERE applicationType = 'Listed Building Consent' GROUP BY Parish`,
		note: "applicationType 'Listed Building Consent' per Parish (6 rows: Much Hadlow 25, Bishop's Wick 25, Stanton Parva 9, Coldharbour 5, Little Hadlow 3, Elmstead Green 3)."
	},
	{
		id: 'ai-planning_applications-19',
		question: 'show application 23/01283/FUL',
		tables: ['planning_applications'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT * FROM planning_applications WHERE Reference = '23/01283/FUL'`,
		note: 'Reference 23/01283/FUL: 1 row, 29 dwellings at 38 Mill Road, Much Hadlow, received 29 August 2023, refused at committee on 21 November 2023 with 66 objections, appeal dismissed. Any set of its columns that holds the row is another reading.'
	},
	{
		id: 'ai-planning_applications-20',
		question: 'how many applications outside the conservation area were refused',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-negation', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE NOT "Conservation Area" AND Decision = 'Refused'`,
		note: "Conservation Area = No with Decision 'Refused': 102 (of 144 refusals)."
	},
	{
		id: 'ai-planning_applications-21',
		question: 'how many applications did the parish council object to that got approved anyway',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE "Parish Council View" = 'Object' AND Decision = 'Approved'`,
		note: "Parish Council View 'Object' with Decision 'Approved': 173 (of 263 parish council objections)."
	},
	{
		id: 'ai-planning_applications-22',
		question: 'how many different case officers have handled applications',
		tables: ['planning_applications'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Case Officer") FROM planning_applications',
		note: 'Distinct Case Officer: 5.'
	},
	{
		id: 'ai-planning_applications-23',
		question: 'how many applications were for solar panels',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM planning_applications WHERE Proposal ILIKE '%solar%'`,
		note: "Proposal mentioning solar: 63 ('Solar panels on front roof slope' 55, householder; 'Ground mounted solar array' 8, full). The roof panels alone (55) is another reading."
	},
	{
		id: 'ai-planning_applications-24',
		question: 'total fees from householder applications since the fee rise on 6 december 2023',
		tables: ['planning_applications'],
		tags: ['sum', 'filter-eq', 'time-since'],
		sql: `SELECT SUM("Fee (£)") FROM planning_applications WHERE applicationType = 'Householder' AND "Date Received" >= DATE '2023-12-06'`,
		note: "applicationType 'Householder' with Date Received from 6 December 2023: Fee (£) summed over 303 applications at £258, £78,174."
	},
	{
		id: 'ai-planning_applications-25',
		question: 'applications received in 2024 by parish and decision',
		tables: ['planning_applications'],
		tags: ['aggregate-count', 'multi-group', 'time-year'],
		sql: `SELECT Parish, Decision, COUNT(*) FROM planning_applications WHERE YEAR("Date Received") = 2024 GROUP BY Parish, Decision`,
		note: "Rows per Parish and Decision with Date Received in 2024 (24 rows, six parishes by Approved, Refused, Pending and Withdrawn: Much Hadlow 140, 25, 22 and 7; Bishop's Wick 93, 15, 16 and 5; … Little Hadlow 49, 1, 8 and 2)."
	},
	{
		id: 'ai-bp_readings-01',
		question: 'how many readings have I taken',
		tables: ['bp_readings'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM bp_readings',
		note: 'Rows (readings): 1,208 (136 of them repeat readings a few minutes after a high one).'
	},
	{
		id: 'ai-bp_readings-02',
		question: 'what was my average blood pressure in 2024',
		tables: ['bp_readings'],
		tags: ['avg', 'time-year', 'synonym'],
		sql: `SELECT AVG("Systolic (mmHg)"), AVG(diastolic) FROM bp_readings WHERE YEAR("Reading Taken") = 2024`,
		note: 'Blood pressure is systolic over diastolic: Systolic (mmHg) and diastolic averaged over the 565 readings of 2024, 137.4 / 86.9 (2023 148.3 / 92.8). The systolic alone is another reading.'
	},
	{
		id: 'ai-bp_readings-03',
		question: 'average top number for each month of 2023',
		tables: ['bp_readings'],
		tags: ['avg', 'time-grain', 'time-year', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Reading Taken") AS m, AVG("Systolic (mmHg)") FROM bp_readings WHERE YEAR("Reading Taken") = 2023 GROUP BY m`,
		note: 'The top number is the systolic: Systolic (mmHg) averaged per calendar month of Reading Taken in 2023 (12 rows: February 156.2 and January 156.1 the highest, falling from June after the tablets; September 141.1 the lowest).'
	},
	{
		id: 'ai-bp_readings-04',
		question: "what's the highest systolic i've recorded",
		tables: ['bp_readings'],
		tags: ['max'],
		sql: `SELECT MAX("Systolic (mmHg)") FROM bp_readings`,
		note: 'The highest Systolic (mmHg): 177 (twice, 8 February and 6 June 2023). The value; the readings (rows) is another reading.'
	},
	{
		id: 'ai-bp_readings-05',
		question: 'lowest weight',
		tables: ['bp_readings'],
		tags: ['min'],
		sql: 'SELECT MIN(weight_kg) FROM bp_readings',
		note: 'The lowest weight_kg: 85.9 kg (readings without a weight left out).'
	},
	{
		id: 'ai-bp_readings-06',
		question: 'how many readings had a systolic of 140 or more',
		tables: ['bp_readings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM bp_readings WHERE "Systolic (mmHg)" >= 140`,
		note: 'Systolic (mmHg) of 140 or more: 757 (of 1,208).'
	},
	{
		id: 'ai-bp_readings-07',
		question: 'morning vs evening average systolic',
		tables: ['bp_readings'],
		tags: ['avg', 'group-by'],
		sql: `SELECT time_of_day, AVG("Systolic (mmHg)") FROM bp_readings GROUP BY time_of_day`,
		note: 'Systolic (mmHg) averaged per time_of_day (2 rows: Morning 146.1 over 704, Evening 139.1 over 504).'
	},
	{
		id: 'ai-bp_readings-08',
		question: 'on how many days did I forget my tablets',
		tables: ['bp_readings'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT CAST("Reading Taken" AS DATE)) FROM bp_readings WHERE NOT "Meds Taken"`,
		note: 'Days (the date of Reading Taken) with Meds Taken = No: 34. The 69 readings on those days (rows) is not days; before 12 June 2023 Meds Taken is empty, he was not on tablets yet.'
	},
	{
		id: 'ai-bp_readings-09',
		question: 'average systolic on 5 mg compared with 10 mg',
		tables: ['bp_readings'],
		tags: ['avg', 'filter-list', 'group-by'],
		sql: `SELECT "Dose (mg)", AVG("Systolic (mmHg)") FROM bp_readings WHERE "Dose (mg)" IN (5, 10) GROUP BY "Dose (mg)"`,
		note: 'Systolic (mmHg) averaged per Dose (mg), 5 and 10 (2 rows: 5 mg 143.6 over 395 readings, 10 mg 136.3 over 499). The readings before the tablets (no dose, 153.6) are left out.'
	},
	{
		id: 'ai-bp_readings-10',
		question: 'how much weight have I lost since I started weighing myself',
		tables: ['bp_readings'],
		tags: ['metric', 'filter-missing'],
		sql: `SELECT arg_min(weight_kg, "Reading Taken") - arg_max(weight_kg, "Reading Taken") FROM bp_readings WHERE weight_kg IS NOT NULL`,
		note: 'The first weight_kg (97.4 kg, 10 January 2023) minus the last (88.5 kg, 30 December 2024): 8.9 kg. The highest minus the lowest (98.1 - 85.9 = 12.2) is another reading.'
	},
	{
		id: 'ai-bp_readings-11',
		question: 'average weight per month in 2024',
		tables: ['bp_readings'],
		tags: ['avg', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Reading Taken") AS m, AVG(weight_kg) FROM bp_readings WHERE YEAR("Reading Taken") = 2024 GROUP BY m`,
		note: 'weight_kg averaged per calendar month of Reading Taken in 2024 over the readings with a weight (12 rows, falling from 92.4 kg in January to 87.1 kg in November, 87.6 kg in December).'
	},
	{
		id: 'ai-bp_readings-12',
		question: 'how many readings flagged an irregular heartbeat',
		tables: ['bp_readings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM bp_readings WHERE "Irregular Heartbeat"`,
		note: 'Irregular Heartbeat = Yes: 12.'
	},
	{
		id: 'ai-bp_readings-13',
		question: 'how many times did I feel dizzy',
		tables: ['bp_readings'],
		tags: ['aggregate-count', 'filter-contains', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM bp_readings WHERE Note ILIKE '%dizzy%'`,
		note: "Note 'felt dizzy' (the only note with dizzy): 16 readings (average systolic 126, lower than usual)."
	},
	{
		id: 'ai-bp_readings-14',
		question: 'average pulse after a run',
		tables: ['bp_readings'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(pulseBpm) FROM bp_readings WHERE Note = 'after run'`,
		note: "pulseBpm averaged over Note 'after run' (15 evening readings): 87.07 ('after gym', 4 readings at 81.75, is not a run)."
	},
	{
		id: 'ai-bp_readings-15',
		question: 'median pulse',
		tables: ['bp_readings'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(pulseBpm) FROM bp_readings',
		note: 'pulseBpm median over the 1,208 readings: 65 (47 to 93).'
	},
	{
		id: 'ai-bp_readings-16',
		question: 'what percentage of readings were taken on my right arm',
		tables: ['bp_readings'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Arm = 'Right') * 1.0 / COUNT(*) FROM bp_readings`,
		isShare: true,
		note: "Share of rows with Arm 'Right': 115 of 1,208 (9.5%)."
	},
	{
		id: 'ai-bp_readings-17',
		question: 'how many evening readings did I do in 2023',
		tables: ['bp_readings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM bp_readings WHERE time_of_day = 'Evening' AND YEAR("Reading Taken") = 2023`,
		note: "time_of_day 'Evening' with Reading Taken in 2023: 272 (repeats included)."
	},
	{
		id: 'ai-bp_readings-18',
		question: 'average diastolc since june 2024',
		tables: ['bp_readings'],
		tags: ['avg', 'time-since', 'fuzzy'],
		sql: `SELECT AVG(diastolic) FROM bp_readings WHERE "Reading Taken" >= TIMESTAMP '2024-06-01 00:00:00'`,
		note: 'diastolic (typo) averaged over Reading Taken from 1 June 2024 to the end of the diary: 85.87 over 315 readings.'
	},
	{
		id: 'ai-bp_readings-19',
		question: 'my three highest systolic readings with the date and time',
		tables: ['bp_readings'],
		tags: ['rows-mode', 'top-n'],
		sql: `SELECT "Reading Taken", "Systolic (mmHg)" FROM bp_readings ORDER BY "Systolic (mmHg)" DESC LIMIT 3`,
		note: 'The 3 rows with the highest Systolic (mmHg), with Reading Taken: 8 February 2023 06:37 and 6 June 2023 07:12 (177 each, a tie, so the order of the rows is not part of the answer), 13 February 2023 06:29 (176, a repeat); fourth 175. With the diastolic too is another reading.'
	},
	{
		id: 'ai-bp_readings-20',
		question: 'how many mornings did I weigh myself',
		tables: ['bp_readings'],
		tags: ['aggregate-count', 'filter-missing', 'fuzzy'],
		sql: 'SELECT COUNT(weight_kg) FROM bp_readings',
		note: 'Rows with a weight_kg: 354, each a different morning (weighed once, before the first reading; counting distinct days gives the same).'
	},
	{
		id: 'ai-bp_readings-21',
		question: "average systolic on days I took my meds versus days I didn't",
		tables: ['bp_readings'],
		tags: ['avg', 'group-by', 'filter-missing'],
		sql: `SELECT "Meds Taken", AVG("Systolic (mmHg)") FROM bp_readings WHERE "Meds Taken" IS NOT NULL GROUP BY "Meds Taken"`,
		note: 'Systolic (mmHg) averaged per Meds Taken (2 rows: Yes 138.9 over 825 readings, No 146.9 over 69). The 314 readings before the tablets (Meds Taken empty) are left out.'
	},
	{
		id: 'ai-bp_readings-22',
		question: 'how many readings were taken before 7am',
		tables: ['bp_readings'],
		tags: ['aggregate-count', 'filter-numeric', 'time-grain'],
		sql: `SELECT COUNT(*) FROM bp_readings WHERE HOUR("Reading Taken") < 7`,
		note: 'Reading Taken with a time before 07:00: 261 (all weekday mornings).'
	},
	{
		id: 'ai-bp_readings-23',
		question: 'which note goes with the highest average pulse',
		tables: ['bp_readings'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: `SELECT Note FROM bp_readings WHERE Note IS NOT NULL GROUP BY Note ORDER BY AVG(pulseBpm) DESC LIMIT 1`,
		note: "pulseBpm averaged per Note, the highest: 'after run' (87.07; 'after gym' 81.75, 'stressed at work' 73.57). Readings without a note are left out."
	},
	{
		id: 'ai-bp_readings-24',
		question: 'how many different days did I take a reading on',
		tables: ['bp_readings'],
		tags: ['aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT CAST("Reading Taken" AS DATE)) FROM bp_readings`,
		note: 'Distinct dates of Reading Taken: 658.'
	},
	{
		id: 'ai-bp_readings-25',
		question: 'average systolic between march and may 2024',
		tables: ['bp_readings'],
		tags: ['avg', 'time-range'],
		sql: `SELECT AVG("Systolic (mmHg)") FROM bp_readings WHERE "Reading Taken" >= TIMESTAMP '2024-03-01 00:00:00' AND "Reading Taken" < TIMESTAMP '2024-06-01 00:00:00'`,
		note: 'Systolic (mmHg) averaged over Reading Taken from 1 March to 31 May 2024 (May included): 136.1 over 140 readings.'
	},
	{
		id: 'ai-refuse-01',
		question: "what did people write on the cards for valentine's day",
		tables: ['flower_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Card Message only says whether a card message was written (Yes/No); the words are not recorded.'
	},
	{
		id: 'ai-refuse-02',
		question: 'how much did we spend at the flower wholesaler in 2024',
		tables: ['flower_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs or wholesale prices; Price (£) and delivery_charge are what customers were charged.'
	},
	{
		id: 'ai-refuse-03',
		question: 'which of our drivers did the most deliveries',
		tables: ['flower_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No delivery drivers are recorded; Florist is who made the order up, not who delivered it.'
	},
	{
		id: 'ai-refuse-04',
		question: 'who has put in the most planning applications',
		tables: ['planning_applications'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No applicants or agents are recorded; only the site address, the parish and the case officer.'
	},
	{
		id: 'ai-refuse-05',
		question: 'what is the average floor area of the extensions that were approved',
		tables: ['planning_applications'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No floor areas or sizes; only the proposal text and the number of new homes.'
	},
	{
		id: 'ai-refuse-06',
		question: 'how long do appeals take to be decided',
		tables: ['planning_applications'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only whether an appeal was lodged and its result; no appeal dates (decision_date is the council decision).'
	},
	{
		id: 'ai-refuse-07',
		question: 'what was my blood sugar like in march 2024',
		tables: ['bp_readings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No blood sugar is recorded; only blood pressure, pulse and weight.'
	},
	{
		id: 'ai-refuse-08',
		question: 'how many hours of sleep did I get before my morning readings',
		tables: ['bp_readings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No sleep hours are recorded; only the odd note "bad night\'s sleep" (18 readings).'
	},
	{
		id: 'ai-refuse-09',
		question: 'how many steps did I walk on the days I went for a run',
		tables: ['bp_readings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No steps or distances; runs are only a note ('after run') on some readings."
	}
];
