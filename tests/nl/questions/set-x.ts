import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set X: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-x/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - dog_walks.csv (2,146 rows, Wag & Wander (a small dog-walking business): every walk
 *   2023-01-03 to 2024-12-31 from its booking app, one row per dog per walk; walks Monday to
 *   Saturday, few on Saturdays): walk_id (BIGINT, 5001-7146, in time order), "Dog Name" (24
 *   dogs, e.g. 'Biscuit', 'Teddy', 'Archie', 'Milo', 'Luna'), breed (20, e.g. 'Cockapoo',
 *   'Cavapoo', 'Labrador', 'Springer Spaniel'; three dogs are Labradors), owner (20, e.g.
 *   'Helen Carter', 'Raj Patel', 'Laura Chen', 'Gary Doyle'; four own two dogs), Walker (5:
 *   'Marcus Bell' 615, 'Jess Hartley' 519, 'Aisha Khan' 501 (from March 2023), 'Tom Reilly'
 *   400 (to August 2024), 'Nina Kowalski' 111 (from September 2024)), walkDate (DATE),
 *   "Start Time" (TIME, from 'HH:MM', 08:00-14:45), duration_mins (BIGINT, the booked length:
 *   30 | 45 | 60 | 90), "Walk Type" ('Solo' 1,284 | 'Group' 862; group walks are 60 or 90
 *   minutes in the big parks), route (6: 'Riverside Path', 'Ashton Court', 'The Downs', 'Local
 *   Streets', 'Leigh Woods', 'Canal Towpath'), "Price (£)" (DOUBLE, 12.00-25.00: by type and
 *   length, £1 more from 2024, £3 more on Saturdays), Paid (BOOLEAN, from Yes/No: invoiced
 *   monthly; 108 unpaid, 60 of them December 2024 and 26 Gary Doyle's), notes (free text,
 *   mostly empty; 198 with a note, e.g. 'very muddy, towelled off', 'pulled on lead',
 *   'rolled in fox poo').
 * - climbing_members.csv (1,202 rows, Crux Climbing Centre's member register as exported on
 *   31 December 2024, one row per member who joined 2022-01-04 to 2024-12-29; cancelled
 *   members keep their row): member_no (BIGINT, 10001-11202, in order of joining), "Full
 *   Name" (unique, e.g. 'Ryan Bennett'), "Join Date" (DATE), membershipType ('Monthly' 450 |
 *   'Student' 325 | 'Junior' 163 (under 18) | 'Off-Peak' 153 | 'Annual' 111), Age (BIGINT,
 *   8-67), home_area (8: 'University Quarter', 'Northfield', 'Riverside', 'Old Town', 'Castle
 *   Hill', 'Out of town', 'Westbrook', 'Hilltop'; 48 missing), visits_ytd (BIGINT, check-ins
 *   in 2024, 0-212), "Last Visit" (DATE, 2022-02-07 to 2024-12-31; 43 missing: never came),
 *   "Belay Certified" (BOOLEAN, from Yes/No; 728), "Monthly Fee (£)" (DOUBLE, 25.00-49.00, the
 *   rate at joining; an annual membership as its monthly equivalent), emergency_contact (name
 *   and phone, e.g. 'Arthur Morris 07700 900442'; 106 missing), status ('Active' 711 |
 *   'Cancelled' 468 | 'Frozen' 23 (paused)).
 * - work_orders.csv (1,353 rows, Hollins Packaging (a plastic-bag factory running day and
 *   night): every maintenance work order raised 2022-01-03 to 2024-12-30, from the maintenance
 *   system as exported at 16:00 on 31 December 2024, one row per order): "WO Number" (e.g.
 *   'WO-20001', in time order), machine (13: 'Extruder 1', 'Extruder 2', 'Printer P1', 'Printer
 *   P2', 'Bag Maker 1', 'Bag Maker 2', 'Bag Maker 3', 'Slitter', 'Air Compressor', 'Chiller',
 *   'Forklift 3', 'Forklift 4', 'Palletiser'), Area (the machine's: 'Extrusion' | 'Print' |
 *   'Conversion' | 'Utilities' | 'Warehouse'), faultType ('Mechanical' | 'Electrical' |
 *   'Sensor' | 'Pneumatic' | 'Software' | 'Hydraulic'), pri (the priority: 'Urgent' 126 |
 *   'High' 326 | 'Medium' 570 | 'Low' 331), "Reported At" (TIMESTAMP), completed_at
 *   (TIMESTAMP; 16 missing: not done yet), "Downtime (hrs)" (DOUBLE, hours the machine stood
 *   still, 0.0-29.3, 0 for most; 16 missing), labour_hrs (DOUBLE, 0.3-20.0; 16 missing),
 *   parts_cost_gbp (DOUBLE, £, 0.00-2,079.22; 0 when no parts were used, 606), Technician (5:
 *   'Dave Okoro', 'Sean Whitaker', 'Priya Desai', 'Gareth Hughes' (to November 2023), 'Liam
 *   Fletcher' (from May 2023); 5 missing: not assigned yet), Status ('Closed' 1,337 | 'In
 *   Progress' 11 | 'Open' 5), "Safety Issue" (BOOLEAN, from Yes/No; 85).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_X_TABLE_SOURCES: TableSource[] = [
	{
		name: 'dog_walks',
		humanName: 'Dog walks',
		repoDir: 'tests/nl/data/set-x',
		file: 'dog_walks.csv',
		format: 'csv'
	},
	{
		name: 'climbing_members',
		humanName: 'Climbing members',
		repoDir: 'tests/nl/data/set-x',
		file: 'climbing_members.csv',
		format: 'csv'
	},
	{
		name: 'work_orders',
		humanName: 'Work orders',
		repoDir: 'tests/nl/data/set-x',
		file: 'work_orders.csv',
		format: 'csv'
	}
];

export const SET_X_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- dog walks
	{
		id: 'x-dog_walks-01',
		question: 'how many walks did we do in 2024',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM dog_walks WHERE YEAR(walkDate) = 2024',
		note: 'Rows with a walkDate in 2024 (1,240).'
	},
	{
		id: 'x-dog_walks-02',
		question: 'total takings',
		tables: ['dog_walks'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Price (£)") FROM dog_walks',
		note: 'Takings are Price (£) added up over every walk (£35,590), paid or not; only the paid walks is a narrower reading.'
	},
	{
		id: 'x-dog_walks-03',
		question: 'which walker does the most walks',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Walker FROM dog_walks GROUP BY Walker ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per Walker: Marcus Bell (615).'
	},
	{
		id: 'x-dog_walks-04',
		question: 'average walk length',
		tables: ['dog_walks'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(duration_mins) FROM dog_walks',
		note: 'Length is duration_mins, averaged over every walk (59.8 minutes).'
	},
	{
		id: 'x-dog_walks-05',
		question: 'how many walks has biscuit had',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dog_walks WHERE "Dog Name" = 'Biscuit'`,
		note: "Lower-case value: Dog Name 'Biscuit' (216)."
	},
	{
		id: 'x-dog_walks-06',
		question: 'walks by route',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT route, COUNT(*) FROM dog_walks GROUP BY route',
		note: 'Rows per route (6 rows, Riverside Path 511 the most).'
	},
	{
		id: 'x-dog_walks-07',
		question: 'how much does raj patel owe us',
		tables: ['dog_walks'],
		tags: ['sum', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT SUM("Price (£)") FROM dog_walks WHERE owner = 'Raj Patel' AND NOT Paid`,
		note: "Owed is Price (£) of the walks not paid (Paid = No) for owner 'Raj Patel': £105 over 7 walks."
	},
	{
		id: 'x-dog_walks-08',
		question: "show gary doyle's unpaid walks with date and price",
		tables: ['dog_walks'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy'],
		sql: `SELECT walkDate, "Price (£)" FROM dog_walks WHERE owner = 'Gary Doyle' AND NOT Paid`,
		note: "owner 'Gary Doyle', Paid = No: 26 rows of walkDate and Price (£) (all his dog Milo)."
	},
	{
		id: 'x-dog_walks-09',
		question: 'group walks per month',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', walkDate) AS m, COUNT(*) FROM dog_walks WHERE "Walk Type" = 'Group' GROUP BY m`,
		note: "Walk Type 'Group', counted per calendar month of walkDate (24 months)."
	},
	{
		id: 'x-dog_walks-10',
		question: 'top 5 dogs by number of walks',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT "Dog Name", COUNT(*) AS n FROM dog_walks GROUP BY "Dog Name" ORDER BY n DESC LIMIT 5',
		isOrdered: true,
		note: 'Rows per Dog Name: Teddy 269, Archie 234, Biscuit 216, Milo 140, Luna 138 (no tie at fifth: Bruno and Scout 133).'
	},
	{
		id: 'x-dog_walks-11',
		question: 'revenue by walker and year',
		tables: ['dog_walks'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: 'SELECT Walker, YEAR(walkDate) AS y, SUM("Price (£)") FROM dog_walks GROUP BY Walker, y',
		note: 'Price (£) summed per Walker and year of walkDate (9 rows: Nina Kowalski only in 2024).'
	},
	{
		id: 'x-dog_walks-12',
		question: 'what % of walks are group walks',
		tables: ['dog_walks'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Walk Type" = 'Group') * 1.0 / COUNT(*) FROM dog_walks`,
		isShare: true,
		note: "Share of rows with Walk Type 'Group': 862 of 2,146 (40.2%)."
	},
	{
		id: 'x-dog_walks-13',
		question: 'how many different dogs have we walked',
		tables: ['dog_walks'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Dog Name") FROM dog_walks',
		note: 'Distinct Dog Name values (24).'
	},
	{
		id: 'x-dog_walks-14',
		question: 'walks longer than an hour',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM dog_walks WHERE duration_mins > 60',
		note: 'duration_mins above 60 (479, all 90-minute walks). Counted; listing the rows is another reading.'
	},
	{
		id: 'x-dog_walks-15',
		question: 'how many walks at leigh woods since july 2024',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dog_walks WHERE route = 'Leigh Woods' AND walkDate >= DATE '2024-07-01'`,
		note: "route 'Leigh Woods', from 1 July 2024 (101)."
	},
	{
		id: 'x-dog_walks-16',
		question: 'median price of a solo walk',
		tables: ['dog_walks'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Price (£)") FROM dog_walks WHERE "Walk Type" = 'Solo'`,
		note: "Median Price (£) over Walk Type 'Solo' (£18)."
	},
	{
		id: 'x-dog_walks-17',
		question: 'how many walks mention mud in the notes',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM dog_walks WHERE notes ILIKE '%mud%'`,
		note: "notes containing 'mud' (34, all 'very muddy, towelled off')."
	},
	{
		id: 'x-dog_walks-18',
		question: 'how many walks for labradors in 2023',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dog_walks WHERE breed = 'Labrador' AND YEAR(walkDate) = 2023`,
		note: "Plural, lower-case value: breed 'Labrador', walked in 2023 (106; the Labradors are Luna, Maple and Skye)."
	},
	{
		id: 'x-dog_walks-19',
		question: 'walks starting before 9am',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM dog_walks WHERE "Start Time" < TIME '09:00:00'`,
		note: 'Start Time before 09:00 (191, all 08:00-08:45). Counted; listing them is another reading.'
	},
	{
		id: 'x-dog_walks-20',
		question: 'walks by aisha between march and may 2024',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dog_walks WHERE Walker = 'Aisha Khan' AND walkDate BETWEEN DATE '2024-03-01' AND DATE '2024-05-31'`,
		note: "aisha is Walker 'Aisha Khan'; 1 March to 31 May 2024, May included (71). Counted; listing them is another reading."
	},
	{
		id: 'x-dog_walks-21',
		question: 'avg price per walk type',
		tables: ['dog_walks'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT "Walk Type", AVG("Price (£)") FROM dog_walks GROUP BY "Walk Type"',
		note: 'Price (£) averaged per Walk Type (Group £16.72, Solo £16.50: group walks are cheaper for the time but mostly longer).'
	},
	{
		id: 'x-dog_walks-22',
		question: 'which owner spends the most with us',
		tables: ['dog_walks'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT owner FROM dog_walks GROUP BY owner ORDER BY SUM("Price (£)") DESC LIMIT 1',
		note: 'Price (£) summed per owner: Helen Carter (two dogs, Biscuit and Bonnie).'
	},
	{
		id: 'x-dog_walks-23',
		question: 'how many walks have no notes',
		tables: ['dog_walks'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM dog_walks WHERE notes IS NULL',
		note: 'notes empty (1,948 of 2,146).'
	},

	// ---------------------------------------------------------------- climbing members
	{
		id: 'x-climbing_members-01',
		question: 'how many members joined in 2023',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM climbing_members WHERE YEAR("Join Date") = 2023',
		note: 'Join Date in 2023 (425).'
	},
	{
		id: 'x-climbing_members-02',
		question: 'how many active members do we have',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM climbing_members WHERE status = 'Active'`,
		note: "status 'Active' (711). Counting the Frozen (paused) members too is another reading (734)."
	},
	{
		id: 'x-climbing_members-03',
		question: 'members by membership type',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT membershipType, COUNT(*) FROM climbing_members GROUP BY membershipType',
		note: 'Rows per membershipType (5 rows, Monthly 450 the most), every status.'
	},
	{
		id: 'x-climbing_members-04',
		question: 'how many students',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM climbing_members WHERE membershipType = 'Student'`,
		note: "Plural, lower-case value: membershipType 'Student' (325), cancelled ones included; only the active students (159) is another reading."
	},
	{
		id: 'x-climbing_members-05',
		question: 'monthly fee income from active members',
		tables: ['climbing_members'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Monthly Fee (£)") FROM climbing_members WHERE status = 'Active'`,
		note: "Monthly Fee (£) added up over status 'Active' (£28,079); Frozen members are taken not to pay while paused."
	},
	{
		id: 'x-climbing_members-06',
		question: 'which active members have no emergency contact',
		tables: ['climbing_members'],
		tags: ['rows-mode', 'filter-missing', 'filter-eq'],
		sql: `SELECT "Full Name" FROM climbing_members WHERE status = 'Active' AND emergency_contact IS NULL`,
		note: "status 'Active' and no emergency_contact: 55 rows of Full Name."
	},
	{
		id: 'x-climbing_members-07',
		question: 'how many members are belay certified',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM climbing_members WHERE "Belay Certified"',
		note: 'Belay Certified = Yes (728), every status.'
	},
	{
		id: 'x-climbing_members-08',
		question: 'what % of juniors are belay certified',
		tables: ['climbing_members'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Belay Certified") * 1.0 / COUNT(*) FROM climbing_members WHERE membershipType = 'Junior'`,
		isShare: true,
		note: "Of membershipType 'Junior' (plural, lower case), the share with Belay Certified = Yes: 23 of 163 (14.1%)."
	},
	{
		id: 'x-climbing_members-09',
		question: 'which area do most members live in',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT home_area FROM climbing_members GROUP BY home_area ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per home_area: University Quarter (320).'
	},
	{
		id: 'x-climbing_members-10',
		question: 'new joiners per month',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'time-grain', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Join Date") AS m, COUNT(*) FROM climbing_members GROUP BY m`,
		note: 'Rows per calendar month of Join Date (36 months; peaks each January and September-October).'
	},
	{
		id: 'x-climbing_members-11',
		question: 'avg visits by membership type',
		tables: ['climbing_members'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT membershipType, AVG(visits_ytd) FROM climbing_members GROUP BY membershipType',
		note: 'Visits are visits_ytd (check-ins in 2024), averaged per membershipType over every member (5 rows, Annual 55.8 the most).'
	},
	{
		id: 'x-climbing_members-12',
		question: 'top 5 members by visits',
		tables: ['climbing_members'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT "Full Name", visits_ytd FROM climbing_members ORDER BY visits_ytd DESC LIMIT 5',
		isOrdered: true,
		note: 'Full Name and visits_ytd, highest first: Ryan Bennett 212, Freya Hall 190, Eilidh Webb 179, Callum Hall 176, Nadia Rowe 175.'
	},
	{
		id: 'x-climbing_members-13',
		question: 'median age of off peak members',
		tables: ['climbing_members'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(Age) FROM climbing_members WHERE membershipType = 'Off-Peak'`,
		note: "off peak is membershipType 'Off-Peak' (45)."
	},
	{
		id: 'x-climbing_members-14',
		question: 'cancellations by membership type',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'synonym'],
		sql: `SELECT membershipType, COUNT(*) FROM climbing_members WHERE status = 'Cancelled' GROUP BY membershipType`,
		note: "status 'Cancelled', counted per membershipType (5 rows, Monthly 174 and Student 162 the most). The share cancelled per type is another reading."
	},
	{
		id: 'x-climbing_members-15',
		question: 'how many joined between jan and march 2024',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM climbing_members WHERE "Join Date" BETWEEN DATE '2024-01-01' AND DATE '2024-03-31'`,
		note: 'Join Date from 1 January to 31 March 2024, March included (132).'
	},
	{
		id: 'x-climbing_members-16',
		question: 'members joined since september 2024',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM climbing_members WHERE "Join Date" >= DATE '2024-09-01'`,
		note: 'Join Date from 1 September 2024 (159). Counted; listing them is another reading.'
	},
	{
		id: 'x-climbing_members-17',
		question: 'how many members have never visited',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM climbing_members WHERE "Last Visit" IS NULL',
		note: 'No Last Visit (43). visits_ytd = 0 is a different question (no visit in 2024).'
	},
	{
		id: 'x-climbing_members-18',
		question: 'total visits by area',
		tables: ['climbing_members'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT home_area, SUM(visits_ytd) FROM climbing_members GROUP BY home_area',
		note: 'visits_ytd summed per home_area (9 rows: the 8 areas and the members with no area; University Quarter 12,590 the most).'
	},
	{
		id: 'x-climbing_members-19',
		question: 'what % of members have cancelled',
		tables: ['climbing_members'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE status = 'Cancelled') * 1.0 / COUNT(*) FROM climbing_members`,
		isShare: true,
		note: "Share of rows with status 'Cancelled': 468 of 1,202 (38.9%)."
	},
	{
		id: 'x-climbing_members-20',
		question: 'how many members under 25 arent students',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'filter-negation', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM climbing_members WHERE Age < 25 AND membershipType <> 'Student'`,
		note: "Age below 25 and membershipType not 'Student' (254: 163 Junior and 91 adults on other memberships)."
	},
	{
		id: 'x-climbing_members-21',
		question: 'list frozen members with their last visit',
		tables: ['climbing_members'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT "Full Name", "Last Visit" FROM climbing_members WHERE status = 'Frozen'`,
		note: "status 'Frozen': 23 rows of Full Name and Last Visit."
	},
	{
		id: 'x-climbing_members-22',
		question: 'members who joined in 2022 and are still active',
		tables: ['climbing_members'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM climbing_members WHERE YEAR("Join Date") = 2022 AND status = 'Active'`,
		note: "Join Date in 2022 and status 'Active' (136). Counted; listing them is another reading."
	},

	// ---------------------------------------------------------------- work orders
	{
		id: 'x-work_orders-01',
		question: 'how many work orders in 2023',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM work_orders WHERE YEAR("Reported At") = 2023',
		note: 'Orders with Reported At in 2023 (431).'
	},
	{
		id: 'x-work_orders-02',
		question: 'total downtime hours',
		tables: ['work_orders'],
		tags: ['sum'],
		sql: 'SELECT SUM("Downtime (hrs)") FROM work_orders',
		note: 'Downtime (hrs) added up over every order (1,267.1 hours; open orders have none recorded yet).'
	},
	{
		id: 'x-work_orders-03',
		question: 'which machine breaks down the most',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT machine FROM work_orders GROUP BY machine ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most work orders per machine: Extruder 1 (186, Bag Maker 1 180). Most downtime gives Extruder 1 as well; only orders with downtime is another reading.'
	},
	{
		id: 'x-work_orders-04',
		question: 'how many jobs havent been completed yet',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM work_orders WHERE completed_at IS NULL',
		note: "No completed_at (16); Status not 'Closed' gives the same 16 (11 In Progress, 5 Open)."
	},
	{
		id: 'x-work_orders-05',
		question: 'show in progress jobs - wo number, machine and technician',
		tables: ['work_orders'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT "WO Number", machine, Technician FROM work_orders WHERE Status = 'In Progress'`,
		note: "Status 'In Progress': 11 rows of WO Number, machine, Technician."
	},
	{
		id: 'x-work_orders-06',
		question: 'parts spend by machine',
		tables: ['work_orders'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT machine, SUM(parts_cost_gbp) FROM work_orders GROUP BY machine',
		note: 'Parts spend is parts_cost_gbp, summed per machine (13 rows, Extruder 1 £37,976 the most).'
	},
	{
		id: 'x-work_orders-07',
		question: 'average hours to fix an urgent job',
		tables: ['work_orders'],
		tags: ['avg', 'filter-eq', 'metric'],
		sql: `SELECT AVG(EPOCH(completed_at - "Reported At")) / 3600 FROM work_orders WHERE pri = 'Urgent'`,
		note: "Hours from Reported At to completed_at, averaged over pri 'Urgent' (3.6 hours; all urgent orders are closed). Downtime (hrs) averaged is another reading (3.1)."
	},
	{
		id: 'x-work_orders-08',
		question: 'how many safety issues',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM work_orders WHERE "Safety Issue"',
		note: 'Safety Issue = Yes (85).'
	},
	{
		id: 'x-work_orders-09',
		question: 'work orders per month',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Reported At") AS m, COUNT(*) FROM work_orders GROUP BY m`,
		note: 'Rows per calendar month of Reported At (36 months).'
	},
	{
		id: 'x-work_orders-10',
		question: 'top 3 machines by downtime',
		tables: ['work_orders'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT machine, SUM("Downtime (hrs)") AS d FROM work_orders GROUP BY machine ORDER BY d DESC LIMIT 3',
		isOrdered: true,
		note: 'Downtime (hrs) summed per machine: Extruder 1 187.7, Bag Maker 1 149.4, Bag Maker 2 126.9.'
	},
	{
		id: 'x-work_orders-11',
		question: 'how many high priority jobs in 2024',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM work_orders WHERE pri = 'High' AND YEAR("Reported At") = 2024`,
		note: "Priority is pri; pri 'High', reported in 2024 (122). High and Urgent together is another reading."
	},
	{
		id: 'x-work_orders-12',
		question: 'electrical faults by technician',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'fuzzy'],
		sql: `SELECT Technician, COUNT(*) FROM work_orders WHERE faultType = 'Electrical' GROUP BY Technician`,
		note: "faultType 'Electrical', counted per Technician (5 rows, Priya Desai 105 the most)."
	},
	{
		id: 'x-work_orders-13',
		question: 'median labour hours',
		tables: ['work_orders'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(labour_hrs) FROM work_orders',
		note: 'Median labour_hrs over the orders that have one (2.1).'
	},
	{
		id: 'x-work_orders-14',
		question: 'jobs with parts over £500',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM work_orders WHERE parts_cost_gbp > 500',
		note: 'parts_cost_gbp above 500 (91). Counted; listing them is another reading.'
	},
	{
		id: 'x-work_orders-15',
		question: 'how many jobs has priya done since march 2024',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM work_orders WHERE Technician = 'Priya Desai' AND "Reported At" >= TIMESTAMP '2024-03-01 00:00:00'`,
		note: "priya is Technician 'Priya Desai'; orders reported from 1 March 2024 (79, 3 of them still in progress). Only her closed ones (76), or by completed_at, are other readings."
	},
	{
		id: 'x-work_orders-16',
		question: 'downtime by area and year',
		tables: ['work_orders'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT Area, YEAR("Reported At") AS y, SUM("Downtime (hrs)") FROM work_orders GROUP BY Area, y',
		note: 'Downtime (hrs) summed per Area and year of Reported At (15 rows).'
	},
	{
		id: 'x-work_orders-17',
		question: 'what share of jobs needed no parts',
		tables: ['work_orders'],
		tags: ['share', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FILTER (WHERE parts_cost_gbp = 0) * 1.0 / COUNT(*) FROM work_orders',
		isShare: true,
		note: 'Share of rows with parts_cost_gbp = 0: 606 of 1,353 (44.8%).'
	},
	{
		id: 'x-work_orders-18',
		question: 'hydraulic and pneumatic faults in 2022',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-list', 'time-year'],
		sql: `SELECT COUNT(*) FROM work_orders WHERE faultType IN ('Hydraulic', 'Pneumatic') AND YEAR("Reported At") = 2022`,
		note: "One count over faultType 'Hydraulic' or 'Pneumatic', reported in 2022 (76); one count each is another reading."
	},
	{
		id: 'x-work_orders-19',
		question: 'biggest parts bill',
		tables: ['work_orders'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(parts_cost_gbp) FROM work_orders',
		note: 'The highest parts_cost_gbp: £2,079.22. The order (a row) is another reading; the amount is asked for.'
	},
	{
		id: 'x-work_orders-20',
		question: 'chiller breakdowns summer 2024',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM work_orders WHERE machine = 'Chiller' AND "Reported At" >= TIMESTAMP '2024-06-01 00:00:00' AND "Reported At" < TIMESTAMP '2024-09-01 00:00:00'`,
		note: "machine 'Chiller', reported June to August 2024 (19). Counted; listing them is another reading."
	},
	{
		id: 'x-work_orders-21',
		question: 'safety jobs that werent urgent',
		tables: ['work_orders'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM work_orders WHERE "Safety Issue" AND pri <> 'Urgent'`,
		note: "Safety Issue = Yes and pri not 'Urgent' (51). Counted; listing them is another reading."
	},
	{
		id: 'x-work_orders-22',
		question: 'labour hours per technician in 2023',
		tables: ['work_orders'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT Technician, SUM(labour_hrs) FROM work_orders WHERE YEAR("Reported At") = 2023 GROUP BY Technician',
		note: 'labour_hrs summed per Technician over orders reported in 2023 (5 rows).'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'x-refuse-01',
		question: 'how many miles did we walk in 2024',
		tables: ['dog_walks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No distance column; only the booked length in minutes and the route name.'
	},
	{
		id: 'x-refuse-02',
		question: 'which walker do owners rate highest',
		tables: ['dog_walks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ratings or feedback; the notes are the walkers’ own remarks.'
	},
	{
		id: 'x-refuse-03',
		question: 'how many walks will we do next year',
		tables: ['dog_walks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast; the walks end in December 2024.'
	},
	{
		id: 'x-refuse-04',
		question: 'what grade do most members climb',
		tables: ['climbing_members'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No climbing grade or ability column; only belay certification.'
	},
	{
		id: 'x-refuse-05',
		question: 'which members are going to cancel',
		tables: ['climbing_members'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction about members’ future decisions, not something the register records.'
	},
	{
		id: 'x-refuse-06',
		question: 'how many visits did members make in 2022',
		tables: ['climbing_members'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'visits_ytd counts 2024 only and Last Visit is one date per member; there is no visit history for 2022.'
	},
	{
		id: 'x-refuse-07',
		question: 'how much production did we lose to breakdowns',
		tables: ['work_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No output, production or value figures; only hours of downtime.'
	},
	{
		id: 'x-refuse-08',
		question: 'when will extruder 1 break down next',
		tables: ['work_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction of a future breakdown; the orders end in December 2024.'
	}
];
