import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set V: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-v/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - minicab_trips.csv (2,148 rows, Abbey Cars (a minicab firm in a small cathedral city):
 *   every pre-booked trip 2022-01-01 to 2024-12-31, from the booking system's export, one row
 *   per booking): trip_id (BIGINT, 51001-53148, in booking order), "Booked At" (TIMESTAMP,
 *   the time of the booking), pickup_area and "Dropoff Area" (11 areas: 'City Centre',
 *   'Railway Station', 'County Hospital', 'Northfield', 'Westbury', 'Hillside', 'Riverside',
 *   'Oakwood', 'Retail Park', 'University', 'Airport'), Driver (12 drivers, e.g. 'Gary
 *   Hollis', 'Sandeep Gill'; Keith Doyle left in August 2023; Mo Rahman, Lena Kovac and Phil
 *   Grant joined later), vehicleType (the driver's car: 'Saloon' | 'Estate' | 'MPV'; groups
 *   of five or more go in an MPV), pax (BIGINT, passengers, 1-7), "Distance (mi)" (DOUBLE,
 *   0.8-37.6; 124 missing: cancelled), "Fare (£)" (DOUBLE, the metered fare, 6.00-149.90, tip
 *   not included: flag fall plus a rate a mile that rose in April 2023 and April 2024, half
 *   as much again 22:00-05:59, a fifth more in an MPV; 124 missing: cancelled), tip (DOUBLE,
 *   £, 0.50-10.00, only tips added on the card machine; 1,771 missing: none recorded, every
 *   cash, account and cancelled booking), Payment ('Cash' | 'Card' | 'Account' (hospital and
 *   university accounts)), Cancelled (BOOLEAN, from Yes/No; 124).
 * - street_repairs.csv (1,496 rows, Kelby Town Council: street problems reported by residents
 *   2022-01-01 to 2024-12-31, from the highways team's case system as exported on 6 January
 *   2025, one row per report): "Report Ref" (e.g. 'SR-2022-0001', numbered within each year
 *   in date order), reported_date (DATE), Ward (8: 'Abbey', 'Castle', 'Eastfield',
 *   'Greenhill', 'Market', 'Moorside', 'Parkside', "St Mary's"), Street (33 streets, each in
 *   one ward, e.g. 'High Street', 'Eastfield Road', 'Chapel Row'), issueType ('Pothole' |
 *   'Streetlight' | 'Fly-tipping' | 'Graffiti' | 'Blocked drain'), pri (the priority: 'High'
 *   | 'Medium' | 'Low'), Status ('Closed' 1,459 | 'In Progress' 24 (a crew booked) | 'Open'
 *   13), "Fixed Date" (DATE, 2022-01-06 to 2025-01-05, 1-186 days after the report; 37
 *   missing: not closed), "Repair Cost (£)" (DOUBLE, 40.00-810.26; 83 missing: the 37 not
 *   closed and 46 closed but not yet invoiced), reported_via ('App' | 'Phone' | 'Web'; the
 *   app grows, the phone declines), "Repeat Report" (BOOLEAN, from Yes/No: the same problem
 *   had been reported before; 179).
 * - swimming_lessons.csv (1,751 rows, Hollins Park Leisure Centre: the children's
 *   learn-to-swim lessons in term time, 2022-09-05 to 2024-12-12, from the bookings system,
 *   one row per lesson; weekday lessons from 16:00, Saturday lessons 09:00-11:15, none in
 *   school holidays): lesson_id (BIGINT, 2201-3951, in date and time order), "Lesson Date"
 *   (DATE), start_time (TIME, e.g. 16:30; the CSV has 'HH:MM'), Stage (BIGINT, the level of
 *   the scheme, 1-7), Instructor (6: 'Claire Dunn', 'Marcus Webb', 'Jo Almond', 'Dev Mistry'
 *   (Marcus and Dev teach stages 6-7), 'Pete Sorensen' (to July 2023), 'Hannah Lowe' (from
 *   September 2023)), booked (BIGINT, pupils booked, 1-10), cap (BIGINT, the capacity: 6 at
 *   stages 1-2, 8 at 3-4, 10 at 5-7), Lane (BIGINT, 1, 2, 4, 5 or 6), duration_mins (BIGINT,
 *   30 at stages 1-4, 45 at 5-7), Cancelled (BOOLEAN, from Yes/No: 56, pool closures and
 *   instructor illness), "Income (£)" (DOUBLE, booked x the price of the school year (£7.20,
 *   £7.60, £8.10), a quarter more for 45 minutes; 0 when cancelled (refunded)), attended
 *   (BIGINT, pupils who came, 1-10; 124 missing: the cancelled lessons and 68 with no
 *   register taken).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_V_TABLE_SOURCES: TableSource[] = [
	{
		name: 'minicab_trips',
		humanName: 'Minicab trips',
		repoDir: 'tests/nl/data/set-v',
		file: 'minicab_trips.csv',
		format: 'csv'
	},
	{
		name: 'street_repairs',
		humanName: 'Street repairs',
		repoDir: 'tests/nl/data/set-v',
		file: 'street_repairs.csv',
		format: 'csv'
	},
	{
		name: 'swimming_lessons',
		humanName: 'Swimming lessons',
		repoDir: 'tests/nl/data/set-v',
		file: 'swimming_lessons.csv',
		format: 'csv'
	}
];

export const SET_V_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- minicab trips
	{
		id: 'v-minicab_trips-01',
		question: 'how many bookings did we get in 2023',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM minicab_trips WHERE YEAR("Booked At") = 2023',
		note: 'Rows booked in 2023, cancelled bookings included (753).'
	},
	{
		id: 'v-minicab_trips-02',
		question: 'total fares',
		tables: ['minicab_trips'],
		tags: ['sum'],
		sql: 'SELECT SUM("Fare (£)") FROM minicab_trips',
		note: 'Fare (£) added up over every trip (£44,870.70); cancelled bookings have no fare, tips are not included.'
	},
	{
		id: 'v-minicab_trips-03',
		question: 'which driver has taken the most money',
		tables: ['minicab_trips'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Driver FROM minicab_trips GROUP BY Driver ORDER BY SUM("Fare (£)") DESC LIMIT 1',
		note: 'Money taken is Fare (£) summed per Driver: Gary Hollis (£6,207.70) ahead of Sandeep Gill (£5,720.10); with tips added he is still first.'
	},
	{
		id: 'v-minicab_trips-04',
		question: 'how many jobs got cancelled',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM minicab_trips WHERE Cancelled',
		note: 'Jobs are bookings: Cancelled = Yes (124).'
	},
	{
		id: 'v-minicab_trips-05',
		question: 'trips by vehicle type',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT vehicleType, COUNT(*) FROM minicab_trips GROUP BY vehicleType',
		note: 'Rows per vehicleType (Saloon 1,154, MPV 524, Estate 470), cancelled bookings included; leaving them out is another reading.'
	},
	{
		id: 'v-minicab_trips-06',
		question: 'top 5 pickup areas',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT pickup_area, COUNT(*) AS n FROM minicab_trips GROUP BY pickup_area ORDER BY n DESC LIMIT 5',
		isOrdered: true,
		note: 'By number of bookings per pickup_area: City Centre 412, Railway Station 314, Riverside 212, County Hospital 207, Westbury 202.'
	},
	{
		id: 'v-minicab_trips-07',
		question: 'how many jobs to the airport',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM minicab_trips WHERE "Dropoff Area" = 'Airport'`,
		note: "To the airport is Dropoff Area 'Airport' (103), cancelled bookings included."
	},
	{
		id: 'v-minicab_trips-08',
		question: 'median fare',
		tables: ['minicab_trips'],
		tags: ['median'],
		sql: 'SELECT MEDIAN("Fare (£)") FROM minicab_trips',
		note: 'Median Fare (£) over the trips with a fare (£16.80).'
	},
	{
		id: 'v-minicab_trips-09',
		question: 'how much have drivers got in tips',
		tables: ['minicab_trips'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(tip) FROM minicab_trips',
		note: 'tip added up (£905.50); only tips added on the card machine are recorded.'
	},
	{
		id: 'v-minicab_trips-10',
		question: 'what % of trips are paid cash',
		tables: ['minicab_trips'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Payment = 'Cash') * 1.0 / COUNT(*) FROM minicab_trips`,
		isShare: true,
		note: "Share of rows with Payment 'Cash': 817 of 2,148 (38.0%)."
	},
	{
		id: 'v-minicab_trips-11',
		question: 'fare takings per month',
		tables: ['minicab_trips'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Booked At") AS m, SUM("Fare (£)") FROM minicab_trips GROUP BY m`,
		note: 'Sum of Fare (£) per calendar month of Booked At (36 months).'
	},
	{
		id: 'v-minicab_trips-12',
		question: 'longest trip in miles',
		tables: ['minicab_trips'],
		tags: ['max'],
		sql: 'SELECT MAX("Distance (mi)") FROM minicab_trips',
		note: 'The largest Distance (mi): 37.6 miles. The trip itself (a row) is another reading; the distance is asked for.'
	},
	{
		id: 'v-minicab_trips-13',
		question: 'how many drivers have we got',
		tables: ['minicab_trips'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Driver) FROM minicab_trips',
		note: 'Distinct Driver (12): everyone who drove in the period, leavers included.'
	},
	{
		id: 'v-minicab_trips-14',
		question: 'fares by year and payment method',
		tables: ['minicab_trips'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT YEAR("Booked At") AS y, Payment, SUM("Fare (£)") FROM minicab_trips GROUP BY y, Payment',
		note: 'Sum of Fare (£) per calendar year and Payment (3 years x 3 methods, 9 rows).'
	},
	{
		id: 'v-minicab_trips-15',
		question: 'bookings with more than 4 passengers',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM minicab_trips WHERE pax > 4',
		note: 'Passengers are pax: strictly over 4 (74 bookings).'
	},
	{
		id: 'v-minicab_trips-16',
		question: 'avg distance for pickups from the hospital',
		tables: ['minicab_trips'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Distance (mi)") FROM minicab_trips WHERE pickup_area = 'County Hospital'`,
		note: "The hospital is pickup_area 'County Hospital': mean Distance (mi) of its trips (5.93 miles)."
	},
	{
		id: 'v-minicab_trips-17',
		question: 'how many pickups from the station since oct 2024',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM minicab_trips WHERE pickup_area = 'Railway Station' AND "Booked At" >= TIMESTAMP '2024-10-01 00:00:00'`,
		note: "The station is pickup_area 'Railway Station': bookings from 1 October 2024 on (32)."
	},
	{
		id: 'v-minicab_trips-18',
		question: 'how many trips had a tip',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM minicab_trips WHERE tip IS NOT NULL',
		note: 'tip present (377); blank means no tip recorded.'
	},
	{
		id: 'v-minicab_trips-19',
		question: 'list MPV airport jobs in 2024 with driver, time booked and fare',
		tables: ['minicab_trips'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: `SELECT Driver, "Booked At", "Fare (£)" FROM minicab_trips WHERE vehicleType = 'MPV' AND "Dropoff Area" = 'Airport' AND YEAR("Booked At") = 2024`,
		note: "vehicleType 'MPV' to Dropoff Area 'Airport' booked in 2024: 6 rows of Driver, Booked At, Fare (£) (one cancelled, with no fare). Airport pickups as well is another reading."
	},
	{
		id: 'v-minicab_trips-20',
		question: 'average fare excluding account customers',
		tables: ['minicab_trips'],
		tags: ['avg', 'filter-negation'],
		sql: `SELECT AVG("Fare (£)") FROM minicab_trips WHERE Payment <> 'Account'`,
		note: "Mean Fare (£) where Payment is not 'Account' (cash and card): £22.47."
	},
	{
		id: 'v-minicab_trips-21',
		question: 'takings from westbury and oakwood pickups in 2022',
		tables: ['minicab_trips'],
		tags: ['sum', 'filter-list', 'time-year', 'synonym'],
		sql: `SELECT SUM("Fare (£)") FROM minicab_trips WHERE pickup_area IN ('Westbury', 'Oakwood') AND YEAR("Booked At") = 2022`,
		note: "Takings are Fare (£): pickup_area 'Westbury' or 'Oakwood', booked in 2022 (£2,709.40)."
	},
	{
		id: 'v-minicab_trips-22',
		question: 'jobs between june and august 2024 for estates',
		tables: ['minicab_trips'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM minicab_trips WHERE vehicleType = 'Estate' AND "Booked At" >= TIMESTAMP '2024-06-01 00:00:00' AND "Booked At" < TIMESTAMP '2024-09-01 00:00:00'`,
		note: "vehicleType 'Estate' (plural 'estates'), booked 1 June to 31 August 2024 (34)."
	},

	// ---------------------------------------------------------------- street repairs
	{
		id: 'v-street_repairs-01',
		question: 'how many potholes were reported in 2024',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM street_repairs WHERE issueType = 'Pothole' AND YEAR(reported_date) = 2024`,
		note: "issueType 'Pothole' (plural in the question), reported_date in 2024 (165)."
	},
	{
		id: 'v-street_repairs-02',
		question: 'total spent on repairs',
		tables: ['street_repairs'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Repair Cost (£)") FROM street_repairs',
		note: 'Repair Cost (£) added up (£318,785.40); only closed reports have a cost.'
	},
	{
		id: 'v-street_repairs-03',
		question: 'which ward has the most reports',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Ward FROM street_repairs GROUP BY Ward ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By number of reports per Ward: Market (264) ahead of Castle (218).'
	},
	{
		id: 'v-street_repairs-04',
		question: 'average cost to fix a street light',
		tables: ['street_repairs'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Repair Cost (£)") FROM street_repairs WHERE issueType = 'Streetlight'`,
		note: "'street light' is issueType 'Streetlight': mean Repair Cost (£) of those with a cost (£266.20)."
	},
	{
		id: 'v-street_repairs-05',
		question: 'how many reports are still open',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM street_repairs WHERE Status = 'Open'`,
		note: "Status 'Open' (13); counting In Progress as well (37 not closed) is another reading."
	},
	{
		id: 'v-street_repairs-06',
		question: 'reports by issue type',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT issueType, COUNT(*) FROM street_repairs GROUP BY issueType',
		note: 'Reports per issueType (5 rows: Pothole 497, Streetlight 322, Fly-tipping 270, Blocked drain 225, Graffiti 182).'
	},
	{
		id: 'v-street_repairs-07',
		question: 'avg number of days to fix a pothole',
		tables: ['street_repairs'],
		tags: ['avg', 'filter-eq', 'metric', 'fuzzy'],
		sql: `SELECT AVG("Fixed Date" - reported_date) FROM street_repairs WHERE issueType = 'Pothole'`,
		note: "Days from reported_date to Fixed Date, averaged over the fixed issueType 'Pothole' reports (16.74 days)."
	},
	{
		id: 'v-street_repairs-08',
		question: 'high priority reports per year',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'synonym'],
		sql: `SELECT YEAR(reported_date) AS y, COUNT(*) FROM street_repairs WHERE pri = 'High' GROUP BY y`,
		note: "Priority is pri: reports with pri 'High' per calendar year of reported_date (2022 148, 2023 137, 2024 152)."
	},
	{
		id: 'v-street_repairs-09',
		question: 'what percentage of reports come in through the app',
		tables: ['street_repairs'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE reported_via = 'App') * 1.0 / COUNT(*) FROM street_repairs`,
		isShare: true,
		note: "Share of reports with reported_via 'App': 573 of 1,496 (38.3%)."
	},
	{
		id: 'v-street_repairs-10',
		question: 'median cost of clearing fly tipping',
		tables: ['street_repairs'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Repair Cost (£)") FROM street_repairs WHERE issueType = 'Fly-tipping'`,
		note: "'fly tipping' is issueType 'Fly-tipping': median Repair Cost (£) (£221.54)."
	},
	{
		id: 'v-street_repairs-11',
		question: 'number of reports each month',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', reported_date) AS m, COUNT(*) FROM street_repairs GROUP BY m`,
		note: 'Reports per calendar month of reported_date (36 months).'
	},
	{
		id: 'v-street_repairs-12',
		question: 'most expensive repair',
		tables: ['street_repairs'],
		tags: ['max'],
		sql: 'SELECT MAX("Repair Cost (£)") FROM street_repairs',
		note: 'The largest Repair Cost (£): £810.26. The report itself (a row) is another reading; the cost is asked for.'
	},
	{
		id: 'v-street_repairs-13',
		question: 'how many were repeat reports',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM street_repairs WHERE "Repeat Report"',
		note: 'Repeat Report = Yes (179).'
	},
	{
		id: 'v-street_repairs-14',
		question: 'which street gets the most complaints',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Street FROM street_repairs GROUP BY Street ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Complaints are reports: the Street with the most, Eastfield Road (63) ahead of Chapel Row (60).'
	},
	{
		id: 'v-street_repairs-15',
		question: 'repair spend by ward and issue',
		tables: ['street_repairs'],
		tags: ['sum', 'multi-group', 'synonym'],
		sql: 'SELECT Ward, issueType, SUM("Repair Cost (£)") FROM street_repairs GROUP BY Ward, issueType',
		note: 'Sum of Repair Cost (£) per Ward and issueType (8 wards x 5 issues, 40 rows).'
	},
	{
		id: 'v-street_repairs-16',
		question: 'closed jobs with no cost recorded',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM street_repairs WHERE Status = 'Closed' AND "Repair Cost (£)" IS NULL`,
		note: "How many: Status 'Closed' with Repair Cost (£) missing (46, not yet invoiced)."
	},
	{
		id: 'v-street_repairs-17',
		question: 'blocked drains in castle ward since september 2024',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM street_repairs WHERE issueType = 'Blocked drain' AND Ward = 'Castle' AND reported_date >= DATE '2024-09-01'`,
		note: "How many: issueType 'Blocked drain' in Ward 'Castle', reported from 1 September 2024 on (5)."
	},
	{
		id: 'v-street_repairs-18',
		question: 'top 3 wards by repair costs',
		tables: ['street_repairs'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Ward, SUM("Repair Cost (£)") AS c FROM street_repairs GROUP BY Ward ORDER BY c DESC LIMIT 3',
		isOrdered: true,
		note: "By Repair Cost (£) summed per Ward: Market £53,894.16, Castle £46,734.15, St Mary's £41,951.01."
	},
	{
		id: 'v-street_repairs-19',
		question: 'graffiti and fly-tipping reports in 2023',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-list', 'time-year'],
		sql: `SELECT COUNT(*) FROM street_repairs WHERE issueType IN ('Graffiti', 'Fly-tipping') AND YEAR(reported_date) = 2023`,
		note: "How many: issueType 'Graffiti' or 'Fly-tipping', reported in 2023 (158)."
	},
	{
		id: 'v-street_repairs-20',
		question: 'list unfinished reports from before 2024 with ref, street and status',
		tables: ['street_repairs'],
		tags: ['rows-mode', 'filter-negation', 'time-range', 'synonym'],
		sql: `SELECT "Report Ref", Street, Status FROM street_repairs WHERE Status <> 'Closed' AND reported_date < DATE '2024-01-01'`,
		note: "Unfinished is Status not 'Closed' (Open or In Progress), reported before 1 January 2024: 10 rows of Report Ref, Street, Status."
	},
	{
		id: 'v-street_repairs-21',
		question: 'phoned in reports between jan and march 2024',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM street_repairs WHERE reported_via = 'Phone' AND reported_date >= DATE '2024-01-01' AND reported_date < DATE '2024-04-01'`,
		note: "Phoned in is reported_via 'Phone': reported 1 January to 31 March 2024 (26)."
	},
	{
		id: 'v-street_repairs-22',
		question: 'how many repairs cost over £500',
		tables: ['street_repairs'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM street_repairs WHERE "Repair Cost (£)" > 500',
		note: 'Repair Cost (£) strictly over 500 (56).'
	},
	{
		id: 'v-street_repairs-23',
		question: 'average repair cost apart from graffiti',
		tables: ['street_repairs'],
		tags: ['avg', 'filter-negation'],
		sql: `SELECT AVG("Repair Cost (£)") FROM street_repairs WHERE issueType <> 'Graffiti'`,
		note: "Mean Repair Cost (£) where issueType is not 'Graffiti' (£241.93)."
	},

	// ---------------------------------------------------------------- swimming lessons
	{
		id: 'v-swimming_lessons-01',
		question: 'how many lessons in 2023',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM swimming_lessons WHERE YEAR("Lesson Date") = 2023',
		note: 'Lessons dated in 2023, cancelled ones included (739).'
	},
	{
		id: 'v-swimming_lessons-02',
		question: 'total income from lessons',
		tables: ['swimming_lessons'],
		tags: ['sum'],
		sql: 'SELECT SUM("Income (£)") FROM swimming_lessons',
		note: 'Income (£) added up (£91,313.97); cancelled lessons bring in 0.'
	},
	{
		id: 'v-swimming_lessons-03',
		question: 'which instructor teaches the most lessons',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Instructor FROM swimming_lessons GROUP BY Instructor ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By number of lessons per Instructor: Dev Mistry (480) ahead of Marcus Webb (390).'
	},
	{
		id: 'v-swimming_lessons-04',
		question: 'average class size at stage 3',
		tables: ['swimming_lessons'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG(booked) FROM swimming_lessons WHERE Stage = 3',
		note: 'Class size is pupils booked: mean booked of Stage 3 lessons (7.40); attended (6.61) is another reading.'
	},
	{
		id: 'v-swimming_lessons-05',
		question: 'lessons per stage',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Stage, COUNT(*) FROM swimming_lessons GROUP BY Stage',
		note: 'Lessons per Stage (7 rows).'
	},
	{
		id: 'v-swimming_lessons-06',
		question: 'income per month',
		tables: ['swimming_lessons'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Lesson Date") AS m, SUM("Income (£)") FROM swimming_lessons GROUP BY m`,
		note: 'Sum of Income (£) per calendar month of Lesson Date (26 months with lessons; none in August).'
	},
	{
		id: 'v-swimming_lessons-07',
		question: 'average attendance on saturdays',
		tables: ['swimming_lessons'],
		tags: ['avg', 'filter-eq', 'time-grain', 'synonym'],
		sql: `SELECT AVG(attended) FROM swimming_lessons WHERE DAYNAME("Lesson Date") = 'Saturday'`,
		note: 'Attendance is attended: its mean over Saturday lessons with a register taken (6.26 pupils, 531 lessons); an attendance rate (attended over booked) is another reading.'
	},
	{
		id: 'v-swimming_lessons-08',
		question: 'how many lessons are missing the attended figure',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM swimming_lessons WHERE attended IS NULL',
		note: 'attended missing (124): the 56 cancelled lessons and 68 with no register taken.'
	},
	{
		id: 'v-swimming_lessons-09',
		question: 'how many lessons were fully booked',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'metric'],
		sql: 'SELECT COUNT(*) FROM swimming_lessons WHERE booked = cap',
		note: 'Fully booked: booked equals cap, the capacity (790).'
	},
	{
		id: 'v-swimming_lessons-10',
		question: 'what % of lessons get cancelled',
		tables: ['swimming_lessons'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Cancelled) * 1.0 / COUNT(*) FROM swimming_lessons',
		isShare: true,
		note: 'Share of lessons with Cancelled = Yes: 56 of 1,751 (3.2%).'
	},
	{
		id: 'v-swimming_lessons-11',
		question: 'which lane do we use most',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Lane FROM swimming_lessons GROUP BY Lane ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By number of lessons per Lane: lane 6 (616, the stage 1-2 lessons) ahead of lane 4 (436).'
	},
	{
		id: 'v-swimming_lessons-12',
		question: 'median number of kids booked per lesson',
		tables: ['swimming_lessons'],
		tags: ['median', 'synonym'],
		sql: 'SELECT MEDIAN(booked) FROM swimming_lessons',
		note: 'Kids booked is booked: its median over every lesson (6).'
	},
	{
		id: 'v-swimming_lessons-13',
		question: 'income by instructor for 2024',
		tables: ['swimming_lessons'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT Instructor, SUM("Income (£)") FROM swimming_lessons WHERE YEAR("Lesson Date") = 2024 GROUP BY Instructor',
		note: 'Sum of Income (£) per Instructor for lessons dated in 2024 (5 rows; Marcus Webb £9,767.53 the most).'
	},
	{
		id: 'v-swimming_lessons-14',
		question: 'how many lessons has hannah taught since april 2024',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM swimming_lessons WHERE Instructor = 'Hannah Lowe' AND "Lesson Date" >= DATE '2024-04-01'`,
		note: "Hannah is Instructor 'Hannah Lowe': lessons from 1 April 2024 on (119), cancelled ones included."
	},
	{
		id: 'v-swimming_lessons-15',
		question: 'lowest turnout at a stage 7 lesson',
		tables: ['swimming_lessons'],
		tags: ['min', 'filter-eq', 'synonym'],
		sql: 'SELECT MIN(attended) FROM swimming_lessons WHERE Stage = 7',
		note: 'Turnout is attended: its smallest value over Stage 7 lessons with a register taken (1). The lesson itself (a row) is another reading; the number is asked for.'
	},
	{
		id: 'v-swimming_lessons-16',
		question: 'lessons starting before 10am',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM swimming_lessons WHERE start_time < TIME '10:00:00'`,
		note: 'start_time earlier than 10:00: the 9:00 and 9:30 Saturday lessons (249).'
	},
	{
		id: 'v-swimming_lessons-17',
		question: 'top 3 stages by income',
		tables: ['swimming_lessons'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Stage, SUM("Income (£)") AS i FROM swimming_lessons GROUP BY Stage ORDER BY i DESC LIMIT 3',
		isOrdered: true,
		note: 'By Income (£) summed per Stage: 5 £18,716.35, 3 £18,208.60, 2 £14,718.40.'
	},
	{
		id: 'v-swimming_lessons-18',
		question: 'how many stage 6 and 7 lessons each year',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'filter-list', 'time-grain'],
		sql: 'SELECT YEAR("Lesson Date") AS y, COUNT(*) FROM swimming_lessons WHERE Stage IN (6, 7) GROUP BY y',
		note: 'Lessons of Stage 6 or 7 per calendar year (2022 41 (from September), 2023 111, 2024 111).'
	},
	{
		id: 'v-swimming_lessons-19',
		question: 'list cancelled lessons in 2024 with date, start time and instructor',
		tables: ['swimming_lessons'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: 'SELECT "Lesson Date", start_time, Instructor FROM swimming_lessons WHERE Cancelled AND YEAR("Lesson Date") = 2024',
		note: 'Cancelled = Yes, dated in 2024: 26 rows of Lesson Date, start_time, Instructor.'
	},
	{
		id: 'v-swimming_lessons-20',
		question: 'avg income per lesson not counting cancelled ones',
		tables: ['swimming_lessons'],
		tags: ['avg', 'filter-negation'],
		sql: 'SELECT AVG("Income (£)") FROM swimming_lessons WHERE NOT Cancelled',
		note: 'Mean Income (£) of lessons with Cancelled = No (£53.87).'
	},
	{
		id: 'v-swimming_lessons-21',
		question: 'spare places by stage',
		tables: ['swimming_lessons'],
		tags: ['sum', 'group-by', 'metric', 'synonym'],
		sql: 'SELECT Stage, SUM(cap - booked) FROM swimming_lessons GROUP BY Stage',
		note: 'Spare places are cap - booked, summed per Stage (7 rows).'
	},
	{
		id: 'v-swimming_lessons-22',
		question: 'lessons from jan to march 2024',
		tables: ['swimming_lessons'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM swimming_lessons WHERE "Lesson Date" >= DATE '2024-01-01' AND "Lesson Date" < DATE '2024-04-01'`,
		note: 'Lessons dated 1 January to 31 March 2024 (213).'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'v-refuse-01',
		question: 'which driver gets the best ratings from customers',
		tables: ['minicab_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No customer ratings or feedback; only bookings, fares, tips and payment.'
	},
	{
		id: 'v-refuse-02',
		question: 'how much do we spend on fuel',
		tables: ['minicab_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No fuel or running costs; only what customers paid.'
	},
	{
		id: 'v-refuse-03',
		question: 'how many bookings will we get next new years eve',
		tables: ['minicab_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast for a future day; the bookings end in December 2024.'
	},
	{
		id: 'v-refuse-04',
		question: 'who reports the most potholes',
		tables: ['street_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reporter names or ids; only how a report came in (reported_via).'
	},
	{
		id: 'v-refuse-05',
		question: 'which contractor did the most repairs',
		tables: ['street_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No contractor or crew column; only status, dates and cost. With every table offered, housing repair requests name the contractor of each job.',
		workspaceSql: 'SELECT Contractor FROM repair_requests GROUP BY 1 ORDER BY count(*) DESC LIMIT 1'
	},
	{
		id: 'v-refuse-06',
		question: 'how many potholes will we get this winter',
		tables: ['street_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction about a future season; the reports end in December 2024.'
	},
	{
		id: 'v-refuse-07',
		question: 'which children moved up a stage this term',
		tables: ['swimming_lessons'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No pupil names or progress; one row per lesson with counts of pupils booked and attending.'
	},
	{
		id: 'v-refuse-08',
		question: 'are parents happy with the instructors',
		tables: ['swimming_lessons'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion; no feedback or satisfaction scores are recorded.'
	}
];
