import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AC: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ac/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - camp_bookings.csv (2,334 rows, Acorn Adventures (a small children's holiday camp and
 *   after-school club in a market town): its booking system's export of every session booked
 *   for the spring term of 2024 to the Easter holiday of 2025, taken on Monday 24 March 2025 at
 *   08:00, one row per child per session; the after-school club runs at St Mary's Primary in term
 *   time, Monday to Friday 15:15-18:00; the holiday camp at Hilltop Community Centre in the
 *   school holidays (a full day 08:30-17:30 or a morning to 13:00), and in the summer of 2024
 *   also at St Mary's Primary; busiest in August; prices go up each September; a family's second
 *   and third child on the same session get 10% off; children on free school meals have free
 *   holiday places at Easter, in the summer and at Christmas (the council's Holiday Activities
 *   and Food programme, HAF), not at half terms): "Booking No" (BIGINT, 2001-4334, unique, in
 *   the order booked), bookedAt (TIMESTAMP, 2023-12-17 to 2025-03-20; regulars book a half
 *   term of after-school sessions at once, a family books a holiday's days at once, so many rows
 *   share a time), "Session Date" (DATE, 2024-01-04 to 2025-04-17, 319 days; 1,788 rows in
 *   2024, 546 in 2025; August 2024 435 the most), session_type ('After School' 1,247 (255
 *   days) | 'Holiday Full Day' 981 | 'Holiday Half Day' 106), Venue ("St Mary's Primary" 1,560
 *   (with an apostrophe: all after school, and 313 summer holiday bookings) | 'Hilltop
 *   Community Centre' 774), "Child ID" (VARCHAR, five digits with the leading zeros kept,
 *   '00001' to '00123'; 109 children booked, one ID each), "Child Name" (109, one per ID, 17
 *   with an apostrophe such as "Nancy O'Sullivan", the most booked (264 sessions, after school
 *   every weekday), then 'Willow Kowalczyk' 177; siblings share a surname), Age (BIGINT, 4-11,
 *   the child's age on the day), "Group" (the age group on the day; the column's name is an SQL
 *   keyword: 'Acorns' 803 (ages 4-5) | 'Saplings' 897 (6-8) | 'Oaks' 634 (9-11); a child
 *   moves up a group on a birthday), Activity (the holiday day's theme, one a day for both
 *   venues: 'Cooking' 115, 'Movie Day' 113, 'Trip: Farm Park' 110, 'Drama' 108, 'Arts & Crafts'
 *   105, 'Forest School' 105, 'Lego Challenge' 105, 'Sports Day' 103, 'Trip: Swimming' 99,
 *   'Science Lab' 95, 'Christmas Crafts' 29 (the three Christmas days); 1,247 missing: after
 *   school has no theme), "Fee (£)" (DOUBLE, the price of the session: after school £13.50 to
 *   August 2024 and £14.50 from September 2024, a full day £36 then £38, a morning £20 then £21,
 *   10% less for a second or third child (12.15, 13.05, 32.40, 34.20, 18); 0 on the 244 HAF
 *   places; £46,405.85 in all), payment_method ('Card' 671 | 'Bank transfer' 618 | 'Tax-Free
 *   Childcare' 456 | 'Childcare vouchers' 345 | 'HAF funded' 244 (holiday places only); a
 *   family pays one way), Attended (BOOLEAN, from Yes/No; 2,025 Yes, 117 No (absent, more in
 *   winter); 192 missing: the sessions from 24 March 2025 on, not yet held at the export),
 *   "Picked Up" (TIME, from 'HH:MM', when the child was collected: after school 15:45-18:23
 *   (67 at 18:00 exactly, 34 later), a full day 15:30-17:50, a morning 12:45-13:05; 309
 *   missing: the 117 absences and the 192 sessions not yet held). No staff, allergies, costs or
 *   parents' details.
 * - farm_shop_sales.csv (2,159 rows, Brookside Farm Shop (a family farm's small shop in a
 *   converted barn): its till's line log for 2023-2024 as exported on 31 December 2024, one row
 *   per item line of a receipt (an item appears once on a receipt, with its quantity); open
 *   Friday to Sunday and bank holiday Mondays, 09:00-17:00 (Sundays 10:00-16:00), every day from
 *   18 to 24 December, closed in January and from Christmas to New Year; eggs from the farm's
 *   own hens (fewer in winter) and ducks (March to September), its vegetables and fruit in their
 *   seasons, Christmas trees and wreaths in December, jam from the farm kitchen, and a few
 *   bought-in lines; prices went up on 1 March 2024): "Receipt No" (BIGINT, 1001-2059, one per
 *   customer's purchase, shared by its lines, in time order; 1,059 receipts: 512 in 2023, 547
 *   in 2024; Saturday 405, Sunday 332, Friday 270), "Date" (DATE, 2023-02-03 to 2024-12-24, 284
 *   trading days; 1,050 lines in 2023, 1,109 in 2024; the name is a type keyword), "Time"
 *   (TIME, 09:00:32-16:58:19; the name is a type keyword), PLU (VARCHAR, the till's product
 *   code, four digits with the leading zero kept, '0101' to '0602', one per item), Item (23,
 *   lines / quantity / £: 'Free range eggs (6)' (0101) 394 / 441 / 1,013, 'Free range eggs
 *   (12)' (0102) 251 / 290 / 1,217.20, 'Duck eggs (6)' (0103) 67 / 86 / 265.20, 'Eggs (tray of
 *   30)' (0104) 66 / 72 / 666.50, 'Potatoes' (0201) 212 lines, 360.44 kg, £450.78, 'Carrots'
 *   (0202) 97, 'Asparagus (bunch)' (0203) 61 / 77, 'Sweetcorn' (0204) 34 / 91, 'Pumpkin'
 *   (0205) 27 / 40, 'Brussels sprouts' (0206) 39, 'Onions' (0207) 107, 'Tomatoes' (0208) 44,
 *   'Courgettes' (0209) 37 / 93, 'Strawberries (punnet)' (0301) 102 / 123 (June and July),
 *   'Raspberries (punnet)' (0302) 37 / 46, 'Apples' (0303) 68, 'Bananas' (0304) 73, 'Whole
 *   milk (2 litre)' (0401) 117 / 164, "Hall's Farmhouse Cheddar (250g)" (0402) 93 / 120,
 *   "Granny Pat's Strawberry Jam" (0501) 76 / 92, 'Local runny honey (jar)' (0502) 72 / 96,
 *   'Christmas tree' (0601) 55 / 61 / 2,235 (41 in 2023, 20 in 2024), 'Holly wreath' (0602) 30
 *   / 32 / 670), Category ('Eggs' 778 lines | 'Vegetables' 658 | 'Fruit' 280 | 'Dairy' 210 |
 *   'Preserves' 148 | 'Christmas' 85), Qty (BIGINT, 1-6, items on the line; 1 on every weighed
 *   line; 2,564 in all), "Weight (kg)" (DOUBLE, 0.20-3.38; 640 filled: loose potatoes, carrots,
 *   sprouts, onions, tomatoes, apples and bananas, sold by the kilo; missing on the 1,519 lines
 *   sold by the item), "Unit Price (£)" (DOUBLE, per item or per kilo, 0.70-40), "Line Total
 *   (£)" (DOUBLE, quantity or weight times the price, 0.24-70; £10,111.74 in all: £5,083.76 in
 *   2023, £5,027.98 in 2024), "Own Produce" (BOOLEAN, from Yes/No; 1,697 Yes: grown, laid or
 *   made on the farm; 462 No: milk, cheese, honey, onions and bananas, bought in), payment_type
 *   ('Card' 1,545 lines on 758 receipts | 'Cash' 614 lines on 301 receipts; a receipt is paid
 *   one way; more card in 2024), servedBy (who served: 'Jan Brook' 815 lines (409 receipts),
 *   'Tom Brook' 524 (248), 'Megan Price' 218 (108), "Ciara O'Hare" 198 (94, from March 2024),
 *   'Lucy Fenwick' 64 (36, June to October 2023); 340 missing (164 receipts): every line before
 *   the till's software update on 1 June 2023, which started recording it). No customers'
 *   names or cards, cost prices, stock or egg production; the honesty box at the gate is not on
 *   the till.
 * - repair_requests.csv (1,467 rows, Elmstead Housing Association (a small housing association
 *   with 240 homes in six schemes): every repair reported 2023-01-01 to 2024-12-31 as exported
 *   on Monday 6 January 2025, one row per job; reported by phone in office hours, the online
 *   form or the out-of-hours line; targets: Emergency within 1 day, Urgent 7, Routine 28; no
 *   heating or hot water is an Emergency from October to April and Urgent in the summer; damp
 *   and mould became Urgent from 1 January 2024 (Routine before); more heating, damp and roof
 *   jobs in winter): "Job Ref" (VARCHAR, 'R' with the two-digit year and a running number,
 *   'R23-0001' to 'R23-0705' and 'R24-0001' to 'R24-0762', unique, in time order), reported_at
 *   (TIMESTAMP; 705 in 2023, 762 in 2024; 243 at weekends, 194 before 08:00 or from 17:00),
 *   "Property Ref" (VARCHAR, the home, four digits with the leading zeros kept, '0001' to
 *   '0240', 236 of them with a job, '0039' 16 the most; 108 missing: communal jobs in the
 *   shared areas of the two blocks of flats), Scheme ('Beacon Terrace' 505 (Victorian terraced
 *   houses, 0001-0060) | 'Mill Lane' 282 (houses, 0061-0110) | "St John's Court" 282 (flats,
 *   0141-0180, with an apostrophe; 59 communal) | 'Harbour View' 217 (flats, 0181-0216; 49
 *   communal) | 'Orchard Close' 123 (bungalows, 0111-0140) | 'Kingfisher Rise' 58 (new-build
 *   houses, 0217-0240)), tenantName (234 people, 14 with an apostrophe such as "O'Connor";
 *   'Bethan Quinn' 15 jobs the most; 217 missing: the 108 communal jobs and 109 jobs on an empty
 *   home between tenancies, void works), Trade ('Plumbing' 310 | 'Carpentry' 268 | 'Heating'
 *   223 | 'Electrical' 208 | 'Damp and mould' 118 | 'Drainage' 116 | 'Plastering' 103 |
 *   'Glazing' 63 | 'Roofing' 58), "Desc" (the fault as logged, 39 kinds, e.g. 'Leaking pipe'
 *   77, 'Dripping tap' 74, 'No hot water' 63, 'Boiler not working' 57, 'Front door lock broken'
 *   56, 'Stairwell lights out' 24 (communal), 'Boiler replacement' 2; the column's name is an SQL
 *   keyword), Priority ('Routine' 737 | 'Urgent' 422 | 'Emergency' 308), "Target Date" (DATE,
 *   the day the job was due: reported day plus 1, 7 or 28 days), Contractor ('In-house' 661 (the
 *   association's own team) | "O'Rourke Heating & Plumbing" 292 | 'Brightwire Electrical' 208 |
 *   'ClearFlow Drains' 116 | 'DryHome Solutions' 69 | 'Clearview Glazing' 63 | 'Coastline
 *   Roofing' 58), Status ('Completed' 1,397 | 'Cancelled' 35 (no access, or withdrawn) | 'Open'
 *   35 (not finished at the export, 7 of them reported before December 2024)), completed_on
 *   (DATE, 2023-01-02 to 2025-01-03; 70 missing: the open and cancelled jobs), "Cost (£)"
 *   (DOUBLE, 35.29-2,683.82 (a boiler replacement); £247,139.03 in all; 70 missing: a cost is
 *   known only once a job is completed), rechargeable (BOOLEAN, from Yes/No; 25 Yes: damage
 *   the tenant caused, recharged to them (carpentry 10, drainage 10, glazing 5)). No
 *   satisfaction, rents, gas safety dates or operatives' names.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AC_TABLE_SOURCES: TableSource[] = [
	{
		name: 'camp_bookings',
		humanName: 'Camp bookings',
		repoDir: 'tests/nl/data/set-ac',
		file: 'camp_bookings.csv',
		format: 'csv'
	},
	{
		name: 'farm_shop_sales',
		humanName: 'Farm shop sales',
		repoDir: 'tests/nl/data/set-ac',
		file: 'farm_shop_sales.csv',
		format: 'csv'
	},
	{
		name: 'repair_requests',
		humanName: 'Repair requests',
		repoDir: 'tests/nl/data/set-ac',
		file: 'repair_requests.csv',
		format: 'csv'
	}
];

export const SET_AC_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ac-camp_bookings-01',
		question: 'how many after school sessions were booked in 2024',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM camp_bookings WHERE session_type = 'After School' AND YEAR("Session Date") = 2024`,
		note: "A session booked is a row; session_type 'After School' with Session Date in 2024 (940)."
	},
	{
		id: 'ac-camp_bookings-02',
		question: 'which kid has been booked in the most',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Child Name" FROM camp_bookings GROUP BY "Child Name" ORDER BY COUNT(*) DESC LIMIT 1',
		note: "A kid is a child; rows per Child Name: Nancy O'Sullivan (264; Willow Kowalczyk 177). Grouping by Child ID gives the same child (00068)."
	},
	{
		id: 'ac-camp_bookings-03',
		question: 'how many different children have been booked in',
		tables: ['camp_bookings'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Child ID") FROM camp_bookings',
		note: 'Distinct Child ID values (109; distinct Child Name gives the same 109).'
	},
	{
		id: 'ac-camp_bookings-04',
		question: 'how many no-shows did we have in 2024',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM camp_bookings WHERE NOT Attended AND YEAR("Session Date") = 2024',
		note: 'A no-show is a booking with Attended = No; Session Date in 2024 (89: 52 after school, 37 holiday). The sessions not yet held (Attended empty) are not no-shows.'
	},
	{
		id: 'ac-camp_bookings-05',
		question: 'what percentage of holiday camp places were HAF funded',
		tables: ['camp_bookings'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FILTER (WHERE payment_method = 'HAF funded') * 1.0 / COUNT(*) FROM camp_bookings WHERE session_type <> 'After School'`,
		isShare: true,
		note: "Holiday camp places are the rows with session_type 'Holiday Full Day' or 'Holiday Half Day' (1,087); payment_method 'HAF funded' among them: 244 (22.4%). Over every booking, after school included, it would be 10.5%."
	},
	{
		id: 'ac-camp_bookings-06',
		question: 'bookings for each group',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'group-by', 'quoting'],
		sql: 'SELECT "Group", COUNT(*) FROM camp_bookings GROUP BY "Group"',
		note: 'Rows per "Group" (a keyword, quoted): Acorns 803, Saplings 897, Oaks 634.'
	},
	{
		id: 'ac-camp_bookings-07',
		question: 'how much did we take in fees for sessions in 2024',
		tables: ['camp_bookings'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Fee (£)") FROM camp_bookings WHERE YEAR("Session Date") = 2024',
		note: 'Fee (£) summed over the rows with Session Date in 2024 (£35,626.10; absences are still charged). By the year of bookedAt it would be £35,552.25.'
	},
	{
		id: 'ac-camp_bookings-08',
		question: 'number of bookings per month in 2024',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Session Date") AS m, COUNT(*) FROM camp_bookings WHERE YEAR("Session Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Session Date in 2024 (12 rows: August 435 the most (the summer camp), January and March 90 the fewest).'
	},
	{
		id: 'ac-camp_bookings-09',
		question: 'top 3 holiday activities by bookings',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Activity, COUNT(*) AS c FROM camp_bookings WHERE Activity IS NOT NULL GROUP BY Activity ORDER BY c DESC LIMIT 3',
		isOrdered: true,
		note: 'Rows per Activity (after school, with no activity, left out), most first: Cooking 115, Movie Day 113, Trip: Farm Park 110 (fourth Drama 108). The activities with their counts; the activities alone is another reading.'
	},
	{
		id: 'ac-camp_bookings-10',
		question: 'how many times were kids picked up after 6pm from after school club',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM camp_bookings WHERE session_type = 'After School' AND "Picked Up" > TIME '18:00:00'`,
		note: "session_type 'After School' with Picked Up later than 18:00 (34). 67 more were picked up at 18:00 exactly, closing time (101 at 18:00 or later)."
	},
	{
		id: 'ac-camp_bookings-11',
		question: 'compare holiday bookings at hilltop and st marys in august 2024',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'group-by', 'time-range', 'fuzzy'],
		sql: `SELECT Venue, COUNT(*) FROM camp_bookings WHERE session_type <> 'After School' AND "Session Date" >= DATE '2024-08-01' AND "Session Date" < DATE '2024-09-01' GROUP BY Venue`,
		note: "Holiday rows (session_type not 'After School'; there is no after school in August anyway) with Session Date in August 2024, per Venue: St Mary's Primary 277, Hilltop Community Centre 158."
	},
	{
		id: 'ac-camp_bookings-12',
		question: 'how many sessions has child 00046 been booked on',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM camp_bookings WHERE "Child ID" = '00046'`,
		note: "Child ID '00046' (text with the leading zeros: Ibrahim O'Neill): 112 rows."
	},
	{
		id: 'ac-camp_bookings-13',
		question: "how many times has nancy o'sullivan been booked in",
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM camp_bookings WHERE "Child Name" = 'Nancy O''Sullivan'`,
		note: "Lower-case value with an apostrophe: Child Name 'Nancy O'Sullivan' (264). Her sister Evie O'Sullivan is another child."
	},
	{
		id: 'ac-camp_bookings-14',
		question: 'how many bookings have no attendance marked yet',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM camp_bookings WHERE Attended IS NULL',
		note: 'Attended empty (192: the sessions from 24 March 2025 on, not yet held at the export). Attended = No (117 absences) is marked.'
	},
	{
		id: 'ac-camp_bookings-15',
		question: 'average fee for a full day at holiday camp in 2025',
		tables: ['camp_bookings'],
		tags: ['avg', 'filter-eq', 'time-year'],
		sql: `SELECT AVG("Fee (£)") FROM camp_bookings WHERE session_type = 'Holiday Full Day' AND YEAR("Session Date") = 2025`,
		note: "Fee (£) averaged over session_type 'Holiday Full Day' with Session Date in 2025 (213 rows, £27.46; the 58 free HAF places count as 0; without them £37.73)."
	},
	{
		id: 'ac-camp_bookings-16',
		question: 'what share of our bookings are for the oaks',
		tables: ['camp_bookings'],
		tags: ['share', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Group" = 'Oaks') * 1.0 / COUNT(*) FROM camp_bookings`,
		isShare: true,
		note: 'Share of rows with "Group" \'Oaks\': 634 of 2,334 (27.2%).'
	},
	{
		id: 'ac-camp_bookings-17',
		question: "bookings since september 2024 that weren't paid by card",
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'filter-negation', 'time-since'],
		sql: `SELECT COUNT(*) FROM camp_bookings WHERE payment_method <> 'Card' AND "Session Date" >= DATE '2024-09-01'`,
		note: "payment_method other than 'Card', Session Date from 1 September 2024 on (762 of 1,051; the free HAF places included)."
	},
	{
		id: 'ac-camp_bookings-18',
		question:
			'show the names and ages of the children booked on the swimming trip on 1 november 2024',
		tables: ['camp_bookings'],
		tags: ['rows-mode', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT "Child Name", Age FROM camp_bookings WHERE Activity = 'Trip: Swimming' AND "Session Date" = DATE '2024-11-01'`,
		note: "Activity 'Trip: Swimming' on Session Date 2024-11-01 (the October half term, Hilltop Community Centre): 16 rows of Child Name and Age (6 to 10)."
	},
	{
		id: 'ac-camp_bookings-19',
		question: 'median number of days ahead that parents book holiday camp',
		tables: ['camp_bookings'],
		tags: ['median', 'metric', 'fuzzy'],
		sql: `SELECT MEDIAN(date_diff('day', CAST(bookedAt AS DATE), "Session Date")) FROM camp_bookings WHERE session_type <> 'After School'`,
		note: "Days from the date of bookedAt to Session Date, median over the 1,087 holiday rows (session_type not 'After School'): 36 days (the mean is 41.7)."
	},
	{
		id: 'ac-camp_bookings-20',
		question: 'which day of the week is busiest at after school club',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain', 'filter-eq'],
		sql: `SELECT DAYNAME("Session Date") FROM camp_bookings WHERE session_type = 'After School' GROUP BY DAYNAME("Session Date") ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows of session_type 'After School' per day of the week of Session Date: Tuesday (355; Thursday 300, Friday 144 the fewest)."
	},
	{
		id: 'ac-camp_bookings-21',
		question: 'how many different acorns were booked on holiday camp in april 2024',
		tables: ['camp_bookings'],
		tags: ['aggregate-distinct', 'filter-eq', 'time-range', 'quoting'],
		sql: `SELECT COUNT(DISTINCT "Child ID") FROM camp_bookings WHERE "Group" = 'Acorns' AND session_type <> 'After School' AND "Session Date" >= DATE '2024-04-01' AND "Session Date" < DATE '2024-05-01'`,
		note: "Acorns are \"Group\" 'Acorns'; holiday rows (session_type not 'After School') with Session Date in April 2024: 12 distinct Child ID (28 bookings)."
	},
	{
		id: 'ac-camp_bookings-22',
		question: 'fee income by payment method',
		tables: ['camp_bookings'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT payment_method, SUM("Fee (£)") FROM camp_bookings GROUP BY payment_method',
		note: 'Fee (£) summed per payment_method (5 rows: Card £16,115 the most, Bank transfer £12,095.95, Tax-Free Childcare £11,112.70, Childcare vouchers £7,082.20, HAF funded £0).'
	},
	{
		id: 'ac-camp_bookings-23',
		question: 'attendance rate at after school club',
		tables: ['camp_bookings'],
		tags: ['share', 'filter-eq', 'filter-missing'],
		sql: `SELECT COUNT(*) FILTER (WHERE Attended) * 1.0 / COUNT(Attended) FROM camp_bookings WHERE session_type = 'After School'`,
		isShare: true,
		note: "session_type 'After School', of the sessions already held (Attended filled, 1,203) the share with Attended = Yes: 1,129 (93.8%). Counting the 44 sessions not yet held as not attended gives 90.5%."
	},
	{
		id: 'ac-camp_bookings-24',
		question: "what's the most children we've had booked on a single day",
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'max', 'group-by'],
		sql: 'SELECT MAX(c) FROM (SELECT "Session Date", COUNT(*) AS c FROM camp_bookings GROUP BY "Session Date")',
		note: "Rows per Session Date, the highest: 29 (13 August 2024, both venues of the summer camp: St Mary's Primary 18, Hilltop 11). A child is booked once a day, so children and bookings agree."
	},
	{
		id: 'ac-camp_bookings-25',
		question: 'how many holiday camp bookings do we have for 7 to 17 april 2025',
		tables: ['camp_bookings'],
		tags: ['aggregate-count', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM camp_bookings WHERE session_type <> 'After School' AND "Session Date" BETWEEN DATE '2025-04-07' AND DATE '2025-04-17'`,
		note: "Holiday rows (session_type not 'After School') with Session Date from 7 to 17 April 2025, the Easter camp, both days included: 148 (57 children)."
	},
	{
		id: 'ac-farm_shop_sales-01',
		question: 'how many boxes of 12 eggs did we sell in 2024',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM farm_shop_sales WHERE Item = 'Free range eggs (12)' AND YEAR("Date") = 2024`,
		note: "Item 'Free range eggs (12)' (PLU 0102), Date in 2024: Qty summed (152 boxes on 130 lines). Counting lines (130) is not counting boxes."
	},
	{
		id: 'ac-farm_shop_sales-02',
		question: 'total takings for 2023',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Line Total (£)") FROM farm_shop_sales WHERE YEAR("Date") = 2023',
		note: 'Takings are Line Total (£) summed over Date in 2023 (£5,083.76).'
	},
	{
		id: 'ac-farm_shop_sales-03',
		question: 'how many customers did we serve in 2024',
		tables: ['farm_shop_sales'],
		tags: ['aggregate-distinct', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Receipt No") FROM farm_shop_sales WHERE YEAR("Date") = 2024',
		note: 'A customer served is a receipt: distinct Receipt No with Date in 2024 (547). Rows are till lines (1,109), not customers.'
	},
	{
		id: 'ac-farm_shop_sales-04',
		question: 'what brings in the most money',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Item FROM farm_shop_sales GROUP BY Item ORDER BY SUM("Line Total (£)") DESC LIMIT 1',
		note: 'Line Total (£) summed per Item: Christmas tree (£2,235; Free range eggs (12) £1,217.20). Per Category it would be Eggs (£3,161.90).'
	},
	{
		id: 'ac-farm_shop_sales-05',
		question: 'sales by category',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Category, SUM("Line Total (£)") FROM farm_shop_sales GROUP BY Category',
		note: 'Line Total (£) summed per Category (6 rows: Eggs £3,161.90 the most, Christmas £2,905, Vegetables £1,436.90, Preserves £1,028.75, Dairy £822.20, Fruit £756.99). Counting lines per category is another reading.'
	},
	{
		id: 'ac-farm_shop_sales-06',
		question: 'egg sales each month in 2024',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM("Line Total (£)") FROM farm_shop_sales WHERE Category = 'Eggs' AND YEAR("Date") = 2024 GROUP BY m`,
		note: "Category 'Eggs', Date in 2024: Line Total (£) summed per calendar month (11 rows, the shop is closed in January: June £217.40 the most, February £64.60 the least). Boxes sold (Qty) per month is another reading."
	},
	{
		id: 'ac-farm_shop_sales-07',
		question: 'what percentage of customers pay cash',
		tables: ['farm_shop_sales'],
		tags: ['share', 'filter-eq', 'aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") FILTER (WHERE payment_type = 'Cash') * 1.0 / COUNT(DISTINCT "Receipt No") FROM farm_shop_sales`,
		isShare: true,
		note: "A customer is a receipt: receipts with payment_type 'Cash' over all receipts, 301 of 1,059 (28.4%; by till lines 614 of 2,159, also 28.4%)."
	},
	{
		id: 'ac-farm_shop_sales-08',
		question: 'average spend per customer',
		tables: ['farm_shop_sales'],
		tags: ['avg', 'metric'],
		sql: 'SELECT SUM("Line Total (£)") / COUNT(DISTINCT "Receipt No") FROM farm_shop_sales',
		note: 'A customer is a receipt: Line Total (£) summed (£10,111.74) over 1,059 receipts, £9.55 a customer. The average line (£4.68) is not a spend per customer.'
	},
	{
		id: 'ac-farm_shop_sales-09',
		question: 'how many kilos of potatoes have we sold',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Weight (kg)") FROM farm_shop_sales WHERE Item = 'Potatoes'`,
		note: "Weight (kg) summed over Item 'Potatoes' (212 lines, 360.44 kg). Qty is 1 on every weighed line, so summing it is not kilos."
	},
	{
		id: 'ac-farm_shop_sales-10',
		question: 'which 5 products end up in the most baskets',
		tables: ['farm_shop_sales'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Item, COUNT(*) AS c FROM farm_shop_sales GROUP BY Item ORDER BY c DESC LIMIT 5',
		isOrdered: true,
		note: 'A basket is a receipt and an item is on a receipt at most once, so rows per Item count baskets (the same as distinct Receipt No), most first: Free range eggs (6) 394, Free range eggs (12) 251, Potatoes 212, Whole milk (2 litre) 117, Onions 107 (sixth Strawberries (punnet) 102). The items with their counts; the items alone is another reading.'
	},
	{
		id: 'ac-farm_shop_sales-11',
		question: 'what share of takings comes from our own produce',
		tables: ['farm_shop_sales'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT SUM("Line Total (£)") FILTER (WHERE "Own Produce") * 1.0 / SUM("Line Total (£)") FROM farm_shop_sales',
		isShare: true,
		note: 'Line Total (£) of the rows with Own Produce = Yes over all Line Total (£): £8,442.91 of £10,111.74 (83.5%). The share of lines (1,697 of 2,159, 78.6%) is not the share of takings.'
	},
	{
		id: 'ac-farm_shop_sales-12',
		question: 'who has served the most customers',
		tables: ['farm_shop_sales'],
		tags: ['aggregate-distinct', 'group-by', 'top-n'],
		sql: 'SELECT servedBy FROM farm_shop_sales GROUP BY servedBy ORDER BY COUNT(DISTINCT "Receipt No") DESC LIMIT 1',
		note: 'Distinct Receipt No per servedBy: Jan Brook (409 receipts; Tom Brook 248; the lines with no server, before June 2023, 164). Counting lines gives the same person (815).'
	},
	{
		id: 'ac-farm_shop_sales-13',
		question: 'how many sales lines have nobody recorded as serving',
		tables: ['farm_shop_sales'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM farm_shop_sales WHERE servedBy IS NULL',
		note: 'servedBy empty (340 lines on 164 receipts: every line before the till started recording it on 1 June 2023).'
	},
	{
		id: 'ac-farm_shop_sales-14',
		question: 'strawberry punnets sold in june 2024',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM farm_shop_sales WHERE Item = 'Strawberries (punnet)' AND "Date" >= DATE '2024-06-01' AND "Date" < DATE '2024-07-01'`,
		note: "Item 'Strawberries (punnet)', Date in June 2024: Qty summed (37 punnets on 29 lines)."
	},
	{
		id: 'ac-farm_shop_sales-15',
		question: "how much did we take in 2024 on things we didn't grow or make ourselves",
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-negation', 'time-year', 'fuzzy'],
		sql: 'SELECT SUM("Line Total (£)") FROM farm_shop_sales WHERE NOT "Own Produce" AND YEAR("Date") = 2024',
		note: 'Things not grown or made on the farm are Own Produce = No (milk, cheese, honey, onions, bananas); Line Total (£) summed over them with Date in 2024 (£833.22).'
	},
	{
		id: 'ac-farm_shop_sales-16',
		question: 'median basket value',
		tables: ['farm_shop_sales'],
		tags: ['median', 'metric', 'synonym'],
		sql: 'SELECT MEDIAN(t) FROM (SELECT "Receipt No", SUM("Line Total (£)") AS t FROM farm_shop_sales GROUP BY "Receipt No")',
		note: "A basket is a receipt: Line Total (£) summed per Receipt No, the median over the 1,059 receipts (£6.11; the mean is £9.55). The median line (£3) is not a basket's value."
	},
	{
		id: 'ac-farm_shop_sales-17',
		question: 'on average how many customers do we get on a sunday',
		tables: ['farm_shop_sales'],
		tags: ['avg', 'metric', 'time-grain'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") * 1.0 / COUNT(DISTINCT "Date") FROM farm_shop_sales WHERE DAYNAME("Date") = 'Sunday'`,
		note: 'Distinct Receipt No on Sundays (332) over the Sundays with a sale (89): 3.73 customers a Sunday.'
	},
	{
		id: 'ac-farm_shop_sales-18',
		question: 'christmas trees sold in 2023 compared with 2024',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq', 'group-by', 'time-grain'],
		sql: `SELECT YEAR("Date") AS y, SUM(Qty) FROM farm_shop_sales WHERE Item = 'Christmas tree' GROUP BY y`,
		note: "Item 'Christmas tree' (PLU 0601), Qty summed per year of Date (2 rows: 2023 41, 2024 20). Lines (35 and 20) or takings (£1,435, £800) are other readings."
	},
	{
		id: 'ac-farm_shop_sales-19',
		question: 'takings in december 2024 leaving out the trees and wreaths',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-negation', 'time-range', 'fuzzy'],
		sql: `SELECT SUM("Line Total (£)") FROM farm_shop_sales WHERE Category <> 'Christmas' AND "Date" >= DATE '2024-12-01' AND "Date" < DATE '2025-01-01'`,
		note: "The trees and wreaths are Category 'Christmas' (Christmas tree, Holly wreath); Line Total (£) summed over the other rows with Date in December 2024 (£376.81)."
	},
	{
		id: 'ac-farm_shop_sales-20',
		question: 'how many different products did we sell in 2023',
		tables: ['farm_shop_sales'],
		tags: ['aggregate-distinct', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Item) FROM farm_shop_sales WHERE YEAR("Date") = 2023',
		note: 'Distinct Item (or PLU) with Date in 2023 (23, every product).'
	},
	{
		id: 'ac-farm_shop_sales-21',
		question: 'how much have we taken on plu 0103',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Line Total (£)") FROM farm_shop_sales WHERE PLU = '0103'`,
		note: "PLU '0103' (text with the leading zero: Duck eggs (6)); Line Total (£) summed (£265.20 on 67 lines)."
	},
	{
		id: 'ac-farm_shop_sales-22',
		question: 'how many customers came in before 10am',
		tables: ['farm_shop_sales'],
		tags: ['aggregate-distinct', 'filter-numeric', 'quoting'],
		sql: `SELECT COUNT(DISTINCT "Receipt No") FROM farm_shop_sales WHERE "Time" < TIME '10:00:00'`,
		note: 'A customer is a receipt; "Time" (a keyword, quoted) before 10:00: 92 receipts (194 lines).'
	},
	{
		id: 'ac-farm_shop_sales-23',
		question: 'card and cash takings for each year',
		tables: ['farm_shop_sales'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT YEAR("Date") AS y, payment_type, SUM("Line Total (£)") FROM farm_shop_sales GROUP BY y, payment_type',
		note: 'Line Total (£) summed per year of Date and payment_type (4 rows: 2023 Card £3,473.46, Cash £1,610.30; 2024 Card £4,021.19, Cash £1,006.79).'
	},
	{
		id: 'ac-farm_shop_sales-24',
		question: "how many jars of granny pat's jam have we sold",
		tables: ['farm_shop_sales'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM farm_shop_sales WHERE Item = 'Granny Pat''s Strawberry Jam'`,
		note: 'Item "Granny Pat\'s Strawberry Jam" (with an apostrophe; PLU 0501): Qty summed, 92 jars on 76 lines.'
	},
	{
		id: 'ac-farm_shop_sales-25',
		question: 'biggest single sale we have had',
		tables: ['farm_shop_sales'],
		tags: ['max', 'metric', 'synonym'],
		sql: 'SELECT MAX(t) FROM (SELECT "Receipt No", SUM("Line Total (£)") AS t FROM farm_shop_sales GROUP BY "Receipt No")',
		note: 'A sale is a receipt: Line Total (£) summed per Receipt No, the highest £101.43 (receipt 1464, 10 December 2023: eggs, apples, a Christmas tree and a wreath). The biggest line is £70 (two Christmas trees).'
	},
	{
		id: 'ac-repair_requests-01',
		question: 'how many repairs were reported in 2024',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM repair_requests WHERE YEAR(reported_at) = 2024',
		note: 'A repair is a job (a row); reported_at in 2024 (762).'
	},
	{
		id: 'ac-repair_requests-02',
		question: 'which scheme has the most repair jobs',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Scheme FROM repair_requests GROUP BY Scheme ORDER BY COUNT(*) DESC LIMIT 1',
		note: "Rows per Scheme: Beacon Terrace (505; Mill Lane and St John's Court 282 each)."
	},
	{
		id: 'ac-repair_requests-03',
		question: 'number of jobs by trade',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Trade, COUNT(*) FROM repair_requests GROUP BY Trade',
		note: 'Rows per Trade (9 rows: Plumbing 310 the most, Roofing 58 the fewest).'
	},
	{
		id: 'ac-repair_requests-04',
		question: 'how many emergencies were reported in 2023',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE Priority = 'Emergency' AND YEAR(reported_at) = 2023`,
		note: "Priority 'Emergency', reported_at in 2023 (160)."
	},
	{
		id: 'ac-repair_requests-05',
		question: 'how much have the repairs reported in 2024 cost us',
		tables: ['repair_requests'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Cost (£)") FROM repair_requests WHERE YEAR(reported_at) = 2024',
		note: 'Cost (£) summed over the jobs with reported_at in 2024 (£130,721.02 on the 708 completed; open and cancelled jobs have no cost). By the year of completed_on it would be £135,271.29.'
	},
	{
		id: 'ac-repair_requests-06',
		question: 'average cost of a heating job',
		tables: ['repair_requests'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Cost (£)") FROM repair_requests WHERE Trade = 'Heating'`,
		note: "Cost (£) averaged over Trade 'Heating' (the jobs with a cost: £178.95)."
	},
	{
		id: 'ac-repair_requests-07',
		question: 'how many jobs are still open',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE Status = 'Open'`,
		note: "Status 'Open' (35). completed_on is also empty on the 35 cancelled jobs, which are not open."
	},
	{
		id: 'ac-repair_requests-08',
		question: 'what percentage of completed jobs missed their target date',
		tables: ['repair_requests'],
		tags: ['share', 'metric', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE completed_on > "Target Date") * 1.0 / COUNT(*) FROM repair_requests WHERE Status = 'Completed'`,
		isShare: true,
		note: "Of the rows with Status 'Completed' (1,397), the share with completed_on after Target Date: 261 (18.7%)."
	},
	{
		id: 'ac-repair_requests-09',
		question: 'median days to fix an emergency',
		tables: ['repair_requests'],
		tags: ['median', 'metric', 'filter-eq'],
		sql: `SELECT MEDIAN(date_diff('day', CAST(reported_at AS DATE), completed_on)) FROM repair_requests WHERE Priority = 'Emergency'`,
		note: "Days from the date of reported_at to completed_on, median over Priority 'Emergency' (all 308 completed): 1 day (the mean is 0.71)."
	},
	{
		id: 'ac-repair_requests-10',
		question: 'damp and mould reports each month in 2024',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', reported_at) AS m, COUNT(*) FROM repair_requests WHERE Trade = 'Damp and mould' AND YEAR(reported_at) = 2024 GROUP BY m`,
		note: "Trade 'Damp and mould', reported_at in 2024: rows per calendar month (12 rows: January and March 12 the most, July and September 2 the fewest; 70 in the year)."
	},
	{
		id: 'ac-repair_requests-11',
		question: "top 3 contractors by what we've paid them, leaving out in-house",
		tables: ['repair_requests'],
		tags: ['sum', 'group-by', 'top-n', 'filter-negation'],
		sql: `SELECT Contractor, SUM("Cost (£)") AS s FROM repair_requests WHERE Contractor <> 'In-house' GROUP BY Contractor ORDER BY s DESC LIMIT 3`,
		isOrdered: true,
		note: "Cost (£) summed per Contractor other than 'In-house', most first: O'Rourke Heating & Plumbing £45,357.72, DryHome Solutions £27,557.64, Brightwire Electrical £26,511.07 (fourth Coastline Roofing £25,358.49). The contractors with their totals; the contractors alone is another reading."
	},
	{
		id: 'ac-repair_requests-12',
		question: 'how many jobs have no property ref',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM repair_requests WHERE "Property Ref" IS NULL',
		note: "Property Ref empty (108: communal jobs in the shared areas of St John's Court (59) and Harbour View (49))."
	},
	{
		id: 'ac-repair_requests-13',
		question: "how many repairs did st john's court have in 2024",
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE Scheme = 'St John''s Court' AND YEAR(reported_at) = 2024`,
		note: "Lower-case value with an apostrophe: Scheme 'St John's Court', reported_at in 2024 (143, communal jobs included)."
	},
	{
		id: 'ac-repair_requests-14',
		question: 'show job ref, tenant and cost for roofing jobs reported in december 2023',
		tables: ['repair_requests'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT "Job Ref", tenantName, "Cost (£)" FROM repair_requests WHERE Trade = 'Roofing' AND reported_at >= TIMESTAMP '2023-12-01 00:00:00' AND reported_at < TIMESTAMP '2024-01-01 00:00:00'`,
		note: "Trade 'Roofing', reported_at in December 2023: 5 rows of Job Ref, tenantName and Cost (£) (R23-0674 to R23-0703; R23-0686 a communal roof leak at St John's Court with no tenant, £730.46)."
	},
	{
		id: 'ac-repair_requests-15',
		question: 'which trade costs the most per job on average',
		tables: ['repair_requests'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT Trade FROM repair_requests GROUP BY Trade ORDER BY AVG("Cost (£)") DESC LIMIT 1',
		note: 'Cost (£) averaged per Trade: Roofing (£469.60; Damp and mould £379.00). The most spent in all (Damp and mould, £42,069.26) is another question.'
	},
	{
		id: 'ac-repair_requests-16',
		question: 'how many jobs were recharged to the tenant',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM repair_requests WHERE rechargeable',
		note: 'Recharged jobs are rechargeable = Yes (25: carpentry 10, drainage 10, glazing 5).'
	},
	{
		id: 'ac-repair_requests-17',
		question: 'how many different homes needed a repair in 2023',
		tables: ['repair_requests'],
		tags: ['aggregate-distinct', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Property Ref") FROM repair_requests WHERE YEAR(reported_at) = 2023',
		note: 'A home is a Property Ref: distinct values with reported_at in 2023 (214 of the 240 homes; communal jobs, with no property, not counted).'
	},
	{
		id: 'ac-repair_requests-18',
		question: 'cancelled jobs by scheme',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq', 'group-by'],
		sql: `SELECT Scheme, COUNT(*) FROM repair_requests WHERE Status = 'Cancelled' GROUP BY Scheme`,
		note: "Status 'Cancelled', rows per Scheme (6 rows: Beacon Terrace 10, St John's Court 8, Mill Lane 6, Harbour View 5, Orchard Close 4, Kingfisher Rise 2; 35 in all)."
	},
	{
		id: 'ac-repair_requests-19',
		question: 'boiler breakdowns reported from october to december 2024',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE "Desc" = 'Boiler not working' AND reported_at >= TIMESTAMP '2024-10-01 00:00:00' AND reported_at < TIMESTAMP '2025-01-01 00:00:00'`,
		note: 'A boiler breakdown is "Desc" (a keyword, quoted) \'Boiler not working\'; reported_at from 1 October to 31 December 2024 (10). Counted; listing them is another reading.'
	},
	{
		id: 'ac-repair_requests-20',
		question: 'how many repairs has property 0047 had',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE "Property Ref" = '0047'`,
		note: "Property Ref '0047' (text with the leading zeros, in Beacon Terrace): 6 jobs."
	},
	{
		id: 'ac-repair_requests-21',
		question: "jobs in 2024 that weren't routine",
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-negation', 'time-year'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE Priority <> 'Routine' AND YEAR(reported_at) = 2024`,
		note: "Priority other than 'Routine' (Emergency 148, Urgent 231), reported_at in 2024: 379 of 762."
	},
	{
		id: 'ac-repair_requests-22',
		question: 'average cost of in-house jobs compared with contractors',
		tables: ['repair_requests'],
		tags: ['avg', 'group-by', 'metric'],
		sql: `SELECT CASE WHEN Contractor = 'In-house' THEN 'In-house' ELSE 'Contractor' END AS who, AVG("Cost (£)") FROM repair_requests GROUP BY who`,
		note: "Cost (£) averaged over Contractor 'In-house' (£150.92) and over every other contractor together (£198.00): two rows. An average per contractor (7 rows) is another reading."
	},
	{
		id: 'ac-repair_requests-23',
		question: 'plumbing or drainage jobs in 2023',
		tables: ['repair_requests'],
		tags: ['aggregate-count', 'filter-list', 'time-year'],
		sql: `SELECT COUNT(*) FROM repair_requests WHERE Trade IN ('Plumbing', 'Drainage') AND YEAR(reported_at) = 2023`,
		note: "Trade 'Plumbing' or 'Drainage', reported_at in 2023: one count (203); a count per trade (Plumbing 148, Drainage 55) is another reading."
	},
	{
		id: 'ac-repair_requests-24',
		question: 'what share of repairs get reported at the weekend',
		tables: ['repair_requests'],
		tags: ['share', 'time-grain', 'fuzzy'],
		sql: 'SELECT COUNT(*) FILTER (WHERE DAYOFWEEK(reported_at) IN (0, 6)) * 1.0 / COUNT(*) FROM repair_requests',
		isShare: true,
		note: 'Share of rows with reported_at on a Saturday or Sunday: 243 of 1,467 (16.6%).'
	},
	{
		id: 'ac-repair_requests-25',
		question: 'how much did the most expensive repair cost',
		tables: ['repair_requests'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Cost (£)") FROM repair_requests',
		note: 'The highest Cost (£): £2,683.82 (a boiler replacement). The job (a row) is another reading; the amount is asked for.'
	},
	{
		id: 'ac-refuse-01',
		question: 'how many of the kids have a nut allergy',
		tables: ['camp_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No allergies, medical or dietary details are recorded; only the child's name, ID, age and group."
	},
	{
		id: 'ac-refuse-02',
		question: 'which member of staff ran the most sessions',
		tables: ['camp_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No staff are recorded on a booking; only the venue and the day's activity."
	},
	{
		id: 'ac-refuse-03',
		question: 'how much did the farm park trips cost us',
		tables: ['camp_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Fee (£) is what parents are charged; what a trip or an activity cost the club is not recorded.'
	},
	{
		id: 'ac-refuse-04',
		question: 'how many eggs did the hens lay in 2024',
		tables: ['farm_shop_sales'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only eggs sold through the till are recorded; no egg collection, flock or wastage records (and the honesty box at the gate is not on the till).'
	},
	{
		id: 'ac-refuse-05',
		question: 'which customers come back most often',
		tables: ['farm_shop_sales'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A receipt has no customer name, card or loyalty number; repeat visits cannot be told apart.'
	},
	{
		id: 'ac-refuse-06',
		question: 'what profit do we make on the cheese',
		tables: ['farm_shop_sales'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only selling prices; what the shop pays for bought-in lines such as the cheese is not recorded.'
	},
	{
		id: 'ac-refuse-07',
		question: 'how satisfied are tenants with their repairs',
		tables: ['repair_requests'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No satisfaction surveys, ratings or complaints are recorded.'
	},
	{
		id: 'ac-refuse-08',
		question: 'how much rent do the beacon terrace tenants owe',
		tables: ['repair_requests'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No rents, payments or arrears; only repair jobs and what they cost the association (rechargeable says only that a job is recharged).'
	},
	{
		id: 'ac-refuse-09',
		question: 'which homes are overdue their gas safety check',
		tables: ['repair_requests'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Gas safety check dates are not recorded; 'Annual gas service follow-up' jobs are repairs after a service, not the services themselves."
	}
];
