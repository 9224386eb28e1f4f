import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set M: questions over three tables the engine had not seen, CSV files of the kind a person
 * drops into the app on first use. They are synthetic but plausible, written by a seeded,
 * deterministic generator kept beside them (tests/nl/data/set-m/generate.mjs, mulberry32) and
 * read from this repository (`repoDir`), not from an npm package. Columns as imported:
 * - exam_results.csv (2,877 rows, a secondary school's exam results Jan 2023 - May 2025, 160
 *   students, one row per student, subject and sitting): result_id, "Student ID" (e.g. 'S2105'),
 *   student_name, "Year Group" ('Year 10' | 'Year 11' | 'Year 12' | 'Year 13'), Subject (9 values,
 *   e.g. 'Maths', 'English Literature', 'Computer Science'), Teacher (9 names), examDate (DATE),
 *   "Exam Type" ('Mock' | 'Final' | 'Resit'), marks, max_marks (70-100 by subject), score_pct
 *   (DOUBLE), Grade ('A'..'E' | 'U'), Status ('Sat' | 'Absent'; the 98 absent rows have no marks,
 *   score_pct or Grade), attendancePct (the student's attendance, repeated on their rows; missing
 *   for 9 students, 178 rows).
 * - apartment_listings.csv (1,480 rows, one city's rental listings 2023-2024): listing_id (e.g.
 *   'L-10420'), "Listed On" (DATE), Neighborhood (7 values, e.g. 'Downtown', 'Old Town'),
 *   propertyType ('Apartment' | 'Condo' | 'Townhouse' | 'Basement Suite' | 'Loft'), beds (0 =
 *   studio), baths (DOUBLE), sq_ft, "Monthly Rent", deposit (79 missing), "Pets Allowed" (BOOLEAN,
 *   from Yes/No), parking ('Garage' | 'Street' | 'Driveway' | 'None'), furnished (BOOLEAN), floor
 *   (193 missing), "Listing Agent" (6 names and 'Private Landlord'), Status ('Leased' | 'Withdrawn'
 *   | 'Active'), days_on_mkt (missing for the 143 active listings).
 * - shipments.csv (1,813 rows, a distributor's outbound shipments in 2024): "Shipment No" (e.g.
 *   'SHP-240004'), shippedAt (TIMESTAMP), Warehouse ('Columbus DC' | 'Reno DC'), Customer (18
 *   companies), "Dest State" (two-letter code, one per customer), carrier ('UPS' | 'FedEx' | 'USPS'
 *   | 'Old Dominion' | 'XPO Logistics'), service_level ('Ground' | '2-Day' | 'Overnight' | 'LTL
 *   Freight'), qty, cartons, weight_kg, "Freight Cost (USD)" (57 missing), Status ('Delivered' |
 *   'Damaged' | 'Returned' | 'Lost' | 'In Transit'), delivered_date (DATE, missing unless delivered
 *   or damaged: 85), onTime ('Y' | 'N', missing where delivered_date is), dock ('Dock 1'..'Dock 4').
 * Every column is kept as DuckDB's CSV import reads it (no `select`). Written before the engine
 * was run on these tables.
 */
export const SET_M_TABLE_SOURCES: TableSource[] = [
	{
		name: 'exam_results',
		humanName: 'Exam results',
		repoDir: 'tests/nl/data/set-m',
		file: 'exam_results.csv',
		format: 'csv'
	},
	{
		name: 'apartment_listings',
		humanName: 'Apartment listings',
		repoDir: 'tests/nl/data/set-m',
		file: 'apartment_listings.csv',
		format: 'csv'
	},
	{
		name: 'shipments',
		humanName: 'Shipments',
		repoDir: 'tests/nl/data/set-m',
		file: 'shipments.csv',
		format: 'csv'
	}
];

export const SET_M_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- exam results
	{
		id: 'm-exam_results-01',
		question: 'how many students are there?',
		tables: ['exam_results'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Student ID") FROM exam_results'
	},
	{
		id: 'm-exam_results-02',
		question: 'average score',
		tables: ['exam_results'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(score_pct) FROM exam_results',
		note: '"score" read as score_pct (percent); absent sittings have no score and are left out.'
	},
	{
		id: 'm-exam_results-03',
		question: 'Average score by subject',
		tables: ['exam_results'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Subject, AVG(score_pct) FROM exam_results GROUP BY Subject'
	},
	{
		id: 'm-exam_results-04',
		question: 'which subject do students do worst in on average',
		tables: ['exam_results'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT Subject FROM exam_results GROUP BY Subject ORDER BY AVG(score_pct) ASC LIMIT 1',
		note: 'Lowest mean score_pct: Chemistry (55.2) ahead of Physics (56.0).'
	},
	{
		id: 'm-exam_results-05',
		question: 'How many exams were missed?',
		tables: ['exam_results'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM exam_results WHERE Status = 'Absent'`,
		note: '"missed" read as Status = \'Absent\' (98 sittings).'
	},
	{
		id: 'm-exam_results-06',
		question: 'number of A grades in each subject',
		tables: ['exam_results'],
		tags: ['aggregate-count', 'filter-eq', 'group-by'],
		sql: `SELECT Subject, COUNT(*) FROM exam_results WHERE Grade = 'A' GROUP BY Subject`
	},
	{
		id: 'm-exam_results-07',
		question: 'what percentage of the exams that were sat got a U?',
		tables: ['exam_results'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Grade = 'U') * 1.0 / COUNT(*) FROM exam_results WHERE Status = 'Sat'`,
		isShare: true,
		note: "Denominator: sittings with Status = 'Sat' (every one of them has a grade)."
	},
	{
		id: 'm-exam_results-08',
		question: 'top 5 students by average score',
		tables: ['exam_results'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: `SELECT student_name, AVG(score_pct) AS avg_score FROM exam_results GROUP BY student_name ORDER BY avg_score DESC LIMIT 5`,
		isOrdered: true,
		note: 'Student names are unique (160 names for 160 ids).'
	},
	{
		id: 'm-exam_results-09',
		question: 'median score in the maths finals',
		tables: ['exam_results'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN(score_pct) FROM exam_results WHERE Subject = 'Maths' AND "Exam Type" = 'Final'`
	},
	{
		id: 'm-exam_results-10',
		question: 'how many results per exam type',
		tables: ['exam_results'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "Exam Type", COUNT(*) FROM exam_results GROUP BY "Exam Type"'
	},
	{
		id: 'm-exam_results-11',
		question: 'average raw marks in Physics mocks in 2024',
		tables: ['exam_results'],
		tags: ['avg', 'filter-eq', 'time-year'],
		sql: `SELECT AVG(marks) FROM exam_results WHERE Subject = 'Physics' AND "Exam Type" = 'Mock' AND YEAR(examDate) = 2024`
	},
	{
		id: 'm-exam_results-12',
		question: 'How many exam results are there for year 11 in 2024?',
		tables: ['exam_results'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM exam_results WHERE "Year Group" = 'Year 11' AND YEAR(examDate) = 2024`,
		note: 'Counts every result row, absences included.'
	},
	{
		id: 'm-exam_results-13',
		question: "show Mia Davies's subjects, exam dates and grades",
		tables: ['exam_results'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT Subject, examDate, Grade FROM exam_results WHERE student_name = 'Mia Davies'`
	},
	{
		id: 'm-exam_results-14',
		question: 'which teacher has the highest average score?',
		tables: ['exam_results'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT Teacher FROM exam_results GROUP BY Teacher ORDER BY AVG(score_pct) DESC LIMIT 1',
		note: 'Ms Fenwick (63.8) ahead of Mr Adeyemi (62.4).'
	},
	{
		id: 'm-exam_results-15',
		question: 'pass rate for each subject (a pass is grade C or better)',
		tables: ['exam_results'],
		tags: ['share', 'group-by', 'filter-list'],
		sql: `SELECT Subject, COUNT(*) FILTER (WHERE Grade IN ('A', 'B', 'C')) * 1.0 / COUNT(*) FROM exam_results WHERE Status = 'Sat' GROUP BY Subject`,
		isShare: true,
		note: 'Over exams sat; absences (no grade) left out of the denominator.'
	},
	{
		id: 'm-exam_results-16',
		question: 'how many students have attendance under 85%',
		tables: ['exam_results'],
		tags: ['aggregate-distinct', 'filter-numeric'],
		sql: 'SELECT COUNT(DISTINCT "Student ID") FROM exam_results WHERE attendancePct < 85',
		note: 'attendancePct is a per-student figure repeated on each of their rows, so students are counted once.'
	},
	{
		id: 'm-exam_results-17',
		question: 'How many students have no attendance figure?',
		tables: ['exam_results'],
		tags: ['aggregate-distinct', 'filter-missing'],
		sql: 'SELECT COUNT(DISTINCT "Student ID") FROM exam_results WHERE attendancePct IS NULL'
	},
	{
		id: 'm-exam_results-18',
		question: 'average score per year',
		tables: ['exam_results'],
		tags: ['avg', 'time-grain'],
		sql: 'SELECT YEAR(examDate), AVG(score_pct) FROM exam_results GROUP BY 1',
		note: '"per year" read as calendar year of examDate, not "Year Group".'
	},
	{
		id: 'm-exam_results-19',
		question: 'how many exams have been sat since September 2024',
		tables: ['exam_results'],
		tags: ['aggregate-count', 'time-since', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM exam_results WHERE examDate >= DATE '2024-09-01' AND Status = 'Sat'`,
		note: '"sat" read as Status = \'Sat\' (absences excluded).'
	},
	{
		id: 'm-exam_results-20',
		question: 'highest score in computer science',
		tables: ['exam_results'],
		tags: ['max', 'filter-eq', 'fuzzy'],
		sql: `SELECT MAX(score_pct) FROM exam_results WHERE Subject = 'Computer Science'`
	},
	{
		id: 'm-exam_results-21',
		question: 'avg score in english lit for students not in year 13',
		tables: ['exam_results'],
		tags: ['avg', 'filter-negation', 'fuzzy'],
		sql: `SELECT AVG(score_pct) FROM exam_results WHERE Subject = 'English Literature' AND "Year Group" <> 'Year 13'`
	},
	{
		id: 'm-exam_results-22',
		question: 'grade distribution for the chemistry finals',
		tables: ['exam_results'],
		tags: ['distribution', 'group-by', 'filter-eq'],
		sql: `SELECT Grade, COUNT(*) FROM exam_results WHERE Subject = 'Chemistry' AND "Exam Type" = 'Final' AND Grade IS NOT NULL GROUP BY Grade`,
		note: 'Absent sittings (no grade) left out.'
	},
	{
		id: 'm-exam_results-23',
		question: 'How many exam scores were between 70 and 80 percent?',
		tables: ['exam_results'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM exam_results WHERE score_pct BETWEEN 70 AND 80',
		note: 'Inclusive at both ends.'
	},
	// ---------------------------------------------------------------- apartment listings
	{
		id: 'm-apartment_listings-01',
		question: 'how many listings are there',
		tables: ['apartment_listings'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM apartment_listings'
	},
	{
		id: 'm-apartment_listings-02',
		question: 'What is the average rent?',
		tables: ['apartment_listings'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG("Monthly Rent") FROM apartment_listings'
	},
	{
		id: 'm-apartment_listings-03',
		question: 'median rent by neighborhood',
		tables: ['apartment_listings'],
		tags: ['median', 'group-by'],
		sql: 'SELECT Neighborhood, MEDIAN("Monthly Rent") FROM apartment_listings GROUP BY Neighborhood'
	},
	{
		id: 'm-apartment_listings-04',
		question: 'which neighbourhood is the most expensive to rent in',
		tables: ['apartment_listings'],
		tags: ['avg', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Neighborhood FROM apartment_listings GROUP BY Neighborhood ORDER BY AVG("Monthly Rent") DESC LIMIT 1',
		note: 'Downtown by mean and by median rent.'
	},
	{
		id: 'm-apartment_listings-05',
		question: 'how many listings have 2 bedrooms',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM apartment_listings WHERE beds = 2'
	},
	{
		id: 'm-apartment_listings-06',
		question: 'average rent for a studio',
		tables: ['apartment_listings'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG("Monthly Rent") FROM apartment_listings WHERE beds = 0',
		note: 'A studio is a listing with 0 beds (bedrooms), of any propertyType.'
	},
	{
		id: 'm-apartment_listings-07',
		question: 'How many pet friendly places are there in Riverside?',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM apartment_listings WHERE "Pets Allowed" AND Neighborhood = 'Riverside'`
	},
	{
		id: 'm-apartment_listings-08',
		question: 'how many listings are still active',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM apartment_listings WHERE Status = 'Active'`
	},
	{
		id: 'm-apartment_listings-09',
		question: 'average days on market by property type',
		tables: ['apartment_listings'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT propertyType, AVG(days_on_mkt) FROM apartment_listings GROUP BY propertyType',
		note: 'days_on_mkt is empty for active listings; AVG skips them.'
	},
	{
		id: 'm-apartment_listings-10',
		question: 'Top 5 most expensive listings',
		tables: ['apartment_listings'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT listing_id, "Monthly Rent" FROM apartment_listings ORDER BY "Monthly Rent" DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'm-apartment_listings-11',
		question: 'number of new listings each month in 2024',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Listed On") AS month, COUNT(*) FROM apartment_listings WHERE YEAR("Listed On") = 2024 GROUP BY 1`
	},
	{
		id: 'm-apartment_listings-12',
		question: 'how many listings did each agent have in 2024?',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'group-by', 'time-year'],
		sql: 'SELECT "Listing Agent", COUNT(*) FROM apartment_listings WHERE YEAR("Listed On") = 2024 GROUP BY 1',
		note: "'Private Landlord' is one of the values and is kept as a group."
	},
	{
		id: 'm-apartment_listings-13',
		question: 'what share of listings are furnished',
		tables: ['apartment_listings'],
		tags: ['share'],
		sql: 'SELECT AVG(CASE WHEN furnished THEN 1.0 ELSE 0.0 END) FROM apartment_listings',
		isShare: true
	},
	{
		id: 'm-apartment_listings-14',
		question: 'average rent for townhouses with 3 or more bedrooms',
		tables: ['apartment_listings'],
		tags: ['avg', 'filter-eq', 'filter-numeric'],
		sql: `SELECT AVG("Monthly Rent") FROM apartment_listings WHERE propertyType = 'Townhouse' AND beds >= 3`
	},
	{
		id: 'm-apartment_listings-15',
		question: "how many listings don't come with any parking",
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM apartment_listings WHERE parking = 'None'`
	},
	{
		id: 'm-apartment_listings-16',
		question: 'How many condos have been listed since July 2024?',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM apartment_listings WHERE propertyType = 'Condo' AND "Listed On" >= DATE '2024-07-01'`
	},
	{
		id: 'm-apartment_listings-17',
		question: 'cheapest neighborhood for a one bedroom',
		tables: ['apartment_listings'],
		tags: ['avg', 'group-by', 'top-n', 'filter-eq'],
		sql: 'SELECT Neighborhood FROM apartment_listings WHERE beds = 1 GROUP BY Neighborhood ORDER BY AVG("Monthly Rent") ASC LIMIT 1',
		note: 'Eastfield by mean rent (1,592) ahead of Northgate (1,756).'
	},
	{
		id: 'm-apartment_listings-18',
		question: 'average security deposit',
		tables: ['apartment_listings'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(deposit) FROM apartment_listings',
		note: 'Listings without a deposit value are skipped.'
	},
	{
		id: 'm-apartment_listings-19',
		question: "how many listings don't say what the deposit is",
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM apartment_listings WHERE deposit IS NULL'
	},
	{
		id: 'm-apartment_listings-20',
		question: 'biggest listing in old town',
		tables: ['apartment_listings'],
		tags: ['max', 'filter-eq', 'fuzzy', 'top-n'],
		sql: `SELECT listing_id FROM apartment_listings WHERE Neighborhood = 'Old Town' ORDER BY sq_ft DESC LIMIT 1`,
		note: 'Biggest by sq_ft: L-18309 (1,899 sq ft).'
	},
	{
		id: 'm-apartment_listings-21',
		question: 'avg rent by number of bedrooms',
		tables: ['apartment_listings'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT beds, AVG("Monthly Rent") FROM apartment_listings GROUP BY beds'
	},
	{
		id: 'm-apartment_listings-22',
		question: 'How many listings were withdrawn or are still active?',
		tables: ['apartment_listings'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM apartment_listings WHERE Status IN ('Withdrawn', 'Active')`
	},
	{
		id: 'm-apartment_listings-23',
		question: 'median days on market for places renting above $4,000',
		tables: ['apartment_listings'],
		tags: ['median', 'filter-numeric'],
		sql: 'SELECT MEDIAN(days_on_mkt) FROM apartment_listings WHERE "Monthly Rent" > 4000'
	},
	{
		id: 'm-apartment_listings-24',
		question: 'average rent in 2023 vs 2024',
		tables: ['apartment_listings'],
		tags: ['avg', 'time-year', 'group-by'],
		sql: 'SELECT YEAR("Listed On"), AVG("Monthly Rent") FROM apartment_listings GROUP BY 1'
	},
	// ---------------------------------------------------------------- shipments
	{
		id: 'm-shipments-01',
		question: 'how many shipments in total',
		tables: ['shipments'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM shipments'
	},
	{
		id: 'm-shipments-02',
		question: 'total freight cost',
		tables: ['shipments'],
		tags: ['sum'],
		sql: 'SELECT SUM("Freight Cost (USD)") FROM shipments'
	},
	{
		id: 'm-shipments-03',
		question: 'Shipments per carrier',
		tables: ['shipments'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT carrier, COUNT(*) FROM shipments GROUP BY carrier'
	},
	{
		id: 'm-shipments-04',
		question: 'which customer received the most units?',
		tables: ['shipments'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Customer FROM shipments GROUP BY Customer ORDER BY SUM(qty) DESC LIMIT 1',
		note: 'Units = qty: Brightline Hardware (29,109) ahead of Keystone Auto Parts (27,384).'
	},
	{
		id: 'm-shipments-05',
		question: 'average weight per shipment by service level',
		tables: ['shipments'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT service_level, AVG(weight_kg) FROM shipments GROUP BY service_level'
	},
	{
		id: 'm-shipments-06',
		question: 'what is our on-time delivery rate',
		tables: ['shipments'],
		tags: ['share'],
		sql: `SELECT COUNT(*) FILTER (WHERE onTime = 'Y') * 1.0 / COUNT(onTime) FROM shipments`,
		isShare: true,
		note: 'Over shipments with an onTime value (the delivered ones); Y / (Y + N).'
	},
	{
		id: 'm-shipments-07',
		question: 'on time rate for each carrier',
		tables: ['shipments'],
		tags: ['share', 'group-by'],
		sql: `SELECT carrier, COUNT(*) FILTER (WHERE onTime = 'Y') * 1.0 / COUNT(onTime) FROM shipments GROUP BY carrier`,
		isShare: true,
		note: 'Over shipments with an onTime value.'
	},
	{
		id: 'm-shipments-08',
		question: 'how many shipments got lost',
		tables: ['shipments'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM shipments WHERE Status = 'Lost'`
	},
	{
		id: 'm-shipments-09',
		question: 'number of shipments per month',
		tables: ['shipments'],
		tags: ['aggregate-count', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', shippedAt) AS month, COUNT(*) FROM shipments GROUP BY 1`
	},
	{
		id: 'm-shipments-10',
		question: 'Top 5 customers by freight spend',
		tables: ['shipments'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Customer, SUM("Freight Cost (USD)") AS spend FROM shipments GROUP BY Customer ORDER BY spend DESC LIMIT 5',
		isOrdered: true
	},
	{
		id: 'm-shipments-11',
		question: 'how many shipments went to Texas?',
		tables: ['shipments'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM shipments WHERE "Dest State" = 'TX'`
	},
	{
		id: 'm-shipments-12',
		question: 'average transit time in days for delivered shipments',
		tables: ['shipments'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(delivered_date - CAST(shippedAt AS DATE)) FROM shipments WHERE Status = 'Delivered'`,
		note: "Days from ship date to delivered_date, Status = 'Delivered' (3.777). Including the damaged-but-delivered ones gives 3.768, a different answer."
	},
	{
		id: 'm-shipments-13',
		question: 'How many shipments left the Reno warehouse in Q4?',
		tables: ['shipments'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM shipments WHERE Warehouse = 'Reno DC' AND QUARTER(shippedAt) = 4`,
		note: 'All shipments are from 2024, so Q4 is October-December 2024.'
	},
	{
		id: 'm-shipments-14',
		question: 'median weight of LTL shipments',
		tables: ['shipments'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(weight_kg) FROM shipments WHERE service_level = 'LTL Freight'`
	},
	{
		id: 'm-shipments-15',
		question: 'which dock handled the most shipments at the columbus warehouse',
		tables: ['shipments'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'fuzzy'],
		sql: `SELECT dock FROM shipments WHERE Warehouse = 'Columbus DC' GROUP BY dock ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Dock 2 (323) ahead of Dock 4 (288).'
	},
	{
		id: 'm-shipments-16',
		question: 'total cartons sent ups overnight',
		tables: ['shipments'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(cartons) FROM shipments WHERE carrier = 'UPS' AND service_level = 'Overnight'`
	},
	{
		id: 'm-shipments-17',
		question: 'how many shipments over 500 kg were not sent with Old Dominion',
		tables: ['shipments'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM shipments WHERE weight_kg > 500 AND carrier <> 'Old Dominion'`
	},
	{
		id: 'm-shipments-18',
		question: 'How many shipments are missing a freight cost?',
		tables: ['shipments'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM shipments WHERE "Freight Cost (USD)" IS NULL'
	},
	{
		id: 'm-shipments-19',
		question: 'number of shipments between March 1 and March 15',
		tables: ['shipments'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM shipments WHERE shippedAt >= TIMESTAMP '2024-03-01' AND shippedAt < TIMESTAMP '2024-03-16'`,
		note: 'Inclusive of all of March 15; the data covers 2024 only.'
	},
	{
		id: 'm-shipments-20',
		question: 'what percentage of shipments were returned',
		tables: ['shipments'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Status = 'Returned') * 1.0 / COUNT(*) FROM shipments`,
		isShare: true
	},
	{
		id: 'm-shipments-21',
		question: 'which state do we ship to the most',
		tables: ['shipments'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Dest State" FROM shipments GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'OH (172 shipments, all to Brightline Hardware).'
	},
	{
		id: 'm-shipments-22',
		question: 'busiest day of the week for shipping',
		tables: ['shipments'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT DAYNAME(shippedAt) FROM shipments GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Monday (360) ahead of Tuesday (357); thin margin.'
	},
	{
		id: 'm-shipments-23',
		question: 'average qty per shipment for harbor pet',
		tables: ['shipments'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(qty) FROM shipments WHERE Customer = 'Harbor Pet Co.'`
	},
	{
		id: 'm-shipments-24',
		question: 'list the shipments that are still in transit',
		tables: ['shipments'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT "Shipment No" FROM shipments WHERE Status = 'In Transit'`
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'm-refuse-01',
		question: 'what was the average score of students on free school meals',
		tables: ['exam_results'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No free-school-meals (or any background) column.'
	},
	{
		id: 'm-refuse-02',
		question: 'which teacher explains things best',
		tables: ['exam_results'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion; average scores do not measure explaining.'
	},
	{
		id: 'm-refuse-03',
		question: 'how many hours did students revise for the maths final',
		tables: ['exam_results'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No revision data.'
	},
	{
		id: 'm-refuse-04',
		question: 'what is the average income of tenants in Downtown',
		tables: ['apartment_listings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Listings only; nothing about tenants.'
	},
	{
		id: 'm-refuse-05',
		question: 'how far is Harbor Point from the train station',
		tables: ['apartment_listings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No locations or distances in the data.'
	},
	{
		id: 'm-refuse-06',
		question: 'which neighborhood is the safest',
		tables: ['apartment_listings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No crime or safety data.'
	},
	{
		id: 'm-refuse-07',
		question: 'which driver delivered the most shipments',
		tables: ['shipments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No driver column; carrier is the company.'
	},
	{
		id: 'm-refuse-08',
		question: 'what profit did we make on Brightline Hardware orders',
		tables: ['shipments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No prices, revenue or margins; only freight cost.'
	}
];
