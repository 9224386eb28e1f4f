import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AJ: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-aj/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - pottery_classes.csv (2,211 rows, Mudlark Pottery, a small studio in a market town: its
 *   booking system's export for classes from 7 January 2023 to 21 December 2024, one row per
 *   booking, a booking being for one or more seats (1,004 bookings for classes in 2023, 1,207 in
 *   2024); wheel throwing on Tuesday evenings and Saturday mornings (and Thursday evenings from
 *   September 2024), hand building on Wednesday evenings, glazing on the first and third Sunday
 *   of the month, kids clay on Saturday afternoons and on Tuesday and Thursday mornings in the
 *   school holidays, a date night taster for couples on the second and fourth Friday; closed
 *   from 23 December to 3 January and for a week in August; adults come more in the autumn and
 *   winter (October 2024 132 bookings the most of 2024, June 2024 70 the fewest), kids in the
 *   holidays; a session is a Class Date with its classType, 542 of them on 422 days): "Booking
 *   No" (VARCHAR, five digits with the leading zeros kept, '00001'-'02211', unique, in the order
 *   the bookings were made), booked_on (DATE, when the booking was made, 14 November 2022 to 20
 *   December 2024; 0 to 120 days before the class, median 10), "Class Date" (DATE), classType
 *   ('Wheel Throwing' 851 | 'Kids Clay' 540 | 'Hand Building' 384 | 'Glazing' 244 | 'Date Night
 *   Taster' 192), Tutor (first names: 'Priya' 774 (kids clay and glazing) | 'Maggie' 629 (the
 *   owner: Saturday wheel throwing and date nights) | 'Tom' 580 (Tuesday wheel throwing and
 *   hand building, to 31 July 2024) | 'Rowan' 228 (in Tom's place from 13 August 2024, and the
 *   Thursday class); now and then Maggie and Priya cover for each other), Student (the name on
 *   the booking, 1,303 different; "Niamh O'Donnell" 60 bookings the most (57 wheel throwing),
 *   'Andrew Tucker' 11, 'Isla Holmes' 10; 59 names with an apostrophe (147 bookings), e.g.
 *   "Jack O'Connor", "Amelia D'Arcy", "Emma O'Brien"; 24 students are called Priya, like the
 *   tutor), Seats (BIGINT, 1-4: 1 on 1,354 rows | 2 on 722 (every date night booking is 2) | 3
 *   on 112 | 4 on 23; 3,226 seats in all), "Price per Seat (£)" (DOUBLE, by class type, up from
 *   1 March 2024 by the class date: Wheel Throwing 42 then 45, Hand Building 32 then 35, Date
 *   Night Taster 38 then 42, Glazing 22 then 24, Kids Clay 14 then 15), kiln_fee_gbp (DOUBLE,
 *   the kiln firing fee for pieces fired to take home: £5 a seat (£6 from 1 March 2024) for
 *   wheel throwing and hand building, £8 (£10) a date night booking; on 953 rows, £7,580 in
 *   all; missing where nothing was fired, on no-shows and cancellations, and on glazing and kids
 *   clay, where firing is included), "Deposit Paid" (BOOLEAN, from Yes/No; 1,836 Yes, 375 No,
 *   fewer deposits on bookings made a day or two before), Status ('Attended' 1,836 |
 *   'Cancelled' 237 | 'No-show' 138 (69 with a deposit, 69 without)), heardAbout (how the
 *   student heard about the studio, asked on a student's first booking only: 'Instagram' 405 |
 *   'Friend or Family' 271 | 'Google' 230 | 'Gift Voucher' 164 | 'Walked Past' 105 | 'Facebook'
 *   89 | 'Local Paper' 39; missing on the 908 repeat bookings). No takings total column (the
 *   value of a booking is Seats x Price per Seat plus the kiln fee), no costs of clay, glazes
 *   or firing, no ages, no pieces made, no addresses or payment methods.
 * - tree_surveys.csv (1,661 rows, Kingsbrook Town Council's street-tree survey, one row per
 *   tree, surveyed ward by ward on 293 weekdays from 7 March 2023 to 22 November 2024 (828 trees
 *   in 2023, 833 in 2024; more a day in the summer, when the trees are in leaf: June 2023 138
 *   the most, December 2023 16 the fewest): Abbey (March to June 2023), Castle (June to
 *   September 2023), Riverside (September 2023 to February 2024), St Mary's (February to May
 *   2024), Northfield (May to August 2024), Hillcrest (August to November 2024)): "Tree ID"
 *   (VARCHAR, 'T-' and five digits with the leading zeros kept, 'T-00001'-'T-02355', unique;
 *   gaps where the council's older inventory had trees no longer there), Street (37, 'Tower
 *   Hill' 84 trees the most; three with an apostrophe: "Bishop's Walk" 38, "St Mary's Road" 53,
 *   "St Anne's Close" 35), ward (6: 'Castle' 316 | 'Northfield' 307 | 'Abbey' 281 | 'Riverside'
 *   277 | "St Mary's" 266 | 'Hillcrest' 214), Species (15 common names: 'Common Lime' 183 |
 *   'Ornamental Cherry' 157 | 'Norway Maple' 152 | 'Field Maple' 142 | 'London Plane' 136 |
 *   'Rowan' 130 | 'Silver Birch' 124 | 'Hornbeam' 108 | 'Callery Pear' 104 | 'Ash' 99 | 'Wild
 *   Cherry' 75 | 'Horse Chestnut' 73 | 'English Oak' 63 | 'Sycamore' 59 | 'Whitebeam' 56),
 *   "Height (m)" (DOUBLE, 2.1-33.7, median 13.3; London Planes the tallest, 26.6 on average),
 *   girth_cm (BIGINT, trunk girth, 10-600, median 138), Condition ('Good' 953 | 'Fair' 467 |
 *   'Poor' 166 | 'Dead' 75; ash, with ash dieback, 58 of 99 poor or dead), "Survey Date"
 *   (DATE), worksRecommended ('None' 952 | 'Crown Lift' 236 | 'Deadwood Removal' 190 | 'Fell'
 *   138 (every dead tree and 63 poor ones) | 'Crown Reduction' 89 | 'Formative Prune' 56 (young
 *   trees)), Priority (BIGINT, 1 urgent, 2 within six months, 3 routine: 1 on 111 rows | 2 on
 *   238 | 3 on 360; missing on the 952 trees with no works), est_cost_gbp (DOUBLE, the cost of
 *   the works from the contractor's schedule of rates by works and height band, up 10% from 1
 *   April 2024 by survey date; £40-£1,045, £227,385 in all; missing where no works), Surveyor
 *   (initials: 'JM' 748 (throughout) | 'RP' 467 (from October 2023) | 'KO' 326 (to September
 *   2023) | 'AD' 120 (May to September 2024)), plantedYear (BIGINT, 1986-2022, known only for
 *   trees planted since 1985, when the council's planting records begin; missing on 1,027
 *   older trees), "Pavement Damage" (BOOLEAN, from Yes/No, roots lifting the pavement; 292
 *   Yes). No tree preservation orders, works carried out (only recommended), residents'
 *   complaints, photos, owners or values.
 * - taxi_fuel_claims.csv (1,446 rows, Castleway Cars, a small taxi firm: its drivers' expense
 *   claims from 3 January 2023 to 31 December 2024, one row per claim (697 in 2023, 749 in
 *   2024); busiest in December): "Claim Ref" (VARCHAR, the year's two digits and a number from 1
 *   each year with its leading zeros, '23-0001'-'23-0697' and '24-0001'-'24-0749', unique, in
 *   date order), Driver (9: 'Imran Hussain' 228 | 'Lee Barker' 218 (nights, the most parking) |
 *   'Gary Pearce' 197 | "Sean O'Connor" 187 | 'Kasia Nowak' 159 (from March 2023) | 'Tony
 *   Marshall' 150 (to 28 June 2024) | 'Dave Lloyd' 138 (part time) | "Michelle D'Arcy" 120 (from
 *   September 2023) | 'Raj Patel' 49 (from 8 July 2024, in Tony's car)), vehicleReg (9: one car
 *   a driver, 'KP16 RWU' Tony's then Raj's, and the spare car 'YF15 SPR' 33 rows, used by every
 *   driver now and then), "Claim Date" (DATE), Category ('Fuel' 927 | 'Parking' 235 | 'Car Wash'
 *   176 | 'Tolls' 108), Merchant (14: fuel at 'Tesco' 234 | 'Shell' 162 | 'BP' 155 | "Sainsbury's"
 *   150 | 'Asda' 136 | 'Esso' 90; parking at 'Airport Drop-off' 86 (£5, £6 from 1 March 2024) |
 *   'Hospital Car Park' 57 | 'NCP' 36 | 'Station Car Park' 31 | 'Council Car Park' 25; car
 *   washes at 'Sparkle Hand Car Wash' 129 (£8, £10 from 1 June 2024) | 'Tesco Jet Wash' 47 (£6);
 *   'Kingsway Toll Bridge' 108 (£2.50 a crossing, £3 from 1 April 2024, one to four crossings a
 *   claim)), Litres (DOUBLE, 25.24-73.46, mean 47.27; on the 927 fuel claims only), "Amount (£)"
 *   (DOUBLE, 1.20-107.01; £68,345.63 in all, £65,346.03 of it fuel; fuel from about £1.74 a
 *   litre in January 2023 down to £1.38 in October 2024), mileage (BIGINT, the car's odometer
 *   when the claim was made, 15,400-194,111), "Receipt Attached" (BOOLEAN, from Yes/No; 1,302
 *   Yes, 144 No), Approved (BOOLEAN, from Yes/No; 1,304 Yes, 105 No (86 of them without a
 *   receipt); missing on the 37 claims from 16 December 2024, not yet looked at), paid_date
 *   (DATE, approved claims are paid with the wages on the last Friday of the month, the next
 *   month's if made after the 20th; 24 dates, 27 January 2023 to 27 December 2024; on the 1,304
 *   approved claims, missing on the rejected and not yet approved ones). No fares or takings,
 *   hours worked, insurance, servicing or repairs, fuel card numbers or passengers.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AJ_TABLE_SOURCES: TableSource[] = [
	{
		name: 'pottery_classes',
		humanName: 'Pottery classes',
		repoDir: 'tests/nl/data/set-aj',
		file: 'pottery_classes.csv',
		format: 'csv'
	},
	{
		name: 'tree_surveys',
		humanName: 'Tree surveys',
		repoDir: 'tests/nl/data/set-aj',
		file: 'tree_surveys.csv',
		format: 'csv'
	},
	{
		name: 'taxi_fuel_claims',
		humanName: 'Taxi fuel claims',
		repoDir: 'tests/nl/data/set-aj',
		file: 'taxi_fuel_claims.csv',
		format: 'csv'
	}
];

export const SET_AJ_QUESTIONS: EvalQuestion[] = [
	{
		id: 'aj-pottery_classes-01',
		question: 'how many kids clay bookings did we get in 2024',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE classType = 'Kids Clay' AND YEAR("Class Date") = 2024`,
		note: "classType 'Kids Clay' with Class Date in 2024: 278 (262 in 2023). By the day the booking was made (booked_on in 2024) it is 273, another reading."
	},
	{
		id: 'aj-pottery_classes-02',
		question: 'how many people actually turned up to wheel throwing in 2024',
		tables: ['pottery_classes'],
		tags: ['sum', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT SUM(Seats) FROM pottery_classes WHERE classType = 'Wheel Throwing' AND Status = 'Attended' AND YEAR("Class Date") = 2024`,
		note: "People are Seats (a booking can be for several); classType 'Wheel Throwing', Status 'Attended', Class Date in 2024: 553 over 417 bookings. Counting the bookings (417) is another reading."
	},
	{
		id: 'aj-pottery_classes-03',
		question: 'no-shows by tutor',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'group-by'],
		sql: `SELECT Tutor, COUNT(*) FROM pottery_classes WHERE Status = 'No-show' GROUP BY Tutor`,
		note: "Status 'No-show' per Tutor (4 rows: Maggie 46, Priya 43, Tom 40, Rowan 9; 138 in all)."
	},
	{
		id: 'aj-pottery_classes-04',
		question: 'what percentage of bookings end up cancelled',
		tables: ['pottery_classes'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Status = 'Cancelled') * 1.0 / COUNT(*) FROM pottery_classes`,
		isShare: true,
		note: "Share of rows with Status 'Cancelled': 237 of 2,211 (10.7%)."
	},
	{
		id: 'aj-pottery_classes-05',
		question: 'average seats per booking',
		tables: ['pottery_classes'],
		tags: ['avg'],
		sql: 'SELECT AVG(Seats) FROM pottery_classes',
		note: 'Seats averaged over the 2,211 bookings: 1.46 (median 1; 3,226 seats).'
	},
	{
		id: 'aj-pottery_classes-06',
		question: 'how many times has niamh booked',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE Student = 'Niamh O''Donnell'`,
		note: `Niamh is Student "Niamh O'Donnell" (the only Niamh): 60 bookings (57 wheel throwing; 53 attended, 4 cancelled, 3 no-shows). Only those she attended (53) is another reading.`
	},
	{
		id: 'aj-pottery_classes-07',
		question: 'total kiln fees for 2023',
		tables: ['pottery_classes'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(kiln_fee_gbp) FROM pottery_classes WHERE YEAR("Class Date") = 2023`,
		note: 'kiln_fee_gbp summed over Class Date in 2023: £3,136 over 421 bookings (empty where nothing was fired).'
	},
	{
		id: 'aj-pottery_classes-08',
		question: 'bookings for classes in each month of 2024',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Class Date") AS m, COUNT(*) FROM pottery_classes WHERE YEAR("Class Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Class Date in 2024 (12 rows: October 132 the most, November 124, March 111; June 70 the fewest). By the month the booking was made (booked_on) is another reading.'
	},
	{
		id: 'aj-pottery_classes-09',
		question:
			"I'm trying to see where the money comes from - which type of class brings in the most?",
		tables: ['pottery_classes'],
		tags: ['metric', 'sum', 'group-by', 'top-n'],
		sql: `SELECT classType FROM pottery_classes WHERE Status <> 'Cancelled' GROUP BY classType ORDER BY SUM(Seats * "Price per Seat (£)" + COALESCE(kiln_fee_gbp, 0)) DESC LIMIT 1`,
		note: 'Money is Seats x Price per Seat (£) plus kiln_fee_gbp, cancellations left out (a no-show has paid): Wheel Throwing (£48,671; Hand Building £20,567 next). Seats x price on every booking (£49,620) or on the attended ones only (£41,235) give Wheel Throwing too.'
	},
	{
		id: 'aj-pottery_classes-10',
		question: 'where do most new students hear about us',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-missing'],
		sql: `SELECT heardAbout FROM pottery_classes WHERE heardAbout IS NOT NULL GROUP BY heardAbout ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "heardAbout, asked on a student's first booking only (empty on repeat bookings, left out): Instagram (405; Friend or Family 271, Google 230)."
	},
	{
		id: 'aj-pottery_classes-11',
		question: 'how many different students have we had',
		tables: ['pottery_classes'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Student) FROM pottery_classes',
		note: 'Distinct Student: 1,303 (of 2,211 bookings).'
	},
	{
		id: 'aj-pottery_classes-12',
		question: 'what did each class cost per seat in 2023',
		tables: ['pottery_classes'],
		tags: ['max', 'group-by', 'time-year'],
		sql: `SELECT classType, MAX("Price per Seat (£)") FROM pottery_classes WHERE YEAR("Class Date") = 2023 GROUP BY classType`,
		note: 'Price per Seat (£) per classType over Class Date in 2023, one price each that year (5 rows: Wheel Throwing £42, Date Night Taster £38, Hand Building £32, Glazing £22, Kids Clay £14); MIN or AVG give the same.'
	},
	{
		id: 'aj-pottery_classes-13',
		question: 'how many new students found us through instagram or facebook',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE heardAbout IN ('Instagram', 'Facebook')`,
		note: "heardAbout 'Instagram' or 'Facebook': 494 (405 and 89); it is filled on a student's first booking only, so it is 494 distinct students too. A count per source is another reading."
	},
	{
		id: 'aj-pottery_classes-14',
		question: 'how many bookings were made without paying a deposit',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM pottery_classes WHERE NOT "Deposit Paid"',
		note: 'Deposit Paid = No: 375 (of 2,211).'
	},
	{
		id: 'aj-pottery_classes-15',
		question: 'no-show rate for bookings with a deposit compared with those without',
		tables: ['pottery_classes'],
		tags: ['share', 'filter-eq', 'group-by'],
		sql: `SELECT "Deposit Paid", COUNT(*) FILTER (WHERE Status = 'No-show') * 1.0 / COUNT(*) FROM pottery_classes GROUP BY "Deposit Paid"`,
		isShare: true,
		note: "Share of Status 'No-show' per Deposit Paid (2 rows: Yes 69 of 1,836, 3.8%; No 69 of 375, 18.4%). Out of the bookings not cancelled (4.2% and 20.7%) is another reading."
	},
	{
		id: 'aj-pottery_classes-16',
		question: 'top 3 students by number of bookings',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Student, COUNT(*) AS n FROM pottery_classes GROUP BY Student ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: "Rows per Student, most first: Niamh O'Donnell 60, Andrew Tucker 11, Isla Holmes 10 (fourth Ruby Fletcher and Daisy Quinn 9). The students with their counts; the names alone is another reading."
	},
	{
		id: 'aj-pottery_classes-17',
		question: 'how many seats were booked for saturday classes',
		tables: ['pottery_classes'],
		tags: ['sum', 'filter-eq', 'time-grain'],
		sql: `SELECT SUM(Seats) FROM pottery_classes WHERE DAYNAME("Class Date") = 'Saturday'`,
		note: 'Seats summed over Class Date a Saturday (wheel throwing in the morning, kids clay in the afternoon): 1,036 over 735 bookings, cancelled ones included (930 without them, another reading).'
	},
	{
		id: 'aj-pottery_classes-18',
		question: 'how many classes has rowan taught',
		tables: ['pottery_classes'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT ("Class Date", classType)) FROM pottery_classes WHERE Tutor = 'Rowan'`,
		note: "A class (a session) is a Class Date with its classType; Tutor 'Rowan' (from 13 August 2024): 52 sessions, with 228 bookings between them. The bookings (228) are not classes."
	},
	{
		id: 'aj-pottery_classes-19',
		question: 'hand building bookings since april 2024',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE classType = 'Hand Building' AND "Class Date" >= DATE '2024-04-01'`,
		note: "classType 'Hand Building' with Class Date from 1 April 2024 to the end of the export: 152."
	},
	{
		id: 'aj-pottery_classes-20',
		question:
			'how many kids clay bookings did we have over the summer holidays, 22 july to 30 august 2024',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE classType = 'Kids Clay' AND "Class Date" BETWEEN DATE '2024-07-22' AND DATE '2024-08-30'`,
		note: "classType 'Kids Clay' with Class Date from 22 July to 30 August 2024: 74 bookings (106 seats, on 14 days; the studio was shut 5 to 11 August)."
	},
	{
		id: 'aj-pottery_classes-21',
		question: 'how many couples book each date night on average',
		tables: ['pottery_classes'],
		tags: ['metric', 'aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT "Class Date") FROM pottery_classes WHERE classType = 'Date Night Taster'`,
		note: "A date night booking is a couple (2 seats); classType 'Date Night Taster', bookings per date night (a distinct Class Date): 192 / 45 = 4.27. Only those who came (3.42) is another reading."
	},
	{
		id: 'aj-pottery_classes-22',
		question: "how many bookings in 2023 weren't for kids clay",
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-negation', 'time-year'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE classType <> 'Kids Clay' AND YEAR("Class Date") = 2023`,
		note: "classType other than 'Kids Clay' with Class Date in 2023: 742 (of 1,004)."
	},
	{
		id: 'aj-pottery_classes-23',
		question: 'show me booking 00417',
		tables: ['pottery_classes'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT * FROM pottery_classes WHERE "Booking No" = '00417'`,
		note: "Booking No '00417' (text with the leading zeros): 1 row, booked on 5 May 2023 by Linda Nowak for Kids Clay with Priya on 30 May 2023, 1 seat at £14, deposit paid, attended, heard from Friend or Family. Any set of its columns that holds the row is another reading."
	},
	{
		id: 'aj-pottery_classes-24',
		question: 'how many glazeing bookings were canceled',
		tables: ['pottery_classes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM pottery_classes WHERE classType = 'Glazing' AND Status = 'Cancelled'`,
		note: "Glazing (typo) and canceled (the American spelling): classType 'Glazing' with Status 'Cancelled': 23 (of 244)."
	},
	{
		id: 'aj-pottery_classes-25',
		question: "what's the median number of days between someone booking and the class",
		tables: ['pottery_classes'],
		tags: ['median', 'metric'],
		sql: `SELECT MEDIAN("Class Date" - booked_on) FROM pottery_classes`,
		note: 'Days from booked_on to Class Date, the median over the 2,211 bookings: 10 (mean 14.8; 0 to 120).'
	},
	{
		id: 'aj-tree_surveys-01',
		question: 'how many trees did we survey between june and august 2024',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE "Survey Date" >= DATE '2024-06-01' AND "Survey Date" < DATE '2024-09-01'`,
		note: 'Survey Date from 1 June to 31 August 2024: 333 (most of Northfield ward and the start of Hillcrest).'
	},
	{
		id: 'aj-tree_surveys-02',
		question: 'how many dead trees are there',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE Condition = 'Dead'`,
		note: "Condition 'Dead': 75 (all to be felled)."
	},
	{
		id: 'aj-tree_surveys-03',
		question: 'trees by ward and condition',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT ward, Condition, COUNT(*) FROM tree_surveys GROUP BY ward, Condition',
		note: "Rows per ward and Condition (24 rows, every ward has all four conditions: e.g. Castle Good 180, Fair 93, Poor 30, Dead 13; St Mary's Good 149, Fair 75, Poor 32, Dead 10)."
	},
	{
		id: 'aj-tree_surveys-04',
		question: 'how many trees need felling',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE worksRecommended = 'Fell'`,
		note: "worksRecommended 'Fell': 138 (the 75 dead trees and 63 poor ones)."
	},
	{
		id: 'aj-tree_surveys-05',
		question: "what's the most common species",
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Species FROM tree_surveys GROUP BY Species ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Species, the most: Common Lime (183; Ornamental Cherry 157, Norway Maple 152).'
	},
	{
		id: 'aj-tree_surveys-06',
		question: 'average height by species, tallest first',
		tables: ['tree_surveys'],
		tags: ['avg', 'group-by', 'ordering'],
		sql: `SELECT Species, AVG("Height (m)") AS h FROM tree_surveys GROUP BY Species ORDER BY h DESC`,
		isOrdered: true,
		note: 'Height (m) averaged per Species, highest first (15 rows: London Plane 26.59, Common Lime 22.16, Horse Chestnut 20.15, Sycamore 20.04, Ash 19.62 … Field Maple 7.90, Rowan 7.29, Callery Pear 7.12).'
	},
	{
		id: 'aj-tree_surveys-07',
		question: 'how many maples have we got',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-contains', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE Species LIKE '%Maple%'`,
		note: "Maples are Species 'Norway Maple' (152) and 'Field Maple' (142): 294. A count per species is another reading."
	},
	{
		id: 'aj-tree_surveys-08',
		question: 'cherry trees in st marys ward',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-contains', 'filter-eq', 'quoting', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE Species LIKE '%Cherry%' AND ward = 'St Mary''s'`,
		note: `Cherries are Species 'Ornamental Cherry' and 'Wild Cherry'; ward "St Mary's" (written without the apostrophe): 48 (38 and 10). A count per species, or the rows, is another reading.`
	},
	{
		id: 'aj-tree_surveys-09',
		question: 'what percentage of the ash trees are in poor condition or dead',
		tables: ['tree_surveys'],
		tags: ['share', 'filter-eq', 'filter-list'],
		sql: `SELECT COUNT(*) FILTER (WHERE Condition IN ('Poor', 'Dead')) * 1.0 / COUNT(*) FROM tree_surveys WHERE Species = 'Ash'`,
		isShare: true,
		note: "Species 'Ash'; share with Condition 'Poor' or 'Dead': 58 of 99 (58.6%)."
	},
	{
		id: 'aj-tree_surveys-10',
		question: 'total estimated cost of all the recommended works',
		tables: ['tree_surveys'],
		tags: ['sum'],
		sql: 'SELECT SUM(est_cost_gbp) FROM tree_surveys',
		note: 'est_cost_gbp summed: £227,385 over the 709 trees with works (empty where none).'
	},
	{
		id: 'aj-tree_surveys-11',
		question: 'estimated cost of works by ward',
		tables: ['tree_surveys'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT ward, SUM(est_cost_gbp) FROM tree_surveys GROUP BY ward',
		note: "est_cost_gbp summed per ward (6 rows: Castle £48,150, St Mary's £40,245, Abbey £37,330, Northfield £37,065, Riverside £32,390, Hillcrest £32,205)."
	},
	{
		id: 'aj-tree_surveys-12',
		question: 'how many priority 1 jobs are there',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM tree_surveys WHERE Priority = 1',
		note: 'Priority 1 (urgent): 111 trees (£70,660 of works).'
	},
	{
		id: 'aj-tree_surveys-13',
		question: 'trees surveyed per month in 2023',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Survey Date") AS m, COUNT(*) FROM tree_surveys WHERE YEAR("Survey Date") = 2023 GROUP BY m`,
		note: 'Rows per calendar month of Survey Date in 2023 (10 rows, March to December: June 138 the most, July 120; December 16 the fewest). January and February with 0 is another reading.'
	},
	{
		id: 'aj-tree_surveys-14',
		question: 'how many trees were planted after 2010',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM tree_surveys WHERE plantedYear > 2010',
		note: 'plantedYear above 2010: 204 (from 2010, 227, another reading); trees with no planted year were planted before 1985.'
	},
	{
		id: 'aj-tree_surveys-15',
		question: 'how many trees have no planting year on record',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM tree_surveys WHERE plantedYear IS NULL',
		note: 'plantedYear empty (planted before the records begin in 1985): 1,027 of 1,661.'
	},
	{
		id: 'aj-tree_surveys-16',
		question: 'list the trees taller than 33 metres with their street and species',
		tables: ['tree_surveys'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: `SELECT "Tree ID", Street, Species, "Height (m)" FROM tree_surveys WHERE "Height (m)" > 33`,
		note: 'Height (m) above 33: 3 rows, all London Planes: T-00010 Abbey Road 33.7, T-00403 Castle Street 33.7, T-00923 Quay Street 33.5. Without the Tree ID or the height is another reading.'
	},
	{
		id: 'aj-tree_surveys-17',
		question: 'median girth of the oaks',
		tables: ['tree_surveys'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(girth_cm) FROM tree_surveys WHERE Species = 'English Oak'`,
		note: "The oaks are Species 'English Oak' (the only oak); girth_cm median over 63 trees: 78 cm (mean 105; most are young)."
	},
	{
		id: 'aj-tree_surveys-18',
		question: 'how many trees did rp survey in 2024',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE Surveyor = 'RP' AND YEAR("Survey Date") = 2024`,
		note: "Surveyor 'RP' (initials, written in lowercase) with Survey Date in 2024: 369 (467 in all)."
	},
	{
		id: 'aj-tree_surveys-19',
		question: 'how many different species are there on northfield avenue',
		tables: ['tree_surveys'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT Species) FROM tree_surveys WHERE Street = 'Northfield Avenue'`,
		note: "Street 'Northfield Avenue'; distinct Species: 9 (over 59 trees)."
	},
	{
		id: 'aj-tree_surveys-20',
		question: 'which street has the most trees damaging the pavement',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT Street FROM tree_surveys WHERE "Pavement Damage" GROUP BY Street ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Pavement Damage = Yes per Street, the most: Quay Street (36; Priory Walk and Tower Hill 35).'
	},
	{
		id: 'aj-tree_surveys-21',
		question: 'show me tree t-00417',
		tables: ['tree_surveys'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy'],
		sql: `SELECT * FROM tree_surveys WHERE "Tree ID" = 'T-00417'`,
		note: "Tree ID 'T-00417' (written in lowercase): 1 row, a London Plane on Castle Street, Castle ward, 26.3 m, girth 504 cm, Good, surveyed 16 June 2023 by KO, no works, planted year unknown, pavement damage Yes. Any set of its columns that holds the row is another reading."
	},
	{
		id: 'aj-tree_surveys-22',
		question: "how many trees aren't in good condition",
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE Condition <> 'Good'`,
		note: "Condition other than 'Good' (Fair 467, Poor 166, Dead 75): 708 of 1,661."
	},
	{
		id: 'aj-tree_surveys-23',
		question: 'horse chesnuts needing work',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tree_surveys WHERE Species = 'Horse Chestnut' AND worksRecommended <> 'None'`,
		note: "Horse chesnuts (typo) are Species 'Horse Chestnut'; worksRecommended other than 'None': 35 of 73 (Fell 11, Deadwood Removal 10, Crown Lift 9, Crown Reduction 5). Listing those trees (35 rows) is another reading."
	},
	{
		id: 'aj-tree_surveys-24',
		question: 'average estimated cost of a crown reduction since the rates went up in april 2024',
		tables: ['tree_surveys'],
		tags: ['avg', 'filter-eq', 'time-since'],
		sql: `SELECT AVG(est_cost_gbp) FROM tree_surveys WHERE worksRecommended = 'Crown Reduction' AND "Survey Date" >= DATE '2024-04-01'`,
		note: "worksRecommended 'Crown Reduction' with Survey Date from 1 April 2024: est_cost_gbp averaged over 36 trees, £543.89 (£507.55 over 53 before)."
	},
	{
		id: 'aj-tree_surveys-25',
		question: 'number of poor or dead trees in each ward',
		tables: ['tree_surveys'],
		tags: ['aggregate-count', 'filter-list', 'group-by'],
		sql: `SELECT ward, COUNT(*) FROM tree_surveys WHERE Condition IN ('Poor', 'Dead') GROUP BY ward`,
		note: "Condition 'Poor' or 'Dead' per ward, together (6 rows: Castle 43, St Mary's 42, Northfield 42, Abbey 41, Riverside 38, Hillcrest 35). Split by the two conditions is another reading."
	},
	{
		id: 'aj-taxi_fuel_claims-01',
		question: 'total fuel spend in 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE Category = 'Fuel' AND YEAR("Claim Date") = 2024`,
		note: "Amount (£) summed over Category 'Fuel' with Claim Date in 2024: £33,071.19 over 484 claims (rejected and pending claims included)."
	},
	{
		id: 'aj-taxi_fuel_claims-02',
		question: 'how many litres did gary buy in 2023',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Litres) FROM taxi_fuel_claims WHERE Driver = 'Gary Pearce' AND YEAR("Claim Date") = 2023`,
		note: "Gary is Driver 'Gary Pearce' (the only Gary); Litres summed over Claim Date in 2023: 3,340.89 litres (on his fuel claims; Litres is empty on the others)."
	},
	{
		id: 'aj-taxi_fuel_claims-03',
		question: 'average price per litre each month in 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['metric', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Claim Date") AS m, SUM("Amount (£)") / SUM(Litres) FROM taxi_fuel_claims WHERE Category = 'Fuel' AND YEAR("Claim Date") = 2024 GROUP BY m`,
		note: "Amount (£) over Litres of the fuel claims per calendar month of Claim Date in 2024 (12 rows: £1.479 in January, £1.529 in March the highest, down to £1.379 in October, £1.422 in December). The average of each claim's Amount / Litres differs by at most an eighth of a penny, the same answer."
	},
	{
		id: 'aj-taxi_fuel_claims-04',
		question: 'claims by category',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Category, COUNT(*) FROM taxi_fuel_claims GROUP BY Category',
		note: 'Rows per Category (4 rows: Fuel 927, Parking 235, Car Wash 176, Tolls 108). The amounts per category is another reading.'
	},
	{
		id: 'aj-taxi_fuel_claims-05',
		question: 'how many claims got rejected',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM taxi_fuel_claims WHERE NOT Approved',
		note: 'Rejected is Approved = No: 105 (86 of them without a receipt). The 37 not yet looked at (Approved empty) are not rejected.'
	},
	{
		id: 'aj-taxi_fuel_claims-06',
		question: 'how many claims are still waiting for the office to approve or reject them',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM taxi_fuel_claims WHERE Approved IS NULL',
		note: 'Approved empty (not looked at yet): 37, every claim from 16 December 2024.'
	},
	{
		id: 'aj-taxi_fuel_claims-07',
		question: 'how much is still to be paid out on claims, leaving out the ones we rejected',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-missing', 'filter-negation'],
		sql: 'SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE paid_date IS NULL AND Approved IS DISTINCT FROM false',
		note: 'paid_date empty and not rejected (Approved Yes or empty): £1,518.65, the 37 claims not yet looked at (every approved claim has been paid, the last on 27 December 2024).'
	},
	{
		id: 'aj-taxi_fuel_claims-08',
		question: 'how many claims came in without a reciept',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM taxi_fuel_claims WHERE NOT "Receipt Attached"',
		note: 'Reciept (typo) is Receipt Attached = No: 144 (Tolls 49, Parking 39, Fuel 29, Car Wash 27).'
	},
	{
		id: 'aj-taxi_fuel_claims-09',
		question: 'which driver spends the most on parking',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT Driver FROM taxi_fuel_claims WHERE Category = 'Parking' GROUP BY Driver ORDER BY SUM("Amount (£)") DESC LIMIT 1`,
		note: "Category 'Parking', Amount (£) summed per Driver, the most: Lee Barker (£279.60 over 60 claims, the night driver; Imran Hussain £169.70). By the number of claims it is Lee Barker too."
	},
	{
		id: 'aj-taxi_fuel_claims-10',
		question: 'how much did we spend on airport parking in 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE Merchant = 'Airport Drop-off' AND YEAR("Claim Date") = 2024`,
		note: "Airport parking is Merchant 'Airport Drop-off' (Category 'Parking'); Claim Date in 2024: £241 over 41 claims (£5, then £6 from 1 March 2024)."
	},
	{
		id: 'aj-taxi_fuel_claims-11',
		question: "sean o'connor's fuel total",
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'quoting'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE Driver = 'Sean O''Connor' AND Category = 'Fuel'`,
		note: `Driver "Sean O'Connor", Category 'Fuel': Amount (£) summed, £8,157.57 over 119 claims (all his claims £8,562.47). His litres (5,631.60) is another reading.`
	},
	{
		id: 'aj-taxi_fuel_claims-12',
		question: 'how many different drivers have used kp16 rwu',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT Driver) FROM taxi_fuel_claims WHERE vehicleReg = 'KP16 RWU'`,
		note: "vehicleReg 'KP16 RWU' (written in lowercase); distinct Driver: 2 (Tony Marshall to June 2024, Raj Patel from July 2024)."
	},
	{
		id: 'aj-taxi_fuel_claims-13',
		question: 'how much did we pay out in expenses in june 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE paid_date >= DATE '2024-06-01' AND paid_date < DATE '2024-07-01'`,
		note: 'Paid out is paid_date in June 2024 (28 June, with the wages): £2,918.91 over 57 claims. Claims made in June 2024 (Claim Date, £2,717.44 over 52) is another reading.'
	},
	{
		id: 'aj-taxi_fuel_claims-14',
		question: 'highest mileage recorded for KX19 HVM',
		tables: ['taxi_fuel_claims'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(mileage) FROM taxi_fuel_claims WHERE vehicleReg = 'KX19 HVM'`,
		note: "vehicleReg 'KX19 HVM' (Gary Pearce's car): the highest mileage, 129,800."
	},
	{
		id: 'aj-taxi_fuel_claims-15',
		question: 'average fill up in litres',
		tables: ['taxi_fuel_claims'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(Litres) FROM taxi_fuel_claims',
		note: 'A fill-up is a fuel claim; Litres averaged over the 927 that have it: 47.27 (median 47.12).'
	},
	{
		id: 'aj-taxi_fuel_claims-16',
		question: 'total spent on tolls since april 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'time-since'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE Category = 'Tolls' AND "Claim Date" >= DATE '2024-04-01'`,
		note: "Category 'Tolls' with Claim Date from 1 April 2024 (when a crossing went up to £3): £237 over 38 claims."
	},
	{
		id: 'aj-taxi_fuel_claims-17',
		question: 'car washes per driver in 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'time-year'],
		sql: `SELECT Driver, COUNT(*) FROM taxi_fuel_claims WHERE Category = 'Car Wash' AND YEAR("Claim Date") = 2024 GROUP BY Driver`,
		note: "Category 'Car Wash' with Claim Date in 2024, rows per Driver (9 rows: Michelle D'Arcy 16, Imran Hussain 14, Sean O'Connor 13, Kasia Nowak 12, Gary Pearce 11, Lee Barker 9, Tony Marshall 6, Dave Lloyd 5, Raj Patel 5). The amounts is another reading."
	},
	{
		id: 'aj-taxi_fuel_claims-18',
		question: 'fuel claims per month',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Claim Date") AS m, COUNT(*) FROM taxi_fuel_claims WHERE Category = 'Fuel' GROUP BY m`,
		note: "Category 'Fuel', rows per calendar month of Claim Date (24 rows, January 2023 to December 2024: from 25 in January 2023 to 47 in December 2023 the most; 45 in December 2024)."
	},
	{
		id: 'aj-taxi_fuel_claims-19',
		question: 'top 3 petrol stations by fuel spend',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Merchant, SUM("Amount (£)") AS s FROM taxi_fuel_claims WHERE Category = 'Fuel' GROUP BY Merchant ORDER BY s DESC LIMIT 3`,
		isOrdered: true,
		note: "Petrol stations are the Merchant of the fuel claims; Amount (£) summed, most first: Tesco £16,487.53, Shell £11,667.96, BP £11,045.87 (fourth Sainsbury's £10,449.61). The stations with their totals; the names alone is another reading."
	},
	{
		id: 'aj-taxi_fuel_claims-20',
		question: 'how much have the drivers spent at shell',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE Merchant = 'Shell'`,
		note: "Merchant 'Shell' (fuel only): £11,667.96 over 162 claims."
	},
	{
		id: 'aj-taxi_fuel_claims-21',
		question: 'what percentage of fuel claims were at tesco, asda or sainsburys',
		tables: ['taxi_fuel_claims'],
		tags: ['share', 'filter-list', 'quoting', 'fuzzy'],
		sql: `SELECT COUNT(*) FILTER (WHERE Merchant IN ('Tesco', 'Asda', 'Sainsbury''s')) * 1.0 / COUNT(*) FROM taxi_fuel_claims WHERE Category = 'Fuel'`,
		isShare: true,
		note: `Of the rows with Category 'Fuel', the share with Merchant 'Tesco', 'Asda' or "Sainsbury's" (written without the apostrophe): 520 of 927 (56.1%). By amount is another reading.`
	},
	{
		id: 'aj-taxi_fuel_claims-22',
		question: 'how much did drivers claim for things other than fuel in 2023',
		tables: ['taxi_fuel_claims'],
		tags: ['sum', 'filter-negation', 'time-year'],
		sql: `SELECT SUM("Amount (£)") FROM taxi_fuel_claims WHERE Category <> 'Fuel' AND YEAR("Claim Date") = 2023`,
		note: "Category other than 'Fuel' (parking, car washes, tolls) with Claim Date in 2023: £1,388 over 254 claims."
	},
	{
		id: 'aj-taxi_fuel_claims-23',
		question: 'median parking claim',
		tables: ['taxi_fuel_claims'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Amount (£)") FROM taxi_fuel_claims WHERE Category = 'Parking'`,
		note: "Category 'Parking'; Amount (£) median over 235 claims: £4.60 (mean £4.38)."
	},
	{
		id: 'aj-taxi_fuel_claims-24',
		question: 'number of claims by driver and category for 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['aggregate-count', 'multi-group', 'time-year'],
		sql: `SELECT Driver, Category, COUNT(*) FROM taxi_fuel_claims WHERE YEAR("Claim Date") = 2024 GROUP BY Driver, Category`,
		note: 'Rows per Driver and Category with Claim Date in 2024 (36 rows, every driver has all four: e.g. Imran Hussain Fuel 71, Parking 19, Car Wash 14, Tolls 10; Raj Patel Fuel 37, Parking 5, Car Wash 5, Tolls 2).'
	},
	{
		id: 'aj-taxi_fuel_claims-25',
		question: 'show claim 24-0032',
		tables: ['taxi_fuel_claims'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT * FROM taxi_fuel_claims WHERE "Claim Ref" = '24-0032'`,
		note: "Claim Ref '24-0032' (text with the leading zeros): 1 row, Imran Hussain in KY20 BZN on 16 January 2024, Tolls at the Kingsway Toll Bridge, £2.50, mileage 85,814, no receipt, not approved, not paid. Any set of its columns that holds the row is another reading."
	},
	{
		id: 'aj-refuse-01',
		question: 'how many pots did our students make in 2024',
		tables: ['pottery_classes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No pieces are recorded; only bookings, seats and the kiln fee (charged per seat or per booking, not per piece).'
	},
	{
		id: 'aj-refuse-02',
		question: "what's the average age of the children at kids clay",
		tables: ['pottery_classes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth; only the name on the booking and the seats.'
	},
	{
		id: 'aj-refuse-03',
		question: 'how much did we spend on clay and glazes in 2023',
		tables: ['pottery_classes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs or purchases; Price per Seat (£) and kiln_fee_gbp are what students paid.'
	},
	{
		id: 'aj-refuse-04',
		question: 'how many trees did the contractors actually fell in 2024',
		tables: ['tree_surveys'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only the works recommended at the survey are recorded (worksRecommended 'Fell'), not works carried out or when."
	},
	{
		id: 'aj-refuse-05',
		question: 'which trees have a tree preservation order on them',
		tables: ['tree_surveys'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No tree preservation orders or protected status are recorded.'
	},
	{
		id: 'aj-refuse-06',
		question: 'how many complaints about trees have residents sent in',
		tables: ['tree_surveys'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No complaints or enquiries from residents; the survey's findings only (Pavement Damage is what the surveyor saw)."
	},
	{
		id: 'aj-refuse-07',
		question: 'how much did gary take in fares in 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Expense claims only; no fares, takings or jobs (Amount (£) is what a driver claimed back).'
	},
	{
		id: 'aj-refuse-08',
		question: 'how much do we pay for insurance on each car',
		tables: ['taxi_fuel_claims'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No insurance, servicing or other running costs; only fuel, parking, car wash and toll claims.'
	},
	{
		id: 'aj-refuse-09',
		question: 'how many hours did lee work in december 2024',
		tables: ['taxi_fuel_claims'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No hours, shifts or days worked; only the claims and their dates.'
	}
];
