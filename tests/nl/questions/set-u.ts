import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set U: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were written
 * without reading or running the engine. The tables are synthetic but plausible, written by a
 * seeded, deterministic generator kept beside them (tests/nl/data/set-u/generate.mjs, mulberry32
 * from tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`). Columns as
 * imported:
 * - ev_charging_sessions.csv (2,083 rows, Greenway Charge (a small community-owned EV charging
 *   network in a market town): every charging session 2022-01-02 to 2024-12-30, from the back
 *   office's export, one row per session): session_id (BIGINT, 880101-882183, in start order),
 *   chargerId (31 chargers named by site, e.g. 'HSC-01', 'NRP-03', 'KPR-08'), "Site Name"
 *   ('Harbour Street Car Park' | 'Riverside Leisure Centre' | 'Market Square' | 'Northgate Retail
 *   Park' | 'Station Road' | 'Kingsway Park & Ride' (the park and ride, opened June 2023)),
 *   connector ('Type 2' (7 kW posts) | 'CCS' | 'CHAdeMO' (rapid chargers; Nissans and
 *   Mitsubishis use CHAdeMO)), "Start Time" (TIMESTAMP, plugged in), end_time (TIMESTAMP,
 *   unplugged: the session runs 1-713 minutes, idle time after charging included), kwh (DOUBLE,
 *   energy delivered, 0-63.88; 0 on 14 sessions stopped by a fault), "Cost (£)" (DOUBLE, the
 *   energy charge, 0-45.14, kWh x the tariff of the year and charger, less for members; idle fees
 *   not included), Member (BOOLEAN, from Yes/No: a member of the network's scheme; 854),
 *   "Vehicle Make" (13 makes: 'Tesla', 'Kia', 'Volkswagen', 'Nissan', 'Hyundai', 'MG', 'Skoda',
 *   'Renault', 'BMW', 'Audi', 'Vauxhall', 'Polestar', 'Mitsubishi'; 134 missing: not identified),
 *   idleFee (DOUBLE, £, the overstay fee for staying plugged in after charging finished, 0-20,
 *   mostly 0; 647 missing: the fee began on 2023-06-01 and is blank before), fault_code
 *   ('COMMS_LOST' | 'EV_REJECTED' | 'OVERTEMP' | 'EMERGENCY_STOP' | 'GROUND_FAULT' when the session
 *   ended on a fault; 2,015 missing: no fault).
 * - bakery_waste_log.csv (2,356 rows, Crumb & Co. (a high-street bakery with three branches):
 *   the weekly end-of-day count, 2023-01-03 to 2024-12-20; each branch counts on one day a week
 *   (Monday-Saturday, a different day each week), one row per product baked that day): log_date
 *   (DATE), Branch ('High Street' | 'Station Parade' | 'Market Hall' (opened September 2023)),
 *   Product (14: 'White Bloomer', 'Sourdough', 'Wholemeal Tin', 'Seeded Rye', 'Baguette' (Bread);
 *   'Croissant', 'Pain au Chocolat', 'Cinnamon Bun', 'Sausage Roll', 'Mince Pie' (Pastry, November
 *   and December only); 'Lemon Drizzle', 'Chocolate Brownie', 'Carrot Cake', 'Stollen' (Cake,
 *   December only); not every branch sells every product: Lemon Drizzle, Carrot Cake, Seeded Rye
 *   and Stollen only at High Street), Category ('Bread' | 'Pastry' | 'Cake'), baked_qty (BIGINT,
 *   5-73), "Sold Qty" (BIGINT, 4-71), wasteQty (BIGINT, items left unsold at close = baked_qty -
 *   "Sold Qty", 0-16; 84 missing: not counted), pri (DOUBLE, the unit price in £, 1.50-4.85; up
 *   about 8% from March 2024), Donated (BOOLEAN, from Yes/No: that day's leftovers went to the food
 *   bank (collections on Tuesdays and Fridays from May 2023) rather than the bin; 608), Baker (the
 *   baker's initials: 'JM' (bread), 'AK' (bread, some pastry), 'PT' (pastry), 'SO' (pastry, some cake), 'RB'
 *   (cake); 70 missing).
 * - volunteer_shifts.csv (2,027 rows, Brookside Volunteer Centre: shifts worked by its volunteers
 *   2022-04-01 to 2024-12-31, from the rota system, one row per shift): shift_id (e.g.
 *   'VS-00001', in date order), "Volunteer Name" (103 volunteers, e.g. 'Margaret Williams',
 *   "Dennis O'Brien"), ageBand ('16-24' | '25-34' | '35-49' | '50-64' | '65-74' | '75+'), Role
 *   ('Warehouse' | 'Driver' | 'Reception' | 'Kitchen' | 'Shop Assistant' | 'Gardener' |
 *   'Befriender'), project ('Food Bank' | 'Community Café' | 'Charity Shop' | 'Meals on Wheels' |
 *   'Community Garden' | 'Befriending'), "Shift Date" (DATE), hrs (DOUBLE, hours worked, 1-6 in
 *   quarter hours), "Travel (miles)" (DOUBLE, the round trip, drivers' rounds included, 0-40.5),
 *   "Mileage Claimed" (BOOLEAN, from Yes/No; 940), first_shift (BOOLEAN, from Yes/No: the
 *   volunteer's first shift, for the 64 who joined after the rota system went live), "Feedback
 *   Score" (BIGINT, the volunteer's own 1-5 rating of the shift, 2-5 given; 858 missing: no reply).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_U_TABLE_SOURCES: TableSource[] = [
	{
		name: 'ev_charging_sessions',
		humanName: 'EV charging sessions',
		repoDir: 'tests/nl/data/set-u',
		file: 'ev_charging_sessions.csv',
		format: 'csv'
	},
	{
		name: 'bakery_waste_log',
		humanName: 'Bakery waste log',
		repoDir: 'tests/nl/data/set-u',
		file: 'bakery_waste_log.csv',
		format: 'csv'
	},
	{
		name: 'volunteer_shifts',
		humanName: 'Volunteer shifts',
		repoDir: 'tests/nl/data/set-u',
		file: 'volunteer_shifts.csv',
		format: 'csv'
	}
];

export const SET_U_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- EV charging sessions
	{
		id: 'u-ev_charging_sessions-01',
		question: 'how many charging sessions in 2023',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM ev_charging_sessions WHERE YEAR("Start Time") = 2023',
		note: 'Sessions starting in 2023 (683).'
	},
	{
		id: 'u-ev_charging_sessions-02',
		question: 'total kwh delivered',
		tables: ['ev_charging_sessions'],
		tags: ['sum'],
		sql: 'SELECT SUM(kwh) FROM ev_charging_sessions',
		note: 'kwh added up over every session (45,186.91 kWh).'
	},
	{
		id: 'u-ev_charging_sessions-03',
		question: 'which site is busiest',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Site Name" FROM ev_charging_sessions GROUP BY "Site Name" ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Busiest by number of sessions: Northgate Retail Park (483) ahead of Harbour Street Car Park (475); it also delivered the most energy.'
	},
	{
		id: 'u-ev_charging_sessions-04',
		question: 'average cost of a charge for members',
		tables: ['ev_charging_sessions'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: 'SELECT AVG("Cost (£)") FROM ev_charging_sessions WHERE Member',
		note: "Mean Cost (£) of the members' sessions (£10.02); Cost (£) is the energy charge, idle fees not included (with them, £11.23, is another reading)."
	},
	{
		id: 'u-ev_charging_sessions-05',
		question: 'energy delivered per month',
		tables: ['ev_charging_sessions'],
		tags: ['sum', 'time-grain', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Start Time") AS m, SUM(kwh) FROM ev_charging_sessions GROUP BY m`,
		note: 'Energy delivered is kwh: its sum per calendar month of the start time (36 months).'
	},
	{
		id: 'u-ev_charging_sessions-06',
		question: 'how many sessions had a fault',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM ev_charging_sessions WHERE fault_code IS NOT NULL',
		note: 'A fault is a fault_code present (68 sessions); blank means no fault.'
	},
	{
		id: 'u-ev_charging_sessions-07',
		question: 'sessions by connector type',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT connector, COUNT(*) FROM ev_charging_sessions GROUP BY connector',
		note: "Sessions per connector: 'Type 2' 1,289, 'CCS' 692, 'CHAdeMO' 102."
	},
	{
		id: 'u-ev_charging_sessions-08',
		question: 'top 5 car brands using our chargers',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Vehicle Make", COUNT(*) AS n FROM ev_charging_sessions WHERE "Vehicle Make" IS NOT NULL GROUP BY "Vehicle Make" ORDER BY n DESC LIMIT 5',
		isOrdered: true,
		note: 'Car brands are Vehicle Make, by number of sessions, unidentified cars (blank) left out: Tesla 262, Kia 244, Volkswagen 211, Nissan 209, Hyundai 190.'
	},
	{
		id: 'u-ev_charging_sessions-09',
		question: 'how many teslas charged at northgate',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ev_charging_sessions WHERE "Vehicle Make" = 'Tesla' AND "Site Name" = 'Northgate Retail Park'`,
		note: "How many sessions: Vehicle Make 'Tesla' at 'Northgate Retail Park' (64)."
	},
	{
		id: 'u-ev_charging_sessions-10',
		question: 'median kwh per session on chademo',
		tables: ['ev_charging_sessions'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(kwh) FROM ev_charging_sessions WHERE connector = 'CHAdeMO'`,
		note: "Median kwh of connector 'CHAdeMO' (15.685 kWh)."
	},
	{
		id: 'u-ev_charging_sessions-11',
		question: 'total overstay fees collected',
		tables: ['ev_charging_sessions'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(idleFee) FROM ev_charging_sessions',
		note: 'Overstay fees are the idleFee column: £2,346.27 in all (charged from June 2023; blank before).'
	},
	{
		id: 'u-ev_charging_sessions-12',
		question: 'what % of sessions are by members',
		tables: ['ev_charging_sessions'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Member) * 1.0 / COUNT(*) FROM ev_charging_sessions',
		isShare: true,
		note: 'Share of sessions with Member = Yes: 854 of 2,083 (41%).'
	},
	{
		id: 'u-ev_charging_sessions-13',
		question: 'average session length in minutes',
		tables: ['ev_charging_sessions'],
		tags: ['avg', 'metric'],
		sql: 'SELECT AVG(EPOCH(end_time - "Start Time") / 60) FROM ev_charging_sessions',
		note: 'Minutes from Start Time to end_time (plugged in to unplugged), averaged over all sessions: 141.1 minutes.'
	},
	{
		id: 'u-ev_charging_sessions-14',
		question: 'sessions over 50 kwh',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM ev_charging_sessions WHERE kwh > 50',
		note: 'kwh strictly over 50 (51 sessions).'
	},
	{
		id: 'u-ev_charging_sessions-15',
		question: 'how many different chargers got used',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT chargerId) FROM ev_charging_sessions',
		note: 'Distinct chargerId (31).'
	},
	{
		id: 'u-ev_charging_sessions-16',
		question: 'revenue by site in 2024',
		tables: ['ev_charging_sessions'],
		tags: ['sum', 'group-by', 'time-year', 'synonym'],
		sql: 'SELECT "Site Name", SUM("Cost (£)") FROM ev_charging_sessions WHERE YEAR("Start Time") = 2024 GROUP BY "Site Name"',
		note: 'Revenue is Cost (£), the energy charges, per Site Name for sessions starting in 2024 (Northgate Retail Park £3,991.22 the most); adding idleFee is another reading.'
	},
	{
		id: 'u-ev_charging_sessions-17',
		question: 'kwh per year by connector',
		tables: ['ev_charging_sessions'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: 'SELECT YEAR("Start Time") AS y, connector, SUM(kwh) FROM ev_charging_sessions GROUP BY y, connector',
		note: 'Sum of kwh per calendar year and connector (3 years x 3 connectors, 9 rows).'
	},
	{
		id: 'u-ev_charging_sessions-18',
		question: 'sessions at the park and ride since july 2024',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ev_charging_sessions WHERE "Site Name" = 'Kingsway Park & Ride' AND "Start Time" >= TIMESTAMP '2024-07-01 00:00:00'`,
		note: "The park and ride is 'Kingsway Park & Ride': sessions starting from 1 July 2024 on (104)."
	},
	{
		id: 'u-ev_charging_sessions-19',
		question: 'most expensive charge',
		tables: ['ev_charging_sessions'],
		tags: ['max'],
		sql: 'SELECT MAX("Cost (£)") FROM ev_charging_sessions',
		note: 'The largest Cost (£) of a session: £45.14. The session itself (a row) is another reading; the value is asked for.'
	},
	{
		id: 'u-ev_charging_sessions-20',
		question: 'what time of day do most people plug in',
		tables: ['ev_charging_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain', 'synonym'],
		sql: 'SELECT HOUR("Start Time") AS h FROM ev_charging_sessions GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Plugging in is the Start Time: the hour of the day with the most session starts, 11 (11:00-11:59, 172) ahead of 12 (164).'
	},
	{
		id: 'u-ev_charging_sessions-21',
		question: 'list the faulty sessions in 2024 with site, charger and fault code',
		tables: ['ev_charging_sessions'],
		tags: ['rows-mode', 'filter-missing', 'time-year'],
		sql: 'SELECT "Site Name", chargerId, fault_code FROM ev_charging_sessions WHERE fault_code IS NOT NULL AND YEAR("Start Time") = 2024',
		note: 'Sessions starting in 2024 with a fault_code: 29 rows of Site Name, chargerId, fault_code.'
	},
	{
		id: 'u-ev_charging_sessions-22',
		question: 'avg kwh per charge not on type 2',
		tables: ['ev_charging_sessions'],
		tags: ['avg', 'filter-negation'],
		sql: `SELECT AVG(kwh) FROM ev_charging_sessions WHERE connector <> 'Type 2'`,
		note: "Mean kwh of sessions whose connector is not 'Type 2' (the rapid CCS and CHAdeMO ones): 28.44 kWh."
	},
	{
		id: 'u-ev_charging_sessions-23',
		question: 'how much did we take from april to june 2023',
		tables: ['ev_charging_sessions'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM("Cost (£)") FROM ev_charging_sessions WHERE "Start Time" >= TIMESTAMP '2023-04-01 00:00:00' AND "Start Time" < TIMESTAMP '2023-07-01 00:00:00'`,
		note: 'What we took is Cost (£), the energy charges, for sessions starting 1 April to 30 June 2023 (£2,070.31); with idle fees, £2,174.68, is another reading.'
	},

	// ---------------------------------------------------------------- bakery waste log
	{
		id: 'u-bakery_waste_log-01',
		question: 'how much bread did we waste in 2024',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(wasteQty) FROM bakery_waste_log WHERE Category = 'Bread' AND YEAR(log_date) = 2024`,
		note: "Waste is wasteQty: its sum for Category 'Bread' counted in 2024 (1,571 items), donated leftovers included."
	},
	{
		id: 'u-bakery_waste_log-02',
		question: 'total croissants sold',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Sold Qty") FROM bakery_waste_log WHERE Product = 'Croissant'`,
		note: "Sold Qty of Product 'Croissant' added up (9,459)."
	},
	{
		id: 'u-bakery_waste_log-03',
		question: 'which product do we waste the most of',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Product FROM bakery_waste_log GROUP BY Product ORDER BY SUM(wasteQty) DESC LIMIT 1',
		note: 'By wasteQty summed per product: Croissant (1,190) ahead of White Bloomer (930). By share of what is baked (Stollen, Carrot Cake) is another reading.'
	},
	{
		id: 'u-bakery_waste_log-04',
		question: 'what % of what we bake gets sold at each branch',
		tables: ['bakery_waste_log'],
		tags: ['share', 'group-by', 'metric'],
		sql: 'SELECT Branch, SUM("Sold Qty") * 1.0 / SUM(baked_qty) FROM bakery_waste_log GROUP BY Branch',
		isShare: true,
		note: 'Sold Qty over baked_qty per Branch: High Street 86.1%, Station Parade 88.3%, Market Hall 87.3%.'
	},
	{
		id: 'u-bakery_waste_log-05',
		question: 'average price of cakes',
		tables: ['bakery_waste_log'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(pri) FROM bakery_waste_log WHERE Category = 'Cake'`,
		note: "Mean pri over the rows of Category 'Cake' (£2.87)."
	},
	{
		id: 'u-bakery_waste_log-06',
		question: 'waste per month',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', log_date) AS m, SUM(wasteQty) FROM bakery_waste_log GROUP BY m`,
		note: 'Sum of wasteQty per calendar month of log_date (24 months).'
	},
	{
		id: 'u-bakery_waste_log-07',
		question: 'on how many days did leftovers go to the food bank',
		tables: ['bakery_waste_log'],
		tags: ['aggregate-distinct', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT log_date) FROM bakery_waste_log WHERE Donated',
		note: 'Distinct log_date with Donated = Yes (71 days); counting branch-days (80) is another reading.'
	},
	{
		id: 'u-bakery_waste_log-08',
		question: 'top 3 pastries by number sold',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'group-by', 'top-n', 'filter-eq', 'fuzzy'],
		sql: `SELECT Product, SUM("Sold Qty") AS sold FROM bakery_waste_log WHERE Category = 'Pastry' GROUP BY Product ORDER BY sold DESC LIMIT 3`,
		isOrdered: true,
		note: "By Sold Qty of Category 'Pastry' products: Croissant 9,459, Sausage Roll 8,873, Pain au Chocolat 5,946."
	},
	{
		id: 'u-bakery_waste_log-09',
		question: 'how many sourdoughs baked at market hall',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(baked_qty) FROM bakery_waste_log WHERE Product = 'Sourdough' AND Branch = 'Market Hall'`,
		note: "baked_qty of Product 'Sourdough' at Branch 'Market Hall' added up (745)."
	},
	{
		id: 'u-bakery_waste_log-10',
		question: 'median waste for baguettes',
		tables: ['bakery_waste_log'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(wasteQty) FROM bakery_waste_log WHERE Product = 'Baguette'`,
		note: "Median wasteQty of Product 'Baguette' (4)."
	},
	{
		id: 'u-bakery_waste_log-11',
		question: 'how many entries are missing the waste figure',
		tables: ['bakery_waste_log'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM bakery_waste_log WHERE wasteQty IS NULL',
		note: 'wasteQty missing (84 rows).'
	},
	{
		id: 'u-bakery_waste_log-12',
		question: 'how many diffrent products do we make',
		tables: ['bakery_waste_log'],
		tags: ['aggregate-distinct', 'fuzzy'],
		sql: 'SELECT COUNT(DISTINCT Product) FROM bakery_waste_log',
		note: "'diffrent' is a typo; distinct Product (14)."
	},
	{
		id: 'u-bakery_waste_log-13',
		question: 'sales revenue by category',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'group-by', 'metric'],
		sql: 'SELECT Category, SUM("Sold Qty" * pri) FROM bakery_waste_log GROUP BY Category',
		note: 'Sales revenue is Sold Qty x pri, summed per Category: Bread £60,863.55, Pastry £62,185.70, Cake £14,273.35.'
	},
	{
		id: 'u-bakery_waste_log-14',
		question: 'days with more than 10 sausage rolls left over',
		tables: ['bakery_waste_log'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM bakery_waste_log WHERE Product = 'Sausage Roll' AND wasteQty > 10`,
		note: "How many counts: Product 'Sausage Roll' with wasteQty over 10 (4)."
	},
	{
		id: 'u-bakery_waste_log-15',
		question: 'what does JM bake the most of',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'group-by', 'top-n', 'filter-eq'],
		sql: `SELECT Product FROM bakery_waste_log WHERE Baker = 'JM' GROUP BY Product ORDER BY SUM(baked_qty) DESC LIMIT 1`,
		note: "Baker 'JM': the product with the most baked_qty, White Bloomer (4,585) ahead of Sourdough (3,711)."
	},
	{
		id: 'u-bakery_waste_log-16',
		question: 'waste by branch and category',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'multi-group'],
		sql: 'SELECT Branch, Category, SUM(wasteQty) FROM bakery_waste_log GROUP BY Branch, Category',
		note: 'Sum of wasteQty per Branch and Category (9 rows).'
	},
	{
		id: 'u-bakery_waste_log-17',
		question: 'most expensive item we sell',
		tables: ['bakery_waste_log'],
		tags: ['max', 'synonym'],
		sql: 'SELECT Product FROM bakery_waste_log ORDER BY pri DESC LIMIT 1',
		note: 'The Product with the highest pri: Sourdough (£4.85 from March 2024); the price itself is another reading.'
	},
	{
		id: 'u-bakery_waste_log-18',
		question: 'mince pies wasted in dec 2024',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT SUM(wasteQty) FROM bakery_waste_log WHERE Product = 'Mince Pie' AND log_date >= DATE '2024-12-01' AND log_date < DATE '2025-01-01'`,
		note: "wasteQty of Product 'Mince Pie' counted in December 2024 (60)."
	},
	{
		id: 'u-bakery_waste_log-19',
		question:
			'list the days since october 2024 when 5 or more lemon drizzles were left, date and qty',
		tables: ['bakery_waste_log'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric', 'time-since', 'fuzzy'],
		sql: `SELECT log_date, wasteQty FROM bakery_waste_log WHERE Product = 'Lemon Drizzle' AND wasteQty >= 5 AND log_date >= DATE '2024-10-01'`,
		note: "Product 'Lemon Drizzle' with wasteQty 5 or more, log_date from 1 October 2024 on: 5 rows of log_date and wasteQty."
	},
	{
		id: 'u-bakery_waste_log-20',
		question: 'average baked qty for everything except bread',
		tables: ['bakery_waste_log'],
		tags: ['avg', 'filter-negation'],
		sql: `SELECT AVG(baked_qty) FROM bakery_waste_log WHERE Category <> 'Bread'`,
		note: "Mean baked_qty over rows whose Category is not 'Bread' (28.93)."
	},
	{
		id: 'u-bakery_waste_log-21',
		question: 'pastry and cake waste at station parade in 2023',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'filter-list', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(wasteQty) FROM bakery_waste_log WHERE Category IN ('Pastry', 'Cake') AND Branch = 'Station Parade' AND YEAR(log_date) = 2023`,
		note: "wasteQty of Category 'Pastry' or 'Cake' at Branch 'Station Parade' counted in 2023 (592)."
	},
	{
		id: 'u-bakery_waste_log-22',
		question: 'how much bread did we bin in our latest year',
		tables: ['bakery_waste_log'],
		tags: ['sum', 'filter-eq', 'filter-negation', 'time-year', 'synonym'],
		sql: `SELECT SUM(wasteQty) FROM bakery_waste_log WHERE Category = 'Bread' AND NOT Donated AND YEAR(log_date) = (SELECT MAX(YEAR(log_date)) FROM bakery_waste_log)`,
		note: "Binned is left over and not donated (Donated = No); the latest year in the log is 2024 (not relative to today): 943 items of 'Bread'. All bread waste (1,571) is another reading."
	},

	// ---------------------------------------------------------------- volunteer shifts
	{
		id: 'u-volunteer_shifts-01',
		question: 'how many shifts in 2023',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM volunteer_shifts WHERE YEAR("Shift Date") = 2023',
		note: 'Shifts dated in 2023 (738).'
	},
	{
		id: 'u-volunteer_shifts-02',
		question: 'total volunteer hours',
		tables: ['volunteer_shifts'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(hrs) FROM volunteer_shifts',
		note: 'Volunteer hours are hrs: 6,699.25 in all.'
	},
	{
		id: 'u-volunteer_shifts-03',
		question: 'who has put in the most hours',
		tables: ['volunteer_shifts'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Volunteer Name" FROM volunteer_shifts GROUP BY "Volunteer Name" ORDER BY SUM(hrs) DESC LIMIT 1',
		note: 'By hrs summed per Volunteer Name: Margaret Williams (258.25) ahead of Keith Williams (255.5).'
	},
	{
		id: 'u-volunteer_shifts-04',
		question: 'hours per project',
		tables: ['volunteer_shifts'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT project, SUM(hrs) FROM volunteer_shifts GROUP BY project',
		note: 'Sum of hrs per project.'
	},
	{
		id: 'u-volunteer_shifts-05',
		question: 'avg feedback score at the foodbank',
		tables: ['volunteer_shifts'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Feedback Score") FROM volunteer_shifts WHERE project = 'Food Bank'`,
		note: "'foodbank' is project 'Food Bank': mean Feedback Score of its shifts that were scored (4.19)."
	},
	{
		id: 'u-volunteer_shifts-06',
		question: 'how many volunteers do we have',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Volunteer Name") FROM volunteer_shifts',
		note: 'Distinct Volunteer Name (103): everyone who worked a shift in the period.'
	},
	{
		id: 'u-volunteer_shifts-07',
		question: 'how many new volunteers started in 2024',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM volunteer_shifts WHERE first_shift AND YEAR("Shift Date") = 2024',
		note: 'A new volunteer starts with their first_shift: first shifts dated in 2024 (21).'
	},
	{
		id: 'u-volunteer_shifts-08',
		question: 'shifts with no feedback',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM volunteer_shifts WHERE "Feedback Score" IS NULL',
		note: 'Feedback Score missing (858).'
	},
	{
		id: 'u-volunteer_shifts-09',
		question: 'total miles driven on meals on wheels',
		tables: ['volunteer_shifts'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Travel (miles)") FROM volunteer_shifts WHERE project = 'Meals on Wheels'`,
		note: "Travel (miles) of project 'Meals on Wheels' added up (8,774.7 miles); every shift there is a driver's."
	},
	{
		id: 'u-volunteer_shifts-10',
		question: 'what percentage of shifts claimed mileage',
		tables: ['volunteer_shifts'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Mileage Claimed") * 1.0 / COUNT(*) FROM volunteer_shifts',
		isShare: true,
		note: 'Share of shifts with Mileage Claimed = Yes: 940 of 2,027 (46.4%).'
	},
	{
		id: 'u-volunteer_shifts-11',
		question: 'shifts per month',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Shift Date") AS m, COUNT(*) FROM volunteer_shifts GROUP BY m`,
		note: 'Shifts per calendar month of Shift Date (33 months).'
	},
	{
		id: 'u-volunteer_shifts-12',
		question: 'shortest shift anyone has done',
		tables: ['volunteer_shifts'],
		tags: ['min', 'synonym'],
		sql: 'SELECT MIN(hrs) FROM volunteer_shifts',
		note: 'The smallest hrs: 1 hour (37 shifts). The shift itself (a row) is another reading; the length is asked for.'
	},
	{
		id: 'u-volunteer_shifts-13',
		question: 'shifts by age group',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT ageBand, COUNT(*) FROM volunteer_shifts GROUP BY ageBand',
		note: 'Age group is ageBand: shifts per band (6 bands).'
	},
	{
		id: 'u-volunteer_shifts-14',
		question: 'how many shifts were done by over 65s',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'filter-list', 'synonym'],
		sql: `SELECT COUNT(*) FROM volunteer_shifts WHERE ageBand IN ('65-74', '75+')`,
		note: "Over 65s are ageBand '65-74' and '75+' (899 shifts)."
	},
	{
		id: 'u-volunteer_shifts-15',
		question: 'top 3 roles by hours',
		tables: ['volunteer_shifts'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Role, SUM(hrs) AS h FROM volunteer_shifts GROUP BY Role ORDER BY h DESC LIMIT 3',
		isOrdered: true,
		note: 'By hrs summed per Role: Shop Assistant 1,841.5, Driver 1,416.75, Kitchen 1,090.5.'
	},
	{
		id: 'u-volunteer_shifts-16',
		question: 'shifts longer then 5 hours',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM volunteer_shifts WHERE hrs > 5',
		note: "'then' is a typo for 'than': hrs strictly over 5 (148 shifts)."
	},
	{
		id: 'u-volunteer_shifts-17',
		question: 'how many people have helped at the charity shop since sept 2024',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-distinct', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Volunteer Name") FROM volunteer_shifts WHERE project = 'Charity Shop' AND "Shift Date" >= DATE '2024-09-01'`,
		note: "People are distinct Volunteer Name with a shift at project 'Charity Shop' from 1 September 2024 on (24)."
	},
	{
		id: 'u-volunteer_shifts-18',
		question: 'average feedback by project and year',
		tables: ['volunteer_shifts'],
		tags: ['avg', 'multi-group', 'time-grain'],
		sql: 'SELECT project, YEAR("Shift Date") AS y, AVG("Feedback Score") FROM volunteer_shifts GROUP BY project, y',
		note: 'Mean Feedback Score per project and calendar year (6 projects x 3 years, 18 rows).'
	},
	{
		id: 'u-volunteer_shifts-19',
		question: 'list shifts rated 2 with name, date and project',
		tables: ['volunteer_shifts'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: 'SELECT "Volunteer Name", "Shift Date", project FROM volunteer_shifts WHERE "Feedback Score" = 2',
		note: 'Feedback Score 2: 13 rows of Volunteer Name, Shift Date, project.'
	},
	{
		id: 'u-volunteer_shifts-20',
		question: 'hours outside the food bank',
		tables: ['volunteer_shifts'],
		tags: ['sum', 'filter-negation'],
		sql: `SELECT SUM(hrs) FROM volunteer_shifts WHERE project <> 'Food Bank'`,
		note: "Sum of hrs where project is not 'Food Bank' (5,568.25)."
	},
	{
		id: 'u-volunteer_shifts-21',
		question: 'which project gets the lowest feedback',
		tables: ['volunteer_shifts'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: 'SELECT project FROM volunteer_shifts GROUP BY project ORDER BY AVG("Feedback Score") ASC LIMIT 1',
		note: 'By mean Feedback Score of the scored shifts: Community Garden (4.02) lowest, then Food Bank (4.19).'
	},
	{
		id: 'u-volunteer_shifts-22',
		question: 'cafe shifts between june and august 2023',
		tables: ['volunteer_shifts'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM volunteer_shifts WHERE project = 'Community Café' AND "Shift Date" >= DATE '2023-06-01' AND "Shift Date" < DATE '2023-09-01'`,
		note: "The cafe is project 'Community Café': shifts dated 1 June to 31 August 2023 (30)."
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'u-refuse-01',
		question: 'what battery % do cars usually arrive with',
		tables: ['ev_charging_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No state of charge is recorded; only the energy delivered per session.'
	},
	{
		id: 'u-refuse-02',
		question: 'which charger is going to break down next',
		tables: ['ev_charging_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction; the export only has fault codes of past sessions, up to December 2024.'
	},
	{
		id: 'u-refuse-03',
		question: 'which site do drivers rate the best',
		tables: ['ev_charging_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ratings or reviews of the sites; only sessions, energy and costs.'
	},
	{
		id: 'u-refuse-04',
		question: 'how much flour do we get through a week',
		tables: ['bakery_waste_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ingredients in the log; only items baked, sold and left over.'
	},
	{
		id: 'u-refuse-05',
		question: 'whats our profit margin on croissants',
		tables: ['bakery_waste_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only selling prices (pri); no ingredient or labour costs, so no margin.'
	},
	{
		id: 'u-refuse-06',
		question: 'how many croissants should we bake next saturday',
		tables: ['bakery_waste_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast for a future day; the log ends in December 2024.'
	},
	{
		id: 'u-refuse-07',
		question: 'phone numbers of the garden volunteers',
		tables: ['volunteer_shifts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No contact details; only names, age bands and shifts.'
	},
	{
		id: 'u-refuse-08',
		question: 'how many meals did meals on wheels deliver',
		tables: ['volunteer_shifts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No meals or deliveries are counted; only the volunteers' shifts, hours and miles on the project."
	}
];
