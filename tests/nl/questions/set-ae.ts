import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AE: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ae/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - grooming_appointments.csv (2,308 rows, The Dapper Dog (a one-room dog grooming salon in a
 *   small market town): every appointment booked for 3 January 2023 to 31 December 2024, as
 *   exported at closing time on 31 December 2024, one row per appointment of one dog for one
 *   service; Tuesday to Saturday, closed on bank holidays and from Christmas Eve to 2 January;
 *   quiet in January and February, busiest in May and in November; prices went up on
 *   1 January 2024; from 1 July 2023 a £10 deposit is asked for when booking (after too many
 *   no-shows), never for a nail clip, and some regulars are let off): booking_id (BIGINT,
 *   7001-9308, unique, in time order), appointment_time (TIMESTAMP, 2023-01-03 08:30 to
 *   2024-12-21 14:00, on the hour or half hour: 08:30, 11:00 and 14:00, or 09:00 and 13:00 for
 *   the apprentice; 1,151 in 2023, 1,157 in 2024; Wednesday 513 the most, Friday 413 the
 *   fewest), "Dog ID" (VARCHAR, the dog's card number, four digits with the leading zeros kept,
 *   '0001' to '0594', 586 dogs; '0258' (Poppy, a cockapoo) and '0272' 11 bookings the most),
 *   "Dog Name" (50 names shared by many dogs: 'Bruno' 21 dogs, 'Luna' 19, 'Poppy' 18), Owner
 *   (546 households, a few with two or three dogs; 31 names with an apostrophe such as "Freya
 *   O'Connor" (two dogs); 'Lily Mensah' 17 bookings the most), Breed (26: 'Cockapoo' 360
 *   bookings (92 dogs), 'Labrador Retriever' 194, 'Shih Tzu' 144, 'Cocker Spaniel' 140,
 *   'Labradoodle' 131, 'Cavapoo' 110, … 'Old English Sheepdog' 10), Size (from the breed: 'Small'
 *   908 | 'Medium' 804 | 'Large' 536 | 'Giant' 60 (Newfoundland, Bernese Mountain Dog, Old
 *   English Sheepdog; mostly Kirsty and Tom)), Groomer ('Kirsty Hall' 1,153 (the owner) |
 *   'Megan Price' 709 (Tuesday to Thursday) | 'Tom Ashworth' 291 (Fridays and Saturdays from
 *   6 October 2023) | 'Chloe Dunne' 155 (the apprentice, slower, until 26 August 2023)), Service
 *   ('Full Groom' 1,059 | 'Bath & Brush' 690 | 'Nail Clip' 217 | 'De-shed Treatment' 165 (double
 *   coats, mostly in spring) | 'Hand Strip' 94 (wire coats) | 'Puppy Intro' 83 (a puppy's first
 *   visit)), "Price (£)" (DOUBLE, the price of the service booked for the dog's size, 10-89: a
 *   full groom £45/55/68/85 by size in 2023 and £4 more in 2024, a nail clip £10 then £12, a
 *   puppy intro £25 then £28; a no-show's price is what was booked, nothing was paid but any
 *   deposit; £106,119 booked in all, £101,758 for the dogs that came), durationMins (BIGINT,
 *   minutes the groom took, 10-210 in fives, median 95; 102 missing: the no-shows), "No Show"
 *   (BOOLEAN, from Yes/No; 102 Yes: 48 before deposits, 37 with a deposit paid, 17 without),
 *   depositPaid (BOOLEAN, from Yes/No; 1,472 Yes, 259 No (nail clips and regulars let off); 577
 *   missing: booked for before 1 July 2023, when no deposit was asked for). No ages, weights,
 *   costs, tips or reviews.
 * - allotment_lettings.csv (1,078 rows, Nettlecombe Road Allotment Society (one site of 124
 *   plots): its rent book 2017-2024 as exported on 20 January 2025, one row per plot let to a
 *   tenant in a rent year (calendar year); a plot that changed tenant in a year has a row for
 *   each, a tenancy a row for every year it ran. Rent is charged per rod, the rate going up most
 *   years (£3.80 a rod in 2017 to £5.50 in 2024), half for concessions (over 65 or on benefits)
 *   and half again for a tenancy starting after 30 June; the water charge is a flat sum per plot,
 *   none in row F (no troughs). Rent is due by 31 March, new tenants pay on signing; a tenant who
 *   does not pay loses the plot on 30 June. Plots go to the waiting list in turn; the list swelled
 *   in the 2020 lockdown and the wait grew from under a year to over three. The plots are
 *   inspected on a Sunday in July, except in 2020 (cancelled, Covid)): Plot (VARCHAR, a row
 *   letter and two digits with the leading zero kept, 'A01'-'A24', 'B01'-'B24', 'C01'-'C22',
 *   'D01'-'D22', 'E01'-'E18', 'F01'-'F14'; each in every year), "Size (rods)" (DOUBLE: 10 a
 *   full plot (92 plots), 5 a half plot (24: row E to E10 and every 4th in C and D, every 6th in
 *   B), 2.5 a starter plot (8: E11-E18)), rent_year (BIGINT, 2017-2024: 134, 132, 139, 136, 138,
 *   133, 130, 136 rows), Tenant (249 people, one name each; 13 names with an apostrophe such as
 *   "Linda O'Connor"; 4 hold two plots), memberNo (VARCHAR, four digits with the leading zeros
 *   kept, '0001'-'0252', numbered in order of first tenancy, one per tenant), "Waiting List
 *   Date" (DATE, when the tenant put their name down, 2012-02-07 to 2021-08-07; 47 tenants in
 *   2020; missing for the 89 tenants who started before 2013, when the list was kept on paper),
 *   "Start" (DATE, the first of a month, 1986-04-01 to 2024-12-01; 253 tenancies), "End" (DATE,
 *   the tenancy's end, the same on each of its rows; the column's name is an SQL keyword: 31
 *   December (did not renew), 30 June (rent not paid), 30 September (a non-cultivation notice)
 *   or the end of another month (gave notice); missing on 623 rows: the 119 tenancies still
 *   running at the export), "Annual Rent (£)" (DOUBLE, the year's rent invoiced, 4.75-55;
 *   £34,406.91 in all), "Water Charge (£)" (DOUBLE, per plot: £8 in 2017-2019, £10 in
 *   2020-2022, £14 in 2023, £15 in 2024; 0 on the 116 row F lettings), isConcession (BOOLEAN,
 *   from Yes/No; 244 Yes), "Paid On" (DATE, when the year's rent was paid; 32 missing: never
 *   paid, the plot taken back on 30 June, 1 of them in 2024), "Inspection Date" (DATE, the
 *   July inspection, one date a year; 242 missing: all 136 rows of 2020 and the tenancies that
 *   began after or ended before the inspection), Condition (at the inspection: 'Good' 468 |
 *   'Fair' 251 | 'Poor' 85 | 'Uncultivated' 32; missing where "Inspection Date" is). No crops,
 *   sheds, the society's own costs or the people still waiting on the list.
 * - boat_trip_sailings.csv (2,127 rows, Puffin Point Boat Trips (a family-run boat-trip operator
 *   in a small harbour): its sailings log of the 2023 and 2024 seasons, 1 April to 31 October,
 *   one row per scheduled sailing; busiest in the school summer holidays; Kittiwake (80
 *   passengers) runs the Puffin Island Cruise (1.5 hours, two or three a day) and on summer
 *   Friday and Saturday evenings the Sunset Cruise; Eider Queen (60) runs the Seal Watch (1 hour)
 *   and in May to August on Tuesdays, Thursdays and Saturdays the Lighthouse Landing (3 hours);
 *   Skipper's Pride (a 12-seat RIB bought in 2024) runs the Island Dash. A sailing is cancelled
 *   in high winds (force 6, often force 5 for the RIB), for swell at the landing, in fog or for a
 *   breakdown; a cancelled sailing has no passengers, takings or fuel): "Sailing Ref" (VARCHAR,
 *   two-digit year, a slash and a running number with the leading zeros kept: '23/0001' to
 *   '23/0943', '24/0001' to '24/1184', unique, in time order), "Date" (DATE, 428 days; the
 *   column's name is an SQL keyword), Departs (TIME, 10:00:00 to 19:30:00, 13 times), Route
 *   ('Puffin Island Cruise' 980 | 'Seal Watch' 740 | 'Island Dash' 248 (15 May to 15 September
 *   2024) | 'Lighthouse Landing' 106 | 'Sunset Cruise' 53), Vessel ('Kittiwake' 1,033 | 'Eider
 *   Queen' 846 | "Skipper's Pride" 248, with an apostrophe), Skipper ('Ian McAllister' 891 (the
 *   owner, Kittiwake, Mondays off) | "Sean O'Neill" 739 | 'Becky Thornton' 357 | 'Jamie Reid'
 *   140), Adults, Children (5-15; under-fives go free and are not counted), Concessions (over
 *   60s) (BIGINT each, passengers; 46,660, 14,141 and 13,054 in all; missing on the 294
 *   cancelled sailings), "Tickets (£)" (DOUBLE, the sailing's takings at the route's and year's
 *   fares, 138-2,131; £1,439,397 in all; missing when cancelled), "Fuel Used (L)" (DOUBLE, 23.4-
 *   106.2; 340 missing: the 294 cancelled sailings and 46 of Kittiwake's from 5 to 18 August 2024,
 *   when her fuel meter was broken), wind_force (BIGINT, Beaufort force 0-9 at departure, median
 *   3), Cancelled (BOOLEAN, from Yes/No; 294 Yes), cancelReason ('High winds' 253 | 'Sea swell'
 *   17 (the Lighthouse Landing) | 'Fog' 14 | 'Mechanical' 10 (Eider Queen's gearbox, 8 to 11
 *   August 2023); missing on the 1,833 sailings that went). No bookings, sales channels,
 *   wildlife sightings, wages or costs.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AE_TABLE_SOURCES: TableSource[] = [
	{
		name: 'grooming_appointments',
		humanName: 'Grooming appointments',
		repoDir: 'tests/nl/data/set-ae',
		file: 'grooming_appointments.csv',
		format: 'csv'
	},
	{
		name: 'allotment_lettings',
		humanName: 'Allotment lettings',
		repoDir: 'tests/nl/data/set-ae',
		file: 'allotment_lettings.csv',
		format: 'csv'
	},
	{
		name: 'boat_trip_sailings',
		humanName: 'Boat trip sailings',
		repoDir: 'tests/nl/data/set-ae',
		file: 'boat_trip_sailings.csv',
		format: 'csv'
	}
];

export const SET_AE_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ae-grooming_appointments-01',
		question: 'how many appointments did we have in 2023',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM grooming_appointments WHERE YEAR(appointment_time) = 2023',
		note: 'An appointment is a row; appointment_time in 2023 (1,151, no-shows included).'
	},
	{
		id: 'ae-grooming_appointments-02',
		question: 'which groomer has the most bookings',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Groomer FROM grooming_appointments GROUP BY Groomer ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Groomer: Kirsty Hall (1,153; Megan Price 709).'
	},
	{
		id: 'ae-grooming_appointments-03',
		question: 'average price of a full groom for a large dog',
		tables: ['grooming_appointments'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Price (£)") FROM grooming_appointments WHERE Service = 'Full Groom' AND Size = 'Large'`,
		note: "Price (£) averaged over Service 'Full Groom' and Size 'Large' (116 bookings: £68 in 2023, £72 in 2024; £69.83). No-shows keep the price booked; over the 112 that came it is much the same."
	},
	{
		id: 'ae-grooming_appointments-04',
		question: 'how many no shows have we had',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM grooming_appointments WHERE "No Show"`,
		note: 'No Show = Yes (102).'
	},
	{
		id: 'ae-grooming_appointments-05',
		question: 'no-show rate when a deposit was paid compared with when it was not',
		tables: ['grooming_appointments'],
		tags: ['share', 'group-by', 'filter-eq'],
		sql: `SELECT depositPaid, AVG(CASE WHEN "No Show" THEN 1.0 ELSE 0 END) FROM grooming_appointments WHERE depositPaid IS NOT NULL GROUP BY depositPaid`,
		isShare: true,
		note: "Share of no-shows per depositPaid, among the bookings since deposits began (depositPaid filled): paid 37 of 1,472 (2.5%), not paid 17 of 259 (6.6%). The 577 earlier bookings (48 no-shows, 8.3%), when no deposit was asked for, have no depositPaid; counting them as 'no deposit' is another reading."
	},
	{
		id: 'ae-grooming_appointments-06',
		question: 'busiest month in 2024',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', appointment_time) AS m FROM grooming_appointments WHERE YEAR(appointment_time) = 2024 GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per calendar month of appointment_time in 2024, the most: May 2024 (118; July and October 109).'
	},
	{
		id: 'ae-grooming_appointments-07',
		question: 'top 5 breeds by number of bookings',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Breed, COUNT(*) AS c FROM grooming_appointments GROUP BY Breed ORDER BY c DESC LIMIT 5',
		isOrdered: true,
		note: 'Rows per Breed, most first: Cockapoo 360, Labrador Retriever 194, Shih Tzu 144, Cocker Spaniel 140, Labradoodle 131 (sixth Cavapoo 110). The breeds with their counts; the breeds alone is another reading.'
	},
	{
		id: 'ae-grooming_appointments-08',
		question: 'how many different dogs are on our books',
		tables: ['grooming_appointments'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Dog ID") FROM grooming_appointments`,
		note: 'A dog is a Dog ID: 586 distinct. Dog Name is shared by many dogs (50 names), so distinct names is not dogs.'
	},
	{
		id: 'ae-grooming_appointments-09',
		question: 'how long does a full groom take on average',
		tables: ['grooming_appointments'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG(durationMins) FROM grooming_appointments WHERE Service = 'Full Groom'`,
		note: "durationMins averaged over Service 'Full Groom' (1,013 timed; the 46 no-shows have none): 113.5 minutes."
	},
	{
		id: 'ae-grooming_appointments-10',
		question: 'median time on the table for the giant breeds',
		tables: ['grooming_appointments'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(durationMins) FROM grooming_appointments WHERE Size = 'Giant'`,
		note: "Giant breeds are Size 'Giant' (Newfoundland, Bernese Mountain Dog, Old English Sheepdog); time on the table is durationMins, median over the 58 timed appointments: 130 minutes."
	},
	{
		id: 'ae-grooming_appointments-11',
		question: 'number of bookings each month in 2023',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', appointment_time) AS m, COUNT(*) FROM grooming_appointments WHERE YEAR(appointment_time) = 2023 GROUP BY m`,
		note: 'Rows per calendar month of appointment_time in 2023 (12 rows: May 117 the most, January 69 the fewest).'
	},
	{
		id: 'ae-grooming_appointments-12',
		question: 'how much did we take from dogs that actually turned up in 2024',
		tables: ['grooming_appointments'],
		tags: ['sum', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT SUM("Price (£)") FROM grooming_appointments WHERE NOT "No Show" AND YEAR(appointment_time) = 2024`,
		note: 'Turned up is No Show = No; Price (£) summed over their 1,113 appointments of 2024: £53,680. With the 44 no-shows (£1,838 booked, not paid) it would be £55,518.'
	},
	{
		id: 'ae-grooming_appointments-13',
		question: 'what percentage of appointments are just nail clips',
		tables: ['grooming_appointments'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Service = 'Nail Clip') * 1.0 / COUNT(*) FROM grooming_appointments`,
		isShare: true,
		note: "Share of rows with Service 'Nail Clip': 217 of 2,308 (9.4%)."
	},
	{
		id: 'ae-grooming_appointments-14',
		question: 'appointments with nothing recorded about a deposit',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM grooming_appointments WHERE depositPaid IS NULL',
		note: 'depositPaid empty (577: the bookings before deposits began on 1 July 2023). depositPaid = No (259) is a deposit recorded as not paid.'
	},
	{
		id: 'ae-grooming_appointments-15',
		question: 'how many times has dog 0258 been booked in',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM grooming_appointments WHERE "Dog ID" = '0258'`,
		note: "Dog ID '0258' (text with the leading zero; Poppy, a cockapoo): 11 bookings, 2 of them no-shows."
	},
	{
		id: 'ae-grooming_appointments-16',
		question: "how many dogs does freya o'connor bring",
		tables: ['grooming_appointments'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Dog ID") FROM grooming_appointments WHERE Owner = 'Freya O''Connor'`,
		note: "Lower-case value with an apostrophe: Owner 'Freya O''Connor'; distinct Dog ID: 2 (Ziggy, a border terrier, and Poppy, a cockapoo). Her bookings (12) are not dogs."
	},
	{
		id: 'ae-grooming_appointments-17',
		question: 'average price by size of dog',
		tables: ['grooming_appointments'],
		tags: ['avg', 'group-by'],
		sql: `SELECT Size, AVG("Price (£)") FROM grooming_appointments GROUP BY Size`,
		note: 'Price (£) averaged per Size (4 rows: Small £39.99, Medium £46.48, Large £53.20, Giant £65.28).'
	},
	{
		id: 'ae-grooming_appointments-18',
		question: 'total minutes each groomer spent grooming in 2024',
		tables: ['grooming_appointments'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: 'SELECT Groomer, SUM(durationMins) FROM grooming_appointments WHERE YEAR(appointment_time) = 2024 GROUP BY Groomer',
		note: 'durationMins summed per Groomer over 2024 (3 rows: Kirsty Hall 49,530, Megan Price 31,795, Tom Ashworth 20,180 minutes). Counting appointments is not minutes.'
	},
	{
		id: 'ae-grooming_appointments-19',
		question: "bookings that weren't a full groom or a bath and brush",
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM grooming_appointments WHERE Service NOT IN ('Full Groom', 'Bath & Brush')`,
		note: "Service other than 'Full Groom' and 'Bath & Brush' (bath and brush): one count, 559 (Nail Clip 217, De-shed Treatment 165, Hand Strip 94, Puppy Intro 83); a count per service is another reading."
	},
	{
		id: 'ae-grooming_appointments-20',
		question: 'de-shedding appointments in april and may 2024',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM grooming_appointments WHERE Service = 'De-shed Treatment' AND appointment_time >= TIMESTAMP '2024-04-01 00:00:00' AND appointment_time < TIMESTAMP '2024-06-01 00:00:00'`,
		note: "De-shedding is Service 'De-shed Treatment'; appointment_time in April or May 2024: one count, 31 (April 18, May 13); a count per month is another reading."
	},
	{
		id: 'ae-grooming_appointments-21',
		question: 'which day of the week do we have the most appointments',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT DAYNAME(appointment_time) FROM grooming_appointments GROUP BY DAYNAME(appointment_time) ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per day of the week of appointment_time: Wednesday (513; Thursday 467, Tuesday 461). Closed Sundays and Mondays.'
	},
	{
		id: 'ae-grooming_appointments-22',
		question: "what's the most we've charged for a single appointment",
		tables: ['grooming_appointments'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Price (£)") FROM grooming_appointments`,
		note: 'The highest Price (£): £89 (a full groom of a giant dog in 2024, 4 bookings). The appointment (a row) is another reading; the amount is asked for.'
	},
	{
		id: 'ae-grooming_appointments-23',
		question: 'how many puppy intro sessions were booked in 2024',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM grooming_appointments WHERE Service = 'Puppy Intro' AND YEAR(appointment_time) = 2024`,
		note: "Service 'Puppy Intro', appointment_time in 2024: 45 (one a no-show)."
	},
	{
		id: 'ae-grooming_appointments-24',
		question: 'appointments per groomer per year',
		tables: ['grooming_appointments'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT Groomer, YEAR(appointment_time) AS y, COUNT(*) FROM grooming_appointments GROUP BY Groomer, y',
		note: 'Rows per Groomer and year of appointment_time (7 rows: Kirsty Hall 579 in 2023 and 574 in 2024, Megan Price 357 and 352, Tom Ashworth 60 and 231, Chloe Dunne 155 in 2023 only).'
	},
	{
		id: 'ae-grooming_appointments-25',
		question: 'show the appointment time, dog name and owner for every newfoundland booked in 2024',
		tables: ['grooming_appointments'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: `SELECT appointment_time, "Dog Name", Owner FROM grooming_appointments WHERE Breed = 'Newfoundland' AND YEAR(appointment_time) = 2024`,
		note: "Breed 'Newfoundland', appointment_time in 2024: 12 rows of appointment_time, Dog Name and Owner (7 dogs; Olive of Susan Mensah 3 times)."
	},
	{
		id: 'ae-allotment_lettings-01',
		question: 'how many lettings were there in 2023',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM allotment_lettings WHERE rent_year = 2023',
		note: 'A letting is a row (a plot let to a tenant for the rent year); rent_year 2023 (130, for 124 plots: a plot that changed tenant has two).'
	},
	{
		id: 'ae-allotment_lettings-02',
		question: 'total rent due for 2024',
		tables: ['allotment_lettings'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Annual Rent (£)") FROM allotment_lettings WHERE rent_year = 2024`,
		note: 'Annual Rent (£) summed over rent_year 2024 (136 lettings): £5,506.89, the one unpaid (£55) included. The water charge is not rent.'
	},
	{
		id: 'ae-allotment_lettings-03',
		question: 'how much did we charge for water in 2023',
		tables: ['allotment_lettings'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Water Charge (£)") FROM allotment_lettings WHERE rent_year = 2023`,
		note: 'Water Charge (£) summed over rent_year 2023: £1,624 (116 lettings at £14; the 14 in row F, with no troughs, pay nothing).'
	},
	{
		id: 'ae-allotment_lettings-04',
		question: 'which tenants never paid their 2024 rent',
		tables: ['allotment_lettings'],
		tags: ['rows-mode', 'filter-missing', 'time-year'],
		sql: `SELECT Tenant FROM allotment_lettings WHERE "Paid On" IS NULL AND rent_year = 2024`,
		note: 'Paid On empty in rent_year 2024: George Cox (plot D22, taken back on 30 June 2024). One name.'
	},
	{
		id: 'ae-allotment_lettings-05',
		question: 'average rent per letting each year',
		tables: ['allotment_lettings'],
		tags: ['avg', 'group-by', 'trend'],
		sql: `SELECT rent_year, AVG("Annual Rent (£)") FROM allotment_lettings GROUP BY rent_year`,
		note: 'Annual Rent (£) averaged per rent_year (8 rows, rising: 2017 £27.72, 2018 £27.78, 2019 £28.78, 2020 £29.19, 2021 £30.84, 2022 £33.45, 2023 £37.26, 2024 £40.49).'
	},
	{
		id: 'ae-allotment_lettings-06',
		question: 'median wait in days for a plot for tenants who started in 2024',
		tables: ['allotment_lettings'],
		tags: ['median', 'metric', 'time-year'],
		sql: `SELECT MEDIAN(date_diff('day', "Waiting List Date", Start)) FROM allotment_lettings WHERE YEAR(Start) = 2024`,
		note: 'Days from Waiting List Date to Start, median over the 18 tenancies that started in 2024 (each one row): 1,162 days (1,056 to 1,402).'
	},
	{
		id: 'ae-allotment_lettings-07',
		question: 'how many plots were marked poor or uncultivated at the 2023 inspection',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'filter-list', 'time-year'],
		sql: `SELECT COUNT(*) FROM allotment_lettings WHERE Condition IN ('Poor', 'Uncultivated') AND rent_year = 2023`,
		note: "Condition 'Poor' or 'Uncultivated' in rent_year 2023 (the inspection of 16 July 2023): one count, 20 (Poor 17, Uncultivated 3); a count per rating is another reading."
	},
	{
		id: 'ae-allotment_lettings-08',
		question: 'of the plots inspected in 2024 what percentage were in good condition',
		tables: ['allotment_lettings'],
		tags: ['share', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FILTER (WHERE Condition = 'Good') * 1.0 / COUNT(Condition) FROM allotment_lettings WHERE rent_year = 2024`,
		isShare: true,
		note: "Rows with Condition 'Good' over the rows with a Condition in rent_year 2024: 72 of 122 (59.0%). The 14 lettings not inspected (no Condition) are left out; over all 136 it would be 52.9%."
	},
	{
		id: 'ae-allotment_lettings-09',
		question: 'which year had the most plots rated poor',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT rent_year FROM allotment_lettings WHERE Condition = 'Poor' GROUP BY rent_year ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows with Condition 'Poor' per rent_year, the most: 2023 (17; 2017 16, 2022 13). None in 2020 (no inspection)."
	},
	{
		id: 'ae-allotment_lettings-10',
		question: 'how many tenants were on the concession rate in 2024',
		tables: ['allotment_lettings'],
		tags: ['aggregate-distinct', 'filter-eq', 'time-year'],
		sql: 'SELECT COUNT(DISTINCT memberNo) FROM allotment_lettings WHERE isConcession AND rent_year = 2024',
		note: 'Concession is isConcession = Yes; distinct memberNo in rent_year 2024: 32 (32 lettings too).'
	},
	{
		id: 'ae-allotment_lettings-11',
		question: 'how many different tenants have we had since 2017',
		tables: ['allotment_lettings'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT memberNo) FROM allotment_lettings WHERE rent_year >= 2017',
		note: 'The rent book starts in 2017: distinct memberNo (or Tenant) over all rows, 249.'
	},
	{
		id: 'ae-allotment_lettings-12',
		question: 'how many half plots are there',
		tables: ['allotment_lettings'],
		tags: ['aggregate-distinct', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT Plot) FROM allotment_lettings WHERE "Size (rods)" = 5`,
		note: 'A half plot is Size (rods) 5 (a full plot is 10); distinct Plot: 24. Lettings of half plots (rows) is not plots.'
	},
	{
		id: 'ae-allotment_lettings-13',
		question: 'how many 2023 rents were paid in april or later',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'time-since', 'time-year'],
		sql: `SELECT COUNT(*) FROM allotment_lettings WHERE rent_year = 2023 AND "Paid On" >= DATE '2023-04-01'`,
		note: 'rent_year 2023 and Paid On from 1 April 2023 on: 33 (27 tenants paying late, 6 new tenancies paying on signing).'
	},
	{
		id: 'ae-allotment_lettings-14',
		question: 'total rent from the B plots in 2024',
		tables: ['allotment_lettings'],
		tags: ['sum', 'filter-contains', 'time-year'],
		sql: `SELECT SUM("Annual Rent (£)") FROM allotment_lettings WHERE Plot LIKE 'B%' AND rent_year = 2024`,
		note: "The B plots are Plot codes starting 'B'; Annual Rent (£) summed over their 24 lettings of 2024: £1,058.75."
	},
	{
		id: 'ae-allotment_lettings-15',
		question: 'who has rented plot d14 over the years',
		tables: ['allotment_lettings'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT DISTINCT Tenant FROM allotment_lettings WHERE Plot = 'D14'`,
		note: "Plot 'D14' (lower-case in the question, leading zero kept): 5 tenants, Sophie Cox (from 2002, to 2017), Rhys Hall, Callum Ali, Brian Khan and Janet Khan (from September 2024). The names; the rows (one per year) are another reading."
	},
	{
		id: 'ae-allotment_lettings-16',
		question: 'which plot did member 0150 have',
		tables: ['allotment_lettings'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT DISTINCT Plot FROM allotment_lettings WHERE memberNo = '0150'`,
		note: "memberNo '0150' (text with the leading zero): plot A21 (Andrew Smith, December 2019 to December 2022)."
	},
	{
		id: 'ae-allotment_lettings-17',
		question: 'how many tenants gave up or lost their plot in 2023',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM allotment_lettings WHERE YEAR("End") = 2023 AND rent_year = 2023`,
		note: 'A tenancy that ended in 2023 has End in 2023 and one row for rent_year 2023: 12 (6 ending on 31 December, 3 on 30 September (1 after a non-cultivation notice), 2 on 30 June (1 rent unpaid), 1 on 31 May). Counting every row with End in 2023 (51) counts the earlier years of those tenancies too.'
	},
	{
		id: 'ae-allotment_lettings-18',
		question: 'average rent for a full 10 rod plot in 2024',
		tables: ['allotment_lettings'],
		tags: ['avg', 'filter-numeric', 'time-year'],
		sql: `SELECT AVG("Annual Rent (£)") FROM allotment_lettings WHERE "Size (rods)" = 10 AND rent_year = 2024`,
		note: 'A full plot is Size (rods) 10; Annual Rent (£) averaged over its 103 lettings of 2024: £46.72 (concessions and late starts pay less than the £55 full rate).'
	},
	{
		id: 'ae-allotment_lettings-19',
		question: 'rent actually paid each year',
		tables: ['allotment_lettings'],
		tags: ['sum', 'group-by', 'filter-missing', 'trend'],
		sql: `SELECT rent_year, SUM("Annual Rent (£)") FROM allotment_lettings WHERE "Paid On" IS NOT NULL GROUP BY rent_year`,
		note: 'Actually paid is Paid On filled; Annual Rent (£) summed per rent_year (8 rows: 2017 £3,572 to 2024 £5,451.89).'
	},
	{
		id: 'ae-allotment_lettings-20',
		question: 'what share of 2024 lettings were at the concession rate',
		tables: ['allotment_lettings'],
		tags: ['share', 'filter-eq', 'time-year'],
		sql: 'SELECT COUNT(*) FILTER (WHERE isConcession) * 1.0 / COUNT(*) FROM allotment_lettings WHERE rent_year = 2024',
		isShare: true,
		note: 'Share of rent_year 2024 rows with isConcession = Yes: 32 of 136 (23.5%).'
	},
	{
		id: 'ae-allotment_lettings-21',
		question: 'how many of our tenants put their names down in 2020',
		tables: ['allotment_lettings'],
		tags: ['aggregate-distinct', 'time-year', 'synonym'],
		sql: `SELECT COUNT(DISTINCT memberNo) FROM allotment_lettings WHERE YEAR("Waiting List Date") = 2020`,
		note: 'Putting names down is the Waiting List Date; distinct memberNo with one in 2020: 47 (the lockdown surge).'
	},
	{
		id: 'ae-allotment_lettings-22',
		question: 'how many tenants have no waiting list date',
		tables: ['allotment_lettings'],
		tags: ['aggregate-distinct', 'filter-missing'],
		sql: `SELECT COUNT(DISTINCT memberNo) FROM allotment_lettings WHERE "Waiting List Date" IS NULL`,
		note: 'Waiting List Date empty; distinct memberNo: 89 (tenants from before 2013). The rows (499) are not tenants.'
	},
	{
		id: 'ae-allotment_lettings-23',
		question: 'plots not in good condition at the 2022 inspection',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'filter-negation', 'time-year'],
		sql: `SELECT COUNT(*) FROM allotment_lettings WHERE Condition <> 'Good' AND rent_year = 2022`,
		note: "Condition other than 'Good' in rent_year 2022: 54 (Fair 36, Poor 13, Uncultivated 5). The 13 lettings not inspected have no Condition and are not counted."
	},
	{
		id: 'ae-allotment_lettings-24',
		question: 'which current tenant has had their plot the longest',
		tables: ['allotment_lettings'],
		tags: ['top-n', 'filter-missing', 'ordering'],
		sql: `SELECT Tenant FROM allotment_lettings WHERE "End" IS NULL ORDER BY Start LIMIT 1`,
		note: "Current is End empty; earliest Start: Linda O'Connor (plot E04 since 1 May 1986; Daisy Lamb next, 1 September 1986)."
	},
	{
		id: 'ae-allotment_lettings-25',
		question: 'number of lettings by plot size and year',
		tables: ['allotment_lettings'],
		tags: ['aggregate-count', 'multi-group'],
		sql: `SELECT "Size (rods)", rent_year, COUNT(*) FROM allotment_lettings GROUP BY "Size (rods)", rent_year`,
		note: 'Rows per Size (rods) and rent_year (24 rows: 10 rods 96-103 a year, 5 rods 25-28, 2.5 rods 8-10).'
	},
	{
		id: 'ae-boat_trip_sailings-01',
		question: 'how many sailings actually went out in 2024',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE NOT Cancelled AND YEAR("Date") = 2024`,
		note: 'Went out is Cancelled = No; Date in 2024: 1,039 (of 1,184 scheduled).'
	},
	{
		id: 'ae-boat_trip_sailings-02',
		question: 'total passengers carried in 2023',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(Adults + Children + Concessions) FROM boat_trip_sailings WHERE YEAR("Date") = 2023`,
		note: 'Passengers are Adults + Children + Concessions, summed over Date in 2023: 33,824 (cancelled sailings carry none).'
	},
	{
		id: 'ae-boat_trip_sailings-03',
		question: 'how many trips were called off because of high winds',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE cancelReason = 'High winds'`,
		note: "Called off is cancelled; cancelReason 'High winds': 253."
	},
	{
		id: 'ae-boat_trip_sailings-04',
		question: 'what percentage of sailings were cancelled',
		tables: ['boat_trip_sailings'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Cancelled) * 1.0 / COUNT(*) FROM boat_trip_sailings',
		isShare: true,
		note: 'Share of rows with Cancelled = Yes: 294 of 2,127 (13.8%).'
	},
	{
		id: 'ae-boat_trip_sailings-05',
		question: 'ticket takings by route',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'group-by'],
		sql: `SELECT Route, SUM("Tickets (£)") FROM boat_trip_sailings GROUP BY Route`,
		note: 'Tickets (£) summed per Route (5 rows: Puffin Island Cruise £877,520, Seal Watch £322,173, Lighthouse Landing £98,585, Sunset Cruise £79,265, Island Dash £61,854).'
	},
	{
		id: 'ae-boat_trip_sailings-06',
		question: 'which route carries the most passengers',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'metric', 'group-by', 'top-n'],
		sql: 'SELECT Route FROM boat_trip_sailings GROUP BY Route ORDER BY SUM(Adults + Children + Concessions) DESC LIMIT 1',
		note: 'Adults + Children + Concessions summed per Route, the most: Puffin Island Cruise (43,367; Seal Watch 22,153).'
	},
	{
		id: 'ae-boat_trip_sailings-07',
		question: 'average number of children on a seal watch trip',
		tables: ['boat_trip_sailings'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(Children) FROM boat_trip_sailings WHERE Route = 'Seal Watch'`,
		note: "Children averaged over Route 'Seal Watch', the 640 sailings that went (cancelled ones have none): 7.14."
	},
	{
		id: 'ae-boat_trip_sailings-08',
		question: 'how many kids did we take out in august 2024',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM(Children) FROM boat_trip_sailings WHERE "Date" >= DATE '2024-08-01' AND "Date" < DATE '2024-09-01'`,
		note: 'Kids are Children; summed over Date in August 2024: 3,470.'
	},
	{
		id: 'ae-boat_trip_sailings-09',
		question: 'litres of fuel used each month in 2024',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM("Fuel Used (L)") FROM boat_trip_sailings WHERE YEAR("Date") = 2024 GROUP BY m`,
		note: "Fuel Used (L) summed per calendar month of Date in 2024 (7 rows, April to October: July 11,916.2 the most, October 3,567.4 the least; August 9,948.7 lacks Kittiwake's two weeks without a meter)."
	},
	{
		id: 'ae-boat_trip_sailings-10',
		question: 'sailings that went out but have no fuel reading',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-missing', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE NOT Cancelled AND "Fuel Used (L)" IS NULL`,
		note: 'Cancelled = No and Fuel Used (L) empty: 46 (Kittiwake, 5 to 18 August 2024, her meter broken).'
	},
	{
		id: 'ae-boat_trip_sailings-11',
		question: 'average fuel per trip for each boat',
		tables: ['boat_trip_sailings'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: `SELECT Vessel, AVG("Fuel Used (L)") FROM boat_trip_sailings GROUP BY Vessel`,
		note: "A boat is a Vessel; Fuel Used (L) averaged per Vessel over the sailings with a reading (3 rows: Kittiwake 64.9, Eider Queen 36.6, Skipper's Pride 54.5 litres)."
	},
	{
		id: 'ae-boat_trip_sailings-12',
		question: 'which skipper has taken the most trips out',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-eq'],
		sql: 'SELECT Skipper FROM boat_trip_sailings WHERE NOT Cancelled GROUP BY Skipper ORDER BY COUNT(*) DESC LIMIT 1',
		note: "Taken out is a sailing that went (Cancelled = No); rows per Skipper, the most: Ian McAllister (774; Sean O'Neill 634). Counting scheduled sailings gives Ian McAllister too (891)."
	},
	{
		id: 'ae-boat_trip_sailings-13',
		question: 'concession tickets sold on the puffin island cruise in 2023',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Concessions) FROM boat_trip_sailings WHERE Route = 'Puffin Island Cruise' AND YEAR("Date") = 2023`,
		note: "Concessions summed over Route 'Puffin Island Cruise' with Date in 2023: 3,774."
	},
	{
		id: 'ae-boat_trip_sailings-14',
		question: 'median number of passengers on the island dash',
		tables: ['boat_trip_sailings'],
		tags: ['median', 'metric', 'filter-eq'],
		sql: `SELECT MEDIAN(Adults + Children + Concessions) FROM boat_trip_sailings WHERE Route = 'Island Dash'`,
		note: "Adults + Children + Concessions, median over Route 'Island Dash' (207 sailings that went; a 12-seat RIB): 12."
	},
	{
		id: 'ae-boat_trip_sailings-15',
		question: 'how many sailings were in force 5 winds or stronger',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM boat_trip_sailings WHERE wind_force >= 5',
		note: 'wind_force of 5 or more (Beaufort): 564 (264 of them cancelled).'
	},
	{
		id: 'ae-boat_trip_sailings-16',
		question: 'average wind force on cancelled sailings compared with ones that sailed',
		tables: ['boat_trip_sailings'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Cancelled, AVG(wind_force) FROM boat_trip_sailings GROUP BY Cancelled',
		note: 'wind_force averaged per Cancelled (2 rows: cancelled 5.86, sailed 3.12).'
	},
	{
		id: 'ae-boat_trip_sailings-17',
		question: 'top 3 days for passenger numbers',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'metric', 'group-by', 'top-n'],
		sql: `SELECT "Date", SUM(Adults + Children + Concessions) AS p FROM boat_trip_sailings GROUP BY "Date" ORDER BY p DESC LIMIT 3`,
		isOrdered: true,
		note: 'Adults + Children + Concessions summed per Date, most first: 17 August 2024 524, 31 August 2024 519, 3 August 2024 517 (fourth 20 July 2024 503). The dates with their totals; the dates alone is another reading.'
	},
	{
		id: 'ae-boat_trip_sailings-18',
		question: 'how many sunset cruises were scheduled in 2024',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE Route = 'Sunset Cruise' AND YEAR("Date") = 2024`,
		note: "Route 'Sunset Cruise' with Date in 2024: 27 (none cancelled)."
	},
	{
		id: 'ae-boat_trip_sailings-19',
		question: 'how many sailings leave before 11 in the morning',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE Departs < TIME '11:00:00'`,
		note: 'Departs before 11:00:00: 612 (the 10:00 Seal Watch and the 10:30 Puffin Island Cruise, 306 each).'
	},
	{
		id: 'ae-boat_trip_sailings-20',
		question: 'ticket revenue per month in 2023',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM("Tickets (£)") FROM boat_trip_sailings WHERE YEAR("Date") = 2023 GROUP BY m`,
		note: 'Tickets (£) summed per calendar month of Date in 2023 (7 rows: August £184,274 the most, October £26,432 the least).'
	},
	{
		id: 'ae-boat_trip_sailings-21',
		question: 'adults versus children carried in 2024',
		tables: ['boat_trip_sailings'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(Adults), SUM(Children) FROM boat_trip_sailings WHERE YEAR("Date") = 2024`,
		note: 'Adults and Children summed over Date in 2024: 25,457 adults, 7,693 children (concessions, 6,881, are neither). One row of two sums; two rows is another reading.'
	},
	{
		id: 'ae-boat_trip_sailings-22',
		question: 'average takings per sailing on eider queen in 2024',
		tables: ['boat_trip_sailings'],
		tags: ['avg', 'filter-eq', 'time-year'],
		sql: `SELECT AVG("Tickets (£)") FROM boat_trip_sailings WHERE Vessel = 'Eider Queen' AND YEAR("Date") = 2024`,
		note: "Tickets (£) averaged over Vessel 'Eider Queen' with Date in 2024, the 370 sailings that went: £632.27."
	},
	{
		id: 'ae-boat_trip_sailings-23',
		question: "becky's sailings that weren't on skipper's pride",
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-negation', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE Skipper = 'Becky Thornton' AND Vessel <> 'Skipper''s Pride'`,
		note: `becky is Skipper 'Becky Thornton' (the only Becky); Vessel other than "Skipper's Pride": 249 (all on Eider Queen; 108 on Skipper's Pride).`
	},
	{
		id: 'ae-boat_trip_sailings-24',
		question: 'sailings cancelled for fog or breakdowns',
		tables: ['boat_trip_sailings'],
		tags: ['aggregate-count', 'filter-list', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM boat_trip_sailings WHERE cancelReason IN ('Fog', 'Mechanical')`,
		note: "Breakdowns are cancelReason 'Mechanical'; 'Fog' or 'Mechanical': one count, 24 (Fog 14, Mechanical 10); a count per reason is another reading."
	},
	{
		id: 'ae-boat_trip_sailings-25',
		question: 'list the sailings on 15 august 2024 with their ref, departure time and route',
		tables: ['boat_trip_sailings'],
		tags: ['rows-mode', 'time-range'],
		sql: `SELECT "Sailing Ref", Departs, Route FROM boat_trip_sailings WHERE "Date" = DATE '2024-08-15'`,
		note: "Date 15 August 2024: 8 rows of Sailing Ref ('24/0816' to '24/0823'), Departs and Route, none cancelled."
	},
	{
		id: 'ae-refuse-01',
		question: 'which groomer gets the best reviews',
		tables: ['grooming_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviews, ratings or complaints are recorded.'
	},
	{
		id: 'ae-refuse-02',
		question: 'how old are the dogs we groom on average',
		tables: ['grooming_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No ages or dates of birth; a 'Puppy Intro' only says a dog's first visit was as a puppy."
	},
	{
		id: 'ae-refuse-03',
		question: 'how much do we spend on shampoo and supplies',
		tables: ['grooming_appointments'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs or purchases; Price (£) is what customers were charged.'
	},
	{
		id: 'ae-refuse-04',
		question: 'how many people are on the waiting list right now',
		tables: ['allotment_lettings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only tenants are recorded; the people still waiting (and those who gave up waiting) are not. Waiting List Date is when a tenant had put their name down.'
	},
	{
		id: 'ae-refuse-05',
		question: 'which tenants have a shed or a greenhouse on their plot',
		tables: ['allotment_lettings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No sheds, greenhouses or anything else on the plots; only size, rent and the inspection rating.'
	},
	{
		id: 'ae-refuse-06',
		question: "how much was the society's own water bill in 2023",
		tables: ['allotment_lettings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Water Charge (£) is what tenants were charged; the society's own bills are not recorded."
	},
	{
		id: 'ae-refuse-07',
		question: 'how much do we pay our skippers',
		tables: ['boat_trip_sailings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No wages or staff costs; Skipper only says who took each sailing.'
	},
	{
		id: 'ae-refuse-08',
		question: 'how many of our boat trip tickets were bought online',
		tables: ['boat_trip_sailings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No bookings or sales channels; only passenger numbers and takings per sailing.'
	},
	{
		id: 'ae-refuse-09',
		question: 'how many seals did people see on the seal watch',
		tables: ['boat_trip_sailings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No wildlife sightings are recorded.'
	}
];
