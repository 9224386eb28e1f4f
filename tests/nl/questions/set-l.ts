import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set L: questions over three tables the engine had not seen, CSV files of the kind a person
 * drops into the app on first use. They are synthetic but plausible, written by a seeded,
 * deterministic generator kept beside them (tests/nl/data/set-l/generate.mjs, mulberry32) and
 * read from this repository (`repoDir`), not from an npm package. Columns as imported:
 * - gym_classes.csv (1,223 rows, one gym's group-class sessions, every day of 2024): session_id,
 *   "Class Date" (DATE), start_time (TIME), "Class Type" ('Yoga' | 'Pilates' | 'Spin' | 'HIIT' |
 *   'Boxing' | 'Zumba' | 'Strength'), Instructor (7 names), studio ('Studio A' | 'Studio B' |
 *   'Cycle Room' | 'Weights Floor'), dur_min, Capacity, bookedCount, attended, waitlist, Status
 *   ('Held' | 'Cancelled', 30 cancelled with 0 attended), avg_hr_bpm (173 missing), "Member
 *   Rating" (1-5 average, 249 missing).
 * - restaurant_inspections.csv (1,077 rows, a city's health inspections of 160 restaurants,
 *   2022-2024): inspection_id, "Restaurant Name", Neighborhood (6 values), cuisine (8 values,
 *   e.g. 'Cafe/Bakery'), inspectionDate (DATE), "Inspection Type" ('Routine' | 'Follow-up' |
 *   'Complaint'), inspector, Score (0-100, higher is better), Grade ('A' | 'B' | 'C', 58
 *   missing), critical_viol, "Total Violations", Result ('Pass' | 'Conditional Pass' | 'Fail'),
 *   seats.
 * - fuel_log.csv (2,527 rows, a delivery fleet's fill-ups 2023-2024, 12 vehicles): "Txn ID",
 *   txn_datetime (TIMESTAMP), vehicle_id (e.g. 'VAN-101', 'BOX-201'), vehicleType ('Van' | 'Box
 *   Truck' | 'Pickup' | 'Sedan'), Driver, fuel_type ('Diesel' | 'Petrol' | 'Hybrid'), "Station
 *   Brand" (5 values), liters, "Price per L", total_cost, odometer_km (142 missing), full_tank
 *   ('Y' | 'N'), "Payment Method" ('Fleet Card' | 'Company Amex' | 'Personal (reimbursed)').
 * Every column is kept as DuckDB's CSV import reads it (no `select`). Written before the engine
 * was run on these tables.
 */
export const SET_L_TABLE_SOURCES: TableSource[] = [
	{
		name: 'gym_classes',
		humanName: 'Gym classes',
		repoDir: 'tests/nl/data/set-l',
		file: 'gym_classes.csv',
		format: 'csv'
	},
	{
		name: 'restaurant_inspections',
		humanName: 'Restaurant inspections',
		repoDir: 'tests/nl/data/set-l',
		file: 'restaurant_inspections.csv',
		format: 'csv'
	},
	{
		name: 'fuel_log',
		humanName: 'Fuel log',
		repoDir: 'tests/nl/data/set-l',
		file: 'fuel_log.csv',
		format: 'csv'
	}
];

export const SET_L_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- gym classes
	{
		id: 'l-gym_classes-01',
		question: 'how many classes were held',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM gym_classes WHERE Status = 'Held'`,
		note: `"held" read as Status = 'Held' (the 30 cancelled sessions excluded).`
	},
	{
		id: 'l-gym_classes-02',
		question: 'total attendance',
		tables: ['gym_classes'],
		tags: ['sum'],
		sql: 'SELECT SUM(attended) FROM gym_classes'
	},
	{
		id: 'l-gym_classes-03',
		question: 'Average attendance per class type',
		tables: ['gym_classes'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT "Class Type", AVG(attended) FROM gym_classes GROUP BY 1',
		note: 'Over all sessions; cancelled ones count with 0 attended.'
	},
	{
		id: 'l-gym_classes-04',
		question: 'which instructor taught the most classes?',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Instructor FROM gym_classes GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Diego Ramirez, 340 sessions (also first when cancelled sessions are left out).'
	},
	{
		id: 'l-gym_classes-05',
		question: 'top 3 class types by total attendees',
		tables: ['gym_classes'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Class Type", SUM(attended) AS attendees FROM gym_classes GROUP BY 1 ORDER BY attendees DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'l-gym_classes-06',
		question: 'How many Spin classes got cancelled?',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM gym_classes WHERE "Class Type" = 'Spin' AND Status = 'Cancelled'`
	},
	{
		id: 'l-gym_classes-07',
		question: 'attendance by month',
		tables: ['gym_classes'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', "Class Date") AS month, SUM(attended) FROM gym_classes GROUP BY 1`
	},
	{
		id: 'l-gym_classes-08',
		question: 'average member rating for yoga',
		tables: ['gym_classes'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Member Rating") FROM gym_classes WHERE "Class Type" = 'Yoga'`,
		note: 'Value given in lower case; unrated sessions are ignored by AVG.'
	},
	{
		id: 'l-gym_classes-09',
		question: 'what percentage of classes were cancelled',
		tables: ['gym_classes'],
		tags: ['share'],
		sql: `SELECT AVG(CASE WHEN Status = 'Cancelled' THEN 1.0 ELSE 0 END) FROM gym_classes`,
		isShare: true
	},
	{
		id: 'l-gym_classes-10',
		question: 'median heart rate in HIIT classes',
		tables: ['gym_classes'],
		tags: ['median', 'filter-eq', 'synonym'],
		sql: `SELECT MEDIAN(avg_hr_bpm) FROM gym_classes WHERE "Class Type" = 'HIIT'`
	},
	{
		id: 'l-gym_classes-11',
		question: 'how many sessions had people on the waitlist',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM gym_classes WHERE waitlist > 0'
	},
	{
		id: 'l-gym_classes-12',
		question: 'list the boxing classes in December with more than 12 people attending',
		tables: ['gym_classes'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric', 'time-range'],
		sql: `SELECT session_id, "Class Date", attended FROM gym_classes WHERE "Class Type" = 'Boxing' AND "Class Date" BETWEEN DATE '2024-12-01' AND DATE '2024-12-31' AND attended > 12`
	},
	{
		id: 'l-gym_classes-13',
		question: 'Which studio has the highest average attendance?',
		tables: ['gym_classes'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT studio FROM gym_classes GROUP BY 1 ORDER BY AVG(attended) DESC LIMIT 1',
		note: 'Cycle Room, with or without cancelled sessions.'
	},
	{
		id: 'l-gym_classes-14',
		question: 'how many classes did Hannah Okafor teach on weekends',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM gym_classes WHERE Instructor = 'Hannah Okafor' AND DAYOFWEEK("Class Date") IN (0, 6)`,
		note: 'All sessions on Saturday or Sunday, cancelled ones included.'
	},
	{
		id: 'l-gym_classes-15',
		question: 'number of classes starting before 8am',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM gym_classes WHERE start_time < TIME '08:00:00'`
	},
	{
		id: 'l-gym_classes-16',
		question: 'how many sessions have no member rating',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM gym_classes WHERE "Member Rating" IS NULL'
	},
	{
		id: 'l-gym_classes-17',
		question: 'avg heart rate by class type, highest first',
		tables: ['gym_classes'],
		tags: ['avg', 'group-by', 'ordering'],
		sql: 'SELECT "Class Type", AVG(avg_hr_bpm) AS hr FROM gym_classes GROUP BY 1 ORDER BY hr DESC',
		isOrdered: true
	},
	{
		id: 'l-gym_classes-18',
		question: 'Total pilates attendees between March and May',
		tables: ['gym_classes'],
		tags: ['sum', 'filter-eq', 'time-range'],
		sql: `SELECT SUM(attended) FROM gym_classes WHERE "Class Type" = 'Pilates' AND "Class Date" BETWEEN DATE '2024-03-01' AND DATE '2024-05-31'`,
		note: 'All data is 2024; March through May inclusive.'
	},
	{
		id: 'l-gym_classes-19',
		question: 'which instructor has the best average rating',
		tables: ['gym_classes'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT Instructor FROM gym_classes GROUP BY 1 ORDER BY AVG("Member Rating") DESC LIMIT 1',
		note: 'Priya Natarajan (4.331) just ahead of Jenna Kowalski (4.322).'
	},
	{
		id: 'l-gym_classes-20',
		question: 'how many different instructors are there',
		tables: ['gym_classes'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Instructor) FROM gym_classes'
	},
	{
		id: 'l-gym_classes-21',
		question: 'What is the busiest time slot by attendance?',
		tables: ['gym_classes'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT start_time FROM gym_classes GROUP BY 1 ORDER BY SUM(attended) DESC LIMIT 1',
		note: '17:30 (2,127) narrowly ahead of 18:30 (2,108).'
	},
	{
		id: 'l-gym_classes-22',
		question: 'total ZUMBA attendance since July',
		tables: ['gym_classes'],
		tags: ['sum', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT SUM(attended) FROM gym_classes WHERE "Class Type" = 'Zumba' AND "Class Date" >= DATE '2024-07-01'`
	},
	{
		id: 'l-gym_classes-23',
		question: 'how many classes were fully booked',
		tables: ['gym_classes'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM gym_classes WHERE bookedCount >= Capacity',
		note: 'Fully booked = bookedCount reached Capacity (never above it).'
	},
	// ---------------------------------------------------------------- restaurant inspections
	{
		id: 'l-restaurant_inspections-01',
		question: 'how many inspections are there',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM restaurant_inspections'
	},
	{
		id: 'l-restaurant_inspections-02',
		question: 'How many restaurants have been inspected?',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Restaurant Name") FROM restaurant_inspections'
	},
	{
		id: 'l-restaurant_inspections-03',
		question: 'average score by neighbourhood',
		tables: ['restaurant_inspections'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT Neighborhood, AVG(Score) FROM restaurant_inspections GROUP BY 1',
		note: 'British spelling of the column name.'
	},
	{
		id: 'l-restaurant_inspections-04',
		question: 'how many inspections failed',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM restaurant_inspections WHERE Result = 'Fail'`
	},
	{
		id: 'l-restaurant_inspections-05',
		question: 'number of inspections per year',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT YEAR(inspectionDate) AS yr, COUNT(*) FROM restaurant_inspections GROUP BY 1'
	},
	{
		id: 'l-restaurant_inspections-06',
		question: 'which cuisine has the lowest average score',
		tables: ['restaurant_inspections'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT cuisine FROM restaurant_inspections GROUP BY 1 ORDER BY AVG(Score) ASC LIMIT 1'
	},
	{
		id: 'l-restaurant_inspections-07',
		question: 'what share of inspections got an A',
		tables: ['restaurant_inspections'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT AVG(CASE WHEN Grade = 'A' THEN 1.0 ELSE 0 END) FROM restaurant_inspections`,
		isShare: true,
		note: 'Denominator: all inspections, including the 58 with no grade. Over graded ones only it would be 477/1019.'
	},
	{
		id: 'l-restaurant_inspections-08',
		question: 'top 5 restaurants by total violations',
		tables: ['restaurant_inspections'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT "Restaurant Name", SUM("Total Violations") AS v FROM restaurant_inspections GROUP BY 1 ORDER BY v DESC LIMIT 5',
		note: 'Not ordered: the first two tie at 53. The 5th (45) is clear of the 6th (44).'
	},
	{
		id: 'l-restaurant_inspections-09',
		question: 'average score of follow-up inspections',
		tables: ['restaurant_inspections'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(Score) FROM restaurant_inspections WHERE "Inspection Type" = 'Follow-up'`
	},
	{
		id: 'l-restaurant_inspections-10',
		question: 'complaint inspections in eastside',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM restaurant_inspections WHERE Neighborhood = 'Eastside' AND "Inspection Type" = 'Complaint'`,
		note: 'Read as a count.'
	},
	{
		id: 'l-restaurant_inspections-11',
		question: 'median score for italian restaurants',
		tables: ['restaurant_inspections'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(Score) FROM restaurant_inspections WHERE cuisine = 'Italian'`
	},
	{
		id: 'l-restaurant_inspections-12',
		question: 'how many inspections have no grade',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM restaurant_inspections WHERE Grade IS NULL'
	},
	{
		id: 'l-restaurant_inspections-13',
		question: 'Which inspector did the most inspections?',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT inspector FROM restaurant_inspections GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'M. Duffy 187, K. Chen 186.'
	},
	{
		id: 'l-restaurant_inspections-14',
		question: 'how many inspections since July 2024',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM restaurant_inspections WHERE inspectionDate >= DATE '2024-07-01'`
	},
	{
		id: 'l-restaurant_inspections-15',
		question: 'fails per neighborhood',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'group-by', 'filter-eq'],
		sql: `SELECT Neighborhood, COUNT(*) FROM restaurant_inspections WHERE Result = 'Fail' GROUP BY 1`
	},
	{
		id: 'l-restaurant_inspections-16',
		question: 'Average number of violations per inspection for Japanese places',
		tables: ['restaurant_inspections'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG("Total Violations") FROM restaurant_inspections WHERE cuisine = 'Japanese'`,
		note: '"violations" read as Total Violations, not critical_viol.'
	},
	{
		id: 'l-restaurant_inspections-17',
		question: 'how many restaurants got a C at least once',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Restaurant Name") FROM restaurant_inspections WHERE Grade = 'C'`
	},
	{
		id: 'l-restaurant_inspections-18',
		question: 'show the scores of Golden Smokehouse inspections',
		tables: ['restaurant_inspections'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT inspectionDate, Score FROM restaurant_inspections WHERE "Restaurant Name" = 'Golden Smokehouse'`
	},
	{
		id: 'l-restaurant_inspections-19',
		question: 'how many inspections were not routine',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM restaurant_inspections WHERE "Inspection Type" <> 'Routine'`
	},
	{
		id: 'l-restaurant_inspections-20',
		question: 'highest score a thai restaurant got in 2023',
		tables: ['restaurant_inspections'],
		tags: ['max', 'filter-eq', 'time-year'],
		sql: `SELECT MAX(Score) FROM restaurant_inspections WHERE cuisine = 'Thai' AND YEAR(inspectionDate) = 2023`
	},
	{
		id: 'l-restaurant_inspections-21',
		question: 'which neighborhood has the most restaurants',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-distinct', 'group-by', 'top-n'],
		sql: 'SELECT Neighborhood FROM restaurant_inspections GROUP BY 1 ORDER BY COUNT(DISTINCT "Restaurant Name") DESC LIMIT 1',
		note: 'Distinct restaurants (Downtown, 38); by inspections Downtown is also first.'
	},
	{
		id: 'l-restaurant_inspections-22',
		question: 'percentage of 2024 inspections that failed',
		tables: ['restaurant_inspections'],
		tags: ['share', 'filter-eq', 'time-year'],
		sql: `SELECT AVG(CASE WHEN Result = 'Fail' THEN 1.0 ELSE 0 END) FROM restaurant_inspections WHERE YEAR(inspectionDate) = 2024`,
		isShare: true
	},
	{
		id: 'l-restaurant_inspections-23',
		question: 'how many B grades were given between 2022 and 2023',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM restaurant_inspections WHERE Grade = 'B' AND YEAR(inspectionDate) BETWEEN 2022 AND 2023`,
		note: 'Both years inclusive.'
	},
	{
		id: 'l-restaurant_inspections-24',
		question: 'which restaurant failed the most inspections',
		tables: ['restaurant_inspections'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'top-n'],
		sql: `SELECT "Restaurant Name" FROM restaurant_inspections WHERE Result = 'Fail' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Red Dragon, 4 fails; next ones have 3.'
	},
	// ---------------------------------------------------------------- fuel log
	{
		id: 'l-fuel_log-01',
		question: 'total fuel spend',
		tables: ['fuel_log'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(total_cost) FROM fuel_log'
	},
	{
		id: 'l-fuel_log-02',
		question: 'how many liters of diesel did we buy in 2024',
		tables: ['fuel_log'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(liters) FROM fuel_log WHERE fuel_type = 'Diesel' AND YEAR(txn_datetime) = 2024`
	},
	{
		id: 'l-fuel_log-03',
		question: 'average price per litre by fuel type',
		tables: ['fuel_log'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT fuel_type, AVG("Price per L") FROM fuel_log GROUP BY 1',
		note: 'Plain average of the per-fill price; a volume-weighted average is the other reading.'
	},
	{
		id: 'l-fuel_log-04',
		question: 'which vehicle used the most fuel?',
		tables: ['fuel_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT vehicle_id FROM fuel_log GROUP BY 1 ORDER BY SUM(liters) DESC LIMIT 1',
		note: 'BOX-202 by litres (also by cost).'
	},
	{
		id: 'l-fuel_log-05',
		question: 'Fuel spend per month',
		tables: ['fuel_log'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', txn_datetime) AS month, SUM(total_cost) FROM fuel_log GROUP BY 1`
	},
	{
		id: 'l-fuel_log-06',
		question: 'top 3 drivers by fuel cost',
		tables: ['fuel_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Driver, SUM(total_cost) AS cost FROM fuel_log GROUP BY 1 ORDER BY cost DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'l-fuel_log-07',
		question: 'which station brand is cheapest on average',
		tables: ['fuel_log'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT "Station Brand" FROM fuel_log GROUP BY 1 ORDER BY AVG("Price per L") ASC LIMIT 1',
		note: 'Costco Gas, by average price per litre.'
	},
	{
		id: 'l-fuel_log-08',
		question: 'how many fill-ups were paid personally',
		tables: ['fuel_log'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM fuel_log WHERE "Payment Method" = 'Personal (reimbursed)'`
	},
	{
		id: 'l-fuel_log-09',
		question: 'share of fill ups at Shell',
		tables: ['fuel_log'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT AVG(CASE WHEN "Station Brand" = 'Shell' THEN 1.0 ELSE 0 END) FROM fuel_log`,
		isShare: true
	},
	{
		id: 'l-fuel_log-10',
		question: 'median liters per fill-up for vans',
		tables: ['fuel_log'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(liters) FROM fuel_log WHERE vehicleType = 'Van'`
	},
	{
		id: 'l-fuel_log-11',
		question: 'how many entries are missing the odometer reading',
		tables: ['fuel_log'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM fuel_log WHERE odometer_km IS NULL'
	},
	{
		id: 'l-fuel_log-12',
		question: 'Average cost per fill-up for box trucks in 2023',
		tables: ['fuel_log'],
		tags: ['avg', 'filter-eq', 'time-year'],
		sql: `SELECT AVG(total_cost) FROM fuel_log WHERE vehicleType = 'Box Truck' AND YEAR(txn_datetime) = 2023`
	},
	{
		id: 'l-fuel_log-13',
		question: 'total spend by vehicle type',
		tables: ['fuel_log'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT vehicleType, SUM(total_cost) FROM fuel_log GROUP BY 1'
	},
	{
		id: 'l-fuel_log-14',
		question: 'how many times did van-103 fill up',
		tables: ['fuel_log'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM fuel_log WHERE vehicle_id = 'VAN-103'`,
		note: 'Vehicle id given in lower case.'
	},
	{
		id: 'l-fuel_log-15',
		question: 'number of fill-ups that were not a full tank',
		tables: ['fuel_log'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM fuel_log WHERE full_tank = 'N'`
	},
	{
		id: 'l-fuel_log-16',
		question: 'highest price per liter we ever paid',
		tables: ['fuel_log'],
		tags: ['max'],
		sql: 'SELECT MAX("Price per L") FROM fuel_log'
	},
	{
		id: 'l-fuel_log-17',
		question: 'how much was the most expensive fill-up',
		tables: ['fuel_log'],
		tags: ['max'],
		sql: 'SELECT MAX(total_cost) FROM fuel_log'
	},
	{
		id: 'l-fuel_log-18',
		question: 'fuel cost by year',
		tables: ['fuel_log'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT YEAR(txn_datetime) AS yr, SUM(total_cost) FROM fuel_log GROUP BY 1'
	},
	{
		id: 'l-fuel_log-19',
		question: 'How many fill-ups did Aaron Fletcher do in PU-302?',
		tables: ['fuel_log'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM fuel_log WHERE Driver = 'Aaron Fletcher' AND vehicle_id = 'PU-302'`
	},
	{
		id: 'l-fuel_log-20',
		question: 'petrol price per quarter',
		tables: ['fuel_log'],
		tags: ['avg', 'filter-eq', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('quarter', txn_datetime) AS q, AVG("Price per L") FROM fuel_log WHERE fuel_type = 'Petrol' GROUP BY 1`,
		note: 'Average price per litre of petrol fill-ups each quarter.'
	},
	{
		id: 'l-fuel_log-21',
		question: 'how many different station brands do we use',
		tables: ['fuel_log'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Station Brand") FROM fuel_log'
	},
	{
		id: 'l-fuel_log-22',
		question: 'total liters since october 2024',
		tables: ['fuel_log'],
		tags: ['sum', 'time-since'],
		sql: `SELECT SUM(liters) FROM fuel_log WHERE txn_datetime >= TIMESTAMP '2024-10-01 00:00:00'`
	},
	{
		id: 'l-fuel_log-23',
		question: 'average price per L at Shell vs Costco',
		tables: ['fuel_log'],
		tags: ['avg', 'filter-list', 'group-by'],
		sql: `SELECT "Station Brand", AVG("Price per L") FROM fuel_log WHERE "Station Brand" IN ('Shell', 'Costco Gas') GROUP BY 1`,
		note: '"Costco" is the brand "Costco Gas".'
	},
	{
		id: 'l-fuel_log-24',
		question: 'in which month of 2024 did we spend the most on fuel',
		tables: ['fuel_log'],
		tags: ['sum', 'time-grain', 'top-n'],
		sql: `SELECT DATE_TRUNC('month', txn_datetime) AS month FROM fuel_log WHERE YEAR(txn_datetime) = 2024 GROUP BY 1 ORDER BY SUM(total_cost) DESC LIMIT 1`,
		note: 'July 2024 (11,664) ahead of March (11,552).'
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'l-refuse-01',
		question: 'which members came to the most classes',
		tables: ['gym_classes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No member ids: only counts per session.'
	},
	{
		id: 'l-refuse-02',
		question: 'which instructor is the friendliest',
		tables: ['gym_classes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion; Member Rating rates the session, not friendliness.'
	},
	{
		id: 'l-refuse-03',
		question: 'what is the average age of people attending spin',
		tables: ['gym_classes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No attendee ages in the data.'
	},
	{
		id: 'l-refuse-04',
		question: 'how many Michelin stars does Saffron Wok have',
		tables: ['restaurant_inspections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Not in the data.'
	},
	{
		id: 'l-refuse-05',
		question: 'what is the phone number of Old Grill',
		tables: ['restaurant_inspections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No contact details in the data.'
	},
	{
		id: 'l-refuse-06',
		question: 'which route does VAN-101 drive most often',
		tables: ['fuel_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No routes or locations in the fuel log.'
	},
	{
		id: 'l-refuse-07',
		question: 'how much did we spend on tyres and repairs last year',
		tables: ['fuel_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only fuel purchases are logged.'
	},
	{
		id: 'l-refuse-08',
		question: `what is Bianca Moreau's salary`,
		tables: ['fuel_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No pay data.'
	}
];
