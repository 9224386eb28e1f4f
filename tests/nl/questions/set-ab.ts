import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AB: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ab/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - cycle_repairs.csv (1,352 rows, Chainline Cycles (a small bicycle repair workshop): every job
 *   card of a bike booked in 2022-01-04 to 2024-12-21, as exported at closing time on 23 December
 *   2024, one row per job; Tuesday to Saturday, closed from Christmas Eve to New Year's Day;
 *   busiest May to July, busier each year; labour £40 an hour in 2022, £45 in 2023, £50 in 2024,
 *   plus parts; warranty work and the free first service of bikes the shop sold are charged
 *   nothing; customers pay on collection): "Job No" (BIGINT, 10001-11352, unique, in booking
 *   order), "Booked In" (DATE; 378 in 2022, 487 in 2023, 487 in 2024), collectedOn (DATE,
 *   2022-01-05 to 2024-12-17; 12 missing: not collected, 10 of them left for months (never
 *   collected) and 2 booked in on 20 and 21 December 2024, still waiting at the export),
 *   Customer (946 people, 698 of them once; 'Grace Alexander' 10 the most, 'Ava Davies' 9; 22
 *   names with an apostrophe such as "Andrew O'Brien"), bike_type ('Hybrid' 417 | 'Road bike'
 *   274 | 'Mountain bike' 248 | 'E-bike' 155 (28, 52, 75 a year) | 'Kids bike' 125 | 'Folding
 *   bike' 73 | 'Cargo bike' 32 | 'BMX' 28), "Service Code" (VARCHAR, two digits with the leading
 *   zero kept, '01' to '13'), Service (the code's description, one each: 'Puncture repair' (01)
 *   210, 'Brake adjustment' (02) 139, 'Brake pads replaced' (03) 150, 'Gear adjustment' (04)
 *   138, 'Chain and cassette' (05) 81, 'Basic service' (06) 187, 'Full service' (07) 127, 'Wheel
 *   true' (08) 65, 'Tyre replacement' (09) 106, 'E-bike diagnostics' (10) 38, 'Hydraulic brake
 *   bleed' (11) 54, 'Bottom bracket' (12) 31, 'New bike build' (13) 26), Mechanic ('Dave
 *   Kowalski' 575 (the owner) | 'Sam Okafor' 436 | 'Jess Whitfield' 266 (from April 2023) |
 *   'Liam Brennan' 75 (mostly Saturdays, to August 2023)), "Labour (hrs)" (DOUBLE, 0.5-3.25 in
 *   quarter hours, 0.5 the most common (582)), "Parts (£)" (DOUBLE, 0-130.50; 0 on 427 jobs),
 *   "Total (£)" (DOUBLE, the bill: labour hours times the year's rate plus parts, 20-239; 0 on
 *   the 33 warranty jobs), Warranty (BOOLEAN, from Yes/No; 33 Yes: services and adjustments only,
 *   parts and labour free), payment_method ('Card' 974 | 'Cash' 203 | 'Bank transfer' 79 |
 *   'Cycle to Work voucher' 52; 44 missing: the 12 bikes not collected and 32 collected warranty
 *   jobs, nothing to pay). No bike sales, parts costs or reviews.
 * - theatre_tickets.csv (1,888 rows, The Maltings Theatre (a 90-seat small-town theatre): every
 *   box office booking for its 127 performances of 2023-2024, as exported on 2 January 2025, one
 *   row per booking of one or more tickets, all at one price): "Booking Ref" ('MT' with the
 *   two-digit year of booking and a running number, 'MT22-0001' to 'MT24-0871', unique, in
 *   booking order), booked_at (TIMESTAMP, 2022-10-27 to 2024-12-26; 30 in 2022, 987 in 2023, 871
 *   in 2024), "Show" (18 productions; the column's name is an SQL keyword: 'Aladdin' 406
 *   bookings (pantomime, 8 December 2023 to 6 January 2024, 28 performances), 'Cinderella' 250
 *   (pantomime, December 2024, 17), 'Comedy Club Night' 232 (stand-up, six a year, 12), 'Guys and
 *   Dolls' 153 (May 2024, 10), 'Little Shop of Horrors' 142 (May 2023, 10), 'The Woman in Black'
 *   117, 'The 39 Steps' 80, 'Folk at the Maltings' 63 (three a year), "Abigail's Party" 62 (with
 *   an apostrophe), 'Blithe Spirit' 62, 'An Inspector Calls' 62, 'Macbeth' 59, 'Educating Rita'
 *   58, 'Abba Tribute Night' 41 (one each August), 'The Gruffalo' 31, 'Room on the Broom' 31,
 *   'Swan Lake' 27 (2 March 2024, the evening cancelled), 'Giselle' 12 (one night, October
 *   2023)), "Performance Date" (DATE, 2023-01-27 to 2024-12-29; 881 bookings for 2023, 1,007 for
 *   2024), Performance ('Evening' 1,344 (88 performances) | 'Matinee' 544 (39 performances, never
 *   two on a day)), Genre ('Pantomime' 656 | 'Comedy' 436 | 'Drama' 296 | 'Musical' 295 |
 *   'Music' 104 | 'Family' 62 | 'Dance' 39), Tickets (BIGINT, 1-18, 2 the most common; 5,792 in
 *   all), "Price Code" (VARCHAR, two digits with the leading zero kept: '01' 1,111 (full price),
 *   '02' 502 (concession, £3 off), '03' 202 (under 16, half price), '04' 31 (groups of ten or
 *   more, £2 off), '05' 42 (complimentary, free); what a code means is not in the table),
 *   "Total (£)" (DOUBLE, what the booking cost, 0-324; £87,373 in all, refunded bookings
 *   included), Channel ('Online' 1,197 | 'Box Office' 350 | 'Phone' 341), "Customer Name" (1,142
 *   people, 'Michael Holmes' 10 bookings the most, 'Rhys Jones' 31 tickets the most; 154
 *   missing: box office walk-ups, no name taken), isFriend (BOOLEAN, from true/false; 256 true:
 *   Friends of the Maltings), "Refunded On" (DATE; 28 filled: the 15 bookings of the cancelled
 *   Swan Lake evening of 2 March 2024, refunded on 4 and 5 March 2024, and 13 refunded one by
 *   one; missing otherwise: not refunded). No seats, attendance, costs or ages.
 * - weighbridge_tickets.csv (2,008 rows, Hollins Lane Recycling (a waste transfer and recycling
 *   site): every load weighed in and tipped 2023-01-03 to 2024-12-23, one row per weighbridge
 *   ticket; Monday to Friday 07:00-17:00 and Saturday mornings, closed on bank holidays and from
 *   Christmas Eve; weights in 20 kg steps; the gate fee per tonne goes up each April; scrap
 *   metal, electricals and fridges are taken free): "Ticket No" (BIGINT, 50001-52008, unique, in
 *   time order), weighed_in (TIMESTAMP; 1,014 in 2023, 994 in 2024; Saturday 206, the weekdays
 *   339-377, Wednesday 377 the most), "Vehicle Reg" (481 distinct UK registrations such as 'KP71
 *   GHO': 17 the firms' vehicles, the rest members of the public, one visit each), vehicle_type
 *   ('Van' 598 | 'Skip lorry' 494 | 'Tipper' 251 | 'Car and trailer' 197 | 'Hookloader' 168 |
 *   'Caged tipper' 159 | 'Refuse truck' 141), Haulier (11 firms: 'Greenway Skip Hire' 414, 'Kwik
 *   Skips Ltd' 198 (to June 2024), 'Fenland Landscapes' 182, 'A1 House Clearances' 177, 'Barton
 *   Builders' 156, 'Brightside Retail Park' 141, 'Northfield Parish Council' 72, 'Quick Tyre
 *   Centre' 55, "Dan's Removals" 51, 'Oakley Skips' 50 (from May 2024), 'P & J Roofing' 48; 464
 *   missing: members of the public), Driver (435 people: 18 firms' drivers, 'Steve Barton' 155,
 *   'Gary Pike' 147, 'Lee Hart' 147, … and the members of the public themselves; 50 missing: not
 *   taken), "EWC Code" (VARCHAR, the European Waste Catalogue code, three pairs of digits with
 *   the leading zeros kept, one per material, '20 01 23*' with the asterisk of a hazardous
 *   waste), Material ('Mixed construction waste' (17 09 04) 355, 'Green waste' (20 02 01) 343,
 *   'Rubble' (17 01 07) 294, 'Bulky waste' (20 03 07) 232, 'Wood' (20 01 38) 204, 'Mixed general
 *   waste' (20 03 01) 167, 'Plasterboard' (17 08 02) 118, 'Paper and cardboard' (20 01 01) 96,
 *   'Scrap metal' (20 01 40) 79, 'Tyres' (16 01 03) 55, 'Electricals' (20 01 36) 38, 'Fridges
 *   and freezers' (20 01 23*) 27), "Gross (kg)" (BIGINT, 1,750-23,280, loaded), "Tare (kg)"
 *   (BIGINT, 1,610-12,360, empty), "Net (kg)" (BIGINT, gross less tare, the waste tipped,
 *   80-10,920; 5,360,660 in all), "Rate (£/t)" (DOUBLE, the gate fee per tonne of the material
 *   at the time, 0-190 (tyres from April 2024)), "Charge (£)" (DOUBLE, net tonnes times the
 *   rate, 0-1,232.40; 0 on the 144 free loads), onAccount (BOOLEAN, from Yes/No; 1,445 Yes:
 *   account customers invoiced monthly; 563 No: the public and the two firms that pay at the
 *   gate, "Dan's Removals" and 'P & J Roofing'). No times out, destinations or sales of
 *   recyclate.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AB_TABLE_SOURCES: TableSource[] = [
	{
		name: 'cycle_repairs',
		humanName: 'Cycle repairs',
		repoDir: 'tests/nl/data/set-ab',
		file: 'cycle_repairs.csv',
		format: 'csv'
	},
	{
		name: 'theatre_tickets',
		humanName: 'Theatre tickets',
		repoDir: 'tests/nl/data/set-ab',
		file: 'theatre_tickets.csv',
		format: 'csv'
	},
	{
		name: 'weighbridge_tickets',
		humanName: 'Weighbridge tickets',
		repoDir: 'tests/nl/data/set-ab',
		file: 'weighbridge_tickets.csv',
		format: 'csv'
	}
];

export const SET_AB_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ab-cycle_repairs-01',
		question: 'how many repairs did we book in during 2023',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM cycle_repairs WHERE YEAR("Booked In") = 2023',
		note: 'A repair is a job card (a row); Booked In in 2023 (487).'
	},
	{
		id: 'ab-cycle_repairs-02',
		question: 'which mechanic has done the most jobs',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Mechanic FROM cycle_repairs GROUP BY Mechanic ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per Mechanic: Dave Kowalski (575; Sam Okafor 436).'
	},
	{
		id: 'ab-cycle_repairs-03',
		question: 'average bill for a full service',
		tables: ['cycle_repairs'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG("Total (£)") FROM cycle_repairs WHERE Service = 'Full service'`,
		note: "The bill is Total (£); averaged over Service 'Full service' (127 jobs, £181.99; never warranty work, so no free ones)."
	},
	{
		id: 'ab-cycle_repairs-04',
		question: 'how many e-bike jobs have we done',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE bike_type = 'E-bike'`,
		note: "bike_type 'E-bike' (155 jobs). Jobs; the customers who brought them (114) is another question."
	},
	{
		id: 'ab-cycle_repairs-05',
		question: 'jobs by type of bike',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT bike_type, COUNT(*) FROM cycle_repairs GROUP BY bike_type',
		note: 'Rows per bike_type (8 rows: Hybrid 417 the most, BMX 28 the fewest).'
	},
	{
		id: 'ab-cycle_repairs-06',
		question: 'punctures fixed each month in 2024',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', "Booked In") AS m, COUNT(*) FROM cycle_repairs WHERE Service = 'Puncture repair' AND YEAR("Booked In") = 2024 GROUP BY m`,
		note: "Punctures are Service 'Puncture repair' (code 01), Booked In in 2024, counted per calendar month (11 rows, none in January: May 11 the most, February and November 1 the fewest)."
	},
	{
		id: 'ab-cycle_repairs-07',
		question: 'top 3 most common repairs',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Service, COUNT(*) AS c FROM cycle_repairs GROUP BY Service ORDER BY c DESC LIMIT 3',
		isOrdered: true,
		note: 'A repair is a Service; rows per Service, most first: Puncture repair 210, Basic service 187, Brake pads replaced 150 (fourth Brake adjustment 139, no tie). The services with their counts; the services alone is another reading.'
	},
	{
		id: 'ab-cycle_repairs-08',
		question: 'what percentage of jobs were done under warranty',
		tables: ['cycle_repairs'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Warranty) * 1.0 / COUNT(*) FROM cycle_repairs',
		isShare: true,
		note: 'Share of rows with Warranty = Yes: 33 of 1,352 (2.4%).'
	},
	{
		id: 'ab-cycle_repairs-09',
		question: 'average labour hours per job for each mechanic',
		tables: ['cycle_repairs'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Mechanic, AVG("Labour (hrs)") FROM cycle_repairs GROUP BY Mechanic',
		note: 'Labour (hrs) averaged per Mechanic (4 rows: Jess Whitfield 0.98 the highest, Dave Kowalski 0.94 the lowest).'
	},
	{
		id: 'ab-cycle_repairs-10',
		question: "how many bikes haven't been collected",
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM cycle_repairs WHERE collectedOn IS NULL',
		note: 'A bike is a job; collectedOn empty (12: 10 left for months, 2 booked in on 20 and 21 December 2024 and still waiting at the export).'
	},
	{
		id: 'ab-cycle_repairs-11',
		question: 'how many different customers have we had',
		tables: ['cycle_repairs'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Customer) FROM cycle_repairs',
		note: 'Distinct Customer values (946).'
	},
	{
		id: 'ab-cycle_repairs-12',
		question: 'median number of days between a bike coming in and being collected',
		tables: ['cycle_repairs'],
		tags: ['median', 'metric'],
		sql: `SELECT MEDIAN(date_diff('day', "Booked In", collectedOn)) FROM cycle_repairs`,
		note: 'Days from Booked In to collectedOn, median over the 1,340 collected jobs (4 days; the mean is 4.2).'
	},
	{
		id: 'ab-cycle_repairs-13',
		question: 'how much have we taken in cash',
		tables: ['cycle_repairs'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Total (£)") FROM cycle_repairs WHERE payment_method = 'Cash'`,
		note: "Total (£) summed over payment_method 'Cash' (203 jobs, £14,008.05)."
	},
	{
		id: 'ab-cycle_repairs-14',
		question: 'show job no, customer and total for cargo bikes booked in 2024',
		tables: ['cycle_repairs'],
		tags: ['rows-mode', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT "Job No", Customer, "Total (£)" FROM cycle_repairs WHERE bike_type = 'Cargo bike' AND YEAR("Booked In") = 2024`,
		note: "bike_type 'Cargo bike', Booked In in 2024: 12 rows of Job No, Customer and Total (£) (£25 to £201.49)."
	},
	{
		id: 'ab-cycle_repairs-15',
		question: 'how many jobs were paid with a cycle to work voucher',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE payment_method = 'Cycle to Work voucher'`,
		note: "Lower-case value: payment_method 'Cycle to Work voucher' (52)."
	},
	{
		id: 'ab-cycle_repairs-16',
		question: 'parts sales by bike type',
		tables: ['cycle_repairs'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT bike_type, SUM("Parts (£)") FROM cycle_repairs GROUP BY bike_type',
		note: 'Parts sales are the money charged for parts, Parts (£), summed per bike_type (8 rows: Hybrid £9,576.78 the most, BMX £506.96 the least). Counting the jobs with parts is another reading.'
	},
	{
		id: 'ab-cycle_repairs-17',
		question: 'road or mountain bike jobs since march 2024',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-list', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE bike_type IN ('Road bike', 'Mountain bike') AND "Booked In" >= DATE '2024-03-01'`,
		note: "bike_type 'Road bike' or 'Mountain bike', Booked In from 1 March 2024 on: one count (169); a count per type (Mountain bike 93, Road bike 76) is another reading."
	},
	{
		id: 'ab-cycle_repairs-18',
		question: "jobs on bikes that weren't hybrids in 2022",
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-negation', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE bike_type <> 'Hybrid' AND YEAR("Booked In") = 2022`,
		note: "bike_type other than 'Hybrid', Booked In in 2022 (251 of 378)."
	},
	{
		id: 'ab-cycle_repairs-19',
		question: 'how many times has ava davies been in',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE Customer = 'Ava Davies'`,
		note: "Lower-case value: Customer 'Ava Davies'; each visit is a job (9)."
	},
	{
		id: 'ab-cycle_repairs-20',
		question: 'biggest bill we have ever charged',
		tables: ['cycle_repairs'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Total (£)") FROM cycle_repairs',
		note: 'The highest Total (£): £239 (a full service on a road bike in 2024). The job (a row) is another reading; the amount is asked for.'
	},
	{
		id: 'ab-cycle_repairs-21',
		question: 'number of jobs per mechanic per year',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT Mechanic, YEAR("Booked In") AS y, COUNT(*) FROM cycle_repairs GROUP BY Mechanic, y',
		note: 'Rows per Mechanic and year of Booked In (10 rows: Dave Kowalski 2024 205 the most, Liam Brennan 2023 29 the fewest; Jess Whitfield from 2023, Liam Brennan to 2023).'
	},
	{
		id: 'ab-cycle_repairs-22',
		question: 'average spent on parts for brake pad jobs',
		tables: ['cycle_repairs'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Parts (£)") FROM cycle_repairs WHERE Service = 'Brake pads replaced'`,
		note: "Brake pad jobs are Service 'Brake pads replaced' (code 03); Parts (£) averaged over its 150 jobs (£27.25)."
	},
	{
		id: 'ab-cycle_repairs-23',
		question: 'how many hours of labour did jess put in during 2024',
		tables: ['cycle_repairs'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Labour (hrs)") FROM cycle_repairs WHERE Mechanic = 'Jess Whitfield' AND YEAR("Booked In") = 2024`,
		note: "jess is Mechanic 'Jess Whitfield' (the only Jess); Labour (hrs) summed over her 152 jobs booked in 2024 (145.75 hours)."
	},
	{
		id: 'ab-cycle_repairs-24',
		question: 'jobs that took more than a week from drop off to collection',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'metric', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE date_diff('day', "Booked In", collectedOn) > 7`,
		note: 'Days from Booked In to collectedOn above 7 (113). Counted; listing them is another reading. A week or more (7 days or more) would be 193.'
	},
	{
		id: 'ab-cycle_repairs-25',
		question: 'how many code 07 jobs in 2022',
		tables: ['cycle_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM cycle_repairs WHERE "Service Code" = '07' AND YEAR("Booked In") = 2022`,
		note: "Service Code '07' (text with the leading zero: Full service), Booked In in 2022 (37)."
	},
	{
		id: 'ab-theatre_tickets-01',
		question: 'how many tickets did we sell for macbeth',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Tickets) FROM theatre_tickets WHERE "Show" = 'Macbeth'`,
		note: "Tickets (a count per booking) summed over Show 'Macbeth' (155 tickets in 59 bookings, none refunded). Counting bookings (59) is not counting tickets."
	},
	{
		id: 'ab-theatre_tickets-02',
		question: 'which show sold the most tickets',
		tables: ['theatre_tickets'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT "Show" FROM theatre_tickets GROUP BY "Show" ORDER BY SUM(Tickets) DESC LIMIT 1',
		note: 'Tickets summed per Show: Aladdin (1,492; Cinderella 950). The most bookings gives the same show (406).'
	},
	{
		id: 'ab-theatre_tickets-03',
		question: 'tickets booked by genre',
		tables: ['theatre_tickets'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Genre, SUM(Tickets) FROM theatre_tickets GROUP BY Genre',
		note: 'Tickets summed per Genre, refunded bookings included (7 rows: Pantomime 2,442 the most, Dance 92 the fewest). Counting bookings per genre is another reading.'
	},
	{
		id: 'ab-theatre_tickets-04',
		question: 'how much did guys and dolls take, not counting refunds',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-eq', 'filter-missing', 'fuzzy'],
		sql: `SELECT SUM("Total (£)") FROM theatre_tickets WHERE "Show" = 'Guys and Dolls' AND "Refunded On" IS NULL`,
		note: "Total (£) summed over Show 'Guys and Dolls', leaving out the 3 refunded bookings (Refunded On filled): £8,022 (£8,102 with them)."
	},
	{
		id: 'ab-theatre_tickets-05',
		question: 'what % of bookings are made online',
		tables: ['theatre_tickets'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Channel = 'Online') * 1.0 / COUNT(*) FROM theatre_tickets`,
		isShare: true,
		note: "Share of rows with Channel 'Online': 1,197 of 1,888 (63.4%)."
	},
	{
		id: 'ab-theatre_tickets-06',
		question: 'on average how many days before the show do people book',
		tables: ['theatre_tickets'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(date_diff('day', CAST(booked_at AS DATE), "Performance Date")) FROM theatre_tickets`,
		note: 'Days from the date of booked_at to Performance Date, averaged over every booking (32.4 days; the median is 18).'
	},
	{
		id: 'ab-theatre_tickets-07',
		question: 'how many matinees have we put on',
		tables: ['theatre_tickets'],
		tags: ['aggregate-distinct', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(DISTINCT ("Show", "Performance Date")) FROM theatre_tickets WHERE Performance = 'Matinee'`,
		note: "A matinee is a performance, not a booking: distinct Show and Performance Date among rows with Performance 'Matinee' (39; never two matinees on one day, so distinct Performance Date gives the same). Counting the matinee bookings (544) is not counting matinees."
	},
	{
		id: 'ab-theatre_tickets-08',
		question: 'tickets per month for our 2024 performances',
		tables: ['theatre_tickets'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Performance Date") AS m, SUM(Tickets) FROM theatre_tickets WHERE YEAR("Performance Date") = 2024 GROUP BY m`,
		note: 'Tickets summed per calendar month of Performance Date in 2024 (12 rows: December 950 the most (Cinderella), July 49 the fewest). By the month of booking is another reading the question rules out ("for our 2024 performances").'
	},
	{
		id: 'ab-theatre_tickets-09',
		question: 'top 3 customers by tickets bought',
		tables: ['theatre_tickets'],
		tags: ['sum', 'group-by', 'top-n', 'filter-missing'],
		sql: 'SELECT "Customer Name", SUM(Tickets) AS t FROM theatre_tickets WHERE "Customer Name" IS NOT NULL GROUP BY "Customer Name" ORDER BY t DESC LIMIT 3',
		isOrdered: true,
		note: 'Tickets summed per Customer Name, most first, leaving out the bookings with no name (walk-ups, 154 bookings that are no one customer): Rhys Jones 31, Evie Fletcher 29, Michael Holmes 27 (fourth 26, three tied). The names with their tickets; the names alone is another reading.'
	},
	{
		id: 'ab-theatre_tickets-10',
		question: 'how many bookings have been refunded',
		tables: ['theatre_tickets'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM theatre_tickets WHERE "Refunded On" IS NOT NULL',
		note: 'Refunded On filled (28: the 15 of the cancelled Swan Lake evening and 13 others).'
	},
	{
		id: 'ab-theatre_tickets-11',
		question: 'how much did we refund for the cancelled swan lake evening',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-eq', 'filter-missing', 'fuzzy'],
		sql: `SELECT SUM("Total (£)") FROM theatre_tickets WHERE "Show" = 'Swan Lake' AND Performance = 'Evening' AND "Refunded On" IS NOT NULL`,
		note: "Show 'Swan Lake', Performance 'Evening' (2 March 2024), refunded: Total (£) summed over its 15 bookings (£706; every booking of that evening was refunded, so the refund filter changes nothing)."
	},
	{
		id: 'ab-theatre_tickets-12',
		question: 'how many bookings for the 39 steps came from friends',
		tables: ['theatre_tickets'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'synonym'],
		sql: `SELECT COUNT(*) FROM theatre_tickets WHERE "Show" = 'The 39 Steps' AND isFriend`,
		note: "Show 'The 39 Steps' and isFriend = true (Friends of the Maltings): 10 bookings (21 tickets)."
	},
	{
		id: 'ab-theatre_tickets-13',
		question: 'average spend per booking on comedy shows',
		tables: ['theatre_tickets'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Total (£)") FROM theatre_tickets WHERE Genre = 'Comedy'`,
		note: "Genre 'Comedy'; Total (£) averaged over its 436 bookings (£37.16, free bookings included)."
	},
	{
		id: 'ab-theatre_tickets-14',
		question: 'how many free tickets have we given away',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-numeric', 'synonym'],
		sql: 'SELECT SUM(Tickets) FROM theatre_tickets WHERE "Total (£)" = 0',
		note: "Free tickets are those of bookings that cost nothing, Total (£) of 0 (the same 42 bookings as Price Code '05'): Tickets summed (116). Counting the bookings (42) is not counting tickets."
	},
	{
		id: 'ab-theatre_tickets-15',
		question: 'tickets sold at price code 3 for 2023 performances',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Tickets) FROM theatre_tickets WHERE "Price Code" = '03' AND YEAR("Performance Date") = 2023`,
		note: "Price code 3 is Price Code '03' (text with the leading zero); Performance Date in 2023; Tickets summed (295 in 88 bookings)."
	},
	{
		id: 'ab-theatre_tickets-16',
		question: 'show booking ref, name and number of tickets for giselle',
		tables: ['theatre_tickets'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Booking Ref", "Customer Name", Tickets FROM theatre_tickets WHERE "Show" = 'Giselle'`,
		note: "Show 'Giselle' (one night, 19 October 2023): 12 rows of Booking Ref, Customer Name and Tickets."
	},
	{
		id: 'ab-theatre_tickets-17',
		question: 'evening vs matinee tickets for each genre',
		tables: ['theatre_tickets'],
		tags: ['sum', 'multi-group'],
		sql: 'SELECT Genre, Performance, SUM(Tickets) FROM theatre_tickets GROUP BY Genre, Performance',
		note: 'Tickets summed per Genre and Performance (12 rows: Family only matinees, Music only evenings; Pantomime Matinee 1,224 the most, Dance Matinee 31 the fewest).'
	},
	{
		id: 'ab-theatre_tickets-18',
		question: 'bookings with no customer name',
		tables: ['theatre_tickets'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM theatre_tickets WHERE "Customer Name" IS NULL',
		note: 'Customer Name empty (154, all at the box office). Counted; listing them is another reading.'
	},
	{
		id: 'ab-theatre_tickets-19',
		question: 'how many phone bookings since september 2024',
		tables: ['theatre_tickets'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM theatre_tickets WHERE Channel = 'Phone' AND booked_at >= TIMESTAMP '2024-09-01 00:00:00'`,
		note: "Channel 'Phone', booked_at from 1 September 2024 on (63): a booking's own date is when it was made."
	},
	{
		id: 'ab-theatre_tickets-20',
		question: 'how many group bookings of 10 or more',
		tables: ['theatre_tickets'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM theatre_tickets WHERE Tickets >= 10',
		note: "Tickets of 10 or more in a booking (31; the same bookings as Price Code '04')."
	},
	{
		id: 'ab-theatre_tickets-21',
		question: 'which genre has the highest average ticket price',
		tables: ['theatre_tickets'],
		tags: ['avg', 'metric', 'group-by', 'top-n'],
		sql: 'SELECT Genre FROM theatre_tickets GROUP BY Genre ORDER BY SUM("Total (£)") / SUM(Tickets) DESC LIMIT 1',
		note: "A ticket price is Total (£) over Tickets; per Genre the highest: Dance (£20.20 a ticket; Musical £17.40). Averaging each booking's price a ticket gives the same genre (£20.13). Averaging Total (£) per booking is not a ticket price."
	},
	{
		id: 'ab-theatre_tickets-22',
		question: 'how many different shows did we stage in 2023',
		tables: ['theatre_tickets'],
		tags: ['aggregate-distinct', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Show") FROM theatre_tickets WHERE YEAR("Performance Date") = 2023',
		note: 'Distinct Show among rows with Performance Date in 2023 (10; Aladdin, which ran into January 2024, included). Comedy Club Night, six nights a year, is one show.'
	},
	{
		id: 'ab-theatre_tickets-23',
		question: 'tickets booked for musicals and dance',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-list', 'fuzzy'],
		sql: `SELECT SUM(Tickets) FROM theatre_tickets WHERE Genre IN ('Musical', 'Dance')`,
		note: "Genre 'Musical' (musicals) or 'Dance', Tickets summed, refunded bookings included: one total (930); a total per genre (Musical 838, Dance 92) is another reading."
	},
	{
		id: 'ab-theatre_tickets-24',
		question: 'tickets booked for 2024 shows other than the panto',
		tables: ['theatre_tickets'],
		tags: ['sum', 'filter-negation', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Tickets) FROM theatre_tickets WHERE Genre <> 'Pantomime' AND YEAR("Performance Date") = 2024`,
		note: "The panto is Genre 'Pantomime' (Aladdin's January 2024 performances and Cinderella); Tickets summed over the rest with Performance Date in 2024 (1,772)."
	},
	{
		id: 'ab-theatre_tickets-25',
		question: 'what share of tickets are for matinees',
		tables: ['theatre_tickets'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT SUM(Tickets) FILTER (WHERE Performance = 'Matinee') * 1.0 / SUM(Tickets) FROM theatre_tickets`,
		isShare: true,
		note: "Tickets at Performance 'Matinee' over all Tickets: 1,838 of 5,792 (31.7%). The share of bookings (544 of 1,888, 28.8%) is not the share of tickets."
	},
	{
		id: 'ab-weighbridge_tickets-01',
		question: 'how many loads came in during 2024',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM weighbridge_tickets WHERE YEAR(weighed_in) = 2024',
		note: 'A load is a weighbridge ticket (a row); weighed_in in 2024 (994).'
	},
	{
		id: 'ab-weighbridge_tickets-02',
		question: 'how many tonnes did we take in 2023',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'metric', 'time-year'],
		sql: 'SELECT SUM("Net (kg)") / 1000.0 FROM weighbridge_tickets WHERE YEAR(weighed_in) = 2023',
		note: 'What was taken is the net weight tipped: Net (kg) summed over 2023, in tonnes (2,741.84). Gross weights include the vehicles.'
	},
	{
		id: 'ab-weighbridge_tickets-03',
		question: 'which haulier brings us the most waste by weight',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Haulier FROM weighbridge_tickets GROUP BY Haulier ORDER BY SUM("Net (kg)") DESC LIMIT 1',
		note: 'Net (kg) summed per Haulier: Greenway Skip Hire (1,996,100 kg; Barton Builders 1,032,480; the members of the public, with no haulier, 198,740 together).'
	},
	{
		id: 'ab-weighbridge_tickets-04',
		question: 'average net weight of a skip lorry load',
		tables: ['weighbridge_tickets'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Net (kg)") FROM weighbridge_tickets WHERE vehicle_type = 'Skip lorry'`,
		note: "vehicle_type 'Skip lorry'; Net (kg) averaged over its 494 loads (4,134.5 kg)."
	},
	{
		id: 'ab-weighbridge_tickets-05',
		question: 'how much have we charged greenway altogether',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Charge (£)") FROM weighbridge_tickets WHERE Haulier = 'Greenway Skip Hire'`,
		note: "greenway is Haulier 'Greenway Skip Hire'; Charge (£) summed over its 414 loads (£164,785.78)."
	},
	{
		id: 'ab-weighbridge_tickets-06',
		question: 'number of loads of each material',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Material, COUNT(*) FROM weighbridge_tickets GROUP BY Material',
		note: 'Rows per Material (12 rows: Mixed construction waste 355 the most, Fridges and freezers 27 the fewest). Grouping by EWC Code gives the same counts under the codes.'
	},
	{
		id: 'ab-weighbridge_tickets-07',
		question: 'tonnes of green waste per month in 2024',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'metric', 'filter-eq', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', weighed_in) AS m, SUM("Net (kg)") / 1000.0 FROM weighbridge_tickets WHERE Material = 'Green waste' AND YEAR(weighed_in) = 2024 GROUP BY m`,
		note: "Material 'Green waste', weighed_in in 2024: Net (kg) summed per calendar month, in tonnes (12 rows: July 29.68 the most, February 1.18 the least)."
	},
	{
		id: 'ab-weighbridge_tickets-08',
		question: 'top 3 drivers by number of loads',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Driver, COUNT(*) AS c FROM weighbridge_tickets GROUP BY Driver ORDER BY c DESC LIMIT 3',
		isOrdered: true,
		note: 'Rows per Driver, most first: Steve Barton 155, Gary Pike 147 and Lee Hart 147 (tied), fourth Mick Dunn 106 (the 50 loads with no driver name come lower). The drivers with their counts; the drivers alone is another reading.'
	},
	{
		id: 'ab-weighbridge_tickets-09',
		question: 'what % of loads are not on account',
		tables: ['weighbridge_tickets'],
		tags: ['share', 'filter-negation'],
		sql: 'SELECT COUNT(*) FILTER (WHERE NOT onAccount) * 1.0 / COUNT(*) FROM weighbridge_tickets',
		isShare: true,
		note: 'Share of rows with onAccount = No: 563 of 2,008 (28.0%).'
	},
	{
		id: 'ab-weighbridge_tickets-10',
		question: "loads where the driver's name wasn't taken",
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM weighbridge_tickets WHERE Driver IS NULL',
		note: 'Driver empty (50). Counted; listing them is another reading.'
	},
	{
		id: 'ab-weighbridge_tickets-11',
		question: 'how many different vehicles have come over the weighbridge',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Vehicle Reg") FROM weighbridge_tickets',
		note: 'A vehicle is a registration: distinct Vehicle Reg values (481). Distinct vehicle types (7) is not vehicles.'
	},
	{
		id: 'ab-weighbridge_tickets-12',
		question: "what's the highest gate fee per tonne we charge",
		tables: ['weighbridge_tickets'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Rate (£/t)") FROM weighbridge_tickets',
		note: 'The gate fee per tonne is Rate (£/t); the highest: £190 (tyres, from April 2024). The biggest Charge (£) on a ticket is not a rate per tonne.'
	},
	{
		id: 'ab-weighbridge_tickets-13',
		question: "heaviest single load we've had",
		tables: ['weighbridge_tickets'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Net (kg)") FROM weighbridge_tickets',
		note: 'The load is what was tipped, Net (kg): the highest is 10,920 kg. Gross (kg) (23,280 the highest) includes the vehicle. The ticket (a row) is another reading; the weight is asked for.'
	},
	{
		id: 'ab-weighbridge_tickets-14',
		question: 'show ticket no, haulier and net weight for plasterboard loads in december 2024',
		tables: ['weighbridge_tickets'],
		tags: ['rows-mode', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT "Ticket No", Haulier, "Net (kg)" FROM weighbridge_tickets WHERE Material = 'Plasterboard' AND weighed_in >= TIMESTAMP '2024-12-01 00:00:00' AND weighed_in < TIMESTAMP '2025-01-01 00:00:00'`,
		note: "Material 'Plasterboard', weighed_in in December 2024: 6 rows of Ticket No, Haulier and Net (kg)."
	},
	{
		id: 'ab-weighbridge_tickets-15',
		question: 'rubble or plasterboard loads since april 2024',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-list', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM weighbridge_tickets WHERE Material IN ('Rubble', 'Plasterboard') AND weighed_in >= TIMESTAMP '2024-04-01 00:00:00'`,
		note: "Material 'Rubble' or 'Plasterboard', weighed_in from 1 April 2024 on: one count (132); a count per material is another reading."
	},
	{
		id: 'ab-weighbridge_tickets-16',
		question: 'money from mixed construction waste each year',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'filter-eq', 'time-grain', 'synonym'],
		sql: `SELECT YEAR(weighed_in) AS y, SUM("Charge (£)") FROM weighbridge_tickets WHERE Material = 'Mixed construction waste' GROUP BY y`,
		note: "The money is Charge (£), summed per year of weighed_in over Material 'Mixed construction waste' (2 rows: 2023 £91,613.88, 2024 £104,896.08)."
	},
	{
		id: 'ab-weighbridge_tickets-17',
		question: 'how many loads did we take for free',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM weighbridge_tickets WHERE "Charge (£)" = 0',
		note: 'Free is Charge (£) of 0 (144: scrap metal, electricals, fridges and freezers; the same rows as Rate (£/t) of 0).'
	},
	{
		id: 'ab-weighbridge_tickets-18',
		question: 'how many fridge loads in 2023',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM weighbridge_tickets WHERE Material = 'Fridges and freezers' AND YEAR(weighed_in) = 2023`,
		note: "Fridges are Material 'Fridges and freezers' (EWC Code '20 01 23*'); weighed_in in 2023 (14)."
	},
	{
		id: 'ab-weighbridge_tickets-19',
		question: 'loads under ewc code 17 09 04 in 2023',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM weighbridge_tickets WHERE "EWC Code" = '17 09 04' AND YEAR(weighed_in) = 2023`,
		note: "EWC Code '17 09 04' (text: Mixed construction waste), weighed_in in 2023 (172). Counted; listing them is another reading."
	},
	{
		id: 'ab-weighbridge_tickets-20',
		question: 'how many loads were over 8 tonnes',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: 'SELECT COUNT(*) FROM weighbridge_tickets WHERE "Net (kg)" > 8000',
		note: 'A load is the net weight tipped; 8 tonnes is 8,000 kg: Net (kg) above 8000 (109). Gross (kg) above 8000 counts the vehicles too.'
	},
	{
		id: 'ab-weighbridge_tickets-21',
		question: 'which material do we take the most of by weight',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Material FROM weighbridge_tickets GROUP BY Material ORDER BY SUM("Net (kg)") DESC LIMIT 1',
		note: 'Net (kg) summed per Material: Rubble (1,612,780 kg; Mixed construction waste 1,582,560, which has the most loads).'
	},
	{
		id: 'ab-weighbridge_tickets-22',
		question: 'what share of the total weight is green waste',
		tables: ['weighbridge_tickets'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT SUM("Net (kg)") FILTER (WHERE Material = 'Green waste') * 1.0 / SUM("Net (kg)") FROM weighbridge_tickets`,
		isShare: true,
		note: "Net (kg) of Material 'Green waste' over all Net (kg): 372,140 of 5,360,660 kg (6.9%). The share of loads (17.1%) is not the share of weight."
	},
	{
		id: 'ab-weighbridge_tickets-23',
		question: 'loads in 2024 not brought by van',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'filter-negation', 'time-year'],
		sql: `SELECT COUNT(*) FROM weighbridge_tickets WHERE vehicle_type <> 'Van' AND YEAR(weighed_in) = 2024`,
		note: "vehicle_type other than 'Van', weighed_in in 2024 (693 of 994)."
	},
	{
		id: 'ab-weighbridge_tickets-24',
		question: 'which day of the week do we get the most loads',
		tables: ['weighbridge_tickets'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT DAYNAME(weighed_in) FROM weighbridge_tickets GROUP BY DAYNAME(weighed_in) ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per day of the week of weighed_in: Wednesday (377; Friday 376, Tuesday 370, Saturday 206, a morning only).'
	},
	{
		id: 'ab-weighbridge_tickets-25',
		question: 'total charged to account customers in 2024',
		tables: ['weighbridge_tickets'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: 'SELECT SUM("Charge (£)") FROM weighbridge_tickets WHERE onAccount AND YEAR(weighed_in) = 2024',
		note: 'Account customers are onAccount = Yes; Charge (£) summed over their loads of 2024 (£198,489.86).'
	},
	{
		id: 'ab-refuse-01',
		question: 'how many bikes did we sell in 2024',
		tables: ['cycle_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only repair jobs are recorded; no sales. 'New bike build' is assembling a bike bought elsewhere, and Warranty does not say when a bike was sold."
	},
	{
		id: 'ab-refuse-02',
		question: "what's our profit margin on parts",
		tables: ['cycle_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Parts (£) is what the customer was charged; what the shop paid for the parts is not recorded.'
	},
	{
		id: 'ab-refuse-03',
		question: 'which mechanic gets the best customer reviews',
		tables: ['cycle_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviews, ratings or complaints are recorded.'
	},
	{
		id: 'ab-refuse-04',
		question: 'which seats sell out first',
		tables: ['theatre_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No seat numbers, rows or areas; a booking only has a number of tickets and a price code.'
	},
	{
		id: 'ab-refuse-05',
		question: 'how many people actually turned up to macbeth',
		tables: ['theatre_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Tickets booked are recorded, not attendance: no ticket scans or no-shows.'
	},
	{
		id: 'ab-refuse-06',
		question: 'how much did we pay the touring companies for each show',
		tables: ['theatre_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only box office income; no fees, costs or splits with the companies.'
	},
	{
		id: 'ab-refuse-07',
		question: 'how long do lorries spend on site',
		tables: ['weighbridge_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the time a load was weighed in; no time weighed out or left.'
	},
	{
		id: 'ab-refuse-08',
		question: 'how much did we get for the scrap metal we sold on',
		tables: ['weighbridge_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only incoming loads and their gate fees (scrap metal is taken free); no outgoing loads or sales of recyclate.'
	},
	{
		id: 'ab-refuse-09',
		question: 'what percentage of our waste goes to landfill',
		tables: ['weighbridge_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Where each load ends up (recycled, recovered or landfilled) is not recorded; only what came in.'
	}
];
