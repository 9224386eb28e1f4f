import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AF: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-af/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - piano_tuning_visits.csv (1,590 rows, a self-employed piano tuner working from Kingsford: his
 *   visit log for 4 January 2022 to 20 December 2024, one row per piano booked for a visit (a
 *   school's visit to three pianos is three rows of the same date and client); Monday to Friday
 *   and now and then a Saturday (28 rows), off two weeks in August (55 rows, the fewest) and from
 *   22 December; homes busiest in the autumn (November 190 rows, October 160), schools done in
 *   the school holidays, churches before Easter and before Christmas; the tuning price went up
 *   each January (£70 an upright in 2022, £75 in 2023, £80 in 2024; £15 more for a grand or baby
 *   grand; £30 more for a pitch raise); from 1 September 2023 a £10 travel surcharge on trips to
 *   towns over 20 miles away (Brampton Magna, Wickham Down); from 1 March 2024 a £30 fee for a
 *   late cancellation, before that a cancelled visit was charged nothing): job_no (BIGINT,
 *   4001-5590, unique, in date order), "Visit Date" (DATE, 648 days; 509 rows in 2022, 527 in
 *   2023, 554 in 2024), "Client No" (VARCHAR, four digits with the leading zeros kept,
 *   '0001'-'0611', one per client; '0001'-'0015' the schools, churches and halls), Client (611
 *   names, one per Client No; 34 with an apostrophe such as "St Anne's C of E Primary" (2
 *   pianos) or "Colin O'Brien"; Elmbridge Academy 24 rows (4 pianos) the most, of homes 7 the
 *   most), clientType ('Home' 1,449 rows (596 clients) | 'School' 90 (6) | 'Church' 42 (6) |
 *   'Village Hall' 9 (3)), Town (9: 'Kingsford' 380 (home, 2 miles) | 'Little Haddon' 252 |
 *   'Elmbridge' 198 | 'Oakley Green' 179 | 'Marston St Giles' 143 | 'Castle Ferrers' 136 |
 *   "Bishop's Hollow" 118 | 'Brampton Magna' 105 | 'Wickham Down' 79 (28 miles)), Make (13:
 *   'Yamaha' 322, 'Kawai' 212, 'Chappell' 198, 'Kemble' 179, … 'Steinway' 59, 'Petrof' 32),
 *   "Piano Type" ('Upright' 1,381 | 'Baby Grand' 107 | 'Grand' 102), "Job Type" ('Tuning' 1,231 |
 *   'Tuning & Repair' 223 | 'Repair' 84 | 'Inspection' 52 (a look over a piano before buying,
 *   £50/55/60); what was booked, also on a cancelled visit), "Pitch Raise" (BOOLEAN, from Yes/No;
 *   205 Yes, mostly pianos not tuned for two years or more), "Fee (£)" (DOUBLE, what was charged,
 *   30-230; £139,990 in all; 44 missing: the cancelled visits before 1 March 2024; 21 of £30,
 *   the late cancellation fees since), workMins (BIGINT, minutes at the piano, 40-180, median
 *   80; missing on the 65 cancelled visits), "Mileage (miles)" (DOUBLE, the round trip, 3.7-61.1,
 *   logged on the first piano of a trip and 0 on the others (60 rows); 32,329.9 miles in all;
 *   missing on the cancelled visits), travel_mins (BIGINT, the round trip's driving time, 15-110,
 *   0 and missing as Mileage), Cancelled (BOOLEAN, from Yes/No; 65 Yes: 22 in 2022, 19 in 2023,
 *   24 in 2024), "Months Since Last Tuning" (BIGINT, 4-120, median 11; 61 missing: a first
 *   visit where the owner did not know), paymentMethod ('Bank Transfer' 802 | 'Cash' 299 |
 *   'Card' 201 (from June 2023, when he got a card reader) | 'Invoice' 141 (every school, church
 *   and hall) | 'Cheque' 103; missing where nothing was charged). No piano ages or serial
 *   numbers, costs, fuel, parts or reviews.
 * - recycling_centre_visits.csv (1,622 rows, a small rural household recycling centre run for
 *   the county council: its gate log for 2024, one row per vehicle arriving; open Wednesday,
 *   Saturday and Sunday, 9:00 to 16:00 (to 15:00 from November to February), 155 days; busiest
 *   in May and June (garden waste), on bank holiday weekends and after Christmas (cardboard),
 *   quietest in February; vans, pickups and cars with trailers need a van permit and a booked
 *   slot, cars neither; from 1 June 2024 DIY waste is charged, £4 a bag of rubble and £6 a sheet
 *   or bag of plasterboard, and rubble visits fell): visit_no (BIGINT, 1-1,622, in time order),
 *   Arrived (TIMESTAMP, 2024-01-03 10:00 to 2024-12-29 14:45, on the five minutes; Saturday 736
 *   rows, Sunday 595, Wednesday 291), vehicleType ('Car' 1,121 | 'Van' 225 | 'Car + Trailer'
 *   205 | 'Pickup' 71), "Van Permit" (VARCHAR, five digits with the leading zeros kept,
 *   '00091'-'02359', 128 permits; 1,160 missing: every car and 39 vans, pickups and trailers
 *   without one, all turned away), Booked (BOOLEAN, from Yes/No; 486 Yes: 449 of the 501 vans,
 *   pickups and trailers and 37 cars), "Main Material" (the main load: 'Garden Waste' 363 |
 *   'General Waste' 345 | 'Cardboard' 195 | 'Wood' 180 | 'Metal' 119 | 'Electricals' 116 |
 *   'Rubble' 105 | 'Glass' 90 | 'Furniture' 79 | 'Plasterboard' 30), "Weight (kg)" (BIGINT, the
 *   gate's estimate, 5-515 in fives, median 45; 95,340 kg in all; missing on the 157 turned
 *   away), itemCount (BIGINT, bags or items, 1-14, for rubble, plasterboard, furniture and
 *   electricals only; 1,292 missing), "Postcode District" (10: 'SY7' 517 | 'SY9' 329 | 'LD7' 292
 *   | 'SY8' 147 | 'HR6' 147 | 'LD8' 117, the county's; 'WR15' 26, 'SY1' 25, 'LD1' 11, 'TF9' 11
 *   from outside it, all turned away), "Turned Away" (BOOLEAN, from Yes/No; 157 Yes),
 *   turned_away_reason ('Out of area' 73 | 'No permit' 37 | 'No booking' 27 | 'Container full'
 *   13 (garden waste late on bank holiday weekends) | 'Trade waste' 7; missing on the 1,465 let
 *   in), "Charge (£)" (DOUBLE, the DIY waste charge, 4-72; £952 in all: 33 rubble visits £676, 9
 *   plasterboard £276; missing where nothing was charged, every visit before 1 June 2024
 *   included), "Gate Staff" ('Dave Pryce' 684 | "Gwen O'Hara" 582 (weekends) | 'Mo Rahman' 356).
 *   No income from selling materials, destinations (landfill or recycling), queue times or
 *   number plates.
 * - cricket_innings.csv (1,070 rows, Kingsford Village Cricket Club (one Saturday XI in a county
 *   league, with cup ties on Sundays in May and June, a few Sunday friendlies and, from 2023, a
 *   midweek evening Twenty20 league): its batting record of the 2021 to 2024 seasons (17 April
 *   2021 to 7 September 2024), one row per batter per innings, those who did not bat have no
 *   row; one match a day, 108 matches (21, 23, 30 and 34 a season); matches washed out without a
 *   ball bowled have no rows; runs come easier in July and August): "Match Date" (DATE, the
 *   match), Opponent (10 clubs, two with an apostrophe: "Bishop's Hollow CC", "St Bride's CC";
 *   'Elmbridge Town CC' 14 matches the most), homeAway ('Home' 547 | 'Away' 523), Competition
 *   ('League' 690 rows (70 matches) | 'Friendly' 157 (16) | 'Cup' 94 (9) | 'Twenty20' 129 (13,
 *   from 2023)), Batter (33 players, one name each; "Ciaran O'Donnell" 2,043 runs the most,
 *   'Imran Siddiqui' 1,988, "Aidan D'Souza" 1,684 (from 2023)), memberId (VARCHAR, three digits
 *   with the leading zeros kept, '001'-'033', one per batter), "Order" (BIGINT, the batting
 *   position 1-11; the column's name is an SQL keyword), Runs (BIGINT, 0-129, median 6; 13,366
 *   in all; 47 scores of 50 or more, 3 of 100 or more; 114 noughts, 10 of them not out), "Balls
 *   Faced" (BIGINT, 1-210; 226 missing: every innings before 1 May 2022, when the club began
 *   scoring on the app), "4s" and "6s" (BIGINT each, boundaries hit; 1,092 and 27 in all),
 *   how_out ('Caught' 444 | 'Bowled' 191 | 'LBW' 128 | 'Not Out' 127 | 'Run Out' 64 | 'Caught &
 *   Bowled' 57 | 'Stumped' 50 | 'Retired' 9 (retired at 35 in the Twenty20)), "Match Won"
 *   (BOOLEAN, from Yes/No, the same on every row of a match: 46 matches won, 59 lost; missing on
 *   the 27 rows of the 3 league matches abandoned after the club's innings (no result)). No
 *   bowling, wickets taken, opposition scores, ages or attendance.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AF_TABLE_SOURCES: TableSource[] = [
	{
		name: 'piano_tuning_visits',
		humanName: 'Piano tuning visits',
		repoDir: 'tests/nl/data/set-af',
		file: 'piano_tuning_visits.csv',
		format: 'csv'
	},
	{
		name: 'recycling_centre_visits',
		humanName: 'Recycling centre visits',
		repoDir: 'tests/nl/data/set-af',
		file: 'recycling_centre_visits.csv',
		format: 'csv'
	},
	{
		name: 'cricket_innings',
		humanName: 'Cricket innings',
		repoDir: 'tests/nl/data/set-af',
		file: 'cricket_innings.csv',
		format: 'csv'
	}
];

export const SET_AF_QUESTIONS: EvalQuestion[] = [
	{
		id: 'af-piano_tuning_visits-01',
		question: 'how many visits did I actually do in 2023',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE NOT Cancelled AND YEAR("Visit Date") = 2023`,
		note: "Visits done are Cancelled = No; Visit Date in 2023: 508 (527 booked, 19 cancelled). A school's visit counts each piano (a row); counting the days out is another reading."
	},
	{
		id: 'af-piano_tuning_visits-02',
		question: 'total fees for 2024',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Fee (£)") FROM piano_tuning_visits WHERE YEAR("Visit Date") = 2024`,
		note: 'Fee (£) summed over Visit Date in 2024: £52,505 (£51,875 for work done and £630 in late cancellation fees); without the cancellation fees is another reading.'
	},
	{
		id: 'af-piano_tuning_visits-03',
		question: 'average charge for a plain tuning on an upright in 2024',
		tables: ['piano_tuning_visits'],
		tags: ['avg', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT AVG("Fee (£)") FROM piano_tuning_visits WHERE "Job Type" = 'Tuning' AND "Piano Type" = 'Upright' AND NOT Cancelled AND YEAR("Visit Date") = 2024`,
		note: "A plain tuning is Job Type 'Tuning' (not with a repair); Piano Type 'Upright', Cancelled = No, Visit Date in 2024: Fee (£) averaged over 348 jobs, £84.80 (274 at £80, 29 at £90 with the travel surcharge, 42 at £110 and 3 at £120 with a pitch raise)."
	},
	{
		id: 'af-piano_tuning_visits-04',
		question: 'which make of piano do I work on most',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Make FROM piano_tuning_visits GROUP BY Make ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Make, the most: Yamaha (322; Kawai 212).'
	},
	{
		id: 'af-piano_tuning_visits-05',
		question: 'how many pitch raises did i do between march and may 2023',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE "Pitch Raise" AND "Visit Date" >= DATE '2023-03-01' AND "Visit Date" < DATE '2023-06-01'`,
		note: 'Pitch Raise = Yes with Visit Date from 1 March to 31 May 2023: 13 (of 137 jobs booked then).'
	},
	{
		id: 'af-piano_tuning_visits-06',
		question: 'what percentage of bookings got cancelled',
		tables: ['piano_tuning_visits'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Cancelled) * 1.0 / COUNT(*) FROM piano_tuning_visits',
		isShare: true,
		note: 'Share of rows with Cancelled = Yes: 65 of 1,590 (4.1%).'
	},
	{
		id: 'af-piano_tuning_visits-07',
		question: 'cancellations per year',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'trend'],
		sql: `SELECT YEAR("Visit Date") AS y, COUNT(*) FROM piano_tuning_visits WHERE Cancelled GROUP BY y`,
		note: 'Cancelled = Yes per year of Visit Date (3 rows: 2022 22, 2023 19, 2024 24).'
	},
	{
		id: 'af-piano_tuning_visits-08',
		question: 'how many miles did I drive each year',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'time-grain', 'synonym'],
		sql: `SELECT YEAR("Visit Date") AS y, SUM("Mileage (miles)") FROM piano_tuning_visits GROUP BY y`,
		note: 'Mileage (miles) (the round trip, on the first piano of a trip) summed per year of Visit Date (3 rows: 2022 10,061.9, 2023 11,323.4, 2024 10,944.6 miles).'
	},
	{
		id: 'af-piano_tuning_visits-09',
		question: 'which town do I clock up the most miles going to',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Town FROM piano_tuning_visits GROUP BY Town ORDER BY SUM("Mileage (miles)") DESC LIMIT 1`,
		note: 'Mileage (miles) summed per Town, the most: Elmbridge (5,349.5 miles; Castle Ferrers 4,552.2, Wickham Down 4,338.6). Kingsford has the most visits (380) but is 2 miles away.'
	},
	{
		id: 'af-piano_tuning_visits-10',
		question: 'median fee for tuning a baby grand',
		tables: ['piano_tuning_visits'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Fee (£)") FROM piano_tuning_visits WHERE "Piano Type" = 'Baby Grand' AND "Job Type" = 'Tuning' AND NOT Cancelled`,
		note: "Piano Type 'Baby Grand', Job Type 'Tuning', Cancelled = No: Fee (£) median over 85 jobs, £90 (£85 to £125). With the 2 cancelled bookings it is still £90."
	},
	{
		id: 'af-piano_tuning_visits-11',
		question: 'how many schools do I tune for',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Client No") FROM piano_tuning_visits WHERE clientType = 'School'`,
		note: "clientType 'School'; distinct Client No (or Client): 6. Their rows (90, one per piano) are not schools."
	},
	{
		id: 'af-piano_tuning_visits-12',
		question: 'number of jobs each month in 2024',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Visit Date") AS m, COUNT(*) FROM piano_tuning_visits WHERE YEAR("Visit Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Visit Date in 2024 (12 rows: October 63 the most, August 18 the fewest (two weeks off); February 59, November 58). Counting only the jobs not cancelled is another reading.'
	},
	{
		id: 'af-piano_tuning_visits-13',
		question: 'how much have the churches paid me altogether',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Fee (£)") FROM piano_tuning_visits WHERE clientType = 'Church'`,
		note: "The churches are clientType 'Church'; Fee (£) summed over their 42 rows: £3,525 (none cancelled)."
	},
	{
		id: 'af-piano_tuning_visits-14',
		question: 'how many times did I find a piano that hadnt been tuned for more than 2 years',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE "Months Since Last Tuning" > 24`,
		note: 'Months Since Last Tuning over 24: 225 rows (visits; one piano each). 24 or more (245) is another reading; the 61 with no record are not counted.'
	},
	{
		id: 'af-piano_tuning_visits-15',
		question: "visits where we don't know when the piano was last tuned",
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE "Months Since Last Tuning" IS NULL`,
		note: 'Months Since Last Tuning empty: 61 (a first visit where the owner did not know).'
	},
	{
		id: 'af-piano_tuning_visits-16',
		question: 'average travel time per trip',
		tables: ['piano_tuning_visits'],
		tags: ['avg', 'filter-numeric', 'synonym'],
		sql: 'SELECT AVG(travel_mins) FROM piano_tuning_visits WHERE travel_mins > 0',
		note: "A trip's travel time is travel_mins on its first piano; averaged over the 1,465 rows with travel_mins above 0: 41.6 minutes. Over all 1,525 rows with a value (the 60 zeros of a school's further pianos included) it is 39.9; cancelled visits have none."
	},
	{
		id: 'af-piano_tuning_visits-17',
		question: "what's the biggest bill I've charged for one job",
		tables: ['piano_tuning_visits'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Fee (£)") FROM piano_tuning_visits`,
		note: "The highest Fee (£): £230 (job 5380, 3 September 2024: a tuning with repair and a pitch raise of Fatima Murphy's upright Yamaha in Marston St Giles). The amount is asked for; the job (a row) is another reading."
	},
	{
		id: 'af-piano_tuning_visits-18',
		question: 'how many times have i been booked by client 0022',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE "Client No" = '0022'`,
		note: "Client No '0022' (text with the leading zeros; Claire Bennett of Wickham Down): 6 rows, none cancelled."
	},
	{
		id: 'af-piano_tuning_visits-19',
		question: 'top 5 clients by money paid',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Client, SUM("Fee (£)") AS s FROM piano_tuning_visits GROUP BY Client ORDER BY s DESC LIMIT 5`,
		isOrdered: true,
		note: "Fee (£) summed per Client, most first: Elmbridge Academy £2,305, Kingsford Primary School £1,585, Castle Ferrers High School £1,565, Brampton Magna Primary £1,425, St Anne's C of E Primary £1,140 (sixth Holy Trinity Church £1,085). The clients with their totals; the names alone is another reading."
	},
	{
		id: 'af-piano_tuning_visits-20',
		question: "how many times have I been out to st anne's school",
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Visit Date") FROM piano_tuning_visits WHERE Client = 'St Anne''s C of E Primary'`,
		note: `St Anne's school is Client "St Anne's C of E Primary" (Client No '0002'); times out there are distinct Visit Date: 6 (12 rows, 2 pianos each visit).`
	},
	{
		id: 'af-piano_tuning_visits-21',
		question: 'fees by type of client and year',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: `SELECT clientType, YEAR("Visit Date") AS y, SUM("Fee (£)") FROM piano_tuning_visits GROUP BY clientType, y`,
		note: 'Fee (£) summed per clientType and year of Visit Date (12 rows: Home £37,760, £41,520 and £47,980; School £2,435, £2,980 and £3,055; Church £1,125, £1,170 and £1,230; Village Hall £235, £260 and £240 in 2022, 2023 and 2024).'
	},
	{
		id: 'af-piano_tuning_visits-22',
		question: 'how many jobs were outside kingsford',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE Town <> 'Kingsford'`,
		note: "Town other than 'Kingsford': 1,210 (of 1,590; 380 in Kingsford), cancelled bookings included; 1,167 without them is another reading."
	},
	{
		id: 'af-piano_tuning_visits-23',
		question: 'how many steinway or bechstein jobs have I had',
		tables: ['piano_tuning_visits'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM piano_tuning_visits WHERE Make IN ('Steinway', 'Bechstein')`,
		note: "Make 'Steinway' or 'Bechstein': one count, 143 rows (Bechstein 84, Steinway 59); a count per make is another reading."
	},
	{
		id: 'af-piano_tuning_visits-24',
		question: 'how much have I made from late cancellation fees',
		tables: ['piano_tuning_visits'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Fee (£)") FROM piano_tuning_visits WHERE Cancelled`,
		note: 'The late cancellation fee is the Fee (£) of a cancelled visit (from 1 March 2024; none before): £630 (21 at £30).'
	},
	{
		id: 'af-piano_tuning_visits-25',
		question: 'list the jobs on 14 november 2024 with the client, town and job type',
		tables: ['piano_tuning_visits'],
		tags: ['rows-mode', 'time-range'],
		sql: `SELECT Client, Town, "Job Type" FROM piano_tuning_visits WHERE "Visit Date" = DATE '2024-11-14'`,
		note: 'Visit Date 14 November 2024: 3 rows of Client, Town and Job Type (Daisy Murphy, Kingsford, Tuning; James Marshall, Little Haddon, Tuning & Repair; Susan Phillips, Brampton Magna, Tuning & Repair).'
	},
	{
		id: 'af-recycling_centre_visits-01',
		question: 'how many vehicles came through the gate in 2024',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM recycling_centre_visits WHERE YEAR(Arrived) = 2024',
		note: 'Every row is a vehicle arriving; Arrived in 2024 (the whole log): 1,622, the 157 turned away included.'
	},
	{
		id: 'af-recycling_centre_visits-02',
		question: 'how many were turned away',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE "Turned Away"`,
		note: 'Turned Away = Yes: 157.'
	},
	{
		id: 'af-recycling_centre_visits-03',
		question: 'most common reason for sending people away',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT turned_away_reason FROM recycling_centre_visits WHERE turned_away_reason IS NOT NULL GROUP BY turned_away_reason ORDER BY COUNT(*) DESC LIMIT 1',
		note: "turned_away_reason per row, the most: 'Out of area' (73; 'No permit' 37, 'No booking' 27)."
	},
	{
		id: 'af-recycling_centre_visits-04',
		question: 'total kg of garden waste brought in',
		tables: ['recycling_centre_visits'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Weight (kg)") FROM recycling_centre_visits WHERE "Main Material" = 'Garden Waste'`,
		note: "Main Material 'Garden Waste'; Weight (kg) summed: 22,645 kg over its 363 visits (those turned away have no weight)."
	},
	{
		id: 'af-recycling_centre_visits-05',
		question: 'average weight per van load',
		tables: ['recycling_centre_visits'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Weight (kg)") FROM recycling_centre_visits WHERE vehicleType = 'Van'`,
		note: "vehicleType 'Van'; Weight (kg) averaged over the 178 vans let in (47 turned away have no weight): 124.3 kg."
	},
	{
		id: 'af-recycling_centre_visits-06',
		question: 'what percentage of visits were vans or pickups',
		tables: ['recycling_centre_visits'],
		tags: ['share', 'filter-list'],
		sql: `SELECT COUNT(*) FILTER (WHERE vehicleType IN ('Van', 'Pickup')) * 1.0 / COUNT(*) FROM recycling_centre_visits`,
		isShare: true,
		note: "Share of rows with vehicleType 'Van' or 'Pickup': 296 of 1,622 (18.2%; Van 225, Pickup 71). Counting trailers too (501, 30.9%) is another reading."
	},
	{
		id: 'af-recycling_centre_visits-07',
		question: 'which day of the week is busiest',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT DAYNAME(Arrived) FROM recycling_centre_visits GROUP BY DAYNAME(Arrived) ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per day of the week of Arrived: Saturday (736; Sunday 595, Wednesday 291). Open only those three days.'
	},
	{
		id: 'af-recycling_centre_visits-08',
		question: 'show the vans turned away for trade waste with the time, permit number and postcode',
		tables: ['recycling_centre_visits'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT Arrived, "Van Permit", "Postcode District" FROM recycling_centre_visits WHERE turned_away_reason = 'Trade waste'`,
		note: "turned_away_reason 'Trade waste' (all vans): 7 rows of Arrived, Van Permit and Postcode District (2024-04-13 14:15 '02029' LD7 to 2024-11-27 10:35 '00710' SY7)."
	},
	{
		id: 'af-recycling_centre_visits-09',
		question: 'how much have we taken in DIY waste charges',
		tables: ['recycling_centre_visits'],
		tags: ['sum', 'synonym'],
		sql: `SELECT SUM("Charge (£)") FROM recycling_centre_visits`,
		note: 'DIY waste charges are Charge (£); summed: £952 (33 rubble visits £676, 9 plasterboard £276, all since 1 June 2024).'
	},
	{
		id: 'af-recycling_centre_visits-10',
		question: 'rubble loads before and after the charge started in june',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'time-range'],
		sql: `SELECT Arrived >= TIMESTAMP '2024-06-01 00:00:00' AS after_charge, COUNT(*) FROM recycling_centre_visits WHERE "Main Material" = 'Rubble' GROUP BY after_charge`,
		note: "Main Material 'Rubble', rows before and from 1 June 2024 (when the charge started): 2 rows, 67 before (five months) and 38 after (seven months). Months are another reading of before and after."
	},
	{
		id: 'af-recycling_centre_visits-11',
		question: 'how many people came from out of area',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE turned_away_reason = 'Out of area'`,
		note: "Out of area is turned_away_reason 'Out of area' (every visitor from outside the county's districts, all turned away): 73. Postcode District outside SY7, SY9, LD7, SY8, HR6 and LD8 gives the same 73."
	},
	{
		id: 'af-recycling_centre_visits-12',
		question: 'which postcode district brings us the most by weight',
		tables: ['recycling_centre_visits'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT "Postcode District" FROM recycling_centre_visits GROUP BY "Postcode District" ORDER BY SUM("Weight (kg)") DESC LIMIT 1`,
		note: 'Weight (kg) summed per Postcode District, the most: SY7 (32,215 kg; SY9 18,870). The districts from outside have no weight (turned away).'
	},
	{
		id: 'af-recycling_centre_visits-13',
		question: 'how many different van permits have been used',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT "Van Permit") FROM recycling_centre_visits`,
		note: 'Distinct Van Permit (empty not counted): 128.'
	},
	{
		id: 'af-recycling_centre_visits-14',
		question: 'vans, pickups and trailers that turned up with no permit number',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-missing', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE vehicleType <> 'Car' AND "Van Permit" IS NULL`,
		note: "vehicleType other than 'Car' (Van, Pickup, Car + Trailer) with Van Permit empty: 39 (37 turned away for no permit, 2 out of area); cars need none."
	},
	{
		id: 'af-recycling_centre_visits-15',
		question: 'how many times has permit 00381 been in',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE "Van Permit" = '00381'`,
		note: "Van Permit '00381' (text with the leading zeros): 7 visits."
	},
	{
		id: 'af-recycling_centre_visits-16',
		question: 'median weight of a car load',
		tables: ['recycling_centre_visits'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Weight (kg)") FROM recycling_centre_visits WHERE vehicleType = 'Car'`,
		note: "vehicleType 'Car'; Weight (kg) median over the 1,058 cars let in: 40 kg."
	},
	{
		id: 'af-recycling_centre_visits-17',
		question: "heaviest single load we've had",
		tables: ['recycling_centre_visits'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Weight (kg)") FROM recycling_centre_visits`,
		note: 'The highest Weight (kg): 515 (a van of furniture, 15 December 2024). The amount; the visit (a row) is another reading.'
	},
	{
		id: 'af-recycling_centre_visits-18',
		question: 'plasterboard drop offs since 1 june',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE "Main Material" = 'Plasterboard' AND Arrived >= TIMESTAMP '2024-06-01 00:00:00'`,
		note: "Main Material 'Plasterboard' with Arrived from 1 June 2024 (the log is 2024): 11 (19 before; 9 of the 11 charged, 2 turned away)."
	},
	{
		id: 'af-recycling_centre_visits-19',
		question: 'total weight by material and vehicle type',
		tables: ['recycling_centre_visits'],
		tags: ['sum', 'multi-group'],
		sql: `SELECT "Main Material", vehicleType, SUM("Weight (kg)") FROM recycling_centre_visits GROUP BY "Main Material", vehicleType`,
		note: 'Weight (kg) summed per Main Material and vehicleType (39 rows, no plasterboard by pickup; the most Garden Waste by Car, 10,185 kg).'
	},
	{
		id: 'af-recycling_centre_visits-20',
		question: "how many cars did gwen o'hara check in",
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE "Gate Staff" = 'Gwen O''Hara' AND vehicleType = 'Car'`,
		note: `Gate Staff "Gwen O'Hara" and vehicleType 'Car': 396 (of her 582 vehicles).`
	},
	{
		id: 'af-recycling_centre_visits-21',
		question: 'what share of the vans, pickups and trailers had booked a slot',
		tables: ['recycling_centre_visits'],
		tags: ['share', 'filter-negation'],
		sql: `SELECT COUNT(*) FILTER (WHERE Booked) * 1.0 / COUNT(*) FROM recycling_centre_visits WHERE vehicleType <> 'Car'`,
		isShare: true,
		note: "Share of Booked = Yes among vehicleType other than 'Car' (vans, pickups and trailers): 449 of 501 (89.6%)."
	},
	{
		id: 'af-recycling_centre_visits-22',
		question: 'tonnage per month',
		tables: ['recycling_centre_visits'],
		tags: ['sum', 'time-grain', 'trend', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', Arrived) AS m, SUM("Weight (kg)") FROM recycling_centre_visits GROUP BY m`,
		note: 'Tonnage is Weight (kg) (in kg; tonnes is another reading of the unit); summed per calendar month of Arrived (12 rows: June 10,515 the most, February 3,905 the least).'
	},
	{
		id: 'af-recycling_centre_visits-23',
		question: 'how many vehicles arrived after 3pm',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE CAST(Arrived AS TIME) >= TIME '15:00:00'`,
		note: "Arrived at 15:00 or later: 185 (171 after 15:00 exactly; 'after 3pm' either way, 185 the reading taken)."
	},
	{
		id: 'af-recycling_centre_visits-24',
		question: 'loads that werent garden or general waste',
		tables: ['recycling_centre_visits'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM recycling_centre_visits WHERE "Main Material" NOT IN ('Garden Waste', 'General Waste')`,
		note: "Main Material other than 'Garden Waste' and 'General Waste': 914 (of 1,622; turned-away visits included, 828 let in); a count per material is another reading."
	},
	{
		id: 'af-recycling_centre_visits-25',
		question: 'top 3 materials by weight',
		tables: ['recycling_centre_visits'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT "Main Material", SUM("Weight (kg)") AS w FROM recycling_centre_visits GROUP BY "Main Material" ORDER BY w DESC LIMIT 3`,
		isOrdered: true,
		note: 'Weight (kg) summed per Main Material, most first: Garden Waste 22,645, General Waste 17,025, Wood 15,020 kg (fourth Rubble 10,330). The materials with their weights; the names alone is another reading.'
	},
	{
		id: 'af-cricket_innings-01',
		question: 'how many matches did we play in 2023',
		tables: ['cricket_innings'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Match Date") FROM cricket_innings WHERE YEAR("Match Date") = 2023`,
		note: "A match is a Match Date (one match a day; a row is one batter's innings); distinct in 2023: 30."
	},
	{
		id: 'af-cricket_innings-02',
		question: 'total runs in the 2024 season',
		tables: ['cricket_innings'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(Runs) FROM cricket_innings WHERE YEAR("Match Date") = 2024`,
		note: "Runs summed over Match Date in 2024: 4,018 (the club's batting; no extras are recorded)."
	},
	{
		id: 'af-cricket_innings-03',
		question: 'who has scored the most runs for the club',
		tables: ['cricket_innings'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Batter FROM cricket_innings GROUP BY Batter ORDER BY SUM(Runs) DESC LIMIT 1',
		note: "Runs summed per Batter, the most: Ciaran O'Donnell (2,043; Imran Siddiqui 1,988, Aidan D'Souza 1,684)."
	},
	{
		id: 'af-cricket_innings-04',
		question: "ciaran o'donnell's batting average",
		tables: ['cricket_innings'],
		tags: ['metric', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Runs) * 1.0 / COUNT(*) FILTER (WHERE how_out NOT IN ('Not Out', 'Retired')) FROM cricket_innings WHERE Batter = 'Ciaran O''Donnell'`,
		note: `Batter "Ciaran O'Donnell"; a batting average is runs per dismissal, not-outs and retirements not counted: 2,043 runs / 75 outs = 27.24 (77 innings: 1 not out, 1 retired). Runs per innings (26.53) is another reading.`
	},
	{
		id: 'af-cricket_innings-05',
		question: 'how many fifties have been scored',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM cricket_innings WHERE Runs >= 50',
		note: 'A fifty is Runs of 50 or more: 47 (3 of them hundreds). Counting 50-99 only (44) is another reading.'
	},
	{
		id: 'af-cricket_innings-06',
		question: 'how many ducks have we had',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-negation', 'synonym'],
		sql: `SELECT COUNT(*) FROM cricket_innings WHERE Runs = 0 AND how_out <> 'Not Out'`,
		note: "A duck is Runs = 0 and out (how_out not 'Not Out'): 104 (114 noughts, 10 not out)."
	},
	{
		id: 'af-cricket_innings-07',
		question: 'matches won each season',
		tables: ['cricket_innings'],
		tags: ['aggregate-distinct', 'filter-eq', 'time-grain'],
		sql: `SELECT YEAR("Match Date") AS y, COUNT(DISTINCT "Match Date") FROM cricket_innings WHERE "Match Won" GROUP BY y`,
		note: 'Matches won (Match Won = Yes) per season, distinct Match Date per year (4 rows: 2021 5, 2022 8, 2023 19, 2024 14).'
	},
	{
		id: 'af-cricket_innings-08',
		question: 'win percentage home and away',
		tables: ['cricket_innings'],
		tags: ['share', 'group-by'],
		sql: `SELECT homeAway, AVG(CASE WHEN "Match Won" THEN 1.0 ELSE 0 END) FROM (SELECT DISTINCT "Match Date", homeAway, "Match Won" FROM cricket_innings WHERE "Match Won" IS NOT NULL) GROUP BY homeAway`,
		isShare: true,
		note: 'Share of matches won per homeAway, one row per match (Match Date), no-result matches left out: Home 21 of 53 (39.6%), Away 25 of 52 (48.1%). Over rows (innings) the shares differ a little.'
	},
	{
		id: 'af-cricket_innings-09',
		question: 'who has hit the most sixes',
		tables: ['cricket_innings'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Batter FROM cricket_innings GROUP BY Batter ORDER BY SUM("6s") DESC LIMIT 1`,
		note: "6s summed per Batter, the most: Aidan D'Souza (11; Ciaran O'Donnell 6)."
	},
	{
		id: 'af-cricket_innings-10',
		question: 'how many fours did we hit in 2022',
		tables: ['cricket_innings'],
		tags: ['sum', 'time-year', 'quoting'],
		sql: `SELECT SUM("4s") FROM cricket_innings WHERE YEAR("Match Date") = 2022`,
		note: '4s summed over Match Date in 2022: 213.'
	},
	{
		id: 'af-cricket_innings-11',
		question: 'average runs for our openers',
		tables: ['cricket_innings'],
		tags: ['avg', 'filter-list', 'fuzzy'],
		sql: `SELECT AVG(Runs) FROM cricket_innings WHERE "Order" IN (1, 2)`,
		note: 'Openers bat at Order 1 and 2; Runs averaged over their 215 innings: 24.96. A batting average (runs per dismissal) is another reading.'
	},
	{
		id: 'af-cricket_innings-12',
		question: 'how many times has one of ours been run out',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM cricket_innings WHERE how_out = 'Run Out'`,
		note: "how_out 'Run Out': 64."
	},
	{
		id: 'af-cricket_innings-13',
		question: "imran's strike rate",
		tables: ['cricket_innings'],
		tags: ['metric', 'filter-eq', 'filter-missing', 'fuzzy'],
		sql: `SELECT SUM(Runs) * 100.0 / SUM("Balls Faced") FROM cricket_innings WHERE Batter = 'Imran Siddiqui' AND "Balls Faced" IS NOT NULL`,
		note: "Imran is Batter 'Imran Siddiqui' (the only Imran); strike rate is runs per 100 balls over the innings with Balls Faced (from May 2022): 1,761 runs off 2,555 balls, 68.92. His 13 innings without balls faced (227 runs) must be left out of the runs too."
	},
	{
		id: 'af-cricket_innings-14',
		question: 'innings with no balls faced recorded',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM cricket_innings WHERE "Balls Faced" IS NULL`,
		note: 'Balls Faced empty: 226 (every innings before 1 May 2022, when the club began scoring on the app).'
	},
	{
		id: 'af-cricket_innings-15',
		question: 'highest score in a cup match',
		tables: ['cricket_innings'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(Runs) FROM cricket_innings WHERE Competition = 'Cup'`,
		note: "Competition 'Cup'; the highest Runs: 72 (Ciaran O'Donnell, away at Oakley Green CC, 28 May 2023)."
	},
	{
		id: 'af-cricket_innings-16',
		question: 'median score batting at number 3',
		tables: ['cricket_innings'],
		tags: ['median', 'filter-numeric', 'quoting'],
		sql: `SELECT MEDIAN(Runs) FROM cricket_innings WHERE "Order" = 3`,
		note: 'Order 3; Runs median over 106 innings: 14.'
	},
	{
		id: 'af-cricket_innings-17',
		question: 'runs per month in 2023',
		tables: ['cricket_innings'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Match Date") AS m, SUM(Runs) FROM cricket_innings WHERE YEAR("Match Date") = 2023 GROUP BY m`,
		note: 'Runs summed per calendar month of Match Date in 2023 (5 rows: April 225, May 1,134, June 1,108, July 684, August 801); the last match of 2023 was on 27 August.'
	},
	{
		id: 'af-cricket_innings-18',
		question: 'which team have we lost to the most',
		tables: ['cricket_innings'],
		tags: ['aggregate-distinct', 'filter-eq', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Opponent FROM cricket_innings WHERE NOT "Match Won" GROUP BY Opponent ORDER BY COUNT(DISTINCT "Match Date") DESC LIMIT 1`,
		note: "Matches lost are Match Won = No; distinct Match Date per Opponent, the most: Ashby Parva CC (8; Wickham Down CC and Bishop's Hollow CC 7)."
	},
	{
		id: 'af-cricket_innings-19',
		question: 'how many innings has member 005 had',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM cricket_innings WHERE memberId = '005'`,
		note: "memberId '005' (text with the leading zeros; Will Tranter): 72 innings."
	},
	{
		id: 'af-cricket_innings-20',
		question: 'who has been not out the most times',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT Batter FROM cricket_innings WHERE how_out = 'Not Out' GROUP BY Batter ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "how_out 'Not Out' per Batter, the most: Tariq Walker (14; Noah Davies 13), both batting at 9 to 11."
	},
	{
		id: 'af-cricket_innings-21',
		question: 'runs by competition and season',
		tables: ['cricket_innings'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: `SELECT Competition, YEAR("Match Date") AS y, SUM(Runs) FROM cricket_innings GROUP BY Competition, y`,
		note: 'Runs summed per Competition and year of Match Date (14 rows: League 1,936, 2,195, 2,530 and 2,458 in 2021-2024; Twenty20 508 and 846 in 2023 and 2024 only).'
	},
	{
		id: 'af-cricket_innings-22',
		question: 'how many twenty 20 games have we played',
		tables: ['cricket_innings'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Match Date") FROM cricket_innings WHERE Competition = 'Twenty20'`,
		note: "Competition 'Twenty20'; matches are distinct Match Date: 13 (5 in 2023, 8 in 2024). The innings (129) are not games."
	},
	{
		id: 'af-cricket_innings-23',
		question: 'batters out caught or stumped in august 2024',
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-list', 'time-range'],
		sql: `SELECT COUNT(*) FROM cricket_innings WHERE how_out IN ('Caught', 'Stumped') AND "Match Date" >= DATE '2024-08-01' AND "Match Date" < DATE '2024-09-01'`,
		note: "how_out 'Caught' or 'Stumped' with Match Date in August 2024: one count, 25 (Caught 23, Stumped 2). 'Caught & Bowled' (a catch too) is left out; with it is another reading."
	},
	{
		id: 'af-cricket_innings-24',
		question: "innings in matches that weren't league games",
		tables: ['cricket_innings'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM cricket_innings WHERE Competition <> 'League'`,
		note: "Competition other than 'League': 380 innings (Friendly 157, Twenty20 129, Cup 94)."
	},
	{
		id: 'af-cricket_innings-25',
		question: 'list the scores of 50 or more in 2024 with batter, date and opponent',
		tables: ['cricket_innings'],
		tags: ['rows-mode', 'filter-numeric', 'time-year'],
		sql: `SELECT Batter, "Match Date", Opponent, Runs FROM cricket_innings WHERE Runs >= 50 AND YEAR("Match Date") = 2024`,
		note: "Runs of 50 or more with Match Date in 2024: 14 rows of Batter, Match Date, Opponent and Runs (Aidan D'Souza 8, highest 129 on 17 August, Imran Siddiqui 4, Ciaran O'Donnell 2)."
	},
	{
		id: 'af-refuse-01',
		question: 'how old are the pianos I tune on average',
		tables: ['piano_tuning_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages, years of manufacture or serial numbers; only the make and the type of piano.'
	},
	{
		id: 'af-refuse-02',
		question: 'how much did I spend on petrol in 2024',
		tables: ['piano_tuning_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No fuel or car costs; Mileage (miles) is the distance driven, not what it cost. With every table offered, the fuel log holds what each fill-up cost.',
		workspaceSql:
			"SELECT sum(total_cost) FROM fuel_log WHERE fuel_type = 'Petrol' AND year(txn_datetime) = 2024"
	},
	{
		id: 'af-refuse-03',
		question: 'how much did I spend on strings and hammers for repairs',
		tables: ['piano_tuning_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No parts or costs; Fee (£) is what clients were charged.'
	},
	{
		id: 'af-refuse-04',
		question: 'how much did we get for selling the scrap metal',
		tables: ['recycling_centre_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No income from selling materials; Charge (£) is the DIY waste charge paid by visitors.'
	},
	{
		id: 'af-refuse-05',
		question: 'how long do people queue at the gate on a saturday',
		tables: ['recycling_centre_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the arrival time is logged; no queueing, waiting or leaving times.'
	},
	{
		id: 'af-refuse-06',
		question: 'how many tonnes went to landfill rather than recycling',
		tables: ['recycling_centre_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No destination of the waste; only the main material and its estimated weight per visit.'
	},
	{
		id: 'af-refuse-07',
		question: 'who has taken the most wickets',
		tables: ['cricket_innings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Batting only: no bowling figures or wickets taken by the club's players."
	},
	{
		id: 'af-refuse-08',
		question: "what was the opposition's score when we played st bride's",
		tables: ['cricket_innings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only the club's own batters are recorded; no opposition totals or scores."
	},
	{
		id: 'af-refuse-09',
		question: 'how old is our oldest batter',
		tables: ['cricket_innings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of the players.'
	}
];
