import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AA: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-aa/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - parking_fines.csv (1,684 rows, Saltmarsh District Council (a seaside town): every penalty
 *   charge notice its civil enforcement officers issued 2023-01-03 to 2024-12-31, as exported on
 *   10 January 2025, one row per ticket; Monday to Saturday 08:00-20:00, the seafront on summer
 *   Sundays and bank holidays too): "PCN Number" ('SM' with the two-digit year and a running
 *   number within the year, 'SM2300001' to 'SM2400853', unique, in issue order), issued_at
 *   (TIMESTAMP; 831 in 2023, 853 in 2024, busiest in July and August), Street (20, each in one
 *   zone: 'High Street' 160, 'Marine Parade' 129, 'Castle Car Park' 123, 'Promenade Car Park'
 *   121, 'Station Road' 109, … "St Mary's Walk" 53 (with an apostrophe), 'Ropewalk' 37), Zone
 *   ('Town Centre' 617 | 'Seafront' 452 | 'Old Town' 337 (residents' bays) | 'Station' 278),
 *   "Contravention Code" (VARCHAR, two digits with the leading zero kept: '01' 385, '05' 315,
 *   '12' 188, '02' 125, '40' 112, '30' 101, '62' 101, '82' 101, '83' 78, '19' 71, '47' 58, '86'
 *   49), Contravention (the code's description, one each: 'Parked in restricted street' (01),
 *   'Parked after paid time expired' (05), 'Resident bay - no permit' (12), 'Parked where loading
 *   restricted' (02), 'Disabled bay - no badge' (40), 'Overstayed' (30), 'Parked on footway'
 *   (62), 'Car park - ticket expired' (82), 'Car park - no ticket' (83), 'Resident bay - invalid
 *   permit' (19), 'Stopped on bus stop' (47), 'Outside bay markings' (86)), vehicleMake (22, in
 *   capitals: 'FORD' 225, 'VOLKSWAGEN' 168, 'VAUXHALL' 166, 'TOYOTA' 119, 'AUDI' 102, 'BMW' 93,
 *   … 'TESLA' 16; 17 missing), Colour (10: 'Black' 309, 'Grey' 293, 'White' 277, 'Blue' 255,
 *   'Silver' 237, 'Red' 161, 'Green' 47, 'Brown' 25, 'Yellow' 19, 'Orange' 16; 45 missing),
 *   "Fine Amount (£)" (DOUBLE: 70 for the higher-level contraventions 01, 02, 12, 40, 47 and 62
 *   (969 tickets), 50 for the lower-level ones (715)), Paid (BOOLEAN, from Yes/No; 1,317 Yes, 367
 *   No), "Date Paid" (DATE, 2023-01-05 to 2025-01-09; 367 missing: unpaid), "Amount Paid (£)"
 *   (DOUBLE: half the fine when paid within 14 days of the ticket (25 × 406, 35 × 555), the fine
 *   itself in 15-42 days (50 × 101, 70 × 125), half as much again after that, the charge
 *   certificate (75 × 62, 105 × 68); 367 missing: unpaid), "Appeal Status" ('None' 1,439 (the
 *   text None: no appeal) | 'Rejected' 136 (106 then paid) | 'Upheld' 92 (cancelled, never
 *   paid) | 'Pending' 17 (recent, unpaid); the 228 unpaid with no appeal are outstanding), "CEO
 *   ID" (8 civil enforcement officers: 'CEO112' 470, 'CEO101' 357, 'CEO104' 328, 'CEO118' 230
 *   (from October 2023), 'CEO107' 123 (to August 2023), 'CEO123' 72 (from March 2024), 'CEO121'
 *   55 and 'CEO115' 49 (summer seafront staff in 2024 and 2023)). No registration numbers.
 * - pharmacy_dispensing.csv (1,872 rows, Brookfield Pharmacy (a small community pharmacy): every
 *   item dispensed 2023-01-03 to 2024-12-31, one row per item; Monday to Saturday, closed on bank
 *   holidays; no patient identifier): "Item ID" (BIGINT, 300001-301872, unique, in date order),
 *   Dispensed (DATE; 912 in 2023, 960 in 2024), Medicine (25: 'Atorvastatin' 169, 'Amoxicillin'
 *   153 (104 capsules, 49 liquid), 'Amlodipine' 129, 'Omeprazole' 127, 'Metformin' 123,
 *   'Salbutamol' 103, 'Sertraline' 96, 'Ramipril' 91, … 'Estradiol' 62 (HRT), … 'Epaderm' 29 (an
 *   emollient), 'Hydrocortisone' 26), Strength (26 texts such as '80mg', '100mcg', '2.5mg',
 *   '30/500mg', '125mg/5ml', '1%'; 29 missing: Epaderm), Form ('Tablet' 1,027 | 'Capsule' 458 |
 *   'Inhaler' 161 (Salbutamol, Beclometasone) | 'Liquid' 137 | 'Cream' 89), Qty (BIGINT, 1-500 in
 *   the form's unit: tablets or capsules (28 the most common), inhalers 1-2, ml of liquid, g of
 *   cream), Prescriber (7: 'Brookfield Surgery' 578, 'Millstream Medical Practice' 457, 'Dr Patel
 *   & Partners' 338, 'Hillcrest Health Centre' 268, 'Oakwood Surgery' 188, 'NHS 111' 28,
 *   'Community Dental Service' 15 (amoxicillin only)), patientAge (BIGINT, 1-96; 51 missing),
 *   Exempt (VARCHAR, not read as a flag: 'Y' 1,289 | 'N' 583), "Charge Paid (£)" (DOUBLE, per
 *   item: 0 when exempt, otherwise 9.35 until 30 April 2023 (93), 9.65 from 1 May 2023 (295), 9.90
 *   from 1 May 2024 (195)), "Repeat Rx" (BOOLEAN, from Yes/No; 1,341 Yes), "Collected/Delivered"
 *   ('Collected' 1,659 | 'Delivered' 213: home deliveries, mostly to older patients), owing
 *   (BIGINT, the quantity still owed after a shortage, in the form's unit, 0-300; 31 rows above 0,
 *   'Estradiol' 6 of them; 1,194 in all).
 * - tutoring_sessions.csv (1,227 rows, Brightstart Tutors (a small private tutoring agency): every
 *   booked session 2022-01-11 to 2024-12-19, one row per session; term time only, weekday
 *   evenings and Saturday mornings; GCSE and A-level students stop at the end of May): "Session
 *   ID" ('BST-0001' to 'BST-1227', in date order), "Date" (DATE; 322 in 2022, 454 in 2023, 451
 *   in 2024; none in August, in June and July only KS3 ones (37)), startTime (TIME, 09:00 to
 *   19:30), Tutor (9: 'Megan Lloyd' 263 (English), 'Hannah Price' 198 (Maths; the founder, £5 an
 *   hour dearer), 'Tom Gallagher' 194 (Physics, Maths), 'Aisha Rahman' 184 (Biology, Chemistry),
 *   'Pierre Dubois' 100 (French), 'Sophie Turner' 96 (Maths, English; to July 2023), 'Rebecca
 *   Hughes' 95 (Biology, Chemistry; from April 2023), 'Lucia Romero' 58 (Spanish; from September
 *   2022), 'Daniel Okoro' 39 (Maths; September 2023 to May 2024)), "Student Name" (95 students,
 *   1-34 sessions each, 'Lily Jenkins' 34 the most; 16 take two subjects; e.g. 'Oliver Hughes',
 *   who is not the tutor Rebecca Hughes), Subject (7: 'English' 348, 'Maths' 343, 'Biology' 181,
 *   'French' 100, 'Physics' 99, 'Chemistry' 98, 'Spanish' 58), Level ('GCSE' 673 | 'A-level' 325
 *   | 'KS3' 229), "Duration (mins)" (BIGINT: 60 × 1,002 | 90 × 214 | 45 × 11), "Rate (£/hr)"
 *   (BIGINT, 30-53, the hourly rate charged: by level, up each September (KS3 30-35, GCSE 35-42,
 *   A-level 40-48), 5 more with Hannah Price), online (BOOLEAN, from true/false; 577 true),
 *   Status ('Completed' 1,123 | 'Cancelled' 65 | 'No-show' 39), "Homework Set" (BOOLEAN, from
 *   yes/no; 799 yes, 324 no; 104 missing: the cancelled sessions and no-shows), "Progress Rating
 *   (1-5)" (BIGINT, 1-5, 3 the most common (159); 812 missing: written down now and then on
 *   completed sessions only). No fee column: what a session earns is its rate times its length.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AA_TABLE_SOURCES: TableSource[] = [
	{
		name: 'parking_fines',
		humanName: 'Parking fines',
		repoDir: 'tests/nl/data/set-aa',
		file: 'parking_fines.csv',
		format: 'csv'
	},
	{
		name: 'pharmacy_dispensing',
		humanName: 'Pharmacy dispensing',
		repoDir: 'tests/nl/data/set-aa',
		file: 'pharmacy_dispensing.csv',
		format: 'csv'
	},
	{
		name: 'tutoring_sessions',
		humanName: 'Tutoring sessions',
		repoDir: 'tests/nl/data/set-aa',
		file: 'tutoring_sessions.csv',
		format: 'csv'
	}
];

export const SET_AA_QUESTIONS: EvalQuestion[] = [
	{
		id: 'aa-parking_fines-01',
		question: 'how many tickets did we issue in 2024',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM parking_fines WHERE YEAR(issued_at) = 2024',
		note: 'A ticket is a row; issued_at in 2024 (853), unpaid and cancelled tickets included.'
	},
	{
		id: 'aa-parking_fines-02',
		question: 'how much have we collected in fines altogether',
		tables: ['parking_fines'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Amount Paid (£)") FROM parking_fines',
		note: 'Collected is Amount Paid (£), summed over every paid ticket (£55,165 from 1,317 tickets). The face value of the fines (Fine Amount (£), £103,580) is not what came in.'
	},
	{
		id: 'aa-parking_fines-03',
		question: 'which street gets the most tickets',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Street FROM parking_fines GROUP BY Street ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per Street: High Street (160; Marine Parade 129).'
	},
	{
		id: 'aa-parking_fines-04',
		question: 'average £ paid on a ticket',
		tables: ['parking_fines'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG("Amount Paid (£)") FROM parking_fines',
		note: 'Amount Paid (£) averaged over the 1,317 paid tickets (£41.89). The total collected spread over every ticket, unpaid ones as nothing, is another reading (£32.76).'
	},
	{
		id: 'aa-parking_fines-05',
		question: 'what % of tickets are unpaid in each zone',
		tables: ['parking_fines'],
		tags: ['share', 'group-by', 'filter-negation'],
		sql: 'SELECT Zone, COUNT(*) FILTER (WHERE NOT Paid) * 1.0 / COUNT(*) FROM parking_fines GROUP BY Zone',
		isShare: true,
		note: 'Share of rows with Paid = No, per Zone (4 rows: Station 25.9% the highest, Old Town 21.7%, Town Centre 21.6%, Seafront 19.7% the lowest). Leaving out the 92 tickets cancelled on appeal (Upheld) is another reading (Station 19.8%, Seafront 12.8%).'
	},
	{
		id: 'aa-parking_fines-06',
		question: 'tickets broken down by offence',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT Contravention, COUNT(*) FROM parking_fines GROUP BY Contravention',
		note: "An offence is a contravention: rows per Contravention (12 rows, 'Parked in restricted street' 385 the most, 'Outside bay markings' 49 the fewest). Grouping by Contravention Code gives the same counts under the codes."
	},
	{
		id: 'aa-parking_fines-07',
		question: 'tickets per month in 2024',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', issued_at) AS m, COUNT(*) FROM parking_fines WHERE YEAR(issued_at) = 2024 GROUP BY m`,
		note: 'Tickets issued in 2024, counted per calendar month of issued_at (12 months: July 97 and August 96 the most, March 47 the fewest).'
	},
	{
		id: 'aa-parking_fines-08',
		question: 'top 5 car makes we ticket the most',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT vehicleMake, COUNT(*) AS c FROM parking_fines GROUP BY vehicleMake ORDER BY c DESC LIMIT 5',
		isOrdered: true,
		note: 'Rows per vehicleMake, most first: FORD 225, VOLKSWAGEN 168, VAUXHALL 166, TOYOTA 119, AUDI 102 (sixth BMW 93, no tie). The makes with their counts; the makes alone is another reading.'
	},
	{
		id: 'aa-parking_fines-09',
		question: 'what % of tickets get paid within 14 days',
		tables: ['parking_fines'],
		tags: ['share', 'metric', 'filter-numeric'],
		sql: `SELECT COUNT(*) FILTER (WHERE date_diff('day', CAST(issued_at AS DATE), "Date Paid") <= 14) * 1.0 / COUNT(*) FROM parking_fines`,
		isShare: true,
		note: 'Days from the date of issued_at to Date Paid at most 14 (the discount window; the same tickets as those paid half the fine): 961 of all 1,684 tickets (57.1%). Of the 1,317 paid tickets only is another reading (73.0%).'
	},
	{
		id: 'aa-parking_fines-10',
		question: 'how many appeals did drivers win',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM parking_fines WHERE "Appeal Status" = 'Upheld'`,
		note: "A won appeal is Appeal Status 'Upheld' (92; the ticket is cancelled and never paid)."
	},
	{
		id: 'aa-parking_fines-11',
		question: 'how many tickets have been challenged',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-negation', 'synonym'],
		sql: `SELECT COUNT(*) FROM parking_fines WHERE "Appeal Status" <> 'None'`,
		note: "Challenged is appealed: Appeal Status other than the text 'None' (245: Rejected 136, Upheld 92, Pending 17). 'None' is a value here, not an empty cell."
	},
	{
		id: 'aa-parking_fines-12',
		question: 'median days to pay a ticket',
		tables: ['parking_fines'],
		tags: ['median', 'metric'],
		sql: `SELECT MEDIAN(date_diff('day', CAST(issued_at AS DATE), "Date Paid")) FROM parking_fines`,
		note: 'Days from the date of issued_at to Date Paid, median over the 1,317 paid tickets (10 days; the mean is 17.3).'
	},
	{
		id: 'aa-parking_fines-13',
		question: 'show pcn number, street and amount paid for disabled bay tickets in dec 2024',
		tables: ['parking_fines'],
		tags: ['rows-mode', 'filter-contains', 'time-range', 'fuzzy'],
		sql: `SELECT "PCN Number", Street, "Amount Paid (£)" FROM parking_fines WHERE Contravention = 'Disabled bay - no badge' AND issued_at >= TIMESTAMP '2024-12-01 00:00:00' AND issued_at < TIMESTAMP '2025-01-01 00:00:00'`,
		note: "Disabled bay tickets are Contravention 'Disabled bay - no badge' (code '40'; Contravention ILIKE '%disabled%' gives the same rows), issued in December 2024: 5 rows of PCN Number, Street and Amount Paid (£) (3 paid £35, 2 not yet paid, with an empty amount)."
	},
	{
		id: 'aa-parking_fines-14',
		question: 'seafront tickets jun-aug 2024',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM parking_fines WHERE Zone = 'Seafront' AND issued_at >= TIMESTAMP '2024-06-01 00:00:00' AND issued_at < TIMESTAMP '2024-09-01 00:00:00'`,
		note: "Zone 'Seafront', issued 1 June to 31 August 2024, August included (126). Counted; listing them is another reading."
	},
	{
		id: 'aa-parking_fines-15',
		question: 'how many fords have we ticketed',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM parking_fines WHERE vehicleMake = 'FORD'`,
		note: "Lower-case value: vehicleMake 'FORD' (upper case in the data; 225 tickets). Tickets, not cars: with no registrations the cars cannot be told apart."
	},
	{
		id: 'aa-parking_fines-16',
		question: 'tickets where the car colour wasnt recorded',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM parking_fines WHERE Colour IS NULL',
		note: 'Colour empty (45).'
	},
	{
		id: 'aa-parking_fines-17',
		question: 'which warden issued the most tickets in 2024',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-year', 'synonym'],
		sql: 'SELECT "CEO ID" FROM parking_fines WHERE YEAR(issued_at) = 2024 GROUP BY "CEO ID" ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'A warden is a civil enforcement officer: most rows per CEO ID among tickets issued in 2024: CEO112 (210; CEO118 183).'
	},
	{
		id: 'aa-parking_fines-18',
		question: 'total value of tickets issued each year',
		tables: ['parking_fines'],
		tags: ['sum', 'time-grain', 'synonym'],
		sql: 'SELECT YEAR(issued_at) AS y, SUM("Fine Amount (£)") FROM parking_fines GROUP BY y',
		note: 'The value of a ticket is its Fine Amount (£), summed per year of issued_at (2 rows: 2023 £51,190, 2024 £52,390). What was collected (Amount Paid (£)) is another reading.'
	},
	{
		id: 'aa-parking_fines-19',
		question: '£70 tickets since september 2024',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-numeric', 'time-since'],
		sql: `SELECT COUNT(*) FROM parking_fines WHERE "Fine Amount (£)" = 70 AND issued_at >= TIMESTAMP '2024-09-01 00:00:00'`,
		note: 'Fine Amount (£) of 70 (the higher level), issued from 1 September 2024 on (165). Counted; listing them is another reading.'
	},
	{
		id: 'aa-parking_fines-20',
		question: 'tickets on st marys walk or chapel lane in 2023',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'filter-list', 'time-year', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM parking_fines WHERE Street IN ('St Mary''s Walk', 'Chapel Lane') AND YEAR(issued_at) = 2023`,
		note: `Street "St Mary's Walk" (the question leaves out the apostrophe) or 'Chapel Lane', issued in 2023: one count (60); a count per street (St Mary's Walk 35, Chapel Lane 25) is another reading.`
	},
	{
		id: 'aa-parking_fines-21',
		question: 'how many people paid more than the original fine',
		tables: ['parking_fines'],
		tags: ['aggregate-count', 'metric', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM parking_fines WHERE "Amount Paid (£)" > "Fine Amount (£)"',
		note: 'Amount Paid (£) above Fine Amount (£): paid after 42 days at the increased charge (130: 68 paid £105, 62 paid £75). Tickets, not people (no registrations).'
	},
	{
		id: 'aa-parking_fines-22',
		question: 'how much money came in during december 2024',
		tables: ['parking_fines'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM("Amount Paid (£)") FROM parking_fines WHERE "Date Paid" >= DATE '2024-12-01' AND "Date Paid" < DATE '2025-01-01'`,
		note: 'Money in is Amount Paid (£) by Date Paid in December 2024 (59 payments, £2,705). Payments on the tickets issued in December 2024 is another reading (£1,225).'
	},
	{
		id: 'aa-pharmacy_dispensing-01',
		question: 'how many items did we dispense in 2024',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM pharmacy_dispensing WHERE YEAR(Dispensed) = 2024',
		note: 'An item is a row; Dispensed in 2024 (960).'
	},
	{
		id: 'aa-pharmacy_dispensing-02',
		question: 'total prescription charges taken in 2023',
		tables: ['pharmacy_dispensing'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Charge Paid (£)") FROM pharmacy_dispensing WHERE YEAR(Dispensed) = 2023',
		note: 'Charge Paid (£) summed over items dispensed in 2023 (£2,722.35; exempt items pay 0).'
	},
	{
		id: 'aa-pharmacy_dispensing-03',
		question: 'most dispensed medicine',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Medicine FROM pharmacy_dispensing GROUP BY Medicine ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per Medicine: Atorvastatin (169; Amoxicillin 153, capsules and liquid together).'
	},
	{
		id: 'aa-pharmacy_dispensing-04',
		question: 'avg age of patients on sertraline',
		tables: ['pharmacy_dispensing'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(patientAge) FROM pharmacy_dispensing WHERE Medicine = 'Sertraline'`,
		note: "Lower-case value: Medicine 'Sertraline'; patientAge averaged over its 94 items with an age (2 missing): 35.4."
	},
	{
		id: 'aa-pharmacy_dispensing-05',
		question: 'how many free prescriptions have we done',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM pharmacy_dispensing WHERE Exempt = 'Y'`,
		note: "Free is exempt: Exempt 'Y' (1,289 items; the same rows as Charge Paid (£) of 0). Items, as there is no prescription number to group them by."
	},
	{
		id: 'aa-pharmacy_dispensing-06',
		question: 'number of items by gp surgery',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT Prescriber, COUNT(*) FROM pharmacy_dispensing GROUP BY Prescriber',
		note: 'A GP surgery is a Prescriber; rows per Prescriber (7 rows: Brookfield Surgery 578 the most), NHS 111 (28) and the Community Dental Service (15) included; leaving out those two, which are not surgeries, is another reading.'
	},
	{
		id: 'aa-pharmacy_dispensing-07',
		question: 'inhalers dispensed per month in 2024',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', Dispensed) AS m, COUNT(*) FROM pharmacy_dispensing WHERE Form = 'Inhaler' AND YEAR(Dispensed) = 2024 GROUP BY m`,
		note: "Form 'Inhaler' (Salbutamol and Beclometasone), Dispensed in 2024, items counted per calendar month (12 months, 85 in all: July 14 the most, November 2 the fewest). Adding up Qty (inhalers, 1 or 2 an item) is another reading (115)."
	},
	{
		id: 'aa-pharmacy_dispensing-08',
		question: 'top 5 meds for the over 65s',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-numeric', 'synonym'],
		sql: 'SELECT Medicine, COUNT(*) AS c FROM pharmacy_dispensing WHERE patientAge >= 65 GROUP BY Medicine ORDER BY c DESC LIMIT 5',
		isOrdered: true,
		note: 'The over-65s are patientAge 65 or more; rows per Medicine, most first: Atorvastatin 105, Amlodipine 81, Metformin 76, Ramipril 57, Bisoprolol 44 (sixth Simvastatin 36). Strictly over 65 gives the same five (101, 79, 66, 51, 43).'
	},
	{
		id: 'aa-pharmacy_dispensing-09',
		question: 'what % of items are repeat prescriptions',
		tables: ['pharmacy_dispensing'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Repeat Rx") * 1.0 / COUNT(*) FROM pharmacy_dispensing',
		isShare: true,
		note: 'Share of rows with Repeat Rx = Yes: 1,341 of 1,872 (71.6%).'
	},
	{
		id: 'aa-pharmacy_dispensing-10',
		question: 'how many home deliveries did we make in 2024',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM pharmacy_dispensing WHERE "Collected/Delivered" = 'Delivered' AND YEAR(Dispensed) = 2024`,
		note: "A home delivery is Collected/Delivered 'Delivered'; Dispensed in 2024 (116 items). Items, as delivery rounds are not recorded."
	},
	{
		id: 'aa-pharmacy_dispensing-11',
		question: 'how many scripts still have something owing',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM pharmacy_dispensing WHERE owing > 0',
		note: 'A script is an item (a row); owing above 0 (31). The total quantity still owed (1,194 tablets, ml and so on together) is another reading.'
	},
	{
		id: 'aa-pharmacy_dispensing-12',
		question: 'median age for oestradiol',
		tables: ['pharmacy_dispensing'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(patientAge) FROM pharmacy_dispensing WHERE Medicine = 'Estradiol'`,
		note: "oestradiol is the British spelling of Medicine 'Estradiol' (HRT); median patientAge over its 60 items with an age (49.5)."
	},
	{
		id: 'aa-pharmacy_dispensing-13',
		question: 'show date, medicine and how much is owed for items owing since oct 2024',
		tables: ['pharmacy_dispensing'],
		tags: ['rows-mode', 'filter-numeric', 'time-since'],
		sql: `SELECT Dispensed, Medicine, owing FROM pharmacy_dispensing WHERE owing > 0 AND Dispensed >= DATE '2024-10-01'`,
		note: 'owing above 0, Dispensed from 1 October 2024 on: 3 rows of Dispensed, Medicine and owing (Omeprazole 28, Prednisolone 30, Flucloxacillin 7).'
	},
	{
		id: 'aa-pharmacy_dispensing-14',
		question: 'youngest patient weve given an inhaler to',
		tables: ['pharmacy_dispensing'],
		tags: ['min', 'filter-eq', 'fuzzy'],
		sql: `SELECT MIN(patientAge) FROM pharmacy_dispensing WHERE Form = 'Inhaler'`,
		note: "Form 'Inhaler'; the lowest patientAge: 2. The item (a row) is another reading; the age is asked for."
	},
	{
		id: 'aa-pharmacy_dispensing-15',
		question: 'items with no patient age',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM pharmacy_dispensing WHERE patientAge IS NULL',
		note: 'patientAge empty (51).'
	},
	{
		id: 'aa-pharmacy_dispensing-16',
		question: "how much have dr patel's patients paid in charges",
		tables: ['pharmacy_dispensing'],
		tags: ['sum', 'filter-eq', 'fuzzy', 'synonym'],
		sql: `SELECT SUM("Charge Paid (£)") FROM pharmacy_dispensing WHERE Prescriber = 'Dr Patel & Partners'`,
		note: "dr patel is Prescriber 'Dr Patel & Partners'; Charge Paid (£) summed over its 338 items (£929.55, from the 96 that were not exempt)."
	},
	{
		id: 'aa-pharmacy_dispensing-17',
		question: 'how many different drugs have we dispensed',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Medicine) FROM pharmacy_dispensing',
		note: 'Distinct Medicine values (25; Amoxicillin capsules and liquid are one medicine, 26 medicine and form pairs).'
	},
	{
		id: 'aa-pharmacy_dispensing-18',
		question: 'liquids and creams dispensed in 2023',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-list', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM pharmacy_dispensing WHERE Form IN ('Liquid', 'Cream') AND YEAR(Dispensed) = 2023`,
		note: "Form 'Liquid' or 'Cream', Dispensed in 2023: one count (108); a count per form (Liquid 64, Cream 44) is another reading."
	},
	{
		id: 'aa-pharmacy_dispensing-19',
		question: 'amoxicillin items nov 2023 to feb 2024',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM pharmacy_dispensing WHERE Medicine = 'Amoxicillin' AND Dispensed BETWEEN DATE '2023-11-01' AND DATE '2024-02-29'`,
		note: "Medicine 'Amoxicillin' (capsules and liquid), Dispensed 1 November 2023 to 29 February 2024, February included (28: 22 capsules, 6 liquid)."
	},
	{
		id: 'aa-pharmacy_dispensing-20',
		question: 'avg charge for people who arent exempt',
		tables: ['pharmacy_dispensing'],
		tags: ['avg', 'filter-eq', 'filter-negation'],
		sql: `SELECT AVG("Charge Paid (£)") FROM pharmacy_dispensing WHERE Exempt <> 'Y'`,
		note: "Exempt other than 'Y' (all 'N'); Charge Paid (£) averaged over those 583 items (£9.69: a mix of £9.35, £9.65 and £9.90 as the charge went up)."
	},
	{
		id: 'aa-pharmacy_dispensing-21',
		question: 'delivered vs collected each year',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT "Collected/Delivered", YEAR(Dispensed) AS y, COUNT(*) FROM pharmacy_dispensing GROUP BY "Collected/Delivered", y',
		note: 'Rows per Collected/Delivered and year of Dispensed (4 rows: Collected 2023 815, Delivered 2023 97, Collected 2024 844, Delivered 2024 116).'
	},
	{
		id: 'aa-pharmacy_dispensing-22',
		question: 'how many atorvastatin 80mg have we given out',
		tables: ['pharmacy_dispensing'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM pharmacy_dispensing WHERE Medicine = 'Atorvastatin' AND Strength = '80mg'`,
		note: "Medicine 'Atorvastatin' with Strength '80mg' (64 items). Items; the tablets (Qty added up, 1,792) is another reading."
	},
	{
		id: 'aa-tutoring_sessions-01',
		question: 'how many sessions in 2023',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM tutoring_sessions WHERE YEAR("Date") = 2023',
		note: 'A session is a row; Date in 2023 (454: 411 completed, 28 cancelled, 15 no-shows). Only the completed ones is another reading (411).'
	},
	{
		id: 'aa-tutoring_sessions-02',
		question: 'how many no shows have we had',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tutoring_sessions WHERE Status = 'No-show'`,
		note: "Status 'No-show' (39)."
	},
	{
		id: 'aa-tutoring_sessions-03',
		question: 'which tutor has taught the most lessons',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-eq', 'synonym'],
		sql: `SELECT Tutor FROM tutoring_sessions WHERE Status = 'Completed' GROUP BY Tutor ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Taught is Status 'Completed'; rows per Tutor: Megan Lloyd (235; Hannah Price 183). Counting every booked session gives the same tutor (263)."
	},
	{
		id: 'aa-tutoring_sessions-04',
		question: 'avg hourly rate for a level',
		tables: ['tutoring_sessions'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Rate (£/hr)") FROM tutoring_sessions WHERE Level = 'A-level'`,
		note: "a level is Level 'A-level'; Rate (£/hr) averaged over its 325 sessions (£47.11; over the completed ones only £47.13)."
	},
	{
		id: 'aa-tutoring_sessions-05',
		question: 'how much did we earn from lessons in 2024',
		tables: ['tutoring_sessions'],
		tags: ['sum', 'metric', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT SUM("Rate (£/hr)" * "Duration (mins)" / 60.0) FROM tutoring_sessions WHERE Status = 'Completed' AND YEAR("Date") = 2024`,
		note: "Earnings are Rate (£/hr) times Duration (mins) / 60, summed over the Status 'Completed' sessions of 2024 (£19,345.50). Charging for cancellations and no-shows too is another reading (£21,176)."
	},
	{
		id: 'aa-tutoring_sessions-06',
		question: 'sessions by subject and level',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT Subject, Level, COUNT(*) FROM tutoring_sessions GROUP BY Subject, Level',
		note: 'Rows per Subject and Level (19 rows: Maths GCSE 175 the most, Biology KS3 4 the fewest).'
	},
	{
		id: 'aa-tutoring_sessions-07',
		question: 'lessons per month in 2024',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, COUNT(*) FROM tutoring_sessions WHERE YEAR("Date") = 2024 GROUP BY m`,
		note: 'Sessions dated in 2024, counted per calendar month (11 rows, none in August: October 63 the most, July 3 the fewest), cancelled sessions and no-shows included (only the completed ones is another reading).'
	},
	{
		id: 'aa-tutoring_sessions-08',
		question: 'top 5 students by number of lessons',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Student Name", COUNT(*) AS c FROM tutoring_sessions GROUP BY "Student Name" ORDER BY c DESC LIMIT 5',
		isOrdered: true,
		note: 'Rows per Student Name, most first: Lily Jenkins 34, Evie Walker 32, Daisy Khan 31 and Millie Rowe 31 (tied), Evie Evans 30 (sixth Poppy Wood and Joshua Bennett 29).'
	},
	{
		id: 'aa-tutoring_sessions-09',
		question: 'what % of sessions are done online',
		tables: ['tutoring_sessions'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE online) * 1.0 / COUNT(*) FROM tutoring_sessions',
		isShare: true,
		note: 'Share of rows with online = true: 577 of 1,227 (47.0%).'
	},
	{
		id: 'aa-tutoring_sessions-10',
		question: 'how many students have we tutored',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Student Name") FROM tutoring_sessions',
		note: 'Distinct Student Name values (95).'
	},
	{
		id: 'aa-tutoring_sessions-11',
		question: 'completed lessons without a progress score',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'filter-missing', 'synonym'],
		sql: `SELECT COUNT(*) FROM tutoring_sessions WHERE Status = 'Completed' AND "Progress Rating (1-5)" IS NULL`,
		note: "A progress score is the Progress Rating (1-5); Status 'Completed' with no rating (708). Every session with no rating, cancelled sessions and no-shows included, is another reading (812)."
	},
	{
		id: 'aa-tutoring_sessions-12',
		question: 'avg progress rating by tutor',
		tables: ['tutoring_sessions'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Tutor, AVG("Progress Rating (1-5)") FROM tutoring_sessions GROUP BY Tutor',
		note: 'Progress Rating (1-5) averaged per Tutor over the sessions rated (9 rows: Lucia Romero 3.57 the highest, Rebecca Hughes 3.07 the lowest).'
	},
	{
		id: 'aa-tutoring_sessions-13',
		question: 'median lesson length',
		tables: ['tutoring_sessions'],
		tags: ['median', 'synonym'],
		sql: 'SELECT MEDIAN("Duration (mins)") FROM tutoring_sessions',
		note: 'Median Duration (mins) over every session (60).'
	},
	{
		id: 'aa-tutoring_sessions-14',
		question: 'show date, student and subject for cancelled sessions in nov 2024',
		tables: ['tutoring_sessions'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT "Date", "Student Name", Subject FROM tutoring_sessions WHERE Status = 'Cancelled' AND "Date" BETWEEN DATE '2024-11-01' AND DATE '2024-11-30'`,
		note: "Status 'Cancelled', Date in November 2024: 3 rows of Date, Student Name and Subject."
	},
	{
		id: 'aa-tutoring_sessions-15',
		question: 'gcse maths lessons since sept 2024',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tutoring_sessions WHERE Level = 'GCSE' AND Subject = 'Maths' AND "Date" >= DATE '2024-09-01'`,
		note: "Level 'GCSE' and Subject 'Maths', Date from 1 September 2024 on (10). Counted; listing them is another reading."
	},
	{
		id: 'aa-tutoring_sessions-16',
		question: 'cancellation and no show rate by year',
		tables: ['tutoring_sessions'],
		tags: ['share', 'filter-list', 'time-grain'],
		sql: `SELECT YEAR("Date") AS y, COUNT(*) FILTER (WHERE Status IN ('Cancelled', 'No-show')) * 1.0 / COUNT(*) FROM tutoring_sessions GROUP BY y`,
		isShare: true,
		note: "Share of sessions with Status 'Cancelled' or 'No-show', per year of Date (3 rows: 2022 6.5%, 2023 9.5%, 2024 8.9%). One rate for both together; a rate for each (2024: cancelled 4.7%, no-shows 4.2%) is another reading."
	},
	{
		id: 'aa-tutoring_sessions-17',
		question: 'face to face physics or chemistry lessons',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-list', 'filter-negation', 'synonym'],
		sql: `SELECT COUNT(*) FROM tutoring_sessions WHERE NOT online AND Subject IN ('Physics', 'Chemistry')`,
		note: "Face to face is online = false; Subject 'Physics' or 'Chemistry': one count (119: Chemistry 85, Physics 34)."
	},
	{
		id: 'aa-tutoring_sessions-18',
		question: 'highest hourly rate we charge',
		tables: ['tutoring_sessions'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Rate (£/hr)") FROM tutoring_sessions',
		note: "The highest Rate (£/hr): £53 (Hannah Price's A-level rate from September 2024)."
	},
	{
		id: 'aa-tutoring_sessions-19',
		question: 'how many 90 min sessions were there',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM tutoring_sessions WHERE "Duration (mins)" = 90',
		note: 'Duration (mins) of 90 (214, 194 of them completed).'
	},
	{
		id: 'aa-tutoring_sessions-20',
		question: 'completed lessons where no homework was given',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation', 'synonym'],
		sql: `SELECT COUNT(*) FROM tutoring_sessions WHERE Status = 'Completed' AND NOT "Homework Set"`,
		note: "Status 'Completed' and Homework Set = no (324; the homework flag is only filled in on completed sessions, so the status filter changes nothing)."
	},
	{
		id: 'aa-tutoring_sessions-21',
		question: 'hours tutored by each tutor in 2024',
		tables: ['tutoring_sessions'],
		tags: ['sum', 'group-by', 'metric', 'time-year'],
		sql: `SELECT Tutor, SUM("Duration (mins)") / 60.0 FROM tutoring_sessions WHERE Status = 'Completed' AND YEAR("Date") = 2024 GROUP BY Tutor`,
		note: "Hours are Duration (mins) / 60, summed per Tutor over the Status 'Completed' sessions of 2024 (8 rows: Megan Lloyd 100 the most, Daniel Okoro and Pierre Dubois 15 the fewest). Every booked session is another reading (Megan Lloyd 111)."
	},
	{
		id: 'aa-tutoring_sessions-22',
		question: 'how many lessons has oliver hughes had',
		tables: ['tutoring_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM tutoring_sessions WHERE "Student Name" = 'Oliver Hughes'`,
		note: "Student Name 'Oliver Hughes' (a student, not the tutor Rebecca Hughes): 26 sessions (22 completed, 2 cancelled, 2 no-shows). Only the completed ones is another reading (22)."
	},
	{
		id: 'aa-refuse-01',
		question: 'how many repeat offenders have we got',
		tables: ['parking_fines'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No registration numbers or keeper details; a make and colour cannot tell one car from another.'
	},
	{
		id: 'aa-refuse-02',
		question: 'how much did the pay and display machines take in 2024',
		tables: ['parking_fines'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only penalty charges are recorded; no parking tariffs or machine takings.'
	},
	{
		id: 'aa-refuse-03',
		question: 'how many cars did we tow away last summer',
		tables: ['parking_fines'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No removals or clampings are recorded; only the tickets.'
	},
	{
		id: 'aa-refuse-04',
		question: 'how many patients do we have',
		tables: ['pharmacy_dispensing'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No patient identifier: rows are items, and the same patient cannot be recognised across them.'
	},
	{
		id: 'aa-refuse-05',
		question: 'whats our profit on atorvastatin',
		tables: ['pharmacy_dispensing'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No drug costs or NHS reimbursement; only the prescription charge the patient paid.'
	},
	{
		id: 'aa-refuse-06',
		question: 'average wait for a prescription to be ready',
		tables: ['pharmacy_dispensing'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the day an item was dispensed; no times a prescription came in or was handed out.'
	},
	{
		id: 'aa-refuse-07',
		question: 'what grades did our gcse students get',
		tables: ['tutoring_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No exam results; only the tutor's progress rating on some sessions."
	},
	{
		id: 'aa-refuse-08',
		question: 'how much do we pay hannah per hour',
		tables: ['tutoring_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Rate (£/hr) is what the agency charges for a session; tutors' pay is not recorded."
	},
	{
		id: 'aa-refuse-09',
		question: 'which parents still owe us money',
		tables: ['tutoring_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No invoices, payments or parent details.'
	}
];
