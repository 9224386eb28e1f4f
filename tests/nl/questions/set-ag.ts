import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AG: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ag/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - window_cleaning_rounds.csv (1,510 rows, Clearview Window Cleaning, one van working from
 *   Fenwick: its round book for 2 January 2023 to 23 December 2024, one row per clean due at a
 *   customer's house (688 in 2023, 822 in 2024); Monday to Friday, nothing from Christmas Eve to
 *   New Year; a clean missed for rain or because the side gate was locked is not made up, it
 *   waits for the next round and nothing is charged; prices went up £2 a clean from 1 April
 *   2024; a conservatory roof (£10 more) is done every other clean for the 25 customers who have
 *   one; gutters cleared on request, mostly in September to November (£30 for a flat or a
 *   terrace, £35 otherwise); card payments from July 2023): job_id (BIGINT, 1-1,510, unique, in
 *   date order), "Clean Date" (DATE, 408 days), "Customer No" (VARCHAR, four digits with the
 *   leading zeros kept, '0001'-'0097', one per customer; 97 customers, 62 on the books from the
 *   start, the others joining through the two years, a few leaving), customerName (97 names,
 *   one per Customer No; 6 with an apostrophe: "Bridget O'Hare" ('0007', 25 rows), "Gareth
 *   O'Brien", "Tom O'Leary", "Owen D'Souza", "Kwame D'Arcy", "Charlie D'Arcy"), Street (18, e.g.
 *   "St John's Way" 160 rows the most, 'Station Road' 126), Village (5: 'Fenwick' 626 rows (38
 *   customers) | 'Kelford' 254 (19) | 'Ashby Parva' 233 (14) | 'Thornby Marsh' 203 (14) | 'Low
 *   Hesket' 194 (12)), "House Type" ('Semi-Detached' 549 rows (36 customers) | 'Detached' 457
 *   (24) | 'Terraced' 205 (14) | 'Bungalow' 200 (15) | 'Flat' 99 (8)), windows (BIGINT, the
 *   house's windows, 4-18, median 10), "Every (weeks)" (BIGINT, the round: 4 on 993 rows (52
 *   customers, every detached house) | 8 on 517 (45)), Done (BOOLEAN, from Yes/No; 1,296 Yes,
 *   214 No: 597 done in 2023, 699 in 2024), missed_reason ('Rain' 175 (most in winter, none in
 *   September 2024) | 'No access' 39; missing on the 1,296 cleans done), "Price (£)" (DOUBLE, the
 *   clean without extras, 8-25; £22,337 in all; missing on the 214 missed), Conservatory
 *   (BOOLEAN, from Yes/No, the conservatory roof cleaned this time: 175 Yes), "Gutters Cleared"
 *   (BOOLEAN, from Yes/No: 59 Yes), "Extras (£)" (DOUBLE, conservatory roof and gutters, 10-45;
 *   £3,750 in all; missing on the 1,281 rows with no extras), paidBy ('Bank Transfer' 571 |
 *   'Cash' 522 | 'Card' 195 (from 7 July 2023); missing on the 214 missed cleans and on 8 cleans
 *   of December 2024 not yet paid for, £140 owed), Cleaner ('Dean Hollis' 1,029, the owner |
 *   "Kieran O'Neill" 481, from 1 May 2023; who went to the house, a missed clean too). No costs,
 *   fuel, tips, customers' addresses beyond the street, time spent at a house or ladders.
 * - food_bank_parcels.csv (2,271 rows, Harrowby Food Bank: its parcel log for 3 January 2023 to
 *   20 December 2024, one row per food parcel handed out (1,041 in 2023, 1,230 in 2024); open
 *   Tuesdays and Fridays until 31 August 2023 (68 days, 657 parcels) and Mondays, Wednesdays and
 *   Fridays from 1 September 2023 (200 days, 1,614 parcels), bank holidays closed; busiest in
 *   winter (January 2024 136 parcels the most, December 2023 105) and quietest in the spring
 *   and early summer (April 2023 56 the fewest)): parcel_id (BIGINT, 1-2,271, in date order),
 *   "Date Given" (DATE, 268 days), "Distribution Centre" ("St Luke's Church Hall" 986 |
 *   'Eastgate Community Centre' 656 | 'Riverside Hub' 629 (every delivered parcel)),
 *   referralAgency ('Citizens Advice' 692 | 'Jobcentre Plus' 316 | 'Social Services' 278 | 'GP
 *   Surgery' 277 | 'Housing Association' 195 | 'School' 141 | 'Age UK' 114 | "Women's Aid" 86 |
 *   'Health Visitor' 75; missing on the 97 emergency parcels handed out without a referral),
 *   "Voucher No" (VARCHAR, six digits with the leading zeros kept, '003201'-'008697', unique;
 *   missing on the 97 emergency parcels), household_size (BIGINT, 1-8, mean 2.75; 6,236 people
 *   in all), adults (BIGINT, 1-3; 3,549 in all), children (BIGINT, 0-5; 2,687 in all),
 *   household_size = adults + children, "Parcel Type" ('Family' 990 (children and 3 or more
 *   people) | 'Single' 595 | 'Standard' 563 | 'Kettle Pack' 123 (no way to cook)), dietaryNeeds
 *   ('Halal' 175 | 'Vegetarian' 138 | 'Diabetic' 108 | 'Gluten Free' 76 | 'Vegan' 48; missing
 *   on the 1,726 parcels with none), "First Visit" (BOOLEAN, from Yes/No; 1,254 Yes), Delivered
 *   (BOOLEAN, from Yes/No; 157 Yes, to the housebound, from the Riverside Hub; the others
 *   collected), "Volunteer On Duty" (6: 'Joan Petrie' 415 | 'Ravi Chauhan' 414 | 'Margaret
 *   Ellis' 409 | "Sinead O'Malley" 391 | 'Tony Briggs' 327 | 'Ade Okafor' 315), "Parcel Weight
 *   (kg)" (DOUBLE, 6-43.1, median 14.6; 38,433.2 kg in all). No names or addresses of the
 *   people helped, ages, postcodes, donations, stock or food bought.
 * - sailing_club_races.csv (2,414 rows, Tarnside Sailing Club, dinghies on a reservoir: its race
 *   results for the 2023 and 2024 seasons (5 March 2023 to 27 October 2024, March to October),
 *   one row per boat entered in a race; 168 races (85 in 2023, 83 in 2024) on 100 days, 7-23
 *   boats a race (14.4 on average); Sunday races, two a day, in the 'Spring Series' (March to
 *   May), 'Summer Series' (June to August) and 'Autumn Series' (September and October), and
 *   the 'Wednesday Evening' series, one race a night, May to August; days with no wind or a gale
 *   have no rows; handicap racing on the Portsmouth Yardstick, corrected time = elapsed time x
 *   1000 / PY, positions by corrected time among the finishers): "Race Date" (DATE), Series (4;
 *   2023: Spring 328 rows, Summer 390, Autumn 232, Wednesday Evening 274; 2024: 316, 437, 195,
 *   242), raceNo (BIGINT, the race's number in its series and season, 1-26), Helm (38 sailors,
 *   one boat each; three with an apostrophe: "Julie O'Brien" (RS200, 60 rows), "Rory D'Arcy"
 *   (RS200, 69), "Niamh O'Sullivan" (GP14, 58); 'Helen Gibson' 133 rows the most), Crew (15
 *   names, the crew of a two-person boat, now and then a stand-in; missing on the 1,427 rows of
 *   single-handers), "Boat Class" (9: 'ILCA 7' 449 | 'ILCA 6' 313 | 'Enterprise' 287 | 'Topper'
 *   283 | 'Wayfarer' 277 | 'GP14' 254 | 'RS Aero 7' 225 | 'RS200' 169 | 'Solo' 157; two-person:
 *   Enterprise, Wayfarer, GP14, RS200), sail_number (BIGINT, 1215-219862, one per boat), "Club
 *   Boat" (BOOLEAN, from Yes/No; 175 Yes: 3 helms sail a club-owned boat), PY (BIGINT, the
 *   class's Portsmouth Yardstick handicap, 1046 (RS200) to 1365 (Topper)), "Elapsed (s)"
 *   (BIGINT, seconds from start to finish, 2069-7018; missing on the 168 DNF, DNS and OCS rows),
 *   correctedTime (BIGINT, seconds, 1877-5697; missing as Elapsed), "Position" (BIGINT, the
 *   finishing place on corrected time, 1 to the number of finishers; the column's name is an
 *   SQL keyword; missing as Elapsed), result_code ('DNF' 88 | 'DNS' 56 | 'OCS' 24 (over the
 *   line at the start); missing on the 2,246 finishers), Points (BIGINT, the series score: the
 *   position, or the number of entries plus one for a DNF, DNS or OCS; low is good; 1-24),
 *   "Wind (knots)" (BIGINT, the wind strength of the race, 3-21, median 11 over races). No
 *   courses, marks, wind direction, sailors' ages, membership fees or boat prices.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AG_TABLE_SOURCES: TableSource[] = [
	{
		name: 'window_cleaning_rounds',
		humanName: 'Window cleaning rounds',
		repoDir: 'tests/nl/data/set-ag',
		file: 'window_cleaning_rounds.csv',
		format: 'csv'
	},
	{
		name: 'food_bank_parcels',
		humanName: 'Food bank parcels',
		repoDir: 'tests/nl/data/set-ag',
		file: 'food_bank_parcels.csv',
		format: 'csv'
	},
	{
		name: 'sailing_club_races',
		humanName: 'Sailing club races',
		repoDir: 'tests/nl/data/set-ag',
		file: 'sailing_club_races.csv',
		format: 'csv'
	}
];

export const SET_AG_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ag-window_cleaning_rounds-01',
		question: 'how many houses did we actually clean in 2024',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE Done AND YEAR("Clean Date") = 2024`,
		note: 'Cleans done are Done = Yes; Clean Date in 2024: 699 (822 due, 123 missed). Each clean is a row; distinct houses cleaned is another reading.'
	},
	{
		id: 'ag-window_cleaning_rounds-02',
		question: 'total charged for window cleans in 2023',
		tables: ['window_cleaning_rounds'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Price (£)") FROM window_cleaning_rounds WHERE YEAR("Clean Date") = 2023`,
		note: 'Price (£) summed over Clean Date in 2023: £9,848 over the 597 cleans done (missed cleans have no price). With Extras (£) (£1,570) it is £11,418, another reading.'
	},
	{
		id: 'ag-window_cleaning_rounds-03',
		question: 'average price of a detached house since the price rise in april 2024',
		tables: ['window_cleaning_rounds'],
		tags: ['avg', 'filter-eq', 'time-since'],
		sql: `SELECT AVG("Price (£)") FROM window_cleaning_rounds WHERE "House Type" = 'Detached' AND "Clean Date" >= DATE '2024-04-01'`,
		note: "House Type 'Detached', Clean Date from 1 April 2024: Price (£) averaged over 153 cleans, £23.31 (£22 to £25); before the rise £21.35 over 238."
	},
	{
		id: 'ag-window_cleaning_rounds-04',
		question: 'which village has got the most customers',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-distinct', 'group-by', 'top-n'],
		sql: `SELECT Village FROM window_cleaning_rounds GROUP BY Village ORDER BY COUNT(DISTINCT "Customer No") DESC LIMIT 1`,
		note: 'Distinct Customer No per Village, the most: Fenwick (38 of 97; Kelford 19). By rows (cleans) Fenwick is the most too (626).'
	},
	{
		id: 'ag-window_cleaning_rounds-05',
		question: 'how many cleans got rained off',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE missed_reason = 'Rain'`,
		note: "missed_reason 'Rain': 175 (of the 214 missed; 106 in 2024)."
	},
	{
		id: 'ag-window_cleaning_rounds-06',
		question: 'what percentage of cleans did we miss',
		tables: ['window_cleaning_rounds'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE NOT Done) * 1.0 / COUNT(*) FROM window_cleaning_rounds',
		isShare: true,
		note: 'Share of rows with Done = No (or a missed_reason): 214 of 1,510 (14.2%).'
	},
	{
		id: 'ag-window_cleaning_rounds-07',
		question: 'missed cleans per month in 2024',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Clean Date") AS m, COUNT(*) FROM window_cleaning_rounds WHERE NOT Done AND YEAR("Clean Date") = 2024 GROUP BY m`,
		note: 'Done = No per calendar month of Clean Date in 2024 (11 rows, September has none: January 23 the most, June 21, March 20; May 1 the fewest). September with 0 is another reading.'
	},
	{
		id: 'ag-window_cleaning_rounds-08',
		question: 'how many customers are on the four weekly round',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-distinct', 'filter-numeric', 'quoting'],
		sql: `SELECT COUNT(DISTINCT "Customer No") FROM window_cleaning_rounds WHERE "Every (weeks)" = 4`,
		note: 'Every (weeks) 4; distinct Customer No: 52 (45 on the eight-weekly round). Their 993 rows are cleans, not customers.'
	},
	{
		id: 'ag-window_cleaning_rounds-09',
		question: 'how many conservatory roofs did we do in 2024',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE Conservatory AND YEAR("Clean Date") = 2024`,
		note: 'Conservatory = Yes (the roof cleaned that time) with Clean Date in 2024: 92.'
	},
	{
		id: 'ag-window_cleaning_rounds-10',
		question: 'median price for a semi',
		tables: ['window_cleaning_rounds'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Price (£)") FROM window_cleaning_rounds WHERE "House Type" = 'Semi-Detached'`,
		note: "A semi is House Type 'Semi-Detached'; Price (£) median over its 475 cleans done: £16 (£15 to £19)."
	},
	{
		id: 'ag-window_cleaning_rounds-11',
		question: 'how many cleans has kieran done',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE Cleaner = 'Kieran O''Neill' AND Done`,
		note: `Kieran is Cleaner "Kieran O'Neill" (the only Kieran); with Done = Yes: 418 (481 rows, 63 of them missed). All his rows (481) is another reading.`
	},
	{
		id: 'ag-window_cleaning_rounds-12',
		question: 'top 5 streets by number of cleans done',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT Street, COUNT(*) AS n FROM window_cleaning_rounds WHERE Done GROUP BY Street ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: "Done = Yes per Street, most first: St John's Way 138, Station Road 110, Chapel Street 105, Elm Grove 102, Manor Road 93 (sixth The Green and Marsh Lane 91). The streets with their counts; the names alone is another reading."
	},
	{
		id: 'ag-window_cleaning_rounds-13',
		question: 'how much am I still owed',
		tables: ['window_cleaning_rounds'],
		tags: ['sum', 'filter-missing', 'fuzzy'],
		sql: `SELECT SUM("Price (£)" + COALESCE("Extras (£)", 0)) FROM window_cleaning_rounds WHERE Done AND paidBy IS NULL`,
		note: 'Owed is a clean done (Done = Yes) with paidBy empty: 8 cleans from 3 December 2024, £140 (no extras among them, so Price (£) alone gives the same). Missed cleans have no paidBy either but nothing is charged.'
	},
	{
		id: 'ag-window_cleaning_rounds-14',
		question: 'how many cleans were paid by card',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE paidBy = 'Card'`,
		note: "paidBy 'Card': 195 (from 7 July 2023)."
	},
	{
		id: 'ag-window_cleaning_rounds-15',
		question: 'takings by payment method and year',
		tables: ['window_cleaning_rounds'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: `SELECT paidBy, YEAR("Clean Date") AS y, SUM("Price (£)" + COALESCE("Extras (£)", 0)) FROM window_cleaning_rounds WHERE paidBy IS NOT NULL GROUP BY paidBy, y`,
		note: 'Takings are Price (£) plus Extras (£) of the cleans paid, per paidBy and year of Clean Date (6 rows: Bank Transfer £4,824 and £6,218, Card £1,196 and £2,855, Cash £5,398 and £5,456 in 2023 and 2024). Price (£) alone (Bank Transfer £4,389 and £5,553, Card £1,026 and £2,305, Cash £4,433 and £4,491) is another reading, as is a row for the £140 not yet paid.'
	},
	{
		id: 'ag-window_cleaning_rounds-16',
		question: 'how many times has customer 0007 been cleaned',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE "Customer No" = '0007' AND Done`,
		note: `Customer No '0007' (text with the leading zeros; Bridget O'Hare of The Green, Ashby Parva, four-weekly) with Done = Yes: 22 (25 due, 3 missed).`
	},
	{
		id: 'ag-window_cleaning_rounds-17',
		question: "how many times did we miss bridget o'hare's house",
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE customerName = 'Bridget O''Hare' AND NOT Done`,
		note: `customerName "Bridget O'Hare" with Done = No: 3 (of 25 cleans due).`
	},
	{
		id: 'ag-window_cleaning_rounds-18',
		question: 'gutters cleared in the autumn of 2024',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE "Gutters Cleared" AND "Clean Date" >= DATE '2024-09-01' AND "Clean Date" < DATE '2024-12-01'`,
		note: 'Gutters Cleared = Yes with Clean Date from 1 September to 30 November 2024 (the autumn): 22 (59 in the two years).'
	},
	{
		id: 'ag-window_cleaning_rounds-19',
		question: 'how many cleans did we do outside fenwick',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM window_cleaning_rounds WHERE Done AND Village <> 'Fenwick'`,
		note: "Done = Yes with Village other than 'Fenwick': 758 (of 1,296 done). All rows outside Fenwick (884) is another reading."
	},
	{
		id: 'ag-window_cleaning_rounds-20',
		question: 'average number of windows per house',
		tables: ['window_cleaning_rounds'],
		tags: ['avg', 'aggregate-distinct', 'fuzzy'],
		sql: `SELECT AVG(windows) FROM (SELECT DISTINCT "Customer No", windows FROM window_cleaning_rounds)`,
		note: 'windows averaged once per house (Customer No, 97): 10.09. Over the rows (cleans, where four-weekly detached houses count more) it is 10.42, another reading.'
	},
	{
		id: 'ag-window_cleaning_rounds-21',
		question: 'how many customers have detached houses or bungalows',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-distinct', 'filter-list'],
		sql: `SELECT COUNT(DISTINCT "Customer No") FROM window_cleaning_rounds WHERE "House Type" IN ('Detached', 'Bungalow')`,
		note: "House Type 'Detached' or 'Bungalow'; distinct Customer No: one count, 39 (Detached 24, Bungalow 15); a count per type is another reading."
	},
	{
		id: 'ag-window_cleaning_rounds-22',
		question: 'average price per clean by house type',
		tables: ['window_cleaning_rounds'],
		tags: ['avg', 'group-by'],
		sql: `SELECT "House Type", AVG("Price (£)") FROM window_cleaning_rounds GROUP BY "House Type"`,
		note: 'Price (£) averaged per House Type over the cleans done (5 rows: Flat £9.32, Terraced £13.21, Bungalow £15.97, Semi-Detached £16.56, Detached £22.12).'
	},
	{
		id: 'ag-window_cleaning_rounds-23',
		question: "what's the most we've charged for extras on one job",
		tables: ['window_cleaning_rounds'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Extras (£)") FROM window_cleaning_rounds`,
		note: 'The highest Extras (£): £45 (a conservatory roof and the gutters on the same visit, 5 times). The amount; the jobs (rows) is another reading.'
	},
	{
		id: 'ag-window_cleaning_rounds-24',
		question: 'list the missed cleans in march 2024 with the customer, street and why',
		tables: ['window_cleaning_rounds'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT customerName, Street, missed_reason FROM window_cleaning_rounds WHERE NOT Done AND "Clean Date" >= DATE '2024-03-01' AND "Clean Date" < DATE '2024-04-01'`,
		note: "Done = No with Clean Date in March 2024: 20 rows of customerName, Street and missed_reason (18 Rain on 4, 8, 11 and 25 March; 2 No access, Owen D'Souza on 15 March and Ava Khan on 26 March). With the date too is another reading."
	},
	{
		id: 'ag-window_cleaning_rounds-25',
		question: 'cleens done each month in 2023',
		tables: ['window_cleaning_rounds'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', "Clean Date") AS m, COUNT(*) FROM window_cleaning_rounds WHERE Done AND YEAR("Clean Date") = 2023 GROUP BY m`,
		note: 'Cleans (typo) with Done = Yes per calendar month of Clean Date in 2023 (12 rows: October 64 the most, June and August 61; December 32 the fewest, January 36). Counting every clean due is another reading.'
	},
	{
		id: 'ag-food_bank_parcels-01',
		question: 'how many parcels did we give out in 2024',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE YEAR("Date Given") = 2024`,
		note: 'Rows (parcels) with Date Given in 2024: 1,230 (1,041 in 2023).'
	},
	{
		id: 'ag-food_bank_parcels-02',
		question: 'how many people did we feed in 2023',
		tables: ['food_bank_parcels'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM(household_size) FROM food_bank_parcels WHERE YEAR("Date Given") = 2023`,
		note: 'People fed are household_size summed over the parcels of 2023: 2,829 (1,605 adults, 1,224 children; a household coming back is counted again). The number of parcels (1,041) is another reading.'
	},
	{
		id: 'ag-food_bank_parcels-03',
		question: 'how many kids got food from us in december 2024',
		tables: ['food_bank_parcels'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM(children) FROM food_bank_parcels WHERE "Date Given" >= DATE '2024-12-01' AND "Date Given" < DATE '2025-01-01'`,
		note: 'children summed over the parcels with Date Given in December 2024 (to 20 December): 100, over 87 parcels. Parcels with children (a count of rows) is another reading.'
	},
	{
		id: 'ag-food_bank_parcels-04',
		question: 'which referral agency sends us the most people',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT referralAgency FROM food_bank_parcels WHERE referralAgency IS NOT NULL GROUP BY referralAgency ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Parcels (rows) per referralAgency, the most: Citizens Advice (692; Jobcentre Plus 316). By household_size summed it is Citizens Advice too (1,756 people).'
	},
	{
		id: 'ag-food_bank_parcels-05',
		question: 'what proportion of parcels go to first time visitors',
		tables: ['food_bank_parcels'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE "First Visit") * 1.0 / COUNT(*) FROM food_bank_parcels`,
		isShare: true,
		note: 'Share of rows with First Visit = Yes: 1,254 of 2,271 (55.2%).'
	},
	{
		id: 'ag-food_bank_parcels-06',
		question: 'parcels per month in 2023',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Given") AS m, COUNT(*) FROM food_bank_parcels WHERE YEAR("Date Given") = 2023 GROUP BY m`,
		note: 'Rows per calendar month of Date Given in 2023 (12 rows: January 123 the most, December 105, November 102; April 56 the fewest).'
	},
	{
		id: 'ag-food_bank_parcels-07',
		question: 'average houshold size',
		tables: ['food_bank_parcels'],
		tags: ['avg', 'fuzzy'],
		sql: 'SELECT AVG(household_size) FROM food_bank_parcels',
		note: 'household_size (typo) averaged over the 2,271 parcels: 2.75 (median 3).'
	},
	{
		id: 'ag-food_bank_parcels-08',
		question: 'how many emergency parcels went out without a voucher',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE "Voucher No" IS NULL`,
		note: 'Voucher No empty (an emergency parcel, referralAgency empty too): 97.'
	},
	{
		id: 'ag-food_bank_parcels-09',
		question: "how many parcels were delivered to people's homes",
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM food_bank_parcels WHERE Delivered',
		note: 'Delivered = Yes: 157 (all from the Riverside Hub; the other 2,114 collected).'
	},
	{
		id: 'ag-food_bank_parcels-10',
		question: 'halal parcels given out at eastgate',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE dietaryNeeds = 'Halal' AND "Distribution Centre" = 'Eastgate Community Centre'`,
		note: "dietaryNeeds 'Halal' with Distribution Centre 'Eastgate Community Centre': 47 (of 175 halal parcels)."
	},
	{
		id: 'ag-food_bank_parcels-11',
		question: 'median weight of a family parcel',
		tables: ['food_bank_parcels'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Parcel Weight (kg)") FROM food_bank_parcels WHERE "Parcel Type" = 'Family'`,
		note: "Parcel Type 'Family'; Parcel Weight (kg) median over 990 parcels: 24 kg."
	},
	{
		id: 'ag-food_bank_parcels-12',
		question: 'total kg of food given out in 2024',
		tables: ['food_bank_parcels'],
		tags: ['sum', 'time-year', 'quoting'],
		sql: `SELECT SUM("Parcel Weight (kg)") FROM food_bank_parcels WHERE YEAR("Date Given") = 2024`,
		note: 'Parcel Weight (kg) summed over Date Given in 2024: 20,928.5 kg.'
	},
	{
		id: 'ag-food_bank_parcels-13',
		question: 'how many parcels over the winter of 2023/24, november to february',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE "Date Given" >= DATE '2023-11-01' AND "Date Given" < DATE '2024-03-01'`,
		note: 'Date Given from 1 November 2023 to 29 February 2024: 451 (November 102, December 105, January 136, February 108).'
	},
	{
		id: 'ag-food_bank_parcels-14',
		question: 'parcels by centre and year',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT "Distribution Centre", YEAR("Date Given") AS y, COUNT(*) FROM food_bank_parcels GROUP BY "Distribution Centre", y`,
		note: "Rows per Distribution Centre and year of Date Given (6 rows: St Luke's Church Hall 443 and 543, Eastgate Community Centre 318 and 338, Riverside Hub 280 and 349 in 2023 and 2024)."
	},
	{
		id: 'ag-food_bank_parcels-15',
		question: 'how many parcels had a special diet',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM food_bank_parcels WHERE dietaryNeeds IS NOT NULL',
		note: 'dietaryNeeds not empty (empty means none): 545 (Halal 175, Vegetarian 138, Diabetic 108, Gluten Free 76, Vegan 48).'
	},
	{
		id: 'ag-food_bank_parcels-16',
		question: 'how many parcels went out on mondays in 2024',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'time-grain'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE DAYNAME("Date Given") = 'Monday' AND YEAR("Date Given") = 2024`,
		note: 'Date Given a Monday in 2024: 390 (Wednesday 407, Friday 433).'
	},
	{
		id: 'ag-food_bank_parcels-17',
		question: 'how many parcels since we changed the opening days in september 2023',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE "Date Given" >= DATE '2023-09-01'`,
		note: 'Date Given from 1 September 2023 (Mondays, Wednesdays and Fridays since) to the end of the log: 1,614 (657 before).'
	},
	{
		id: 'ag-food_bank_parcels-18',
		question:
			'average parcels per opening day before and after the change of opening days on 1 september 2023',
		tables: ['food_bank_parcels'],
		tags: ['metric', 'aggregate-distinct', 'group-by', 'time-range'],
		sql: `SELECT "Date Given" >= DATE '2023-09-01' AS after_change, COUNT(*) * 1.0 / COUNT(DISTINCT "Date Given") FROM food_bank_parcels GROUP BY after_change`,
		note: 'Parcels per distinct Date Given (an opening day), before and from 1 September 2023: 2 rows, 9.66 before (657 over 68 days, Tuesdays and Fridays) and 8.07 after (1,614 over 200 days, Mondays, Wednesdays and Fridays).'
	},
	{
		id: 'ag-food_bank_parcels-19',
		question: "how many parcels did sinead o'malley hand out",
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE "Volunteer On Duty" = 'Sinead O''Malley'`,
		note: `Volunteer On Duty "Sinead O'Malley": 391 (21 of them delivered).`
	},
	{
		id: 'ag-food_bank_parcels-20',
		question: 'show the parcel for voucher 005000',
		tables: ['food_bank_parcels'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT * FROM food_bank_parcels WHERE "Voucher No" = '005000'`,
		note: "Voucher No '005000' (text with the leading zeros): 1 row, parcel_id 728 of 27 September 2023 at Eastgate Community Centre, referred by Citizens Advice, a household of 2, a Standard parcel. Any set of its columns that holds the row is another reading."
	},
	{
		id: 'ag-food_bank_parcels-21',
		question: 'parcels referred by anyone other than citizens advice or the jobcentre',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM food_bank_parcels WHERE referralAgency NOT IN ('Citizens Advice', 'Jobcentre Plus')`,
		note: "referralAgency other than 'Citizens Advice' and 'Jobcentre Plus' (the jobcentre): 1,166; the 97 emergency parcels were not referred at all and are left out (with them 1,263, another reading)."
	},
	{
		id: 'ag-food_bank_parcels-22',
		question: 'top 3 referrers for households with children',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-numeric', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT referralAgency, COUNT(*) AS n FROM food_bank_parcels WHERE children > 0 GROUP BY referralAgency ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: 'children above 0; parcels per referralAgency, most first: Citizens Advice 331, Social Services 179, Jobcentre Plus 176 (fourth School 141). The agencies with their counts; the names alone is another reading.'
	},
	{
		id: 'ag-food_bank_parcels-23',
		question: 'how many parcels went to single people with no kids',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM food_bank_parcels WHERE adults = 1 AND children = 0',
		note: "adults 1 and children 0 (household_size 1 is the same): 628. Parcel Type 'Single' (595) is another reading; the other 33 got a Kettle Pack."
	},
	{
		id: 'ag-food_bank_parcels-24',
		question: 'parcels for households of five or more',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM food_bank_parcels WHERE household_size >= 5',
		note: 'household_size 5 or more: 344 (108 of 6 or more; the largest 8, 3 times). More than five (108) is another reading.'
	},
	{
		id: 'ag-food_bank_parcels-25',
		question: 'vegetarian or vegan parcels by year',
		tables: ['food_bank_parcels'],
		tags: ['aggregate-count', 'filter-list', 'time-grain'],
		sql: `SELECT YEAR("Date Given") AS y, COUNT(*) FROM food_bank_parcels WHERE dietaryNeeds IN ('Vegetarian', 'Vegan') GROUP BY y`,
		note: "dietaryNeeds 'Vegetarian' or 'Vegan' per year of Date Given (2 rows: 2023 86, 2024 100). Split by the two diets (Vegetarian 65 and 73, Vegan 21 and 27) is another reading."
	},
	{
		id: 'ag-sailing_club_races-01',
		question: 'how many races did we sail in 2024',
		tables: ['sailing_club_races'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT ("Race Date", raceNo)) FROM sailing_club_races WHERE YEAR("Race Date") = 2024`,
		note: "A race is a Race Date with its raceNo (two races on a Sunday; a row is one boat's entry): 83 in 2024 (on 49 days; 1,190 entries)."
	},
	{
		id: 'ag-sailing_club_races-02',
		question: 'who has won the most races',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-numeric', 'group-by', 'top-n'],
		sql: `SELECT Helm FROM sailing_club_races WHERE "Position" = 1 GROUP BY Helm ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Position 1 per Helm, the most: Sarah Lloyd (24, in a Wayfarer; Julie O'Brien 22)."
	},
	{
		id: 'ag-sailing_club_races-03',
		question: 'how many times did a boat not finish',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM sailing_club_races WHERE result_code = 'DNF'`,
		note: "result_code 'DNF' (did not finish): 88. With DNS and OCS (no finish either, 168) is another reading."
	},
	{
		id: 'ag-sailing_club_races-04',
		question: "what's the strongest wind we've raced in",
		tables: ['sailing_club_races'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Wind (knots)") FROM sailing_club_races`,
		note: 'The highest Wind (knots): 21 (Spring Series races 3 and 4, 12 March 2023).'
	},
	{
		id: 'ag-sailing_club_races-05',
		question: 'how many entries were single handed',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-missing', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM sailing_club_races WHERE Crew IS NULL',
		note: 'Single-handed is Crew empty: 1,427 rows (ILCA 7, ILCA 6, Topper, RS Aero 7 and Solo; the same by those classes).'
	},
	{
		id: 'ag-sailing_club_races-06',
		question: 'top 3 classes by number of entries',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Boat Class", COUNT(*) AS n FROM sailing_club_races GROUP BY "Boat Class" ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: 'Rows per Boat Class, most first: ILCA 7 449, ILCA 6 313, Enterprise 287 (fourth Topper 283). The classes with their counts; the names alone is another reading.'
	},
	{
		id: 'ag-sailing_club_races-07',
		question: 'average elapsed time of the wednesday evening races in minutes',
		tables: ['sailing_club_races'],
		tags: ['avg', 'filter-eq', 'metric'],
		sql: `SELECT AVG("Elapsed (s)") / 60 FROM sailing_club_races WHERE Series = 'Wednesday Evening'`,
		note: "Series 'Wednesday Evening'; Elapsed (s) averaged over its 482 finishers, in minutes: 47.24 (2,834 seconds; DNF, DNS and OCS have no time)."
	},
	{
		id: 'ag-sailing_club_races-08',
		question: 'fastest corrected time ever',
		tables: ['sailing_club_races'],
		tags: ['min', 'synonym'],
		sql: 'SELECT MIN(correctedTime) FROM sailing_club_races',
		note: 'The lowest correctedTime: 1,877 seconds (Sarah Lloyd, Wayfarer, Wednesday Evening race 14 on 21 August 2024, elapsed 2,069). The time; the entry (a row) is another reading.'
	},
	{
		id: 'ag-sailing_club_races-09',
		question: 'entries in each series in 2023',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'group-by', 'time-year'],
		sql: `SELECT Series, COUNT(*) FROM sailing_club_races WHERE YEAR("Race Date") = 2023 GROUP BY Series`,
		note: 'Rows per Series with Race Date in 2023 (4 rows: Summer Series 390, Spring Series 328, Wednesday Evening 274, Autumn Series 232).'
	},
	{
		id: 'ag-sailing_club_races-10',
		question: 'what percent of entries were over the line at the start',
		tables: ['sailing_club_races'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE result_code = 'OCS') * 1.0 / COUNT(*) FROM sailing_club_races`,
		isShare: true,
		note: "Over the line at the start is result_code 'OCS'; share of rows: 24 of 2,414 (0.99%). Of the boats that started (2,358, DNS left out) it is 1.02%, another reading."
	},
	{
		id: 'ag-sailing_club_races-11',
		question: "niamh o'sullivan's average finishing position",
		tables: ['sailing_club_races'],
		tags: ['avg', 'filter-eq', 'quoting'],
		sql: `SELECT AVG("Position") FROM sailing_club_races WHERE Helm = 'Niamh O''Sullivan'`,
		note: `Helm "Niamh O'Sullivan" (GP14); Position averaged over her 55 finishes (58 entries, 3 without a position): 12.22. Average Points (DNF etc. scored) is another reading.`
	},
	{
		id: 'ag-sailing_club_races-12',
		question: 'how many races has rory darcy sailed',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM sailing_club_races WHERE Helm = 'Rory D''Arcy'`,
		note: `Rory darcy is Helm "Rory D'Arcy" (written without the apostrophe; RS200): 69 entries (65 finished). Only the races he finished (65) is another reading.`
	},
	{
		id: 'ag-sailing_club_races-13',
		question: 'average number of boats in a race',
		tables: ['sailing_club_races'],
		tags: ['metric', 'aggregate-distinct'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT ("Race Date", raceNo)) FROM sailing_club_races`,
		note: 'Rows (entries) per race, a race being a Race Date with its raceNo: 2,414 / 168 = 14.37 (7 to 23). Only the starters or finishers is another reading.'
	},
	{
		id: 'ag-sailing_club_races-14',
		question: 'median wind speed',
		tables: ['sailing_club_races'],
		tags: ['median'],
		sql: `SELECT MEDIAN("Wind (knots)") FROM sailing_club_races`,
		note: 'Wind (knots) median over the rows: 11; once per race (168) it is 11 as well.'
	},
	{
		id: 'ag-sailing_club_races-15',
		question: 'how many races were sailed in more than 15 knots',
		tables: ['sailing_club_races'],
		tags: ['aggregate-distinct', 'filter-numeric'],
		sql: `SELECT COUNT(DISTINCT ("Race Date", raceNo)) FROM sailing_club_races WHERE "Wind (knots)" > 15`,
		note: 'Races (Race Date with raceNo) with Wind (knots) above 15: 32 (48 at 15 or more). The entries in them (rows) are not races.'
	},
	{
		id: 'ag-sailing_club_races-16',
		question: 'how many different helms have raced',
		tables: ['sailing_club_races'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Helm) FROM sailing_club_races',
		note: 'Distinct Helm: 38 (crews, 15 more names, not counted).'
	},
	{
		id: 'ag-sailing_club_races-17',
		question: 'how many entries were in club boats',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM sailing_club_races WHERE "Club Boat"`,
		note: 'Club Boat = Yes: 175 (3 helms: James Holmes GP14 90, Oscar Davies Enterprise 57, Michael Walker ILCA 7 28).'
	},
	{
		id: 'ag-sailing_club_races-18',
		question: 'how often has pauline pritchard crewed',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM sailing_club_races WHERE Crew = 'Pauline Pritchard'`,
		note: "Crew 'Pauline Pritchard': 111 (99 with Tariq Quinn, the others standing in)."
	},
	{
		id: 'ag-sailing_club_races-19',
		question: 'what handicap does a gp14 sail off',
		tables: ['sailing_club_races'],
		tags: ['max', 'filter-eq', 'synonym'],
		sql: `SELECT MAX(PY) FROM sailing_club_races WHERE "Boat Class" = 'GP14'`,
		note: "The handicap is PY (Portsmouth Yardstick); Boat Class 'GP14': 1130, the same on every row (MIN, AVG or the distinct value give the same)."
	},
	{
		id: 'ag-sailing_club_races-20',
		question: 'how many boats raced each month of the 2024 season',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Race Date") AS m, COUNT(*) FROM sailing_club_races WHERE YEAR("Race Date") = 2024 GROUP BY m`,
		note: 'Rows (boats entered in a race) per calendar month of Race Date in 2024 (8 rows, March to October: June 202, July 201, August 197 the most; April 93 the fewest). Distinct boats a month is another reading.'
	},
	{
		id: 'ag-sailing_club_races-21',
		question: "how many entries weren't ILCAs",
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-negation', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM sailing_club_races WHERE "Boat Class" NOT LIKE 'ILCA%'`,
		note: "Boat Class other than 'ILCA 7' and 'ILCA 6': 1,652 (of 2,414; 762 ILCAs)."
	},
	{
		id: 'ag-sailing_club_races-22',
		question: 'dnf, dns and ocs by year',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'multi-group', 'time-grain', 'filter-missing'],
		sql: `SELECT result_code, YEAR("Race Date") AS y, COUNT(*) FROM sailing_club_races WHERE result_code IS NOT NULL GROUP BY result_code, y`,
		note: 'Rows per result_code and year of Race Date, finishers (no code) left out (6 rows: DNF 50 and 38, DNS 35 and 21, OCS 11 and 13 in 2023 and 2024).'
	},
	{
		id: 'ag-sailing_club_races-23',
		question: 'who won each race on 14 july 2024',
		tables: ['sailing_club_races'],
		tags: ['rows-mode', 'filter-numeric', 'time-range'],
		sql: `SELECT raceNo, Helm FROM sailing_club_races WHERE "Position" = 1 AND "Race Date" = DATE '2024-07-14'`,
		note: "Position 1 with Race Date 14 July 2024: 2 rows of raceNo and Helm (Summer Series race 13 Julie O'Brien, RS200; race 14 Sarah Lloyd, Wayfarer). With the class or without raceNo is another reading."
	},
	{
		id: 'ag-sailing_club_races-24',
		question: 'how many times has sail number 1215 raced',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM sailing_club_races WHERE sail_number = 1215',
		note: 'sail_number 1215 (Tariq Quinn, Wayfarer): 117 entries.'
	},
	{
		id: 'ag-sailing_club_races-25',
		question: 'which class wins most often',
		tables: ['sailing_club_races'],
		tags: ['aggregate-count', 'filter-numeric', 'group-by', 'top-n', 'fuzzy'],
		sql: `SELECT "Boat Class" FROM sailing_club_races WHERE "Position" = 1 GROUP BY "Boat Class" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Position 1 per Boat Class, the most: Wayfarer (35; ILCA 7 28). A share of wins per entries is another reading.'
	},
	{
		id: 'ag-refuse-01',
		question: 'how much did I spend on diesel for the van',
		tables: ['window_cleaning_rounds'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs, fuel or mileage; Price (£) and Extras (£) are what customers were charged. With every table offered, the fuel log holds diesel fill-ups of vans.',
		workspaceSql:
			"SELECT sum(total_cost) FROM fuel_log WHERE fuel_type = 'Diesel' AND vehicleType = 'Van'"
	},
	{
		id: 'ag-refuse-02',
		question: 'how much have customers given me in tips',
		tables: ['window_cleaning_rounds'],
		tags: ['refuse'],
		shouldRefuse: true,
		workspaceSql: 'SELECT SUM(tip) FROM minicab_trips',
		note: 'No tips recorded; only the price of the clean, the extras and how it was paid. In the workspace, the tips of the minicab trips are the ones customers gave.'
	},
	{
		id: 'ag-refuse-03',
		question: 'how long does a detached house take to clean on average',
		tables: ['window_cleaning_rounds'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No time spent at a house is logged; only the date, the house and the price.'
	},
	{
		id: 'ag-refuse-04',
		question: 'how much food did the supermarkets donate in 2024',
		tables: ['food_bank_parcels'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Parcels handed out only; no donations, stock or where the food came from (Parcel Weight (kg) is what went out).'
	},
	{
		id: 'ag-refuse-05',
		question: 'which postcodes do most of the households we help live in',
		tables: ['food_bank_parcels'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No addresses or postcodes of the households; only the distribution centre they used.'
	},
	{
		id: 'ag-refuse-06',
		question: 'what is the average age of the children we feed',
		tables: ['food_bank_parcels'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the number of children in a household; no ages.'
	},
	{
		id: 'ag-refuse-07',
		question: 'which direction does the wind usually come from on race days',
		tables: ['sailing_club_races'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the wind strength (Wind (knots)) is recorded; no wind direction.'
	},
	{
		id: 'ag-refuse-08',
		question: 'which course do we sail most often',
		tables: ['sailing_club_races'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No courses or marks are recorded; only the series, the race number and the times.'
	},
	{
		id: 'ag-refuse-09',
		question: 'how old is our youngest helm',
		tables: ['sailing_club_races'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of the sailors.'
	}
];
