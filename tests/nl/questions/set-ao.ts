import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AO: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ao/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - campsite_stays.csv (1,716 rows, Hollybank Farm Campsite, a family site of 36 pitches and 4
 *   glamping pods: its bookings with arrival dates from 3 February 2023 to 23 December 2024, one
 *   row per stay booked, cancelled stays kept (825 in 2023, 891 in 2024); pitches open from 15
 *   March to 31 October, the pods from 1 February to 23 December; busiest in August (183
 *   arrivals in 2023, 201 in 2024), a handful of pod stays out of season; a pitch's price a night
 *   covers two adults, with an extra adult, a child, a dog and a hook-up charged by the night; a
 *   pod has one price a night, dogs extra; low, mid and peak tariffs (peak: the summer holidays,
 *   three nights at least); the 2024 tariff is higher (£2 a night more on a pitch, £5 on a pod,
 *   £1 more for a dog or a hook-up)): "Booking Ref" (VARCHAR, 'HB23-0001'-'HB23-0825' and
 *   'HB24-0001'-'HB24-0891', unique, numbered by arrival within the year), "Arrival Date" (DATE,
 *   428 days), nights (BIGINT, 1-14, mean 3.26; 7 nights on 185 rows), "Pitch No" (VARCHAR, two
 *   digits with the leading zero kept, '01'-'40': tent pitches '01'-'16', caravan '17'-'28',
 *   campervan '29'-'36', pods '37'-'40'; missing on the 111 cancelled stays, whose pitch went
 *   back on sale), "Pitch Type" ('Tent' 779 | 'Caravan' 408 | 'Campervan' 341 | 'Glamping Pod'
 *   188), adults (BIGINT, 1-4; 3,369 in all), children (BIGINT, 0-4; 2,059 in all; 0 on 696
 *   rows), dogs (BIGINT, 0-2; 710 in all), "Electric Hook-up" (BOOLEAN, from Yes/No; 843 Yes,
 *   685 No; missing on the 188 pod stays, the electric being in the pod), "Total (£)" (DOUBLE,
 *   the whole stay, 18-1,190, median 102; £208,890 in all, £93,381 in 2023 and £115,509 in 2024;
 *   missing on the cancelled stays, refunded), bookingSource ('Website' 791 | 'Pitchup' 431 |
 *   'Phone' 308 | 'Walk-in' 186, tents and campervans only, never cancelled), Cancelled (BOOLEAN,
 *   from Yes/No; 111 Yes: 61 in 2023, 50 in 2024), guest_surname (56 surnames, 'Jones' 67 the
 *   most; three with an apostrophe: "O'Brien" 27, "O'Connor" 25, "D'Arcy" 17). No first names,
 *   addresses, arrival times, cars, reviews, costs or how a stay was paid.
 * - solar_generation.csv (1,017 rows, 14 Hawthorn Rise, a household's 4.2 kWp solar panels: its
 *   daily log from the day they were switched on, 21 March 2022, to 31 December 2024, one row a
 *   day (286 in 2022, 365 in 2023, 366 in 2024), read from the inverter's app; most generated
 *   from May to July, least in December and January; a 5.2 kWh battery fitted on 12 May 2023;
 *   the inverter offline on 10 days, when nothing was read): "Date" (DATE, unique; the column's
 *   name is a type name), "Generated (kWh)" (DOUBLE, 0-26.3, median 5.9; 8,944.4 kWh in all:
 *   2,796.3 in 2022, 3,137.5 in 2023, 3,010.6 in 2024; missing on the 10 offline days),
 *   exported_kwh (DOUBLE, 0-23; 4,517.3 in all; 0 on 373 days, most of them with the battery;
 *   missing as Generated), gridImport (DOUBLE, kWh bought from the grid, 0-16.4; 6,147.4 in all;
 *   missing as Generated), "Battery % (end of day)" (BIGINT, the battery's charge at midnight,
 *   10-56, never below its 10% reserve (349 days at 10); missing before 12 May 2023 (no battery
 *   yet) and on the offline days after, 426 days in all), Weather ('cloudy' 366 | 'sunny' 360 |
 *   'rain' 278 | 'snow' 13; noted every day, offline days too), "Export Rate (p/kWh)" (DOUBLE,
 *   the export tariff: 5.5 to 30 June 2023 (467 days), 15 from 1 July 2023 (458), 12 from 1
 *   October 2024 (92); filled on the offline days), "Export Payment (p)" (DOUBLE, pence,
 *   exported_kwh times the rate, 0-256.5; 39,371.8p in all: 10,893.4 in 2022, 12,795 in 2023,
 *   15,683.4 in 2024; missing as Generated), notes (25 notes, missing on 992 days: 'snow on
 *   panels' 8 | 'panels cleaned' 3 (18 June 2022, 9 September 2023, 20 April 2024) | 10 starting
 *   'inverter offline - ' (the offline days) | 'panels switched on' | 'battery installed' |
 *   'switched to fixed export tariff' | 'export rate dropped to 12p'). No household use, import
 *   prices or bills, what the panels cost, temperatures or hours of sunshine.
 * - tool_library_loans.csv (1,432 rows, the Tinkers Yard Tool Library, run by volunteers: its
 *   loans from 7 January 2023 to 21 December 2024, one row per tool lent (582 in 2023, 850 in
 *   2024); open on Saturday mornings, and on Wednesday evenings too from 5 June 2024; closed from
 *   Christmas Eve to New Year; garden tools in spring and summer, decorating in winter, kitchen
 *   things at Christmas and for jam making; a loan is due back a week later (two weeks over
 *   Christmas, 11 loans); a late fee by the day late, 50p a day, £1 a day for loans from 1 April
 *   2024, at most £10; the log exported on 31 December 2024): loan_id (BIGINT, 1001-2432, unique,
 *   in date order), "Member No" (VARCHAR, four digits with the leading zeros kept,
 *   '0001'-'0219', one per member; 189 members borrowed, 111 in 2023 and 179 in 2024),
 *   memberName (189 names, one per Member No; six with an apostrophe: "Siobhan O'Connor" ('0005',
 *   38 loans), "Derek O'Brien" ('0024', 15), "Arthur D'Arcy" ('0026', 12), "Keith D'Arcy"
 *   ('0012', 7), "Bethan O'Connor" 6, "Hilary O'Connor" 3; 'Andrew Cooper' 47 loans the most;
 *   'Rhys Green' ('0014', 40) the only Rhys, three Siobhans), Tool (33 tools: 'Cordless Drill'
 *   125 the most, 'Pressure Washer' 92, 'Step Ladder' 88; 'Extension Ladder' 42), Category
 *   ('Garden' 449 | 'Power Tools' 407 | 'Decorating' 293 | 'Kitchen' 142 | 'Hand Tools' 141),
 *   "Date Out" (DATE, 131 session days; 189 loans on Wednesdays), due_date (DATE, a week after
 *   Date Out, or the next session), "Date Returned" (DATE, on a session day; missing on the 23
 *   tools not back: 15 lent from 14 December 2024, 8 overdue since 2023 or 2024), "Late Fee (£)"
 *   (DOUBLE, 3-10, £10 on 68 loans; £1,506 in all, £582.50 on loans of 2023 and £923.50 on loans
 *   of 2024; on the 241 loans returned after due_date; missing on those back on time and those
 *   not back), "Condition on Return" ('Good' 1,236 | 'Needs cleaning' 90 | 'Parts missing' 42 |
 *   'Damaged' 41; missing on the 23 not back), "Deposit (£)" (DOUBLE, the tool's refundable
 *   deposit, 5-35), "Checked Out By" (6 volunteers: 'Sue Whitfield' 397 | "Bernie O'Rourke" 326 |
 *   'Martin Okoye' 238 | 'Hannah Price' 233 (from September 2023) | 'Josh Tremlett' 150 (from
 *   June 2024, mostly on Wednesdays) | 'Geoff Lammas' 88 (to February 2024)). No membership
 *   fees, members' ages or addresses, what the tools cost, repairs or donations.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AO_TABLE_SOURCES: TableSource[] = [
	{
		name: 'campsite_stays',
		humanName: 'Campsite stays',
		repoDir: 'tests/nl/data/set-ao',
		file: 'campsite_stays.csv',
		format: 'csv'
	},
	{
		name: 'solar_generation',
		humanName: 'Solar generation',
		repoDir: 'tests/nl/data/set-ao',
		file: 'solar_generation.csv',
		format: 'csv'
	},
	{
		name: 'tool_library_loans',
		humanName: 'Tool library loans',
		repoDir: 'tests/nl/data/set-ao',
		file: 'tool_library_loans.csv',
		format: 'csv'
	}
];

export const SET_AO_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ao-campsite_stays-01',
		question: 'how many bookings did we get in 2024',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE YEAR("Arrival Date") = 2024`,
		note: 'Rows (bookings) with Arrival Date in 2024: 891, the 50 cancelled among them (841 without, another reading).'
	},
	{
		id: 'ao-campsite_stays-02',
		question: 'total takings for 2023',
		tables: ['campsite_stays'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Total (£)") FROM campsite_stays WHERE YEAR("Arrival Date") = 2023`,
		note: 'Total (£) summed over Arrival Date in 2023: £93,381 (cancelled stays have no total, refunded).'
	},
	{
		id: 'ao-campsite_stays-03',
		question: 'average length of stay',
		tables: ['campsite_stays'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG(nights) FROM campsite_stays WHERE NOT Cancelled',
		note: 'nights averaged over the 1,605 stays not cancelled: 3.24 nights. Over every booking, cancelled too, it is 3.26, another reading.'
	},
	{
		id: 'ao-campsite_stays-04',
		question: 'how many pod bookings were cancelled',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE "Pitch Type" = 'Glamping Pod' AND Cancelled`,
		note: "A pod is Pitch Type 'Glamping Pod'; with Cancelled = Yes: 11 (of 188 pod bookings)."
	},
	{
		id: 'ao-campsite_stays-05',
		question: 'which booking source brings in the most money',
		tables: ['campsite_stays'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT bookingSource FROM campsite_stays GROUP BY bookingSource ORDER BY SUM("Total (£)") DESC LIMIT 1`,
		note: 'Total (£) summed per bookingSource, the most: Website (£98,259; Pitchup £50,612, Phone £38,269, Walk-in £21,750).'
	},
	{
		id: 'ao-campsite_stays-06',
		question: 'what percentage of our bookings come through pitchup',
		tables: ['campsite_stays'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE bookingSource = 'Pitchup') * 1.0 / COUNT(*) FROM campsite_stays`,
		isShare: true,
		note: "Share of rows with bookingSource 'Pitchup': 431 of 1,716 (25.1%). Of the stays not cancelled (389 of 1,605, 24.2%) is another reading."
	},
	{
		id: 'ao-campsite_stays-07',
		question: 'arrivals per month in 2024, not counting cancellations',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Arrival Date") AS m, COUNT(*) FROM campsite_stays WHERE NOT Cancelled AND YEAR("Arrival Date") = 2024 GROUP BY m`,
		note: 'Cancelled = No per calendar month of Arrival Date in 2024 (11 rows, no January: August 187 the most, July 150, June 122, May 117; February 2 the fewest, pods only).'
	},
	{
		id: 'ao-campsite_stays-08',
		question: 'how many dogs came to stay in 2023',
		tables: ['campsite_stays'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(dogs) FROM campsite_stays WHERE NOT Cancelled AND YEAR("Arrival Date") = 2023`,
		note: 'dogs summed over the stays of 2023 not cancelled: 309 (in 260 stays; a dog coming back is counted again). With the cancelled bookings it is 328, another reading.'
	},
	{
		id: 'ao-campsite_stays-09',
		question: 'median cost of a tent stay',
		tables: ['campsite_stays'],
		tags: ['median', 'filter-eq', 'synonym'],
		sql: `SELECT MEDIAN("Total (£)") FROM campsite_stays WHERE "Pitch Type" = 'Tent'`,
		note: "Pitch Type 'Tent'; Total (£) median over its 736 stays not cancelled (cancelled ones have no total): £84."
	},
	{
		id: 'ao-campsite_stays-10',
		question: 'how much more did we take in 2024 than in 2023',
		tables: ['campsite_stays'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM("Total (£)") FILTER (WHERE YEAR("Arrival Date") = 2024) - SUM("Total (£)") FILTER (WHERE YEAR("Arrival Date") = 2023) FROM campsite_stays`,
		note: 'Total (£) over Arrival Date in 2024 less that in 2023: £115,509 - £93,381 = £22,128. The two totals side by side is another reading.'
	},
	{
		id: 'ao-campsite_stays-11',
		question: "how many times have the o'briens stayed with us",
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE guest_surname = 'O''Brien' AND NOT Cancelled`,
		note: `The o'briens are guest_surname "O'Brien" (plural); stays not cancelled: 26 (27 bookings, 1 cancelled, another reading).`
	},
	{
		id: 'ao-campsite_stays-12',
		question: 'walk-ins by pitch type',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-eq', 'group-by'],
		sql: `SELECT "Pitch Type", COUNT(*) FROM campsite_stays WHERE bookingSource = 'Walk-in' GROUP BY "Pitch Type"`,
		note: "bookingSource 'Walk-in' per Pitch Type (2 rows: Tent 129, Campervan 57; walk-ins never have a caravan pitch or a pod). Rows for Caravan and Glamping Pod with 0 is another reading."
	},
	{
		id: 'ao-campsite_stays-13',
		question: 'top 5 pitches by nights booked',
		tables: ['campsite_stays'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT "Pitch No", SUM(nights) AS n FROM campsite_stays WHERE "Pitch No" IS NOT NULL GROUP BY "Pitch No" ORDER BY n DESC LIMIT 5',
		isOrdered: true,
		note: "nights summed per Pitch No (cancelled stays have none), most first: '15' 175, '05' 171, '11' 169, '07' 167, '01' 159, all tent pitches (sixth '38', a pod, 154). The pitches with their nights; the numbers alone is another reading."
	},
	{
		id: 'ao-campsite_stays-14',
		question: 'how often was pitch 7 booked',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE "Pitch No" = '07'`,
		note: "Pitch 7 is Pitch No '07' (text with the leading zero; a tent pitch): 51 stays (none cancelled, a cancelled stay has no pitch)."
	},
	{
		id: 'ao-campsite_stays-15',
		question: 'average price per night for a campervan in 2024',
		tables: ['campsite_stays'],
		tags: ['metric', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("Total (£)") / SUM(nights) FROM campsite_stays WHERE "Pitch Type" = 'Campervan' AND NOT Cancelled AND YEAR("Arrival Date") = 2024`,
		note: "Pitch Type 'Campervan', Arrival Date in 2024, not cancelled: Total (£) summed over nights summed, £40.51 a night (£37.83 in 2023). The mean of each stay's Total (£) / nights (£39.39) is another reading."
	},
	{
		id: 'ao-campsite_stays-16',
		question: 'how many bookings with children since april 2024',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-numeric', 'time-since'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE children > 0 AND "Arrival Date" >= DATE '2024-04-01'`,
		note: 'children above 0 with Arrival Date from 1 April 2024: 514 bookings (27 of them cancelled; 487 without, another reading).'
	},
	{
		id: 'ao-campsite_stays-17',
		question: 'how many kids stayed with us in august 2023',
		tables: ['campsite_stays'],
		tags: ['sum', 'filter-eq', 'time-range', 'synonym'],
		sql: `SELECT SUM(children) FROM campsite_stays WHERE NOT Cancelled AND "Arrival Date" >= DATE '2023-08-01' AND "Arrival Date" < DATE '2023-09-01'`,
		note: 'children summed over the stays not cancelled arriving in August 2023: 198 (211 with the cancelled bookings, another reading). Stays with children (a count of rows) is another reading too.'
	},
	{
		id: 'ao-campsite_stays-18',
		question: 'how many bookings were not made on the website',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE bookingSource <> 'Website'`,
		note: "bookingSource other than 'Website': 925 (Pitchup 431, Phone 308, Walk-in 186)."
	},
	{
		id: 'ao-campsite_stays-19',
		question: 'how many stays were a week or more',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM campsite_stays WHERE nights >= 7 AND NOT Cancelled',
		note: 'nights 7 or more, stays not cancelled: 180 (168 of exactly 7 nights). With the cancelled bookings it is 198, another reading; more than 7 nights is 12.'
	},
	{
		id: 'ao-campsite_stays-20',
		question: 'cancellation rate for each booking source',
		tables: ['campsite_stays'],
		tags: ['share', 'group-by', 'filter-eq'],
		sql: 'SELECT bookingSource, COUNT(*) FILTER (WHERE Cancelled) * 1.0 / COUNT(*) FROM campsite_stays GROUP BY bookingSource',
		isShare: true,
		note: 'Share of rows with Cancelled = Yes per bookingSource (4 rows: Pitchup 9.7% (42 of 431), Website 7.1% (56 of 791), Phone 4.2% (13 of 308), Walk-in 0 of 186).'
	},
	{
		id: 'ao-campsite_stays-21',
		question: 'how many different surnames have booked with us',
		tables: ['campsite_stays'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT guest_surname) FROM campsite_stays',
		note: 'Distinct guest_surname: 56 (the same over the stays not cancelled).'
	},
	{
		id: 'ao-campsite_stays-22',
		question: "what's the biggest party we've had in one booking",
		tables: ['campsite_stays'],
		tags: ['max', 'metric', 'synonym'],
		sql: 'SELECT MAX(adults + children) FROM campsite_stays',
		note: 'A party is adults plus children; the most: 7 (3 adults and 4 children, three times in 2023: HB23-0102, HB23-0558, HB23-0569). The bookings (rows) is another reading.'
	},
	{
		id: 'ao-campsite_stays-23',
		question: 'takings by pitch type and year',
		tables: ['campsite_stays'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: `SELECT "Pitch Type", YEAR("Arrival Date") AS y, SUM("Total (£)") FROM campsite_stays GROUP BY "Pitch Type", y`,
		note: 'Total (£) summed per Pitch Type and year of Arrival Date (8 rows: Tent £32,991 and £44,373, Caravan £23,551 and £25,598, Campervan £18,044 and £23,053, Glamping Pod £18,795 and £22,485 in 2023 and 2024).'
	},
	{
		id: 'ao-campsite_stays-24',
		question: "show the d'arcy bookings from 2024",
		tables: ['campsite_stays'],
		tags: ['rows-mode', 'filter-eq', 'time-year', 'quoting'],
		sql: `SELECT * FROM campsite_stays WHERE guest_surname = 'D''Arcy' AND YEAR("Arrival Date") = 2024`,
		note: `guest_surname "D'Arcy" with Arrival Date in 2024: 13 rows (HB24-0228 on 4 June to HB24-0871 on 25 October; 8 tents, 2 campervans, 2 pods, 1 caravan; none cancelled). Any set of columns that holds the rows is another reading.`
	},
	{
		id: 'ao-campsite_stays-25',
		question: 'tent bookins in july 2024',
		tables: ['campsite_stays'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM campsite_stays WHERE "Pitch Type" = 'Tent' AND "Arrival Date" >= DATE '2024-07-01' AND "Arrival Date" < DATE '2024-08-01'`,
		note: "Bookings (typo) with Pitch Type 'Tent' and Arrival Date in July 2024: 87 (6 cancelled; 81 without, another reading)."
	},
	{
		id: 'ao-solar_generation-01',
		question: 'how much did the panels generate in 2023',
		tables: ['solar_generation'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Generated (kWh)") FROM solar_generation WHERE YEAR("Date") = 2023`,
		note: 'Generated (kWh) summed over Date in 2023: 3,137.5 kWh (3 offline days have no reading).'
	},
	{
		id: 'ao-solar_generation-02',
		question: "what's the most we've ever generated in a day",
		tables: ['solar_generation'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Generated (kWh)") FROM solar_generation',
		note: 'The highest Generated (kWh): 26.3 kWh (28 June 2022). The amount; the day is another reading.'
	},
	{
		id: 'ao-solar_generation-03',
		question: 'how many days was the inverter offline',
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM solar_generation WHERE "Generated (kWh)" IS NULL',
		note: "Days with no readings (Generated (kWh) empty; every reading is): 10, the same as notes starting 'inverter offline'."
	},
	{
		id: 'ao-solar_generation-04',
		question: 'average daily generation in june 2024',
		tables: ['solar_generation'],
		tags: ['avg', 'time-range'],
		sql: `SELECT AVG("Generated (kWh)") FROM solar_generation WHERE "Date" >= DATE '2024-06-01' AND "Date" < DATE '2024-07-01'`,
		note: 'Generated (kWh) averaged over June 2024: 15.67 kWh over the 29 days read (3 June offline). Dividing the month by 30 days (15.15) is another reading.'
	},
	{
		id: 'ao-solar_generation-05',
		question: 'kwh generated each month in 2024',
		tables: ['solar_generation'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM("Generated (kWh)") FROM solar_generation WHERE YEAR("Date") = 2024 GROUP BY m`,
		note: 'Generated (kWh) summed per calendar month of Date in 2024 (12 rows: July 508.4 the most, June 454.4, May 390.7; December 47.2 the fewest, January 58.9).'
	},
	{
		id: 'ao-solar_generation-06',
		question: 'how many pounds did we get for exports in 2024',
		tables: ['solar_generation'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM("Export Payment (p)") / 100 FROM solar_generation WHERE YEAR("Date") = 2024`,
		note: 'Export Payment (p) summed over Date in 2024 (15,683.4p), in pounds: £156.83.'
	},
	{
		id: 'ao-solar_generation-07',
		question: 'how many snowy days have we had',
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM solar_generation WHERE Weather = 'snow'`,
		note: "Snowy is Weather 'snow': 13 days (6 in December 2022, 2 in March 2023, 2 in January 2024, 3 in November 2024). Notes 'snow on panels' (8) is another reading."
	},
	{
		id: 'ao-solar_generation-08',
		question: 'average generation on sunny days compared with cloudy days',
		tables: ['solar_generation'],
		tags: ['avg', 'group-by', 'filter-list'],
		sql: `SELECT Weather, AVG("Generated (kWh)") FROM solar_generation WHERE Weather IN ('sunny', 'cloudy') GROUP BY Weather`,
		note: "Generated (kWh) averaged per Weather 'sunny' and 'cloudy' (2 rows: sunny 16.40 kWh, cloudy 6.32). With rain and snow too (2.80 and 0.37) is another reading."
	},
	{
		id: 'ao-solar_generation-09',
		question: 'what proportion of the electricity we generated in 2024 did we export',
		tables: ['solar_generation'],
		tags: ['share', 'metric', 'time-year'],
		sql: `SELECT SUM(exported_kwh) / SUM("Generated (kWh)") FROM solar_generation WHERE YEAR("Date") = 2024`,
		isShare: true,
		note: 'exported_kwh summed over Generated (kWh) summed, Date in 2024: 1,047.1 of 3,010.6 kWh (34.8%).'
	},
	{
		id: 'ao-solar_generation-10',
		question: 'median battery % at the end of the day in june 2024',
		tables: ['solar_generation'],
		tags: ['median', 'time-range', 'quoting'],
		sql: `SELECT MEDIAN("Battery % (end of day)") FROM solar_generation WHERE "Date" >= DATE '2024-06-01' AND "Date" < DATE '2024-07-01'`,
		note: 'Battery % (end of day) median over the 29 days of June 2024 read (3 June offline): 31 (mean 29.8).'
	},
	{
		id: 'ao-solar_generation-11',
		question: 'on how many days did the battery finish above 50%',
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM solar_generation WHERE "Battery % (end of day)" > 50',
		note: 'Battery % (end of day) above 50: 12 days (15 at 50 or more; the most 56).'
	},
	{
		id: 'ao-solar_generation-12',
		question: 'how much electricity did we import from the grid in december 2023',
		tables: ['solar_generation'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM(gridImport) FROM solar_generation WHERE "Date" >= DATE '2023-12-01' AND "Date" < DATE '2024-01-01'`,
		note: 'gridImport (kWh from the grid) summed over December 2023: 364.4 kWh.'
	},
	{
		id: 'ao-solar_generation-13',
		question: 'days we generated less than 1 kwh',
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM solar_generation WHERE "Generated (kWh)" < 1',
		note: 'Generated (kWh) below 1: 71 days (77 at 1 or less; the offline days have no reading and are left out). The count; the days listed is another reading.'
	},
	{
		id: 'ao-solar_generation-14',
		question: 'when did we start getting 15p for exports',
		tables: ['solar_generation'],
		tags: ['min', 'filter-numeric', 'synonym'],
		sql: 'SELECT MIN("Date") FROM solar_generation WHERE "Export Rate (p/kWh)" = 15',
		note: "The first Date with Export Rate (p/kWh) 15: 1 July 2023 (notes 'switched to fixed export tariff'; 5.5p before)."
	},
	{
		id: 'ao-solar_generation-15',
		question: 'which month in 2023 did the panels produce the most',
		tables: ['solar_generation'],
		tags: ['sum', 'time-grain', 'time-year', 'top-n', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m FROM solar_generation WHERE YEAR("Date") = 2023 GROUP BY m ORDER BY SUM("Generated (kWh)") DESC LIMIT 1`,
		note: 'Generated (kWh) summed per calendar month of Date in 2023, the most: May 2023 (503.7 kWh; July 480.8, June 459.7).'
	},
	{
		id: 'ao-solar_generation-16',
		question: 'how many rainy days were there in 2024',
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM solar_generation WHERE Weather = 'rain' AND YEAR("Date") = 2024`,
		note: "Rainy is Weather 'rain'; Date in 2024: 112 days (102 in 2023)."
	},
	{
		id: 'ao-solar_generation-17',
		question: 'how much more did we export than import in july 2024',
		tables: ['solar_generation'],
		tags: ['sum', 'metric', 'time-range'],
		sql: `SELECT SUM(exported_kwh) - SUM(gridImport) FROM solar_generation WHERE "Date" >= DATE '2024-07-01' AND "Date" < DATE '2024-08-01'`,
		note: 'exported_kwh summed less gridImport summed over July 2024: 280.2 - 35.3 = 244.9 kWh. The two sums side by side is another reading.'
	},
	{
		id: 'ao-solar_generation-18',
		question: 'export earnings per year',
		tables: ['solar_generation'],
		tags: ['sum', 'group-by', 'time-grain'],
		sql: `SELECT YEAR("Date") AS y, SUM("Export Payment (p)") FROM solar_generation GROUP BY y`,
		note: 'Export Payment (p) summed per year of Date, in pence as recorded (3 rows: 2022 10,893.4p (from 21 March), 2023 12,795p, 2024 15,683.4p). In pounds (£108.93, £127.95, £156.83) is another reading.'
	},
	{
		id: 'ao-solar_generation-19',
		question: 'total export payment since the tariff went up in july 2023',
		tables: ['solar_generation'],
		tags: ['sum', 'time-since'],
		sql: `SELECT SUM("Export Payment (p)") FROM solar_generation WHERE "Date" >= DATE '2023-07-01'`,
		note: 'Export Payment (p) summed from 1 July 2023 (15p a kWh, then 12p from 1 October 2024) to the end of the log, in pence as recorded: 22,932.9p (£229.33, another reading). Only the 15p days (22,840.5p) is another reading.'
	},
	{
		id: 'ao-solar_generation-20',
		question: 'average battery charge at the end of the day for each month of 2024',
		tables: ['solar_generation'],
		tags: ['avg', 'time-grain', 'time-year', 'quoting'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, AVG("Battery % (end of day)") FROM solar_generation WHERE YEAR("Date") = 2024 GROUP BY m`,
		note: 'Battery % (end of day) averaged per calendar month of Date in 2024 (12 rows: July 30.7 the most, June 29.8, May 25.1; 10 in January, February, November and December, the reserve).'
	},
	{
		id: 'ao-solar_generation-21',
		question: 'how many days in 2024 did we import more from the grid than the panels made',
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-numeric', 'metric', 'time-year'],
		sql: 'SELECT COUNT(*) FROM solar_generation WHERE gridImport > "Generated (kWh)" AND YEAR("Date") = 2024',
		note: 'gridImport above Generated (kWh) on the same row, Date in 2024: 165 days (the 6 offline days have neither and are left out).'
	},
	{
		id: 'ao-solar_generation-22',
		question: "how many days in july 2024 weren't sunny",
		tables: ['solar_generation'],
		tags: ['aggregate-count', 'filter-negation', 'time-range'],
		sql: `SELECT COUNT(*) FROM solar_generation WHERE Weather <> 'sunny' AND "Date" >= DATE '2024-07-01' AND "Date" < DATE '2024-08-01'`,
		note: "Weather other than 'sunny' in July 2024: 13 days (7 rain, 6 cloudy; 18 sunny)."
	},
	{
		id: 'ao-solar_generation-23',
		question: 'when did we clean the panels',
		tables: ['solar_generation'],
		tags: ['rows-mode', 'filter-contains'],
		sql: `SELECT "Date" FROM solar_generation WHERE notes LIKE '%cleaned%'`,
		note: "notes 'panels cleaned': 3 rows of Date (18 June 2022, 9 September 2023, 20 April 2024). With the other columns too is another reading."
	},
	{
		id: 'ao-solar_generation-24',
		question: 'which day in 2024 did we generate the most',
		tables: ['solar_generation'],
		tags: ['top-n', 'time-year'],
		sql: `SELECT "Date" FROM solar_generation WHERE YEAR("Date") = 2024 ORDER BY "Generated (kWh)" DESC NULLS LAST LIMIT 1`,
		note: 'The Date of 2024 with the highest Generated (kWh): 17 July 2024 (25.4 kWh, sunny; 30 June 25.3). The day with its amount is another reading.'
	},
	{
		id: 'ao-solar_generation-25',
		question: 'avrage generation per day in 2022',
		tables: ['solar_generation'],
		tags: ['avg', 'time-year', 'fuzzy'],
		sql: 'SELECT AVG("Generated (kWh)") FROM solar_generation WHERE YEAR("Date") = 2022',
		note: 'Average (typo) Generated (kWh) over the days of 2022 read (285, from 21 March; 2 November offline): 9.81 kWh.'
	},
	{
		id: 'ao-tool_library_loans-01',
		question: 'how many tools did we lend out in 2024',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE YEAR("Date Out") = 2024`,
		note: 'Rows (loans) with Date Out in 2024: 850 (582 in 2023). Distinct tools lent (33) is another reading.'
	},
	{
		id: 'ao-tool_library_loans-02',
		question: 'most borrowed tool',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Tool FROM tool_library_loans GROUP BY Tool ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Tool, the most: Cordless Drill (125; Pressure Washer 92, Step Ladder 88).'
	},
	{
		id: 'ao-tool_library_loans-03',
		question: 'how many tools are still out',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE "Date Returned" IS NULL`,
		note: 'Date Returned empty (not back when the log was exported): 23 (15 lent from 14 December 2024, 8 overdue from earlier).'
	},
	{
		id: 'ao-tool_library_loans-04',
		question: 'late fees on tools borrowed in 2024',
		tables: ['tool_library_loans'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Late Fee (£)") FROM tool_library_loans WHERE YEAR("Date Out") = 2024`,
		note: 'Late Fee (£) summed over Date Out in 2024: £923.50 (145 loans). By the date returned in 2024 (£963.50) is another reading.'
	},
	{
		id: 'ao-tool_library_loans-05',
		question: 'how many loans came back after the due date',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE "Date Returned" > due_date`,
		note: 'Date Returned later than due_date: 241 (the same as a Late Fee (£) given; 1,068 on the day, 100 early). Tools not back, some overdue, have no return date and are left out.'
	},
	{
		id: 'ao-tool_library_loans-06',
		question: 'average late fee',
		tables: ['tool_library_loans'],
		tags: ['avg'],
		sql: 'SELECT AVG("Late Fee (£)") FROM tool_library_loans',
		note: 'Late Fee (£) averaged over the 241 late returns that paid one: £6.25 (median £7). Over every returned loan, no fee as 0 (£1.07), is another reading.'
	},
	{
		id: 'ao-tool_library_loans-07',
		question: 'loans per category',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Category, COUNT(*) FROM tool_library_loans GROUP BY Category',
		note: 'Rows per Category (5 rows: Garden 449, Power Tools 407, Decorating 293, Kitchen 142, Hand Tools 141).'
	},
	{
		id: 'ao-tool_library_loans-08',
		question: 'what percentage of returned tools came back damaged',
		tables: ['tool_library_loans'],
		tags: ['share', 'filter-eq', 'filter-missing'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Condition on Return" = 'Damaged') * 1.0 / COUNT("Date Returned") FROM tool_library_loans`,
		isShare: true,
		note: "Condition on Return 'Damaged' over the loans returned (Date Returned not empty): 41 of 1,409 (2.91%). Over every loan (2.86%) is another reading; with 'Parts missing' too (5.9%) another."
	},
	{
		id: 'ao-tool_library_loans-09',
		question: 'how many different members borrowed something in 2024',
		tables: ['tool_library_loans'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Member No") FROM tool_library_loans WHERE YEAR("Date Out") = 2024`,
		note: 'Distinct Member No (or memberName, one per member) with Date Out in 2024: 179 (111 in 2023).'
	},
	{
		id: 'ao-tool_library_loans-10',
		question: 'how many times has rhys borrowed something',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE memberName = 'Rhys Green'`,
		note: "Rhys is memberName 'Rhys Green' (Member No '0014', the only Rhys): 40 loans."
	},
	{
		id: 'ao-tool_library_loans-11',
		question: 'loans per month in 2023',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Out") AS m, COUNT(*) FROM tool_library_loans WHERE YEAR("Date Out") = 2023 GROUP BY m`,
		note: 'Rows per calendar month of Date Out in 2023 (12 rows: September 63 the most, July 62, June 61; January 32 the fewest).'
	},
	{
		id: 'ao-tool_library_loans-12',
		question: 'garden tools borrowed in may 2024',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE Category = 'Garden' AND "Date Out" >= DATE '2024-05-01' AND "Date Out" < DATE '2024-06-01'`,
		note: "Category 'Garden' with Date Out in May 2024: 24 loans (Pressure Washer 9, Strimmer 6, Lawn Mower 4, Wheelbarrow 3, Hedge Trimmer 1, Leaf Blower 1). The count; the loans listed or a count per tool is another reading."
	},
	{
		id: 'ao-tool_library_loans-13',
		question: 'which volunteer has checked out the most loans',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Checked Out By" FROM tool_library_loans GROUP BY "Checked Out By" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Checked Out By, the most: Sue Whitfield (397; Bernie O'Rourke 326)."
	},
	{
		id: 'ao-tool_library_loans-14',
		question: 'how many loans did bernie check out in 2023',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE "Checked Out By" = 'Bernie O''Rourke' AND YEAR("Date Out") = 2023`,
		note: `Bernie is Checked Out By "Bernie O'Rourke" (the only Bernie); Date Out in 2023: 160 (326 in all).`
	},
	{
		id: 'ao-tool_library_loans-15',
		question: 'how many loans has member 0024 had',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE "Member No" = '0024'`,
		note: `Member No '0024' (text with the leading zeros; Derek O'Brien): 15 loans.`
	},
	{
		id: 'ao-tool_library_loans-16',
		question: 'top 3 borrowers',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT memberName, COUNT(*) AS n FROM tool_library_loans GROUP BY memberName ORDER BY n DESC LIMIT 3',
		isOrdered: true,
		note: 'Rows per memberName (one per Member No), most first: Andrew Cooper 47, Charlie Smith 45, Henry Mitchell 41 (fourth Janet Murphy and Rhys Green 40). The members with their counts; the names alone, or Member No instead, is another reading.'
	},
	{
		id: 'ao-tool_library_loans-17',
		question: 'total deposits on tools that are still out',
		tables: ['tool_library_loans'],
		tags: ['sum', 'filter-missing'],
		sql: `SELECT SUM("Deposit (£)") FROM tool_library_loans WHERE "Date Returned" IS NULL`,
		note: 'Deposit (£) summed over the 23 loans with Date Returned empty: £440.'
	},
	{
		id: 'ao-tool_library_loans-18',
		question: 'how many kitchen things were borrowed in december 2024',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'synonym'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE Category = 'Kitchen' AND "Date Out" >= DATE '2024-12-01' AND "Date Out" < DATE '2025-01-01'`,
		note: "Category 'Kitchen' with Date Out in December 2024: 7 loans (of 50 that month)."
	},
	{
		id: 'ao-tool_library_loans-19',
		question: 'loans that were not garden or power tools',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE Category NOT IN ('Garden', 'Power Tools')`,
		note: "Category other than 'Garden' and 'Power Tools': 576 (Decorating 293, Kitchen 142, Hand Tools 141). The count; the loans listed is another reading."
	},
	{
		id: 'ao-tool_library_loans-20',
		question: 'how many loans went out on wednesdays',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE DAYNAME("Date Out") = 'Wednesday'`,
		note: 'Date Out a Wednesday (the evening sessions, from 5 June 2024): 189 (1,243 on Saturdays).'
	},
	{
		id: 'ao-tool_library_loans-21',
		question: 'on average how many days do people keep a tool',
		tables: ['tool_library_loans'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG("Date Returned" - "Date Out") FROM tool_library_loans`,
		note: 'Days from Date Out to Date Returned, averaged over the 1,409 tools brought back: 8.78 days (median 7; the 23 not back left out).'
	},
	{
		id: 'ao-tool_library_loans-22',
		question: 'how many times have ladders been borrowed',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-contains', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE Tool LIKE '%Ladder%'`,
		note: "Ladders are Tool 'Step Ladder' (88) and 'Extension Ladder' (42): 130 loans."
	},
	{
		id: 'ao-tool_library_loans-23',
		question: 'late returns by category and year',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'multi-group', 'time-grain', 'filter-numeric'],
		sql: `SELECT Category, YEAR("Date Out") AS y, COUNT(*) FROM tool_library_loans WHERE "Date Returned" > due_date GROUP BY Category, y`,
		note: 'Date Returned later than due_date (or a Late Fee (£) given, the same rows) per Category and year of Date Out (10 rows: Power Tools 36 and 42, Garden 24 and 46, Decorating 16 and 30, Kitchen 10 and 15, Hand Tools 10 and 12 in 2023 and 2024). By the year returned is another reading.'
	},
	{
		id: 'ao-tool_library_loans-24',
		question: 'how many garden tools came back dirty',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE Category = 'Garden' AND "Condition on Return" = 'Needs cleaning'`,
		note: "Dirty is Condition on Return 'Needs cleaning'; Category 'Garden': 54 (of 90 needing cleaning)."
	},
	{
		id: 'ao-tool_library_loans-25',
		question: 'how many pressure washr loans since september 2023',
		tables: ['tool_library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tool_library_loans WHERE Tool = 'Pressure Washer' AND "Date Out" >= DATE '2023-09-01'`,
		note: "Tool 'Pressure Washer' (typo) with Date Out from 1 September 2023: 64 (92 in all)."
	},
	{
		id: 'ao-refuse-01',
		question: 'what score do guests give us in their reviews on average',
		tables: ['campsite_stays'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviews or ratings are recorded; only the booking, the party, the pitch and the price.'
	},
	{
		id: 'ao-refuse-02',
		question: 'what time of day do most guests arrive',
		tables: ['campsite_stays'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Arrival Date is a date with no time; no check-in times are logged.'
	},
	{
		id: 'ao-refuse-03',
		question: 'which towns do our guests travel from',
		tables: ['campsite_stays'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No addresses, towns or postcodes of the guests; only their surname.'
	},
	{
		id: 'ao-refuse-04',
		question: 'how much did the solar panels cost to put in',
		tables: ['solar_generation'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No installation or battery costs; the only money is Export Payment (p), what exports earned.'
	},
	{
		id: 'ao-refuse-05',
		question: 'how much did we pay for the electricity we bought from the grid in 2024',
		tables: ['solar_generation'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'gridImport holds the kWh bought, but no import price, tariff or bill is recorded (Export Rate (p/kWh) is what exports are paid).'
	},
	{
		id: 'ao-refuse-06',
		question: 'what was the hottest day of 2024',
		tables: ['solar_generation'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No temperatures; Weather holds only sunny, cloudy, rain or snow.'
	},
	{
		id: 'ao-refuse-07',
		question: 'how much have members paid in membership fees',
		tables: ['tool_library_loans'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No membership fees are recorded; the only money is the late fee and the refundable deposit of a loan.'
	},
	{
		id: 'ao-refuse-08',
		question: 'how old are our members on average',
		tables: ['tool_library_loans'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of the members; only their number and name.'
	},
	{
		id: 'ao-refuse-09',
		question: 'how much did we pay for the mitre saw',
		tables: ['tool_library_loans'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'What the tools cost to buy is not recorded; Deposit (£) is the refundable deposit a borrower leaves (£35 for the Mitre Saw), not its price.'
	}
];
