import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AM: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-am/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - community_fridge_donations.csv (2,251 rows, the Marsden Street Community Fridge, run by
 *   volunteers from a church hall: its intake log for 3 January 2023 to 31 December 2024, one row
 *   per donation of one kind of food (a supermarket's collection is logged as one row per
 *   category; 1,057 in 2023, 1,194 in 2024) on 615 days; open Monday to Saturday, closed on
 *   Christmas Day, Boxing Day and New Year's Day; more in the summer and early autumn, when the
 *   allotments bring their fruit and veg (September 2024 545.5 kg the most, May 2024 219.6 kg the
 *   fewest); Lidl joined on 3 June 2024 and Bean There Cafe closed at the end of August 2024): Ref
 *   (VARCHAR, 'CFYY-NNNN' numbered from 0001 each year, 'CF23-0001'-'CF23-1057' and
 *   'CF24-0001'-'CF24-1194', in date order), "Date Received" (DATE), donorType ('Supermarket'
 *   1,165 | 'Cafe' 535 | 'Household' 369 | 'Allotment' 182), "Donor ID" (VARCHAR, three digits
 *   with the leading zeros kept, '001'-'023', one per named donor in the order they first gave,
 *   e.g. '005' "Sainsbury's Local" 174 rows; missing on the 251 household donations left without
 *   a name), "Donor Name" (23 names, one per Donor ID: supermarkets 'Tesco Express Marsden
 *   Street' 536 rows (2,799.7 kg) | 'Co-op Hollins Road' 333 | "Sainsbury's Local" 174 | 'Lidl
 *   Canal Street' 122 (from 3 June 2024); cafes "Rosie's Kitchen" 163 | 'Greggs Market Street' 152
 *   | 'The Daily Grind' 107 | 'Bean There Cafe' 70 | "Mama Ji's" 43; allotments 'Hollins Road
 *   Allotments' 90 | "St Mary's Allotment Society" 61 | 'Canal Side Growers' 31; 11 households
 *   who left their names, 118 rows, e.g. 'Margaret Ellis' 18, "Bridie O'Neill" 16, "Sean D'Arcy"
 *   6 (the only Sean); missing as Donor ID), Category ('Bakery' 634 | 'Fruit & Veg' 543 |
 *   'Sandwiches' 345 | 'Dairy' 265 | 'Ready Meals' 239 | 'Tins & Dry Goods' 136 (households only) |
 *   'Meat & Fish' 51 | 'Eggs' 38), items (BIGINT, 1-45, median 7; 20,427 in all), "Weight (kg)"
 *   (DOUBLE, 0.2-25.2, median 3; 9,157.4 kg in all: 4,305.5 in 2023, 4,851.9 in 2024), use_by
 *   (DATE, the use-by date on the label, 3 days before to 19 days after the date received;
 *   missing on the 679 donations of loose fruit and veg and of tins and dry goods), Collected
 *   (BOOLEAN, from Yes/No, fetched by the fridge's volunteer driver: 1,213 Yes, every supermarket
 *   donation and 48 from allotments; the others dropped off), "Checked In By" (the volunteer on
 *   the door: 'Jen Maddox' 740 (the only Jen) | 'Priya Sharma' 444 | 'Tom Whitaker' 420 |
 *   "Aisling O'Dowd" 398 | 'Mo Rahman' 198 (from November 2023) | 'Geoff Barnes' 51 (until
 *   October 2023)), "Still Good" (BOOLEAN, from Yes/No, passed the check at the door: 2,199 Yes,
 *   52 No (15 past their use-by date, the others spoiled), all of it thrown away), kg_wasted
 *   (DOUBLE, 0-12.5, the kilos thrown away: the whole weight of a donation not still good (210.3
 *   kg) and what went off in the fridge before anyone took it (504.9 kg); 0 on the 1,856 rows with
 *   nothing wasted; 715.2 kg in all). No people who took food, visitors, the food's value, the
 *   fridge's temperature, opening hours or volunteers' hours.
 * - driving_lessons.csv (2,030 rows, Roadwise School of Motoring, three instructors: the lesson
 *   diary for 3 January 2023 to 23 December 2024, one row per lesson booked (838 in 2023, 1,192 in
 *   2024) on 582 days; a lesson cancelled with 24 hours' notice or more is taken out of the diary,
 *   one cancelled with less is kept, marked and charged in full; Monday to Saturday, none on bank
 *   holidays or from Christmas Eve to New Year, each instructor away for one week and for two
 *   weeks in the summer; busiest in June, July and October (July 2024 130 lessons), quietest in
 *   December (50 in December 2024); prices by the hour went up on 1 March 2024): "Lesson ID"
 *   (BIGINT, 1-2,030, in date and time order), "Lesson Date" (DATE), startTime (TIME, 08:00 to
 *   18:30 on the half hour; test days at the test centre's slots, 08:10 to 15:00), "Pupil Ref"
 *   (VARCHAR, four digits with the leading zeros kept, '0001'-'0086', one per pupil in joining
 *   order; '0038' Evie Webb, Imran's pupil, 79 rows, the most), Pupil (86 names, one per Pupil Ref;
 *   6 with an apostrophe: "Tariq O'Brien" 44 rows, "Ava D'Arcy" 29, "Josh D'Souza" 26 (the only
 *   Josh), "Rosemary O'Brien" 25, "Linda D'Arcy" 19, "Niamh O'Connor" 5), "Pickup Area"
 *   ('Northfield' 522 rows (23 pupils) | 'Town Centre' 437 (17) | 'Riverside' 420 (14) | 'College'
 *   341 (14, after 16:00 on weekdays) | 'Hill Top' 156 (9) | 'Ashgrove' 154 (9)), Instructor
 *   ('Dave Kitching' 905 rows (33 pupils), the owner, manual | "Sue O'Hara" 727 (31), automatic |
 *   'Imran Qureshi' 398 (22), manual, from 4 September 2023), Gearbox ('Manual' 1,303 |
 *   'Automatic' 727, the instructor's car), "Lesson Type" ('Standard' 1,793 | 'Mock Test' 103 |
 *   'Test Day' 91 (the hour before the driving test and the car for the test) | 'Motorway' 43),
 *   duration_mins (BIGINT: 60 on 732 rows | 90 on 775 | 120 on 523 (every test day and motorway
 *   lesson); median 90), "Price (£)" (DOUBLE, the charge: £36 an hour in a manual and £38 in an
 *   automatic, £38 and £40 from 1 March 2024; a test day £95, £100 from 1 March 2024; 36-100;
 *   £112,757 in all: £47,474 in 2023 and £65,283 in 2024), Paid (BOOLEAN, from Yes/No: 1,963 Yes,
 *   67 No (£3,893): 32 late cancellations, 24 lessons of five pupils slow to pay, 11 lessons of
 *   December 2024 not yet paid for), "Cancelled <24h" (BOOLEAN, from Yes/No, cancelled with less
 *   than 24 hours' notice: 88 Yes, charged in full, no test day among them), test_result ('Pass'
 *   51 | 'Fail' 40, on test days only; missing on the 1,939 other rows; 55 pupils took a test, 51
 *   passed, each once), Minors (BIGINT, driving faults marked on a mock test (0-16, 91 rows) or the
 *   test itself (0-12, 91 rows); missing on every other lesson and on the 12 mock tests cancelled
 *   late). No theory tests, pupils' ages, addresses or phone numbers, cars' mileage, fuel or
 *   other costs, or how a lesson was paid.
 * - mot_tests.csv (1,384 rows, Kirkby Road Garage, an MOT test centre with one bay: its test
 *   register for 3 January 2023 to 23 December 2024, one row per test (631 in 2023, 753 in 2024)
 *   on 494 days; Monday to Friday and Saturday mornings, none on bank holidays or from Christmas
 *   Eve to New Year; a car's MOT falls due on the anniversary of its first registration, so March
 *   and September, when the number plates change, are the busiest months (March 2024 139 tests,
 *   September 2024 104; December 2024 40 the fewest); a failed car may be booked in for a retest
 *   within ten working days, free, with its own row; the full test cost £45, £49 from 1 April
 *   2024): "Test No" (VARCHAR, six digits with the leading zeros kept, '000401'-'001784', in date
 *   order), "Test Date" (DATE), test_type ('Full Test' 1,213: 560 in 2023, 653 in 2024 |
 *   'Retest' 171), Reg (VARCHAR, the number plate, e.g. 'YK58 UFP'; 810 cars, 399 of them tested
 *   in both years; one make, model, year and fuel per Reg), Make (15: 'Ford' 347 rows (194 cars) |
 *   'Vauxhall' 193 | 'Nissan' 181 | 'Volkswagen' 148 | 'Toyota' 114 | 'Kia' 87 | 'Hyundai' 71 |
 *   'Renault' 44 | 'Mercedes-Benz' 42 | 'BMW' 39 | 'Skoda' 35 | 'Peugeot' 32 | 'MINI' 22 | 'Tesla'
 *   16 | 'Land Rover' 13), Model (25, e.g. 'Focus' 128, 'Corsa' 126 (72 cars), 'Fiesta' 123,
 *   'Qashqai' 94, 'Transit' 46 (a van), 'Leaf' 30), "Year of Manufacture" (BIGINT, 2003-2021,
 *   median 2014), Fuel ('Petrol' 870 rows (517 cars) | 'Diesel' 358 (202) | 'Hybrid' 98 (57) |
 *   'Electric' 58 (34)), Mileage (BIGINT, the odometer reading, 6,526-325,980, median 71,838;
 *   missing on the 24 tests where it could not be read), Result ('Pass' 600 | 'Pass with
 *   advisories' 558 | 'Fail' 226 (217 full tests, 9 retests)), failReason (the main reason for a
 *   fail: 'Lights' 68 | 'Brakes' 35 | 'Tyres' 35 | 'Suspension' 28 | 'Windscreen & Wipers' 22 |
 *   'Emissions' 16 | 'Corrosion' 11 | 'Steering' 8 | 'Seat Belts' 3; missing on the 1,158 passes),
 *   advisories (BIGINT, advisory notes, 0-5: 0 on every plain pass, 1 or more on a pass with
 *   advisories, 0-3 on a fail; 1,244 in all), "Retest Date" (DATE, the retest booked, 1 to 13
 *   days after a fail: 171 rows, each with its retest row; missing on passes and on the 55 fails
 *   with no retest booked), "Fee (£)" (DOUBLE: 45 on 764 rows | 49 on 449 (full tests from 1 April
 *   2024) | 0 on the 171 retests; £56,381 in all: £25,200 in 2023, £31,181 in 2024), Tester ('Gary
 *   Holt' 607, the owner | "Declan O'Rourke" 561 (the only Declan) | 'Wendy Pike' 216, from July
 *   2023), "Booked Online" (BOOLEAN, from Yes/No, booked on the website launched 1 June 2023: 405
 *   Yes; No on every retest). No repair work or its cost, customers' names or phone numbers, car
 *   colours, test times, MOT expiry dates or parts.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AM_TABLE_SOURCES: TableSource[] = [
	{
		name: 'community_fridge_donations',
		humanName: 'Community fridge donations',
		repoDir: 'tests/nl/data/set-am',
		file: 'community_fridge_donations.csv',
		format: 'csv'
	},
	{
		name: 'driving_lessons',
		humanName: 'Driving lessons',
		repoDir: 'tests/nl/data/set-am',
		file: 'driving_lessons.csv',
		format: 'csv'
	},
	{
		name: 'mot_tests',
		humanName: 'MOT tests',
		repoDir: 'tests/nl/data/set-am',
		file: 'mot_tests.csv',
		format: 'csv'
	}
];

export const SET_AM_QUESTIONS: EvalQuestion[] = [
	{
		id: 'am-community_fridge_donations-01',
		question: 'how many donations did we get in 2024',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE YEAR("Date Received") = 2024`,
		note: 'Rows (donations) with Date Received in 2024: 1,194 (1,057 in 2023).'
	},
	{
		id: 'am-community_fridge_donations-02',
		question: 'total kg of food donated in 2023',
		tables: ['community_fridge_donations'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Weight (kg)") FROM community_fridge_donations WHERE YEAR("Date Received") = 2023`,
		note: 'Weight (kg) summed over Date Received in 2023: 4,305.5 kg (4,851.9 in 2024).'
	},
	{
		id: 'am-community_fridge_donations-03',
		question: 'how much food ended up in the bin altogether',
		tables: ['community_fridge_donations'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(kg_wasted) FROM community_fridge_donations',
		note: 'Food binned is kg_wasted, summed over every row: 715.2 kg (210.3 kg turned away at the door, 504.9 kg gone off in the fridge). The number of donations with some waste (395) is another reading.'
	},
	{
		id: 'am-community_fridge_donations-04',
		question: 'which supermarket gives us the most food',
		tables: ['community_fridge_donations'],
		tags: ['sum', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT "Donor Name" FROM community_fridge_donations WHERE donorType = 'Supermarket' GROUP BY "Donor Name" ORDER BY SUM("Weight (kg)") DESC LIMIT 1`,
		note: "donorType 'Supermarket'; Weight (kg) summed per Donor Name, the most: Tesco Express Marsden Street (2,799.7 kg; Co-op Hollins Road 1,784.3). By the number of donations it is Tesco Express too (536)."
	},
	{
		id: 'am-community_fridge_donations-05',
		question: 'what percentage of donations come from households',
		tables: ['community_fridge_donations'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE donorType = 'Household') * 1.0 / COUNT(*) FROM community_fridge_donations`,
		isShare: true,
		note: "Share of rows with donorType 'Household': 369 of 2,251 (16.4%). By weight (654.6 of 9,157.4 kg, 7.1%) is another reading."
	},
	{
		id: 'am-community_fridge_donations-06',
		question: 'kg donated each month in 2024',
		tables: ['community_fridge_donations'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Received") AS m, SUM("Weight (kg)") FROM community_fridge_donations WHERE YEAR("Date Received") = 2024 GROUP BY m`,
		note: 'Weight (kg) summed per calendar month of Date Received in 2024 (12 rows: September 545.5, August 542.1, July 536.5 the most; May 219.6 the fewest, March 257.3).'
	},
	{
		id: 'am-community_fridge_donations-07',
		question: 'how many donations has jen checked in',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE "Checked In By" = 'Jen Maddox'`,
		note: "Jen is Checked In By 'Jen Maddox' (the only Jen): 740."
	},
	{
		id: 'am-community_fridge_donations-08',
		question: 'average wieght of a bakery donation',
		tables: ['community_fridge_donations'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Weight (kg)") FROM community_fridge_donations WHERE Category = 'Bakery'`,
		note: "Weight (typo) is Weight (kg); Category 'Bakery', averaged over 634 donations: 4.34 kg (median 3.7)."
	},
	{
		id: 'am-community_fridge_donations-09',
		question: 'how many household donations were left anonymously',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-missing', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE donorType = 'Household' AND "Donor Name" IS NULL`,
		note: "donorType 'Household' with Donor Name (and Donor ID) empty: 251 of the 369 household donations (every row without a name is a household's)."
	},
	{
		id: 'am-community_fridge_donations-10',
		question: 'how many different donors have given us food',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Donor Name") FROM community_fridge_donations',
		note: 'Distinct Donor Name (the same as distinct Donor ID): 23 named donors (4 supermarkets, 5 cafes, 3 allotments, 11 households). The anonymous household donations cannot be told apart and are not counted; counting them as one more donor (24) is another reading.'
	},
	{
		id: 'am-community_fridge_donations-11',
		question: "how many kilos has rosie's kitchen given us",
		tables: ['community_fridge_donations'],
		tags: ['sum', 'filter-eq', 'quoting'],
		sql: `SELECT SUM("Weight (kg)") FROM community_fridge_donations WHERE "Donor Name" = 'Rosie''s Kitchen'`,
		note: `Donor Name "Rosie's Kitchen" (a cafe); Weight (kg) summed over its 163 donations: 282.6 kg.`
	},
	{
		id: 'am-community_fridge_donations-12',
		question: 'top 3 food categories by weight',
		tables: ['community_fridge_donations'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Category, SUM("Weight (kg)") AS kg FROM community_fridge_donations GROUP BY Category ORDER BY kg DESC LIMIT 3`,
		isOrdered: true,
		note: 'Weight (kg) summed per Category, most first: Fruit & Veg 4,076.2, Bakery 2,750.7, Dairy 859.4 (fourth Ready Meals 603.4). The categories with their weights; the names alone is another reading.'
	},
	{
		id: 'am-community_fridge_donations-13',
		question: 'how many donations failed the check when they came in',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM community_fridge_donations WHERE NOT "Still Good"',
		note: 'Failing the check at the door is Still Good = No: 52 (15 past their use-by date, 37 spoiled; 210.3 kg, all thrown away).'
	},
	{
		id: 'am-community_fridge_donations-14',
		question: 'median weight of an allotment donation',
		tables: ['community_fridge_donations'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Weight (kg)") FROM community_fridge_donations WHERE donorType = 'Allotment'`,
		note: "donorType 'Allotment'; Weight (kg) median over 182 donations: 7.05 kg (mean 7.74)."
	},
	{
		id: 'am-community_fridge_donations-15',
		question: 'kg of fruit and veg from the allotments in august and september 2024',
		tables: ['community_fridge_donations'],
		tags: ['sum', 'filter-eq', 'time-range'],
		sql: `SELECT SUM("Weight (kg)") FROM community_fridge_donations WHERE donorType = 'Allotment' AND Category = 'Fruit & Veg' AND "Date Received" >= DATE '2024-08-01' AND "Date Received" < DATE '2024-10-01'`,
		note: "donorType 'Allotment' and Category 'Fruit & Veg', Date Received from 1 August to 30 September 2024: 327.9 kg over 32 donations. With the allotments' eggs (9 more donations) it is 337.1 kg, another reading."
	},
	{
		id: 'am-community_fridge_donations-16',
		question: 'donations by donor type and year',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT donorType, YEAR("Date Received") AS y, COUNT(*) FROM community_fridge_donations GROUP BY donorType, y`,
		note: 'Rows per donorType and year of Date Received (8 rows: Supermarket 525 and 640, Cafe 249 and 286, Household 195 and 174, Allotment 88 and 94 in 2023 and 2024).'
	},
	{
		id: 'am-community_fridge_donations-17',
		question: "how many donations didn't come from supermarkets",
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE donorType <> 'Supermarket'`,
		note: "donorType other than 'Supermarket': 1,086 (Cafe 535, Household 369, Allotment 182; of 2,251)."
	},
	{
		id: 'am-community_fridge_donations-18',
		question: 'what share of all the food donated was wasted',
		tables: ['community_fridge_donations'],
		tags: ['share', 'metric', 'sum'],
		sql: 'SELECT SUM(kg_wasted) / SUM("Weight (kg)") FROM community_fridge_donations',
		isShare: true,
		note: 'kg_wasted summed over Weight (kg) summed: 715.2 of 9,157.4 kg (7.81%). The share of donations with any waste (395 of 2,251, 17.5%) is another reading.'
	},
	{
		id: 'am-community_fridge_donations-19',
		question: 'how many donations arrived already past their use by date',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-numeric', 'time-range'],
		sql: 'SELECT COUNT(*) FROM community_fridge_donations WHERE use_by < "Date Received"',
		note: 'use_by before Date Received: 15 (all households; every one Still Good = No). Still Good = No (52) also holds spoiled food that was in date, so it is not this question.'
	},
	{
		id: 'am-community_fridge_donations-20',
		question: 'show everything sean darcy has donated',
		tables: ['community_fridge_donations'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT "Date Received", Category, "Weight (kg)" FROM community_fridge_donations WHERE "Donor Name" = 'Sean D''Arcy'`,
		note: `Sean darcy is Donor Name "Sean D'Arcy" (written without the apostrophe; Donor ID '014', a household): 6 rows, 4 March to 9 September 2023 (3 Tins & Dry Goods, Dairy, Ready Meals, Fruit & Veg; 9.8 kg). Any set of columns that holds the rows (e.g. every column) is another reading.`
	},
	{
		id: 'am-community_fridge_donations-21',
		question: 'how many donations came in on saturdays',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE DAYNAME("Date Received") = 'Saturday'`,
		note: 'Date Received a Saturday: 370 (Monday 400 the most, Wednesday 346 the fewest; closed on Sundays).'
	},
	{
		id: 'am-community_fridge_donations-22',
		question: 'how many donations did we collect ourselves in 2023',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM community_fridge_donations WHERE Collected AND YEAR("Date Received") = 2023',
		note: 'Collected = Yes (fetched by the volunteer driver, not dropped off) with Date Received in 2023: 547 (525 from supermarkets, 22 from allotments).'
	},
	{
		id: 'am-community_fridge_donations-23',
		question: 'which month of 2023 had the most donations',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'top-n'],
		sql: `SELECT DATE_TRUNC('month', "Date Received") AS m FROM community_fridge_donations WHERE YEAR("Date Received") = 2023 GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per calendar month of Date Received in 2023, the most: September 2023 (105; July 99, August 97). The month with its count is another reading.'
	},
	{
		id: 'am-community_fridge_donations-24',
		question: 'how many times has donor 005 given',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE "Donor ID" = '005'`,
		note: `Donor ID '005' (text with the leading zeros; "Sainsbury's Local"): 174 rows. Its collections (distinct days, fewer, as one collection may be logged in several rows) are another reading.`
	},
	{
		id: 'am-community_fridge_donations-25',
		question: 'how many cafe drop-offs since april 2024',
		tables: ['community_fridge_donations'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'synonym'],
		sql: `SELECT COUNT(*) FROM community_fridge_donations WHERE donorType = 'Cafe' AND "Date Received" >= DATE '2024-04-01'`,
		note: "A drop-off is a donation (row); donorType 'Cafe' with Date Received from 1 April 2024: 201 (Greggs Market Street 64, Rosie's Kitchen 61, The Daily Grind 37, Mama Ji's 27, Bean There Cafe 12)."
	},
	{
		id: 'am-driving_lessons-01',
		question: 'how many lessons did we do in 2024',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE NOT "Cancelled <24h" AND YEAR("Lesson Date") = 2024`,
		note: 'Lessons done are the rows of 2024 not cancelled late (Cancelled <24h = No): 1,132. Every row of 2024 (1,192, with the 60 late cancellations) is another reading.'
	},
	{
		id: 'am-driving_lessons-02',
		question: 'how much did we charge for lessons in 2023',
		tables: ['driving_lessons'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Price (£)") FROM driving_lessons WHERE YEAR("Lesson Date") = 2023`,
		note: 'Price (£) summed over Lesson Date in 2023: £47,474 (test days £3,230 and late cancellations £1,597 among it; paid or not). Only what was paid, or without test days, are other readings.'
	},
	{
		id: 'am-driving_lessons-03',
		question: "what's our pass rate",
		tables: ['driving_lessons'],
		tags: ['share', 'filter-eq', 'filter-missing'],
		sql: `SELECT COUNT(*) FILTER (WHERE test_result = 'Pass') * 1.0 / COUNT(test_result) FROM driving_lessons`,
		isShare: true,
		note: 'Driving tests passed of tests taken (test_result not empty): 51 of 91 (56.0%). Of pupils who took a test (51 of 55, 92.7%) is another reading.'
	},
	{
		id: 'am-driving_lessons-04',
		question: 'how many pupils did dave get through their test',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Pupil Ref") FROM driving_lessons WHERE Instructor = 'Dave Kitching' AND test_result = 'Pass'`,
		note: "Dave is Instructor 'Dave Kitching'; test_result 'Pass': 25 pupils (each passes once, so the rows give 25 too; 41 tests taken)."
	},
	{
		id: 'am-driving_lessons-05',
		question: 'average number of minors on a mock test',
		tables: ['driving_lessons'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(Minors) FROM driving_lessons WHERE "Lesson Type" = 'Mock Test'`,
		note: "Lesson Type 'Mock Test'; Minors averaged over the 91 taken (12 cancelled late have none): 7.03."
	},
	{
		id: 'am-driving_lessons-06',
		question: 'lessons per month in 2024',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Lesson Date") AS m, COUNT(*) FROM driving_lessons WHERE YEAR("Lesson Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Lesson Date in 2024 (12 rows: July 130 the most, October 121, June 120; December 50 the fewest, February 87). Without the late cancellations is another reading.'
	},
	{
		id: 'am-driving_lessons-07',
		question: 'how many automatic lessons since the price rise in march 2024',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE Gearbox = 'Automatic' AND "Lesson Date" >= DATE '2024-03-01'`,
		note: "Gearbox 'Automatic' with Lesson Date from 1 March 2024 (the price rise): 320 (407 before)."
	},
	{
		id: 'am-driving_lessons-08',
		question: 'how many lessons were cancelled at short notice',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM driving_lessons WHERE "Cancelled <24h"',
		note: 'Short notice is Cancelled <24h = Yes: 88 (28 in 2023, 60 in 2024). Cancellations with more notice are not in the diary.'
	},
	{
		id: 'am-driving_lessons-09',
		question: 'how much money is still owed for lessons',
		tables: ['driving_lessons'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: 'SELECT SUM("Price (£)") FROM driving_lessons WHERE NOT Paid',
		note: 'Owed is Price (£) of the rows with Paid = No: £3,893 over 67 (32 late cancellations £1,706, 24 older lessons £1,550, 11 of December 2024 £637). Without the late cancellations (£2,187) is another reading.'
	},
	{
		id: 'am-driving_lessons-10',
		question: 'which instructor has the best pass rate',
		tables: ['driving_lessons'],
		tags: ['share', 'metric', 'group-by', 'top-n'],
		sql: `SELECT Instructor FROM driving_lessons WHERE test_result IS NOT NULL GROUP BY Instructor ORDER BY COUNT(*) FILTER (WHERE test_result = 'Pass') * 1.0 / COUNT(*) DESC LIMIT 1`,
		note: "Tests passed of tests taken per Instructor, the highest: Dave Kitching (25 of 41, 61.0%; Sue O'Hara 18 of 32, 56.3%; Imran Qureshi 8 of 18, 44.4%). The name with its rate is another reading."
	},
	{
		id: 'am-driving_lessons-11',
		question: 'how many different pupils has sue taught',
		tables: ['driving_lessons'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Pupil Ref") FROM driving_lessons WHERE Instructor = 'Sue O''Hara'`,
		note: `Sue is Instructor "Sue O'Hara" (the only Sue); distinct Pupil Ref (or Pupil): 31.`
	},
	{
		id: 'am-driving_lessons-12',
		question: 'median lesson length',
		tables: ['driving_lessons'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(duration_mins) FROM driving_lessons',
		note: 'duration_mins median over the 2,030 rows: 90 minutes (mean 86.9).'
	},
	{
		id: 'am-driving_lessons-13',
		question: 'top 3 pickup areas by number of lessons',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Pickup Area", COUNT(*) AS n FROM driving_lessons GROUP BY "Pickup Area" ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: 'Rows per Pickup Area, most first: Northfield 522, Town Centre 437, Riverside 420 (fourth College 341). The areas with their counts; the names alone is another reading.'
	},
	{
		id: 'am-driving_lessons-14',
		question: 'how many motorway lessons were there in 2024',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE "Lesson Type" = 'Motorway' AND YEAR("Lesson Date") = 2024`,
		note: "Lesson Type 'Motorway' with Lesson Date in 2024: 22 (21 in 2023)."
	},
	{
		id: 'am-driving_lessons-15',
		question: 'how many hours did imran teach in 2024',
		tables: ['driving_lessons'],
		tags: ['sum', 'metric', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(duration_mins) / 60.0 FROM driving_lessons WHERE Instructor = 'Imran Qureshi' AND NOT "Cancelled <24h" AND YEAR("Lesson Date") = 2024`,
		note: "Imran is Instructor 'Imran Qureshi'; duration_mins summed over his lessons of 2024 not cancelled late, in hours: 523.5 (327 lessons). With the 13 late cancellations (booked but not taught) it is 545, another reading."
	},
	{
		id: 'am-driving_lessons-16',
		question: 'driving test passes and fails by year',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'multi-group', 'time-grain', 'filter-missing'],
		sql: `SELECT test_result, YEAR("Lesson Date") AS y, COUNT(*) FROM driving_lessons WHERE test_result IS NOT NULL GROUP BY test_result, y`,
		note: 'Rows per test_result and year of Lesson Date, lessons without a test left out (4 rows: Pass 19 and 32, Fail 15 and 25 in 2023 and 2024).'
	},
	{
		id: 'am-driving_lessons-17',
		question: 'how many lessons has josh booked',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE Pupil = 'Josh D''Souza'`,
		note: `Josh is Pupil "Josh D'Souza" (the only Josh, Pupil Ref '0031'): 26 rows (one of them cancelled late; with Sue O'Hara; passed at his first test).`
	},
	{
		id: 'am-driving_lessons-18',
		question: 'what did a 90 minute manual lesson cost in 2023',
		tables: ['driving_lessons'],
		tags: ['max', 'filter-eq', 'filter-numeric', 'time-year'],
		sql: `SELECT MAX("Price (£)") FROM driving_lessons WHERE Gearbox = 'Manual' AND duration_mins = 90 AND YEAR("Lesson Date") = 2023`,
		note: "Gearbox 'Manual', duration_mins 90, Lesson Date in 2023: Price (£) £54 on every such row (MIN, AVG or the distinct value give the same; £57 from 1 March 2024)."
	},
	{
		id: 'am-driving_lessons-19',
		question: 'how many lessons started before 9 in the morning',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE startTime < TIME '09:00'`,
		note: 'startTime before 09:00: 192 (8:00 to 8:30, and 15 test days at 08:10).'
	},
	{
		id: 'am-driving_lessons-20',
		question: 'what percentage of lessons are in an automatic',
		tables: ['driving_lessons'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Gearbox = 'Automatic') * 1.0 / COUNT(*) FROM driving_lessons`,
		isShare: true,
		note: "Share of rows with Gearbox 'Automatic': 727 of 2,030 (35.8%)."
	},
	{
		id: 'am-driving_lessons-21',
		question: "how many lessons weren't standard lessons",
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE "Lesson Type" <> 'Standard'`,
		note: "Lesson Type other than 'Standard': 237 (Mock Test 103, Test Day 91, Motorway 43)."
	},
	{
		id: 'am-driving_lessons-22',
		question: 'list the driving tests in december 2024 with the pupil and the result',
		tables: ['driving_lessons'],
		tags: ['rows-mode', 'filter-missing', 'time-range'],
		sql: `SELECT "Lesson Date", Pupil, test_result FROM driving_lessons WHERE test_result IS NOT NULL AND "Lesson Date" >= DATE '2024-12-01' AND "Lesson Date" < DATE '2025-01-01'`,
		note: "Test days (test_result not empty, the same as Lesson Type 'Test Day') with Lesson Date in December 2024: 6 rows of Lesson Date, Pupil and test_result (2 December Daisy Mitchell Fail, 11 December Evie Nowak Pass, 13 December Richard Ward Fail, 16 December Tariq O'Brien and Ava Palmer Pass, 23 December Andrew Wright Pass). Without the date is another reading."
	},
	{
		id: 'am-driving_lessons-23',
		question: 'average minors for pupils who passed their test',
		tables: ['driving_lessons'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(Minors) FROM driving_lessons WHERE test_result = 'Pass'`,
		note: "test_result 'Pass'; Minors on the test averaged over its 51 rows: 4.25. Their mock tests' minors are another reading."
	},
	{
		id: 'am-driving_lessons-24',
		question: 'how many lessons has pupil 0038 booked',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE "Pupil Ref" = '0038'`,
		note: "Pupil Ref '0038' (text with the leading zeros; Evie Webb, Imran Qureshi's pupil, October 2023 to October 2024, passed at her fourth test): 79 rows (2 of them cancelled late)."
	},
	{
		id: 'am-driving_lessons-25',
		question: 'how many mock tets did we do in 2023',
		tables: ['driving_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM driving_lessons WHERE "Lesson Type" = 'Mock Test' AND YEAR("Lesson Date") = 2023`,
		note: "Mock tets (typo) is Lesson Type 'Mock Test'; Lesson Date in 2023: 37 (66 in 2024). Without the ones cancelled late is another reading."
	},
	{
		id: 'am-mot_tests-01',
		question: 'how many full MOTs did we do in 2024',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE test_type = 'Full Test' AND YEAR("Test Date") = 2024`,
		note: "test_type 'Full Test' with Test Date in 2024: 653 (560 in 2023; with the 100 retests of 2024, 753)."
	},
	{
		id: 'am-mot_tests-02',
		question: 'total MOT fees taken in 2023',
		tables: ['mot_tests'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Fee (£)") FROM mot_tests WHERE YEAR("Test Date") = 2023`,
		note: 'Fee (£) summed over Test Date in 2023: £25,200 (560 full tests at £45; retests free).'
	},
	{
		id: 'am-mot_tests-03',
		question: 'what proportion of cars fail the full test',
		tables: ['mot_tests'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Result = 'Fail') * 1.0 / COUNT(*) FROM mot_tests WHERE test_type = 'Full Test'`,
		isShare: true,
		note: "Share of test_type 'Full Test' rows with Result 'Fail': 217 of 1,213 (17.9%), each full test a car's yearly MOT. Over every test, retests included (226 of 1,384), is another reading."
	},
	{
		id: 'am-mot_tests-04',
		question: 'most common reason for failing',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-missing'],
		sql: `SELECT failReason FROM mot_tests WHERE failReason IS NOT NULL GROUP BY failReason ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per failReason, passes (empty) left out, the most: Lights (68; Brakes and Tyres 35 each).'
	},
	{
		id: 'am-mot_tests-05',
		question: 'how many different cars have we tested',
		tables: ['mot_tests'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Reg) FROM mot_tests',
		note: 'A car is a Reg; distinct: 810 (399 of them in both years; 1,384 tests). Vans (Ford Transit, 26) are among them.'
	},
	{
		id: 'am-mot_tests-06',
		question: 'MOTs per month in 2024',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Test Date") AS m, COUNT(*) FROM mot_tests WHERE YEAR("Test Date") = 2024 GROUP BY m`,
		note: 'Rows (tests, retests included) per calendar month of Test Date in 2024 (12 rows: March 139 and September 104 the most; December 40 the fewest). Full tests only is another reading.'
	},
	{
		id: 'am-mot_tests-07',
		question: 'average mileage of diesels',
		tables: ['mot_tests'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(Mileage) FROM mot_tests WHERE Fuel = 'Diesel'`,
		note: "Diesels are Fuel 'Diesel'; Mileage averaged over the 355 tests with a reading: 113,089 miles. Over full tests only (108,107) or once per car are other readings."
	},
	{
		id: 'am-mot_tests-08',
		question: 'how many retests did we do',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE test_type = 'Retest'`,
		note: "test_type 'Retest': 171 (71 in 2023, 100 in 2024; the same as the rows with a Retest Date)."
	},
	{
		id: 'am-mot_tests-09',
		question: 'how many fails had no retest booked',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE Result = 'Fail' AND "Retest Date" IS NULL`,
		note: "Result 'Fail' with Retest Date empty: 55 (46 full tests and 9 failed retests). Full tests only (46) is another reading."
	},
	{
		id: 'am-mot_tests-10',
		question: 'which tester has done the most tests',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Tester FROM mot_tests GROUP BY Tester ORDER BY COUNT(*) DESC LIMIT 1',
		note: "Rows per Tester, the most: Gary Holt (607; Declan O'Rourke 561, Wendy Pike 216). Full tests only give Gary Holt too."
	},
	{
		id: 'am-mot_tests-11',
		question: 'how many tests has declan done since april 2024',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE Tester = 'Declan O''Rourke' AND "Test Date" >= DATE '2024-04-01'`,
		note: `Declan is Tester "Declan O'Rourke" (the only Declan); Test Date from 1 April 2024: 185 (165 full tests, 20 retests).`
	},
	{
		id: 'am-mot_tests-12',
		question: 'median mileage',
		tables: ['mot_tests'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(Mileage) FROM mot_tests',
		note: 'Mileage median over the 1,360 tests with a reading (24 unreadable left out): 71,838 miles.'
	},
	{
		id: 'am-mot_tests-13',
		question: 'top 5 makes we test',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Make, COUNT(*) AS n FROM mot_tests GROUP BY Make ORDER BY n DESC LIMIT 5',
		isOrdered: true,
		note: 'Rows per Make, most first: Ford 347, Vauxhall 193, Nissan 181, Volkswagen 148, Toyota 114 (sixth Kia 87). By distinct cars the order is the same (194, 118, 105, 91, 69). The makes with their counts; the names alone is another reading.'
	},
	{
		id: 'am-mot_tests-14',
		question: 'how many different electric cars have we tested',
		tables: ['mot_tests'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT Reg) FROM mot_tests WHERE Fuel = 'Electric'`,
		note: "Fuel 'Electric'; distinct Reg: 34 (58 tests: Nissan Leaf, Tesla Model 3, Vauxhall Corsa)."
	},
	{
		id: 'am-mot_tests-15',
		question: 'fail rate on full tests by fuel type',
		tables: ['mot_tests'],
		tags: ['share', 'group-by', 'filter-eq'],
		sql: `SELECT Fuel, COUNT(*) FILTER (WHERE Result = 'Fail') * 1.0 / COUNT(*) FROM mot_tests WHERE test_type = 'Full Test' GROUP BY Fuel`,
		isShare: true,
		note: "test_type 'Full Test'; share with Result 'Fail' per Fuel (4 rows: Diesel 19.2% of 307, Hybrid 19.0% of 84, Petrol 17.7% of 769, Electric 11.3% of 53)."
	},
	{
		id: 'am-mot_tests-16',
		question: 'results by year',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT Result, YEAR("Test Date") AS y, COUNT(*) FROM mot_tests GROUP BY Result, y`,
		note: 'Rows per Result and year of Test Date, retests included (6 rows: Pass 271 and 329, Pass with advisories 259 and 299, Fail 101 and 125 in 2023 and 2024).'
	},
	{
		id: 'am-mot_tests-17',
		question: 'how many fords failed on lights',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE Make = 'Ford' AND failReason = 'Lights'`,
		note: "Make 'Ford' (fords, plural) with failReason 'Lights': 13 (all full tests; of 68 lights fails)."
	},
	{
		id: 'am-mot_tests-18',
		question: 'what percentage of full tests in 2024 were booked online',
		tables: ['mot_tests'],
		tags: ['share', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Booked Online") * 1.0 / COUNT(*) FROM mot_tests WHERE test_type = 'Full Test' AND YEAR("Test Date") = 2024`,
		isShare: true,
		note: "test_type 'Full Test' with Test Date in 2024; share with Booked Online = Yes: 306 of 653 (46.9%). Over every test of 2024, retests (never booked online) included, it is 40.6%."
	},
	{
		id: 'am-mot_tests-19',
		question: 'how many MOTs did we fail in march 2024',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'synonym'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE Result = 'Fail' AND "Test Date" >= DATE '2024-03-01' AND "Test Date" < DATE '2024-04-01'`,
		note: "Result 'Fail' with Test Date in March 2024: 24 tests (22 full tests, 2 failed retests; 22 different cars). Full tests only (22) is another reading."
	},
	{
		id: 'am-mot_tests-20',
		question: 'average number of advisories when a car passes with advisories',
		tables: ['mot_tests'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(advisories) FROM mot_tests WHERE Result = 'Pass with advisories'`,
		note: "Result 'Pass with advisories'; advisories averaged over its 558 rows: 1.85 (1 to 5)."
	},
	{
		id: 'am-mot_tests-21',
		question: 'how many tests on cars with over 100k miles',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM mot_tests WHERE Mileage > 100000',
		note: '100k is 100,000; Mileage above it: 388 tests (324 full tests; unreadable mileages left out).'
	},
	{
		id: 'am-mot_tests-22',
		question: 'show every test for YK58 UFP',
		tables: ['mot_tests'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT "Test Date", test_type, Result, failReason FROM mot_tests WHERE Reg = 'YK58 UFP'`,
		note: "Reg 'YK58 UFP' (a 2009 Ford Kuga): 4 rows (24 January 2023 Full Test Fail, Windscreen & Wipers; 2 February 2023 Retest Pass; 17 January 2024 Full Test Fail, Tyres; 22 January 2024 Retest Pass). Any set of columns that holds the rows (e.g. every column) is another reading."
	},
	{
		id: 'am-mot_tests-23',
		question: "how many fails weren't for lights or tyres",
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE Result = 'Fail' AND failReason NOT IN ('Lights', 'Tyres')`,
		note: "Result 'Fail' with failReason other than 'Lights' and 'Tyres': 123 (of 226 fails)."
	},
	{
		id: 'am-mot_tests-24',
		question: 'what was the result of test 000950',
		tables: ['mot_tests'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT Result FROM mot_tests WHERE "Test No" = '000950'`,
		note: "Test No '000950' (text with the leading zeros): Fail (a 2012 Volkswagen Polo, YS62 FAU, on 8 November 2023; failReason Steering, retest booked for the next day). With the failure reason or the whole row is another reading."
	},
	{
		id: 'am-mot_tests-25',
		question: 'how many MOTs on vauxhal corsas',
		tables: ['mot_tests'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM mot_tests WHERE Make = 'Vauxhall' AND Model = 'Corsa'`,
		note: "Vauxhal (typo) is Make 'Vauxhall', corsas Model 'Corsa': 126 tests (retests included; 72 different cars)."
	},
	{
		id: 'am-refuse-01',
		question: 'who takes the most food from the fridge',
		tables: ['community_fridge_donations'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only food coming in is logged; nothing about the people who take food (Donor Name is who gave it).'
	},
	{
		id: 'am-refuse-02',
		question: 'how much is the food we were given worth in pounds',
		tables: ['community_fridge_donations'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No prices or values; only weights and item counts.'
	},
	{
		id: 'am-refuse-03',
		question: 'what temperature was the fridge at when the food was checked in',
		tables: ['community_fridge_donations'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No temperatures are recorded; only whether the food was still good and what was wasted.'
	},
	{
		id: 'am-refuse-04',
		question: 'how many of our pupils have passed their theory test',
		tables: ['driving_lessons'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the practical driving test (test_result on test days) is recorded; nothing about theory tests.'
	},
	{
		id: 'am-refuse-05',
		question: 'how much did we spend on fuel for the cars in 2024',
		tables: ['driving_lessons'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs, fuel or mileage; Price (£) is what pupils were charged.'
	},
	{
		id: 'am-refuse-06',
		question: 'what is the average age of our pupils',
		tables: ['driving_lessons'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of the pupils.'
	},
	{
		id: 'am-refuse-07',
		question: 'how much did we make on repairs after cars failed',
		tables: ['mot_tests'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the MOT fee is recorded; no repair work or what it cost (Fee (£) is the test fee).'
	},
	{
		id: 'am-refuse-08',
		question: 'which colour of car fails most often',
		tables: ['mot_tests'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No colour of the car; only make, model, year, fuel and mileage.'
	},
	{
		id: 'am-refuse-09',
		question: 'how long does an MOT take on average',
		tables: ['mot_tests'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No start or finish times of a test; only its date.'
	}
];
