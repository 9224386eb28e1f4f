import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set S: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were written
 * without reading or running the engine. The tables are synthetic but plausible, written by a
 * seeded, deterministic generator kept beside them (tests/nl/data/set-s/generate.mjs, mulberry32
 * from tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`). Columns as
 * imported:
 * - parking_penalties.csv (2,161 rows, Kingsmere (a small seaside market town) council's parking
 *   penalty charge notices 2022-01-01 to 2024-12-31, one row per notice, as exported on
 *   2025-01-06): pcn_no (e.g. 'KM202203100', one per notice, in time order), "Issued At"
 *   (TIMESTAMP, 08:00-20:30), Street (17 streets and car parks, e.g. 'Marine Parade', 'Harbour Car
 *   Park', 'High Street', 'Market Place', 'Station Road', 'Albert Road', 'Mill Lane'), Zone ('Town
 *   Centre' | 'Seafront' | 'Station' | 'Residential North' | 'Residential South'; each street in
 *   one zone), contravention_code (BIGINT: 1, 2, 12, 16, 25, 30, 40, 47, 62, 82, 83, 86),
 *   Contravention (the code's description, one per code, e.g. 'Parked in a restricted street
 *   during prescribed hours' (1), 'Parked for longer than permitted' (30), 'Parked in a residents
 *   parking place without a valid permit' (12), 'Parked in a disabled parking place without a valid
 *   badge' (40), 'Parked with one or more wheels on a footway' (62), 'Parked in a car park without
 *   a valid pay and display ticket' (83)), vehicleMake (18 makes, e.g. 'Ford', 'Volkswagen',
 *   'Vauxhall', 'BMW', 'Tesla', 'Mercedes-Benz', 'Land Rover'; 66 missing), Colour ('Grey' |
 *   'Black' | 'White' | 'Silver' | 'Blue' | 'Red' | 'Green' | 'Yellow' | 'Orange'; 66 missing),
 *   "Fine (£)" (BIGINT, 70 (higher level) or 50 (lower level: codes 30, 82, 86), halved when paid
 *   within 14 days or after a turned-down challenge), Paid (BOOLEAN, from Yes/No), paid_date
 *   (DATE, 2022-01-02 to 2025-01-03; missing on the 405 unpaid notices), Discounted (BOOLEAN,
 *   from Yes/No: paid at the 50% discount), "Appeal Status" ('Rejected' | 'Upheld' (the notice
 *   cancelled, never paid) | 'Pending'; 1,819 missing: never challenged), "Officer ID" (the civil
 *   enforcement officer (the warden), 'CEO 104' | 'CEO 107' | 'CEO 111' | 'CEO 115' | 'CEO 118'
 *   | 'CEO 122'; CEO 104 left in May 2023, CEO 118 started in September 2022 and CEO 122 in June
 *   2023).
 * - dental_appointments.csv (2,213 rows, Harbourside Dental's (a small mixed NHS and private
 *   practice) appointment book 2023-01-03 to 2024-12-20, one row per booked appointment, attended
 *   or not): appt_id (BIGINT, 5001 up, in date and time order), patientId (e.g. 'P20178', 509
 *   patients), "Appointment Date" (DATE, Monday to Saturday), start_time (TIME, 08:30-16:10),
 *   Clinician ('Dr Hughes' | "Dr O'Connor" | 'Dr Patel' | 'Dr Kowalski' (from September 2023) |
 *   'Ms Reynolds' (the hygienist)), Treatment ('Check-up' | 'Scale and polish' (an NHS check-up
 *   with a scale and polish) | 'Filling' | 'Emergency' | 'Hygienist clean' | 'Extraction' | 'Root
 *   canal' | 'Crown' | 'Whitening' | 'Denture'), Band ('Band 1' | 'Band 2' | 'Band 3' | 'Urgent'
 *   (the NHS charge bands) | 'Private'), dur_mins (BIGINT, the booked length, 15-90), "Fee (£)"
 *   (DOUBLE, the charge to the patient: NHS band charges (they rise each April), 0 for exempt
 *   patients, the practice's own fees for private work, up to 742; missing on the 270
 *   appointments not attended), pt_age (BIGINT, the patient's age on the day, 3-89), Exempt
 *   (BOOLEAN, from Yes/No: exempt from NHS charges, every child under 18 and some adults; never on
 *   private appointments), Attended (BOOLEAN, from Yes/No), cancel_reason ('Did not attend' |
 *   'Patient cancelled' | 'Patient unwell' | 'Practice cancelled'; given exactly when Attended is
 *   No, so 1,943 missing).
 * - harvest_log.csv (1,421 rows, Eastfield Allotments' shared harvest log 2022-01-02 to
 *   2024-12-24, one row per crop picked on a visit to a plot; 2022 was hot and dry, 2024 wet, with
 *   blight): log_id (BIGINT, 1 up, in date order), "Harvest Date" (DATE), Plot (VARCHAR: '1' | '3'
 *   | '4' | '7' | '9A' | '9B' | '12' | '15' | '16' (given up at the end of 2023) | '21' (taken on
 *   in March 2023)), crop (20 crops, plural as written: 'Potatoes', 'Lettuce', 'Beetroot', 'Kale',
 *   'Rhubarb', 'Courgettes', 'Tomatoes', 'Carrots', 'Raspberries', 'Runner Beans', 'Leeks', 'French
 *   Beans', 'Onions', 'Garlic', 'Parsnips', 'Apples', 'Sweetcorn', 'Peas', 'Strawberries',
 *   'Squash'), Variety (34 varieties, e.g. 'Charlotte', 'Maris Piper', "Gardener's Delight",
 *   'Sungold', 'Cavolo Nero', 'Timperley Early', 'Bramley'; 88 missing), "Weight (kg)" (DOUBLE,
 *   0.12-9.92), qty (BIGINT, how many items, 1-41, only for crops counted by the piece; 697
 *   missing: potatoes, tomatoes, beans, peas, carrots, parsnips, kale and soft fruit are only
 *   weighed), Organic (BOOLEAN, from Yes/No; a property of the plot: 1, 7, 9B, 15, 21), weather
 *   ('Sunny' | 'Cloudy' | 'Light rain' | 'Heavy rain' | 'Hot' | 'Windy' | 'Frost'; 195 missing),
 *   pickedBy (12 plot holders, e.g. 'Bogdan Wiśniewski', 'Margaret Hale', 'Alan Foster', 'Dev
 *   Sharma' and 'Anita Sharma' (plot 3), 'Jess Morgan' and 'Tom Morgan' (plot 15)), Donated
 *   (BOOLEAN, from Yes/No: some went to the food bank), Notes (free text, e.g. 'slug damage',
 *   'first picking of the year', 'blight on the leaves', 'glut, gave some away'; 1,245 missing).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_S_TABLE_SOURCES: TableSource[] = [
	{
		name: 'parking_penalties',
		humanName: 'Parking penalties',
		repoDir: 'tests/nl/data/set-s',
		file: 'parking_penalties.csv',
		format: 'csv'
	},
	{
		name: 'dental_appointments',
		humanName: 'Dental appointments',
		repoDir: 'tests/nl/data/set-s',
		file: 'dental_appointments.csv',
		format: 'csv'
	},
	{
		name: 'harvest_log',
		humanName: 'Harvest log',
		repoDir: 'tests/nl/data/set-s',
		file: 'harvest_log.csv',
		format: 'csv'
	}
];

export const SET_S_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- parking penalties
	{
		id: 's-parking_penalties-01',
		question: 'how many parking tickets have we issued',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'synonym'],
		sql: 'SELECT COUNT(*) FROM parking_penalties',
		note: 'Every row is one penalty charge notice (a ticket).'
	},
	{
		id: 's-parking_penalties-02',
		question: 'total value of fines issued in 2023',
		tables: ['parking_penalties'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM("Fine (£)") FROM parking_penalties WHERE YEAR("Issued At") = 2023',
		note: 'The face value of the notices issued in 2023, not what was paid (discounts, cancellations).'
	},
	{
		id: 's-parking_penalties-03',
		question: 'which street gets the most tickets',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Street FROM parking_penalties GROUP BY Street ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By number of notices: Marine Parade (267), just ahead of Harbour Car Park (259).'
	},
	{
		id: 's-parking_penalties-04',
		question: 'tickets by zone',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Zone, COUNT(*) FROM parking_penalties GROUP BY Zone'
	},
	{
		id: 's-parking_penalties-05',
		question: 'how many pcns are unpaid',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM parking_penalties WHERE NOT Paid',
		note: 'Notices with Paid = No (405), the 112 cancelled after a successful appeal and the 14 pending appeals included; only the unpaid ones never challenged (252) is another reading.'
	},
	{
		id: 's-parking_penalties-06',
		question: 'what percentage of tickets were paid at the discounted rate',
		tables: ['parking_penalties'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Discounted) * 1.0 / COUNT(*) FROM parking_penalties',
		isShare: true,
		note: 'Discounted notices over all notices (59%); over the paid notices only (73%) is another reading.'
	},
	{
		id: 's-parking_penalties-07',
		question: 'number of tickets per month',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Issued At") AS m, COUNT(*) FROM parking_penalties GROUP BY m`,
		note: 'Per calendar month over the three years (36 months).'
	},
	{
		id: 's-parking_penalties-08',
		question: 'how many tickets did teslas get',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM parking_penalties WHERE vehicleMake = 'Tesla'`,
		note: "vehicleMake 'Tesla', named in the plural and lower case."
	},
	{
		id: 's-parking_penalties-09',
		question: 'what are the 3 most common offences',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Contravention, COUNT(*) AS n FROM parking_penalties GROUP BY Contravention ORDER BY n DESC LIMIT 3',
		isOrdered: true,
		note: 'Offences are the Contravention descriptions (one per contravention_code): restricted street (yellow lines), overstaying, residents bay without a permit.'
	},
	{
		id: 's-parking_penalties-10',
		question: 'how many appeals were successful',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM parking_penalties WHERE "Appeal Status" = 'Upheld'`,
		note: "Successful for the motorist: 'Upheld' (the notice cancelled), 112."
	},
	{
		id: 's-parking_penalties-11',
		question: 'how many tickets have no vehicle make recorded',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM parking_penalties WHERE vehicleMake IS NULL'
	},
	{
		id: 's-parking_penalties-12',
		question: 'which officer wrote the most tickets in 2024',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-year', 'synonym'],
		sql: 'SELECT "Officer ID" FROM parking_penalties WHERE YEAR("Issued At") = 2024 GROUP BY "Officer ID" ORDER BY COUNT(*) DESC LIMIT 1',
		note: "The notices' Officer ID: CEO 107 (182 in 2024) ahead of CEO 122 (171)."
	},
	{
		id: 's-parking_penalties-13',
		question: 'avg fine on the seafront',
		tables: ['parking_penalties'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Fine (£)") FROM parking_penalties WHERE Zone = 'Seafront'`,
		note: "Mean face value of the Seafront zone's notices (£58.63; fines are £50 or £70)."
	},
	{
		id: 's-parking_penalties-14',
		question: 'how many tickets were issued on a sunday',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'time-range'],
		sql: 'SELECT COUNT(*) FROM parking_penalties WHERE DAYOFWEEK("Issued At") = 0',
		note: 'Sundays, DAYOFWEEK = 0 (81 notices; on Sundays only the seafront and station zones are enforced).'
	},
	{
		id: 's-parking_penalties-15',
		question: 'red cars ticketed in the station zone',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM parking_penalties WHERE Colour = 'Red' AND Zone = 'Station'`,
		note: "How many: Colour 'Red' in the zone 'Station' (29); listing them is another reading."
	},
	{
		id: 's-parking_penalties-16',
		question: 'tickets per zone per year',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT Zone, YEAR("Issued At") AS y, COUNT(*) FROM parking_penalties GROUP BY Zone, y'
	},
	{
		id: 's-parking_penalties-17',
		question: 'how many tickets since june 2024',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM parking_penalties WHERE "Issued At" >= TIMESTAMP '2024-06-01 00:00:00'`,
		note: 'Notices issued from 1 June 2024 on (482).'
	},
	{
		id: 's-parking_penalties-18',
		question: 'show the pending appeals with pcn number, street and when issued',
		tables: ['parking_penalties'],
		tags: ['rows-mode', 'filter-eq', 'synonym'],
		sql: `SELECT pcn_no, Street, "Issued At" FROM parking_penalties WHERE "Appeal Status" = 'Pending'`,
		note: "The 14 notices whose Appeal Status is 'Pending' (all issued from late November 2024)."
	},
	{
		id: 's-parking_penalties-19',
		question: 'median number of days people take to pay',
		tables: ['parking_penalties'],
		tags: ['median', 'metric'],
		sql: 'SELECT MEDIAN(paid_date - CAST("Issued At" AS DATE)) FROM parking_penalties WHERE Paid',
		note: 'Days from the day of issue to paid_date over the paid notices: 7.'
	},
	{
		id: 's-parking_penalties-20',
		question: 'how many tickets for parking on the pavement',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM parking_penalties WHERE contravention_code = 62',
		note: "The pavement is the footway: contravention 62, 'Parked with one or more wheels on a footway' (103)."
	},
	{
		id: 's-parking_penalties-21',
		question: 'disabled bay tickets each year',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-contains', 'time-grain', 'fuzzy'],
		sql: `SELECT YEAR("Issued At") AS y, COUNT(*) FROM parking_penalties WHERE Contravention ILIKE '%disabled%' GROUP BY y`,
		note: "Contravention 40, 'Parked in a disabled parking place without a valid badge', per calendar year (37, 42, 41)."
	},
	{
		id: 's-parking_penalties-22',
		question: 'tickets issued after 6pm',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-numeric', 'time-range'],
		sql: 'SELECT COUNT(*) FROM parking_penalties WHERE HOUR("Issued At") >= 18',
		note: 'Issued at 18:00 or later (20; enforcement mostly ends at 18:30, later only on summer evenings along the seafront).'
	},
	{
		id: 's-parking_penalties-23',
		question: 'tickets outside the town centre',
		tables: ['parking_penalties'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM parking_penalties WHERE Zone <> 'Town Centre'`,
		note: "Every zone but 'Town Centre' (1,512)."
	},

	// ---------------------------------------------------------------- dental appointments
	{
		id: 's-dental_appointments-01',
		question: 'how many appointments did we have in 2024',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM dental_appointments WHERE YEAR("Appointment Date") = 2024',
		note: 'Appointments booked in 2024 (1,132), the missed and cancelled ones included; only those attended (994) is another reading.'
	},
	{
		id: 's-dental_appointments-02',
		question: 'how many patients do we have',
		tables: ['dental_appointments'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT patientId) FROM dental_appointments',
		note: 'Different patientId values in the book (509).'
	},
	{
		id: 's-dental_appointments-03',
		question: 'how much did we take in fees in 2023',
		tables: ['dental_appointments'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Fee (£)") FROM dental_appointments WHERE YEAR("Appointment Date") = 2023',
		note: 'Fees charged in 2023 (£32,677.20); missed appointments have no fee, exempt patients pay 0.'
	},
	{
		id: 's-dental_appointments-04',
		question: 'no shows per month',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Appointment Date") AS m, COUNT(*) FROM dental_appointments WHERE cancel_reason = 'Did not attend' GROUP BY m`,
		note: "No-shows are cancel_reason 'Did not attend' (131); cancellations are not no-shows."
	},
	{
		id: 's-dental_appointments-05',
		question: 'what % of appointments were not attended',
		tables: ['dental_appointments'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE NOT Attended) * 1.0 / COUNT(*) FROM dental_appointments',
		isShare: true,
		note: 'Appointments with Attended = No over all appointments (12%); cancellations count as not attended.'
	},
	{
		id: 's-dental_appointments-06',
		question: 'appointments by dentist',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT Clinician, COUNT(*) FROM dental_appointments GROUP BY Clinician',
		note: 'Per Clinician (5): the four dentists and the hygienist, Ms Reynolds; leaving her out is another reading.'
	},
	{
		id: 's-dental_appointments-07',
		question: "how many check ups were booked with dr o'connor",
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'quoting', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dental_appointments WHERE Clinician = 'Dr O''Connor' AND Treatment = 'Check-up'`,
		note: "Treatment 'Check-up' with Dr O'Connor (408), attended or not. Counting the NHS check-ups with a scale and polish too (482) is another reading."
	},
	{
		id: 's-dental_appointments-08',
		question: 'average fee for a filling',
		tables: ['dental_appointments'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Fee (£)") FROM dental_appointments WHERE Treatment = 'Filling'`,
		note: 'Mean fee over the fillings charged (£46.95), exempt patients paying 0 included; missed fillings have no fee.'
	},
	{
		id: 's-dental_appointments-09',
		question: 'top 3 treatments',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Treatment, COUNT(*) AS n FROM dental_appointments GROUP BY Treatment ORDER BY n DESC LIMIT 3',
		isOrdered: true,
		note: 'By number of appointments: Check-up, Scale and polish, Filling.'
	},
	{
		id: 's-dental_appointments-10',
		question: 'median age of emergency patients',
		tables: ['dental_appointments'],
		tags: ['median', 'filter-eq', 'synonym'],
		sql: `SELECT MEDIAN(pt_age) FROM dental_appointments WHERE Treatment = 'Emergency'`,
		note: 'Median pt_age over the emergency appointments (35).'
	},
	{
		id: 's-dental_appointments-11',
		question: 'how many appointments were for children',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM dental_appointments WHERE pt_age < 18',
		note: 'Children are patients under 18 (pt_age < 18): 523 appointments.'
	},
	{
		id: 's-dental_appointments-12',
		question: 'missed appointments by reason',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'group-by', 'filter-missing'],
		sql: 'SELECT cancel_reason, COUNT(*) FROM dental_appointments WHERE cancel_reason IS NOT NULL GROUP BY cancel_reason',
		note: "Every appointment not attended, by cancel_reason: 'Did not attend', 'Patient cancelled', 'Patient unwell', 'Practice cancelled'."
	},
	{
		id: 's-dental_appointments-13',
		question: 'income by band',
		tables: ['dental_appointments'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT Band, SUM("Fee (£)") FROM dental_appointments GROUP BY Band',
		note: 'Fees added up per Band; income is the fees charged.'
	},
	{
		id: 's-dental_appointments-14',
		question: 'how many exempt patients are there',
		tables: ['dental_appointments'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: 'SELECT COUNT(DISTINCT patientId) FROM dental_appointments WHERE Exempt',
		note: 'Patients marked Exempt on at least one appointment (184); patients who turned 18 stop being exempt.'
	},
	{
		id: 's-dental_appointments-15',
		question: 'private fees per year',
		tables: ['dental_appointments'],
		tags: ['sum', 'filter-eq', 'time-grain'],
		sql: `SELECT YEAR("Appointment Date") AS y, SUM("Fee (£)") FROM dental_appointments WHERE Band = 'Private' GROUP BY y`,
		note: "Fees of the Band 'Private' appointments per calendar year."
	},
	{
		id: 's-dental_appointments-16',
		question: 'how many hours of root canal work have we booked',
		tables: ['dental_appointments'],
		tags: ['sum', 'filter-eq', 'metric'],
		sql: `SELECT SUM(dur_mins) / 60.0 FROM dental_appointments WHERE Treatment = 'Root canal'`,
		note: "dur_mins of the 'Root canal' appointments added up, in hours (41)."
	},
	{
		id: 's-dental_appointments-17',
		question: 'appointmnets by band and year',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'multi-group', 'time-grain', 'fuzzy'],
		sql: 'SELECT Band, YEAR("Appointment Date") AS y, COUNT(*) FROM dental_appointments GROUP BY Band, y',
		note: "'appointmnets' is a typo; every booked appointment, attended or not."
	},
	{
		id: 's-dental_appointments-18',
		question: 'how many appointments start before 10am',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM dental_appointments WHERE start_time < TIME '10:00:00'`,
		note: 'start_time before 10:00 (390).'
	},
	{
		id: 's-dental_appointments-19',
		question: 'list appointments on 7 march 2024 - patient, time and treatment',
		tables: ['dental_appointments'],
		tags: ['rows-mode', 'time-range'],
		sql: `SELECT patientId, start_time, Treatment FROM dental_appointments WHERE "Appointment Date" = DATE '2024-03-07'`,
		note: 'Ten appointments on Thursday 7 March 2024.'
	},
	{
		id: 's-dental_appointments-20',
		question: 'how many fillings since sept 2023',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dental_appointments WHERE Treatment = 'Filling' AND "Appointment Date" >= DATE '2023-09-01'`,
		note: "Treatment 'Filling' from 1 September 2023 on (147), attended or not."
	},
	{
		id: 's-dental_appointments-21',
		question: 'which patients have missed 3 or more appointments',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric', 'rows-mode'],
		sql: 'SELECT patientId FROM dental_appointments WHERE NOT Attended GROUP BY patientId HAVING COUNT(*) >= 3',
		note: 'Patients with three or more appointments not attended, whatever the reason (21 patients).'
	},
	{
		id: 's-dental_appointments-22',
		question: 'how many appointments werent check-ups',
		tables: ['dental_appointments'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM dental_appointments WHERE Treatment <> 'Check-up'`,
		note: "Treatment other than 'Check-up' (788); NHS check-ups with a scale and polish are not 'Check-up'."
	},

	// ---------------------------------------------------------------- harvest log
	{
		id: 's-harvest_log-01',
		question: 'how many kg of potatoes did we dig up in 2023',
		tables: ['harvest_log'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Weight (kg)") FROM harvest_log WHERE crop = 'Potatoes' AND YEAR("Harvest Date") = 2023`,
		note: "Weight (kg) of crop 'Potatoes' harvested in 2023 (147.9 kg)."
	},
	{
		id: 's-harvest_log-02',
		question: 'total harvest by crop',
		tables: ['harvest_log'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT crop, SUM("Weight (kg)") FROM harvest_log GROUP BY crop',
		note: 'By weight (kg); every crop has a weight, only some have a count.'
	},
	{
		id: 's-harvest_log-03',
		question: 'which plot has produced the most',
		tables: ['harvest_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Plot FROM harvest_log GROUP BY Plot ORDER BY SUM("Weight (kg)") DESC LIMIT 1',
		note: "By weight: plot '9A' (308 kg) ahead of plot '3' (284 kg)."
	},
	{
		id: 's-harvest_log-04',
		question: 'how many pickings went to the food bank',
		tables: ['harvest_log'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM harvest_log WHERE Donated',
		note: 'Pickings (rows) with Donated = Yes (132); some went to the food bank.'
	},
	{
		id: 's-harvest_log-05',
		question: 'kg harvested per year',
		tables: ['harvest_log'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: 'SELECT YEAR("Harvest Date") AS y, SUM("Weight (kg)") FROM harvest_log GROUP BY y'
	},
	{
		id: 's-harvest_log-06',
		question: 'organic vs non organic yield',
		tables: ['harvest_log'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT Organic, SUM("Weight (kg)") FROM harvest_log GROUP BY Organic',
		note: 'Weight (kg) per Organic (yes/no).'
	},
	{
		id: 's-harvest_log-07',
		question: 'how many courgettes have we picked',
		tables: ['harvest_log'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(qty) FROM harvest_log WHERE crop = 'Courgettes'`,
		note: 'The count of courgettes (qty), 351; their weight (105.7 kg) is another reading.'
	},
	{
		id: 's-harvest_log-08',
		question: 'average weight of a tomatoe picking',
		tables: ['harvest_log'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Weight (kg)") FROM harvest_log WHERE crop = 'Tomatoes'`,
		note: "Mean Weight (kg) of the 'Tomatoes' rows (1.30 kg); 'tomatoe' is a typo."
	},
	{
		id: 's-harvest_log-09',
		question: 'when did we first pick rhubarb in 2024',
		tables: ['harvest_log'],
		tags: ['min', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT MIN("Harvest Date") FROM harvest_log WHERE crop = 'Rhubarb' AND YEAR("Harvest Date") = 2024`,
		note: '2 March 2024.'
	},
	{
		id: 's-harvest_log-10',
		question: 'who has logged the most harvests',
		tables: ['harvest_log'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT pickedBy FROM harvest_log GROUP BY pickedBy ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By number of rows logged per pickedBy: Bogdan Wiśniewski (223) ahead of Margaret Hale (193). By weight is another reading.'
	},
	{
		id: 's-harvest_log-11',
		question: 'how many harvests had slug damage',
		tables: ['harvest_log'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM harvest_log WHERE Notes ILIKE '%slug%'`,
		note: "Notes mentioning slugs ('slug damage'), 35."
	},
	{
		id: 's-harvest_log-12',
		question: 'entries with no variety',
		tables: ['harvest_log'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM harvest_log WHERE Variety IS NULL',
		note: 'Rows with the Variety missing (88).'
	},
	{
		id: 's-harvest_log-13',
		question: 'monthly harvest weight in 2024',
		tables: ['harvest_log'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Harvest Date") AS m, SUM("Weight (kg)") FROM harvest_log WHERE YEAR("Harvest Date") = 2024 GROUP BY m`
	},
	{
		id: 's-harvest_log-14',
		question: 'what was the heaviest single picking in kg',
		tables: ['harvest_log'],
		tags: ['max'],
		sql: 'SELECT MAX("Weight (kg)") FROM harvest_log',
		note: 'The largest Weight (kg) of one row: 9.92 (potatoes, plot 16).'
	},
	{
		id: 's-harvest_log-15',
		question: 'top 5 crops by weight',
		tables: ['harvest_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT crop, SUM("Weight (kg)") AS kg FROM harvest_log GROUP BY crop ORDER BY kg DESC LIMIT 5',
		isOrdered: true,
		note: 'By total weight: Potatoes, Rhubarb, Beetroot, Apples, Onions.'
	},
	{
		id: 's-harvest_log-16',
		question: 'how many different crops do we grow',
		tables: ['harvest_log'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT crop) FROM harvest_log'
	},
	{
		id: 's-harvest_log-17',
		question: 'how many times did we harvest in the rain',
		tables: ['harvest_log'],
		tags: ['aggregate-count', 'filter-list', 'filter-contains', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM harvest_log WHERE weather IN ('Light rain', 'Heavy rain')`,
		note: "Rows whose weather is 'Light rain' or 'Heavy rain' (293); rows without a weather note are not counted."
	},
	{
		id: 's-harvest_log-18',
		question: 'strawberries and raspberries picked in 2022 (kg)',
		tables: ['harvest_log'],
		tags: ['sum', 'filter-list', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Weight (kg)") FROM harvest_log WHERE crop IN ('Strawberries', 'Raspberries') AND YEAR("Harvest Date") = 2022`,
		note: 'One total weight over the two crops in 2022 (21.25 kg); a total per crop is another reading.'
	},
	{
		id: 's-harvest_log-19',
		question: 'what share of our harvest was organic',
		tables: ['harvest_log'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT SUM("Weight (kg)") FILTER (WHERE Organic) / SUM("Weight (kg)") FROM harvest_log',
		isShare: true,
		note: 'Share of the weight from organic plots (37.5%); by number of pickings is another reading.'
	},
	{
		id: 's-harvest_log-20',
		question: 'harvests from plot 9a since july 2024 - date, crop and kg',
		tables: ['harvest_log'],
		tags: ['rows-mode', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT "Harvest Date", crop, "Weight (kg)" FROM harvest_log WHERE Plot = '9A' AND "Harvest Date" >= DATE '2024-07-01'`,
		note: "Plot '9A' (text; the user wrote '9a') from 1 July 2024 on: 33 rows."
	},
	{
		id: 's-harvest_log-21',
		question: 'kale picked per plot',
		tables: ['harvest_log'],
		tags: ['sum', 'group-by', 'filter-eq', 'fuzzy'],
		sql: `SELECT Plot, SUM("Weight (kg)") FROM harvest_log WHERE crop = 'Kale' GROUP BY Plot`,
		note: "Weight (kg) of 'Kale' per plot (seven plots grow it)."
	},
	{
		id: 's-harvest_log-22',
		question: 'kg by plot and year',
		tables: ['harvest_log'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT Plot, YEAR("Harvest Date") AS y, SUM("Weight (kg)") FROM harvest_log GROUP BY Plot, y'
	},
	{
		id: 's-harvest_log-23',
		question: 'how many pickings weighed over 5 kg',
		tables: ['harvest_log'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM harvest_log WHERE "Weight (kg)" > 5',
		note: 'Rows with Weight (kg) over 5 (29: potatoes, apples, squash, onions, one of leeks and one of sweetcorn).'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 's-refuse-01',
		question: 'which drivers get the most tickets',
		tables: ['parking_penalties'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No driver, keeper or registration number: a ticket cannot be tied to a person or a car (only make and colour).'
	},
	{
		id: 's-refuse-02',
		question: 'how many tickets will we issue next summer',
		tables: ['parking_penalties'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction; the notices end in December 2024.'
	},
	{
		id: 's-refuse-03',
		question: 'how long had cars been parked before they got a ticket',
		tables: ['parking_penalties'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the time the notice was issued; no arrival time or time observed.'
	},
	{
		id: 's-refuse-04',
		question: 'which patients have gum disease',
		tables: ['dental_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No diagnosis or clinical notes; only the treatment booked.'
	},
	{
		id: 's-refuse-05',
		question: 'how long do patients wait in the waiting room',
		tables: ['dental_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No arrival or seen-at times; only the booked start time and the booked length.'
	},
	{
		id: 's-refuse-06',
		question: 'is dr patel a better dentist than dr hughes',
		tables: ['dental_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion; no ratings, outcomes or patient feedback in the book.'
	},
	{
		id: 's-refuse-07',
		question: 'how much money have we saved by growing our own veg',
		tables: ['harvest_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No prices or costs (shop prices, seeds, plot rent); only weights and counts.'
	},
	{
		id: 's-refuse-08',
		question: 'how much water did we use on the tomatoes',
		tables: ['harvest_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No watering records; the log holds only what was picked (and a weather note).'
	}
];
