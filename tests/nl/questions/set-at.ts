import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AT: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-at/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - hair_appointments.csv (1,355 rows, Jo Kerrigan's mobile hairdressing round around Market
 *   Harborough, Leicestershire: her appointment book, one row per appointment, from 3 January
 *   2024 to 29 March 2025 with two weddings booked for April and May 2025 (1,069 in 2024, 286 in
 *   2025), exported on Monday 3 March 2025 at 20:15; she works Tuesday to Saturday at clients'
 *   homes and every other Wednesday afternoon at a care home, whose residents' visits are
 *   invoiced to the home each month (the February 2025 invoice not paid yet); off on bank
 *   holidays, a week at the end of May, two weeks in August and Christmas to New Year; prices up
 *   in January 2025): "Appt Ref" (VARCHAR, 'JK-0001' to 'JK-1355' in the order booked; the rows
 *   are in order of date and start time), bookedAt (TIMESTAMP, when the appointment was made,
 *   most regulars rebooking as she leaves; 6 June 2023 (a wedding) to 3 March 2025), "Appt Date"
 *   (DATE), Start (TIME, 07:00 to 18:10), Client (233 names; regulars such as 'Ava Bennett',
 *   'Ella Pearce', 'Laura Fletcher' and 'Claire Holmes'; 13 care home residents such as 'Maureen
 *   Pollard' (the only Maureen) and "Winifred O'Hara"; 'Mum', Jo's mother, 15 free visits),
 *   Village (10: 'Market Harborough' 540, 'Great Bowden' 205, 'Little Bowden' 185 ... 'Kibworth'
 *   36; the care home is in Market Harborough), "Visit Type" ('Home' 1,100 | 'Care Home' 212 |
 *   'Wedding' 43), Service (13: 'Cut & Blow Dry' 409 | 'Wash & Set' 409 (187 at the care home) |
 *   'Gents Cut' 160 | 'Dry Cut' 118 | 'Child Cut' 50 | 'Full Colour' 46 | 'Root Tint' 45 |
 *   'Fringe Trim' 36 | 'Bridesmaid Hair' 32 | 'Highlights' 25 | 'Bridal Trial' 11 | 'Bridal Hair'
 *   11 | 'Perm' 3), Mins (BIGINT, the time booked, 15-150; 0 on the refund; 600 on JK-0822, a cut
 *   and blow dry of 1 October 2024, a slip for 60), "Price (£)" (DOUBLE, the list price, £6-£124;
 *   £20 a wash and set at the care home (£22 from 2025); 0 on the refund), travel_fee_p (BIGINT,
 *   pence: 0 in Market Harborough and Little Bowden, at the care home and for children and
 *   bridesmaids, 250-500 by village, 1500 on a bride's row), "Disc (£)" (DOUBLE, 10% for
 *   pensioners on Tuesdays, £5 off a referred client's first visit, the whole price for Mum and
 *   for a free redo; on 146 rows), Tip (DOUBLE, cash tips of £2-£20 on 243 rows; missing
 *   otherwise), "Amount Paid (£)" (DOUBLE, what has come in: Price (£) + travel_fee_p / 100 -
 *   Disc (£) on done appointments, but 0 on the care home's 15 visits of February 2025 and on
 *   five bank transfers that never came; a £10 call-out fee on 6 of the 9 no-shows; £50 deposits
 *   on the two booked brides; -58 on the refund row; £37,664.20 in all), "Pay Method" ('Cash' 421
 *   | 'Card' 330 | 'Bank Transfer' 250 | 'Invoice' 200 (the care home); missing on 154:
 *   cancelled and booked appointments, unpaid no-shows, Mum, the redo), Status ('Done' 1,207 |
 *   'Booked' 94 | 'Cancelled' 44 | 'No Show' 9 | 'Refund' 1: Ella Davies's full colour of 13 June
 *   2024 went brassy, refunded on 16 June (a row of its own, Amount Paid -58) and redone free on
 *   28 June), "New Client" (BOOLEAN, from Yes/No, a client's first appointment; 141 Yes), "Patch
 *   Test" (DATE, the client's last skin patch test, on colour services (Root Tint, Full Colour,
 *   Highlights) only; missing otherwise and on Isla Pritchard's root tint of 16 November 2024),
 *   Notes (VARCHAR, on 67: 'daughter paying' 12, 'park on drive', 'side door', 'gate code 1942',
 *   'call-out fee paid' 6, 'transfer not come through' 5, 'colour went brassy - refunded' ...).
 *   No product or running costs, mileage, clients' ages, addresses or phone numbers.
 * - cattery_stays.csv (880 rows, The Purrfect Stay Cattery near Holmfirth, West Yorkshire: its
 *   booking book, one row per stay (the cats of one household share a pen), check-ins from 4
 *   January 2022 to 16 August 2025 (288 in 2022, 277 in 2023, 280 in 2024, 35 in 2025), exported
 *   on Friday 10 January 2025 at 17:40; ten pens; no arrivals or departures on a Sunday or on
 *   Christmas Day; the nightly price is for the pen, by pen and number of cats, up £1 each
 *   January, 10% off the nights of a stay of three weeks or more; a deposit secures the pen, kept
 *   if the owner cancels within a week of arrival, given back otherwise; the balance is paid at
 *   collection): "Bkg No" (BIGINT, 1001-1880 in the order booked; the rows are in order of check
 *   in), booked_at (TIMESTAMP, 2 August 2021 to 10 January 2025 07:37), Owner (579 names;
 *   'Holme Valley Cat Rescue' boards a foster cat free, 12 stays; regulars such as 'Ruby Hussain'
 *   7 and 'Kwame Jones' 6), "Cat Name(s)" (the cats in the pen: 'Tilly', 'Smudge & Ginger',
 *   'Pepper, Bramble & Salem'; 27 households have a Smudge), Cats (BIGINT, 1-4: 486, 362, 30, 2),
 *   Pen (10: 'Pen 1' to 'Pen 6' (one or two cats), 'Deluxe 1' to 'Deluxe 3' (up to three),
 *   'Family Suite' (two to four), 77 to 99 stays each), "Check In" (DATE), checkOut (DATE; on Bkg
 *   No 1708, Oscar Barker's Milo in Pen 4 from 1 August 2024, keyed a year early as 14 August
 *   2023), "Nightly (£)" (DOUBLE, the pen's price a night, £14-£49; 0 for the rescue), Meds
 *   (BOOLEAN, from Yes/No; 120 Yes), "Extras (£)" (DOUBLE, medication £3 a day, insulin £5 a
 *   day, grooming £15; on 167, missing otherwise), "Total (£)" (DOUBLE, the nights at the nightly
 *   price plus extras, £28-£1,020.60; 0 for the rescue; £165,774.70 over every row), deposit_p
 *   (BIGINT, pence: 2000, 5000 for a stay of two weeks or more, 0 for the rescue), "Amount Paid
 *   (£)" (DOUBLE, the deposit, then the balance at collection: the Total on stays checked out but
 *   three still owing (£676), the deposit on stays in, booked or cancelled; £150,705.60 in all),
 *   "Refund (£)" (DOUBLE, the deposit given back on 23 of the 42 cancellations, and the unused
 *   nights on 6 stays collected early; £1,243 in all; missing otherwise), "Vacc Due" (DATE, the
 *   booster date on the vaccination card, after check-out as a rule but during the stay on two;
 *   missing on 15 stays whose card was not seen), Vet ('Holme Valley Vets' 372 | 'Castle Vets'
 *   173 | "St Anne's Veterinary Group" 143 | 'Meltham Vet Centre' 95 | 'PDSA Huddersfield' 64;
 *   missing on 33), Status ('Checked Out' 801 | 'Cancelled' 42 | 'Booked' 32 | 'In' 5, in the
 *   cattery on the day of the export), Returning (BOOLEAN, from Yes/No, the owner has stayed
 *   before; 294 Yes; a keyword in SQL, to be quoted). No running costs, food, staff, cats'
 *   breeds, ages or health records, owners' addresses or phone numbers.
 * - vending_restocks.csv (945 rows, Munch Box Vending, Gary Holt's round of nine machines around
 *   Stockport: his restock log, one row per visit to a machine, 2 January 2024 to 28 February
 *   2025 (805 in 2024, 140 in 2025), exported on Saturday 1 March 2025 at 07:55; at each visit
 *   he fills the machine, bins what is past its date, empties the coin box and notes the card
 *   takings since the last visit; away a week in August 2024 and over Christmas): Ref (VARCHAR,
 *   'V00001' to 'V00945' in order of visit), "Visit Date" (DATE), logged (TIMESTAMP, when the
 *   visit was typed in, the same day as a rule, the next morning on 63), Mch ('M01' to 'M09'),
 *   Site (7: "St Luke's Hospital" 340 (M04 snacks, M05 drinks, three visits a week), 'Riverside
 *   Gym' 226 (M01 drinks, M02 snacks) | 'Brook Lane Depot' 115 (M07) | 'Hollybank College' 97
 *   (M06, quiet in the holidays) | 'Moorside Leisure Centre' 63 (M08, put in on 3 July 2024) |
 *   'Kwik Wash Car Wash' 57 (M03, weekly) | 'The Old Fire Station' 47 (M09, offices' coffee
 *   machine, taken out on 28 November 2024)), Type ('Snack' 346 | 'Drinks' 283 | 'Combo' 269 |
 *   'Coffee' 47), "Qty Loaded" (BIGINT, items put in, 0-345; 280 on M08's first fill; 0 at the
 *   break-in and the removal; 78,950 in all), Expired (BIGINT, items binned past their date, 0-6;
 *   799 in all), "Stock Cost (£)" (DOUBLE, what the items loaded cost him; £44,429.48 in all),
 *   "Cash (£)" (DOUBLE, the coins and notes emptied, £0-£162.40, but 5190 on V00273 at Kwik Wash
 *   on 4 May 2024, a slip for 51.90; £36,968.34 in all), card_p (BIGINT, card takings since the
 *   last visit in pence, 0 when the reader was offline and made up at the next visit; 7,534,805
 *   in all), "Refunds (£)" (DOUBLE, money given back for a stuck item, £1.20-£3 on 79 visits;
 *   missing otherwise), Fault (VARCHAR, on 77: 'Spiral jammed' 29, 'Coin mech jammed' 18, 'Card
 *   reader offline' 11, 'Note reader fault' 8, 'Door lock sticking' 8, 'New machine installed',
 *   'Vandalised - glass smashed, cash box emptied' (M07, 15 October 2024), 'Machine removed -
 *   contract ended'; missing otherwise), Cleaned (BOOLEAN, from Yes/No; 298 Yes), "Next Visit"
 *   (DATE, the next visit planned; missing on the removal). No product-level sales, times of
 *   sale, sites' commission, fuel or mileage.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AT_TABLE_SOURCES: TableSource[] = [
	{
		name: 'hair_appointments',
		humanName: 'Hair appointments',
		repoDir: 'tests/nl/data/set-at',
		file: 'hair_appointments.csv',
		format: 'csv'
	},
	{
		name: 'cattery_stays',
		humanName: 'Cattery stays',
		repoDir: 'tests/nl/data/set-at',
		file: 'cattery_stays.csv',
		format: 'csv'
	},
	{
		name: 'vending_restocks',
		humanName: 'Vending restocks',
		repoDir: 'tests/nl/data/set-at',
		file: 'vending_restocks.csv',
		format: 'csv'
	}
];

export const SET_AT_QUESTIONS: EvalQuestion[] = [
	{
		id: 'at-hair_appointments-01',
		question: 'how much did i make in january 2025',
		tables: ['hair_appointments'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM("Amount Paid (£)") FROM hair_appointments WHERE "Appt Date" >= DATE '2025-01-01' AND "Appt Date" < DATE '2025-02-01'`,
		note: "Amount Paid (£) summed over Appt Date in January 2025: £3,352 (110 rows, 104 done; Grace Marshall's £40 bank transfer of 15 January never came, Hilary Brown paid a £10 no-show fee). Price (£) + travel_fee_p / 100 - Disc (£) of the done appointments (£3,382), or with the £61 of tips (£3,413), are other readings."
	},
	{
		id: 'at-hair_appointments-02',
		question: 'how many appointments did i do in 2024',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Status = 'Done' AND YEAR("Appt Date") = 2024`,
		note: "Status 'Done' with Appt Date in 2024: 1,023. Every 2024 row, with 38 cancellations, 7 no-shows and the refund (1,069), is another reading."
	},
	{
		id: 'at-hair_appointments-03',
		question: 'whats my most popular service, not counting the care home',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-negation'],
		sql: `SELECT Service FROM hair_appointments WHERE "Visit Type" <> 'Care Home' GROUP BY Service ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Service leaving out Visit Type 'Care Home', the most: Cut & Blow Dry (409; Wash & Set 222, Gents Cut 135). Only done appointments gives Cut & Blow Dry too (363). With the care home, Cut & Blow Dry and Wash & Set tie on 409 rows, which is why the question leaves it out; with the count is another reading."
	},
	{
		id: 'at-hair_appointments-04',
		question: 'total tips in 2024',
		tables: ['hair_appointments'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(Tip) FROM hair_appointments WHERE YEAR("Appt Date") = 2024`,
		note: 'Tip summed over Appt Date in 2024: £1,105 (214 tips; missing on the rest). Over every row (£1,234) is another reading.'
	},
	{
		id: 'at-hair_appointments-05',
		question: 'how many no-shows have i had',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Status = 'No Show'`,
		note: "Status 'No Show': 9 (6 of them paid the £10 call-out fee, Notes 'call-out fee paid'). Cancellations (44) are not no-shows."
	},
	{
		id: 'at-hair_appointments-06',
		question: 'average price of a full colour',
		tables: ['hair_appointments'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Price (£)") FROM hair_appointments WHERE Service = 'Full Colour' AND Status <> 'Refund'`,
		note: "Price (£) averaged over Service 'Full Colour', leaving out the refund row (price 0): £58.80 (45 rows; £58 in 2024, £62 from 2025; median £58). With the refund row (£57.52), or Price (£) less Disc (£) (£56.26, the free redo counting 0), are other readings."
	},
	{
		id: 'at-hair_appointments-07',
		question: 'how much have i charged in travel',
		tables: ['hair_appointments'],
		tags: ['sum', 'metric'],
		sql: `SELECT SUM(travel_fee_p) / 100.0 FROM hair_appointments WHERE Status = 'Done'`,
		note: "travel_fee_p (pence) summed over Status 'Done', divided by 100: £1,950. Every row, booked and cancelled too (£2,217.50), or with the no-shows (£1,967.50), are other readings; the pence as pounds (195,000) is wrong."
	},
	{
		id: 'at-hair_appointments-08',
		question: 'how many new clients have i had since september',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'synonym'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE "New Client" AND "Appt Date" >= DATE '2024-09-01'`,
		note: 'New Client = Yes with Appt Date from 1 September 2024 (the latest September): 66 (49 done, 12 booked for March 2025, 4 cancelled, 1 no-show; 66 different clients). Only those seen by the export (54), or only the done ones (49), are other readings.'
	},
	{
		id: 'at-hair_appointments-09',
		question: 'top 5 clients by spend',
		tables: ['hair_appointments'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Client, SUM("Amount Paid (£)") AS spent FROM hair_appointments GROUP BY Client ORDER BY spent DESC LIMIT 5`,
		isOrdered: true,
		note: "Amount Paid (£) summed per Client, most first: Priya Marshall £750, Priya D'Arcy £732, Ava Bennett £598.80, Laura Fletcher £575.40, Claire Holmes £575.20. With tips the same five come first; by Price (£) + travel - Disc (£) of done appointments Ella Davies (£582, whose £58 refund takes her out by what was paid) comes fourth, another reading; the names alone is another."
	},
	{
		id: 'at-hair_appointments-10',
		question: 'how much am i still owed',
		tables: ['hair_appointments'],
		tags: ['sum', 'metric', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Price (£)" + travel_fee_p / 100.0 - "Disc (£)" - "Amount Paid (£)") FROM hair_appointments WHERE Status = 'Done'`,
		note: "Price (£) + travel_fee_p / 100 - Disc (£) - Amount Paid (£) summed over Status 'Done': £478.20 (the care home's February 2025 invoice, £322 for 15 visits, and five bank transfers that never came, £156.20). The no-shows' unpaid call-out fees are not recorded as owed; booked appointments are not due yet."
	},
	{
		id: 'at-hair_appointments-11',
		question: 'how much does the care home owe me',
		tables: ['hair_appointments'],
		tags: ['sum', 'metric', 'filter-eq'],
		sql: `SELECT SUM("Price (£)" - "Amount Paid (£)") FROM hair_appointments WHERE "Visit Type" = 'Care Home' AND Status = 'Done'`,
		note: "Price (£) less Amount Paid (£) over Visit Type 'Care Home' with Status 'Done': £322 (the February 2025 visits of 5 and 19 February, 15 residents' appointments, not paid yet). The two March visits are booked, not done."
	},
	{
		id: 'at-hair_appointments-12',
		question: 'what % of appointments are paid by card',
		tables: ['hair_appointments'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Pay Method" = 'Card') * 1.0 / COUNT(*) FROM hair_appointments WHERE Status = 'Done'`,
		isShare: true,
		note: "Pay Method 'Card' over the done appointments: 329 of 1,207 (27.3%). Over the rows with a Pay Method (330 of 1,201, 27.5%) or by money paid (29.4%) are other readings."
	},
	{
		id: 'at-hair_appointments-13',
		question: 'appointments per month in 2024',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Appt Date") AS m, COUNT(*) FROM hair_appointments WHERE YEAR("Appt Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Appt Date in 2024 (12 rows: January 82, February 80, March 86, April 86, May 81, June 97, July 112, August 63 (two weeks off), September 99, October 121, November 97, December 65; 1,069 in all). Only done appointments (1,023: January 79 ... December 61) is another reading.'
	},
	{
		id: 'at-hair_appointments-14',
		question: 'who are my regulars - anyone ive done 20 times or more',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric', 'filter-eq', 'synonym'],
		sql: `SELECT Client FROM hair_appointments WHERE Status = 'Done' GROUP BY Client HAVING COUNT(*) >= 20`,
		note: "Done appointments counted per Client, 20 or more: 10 rows of Client (Joan Whitmore 23, Ava Bennett 23, Ella Pearce 22, Laura Fletcher 22, Mavis Greenhalgh 22, Edna Hargreaves 21, Winifred O'Hara 21, Claire Holmes 20, Maureen Pollard 20, Ivy Lockwood 20; six of them care home residents). Counting every row gives the same ten; with the counts is another reading."
	},
	{
		id: 'at-hair_appointments-15',
		question: 'how many weddings have i done',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Service = 'Bridal Hair' AND Status = 'Done'`,
		note: "Service 'Bridal Hair' (one row per bride) with Status 'Done': 9, April to October 2024 (9 different wedding days, Visit Type 'Wedding'). With the two booked for 26 April and 17 May 2025 (11) is another reading; the 43 wedding rows count bridesmaids too."
	},
	{
		id: 'at-hair_appointments-16',
		question: 'average time for a cut and blow dry',
		tables: ['hair_appointments'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(Mins) FROM hair_appointments WHERE Service = 'Cut & Blow Dry'`,
		note: "Mins averaged over Service 'Cut & Blow Dry' (409 rows): 61.3 minutes, pulled up by a slip, 600 on JK-0822 (Nicola Bennett, 1 October 2024; 60 meant); without it 60 (every other one is booked for 60; median 60)."
	},
	{
		id: 'at-hair_appointments-17',
		question: 'how many hours did i work in february',
		tables: ['hair_appointments'],
		tags: ['sum', 'metric', 'time-range'],
		sql: `SELECT SUM(Mins) / 60.0 FROM hair_appointments WHERE Status = 'Done' AND "Appt Date" >= DATE '2025-02-01' AND "Appt Date" < DATE '2025-03-01'`,
		note: 'Mins of the done appointments with Appt Date in February 2025 (the latest February), over 60: 60.25 hours (76 appointments). Every February 2025 row (61), or February 2024 (67.17), are other readings; travel between clients is not recorded.'
	},
	{
		id: 'at-hair_appointments-18',
		question: 'show me the bank transfers that never came in - client, date and how much',
		tables: ['hair_appointments'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric', 'metric'],
		sql: `SELECT Client, "Appt Date", "Price (£)" + travel_fee_p / 100.0 - "Disc (£)" AS owed FROM hair_appointments WHERE Status = 'Done' AND "Pay Method" = 'Bank Transfer' AND "Amount Paid (£)" < "Price (£)" + travel_fee_p / 100.0 - "Disc (£)"`,
		note: "Status 'Done', Pay Method 'Bank Transfer' and Amount Paid (£) below Price (£) + travel_fee_p / 100 - Disc (£): 5 rows of Client, Appt Date and the amount (Janet Rose 23 March 2024 £42, Grace Marshall 15 January 2025 £40, Helen O'Connor 13 February 2025 £35, Fatima Cox 25 February 2025 £25.20, Finley Holmes 1 March 2025 £14; £156.20 in all; each has Notes 'transfer not come through'). The care home pays by invoice, not transfer."
	},
	{
		id: 'at-hair_appointments-19',
		question: 'how much have i given away in discounts',
		tables: ['hair_appointments'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Disc (£)") FROM hair_appointments WHERE Status = 'Done'`,
		note: "Disc (£) summed over Status 'Done': £951.60 (Mum's free visits £536, the free redo £58, pensioners' Tuesday 10% £297.60, twelve £5 referral discounts £60). Every row, with discounts on booked appointments (£1,033.60), is another reading."
	},
	{
		id: 'at-hair_appointments-20',
		question: 'how many colour appointments had no patch test',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-list', 'filter-missing', 'synonym'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Service IN ('Root Tint', 'Full Colour', 'Highlights') AND "Patch Test" IS NULL AND Status = 'Done'`,
		note: "Service 'Root Tint', 'Full Colour' or 'Highlights' with Status 'Done' and no Patch Test: 1 (Isla Pritchard's root tint of 16 November 2024, JK-0811). The refund row (a full colour with no patch test, status 'Refund') is not an appointment; 2 counting it."
	},
	{
		id: 'at-hair_appointments-21',
		question: 'how many gents cuts did i do between june and august 2024',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Service = 'Gents Cut' AND Status = 'Done' AND "Appt Date" >= DATE '2024-06-01' AND "Appt Date" < DATE '2024-09-01'`,
		note: "Service 'Gents Cut' with Status 'Done' and Appt Date from 1 June to 31 August 2024: 30 (31 rows with a no-show). Up to 1 August only (24) is a narrower reading."
	},
	{
		id: 'at-hair_appointments-22',
		question: 'how many times have i done maureens hair',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Client = 'Maureen Pollard' AND Status = 'Done'`,
		note: 'Maureen is Maureen Pollard (the only Maureen, a care home resident): 20 done appointments (all washes and sets), 1 more booked for March 2025 (21 rows).'
	},
	{
		id: 'at-hair_appointments-23',
		question: 'how many different clients did i see in 2024',
		tables: ['hair_appointments'],
		tags: ['aggregate-distinct', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(DISTINCT Client) FROM hair_appointments WHERE YEAR("Appt Date") = 2024 AND Status = 'Done'`,
		note: "Distinct Client with a done appointment in 2024: 201 ('Mum' among them). With every 2024 row, cancellations and no-shows too (209), or leaving out only the cancellations (202), are other readings."
	},
	{
		id: 'at-hair_appointments-24',
		question: 'which service brings in the most money',
		tables: ['hair_appointments'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Service FROM hair_appointments GROUP BY Service ORDER BY SUM("Amount Paid (£)") DESC LIMIT 1`,
		note: 'Amount Paid (£) summed per Service, the most: Cut & Blow Dry (£13,911.50; Wash & Set £8,447.60, Gents Cut £2,563). By Price (£) of the done appointments it is Cut & Blow Dry too (£13,912); with the amount is another reading.'
	},
	{
		id: 'at-hair_appointments-25',
		question: 'how many appointments have i got coming up',
		tables: ['hair_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM hair_appointments WHERE Status = 'Booked'`,
		note: "Status 'Booked' (after the export of 3 March 2025): 94 (87 from 4 to 29 March 2025, and 7 at the two weddings of 26 April and 17 May). Appt Date after 3 March 2025 gives the same rows."
	},
	{
		id: 'at-cattery_stays-01',
		question: 'how many stays did we have in 2023',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'filter-negation', 'time-year'],
		sql: `SELECT COUNT(*) FROM cattery_stays WHERE YEAR("Check In") = 2023 AND Status <> 'Cancelled'`,
		note: 'Check In in 2023, leaving out cancellations: 264 stays. Every booking with a 2023 check-in (277, 13 cancelled) is another reading.'
	},
	{
		id: 'at-cattery_stays-02',
		question: 'how much did we take in 2024',
		tables: ['cattery_stays'],
		tags: ['sum', 'metric', 'time-year', 'synonym'],
		sql: `SELECT SUM("Amount Paid (£)" - COALESCE("Refund (£)", 0)) FROM cattery_stays WHERE YEAR("Check In") = 2024`,
		note: 'Amount Paid (£) less Refund (£) over Check In in 2024, cancellations included for the deposits kept: £53,322.50 (£53,568.50 paid, £246 refunded). Total (£) of the stays not cancelled (£54,492.50), what was paid before refunds (£53,568.50), or by checkOut in 2024 (£53,660.50), are other readings.'
	},
	{
		id: 'at-cattery_stays-03',
		question: 'average length of stay',
		tables: ['cattery_stays'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(checkOut - "Check In") FROM cattery_stays WHERE Status <> 'Cancelled'`,
		note: "Nights (checkOut - Check In) averaged over the 838 stays not cancelled: 8.22 nights, pulled down by a slip, Bkg No 1708 (Oscar Barker's Milo, in on 1 August 2024, out keyed as 14 August 2023, -353 nights); without it 8.65 (median 7). Over every row, cancellations too (8.30), is another reading."
	},
	{
		id: 'at-cattery_stays-04',
		question: 'which pen gets booked the most',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Pen FROM cattery_stays GROUP BY Pen ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Pen, the most: Family Suite (99; Deluxe 2 97, Pen 4 92). Leaving out cancellations (97) or by nights (839) it is the Family Suite too; with the count is another reading.'
	},
	{
		id: 'at-cattery_stays-05',
		question: 'how many cats have we looked after',
		tables: ['cattery_stays'],
		tags: ['sum', 'filter-list', 'synonym'],
		sql: `SELECT SUM(Cats) FROM cattery_stays WHERE Status IN ('Checked Out', 'In')`,
		note: "Cats summed over stays with Status 'Checked Out' or 'In' (806 stays): 1,199 cat stays (a cat that comes back is counted again; no cat has an id). With the booked stays (1,246), or the number of stays (806), are other readings."
	},
	{
		id: 'at-cattery_stays-06',
		question: 'what % of bookings get cancelled',
		tables: ['cattery_stays'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Status = 'Cancelled') * 1.0 / COUNT(*) FROM cattery_stays`,
		isShare: true,
		note: "Status 'Cancelled' over all bookings: 42 of 880 (4.8%). Leaving out the 32 upcoming bookings, which could still be cancelled (4.95%), is another reading."
	},
	{
		id: 'at-cattery_stays-07',
		question: 'how much have we refunded',
		tables: ['cattery_stays'],
		tags: ['sum'],
		sql: `SELECT SUM("Refund (£)") FROM cattery_stays`,
		note: 'Refund (£) summed: £1,243 (29 refunds: deposits given back on 23 cancellations, £580, and unused nights on 6 stays collected early, £663).'
	},
	{
		id: 'at-cattery_stays-08',
		question: 'how many cats are staying with us at the moment',
		tables: ['cattery_stays'],
		tags: ['sum', 'filter-eq', 'time-relative', 'synonym'],
		sql: `SELECT SUM(Cats) FROM cattery_stays WHERE Status = 'In'`,
		note: "Cats summed over Status 'In' (in the cattery at the export, 10 January 2025): 7 cats in 5 pens. Stays with Check In on or before 10 January 2025 and checkOut after it give the same; the number of stays (5) is another reading."
	},
	{
		id: 'at-cattery_stays-09',
		question: 'top 3 customers by number of stays',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Owner, COUNT(*) AS stays FROM cattery_stays WHERE Status <> 'Cancelled' GROUP BY Owner ORDER BY stays DESC LIMIT 3`,
		isOrdered: true,
		note: 'Rows per Owner leaving out cancellations, most first: Holme Valley Cat Rescue 12 (free foster stays), Ruby Hussain 7, Kwame Jones 6. With cancellations the first two are the same and four owners tie on 6 (Kwame Jones among them); leaving out the rescue, Ruby Hussain and Kwame Jones come first and eight owners tie on 5. The names alone is another reading.'
	},
	{
		id: 'at-cattery_stays-10',
		question: 'whats the longest a cat has stayed with us',
		tables: ['cattery_stays'],
		tags: ['max', 'metric'],
		sql: `SELECT MAX(checkOut - "Check In") FROM cattery_stays WHERE Status <> 'Cancelled'`,
		note: "The most nights (checkOut - Check In) of a stay not cancelled: 28 (four stays: Andrew Chapman's Simba from 1 August 2022, Paul O'Brien's Ginger from 28 October 2022, Peter Lloyd's Pepper & Bella from 29 June 2023, Callum Roberts's Sooty from 11 October 2023; and Helen Pritchard's Tilly booked for March 2025). The row is another reading."
	},
	{
		id: 'at-cattery_stays-11',
		question: 'how much have we made from extras',
		tables: ['cattery_stays'],
		tags: ['sum', 'filter-negation'],
		sql: `SELECT SUM("Extras (£)") FROM cattery_stays WHERE Status <> 'Cancelled'`,
		note: 'Extras (£) (medication, insulin, grooming; missing when none) summed over stays not cancelled: £3,760 (157 stays, 7 of them in or booked; £3,619 on stays checked out). Every row (£4,008) is another reading.'
	},
	{
		id: 'at-cattery_stays-12',
		question: 'average nightly rate for the deluxe pens',
		tables: ['cattery_stays'],
		tags: ['avg', 'filter-contains', 'fuzzy'],
		sql: `SELECT AVG("Nightly (£)") FROM cattery_stays WHERE Pen LIKE 'Deluxe%' AND Status <> 'Cancelled'`,
		note: "Nightly (£) averaged over Pen 'Deluxe 1', 'Deluxe 2' and 'Deluxe 3', leaving out cancellations: £23.38 (265 stays; the rate rises with the number of cats and each January). Leaving out the rescue's free stays (£23.56), Total (£) over the nights (£23.57), or with cancellations (£23.35), are other readings."
	},
	{
		id: 'at-cattery_stays-13',
		question: 'bookings per month in 2024',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Check In") AS m, COUNT(*) FROM cattery_stays WHERE YEAR("Check In") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Check In in 2024 (12 rows: January 19, February 17, March 22, April 23, May 28, June 23, July 33, August 25, September 21, October 23, November 17, December 29; 280 in all). Leaving out the 13 cancellations, or by month of booked_at, are other readings.'
	},
	{
		id: 'at-cattery_stays-14',
		question: 'how many pen nights did we have in 2023',
		tables: ['cattery_stays'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(checkOut - "Check In") FROM cattery_stays WHERE YEAR("Check In") = 2023 AND Status <> 'Cancelled'`,
		note: 'Nights (checkOut - Check In) summed over stays checking in during 2023, leaving out cancellations: 2,273. Counting only the nights inside 2023 (2,276), or cat nights (nights times Cats, 3,339), are other readings.'
	},
	{
		id: 'at-cattery_stays-15',
		question: 'which vet do most of our customers use',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Vet FROM cattery_stays WHERE Vet IS NOT NULL GROUP BY Vet ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Vet (missing on 33), the most: Holme Valley Vets (372 stays; Castle Vets 173). By different owners it is Holme Valley Vets too (232); with the count is another reading.'
	},
	{
		id: 'at-cattery_stays-16',
		question: 'how many cats had their vaccinations run out before they went home',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'metric'],
		sql: `SELECT COUNT(*) FROM cattery_stays WHERE "Vacc Due" < checkOut AND Status <> 'Cancelled'`,
		note: "Vacc Due before checkOut, leaving out cancellations: 2 stays (Mia Bennett's Ginger & Dusty, 2-15 May 2023, due 7 May; Kwame Smith's Jasper & Sooty, 2-29 July 2024, due 4 July; 4 cats). Stays with no card seen (15) are unknown, not out of date."
	},
	{
		id: 'at-cattery_stays-17',
		question:
			'list the stays where we never saw the vaccination card - owner, cats and check in date',
		tables: ['cattery_stays'],
		tags: ['rows-mode', 'filter-missing'],
		sql: `SELECT Owner, "Cat Name(s)", "Check In" FROM cattery_stays WHERE "Vacc Due" IS NULL`,
		note: "Vacc Due missing: 15 rows of Owner, Cat Name(s) and Check In, all checked out (Graham Lamb's Cleo & Sooty 4 January 2022 ... Theo Chapman's Dusty 29 October 2024)."
	},
	{
		id: 'at-cattery_stays-18',
		question: 'how much is still owed on cats that have gone home',
		tables: ['cattery_stays'],
		tags: ['sum', 'metric', 'filter-eq'],
		sql: `SELECT SUM("Total (£)" - "Amount Paid (£)") FROM cattery_stays WHERE Status = 'Checked Out'`,
		note: "Total (£) less Amount Paid (£) over Status 'Checked Out': £676 (three stays paid only the deposit: Ruby Quinn £330, November 2024; Pauline Marshall £230 and Isla Mitchell £116, out on 9 January 2025). Stays in or booked have paid their deposit and owe the rest later; cancelled ones owe nothing."
	},
	{
		id: 'at-cattery_stays-19',
		question: 'how many bookings have we got for february and march',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM cattery_stays WHERE Status = 'Booked' AND "Check In" >= DATE '2025-02-01' AND "Check In" < DATE '2025-04-01'`,
		note: "Status 'Booked' with Check In in February or March 2025 (the coming ones): 13 (February 6, March 7). Every row checking in then gives the same 13."
	},
	{
		id: 'at-cattery_stays-20',
		question: 'how far ahead do people book on average',
		tables: ['cattery_stays'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(date_diff('day', CAST(booked_at AS DATE), "Check In")) FROM cattery_stays`,
		note: 'Days from the day of booked_at to Check In averaged over every booking: 56.5 days (median 36). Leaving out cancellations (56.9) or counting in fractions of a day from the timestamp (55.8) are other readings.'
	},
	{
		id: 'at-cattery_stays-21',
		question: 'how many new customers did we get in 2024',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym', 'quoting'],
		sql: `SELECT COUNT(*) FROM cattery_stays WHERE NOT "Returning" AND YEAR("Check In") = 2024 AND Status <> 'Cancelled'`,
		note: 'Returning = No with Check In in 2024, leaving out cancellations: 153 (153 owners whose first stay was in 2024, the same count). With cancelled first bookings (158) is another reading. Returning is a SQL keyword and needs quoting.'
	},
	{
		id: 'at-cattery_stays-22',
		question: 'how many times has smudge stayed',
		tables: ['cattery_stays'],
		tags: ['aggregate-count', 'filter-contains', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cattery_stays WHERE "Cat Name(s)" LIKE '%Smudge%' AND Status <> 'Cancelled'`,
		note: "Cat Name(s) containing 'Smudge', leaving out cancellations: 37 stays (27 households have a Smudge; Charlie Nowak's has stayed 4 times). Cat Name(s) exactly 'Smudge' (15) or with the one cancellation (38) are other readings; an answer that asks which Smudge is fair."
	},
	{
		id: 'at-cattery_stays-23',
		question: 'average bill by number of cats',
		tables: ['cattery_stays'],
		tags: ['avg', 'group-by'],
		sql: `SELECT Cats, AVG("Total (£)") FROM cattery_stays WHERE Status <> 'Cancelled' GROUP BY Cats`,
		note: 'Total (£) averaged per Cats over stays not cancelled (4 rows: 1 cat £139.77 (464 stays), 2 cats £240.97 (342), 3 cats £316.99 (30), 4 cats £267 (2)). Leaving out the rescue (1 cat £143.48) or with cancellations are other readings.'
	},
	{
		id: 'at-cattery_stays-24',
		question: 'how much have we kept from cancellations',
		tables: ['cattery_stays'],
		tags: ['sum', 'metric', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Amount Paid (£)" - COALESCE("Refund (£)", 0)) FROM cattery_stays WHERE Status = 'Cancelled'`,
		note: "Amount Paid (£) less Refund (£) over Status 'Cancelled': £590 (42 cancellations paid £1,170 in deposits; £580 given back on 23 cancelled more than a week ahead). The deposits paid (£1,170) is another reading."
	},
	{
		id: 'at-cattery_stays-25',
		question: 'how much are we holding in deposits for upcoming bookings',
		tables: ['cattery_stays'],
		tags: ['sum', 'filter-eq', 'metric'],
		sql: `SELECT SUM(deposit_p) / 100.0 FROM cattery_stays WHERE Status = 'Booked'`,
		note: "deposit_p (pence) summed over Status 'Booked', divided by 100: £750 (32 bookings, two of them the rescue's with no deposit; Amount Paid (£) gives £750 too). With the 5 stays in now (£850) is another reading; the pence as pounds (75,000) is wrong."
	},
	{
		id: 'at-vending_restocks-01',
		question: 'how much cash did i collect in 2024',
		tables: ['vending_restocks'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Cash (£)") FROM vending_restocks WHERE YEAR("Visit Date") = 2024`,
		note: 'Cash (£) summed over Visit Date in 2024 (805 visits): £32,706.34, pushed up by a slip, 5190 on V00273 (Kwik Wash, 4 May 2024; £51.90 meant); with it corrected £27,568.24. Cash and card together (£96,343.60) answers a different question.'
	},
	{
		id: 'at-vending_restocks-02',
		question: 'total takings for each machine',
		tables: ['vending_restocks'],
		tags: ['sum', 'group-by', 'metric', 'synonym'],
		sql: `SELECT Mch, SUM("Cash (£)" + card_p / 100.0) FROM vending_restocks GROUP BY Mch`,
		note: 'Cash (£) + card_p / 100 summed per Mch (9 rows: M01 £16,596.48, M02 £9,069.25, M03 £10,472.87 (with the £5,190 slip; £5,334.77 corrected), M04 £17,055.11, M05 £22,596.75, M06 £11,489.12, M07 £10,167.55, M08 £4,913.16, M09 £9,956.10). Per Site, or the pence as pounds, are other (wrong) readings; with Site beside Mch is fine.'
	},
	{
		id: 'at-vending_restocks-03',
		question: 'which site makes the most money',
		tables: ['vending_restocks'],
		tags: ['sum', 'group-by', 'top-n', 'metric'],
		sql: `SELECT Site FROM vending_restocks GROUP BY Site ORDER BY SUM("Cash (£)" + card_p / 100.0) DESC LIMIT 1`,
		note: "Cash (£) + card_p / 100 summed per Site, the most: St Luke's Hospital (£39,651.86 over its two machines; Riverside Gym £25,665.73). Less stock costs and refunds it is St Luke's Hospital too (£23,005.18); with the amount is another reading."
	},
	{
		id: 'at-vending_restocks-04',
		question: 'how much came in on card in january 2025',
		tables: ['vending_restocks'],
		tags: ['sum', 'time-range', 'metric'],
		sql: `SELECT SUM(card_p) / 100.0 FROM vending_restocks WHERE "Visit Date" >= DATE '2025-01-01' AND "Visit Date" < DATE '2025-02-01'`,
		note: 'card_p (pence) summed over Visit Date in January 2025, divided by 100: £6,655.28 (73 visits; by logged in January 2025 the same). The pence as pounds (665,528) is wrong; cash (£2,439.60) is not card.'
	},
	{
		id: 'at-vending_restocks-05',
		question: 'how much did i spend on stock in 2024',
		tables: ['vending_restocks'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Stock Cost (£)") FROM vending_restocks WHERE YEAR("Visit Date") = 2024`,
		note: "Stock Cost (£) summed over Visit Date in 2024: £37,338.21 (66,886 items loaded; £142.91 of it M08's first fill)."
	},
	{
		id: 'at-vending_restocks-06',
		question: 'how much profit did the gym machines make in 2024',
		tables: ['vending_restocks'],
		tags: ['sum', 'metric', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Cash (£)" + card_p / 100.0 - "Stock Cost (£)" - COALESCE("Refunds (£)", 0)) FROM vending_restocks WHERE Site = 'Riverside Gym' AND YEAR("Visit Date") = 2024`,
		note: "Cash (£) + card_p / 100 - Stock Cost (£) - Refunds (£) over Site 'Riverside Gym' (M01 and M02) in 2024: £11,753.88 (takings £21,599.11, stock £9,818.98, refunds £26.25). Without the refunds (£11,780.13) is another reading; the site's commission is not recorded."
	},
	{
		id: 'at-vending_restocks-07',
		question: 'when am i next due at the depot',
		tables: ['vending_restocks'],
		tags: ['filter-eq', 'time-relative', 'fuzzy'],
		sql: `SELECT "Next Visit" FROM vending_restocks WHERE Site = 'Brook Lane Depot' ORDER BY "Visit Date" DESC LIMIT 1`,
		note: 'Next Visit of the latest visit to Site \'Brook Lane Depot\' (M07, 25 February 2025): 1 March 2025 (the day of the export). MAX("Next Visit") over the depot gives the same.'
	},
	{
		id: 'at-vending_restocks-08',
		question: 'how many faults have there been',
		tables: ['vending_restocks'],
		tags: ['aggregate-count', 'filter-missing', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM vending_restocks WHERE Fault IS NOT NULL AND Fault NOT IN ('New machine installed', 'Machine removed - contract ended')`,
		note: "Fault present, leaving out the two entries that are not faults ('New machine installed', 'Machine removed - contract ended'): 75 (Spiral jammed 29, Coin mech jammed 18, Card reader offline 11, Note reader fault 8, Door lock sticking 8, the break-in 1). Every Fault (77), or without the break-in (74), are other readings."
	},
	{
		id: 'at-vending_restocks-09',
		question: 'which machine breaks down the most',
		tables: ['vending_restocks'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Mch FROM vending_restocks WHERE Fault IS NOT NULL AND Fault NOT IN ('New machine installed', 'Machine removed - contract ended') GROUP BY Mch ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Faults counted per Mch, the most: M05 (St Luke's Hospital drinks, 15; M07 13, M01 12). Counting every Fault gives M05 too; per visit it is M08 (11 in 63 visits, 17.5%), another reading; by Site it is St Luke's Hospital (23)."
	},
	{
		id: 'at-vending_restocks-10',
		question: 'how many items went out of date',
		tables: ['vending_restocks'],
		tags: ['sum', 'synonym'],
		sql: `SELECT SUM(Expired) FROM vending_restocks`,
		note: 'Expired summed: 799 items (binned on 484 visits). The number of visits with expired items (484) is another reading.'
	},
	{
		id: 'at-vending_restocks-11',
		question: 'what % of my takings are card',
		tables: ['vending_restocks'],
		tags: ['share', 'sum', 'metric'],
		sql: `SELECT SUM(card_p / 100.0) / SUM("Cash (£)" + card_p / 100.0) FROM vending_restocks`,
		isShare: true,
		note: 'card_p / 100 over Cash (£) + card_p / 100, summed over every visit: £75,348.05 of £112,316.39 (67.1%), pulled down by the £5,190 cash slip on V00273; with it corrected 70.3%. The share of visits is not a share of takings.'
	},
	{
		id: 'at-vending_restocks-12',
		question: 'average cash per visit at the car wash',
		tables: ['vending_restocks'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Cash (£)") FROM vending_restocks WHERE Site = 'Kwik Wash Car Wash'`,
		note: "Cash (£) averaged over Site 'Kwik Wash Car Wash' (M03, 57 visits): £144.32, pulled up by a slip, 5190 on V00273 of 4 May 2024 (£51.90 meant); with it corrected £54.18, leaving it out £54.22 (median £51)."
	},
	{
		id: 'at-vending_restocks-13',
		question: 'how much have i given back in refunds',
		tables: ['vending_restocks'],
		tags: ['sum', 'synonym'],
		sql: `SELECT SUM("Refunds (£)") FROM vending_restocks`,
		note: 'Refunds (£) summed: £145.90 (79 visits; missing on the rest).'
	},
	{
		id: 'at-vending_restocks-14',
		question: 'how many times was the card reader down',
		tables: ['vending_restocks'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM vending_restocks WHERE Fault = 'Card reader offline'`,
		note: "Fault 'Card reader offline': 11 visits (on six machines; M07 four times). Visits with card_p of 0 (13, with the new machine's first fill and the break-in) is a looser reading."
	},
	{
		id: 'at-vending_restocks-15',
		question: 'takings per month',
		tables: ['vending_restocks'],
		tags: ['sum', 'time-grain', 'trend', 'metric'],
		sql: `SELECT DATE_TRUNC('month', "Visit Date") AS m, SUM("Cash (£)" + card_p / 100.0) FROM vending_restocks GROUP BY m`,
		note: 'Cash (£) + card_p / 100 summed per calendar month of Visit Date (14 rows: January 2024 £8,714.91, February £7,479.28, March £7,233.58, April £7,416.17, May £12,798.65 (with the £5,190 slip), June £7,533.90, July £8,421.71, August £8,315.39, September £8,145.89, October £8,042.89, November £7,536.53, December £4,704.70 (away over Christmas), January 2025 £9,094.88, February £6,877.91). Cash alone is another reading.'
	},
	{
		id: 'at-vending_restocks-16',
		question: 'how many times did i go to st lukes in 2024',
		tables: ['vending_restocks'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'quoting', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM vending_restocks WHERE Site = 'St Luke''s Hospital' AND YEAR("Visit Date") = 2024`,
		note: "Rows with Site \"St Luke's Hospital\" and Visit Date in 2024: 290 machine visits (M04 and M05). Different days there (145) is the other reading, arguably the better one for 'times i went'; both are fair."
	},
	{
		id: 'at-vending_restocks-17',
		question: 'show me the visits i logged the next day in 2025',
		tables: ['vending_restocks'],
		tags: ['rows-mode', 'metric', 'time-year'],
		sql: `SELECT Ref, "Visit Date", Mch, Site FROM vending_restocks WHERE CAST(logged AS DATE) > "Visit Date" AND YEAR("Visit Date") = 2025`,
		note: 'The day of logged after Visit Date, visits in 2025: 10 rows (V00810 3 January M06 ... V00935 24 February M04). Other columns beside these are fine.'
	},
	{
		id: 'at-vending_restocks-18',
		question: 'what % of visits did i clean the machine',
		tables: ['vending_restocks'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Cleaned) * 1.0 / COUNT(*) FROM vending_restocks`,
		isShare: true,
		note: 'Cleaned = Yes over all visits: 298 of 945 (31.5%).'
	},
	{
		id: 'at-vending_restocks-19',
		question: 'average items loaded per visit at the college',
		tables: ['vending_restocks'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Qty Loaded") FROM vending_restocks WHERE Site = 'Hollybank College'`,
		note: "Qty Loaded averaged over Site 'Hollybank College' (M06, 97 visits): 99.8 items (median 101; busy in term, quiet in the holidays)."
	},
	{
		id: 'at-vending_restocks-20',
		question: 'when did the leisure centre machine go in',
		tables: ['vending_restocks'],
		tags: ['min', 'filter-eq', 'fuzzy'],
		sql: `SELECT MIN("Visit Date") FROM vending_restocks WHERE Site = 'Moorside Leisure Centre'`,
		note: "The first Visit Date of Site 'Moorside Leisure Centre' (M08): 3 July 2024 (V00402, Fault 'New machine installed', 280 items loaded)."
	},
	{
		id: 'at-vending_restocks-21',
		question: 'how much did the coffee machine take before it was removed',
		tables: ['vending_restocks'],
		tags: ['sum', 'filter-eq', 'metric'],
		sql: `SELECT SUM("Cash (£)" + card_p / 100.0) FROM vending_restocks WHERE Type = 'Coffee'`,
		note: "Cash (£) + card_p / 100 over Type 'Coffee' (M09 at The Old Fire Station, 47 visits from 4 January to its removal on 28 November 2024): £9,956.10. Less stock and refunds (£7,855.36) is another reading."
	},
	{
		id: 'at-vending_restocks-22',
		question: 'top 3 machines by items loaded',
		tables: ['vending_restocks'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Mch, SUM("Qty Loaded") AS items FROM vending_restocks GROUP BY Mch ORDER BY items DESC LIMIT 3`,
		isOrdered: true,
		note: 'Qty Loaded summed per Mch, most first: M05 15,672, M04 13,907, M01 11,099. Less Expired (items sold, roughly) the same three come first; with Site beside Mch is fine; the codes alone is another reading.'
	},
	{
		id: 'at-vending_restocks-23',
		question: 'drinks vs snacks takings in 2024',
		tables: ['vending_restocks'],
		tags: ['sum', 'group-by', 'filter-list', 'time-year', 'metric'],
		sql: `SELECT Type, SUM("Cash (£)" + card_p / 100.0) FROM vending_restocks WHERE Type IN ('Drinks', 'Snack') AND YEAR("Visit Date") = 2024 GROUP BY Type`,
		note: "Cash (£) + card_p / 100 per Type 'Drinks' and 'Snack' in 2024 (2 rows: Drinks £32,912.24, Snack £25,490.66). With the Combo (£27,984.60) and Coffee (£9,956.10) rows beside them is another reading."
	},
	{
		id: 'at-vending_restocks-24',
		question: 'average card takings per visit on the hospital drinks machine',
		tables: ['vending_restocks'],
		tags: ['avg', 'filter-eq', 'metric', 'fuzzy'],
		sql: `SELECT AVG(card_p) / 100.0 FROM vending_restocks WHERE Mch = 'M05'`,
		note: "card_p averaged over Mch 'M05' (St Luke's Hospital, Type 'Drinks'; 170 visits), divided by 100: £91.89. The pence (9,189) is wrong."
	},
	{
		id: 'at-vending_restocks-25',
		question: 'how much has the leisure centre machine taken since it went in',
		tables: ['vending_restocks'],
		tags: ['sum', 'filter-eq', 'metric', 'fuzzy'],
		sql: `SELECT SUM("Cash (£)" + card_p / 100.0) FROM vending_restocks WHERE Site = 'Moorside Leisure Centre'`,
		note: "Cash (£) + card_p / 100 over Site 'Moorside Leisure Centre' (M08, 63 visits from 3 July 2024): £4,913.16. Less stock and refunds (£2,642.89) is another reading."
	},
	{
		id: 'at-refuse-01',
		question: 'how many miles did i drive last month',
		tables: ['hair_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No mileage or journeys; travel_fee_p is what clients were charged by village, and Village is only a place name.'
	},
	{
		id: 'at-refuse-02',
		question: 'how much did i spend on colour and products in 2024',
		tables: ['hair_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Prices, discounts, tips and payments only; no costs of colour, products or anything else.'
	},
	{
		id: 'at-refuse-03',
		question: 'which of my clients are over 70',
		tables: ['hair_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No ages or dates of birth; the pensioners' Tuesday discount only hints at who is a pensioner."
	},
	{
		id: 'at-refuse-04',
		question: 'how much do we spend on cat food a month',
		tables: ['cattery_stays'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'What owners were charged and paid only; no food, bedding, staff or other running costs.'
	},
	{
		id: 'at-refuse-05',
		question: 'what breed of cat do we get the most',
		tables: ['cattery_stays'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only the cats' names (Cat Name(s)) and how many; no breeds, ages or sexes."
	},
	{
		id: 'at-refuse-06',
		question: 'how many cats got poorly while they were with us',
		tables: ['cattery_stays'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No health or incident records; Meds says whether medication was given during the stay and Vet is the cat's own practice."
	},
	{
		id: 'at-refuse-07',
		question: 'how much commission do i owe the gym this quarter',
		tables: ['vending_restocks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Sites' commission rates and payments are not in the log; only takings, stock costs and refunds."
	},
	{
		id: 'at-refuse-08',
		question: 'whats my best selling chocolate bar',
		tables: ['vending_restocks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No products: only the number of items loaded and expired per visit and the machine Type.'
	},
	{
		id: 'at-refuse-09',
		question: 'what time of day do people buy the most from the machines',
		tables: ['vending_restocks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No sales or their times; takings are totals per visit, and logged is when the visit was typed in.'
	}
];
