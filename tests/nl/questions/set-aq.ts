import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AQ: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-aq/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - community_cafe_tills.csv (1,795 rows, The Old Chapel Community Café, run by volunteers in a
 *   chapel hall: its till export for 2023 and 2024, one row per item line, so a receipt of three
 *   items has three rows (953 receipts: 415 in 2023, 538 in 2024); open Wednesdays and Saturdays
 *   10:00-14:00, Fridays too from March 2024; closed over Christmas, on bank holidays and for two
 *   weeks in August; 223 days; breakfast until 11:30, lunches from 11:45; prices up in January
 *   2024; a concession takes 25% off every line of its receipt): "Receipt No" (BIGINT,
 *   30413-31365, repeats on each line of a receipt, in time order), "Date/Time" (TIMESTAMP, to the
 *   second, the same on every line of a receipt, 4 January 2023 to 20 December 2024; Saturday 516
 *   receipts, Wednesday 330, Friday 107), PLU (VARCHAR, the till's three-digit item code with
 *   leading zeros kept, '001' Tea to '051' Babyccino; '003' is Flat White), Item (29, e.g. 'Tea',
 *   'Flat White', 'Scone with Jam & Cream', "Millionaire's Shortbread", "Ploughman's", "Kids'
 *   Lunch Box", 'Mince Pie' (November and December only), 'Soup of the Day'), category ('Hot
 *   Drinks' 733 lines | 'Cakes & Bakes' 418 | 'Lunches' 319 | 'Breakfast' 128 | 'Cold Drinks' 110
 *   | 'Kids' 87), Qty (BIGINT, 1-4; -1 on 6 voided lines), "Unit Price (£)" (DOUBLE, 0.50-5.00,
 *   the list price of the year), "Line Total (£)" (DOUBLE, Qty x Unit Price, 25% off on
 *   concession lines, negative on voids; £4,821.03 in all, £2,015.72 in 2023, £2,805.31 in 2024),
 *   payMethod ('Card' 1,131 lines / 589 receipts | 'Cash' 589 / 324 | 'Voucher' 75 / 40), Concession
 *   (BOOLEAN, from Yes/No; 256 receipts, 485 lines Yes), Volunteer (who was on the till: "Jean
 *   D'Souza" | 'Tom Willoughby' | 'Ken Dobson' | "Bridget O'Sullivan" | 'Aisha Rahman' | 'Pat
 *   McAllister' (Fridays)), eat_in_takeaway ('Eat in' 1,158 lines | 'Takeaway' 582; missing on 55
 *   lines, 29 receipts). No customers, costs of ingredients, waste, opening hours or shifts.
 * - football_club_subs.csv (863 rows, Ashby Wanderers JFC, a youth football club: its
 *   subscription payments for the 2023/24 (423 rows, 201 players) and 2024/25 (440 rows, 196
 *   players) seasons, one row per payment due, exported on 31 May 2025; a player pays Annual (one
 *   payment due 1 September) or Termly (three, due 1 September, 1 January and 1 April); subs £120
 *   U8-U10, £150 U11-U12, £180 U13-U16 a season in 2023/24, £10 more in 2024/25, 10% off for a
 *   younger brother or sister): payment_id (BIGINT, 1-863, by due date), Season ('2023/24' |
 *   '2024/25'), member_no (VARCHAR, five digits with leading zeros, '00412'-'00658', or 'TBC' for
 *   19 new players of 2024/25 not yet given one), "Player Name" (243 players, each name one child;
 *   e.g. "Kai D'Arcy"), "Age Group" ('U8'-'U16', the season's), Team (14: 'U8', 'U9 Blues', 'U9
 *   Whites', 'U10 Blues', 'U10 Whites', 'U11 Blues', 'U11 Whites', 'U12', 'U13', 'U13 Girls',
 *   'U14', 'U14 Girls', 'U15', 'U16'), "Parent/Guardian" (197 parents, one per family, e.g. "Paul
 *   O'Connor" with three children), Plan ('Annual' | 'Termly'), "Due Date" (DATE, six dates from 1
 *   September 2023 to 1 April 2025), "Amount Due (£)" (DOUBLE, 36-190; £29,727 in 2023/24, £30,816
 *   in 2024/25), "Amount Paid (£)" (DOUBLE, missing on the 45 unpaid payments; less than due on 22
 *   part-paid ones; £28,552.40 in 2023/24), paidDate (DATE, 20 days before to 119 days after
 *   the due date, 13 August 2023 to 29 May 2025; missing while unpaid: 16 of 2023/24, 29 of
 *   2024/25, 22 of them the April 2025 instalment), "Pay Method" ('Bank Transfer' 425 | 'Card' 222
 *   | 'Cash' 139 | 'Cheque' 32; missing while unpaid), "Sibling Discount" (BOOLEAN, from Yes/No),
 *   kitOrdered (BOOLEAN, from Yes/No, the season's kit ordered, paid for separately and not in
 *   these amounts). No matches, goals, coaches, kit prices, dates of birth or addresses.
 * - ev_home_charging.csv (852 rows, a Leicester household's log of charging its two electric cars,
 *   an MG4 (64 kWh) and a Nissan Leaf (40 kWh): one row per session from 2 January 2023 to 30
 *   December 2024 (420 in 2023, 432 in 2024); at home on Octopus Intelligent Go, off-peak 7.5p a kWh
 *   (2023) and 7p (2024) from 23:30, peak 30p and 24.5p for a daytime top-up; the MG4 charges free at
 *   work; public rapid chargers on trips, most in the summer holidays, at 69p-79p a kWh): Session
 *   (BIGINT, 1-852, in time order), "Plugged In" (TIMESTAMP, minutes), Unplugged (TIMESTAMP; the
 *   next morning after an overnight charge; missing on 19 sessions), car ('MG4' 398 | 'Nissan
 *   Leaf' 454), Location ('Home' 730 | 'Public' 71 | 'Work' 51), "Public Site" (missing unless
 *   Public: 'Gridserve Electric Forecourt Braintree' 16 | 'InstaVolt Costa Loughborough' 15 |
 *   'Tesla Supercharger Leicester Forest East' 14 | 'Osprey Markfield' 14 | 'Ionity Rugby
 *   Services' 12), "kWh Added" (DOUBLE, 0-57.11; 15,649.97 in all; 0 on 10 charger faults), "Start
 *   %" and "End %" (BIGINT, battery per cent, 4-100; End 100 on 173), tariff ('Off-peak' 660 |
 *   'Peak' 70 at home; missing at work and public chargers), cost_p (BIGINT, the cost in pence, 0
 *   at work; £1,529.51 in 2023, £1,398.35 in 2024), milesSinceLast (BIGINT, miles driven since the
 *   car's last charge; missing on 35), Notes ('charger fault' 10, 'Octopus extra slot', 'granny
 *   cable', 'topped up before trip', 'ICEd bay, waited', ...; missing on most). No battery health,
 *   temperatures, installation or car costs, or emissions.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AQ_TABLE_SOURCES: TableSource[] = [
	{
		name: 'community_cafe_tills',
		humanName: 'Community cafe tills',
		repoDir: 'tests/nl/data/set-aq',
		file: 'community_cafe_tills.csv',
		format: 'csv'
	},
	{
		name: 'football_club_subs',
		humanName: 'Football club subs',
		repoDir: 'tests/nl/data/set-aq',
		file: 'football_club_subs.csv',
		format: 'csv'
	},
	{
		name: 'ev_home_charging',
		humanName: 'EV home charging',
		repoDir: 'tests/nl/data/set-aq',
		file: 'ev_home_charging.csv',
		format: 'csv'
	}
];

export const SET_AQ_QUESTIONS: EvalQuestion[] = [
	{
		id: 'aq-community_cafe_tills-01',
		question: 'total takings in 2024',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Line Total (£)") FROM community_cafe_tills WHERE YEAR("Date/Time") = 2024`,
		note: 'Line Total (£) summed over Date/Time in 2024: £2,805.31 (£2,015.72 in 2023). Voided lines (negative) are netted off.'
	},
	{
		id: 'aq-community_cafe_tills-02',
		question: 'how many flat whites did we sell in 2023',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(Qty) FROM community_cafe_tills WHERE Item = 'Flat White' AND YEAR("Date/Time") = 2023`,
		note: "Qty summed over Item 'Flat White' in 2023: 86 flat whites (on 50 till lines). The number of lines is another reading."
	},
	{
		id: 'aq-community_cafe_tills-03',
		question: 'how many receipts were there on saturdays',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-distinct', 'time-grain'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") FROM community_cafe_tills WHERE DAYNAME("Date/Time") = 'Saturday'`,
		note: 'Distinct Receipt No with Date/Time on a Saturday: 516 receipts (967 till lines). Counting lines is another reading.'
	},
	{
		id: 'aq-community_cafe_tills-04',
		question: 'average spend per receipt',
		tables: ['community_cafe_tills'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(total) FROM (SELECT "Receipt No", SUM("Line Total (£)") AS total FROM community_cafe_tills GROUP BY "Receipt No")`,
		note: 'Line Total (£) summed per Receipt No, then averaged over the 953 receipts: £5.06 (median £4.50). The average line total is another reading.'
	},
	{
		id: 'aq-community_cafe_tills-05',
		question: 'takings by category',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: `SELECT category, SUM("Line Total (£)") FROM community_cafe_tills GROUP BY category`,
		note: 'Line Total (£) summed per category (6 rows: Hot Drinks £1,826.65, Lunches £1,289.62, Cakes & Bakes £1,023.09, Breakfast £405.35, Kids £149.80, Cold Drinks £126.52).'
	},
	{
		id: 'aq-community_cafe_tills-06',
		question: 'top 5 best sellers by quantity',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Item, SUM(Qty) AS q FROM community_cafe_tills GROUP BY Item ORDER BY q DESC LIMIT 5`,
		isOrdered: true,
		note: 'Qty summed per Item, most first: Tea 292, Flat White 177, Filter Coffee 150, Latte 140, Cappuccino 138. The items with their quantities; the names alone is another reading; by number of lines is another.'
	},
	{
		id: 'aq-community_cafe_tills-07',
		question: 'what percentage of receipts were concessions',
		tables: ['community_cafe_tills'],
		tags: ['share', 'filter-eq', 'aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") FILTER (WHERE Concession) * 1.0 / COUNT(DISTINCT "Receipt No") FROM community_cafe_tills`,
		isShare: true,
		note: 'Receipts with Concession = Yes over all receipts (Concession is the same on every line of a receipt): 256 of 953 (26.9%). Over till lines (485 of 1,795, 27.0%) is another reading.'
	},
	{
		id: 'aq-community_cafe_tills-08',
		question: 'which volunteer has taken the most money on the till',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Volunteer FROM community_cafe_tills GROUP BY Volunteer ORDER BY SUM("Line Total (£)") DESC LIMIT 1`,
		note: "Line Total (£) summed per Volunteer, the most: Jean D'Souza (£1,239.65; Tom Willoughby £1,096.20). By number of receipts is another reading (Jean D'Souza too)."
	},
	{
		id: 'aq-community_cafe_tills-09',
		question: 'how much did jean take in 2024',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy', 'quoting'],
		sql: `SELECT SUM("Line Total (£)") FROM community_cafe_tills WHERE Volunteer = 'Jean D''Souza' AND YEAR("Date/Time") = 2024`,
		note: 'Jean is Volunteer "Jean D\'Souza" (the only Jean); Line Total (£) summed over Date/Time in 2024: £682.73.'
	},
	{
		id: 'aq-community_cafe_tills-10',
		question: 'cash takings per month in 2024',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Date/Time") AS m, SUM("Line Total (£)") FROM community_cafe_tills WHERE payMethod = 'Cash' AND YEAR("Date/Time") = 2024 GROUP BY m`,
		note: "Line Total (£) summed per calendar month of Date/Time for payMethod 'Cash' in 2024 (12 rows, January £30.40 to December £38.53; April £116.31 the most; £822.15 in all)."
	},
	{
		id: 'aq-community_cafe_tills-11',
		question: 'how many mince pies have we sold',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM community_cafe_tills WHERE Item = 'Mince Pie'`,
		note: "Qty summed over Item 'Mince Pie' (sold in November and December only): 35 (on 27 lines)."
	},
	{
		id: 'aq-community_cafe_tills-12',
		question: 'how many till lines dont say eat in or takeaway',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM community_cafe_tills WHERE eat_in_takeaway IS NULL`,
		note: 'eat_in_takeaway empty: 55 till lines (29 receipts). Receipts is another reading.'
	},
	{
		id: 'aq-community_cafe_tills-13',
		question: 'how many voided items were there',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM community_cafe_tills WHERE Qty < 0`,
		note: 'Lines keyed with a Qty of -1 (a void; Line Total negative): 6.'
	},
	{
		id: 'aq-community_cafe_tills-14',
		question: 'whats the most expensive thing on the menu',
		tables: ['community_cafe_tills'],
		tags: ['max', 'top-n'],
		sql: `SELECT DISTINCT Item FROM community_cafe_tills WHERE "Unit Price (£)" = (SELECT MAX("Unit Price (£)") FROM community_cafe_tills)`,
		note: "The Item with the highest Unit Price (£): Ploughman's (£5.00 in 2024, £4.50 in 2023). The price alone is another reading."
	},
	{
		id: 'aq-community_cafe_tills-15',
		question: 'soups sold in december 2024',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM community_cafe_tills WHERE Item = 'Soup of the Day' AND "Date/Time" >= TIMESTAMP '2024-12-01' AND "Date/Time" < TIMESTAMP '2025-01-01'`,
		note: "Qty summed over Item 'Soup of the Day' with Date/Time in December 2024 (the café closed from 21 December): 3."
	},
	{
		id: 'aq-community_cafe_tills-16',
		question: 'number of receipts eat in vs takeaway',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-distinct', 'group-by'],
		sql: `SELECT eat_in_takeaway, COUNT(DISTINCT "Receipt No") FROM community_cafe_tills WHERE eat_in_takeaway IS NOT NULL GROUP BY eat_in_takeaway`,
		note: 'Distinct Receipt No per eat_in_takeaway, among receipts that record it (2 rows: Eat in 616, Takeaway 308; 29 receipts say neither). Till lines (1,158 and 582) is another reading; with a row for the empty value is another.'
	},
	{
		id: 'aq-community_cafe_tills-17',
		question: 'busiest hour of the day by number of receipts',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-distinct', 'time-grain', 'top-n'],
		sql: `SELECT HOUR("Date/Time") AS h FROM community_cafe_tills GROUP BY h ORDER BY COUNT(DISTINCT "Receipt No") DESC LIMIT 1`,
		note: 'Distinct receipts per hour of Date/Time, the most: 12 (noon to 1pm, 318 receipts; 11am 291). By till lines it is 12 too.'
	},
	{
		id: 'aq-community_cafe_tills-18',
		question: 'how many different items have we sold',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT Item) FROM community_cafe_tills`,
		note: 'Distinct Item: 29 (the whole menu).'
	},
	{
		id: 'aq-community_cafe_tills-19',
		question: 'list receipts over £15 with receipt no, time and total',
		tables: ['community_cafe_tills'],
		tags: ['rows-mode', 'sum', 'filter-numeric'],
		sql: `SELECT "Receipt No", MIN("Date/Time"), SUM("Line Total (£)") AS total FROM community_cafe_tills GROUP BY "Receipt No" HAVING SUM("Line Total (£)") > 15`,
		note: 'Receipts whose Line Total (£) sums to more than £15, with the receipt number, its time and the total: 4 rows (30539 on 12 April 2023 £16.40, 30873 on 17 February 2024 £16.60, 30887 on 28 February 2024 £15.40, 31145 on 3 August 2024 £15.30). Single lines over £15 (none) is another reading.'
	},
	{
		id: 'aq-community_cafe_tills-20',
		question: 'how many of plu 003 have we sold',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM community_cafe_tills WHERE PLU = '003'`,
		note: "PLU '003' (three digits with the leading zeros, imported as text) is Flat White: Qty summed 177. The number of lines (123) is another reading."
	},
	{
		id: 'aq-community_cafe_tills-21',
		question: 'avg number of items per receipt',
		tables: ['community_cafe_tills'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(n) FROM (SELECT "Receipt No", SUM(Qty) AS n FROM community_cafe_tills GROUP BY "Receipt No")`,
		note: 'Qty summed per receipt, averaged over the 953 receipts: 2.52 items. Lines per receipt (1.88) is another reading.'
	},
	{
		id: 'aq-community_cafe_tills-22',
		question: 'card takings since september 2024',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'filter-eq', 'time-since', 'synonym'],
		sql: `SELECT SUM("Line Total (£)") FROM community_cafe_tills WHERE payMethod = 'Card' AND "Date/Time" >= TIMESTAMP '2024-09-01'`,
		note: "Line Total (£) summed over payMethod 'Card' with Date/Time from 1 September 2024: £553.73 (113 receipts)."
	},
	{
		id: 'aq-community_cafe_tills-23',
		question: 'how many receipts were paid with a voucher',
		tables: ['community_cafe_tills'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") FROM community_cafe_tills WHERE payMethod = 'Voucher'`,
		note: "Distinct Receipt No with payMethod 'Voucher': 40 (75 lines)."
	},
	{
		id: 'aq-community_cafe_tills-24',
		question: 'how much concession discount did we give in 2023',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'metric', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(Qty * "Unit Price (£)" - "Line Total (£)") FROM community_cafe_tills WHERE Concession AND YEAR("Date/Time") = 2023`,
		note: 'Qty x Unit Price (£) less Line Total (£) summed over Concession = Yes lines in 2023 (25% off each line): £149.18 (211 lines).'
	},
	{
		id: 'aq-community_cafe_tills-25',
		question: 'which takes more, wednesdays or saturdays',
		tables: ['community_cafe_tills'],
		tags: ['sum', 'group-by', 'filter-list', 'time-grain', 'top-n'],
		sql: `SELECT DAYNAME("Date/Time") AS d FROM community_cafe_tills WHERE DAYNAME("Date/Time") IN ('Wednesday', 'Saturday') GROUP BY d ORDER BY SUM("Line Total (£)") DESC LIMIT 1`,
		note: 'Line Total (£) summed per weekday of Date/Time, Wednesday against Saturday, the larger: Saturday (£2,635.64; Wednesday £1,628.16). Both with their takings is another reading.'
	},
	{
		id: 'aq-football_club_subs-01',
		question: 'how many unpaid subs are there',
		tables: ['football_club_subs'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: `SELECT COUNT(*) FROM football_club_subs WHERE paidDate IS NULL`,
		note: 'Payments with paidDate empty (Amount Paid and Pay Method empty too): 45 (16 of 2023/24, 29 of 2024/25). The 22 part-paid payments are not counted; counting them too (67) is another reading.'
	},
	{
		id: 'aq-football_club_subs-02',
		question: 'total subs collected for 2023/24',
		tables: ['football_club_subs'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Amount Paid (£)") FROM football_club_subs WHERE Season = '2023/24'`,
		note: "Amount Paid (£) summed over Season '2023/24': £28,552.40 (of £29,727 due)."
	},
	{
		id: 'aq-football_club_subs-03',
		question: 'how much is still owed for the 2024/25 season',
		tables: ['football_club_subs'],
		tags: ['sum', 'metric', 'filter-eq'],
		sql: `SELECT SUM("Amount Due (£)" - COALESCE("Amount Paid (£)", 0)) FROM football_club_subs WHERE Season = '2024/25'`,
		note: "Amount Due (£) less Amount Paid (£) (0 when unpaid) summed over Season '2024/25': £2,126.03 (the 29 unpaid payments £1,903.45, the rest short part payments)."
	},
	{
		id: 'aq-football_club_subs-04',
		question: 'how many players did we have in 2024/25',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE Season = '2024/25'`,
		note: "Distinct Player Name in Season '2024/25': 196 (201 in 2023/24). Distinct member_no is wrong here: new players share 'TBC'."
	},
	{
		id: 'aq-football_club_subs-05',
		question: 'players per age group in 2024/25',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'group-by', 'filter-eq'],
		sql: `SELECT "Age Group", COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE Season = '2024/25' GROUP BY "Age Group"`,
		note: "Distinct Player Name per Age Group in Season '2024/25' (9 rows: U8 15, U9 45, U10 20, U11 16, U12 18, U13 18, U14 20, U15 17, U16 27)."
	},
	{
		id: 'aq-football_club_subs-06',
		question: 'which team had the most players in 2023/24',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'group-by', 'top-n', 'filter-eq'],
		sql: `SELECT Team FROM football_club_subs WHERE Season = '2023/24' GROUP BY Team ORDER BY COUNT(DISTINCT "Player Name") DESC LIMIT 1`,
		note: "Distinct Player Name per Team in Season '2023/24', the most: U8 (41; U16 31, U15 25)."
	},
	{
		id: 'aq-football_club_subs-07',
		question: 'on average how many days after the due date do people pay',
		tables: ['football_club_subs'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(paidDate - "Due Date") FROM football_club_subs`,
		note: 'paidDate minus Due Date in days, averaged over the 818 payments made: 4.88 days (median 3; early payments count as negative). Only the late ones is another reading.'
	},
	{
		id: 'aq-football_club_subs-08',
		question: 'what % of payments were made by bank transfer',
		tables: ['football_club_subs'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Pay Method" = 'Bank Transfer') * 1.0 / COUNT("Pay Method") FROM football_club_subs`,
		isShare: true,
		note: "Pay Method 'Bank Transfer' over the payments made (Pay Method not empty): 425 of 818 (52.0%). Over every row, unpaid included (49.2%), is another reading."
	},
	{
		id: 'aq-football_club_subs-09',
		question: 'how many players got the sibling discount in 2024/25',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE "Sibling Discount" AND Season = '2024/25'`,
		note: "Distinct Player Name with Sibling Discount = Yes in Season '2024/25': 40 (84 payment rows)."
	},
	{
		id: 'aq-football_club_subs-10',
		question: 'how many kids ordered kit for 2024/25',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE kitOrdered AND Season = '2024/25'`,
		note: "Distinct Player Name with kitOrdered = Yes in Season '2024/25': 134 (294 payment rows)."
	},
	{
		id: 'aq-football_club_subs-11',
		question: 'list the unpaid u9 subs with player, parent and amount due',
		tables: ['football_club_subs'],
		tags: ['rows-mode', 'filter-eq', 'filter-missing'],
		sql: `SELECT "Player Name", "Parent/Guardian", "Amount Due (£)" FROM football_club_subs WHERE "Age Group" = 'U9' AND paidDate IS NULL`,
		note: "Age Group 'U9' with paidDate empty: 7 rows of Player Name, Parent/Guardian and Amount Due (£) (e.g. Alfie Quinn, Rhys Quinn, £40.00; Henry Wright, Laura Wright, £117.00)."
	},
	{
		id: 'aq-football_club_subs-12',
		question: 'which parent owes the most',
		tables: ['football_club_subs'],
		tags: ['sum', 'group-by', 'top-n', 'metric'],
		sql: `SELECT "Parent/Guardian" FROM football_club_subs GROUP BY "Parent/Guardian" ORDER BY SUM("Amount Due (£)" - COALESCE("Amount Paid (£)", 0)) DESC LIMIT 1`,
		note: 'Amount Due (£) less Amount Paid (£) (0 when unpaid) summed per Parent/Guardian over both seasons, the most: Marek Johnson (£190; Tariq Hughes £185).'
	},
	{
		id: 'aq-football_club_subs-13',
		question: 'how many payments were only part paid',
		tables: ['football_club_subs'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM football_club_subs WHERE "Amount Paid (£)" < "Amount Due (£)"`,
		note: 'Amount Paid (£) below Amount Due (£) (paid, but short): 22 payments (11 in each season). Unpaid ones are not part paid.'
	},
	{
		id: 'aq-football_club_subs-14',
		question: 'how much came in as cash in 2024',
		tables: ['football_club_subs'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("Amount Paid (£)") FROM football_club_subs WHERE "Pay Method" = 'Cash' AND YEAR(paidDate) = 2024`,
		note: "Amount Paid (£) over Pay Method 'Cash' with paidDate in calendar 2024: £5,302.61 (75 payments). By season instead of calendar year is another reading."
	},
	{
		id: 'aq-football_club_subs-15',
		question: 'how many players were on each plan in 2024/25',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'group-by', 'filter-eq'],
		sql: `SELECT Plan, COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE Season = '2024/25' GROUP BY Plan`,
		note: "Distinct Player Name per Plan in Season '2024/25' (2 rows: Termly 122, Annual 74)."
	},
	{
		id: 'aq-football_club_subs-16',
		question: 'how much did the U16s pay in 2023/24',
		tables: ['football_club_subs'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Amount Paid (£)") FROM football_club_subs WHERE "Age Group" = 'U16' AND Season = '2023/24'`,
		note: "Amount Paid (£) summed over Age Group 'U16' in Season '2023/24': £5,562 (31 players)."
	},
	{
		id: 'aq-football_club_subs-17',
		question: 'how many players havent got a member number yet',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE member_no = 'TBC'`,
		note: "member_no 'TBC' (a new player not yet given a number): 19 distinct players. member_no is never empty."
	},
	{
		id: 'aq-football_club_subs-18',
		question: 'how many families are in the club',
		tables: ['football_club_subs'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Parent/Guardian") FROM football_club_subs`,
		note: 'Distinct Parent/Guardian (one named parent per family, each name one family): 197.'
	},
	{
		id: 'aq-football_club_subs-19',
		question: 'payments received in october 2024',
		tables: ['football_club_subs'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM football_club_subs WHERE paidDate >= DATE '2024-10-01' AND paidDate < DATE '2024-11-01'`,
		note: 'paidDate in October 2024: 13 payments. The amount received is another reading.'
	},
	{
		id: 'aq-football_club_subs-20',
		question: 'total due by season',
		tables: ['football_club_subs'],
		tags: ['sum', 'group-by'],
		sql: `SELECT Season, SUM("Amount Due (£)") FROM football_club_subs GROUP BY Season`,
		note: "Amount Due (£) summed per Season (2 rows: '2023/24' £29,727, '2024/25' £30,816)."
	},
	{
		id: 'aq-football_club_subs-21',
		question: 'biggest single payment',
		tables: ['football_club_subs'],
		tags: ['max'],
		sql: `SELECT MAX("Amount Paid (£)") FROM football_club_subs`,
		note: 'The highest Amount Paid (£): £190 (an annual U13-U16 sub in 2024/25, 23 payments of it). The payment row is another reading.'
	},
	{
		id: 'aq-football_club_subs-22',
		question: 'how many subs were paid after the due date',
		tables: ['football_club_subs'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM football_club_subs WHERE paidDate > "Due Date"`,
		note: 'paidDate later than Due Date: 466 payments (324 paid early; unpaid ones left out).'
	},
	{
		id: 'aq-football_club_subs-23',
		question: 'how many april 2025 instalments are still unpaid',
		tables: ['football_club_subs'],
		tags: ['aggregate-count', 'filter-missing', 'time-range'],
		sql: `SELECT COUNT(*) FROM football_club_subs WHERE "Due Date" = DATE '2025-04-01' AND paidDate IS NULL`,
		note: 'Due Date 1 April 2025 (the third termly instalment of 2024/25) with paidDate empty: 22.'
	},
	{
		id: 'aq-football_club_subs-24',
		question: "how much has paul o'connor paid altogether",
		tables: ['football_club_subs'],
		tags: ['sum', 'filter-eq', 'quoting'],
		sql: `SELECT SUM("Amount Paid (£)") FROM football_club_subs WHERE "Parent/Guardian" = 'Paul O''Connor'`,
		note: 'Parent/Guardian "Paul O\'Connor" (three children): Amount Paid (£) summed over both seasons, 13 payments: £666.'
	},
	{
		id: 'aq-football_club_subs-25',
		question: 'average amount paid per player in 2023/24',
		tables: ['football_club_subs'],
		tags: ['avg', 'metric', 'filter-eq'],
		sql: `SELECT SUM("Amount Paid (£)") / COUNT(DISTINCT "Player Name") FROM football_club_subs WHERE Season = '2023/24'`,
		note: "Amount Paid (£) summed over Season '2023/24' divided by its distinct players: £28,552.40 / 201 = £142.05. The average payment (£140.64) is another reading."
	},
	{
		id: 'aq-ev_home_charging-01',
		question: 'how many charging sessions in 2024',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE YEAR("Plugged In") = 2024`,
		note: 'Rows (sessions) with Plugged In in 2024: 432 (420 in 2023).'
	},
	{
		id: 'aq-ev_home_charging-02',
		question: 'total kwh added at home in 2023',
		tables: ['ev_home_charging'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("kWh Added") FROM ev_home_charging WHERE Location = 'Home' AND YEAR("Plugged In") = 2023`,
		note: "kWh Added summed over Location 'Home' with Plugged In in 2023: 6,165.17 kWh."
	},
	{
		id: 'aq-ev_home_charging-03',
		question: 'how much did charging cost us in 2024, in pounds',
		tables: ['ev_home_charging'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(cost_p) / 100.0 FROM ev_home_charging WHERE YEAR("Plugged In") = 2024`,
		note: 'cost_p (pence) summed over Plugged In in 2024, divided by 100: £1,398.35 (£1,529.51 in 2023). Work charging costs 0.'
	},
	{
		id: 'aq-ev_home_charging-04',
		question: 'how many off-peak charges did the leaf have',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE tariff = 'Off-peak' AND car = 'Nissan Leaf'`,
		note: "tariff 'Off-peak' with car 'Nissan Leaf': 378 sessions (both years)."
	},
	{
		id: 'aq-ev_home_charging-05',
		question: 'what do we pay per kwh at public chargers on average',
		tables: ['ev_home_charging'],
		tags: ['metric', 'filter-eq'],
		sql: `SELECT SUM(cost_p) * 1.0 / SUM("kWh Added") FROM ev_home_charging WHERE Location = 'Public'`,
		note: "cost_p summed over kWh Added summed, Location 'Public': 73.9p a kWh. The average of each session's rate (74.1p) is another reading."
	},
	{
		id: 'aq-ev_home_charging-06',
		question: 'kwh by car',
		tables: ['ev_home_charging'],
		tags: ['sum', 'group-by'],
		sql: `SELECT car, SUM("kWh Added") FROM ev_home_charging GROUP BY car`,
		note: 'kWh Added summed per car (2 rows: MG4 8,372.25, Nissan Leaf 7,277.72).'
	},
	{
		id: 'aq-ev_home_charging-07',
		question: 'how long does a public charge take on average in minutes',
		tables: ['ev_home_charging'],
		tags: ['avg', 'metric', 'filter-eq'],
		sql: `SELECT AVG(date_diff('minute', "Plugged In", Unplugged)) FROM ev_home_charging WHERE Location = 'Public'`,
		note: "Minutes from Plugged In to Unplugged averaged over Location 'Public' (71 sessions, all unplugged): 45.2 minutes (median 45)."
	},
	{
		id: 'aq-ev_home_charging-08',
		question: 'peak rate top-ups per month in 2024',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Plugged In") AS m, COUNT(*) FROM ev_home_charging WHERE tariff = 'Peak' AND YEAR("Plugged In") = 2024 GROUP BY m`,
		note: "Rows per calendar month of Plugged In with tariff 'Peak' in 2024 (12 rows, 1-4 each, 32 in all)."
	},
	{
		id: 'aq-ev_home_charging-09',
		question: 'average miles between charges for the mg4',
		tables: ['ev_home_charging'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(milesSinceLast) FROM ev_home_charging WHERE car = 'MG4'`,
		note: "milesSinceLast averaged over car 'MG4' (382 of 398 sessions record it): 70.0 miles."
	},
	{
		id: 'aq-ev_home_charging-10',
		question: 'which public charger have we used most',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Public Site" FROM ev_home_charging WHERE "Public Site" IS NOT NULL GROUP BY "Public Site" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Public Site, the most: 'Gridserve Electric Forecourt Braintree' (16; InstaVolt Costa Loughborough 15)."
	},
	{
		id: 'aq-ev_home_charging-11',
		question: 'how many sessions have no unplug time',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE Unplugged IS NULL`,
		note: 'Unplugged empty: 19 sessions.'
	},
	{
		id: 'aq-ev_home_charging-12',
		question: 'how many times did we charge at work',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE Location = 'Work'`,
		note: "Location 'Work' (MG4 only, free): 51 sessions."
	},
	{
		id: 'aq-ev_home_charging-13',
		question: 'what share of our kwh came from public chargers',
		tables: ['ev_home_charging'],
		tags: ['share', 'filter-eq', 'sum'],
		sql: `SELECT SUM("kWh Added") FILTER (WHERE Location = 'Public') / SUM("kWh Added") FROM ev_home_charging`,
		isShare: true,
		note: "kWh Added at Location 'Public' over all kWh Added: 2,471.43 of 15,649.97 (15.8%). By number of sessions (71 of 852) is another reading."
	},
	{
		id: 'aq-ev_home_charging-14',
		question: 'average battery % when we plug in at home',
		tables: ['ev_home_charging'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Start %") FROM ev_home_charging WHERE Location = 'Home'`,
		note: "Start % averaged over Location 'Home' (730 sessions): 55.3%."
	},
	{
		id: 'aq-ev_home_charging-15',
		question: 'how many charger faults have we had',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE Notes ILIKE '%fault%'`,
		note: "Notes 'charger fault' (each with 0 kWh Added): 10."
	},
	{
		id: 'aq-ev_home_charging-16',
		question: 'total miles in the leaf in 2024',
		tables: ['ev_home_charging'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(milesSinceLast) FROM ev_home_charging WHERE car = 'Nissan Leaf' AND YEAR("Plugged In") = 2024`,
		note: "milesSinceLast summed over car 'Nissan Leaf' with Plugged In in 2024: 11,925 miles (10 of its 234 sessions lack the miles)."
	},
	{
		id: 'aq-ev_home_charging-17',
		question: 'kwh added per month in 2023',
		tables: ['ev_home_charging'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Plugged In") AS m, SUM("kWh Added") FROM ev_home_charging WHERE YEAR("Plugged In") = 2023 GROUP BY m`,
		note: 'kWh Added summed per calendar month of Plugged In in 2023 (12 rows: January 714.69 ... July 799.15 the most, May 556.74 the least, December 711.80).'
	},
	{
		id: 'aq-ev_home_charging-18',
		question: 'how many sessions charged to 100%',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE "End %" = 100`,
		note: 'End % of 100: 173 sessions (156 at home).'
	},
	{
		id: 'aq-ev_home_charging-19',
		question: 'biggest single charge in kwh',
		tables: ['ev_home_charging'],
		tags: ['max'],
		sql: `SELECT MAX("kWh Added") FROM ev_home_charging`,
		note: 'The highest kWh Added: 57.11 (session 478, the MG4 at home on 17 February 2024). The session row is another reading.'
	},
	{
		id: 'aq-ev_home_charging-20',
		question: 'list public charges in august 2024 - date, car, site, kwh and cost',
		tables: ['ev_home_charging'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT "Plugged In", car, "Public Site", "kWh Added", cost_p FROM ev_home_charging WHERE Location = 'Public' AND "Plugged In" >= TIMESTAMP '2024-08-01' AND "Plugged In" < TIMESTAMP '2024-09-01'`,
		note: "Location 'Public' with Plugged In in August 2024: 7 rows of Plugged In, car, Public Site, kWh Added and cost_p (2 August MG4 Ionity Rugby Services 45.88 kWh 3,625p ... 31 August MG4 Ionity Rugby Services 41.85 kWh 3,097p). Cost shown in pounds is another reading."
	},
	{
		id: 'aq-ev_home_charging-21',
		question: 'average cost of an off peak charge in 2024 in £',
		tables: ['ev_home_charging'],
		tags: ['avg', 'metric', 'filter-eq', 'time-year'],
		sql: `SELECT AVG(cost_p) / 100.0 FROM ev_home_charging WHERE tariff = 'Off-peak' AND YEAR("Plugged In") = 2024`,
		note: "cost_p averaged over tariff 'Off-peak' in 2024 (339 sessions), divided by 100: £1.13."
	},
	{
		id: 'aq-ev_home_charging-22',
		question: 'how many charges at the weekend',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-list', 'time-grain'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE DAYNAME("Plugged In") IN ('Saturday', 'Sunday')`,
		note: 'Plugged In on a Saturday or a Sunday: 232 sessions.'
	},
	{
		id: 'aq-ev_home_charging-23',
		question: 'how many times was a car plugged in after 11pm',
		tables: ['ev_home_charging'],
		tags: ['aggregate-count', 'filter-numeric', 'time-range'],
		sql: `SELECT COUNT(*) FROM ev_home_charging WHERE CAST("Plugged In" AS TIME) > TIME '23:00:00'`,
		note: 'Plugged In later than 23:00 on its day: 42 sessions. From 23:00 on (HOUR >= 23) is 45, another reading.'
	},
	{
		id: 'aq-ev_home_charging-24',
		question: 'average % added per charge for each car',
		tables: ['ev_home_charging'],
		tags: ['avg', 'group-by', 'metric'],
		sql: `SELECT car, AVG("End %" - "Start %") FROM ev_home_charging GROUP BY car`,
		note: 'End % less Start % averaged per car (2 rows: MG4 29.7, Nissan Leaf 36.2 percentage points).'
	},
	{
		id: 'aq-ev_home_charging-25',
		question: 'what has the mg4 cost to charge since march 2024 (£)',
		tables: ['ev_home_charging'],
		tags: ['sum', 'metric', 'filter-eq', 'time-since'],
		sql: `SELECT SUM(cost_p) / 100.0 FROM ev_home_charging WHERE car = 'MG4' AND "Plugged In" >= TIMESTAMP '2024-03-01'`,
		note: "cost_p summed over car 'MG4' with Plugged In from 1 March 2024, divided by 100: £618.84 (166 sessions)."
	},
	{
		id: 'aq-refuse-01',
		question: 'how much profit did we make on cakes in 2024',
		tables: ['community_cafe_tills'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only what was charged (Unit Price, Line Total); no cost of ingredients or bakes, so no profit.'
	},
	{
		id: 'aq-refuse-02',
		question: 'who is our most regular customer',
		tables: ['community_cafe_tills'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No customer names, loyalty cards or card numbers; a receipt is not tied to a person.'
	},
	{
		id: 'aq-refuse-03',
		question: 'how much food did we throw away last summer',
		tables: ['community_cafe_tills'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The till records sales only; no waste, stock or leftovers.'
	},
	{
		id: 'aq-refuse-04',
		question: 'how many goals did the u12s score in 2023/24',
		tables: ['football_club_subs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Subscription payments only; no matches, results or goals.'
	},
	{
		id: 'aq-refuse-05',
		question: 'how much did the kit cost the club',
		tables: ['football_club_subs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'kitOrdered is only a Yes/No flag; kit is paid for separately and no kit prices or costs are recorded.'
	},
	{
		id: 'aq-refuse-06',
		question: 'which coach has the most players',
		tables: ['football_club_subs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No coaches or managers are recorded; only Team, Age Group and the parent or guardian.'
	},
	{
		id: 'aq-refuse-07',
		question: "what's the mg4's battery health now",
		tables: ['ev_home_charging'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No battery health (state of health or capacity); only the per cent at plug-in and unplug.'
	},
	{
		id: 'aq-refuse-08',
		question: 'how much did the home charger cost to install',
		tables: ['ev_home_charging'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the cost of each charging session (cost_p); no installation, car or standing charges.'
	},
	{
		id: 'aq-refuse-09',
		question: 'what was the temperature outside when we charged',
		tables: ['ev_home_charging'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No temperature or weather is recorded for any session.'
	}
];
