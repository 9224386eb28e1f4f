import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AL: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-al/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - dog_daycare.csv (2,384 rows, Muddy Paws Dog Day Care, run from a house with a big garden:
 *   its attendance book for 3 January 2023 to 20 December 2024, one row per dog per day it came
 *   (1,078 in 2023, 1,306 in 2024) on 481 days, 1 to 14 dogs a day (4.96 on average); Monday to
 *   Friday, Wednesday the busiest (863 rows; Monday 280, Friday 260); shut on bank holidays, from
 *   Christmas Eve to New Year's Day and for a week in August (14-18 August 2023, 19-23 August
 *   2024); fewer dogs in August and December; prices went up on 1 April 2024): "Visit Date"
 *   (DATE), "Dog No" (VARCHAR, three digits with the leading zeros kept, '001'-'032', one per dog,
 *   in joining order; 9 dogs first came in 2024), Dog (32 names, one per Dog No, e.g. 'Biscuit'
 *   174 rows, 'Nala' 90), Owner (29 names; three have two dogs who always come together:
 *   "Siobhan O'Connor" (Alfie and Bella, 348 rows), 'Laura Webb' (Coco and Winnie, 182), 'Oliver
 *   Rose' (Scout and Juno, 50); also with an apostrophe "Gareth D'Arcy" (Murphy) and "Karen
 *   O'Brien" (Tilly); 'Priya Patel' (Max) the only Priya), breed (19: 'Cockapoo' 408 rows (5
 *   dogs) | 'Labrador' 276 (3) | 'Cavapoo' 216 (2) | 'Jack Russell' 145 | 'Springer Spaniel' 131
 *   | … | 'Boxer' 19; missing on the 151 rows of the two rescues of unknown breed, Buster and
 *   Bramble), Size ('Medium' 1,064 rows (14 dogs) | 'Small' 689 (9) | 'Large' 631 (9)),
 *   sessionType ('Full Day' 1,931 | 'Half Day' 453, a morning or an afternoon), "Drop-off"
 *   (TIMESTAMP, the day and time the dog arrived: 07:30 to 09:30, or 12:30 to 13:20 for an
 *   afternoon; 267 before 08:00), "Price (£)" (DOUBLE, the session: a full day 26 (28 for a large
 *   dog) and a half day 16 (18) until 31 March 2024, 29 (31) and 18 (20) from 1 April 2024;
 *   £61,514 in all: £26,424 in 2023, £35,090 in 2024), "Late Pickup" (BOOLEAN, from Yes/No; 76
 *   Yes, 38 a year), late_fee (DOUBLE, 10, 15 from 1 April 2024: 47 at £10, 29 at £15, £905 in
 *   all; missing when not late), Walked (BOOLEAN, from Yes/No; 1,794 Yes, 590 No: every dog
 *   stays in on a wet day, and half days are walked less), Incident (as written: 'Scuffle' 24
 *   (Nala 7) | 'Upset tummy' 15 | 'Rolled in fox poo' 12 | 'Cut paw' 10 | 'Ate a sock' 8 | 'Got
 *   out of the garden' 3 | 'Limping' 2; missing on the 2,310 days with none). No collection
 *   times, costs, food, vaccinations, payments or staff.
 * - market_stall_sales.csv (1,792 rows, The Bramble Pantry, a couple selling their own
 *   preserves, honey and beeswax candles at weekend markets in south Shropshire: its sales sheet
 *   for 7 January 2023 to 21 December 2024, one row per sale of one item (830 in 2023, 962 in
 *   2024) on 133 market days (67 and 66), 2 to 54 sales a day; Saturdays (93 days): Shrewsbury
 *   on the first and third, Ludlow on the second, Much Wenlock on the fourth; Sundays (40 days,
 *   from March): Church Stretton on the first, Bishop's Castle on the last, and in December the
 *   Ludlow Christmas Fair on the first two; quiet in January and February, busiest in December
 *   (£1,774 in December 2023, £2,181 in December 2024); prices up on 1 March 2024, candles
 *   excepted): sale_no (BIGINT, 1-1,792, in date order), "Market Date" (DATE), Town (6:
 *   'Shrewsbury' 623 rows (46 days) | 'Ludlow' 394 (24) | 'Much Wenlock' 250 (23) | 'Ludlow
 *   Christmas Fair' 207 (4) | 'Church Stretton' 184 (18) | "Bishop's Castle" 134 (18)),
 *   Category ('Jam' 625 (marmalade included) | 'Chutney' 499 (piccalilli included) | 'Honey'
 *   384 | 'Candles' 234 | 'Gift Box' 50), "Item Code" (VARCHAR, three digits with the leading
 *   zeros kept, '001'-'042', one per item), Item (20, e.g. 'Strawberry Jam' 196 rows, 'Wildflower
 *   Honey' 174, 'Seville Orange Marmalade' 92, "Nana's Piccalilli" 57, 'Christmas Hamper' 11;
 *   the Christmas Spice Candle and the hamper from October to December only), Qty (BIGINT, 1-6;
 *   1 on 1,096 rows; 2,861 in all), "Unit Price (£)" (DOUBLE, 4-28: jams 4 (damson 4.25) and
 *   4.50 (4.75) from 1 March 2024, chutneys 4.50 and 5 (piccalilli 4.75 and 5.25), honey 7.50 to
 *   13, candles 5 to 9, gift boxes 12 to 28), "Line Total (£)" (DOUBLE, Qty x Unit Price, 4-84,
 *   median 8; £17,470.75 in all: £7,337.25 in 2023, £10,133.50 in 2024), payment ('Card' 913
 *   (346 in 2023, 567 in 2024) | 'Cash' 879), Weather (the day's weather as noted: 'Cloudy' 669
 *   rows (44 days) | 'Sunny' 539 (34) | 'Showers' 297 (22) | 'Rain' 174 (25) | 'Snow' 16 (2);
 *   missing on the 97 rows of 6 days not noted), stallFee (DOUBLE, the day's pitch fee repeated
 *   on every sale of the day: Bishop's Castle 15, Much Wenlock 20, Church Stretton 22, Ludlow 30,
 *   Shrewsbury 35 (40 from 6 April 2024), Ludlow Christmas Fair 60; once per day £1,858 in 2023
 *   and £1,923 in 2024). No costs of fruit, jars or wax, stock, customers, opening hours or
 *   mileage.
 * - library_events.csv (1,048 rows, Harewood Road Library, a branch library: its events diary
 *   for 3 January 2023 to 21 December 2024, one row per event on the calendar (511 in 2023, 537
 *   in 2024) on 598 days; open Monday to Saturday, shut on bank holidays and from Christmas Eve
 *   to 2 January; coding club in term time only; holiday crafts and, in the summer holidays,
 *   children's films; ticket prices up on 1 April 2024; every event of the day cancelled for snow
 *   on 9 March 2023, a heating failure on 17 and 18 January 2024 and a power cut on 12 June
 *   2024): "Event Date" (DATE), "Start Time" (TIME, 7 times: 10:00 babies' storytime, 10:30,
 *   11:00, 11:30, 14:00, 16:00 coding club, 19:00 evening author talks), "Event Type"
 *   ('Storytime' 598 | 'Craft Club' 237 | 'Coding Club' 131 | 'Film' 56 | 'Author Talk' 26),
 *   Title (94: 'Storytime' 395, 'Saturday Storytime' 102, 'Baby Rhyme & Story' 101, 'Knit &
 *   Natter' 91 (the adults' craft group, Mondays), 'Code Club (Scratch)' 78, 'Teen Coders
 *   (Python)' 53 (from September 2023), 'Saturday Craft Club: …' and 'Holiday Crafts: …' with the
 *   craft, the films' titles, 'An evening with …' and 'Meet the author: …' with the author),
 *   ageGroup ('Under 5s' 497 | 'Children 5-11' 242 | 'Adults' 133 | 'Babies 0-2' 101 | 'Teens
 *   11-16' 53 | 'All ages' 22), Capacity (BIGINT, places: 12 coding, 16 children's crafts, 20
 *   babies and Knit & Natter, 25 storytime, 40 films and children's authors, 60 evening author
 *   talks), "Tickets Issued" (BIGINT, 5-47; 5,572 in all; 58 events fully booked; missing on the
 *   689 drop-in events: storytime and Knit & Natter), Attended (BIGINT, people who came, 2-43;
 *   15,237 in all: 7,415 in 2023, 7,822 in 2024; walk-ins can take it above the tickets; missing
 *   on the 30 cancelled), Cancelled (BOOLEAN, from Yes/No; 30 Yes), cancel_reason ('Staff
 *   sickness' 11 | 'Room double-booked' 8 | 'Low bookings' 4 (all Teen Coders) | 'Heating
 *   failure' 3 | 'Power cut' 2 | 'Snow' 1 | 'Author unwell' 1; missing on the 1,018 held), "Run
 *   By" (the librarian: 'Helen Marsh' 533, children's | 'Priya Shah' 227, Saturdays | "Niamh
 *   O'Donnell" 164, adults' events | 'Tom Baxter' 97, coding club until July 2024 | 'Kwame
 *   Asante' 27, coding club from September 2024), "Cost (£)" (DOUBLE, materials, screening
 *   costs and authors' fees: 0 for storytime, coding club, Knit & Natter and cancelled events;
 *   £9,284 in all: £4,724 in 2023, £4,560 in 2024), "Free or Paid" ('Free' 970 | 'Paid' 78: the
 *   evening author talks, the adults' film and the holiday crafts from July 2023), ticket_price
 *   (DOUBLE: author talks 4, 5 from 1 April 2024; the adults' film 2, 2.50; holiday crafts 2, 3;
 *   missing on the 970 free events). No loans, visitors, their ages or sexes, feedback, ticket
 *   income or room bookings.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AL_TABLE_SOURCES: TableSource[] = [
	{
		name: 'dog_daycare',
		humanName: 'Dog daycare',
		repoDir: 'tests/nl/data/set-al',
		file: 'dog_daycare.csv',
		format: 'csv'
	},
	{
		name: 'market_stall_sales',
		humanName: 'Market stall sales',
		repoDir: 'tests/nl/data/set-al',
		file: 'market_stall_sales.csv',
		format: 'csv'
	},
	{
		name: 'library_events',
		humanName: 'Library events',
		repoDir: 'tests/nl/data/set-al',
		file: 'library_events.csv',
		format: 'csv'
	}
];

export const SET_AL_QUESTIONS: EvalQuestion[] = [
	{
		id: 'al-dog_daycare-01',
		question: 'how many dog days did we have in 2024',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE YEAR("Visit Date") = 2024`,
		note: "Rows (a dog's day with us) with Visit Date in 2024: 1,306 (1,078 in 2023)."
	},
	{
		id: 'al-dog_daycare-02',
		question: 'how much did we make from day care sessions in 2023',
		tables: ['dog_daycare'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Price (£)") FROM dog_daycare WHERE YEAR("Visit Date") = 2023`,
		note: 'Price (£) summed over Visit Date in 2023: £26,424 (the session fees). With the late fees (£380) it is £26,804, another reading.'
	},
	{
		id: 'al-dog_daycare-03',
		question: 'how many different dogs have we looked after',
		tables: ['dog_daycare'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Dog No") FROM dog_daycare`,
		note: "Distinct Dog No: 32 (the dogs' names are all different too, 32)."
	},
	{
		id: 'al-dog_daycare-04',
		question: 'which breed do we see the most of',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT breed FROM dog_daycare WHERE breed IS NOT NULL GROUP BY breed ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per breed, the most: Cockapoo (408 visits, 5 dogs; Labrador 276). By number of dogs it is Cockapoo too. The 151 rows of the two rescues with no breed are left out.'
	},
	{
		id: 'al-dog_daycare-05',
		question: 'how many late pickups were there in 2023',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE "Late Pickup" AND YEAR("Visit Date") = 2023`,
		note: 'Late Pickup = Yes with Visit Date in 2023: 38 (on 27 days; 38 in 2024 too). Two dogs of one owner collected late count twice.'
	},
	{
		id: 'al-dog_daycare-06',
		question: 'how much have we charged in late fees altogether',
		tables: ['dog_daycare'],
		tags: ['sum'],
		sql: 'SELECT SUM(late_fee) FROM dog_daycare',
		note: 'late_fee summed (empty when not late): £905 (47 at £10 before 1 April 2024, 29 at £15 since).'
	},
	{
		id: 'al-dog_daycare-07',
		question: 'what percentage of visits were half days',
		tables: ['dog_daycare'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE sessionType = 'Half Day') * 1.0 / COUNT(*) FROM dog_daycare`,
		isShare: true,
		note: "Share of rows with sessionType 'Half Day': 453 of 2,384 (19.0%)."
	},
	{
		id: 'al-dog_daycare-08',
		question: 'how many drop-offs were before 8am',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE CAST("Drop-off" AS TIME) < TIME '08:00:00'`,
		note: 'Drop-off (TIMESTAMP) with a time of day before 08:00: 267 drop-offs (16 different dogs, on 195 days).'
	},
	{
		id: 'al-dog_daycare-09',
		question: 'how many days did biscuit come in 2024',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE Dog = 'Biscuit' AND YEAR("Visit Date") = 2024`,
		note: "Dog 'Biscuit' (Claire Fletcher's cockapoo) with Visit Date in 2024: 86 (174 in the two years)."
	},
	{
		id: 'al-dog_daycare-10',
		question: 'how many scuffles have there been',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE Incident = 'Scuffle'`,
		note: "Incident 'Scuffle': 24 (7 of them Nala)."
	},
	{
		id: 'al-dog_daycare-11',
		question: "show me all of nala's incidents with the dates",
		tables: ['dog_daycare'],
		tags: ['rows-mode', 'filter-eq', 'filter-missing'],
		sql: `SELECT "Visit Date", Incident FROM dog_daycare WHERE Dog = 'Nala' AND Incident IS NOT NULL`,
		note: "Dog 'Nala' with an Incident: 13 rows of Visit Date and Incident, 13 February 2023 to 16 December 2024 (Scuffle 7, Cut paw 3, and one each of Ate a sock, Rolled in fox poo and Upset tummy). Without the dates, or with more columns, is another reading."
	},
	{
		id: 'al-dog_daycare-12',
		question: 'number of visits each month in 2024',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Visit Date") AS m, COUNT(*) FROM dog_daycare WHERE YEAR("Visit Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Visit Date in 2024 (12 rows: October 146 the most, May 129; August 60 the fewest, with the week off, and December 75).'
	},
	{
		id: 'al-dog_daycare-13',
		question: 'on average how many dogs do we have in a day',
		tables: ['dog_daycare'],
		tags: ['metric', 'aggregate-distinct'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT "Visit Date") FROM dog_daycare`,
		note: 'Rows per distinct Visit Date (a day open with at least one dog): 2,384 / 481 = 4.96 (median 4, 1 to 14).'
	},
	{
		id: 'al-dog_daycare-14',
		question: "what's the most dogs we've had in on a single day",
		tables: ['dog_daycare'],
		tags: ['max', 'metric', 'group-by'],
		sql: `SELECT MAX(n) FROM (SELECT "Visit Date", COUNT(*) AS n FROM dog_daycare GROUP BY "Visit Date")`,
		note: 'Rows per Visit Date, the highest: 14 (8 May and 9 October 2024). The count; the days is another reading.'
	},
	{
		id: 'al-dog_daycare-15',
		question: 'how many visits from large dogs since the price rise on 1 april 2024',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE Size = 'Large' AND "Visit Date" >= DATE '2024-04-01'`,
		note: "Size 'Large' with Visit Date from 1 April 2024: 292 visits (by 8 large dogs; the dogs, 8, is another reading)."
	},
	{
		id: 'al-dog_daycare-16',
		question: 'median price of a full day in 2024',
		tables: ['dog_daycare'],
		tags: ['median', 'filter-eq', 'time-year'],
		sql: `SELECT MEDIAN("Price (£)") FROM dog_daycare WHERE sessionType = 'Full Day' AND YEAR("Visit Date") = 2024`,
		note: "sessionType 'Full Day' with Visit Date in 2024; Price (£) median over 1,067 full days: £29 (£26, £28 for a large dog, until 31 March; £29 and £31 after)."
	},
	{
		id: 'al-dog_daycare-17',
		question: "how many times have siobhan's dogs been in",
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE Owner = 'Siobhan O''Connor'`,
		note: `Siobhan is Owner "Siobhan O'Connor" (the only Siobhan), whose two dogs Alfie and Bella always come together: 348 rows. The days they came (174) is another reading.`
	},
	{
		id: 'al-dog_daycare-18',
		question: 'how many times did a dog not get walked',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM dog_daycare WHERE NOT Walked',
		note: 'Walked = No: 590 (on 255 days; too wet to go out, or a hurt paw; 350 of them full days).'
	},
	{
		id: 'al-dog_daycare-19',
		question: 'which owner has spent the most with us',
		tables: ['dog_daycare'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Owner FROM dog_daycare GROUP BY Owner ORDER BY SUM("Price (£)" + COALESCE(late_fee, 0)) DESC LIMIT 1`,
		note: "Price (£) plus late_fee summed per Owner, the most: Siobhan O'Connor (£9,900, two dogs; Claire Fletcher £4,699). Price (£) alone gives the same owner."
	},
	{
		id: 'al-dog_daycare-20',
		question: "how many of our dogs don't have a breed written down",
		tables: ['dog_daycare'],
		tags: ['aggregate-distinct', 'filter-missing'],
		sql: `SELECT COUNT(DISTINCT "Dog No") FROM dog_daycare WHERE breed IS NULL`,
		note: 'Distinct Dog No with breed empty (rescues of unknown breed): 2 (Buster and Bramble, 151 rows).'
	},
	{
		id: 'al-dog_daycare-21',
		question: 'visits by dog size and year',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT Size, YEAR("Visit Date") AS y, COUNT(*) FROM dog_daycare GROUP BY Size, y`,
		note: 'Rows per Size and year of Visit Date (6 rows: Medium 530 and 534, Small 280 and 409, Large 268 and 363 in 2023 and 2024).'
	},
	{
		id: 'al-dog_daycare-22',
		question: 'how many new dogs have started with us since january 2024',
		tables: ['dog_daycare'],
		tags: ['aggregate-distinct', 'time-since', 'metric'],
		sql: `SELECT COUNT(*) FROM (SELECT "Dog No" FROM dog_daycare GROUP BY "Dog No" HAVING MIN("Visit Date") >= DATE '2024-01-01')`,
		note: 'Dogs (Dog No) whose first Visit Date is on or after 1 January 2024: 9 (Pickle, Fudge, Monty, Dexter, Tilly, Bruno, Mabel, Scout and Juno).'
	},
	{
		id: 'al-dog_daycare-23',
		question: 'how many incidents were there apart from scuffles',
		tables: ['dog_daycare'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM dog_daycare WHERE Incident <> 'Scuffle'`,
		note: "Incident other than 'Scuffle' (the days with no incident written are not incidents): 50 (74 incidents, 24 scuffles)."
	},
	{
		id: 'al-dog_daycare-24',
		question: 'how much did priya pay us in 2024 including any late fees',
		tables: ['dog_daycare'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Price (£)" + COALESCE(late_fee, 0)) FROM dog_daycare WHERE Owner = 'Priya Patel' AND YEAR("Visit Date") = 2024`,
		note: "Priya is Owner 'Priya Patel' (the only Priya; Max, a German Shepherd); Price (£) plus late_fee over Visit Date in 2024: £1,417 for 48 visits (no late pickups, so the sessions alone give the same)."
	},
	{
		id: 'al-dog_daycare-25',
		question: 'avrage price of a half day in 2023',
		tables: ['dog_daycare'],
		tags: ['avg', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT AVG("Price (£)") FROM dog_daycare WHERE sessionType = 'Half Day' AND YEAR("Visit Date") = 2023`,
		note: "Average (typo) Price (£) of sessionType 'Half Day' with Visit Date in 2023: £16.24 over 214 half days (£16, or £18 for a large dog, 26 times)."
	},
	{
		id: 'al-market_stall_sales-01',
		question: 'how many sales did we make in 2024',
		tables: ['market_stall_sales'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM market_stall_sales WHERE YEAR("Market Date") = 2024`,
		note: 'Rows (sales) with Market Date in 2024: 962 (830 in 2023).'
	},
	{
		id: 'al-market_stall_sales-02',
		question: 'total takings for 2023',
		tables: ['market_stall_sales'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Line Total (£)") FROM market_stall_sales WHERE YEAR("Market Date") = 2023`,
		note: 'Line Total (£) summed over Market Date in 2023: £7,337.25 (stall fees not taken off).'
	},
	{
		id: 'al-market_stall_sales-03',
		question: 'how many jars of chutney did we sell in 2024',
		tables: ['market_stall_sales'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM market_stall_sales WHERE Category = 'Chutney' AND YEAR("Market Date") = 2024`,
		note: "Category 'Chutney' (Nana's Piccalilli included) with Market Date in 2024; Qty summed: 418 jars (386 in 2023). The number of sales (rows) is another reading."
	},
	{
		id: 'al-market_stall_sales-04',
		question: 'which item brings in the most money',
		tables: ['market_stall_sales'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Item FROM market_stall_sales GROUP BY Item ORDER BY SUM("Line Total (£)") DESC LIMIT 1`,
		note: 'Line Total (£) summed per Item, the most: Wildflower Honey (£2,327; Strawberry Jam £1,355). By jars sold Strawberry Jam is the most (315), another question.'
	},
	{
		id: 'al-market_stall_sales-05',
		question: 'average sale value',
		tables: ['market_stall_sales'],
		tags: ['avg'],
		sql: `SELECT AVG("Line Total (£)") FROM market_stall_sales`,
		note: 'Line Total (£) averaged over the 1,792 sales: £9.75 (median £8).'
	},
	{
		id: 'al-market_stall_sales-06',
		question: 'what share of sales were paid by card in 2024',
		tables: ['market_stall_sales'],
		tags: ['share', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FILTER (WHERE payment = 'Card') * 1.0 / COUNT(*) FROM market_stall_sales WHERE YEAR("Market Date") = 2024`,
		isShare: true,
		note: "Share of rows with payment 'Card' and Market Date in 2024: 567 of 962 (58.9%). By value (64.5%) is another reading."
	},
	{
		id: 'al-market_stall_sales-07',
		question: 'takings per month in 2024',
		tables: ['market_stall_sales'],
		tags: ['sum', 'time-grain', 'time-year', 'trend', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Market Date") AS m, SUM("Line Total (£)") FROM market_stall_sales WHERE YEAR("Market Date") = 2024 GROUP BY m`,
		note: 'Line Total (£) summed per calendar month of Market Date in 2024 (12 rows: December £2,181 the most, August £1,195.25, July £1,023.25; January £160 the fewest).'
	},
	{
		id: 'al-market_stall_sales-08',
		question: 'how much did we pay in stall fees in 2023',
		tables: ['market_stall_sales'],
		tags: ['sum', 'aggregate-distinct', 'time-year', 'metric'],
		sql: `SELECT SUM(stallFee) FROM (SELECT DISTINCT "Market Date", stallFee FROM market_stall_sales WHERE YEAR("Market Date") = 2023)`,
		note: "stallFee is the day's pitch fee repeated on each of the day's sales: summed once per Market Date in 2023, £1,858 over 67 market days. Summing it over the rows (£26,573) counts a fee once per sale."
	},
	{
		id: 'al-market_stall_sales-09',
		question: 'which town have we made the most sales in',
		tables: ['market_stall_sales'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Town FROM market_stall_sales GROUP BY Town ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Town, the most: Shrewsbury (623 sales; Ludlow 394, and 601 with the 207 of the Ludlow Christmas Fair, still fewer).'
	},
	{
		id: 'al-market_stall_sales-10',
		question: 'how many markets did we do in 2024',
		tables: ['market_stall_sales'],
		tags: ['aggregate-distinct', 'time-year', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Market Date") FROM market_stall_sales WHERE YEAR("Market Date") = 2024`,
		note: 'Distinct Market Date in 2024: 66 (67 in 2023).'
	},
	{
		id: 'al-market_stall_sales-11',
		question: 'how much did we take on the days it snowed',
		tables: ['market_stall_sales'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Line Total (£)") FROM market_stall_sales WHERE Weather = 'Snow'`,
		note: "Weather 'Snow'; Line Total (£) summed: £116.50 over 16 sales on 2 days (2 December 2023 at Shrewsbury, 23 November 2024 at Much Wenlock)."
	},
	{
		id: 'al-market_stall_sales-12',
		question: 'how many sales have we made at bishops castle',
		tables: ['market_stall_sales'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM market_stall_sales WHERE Town = 'Bishop''s Castle'`,
		note: `Bishops castle is Town "Bishop's Castle" (written without the apostrophe): 134 sales, on 18 market days.`
	},
	{
		id: 'al-market_stall_sales-13',
		question: "how many sales weren't paid by card",
		tables: ['market_stall_sales'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM market_stall_sales WHERE payment <> 'Card'`,
		note: "payment other than 'Card' (every one Cash, none empty): 879 of 1,792."
	},
	{
		id: 'al-market_stall_sales-14',
		question: "what's the median amount a customer spends at the stall",
		tables: ['market_stall_sales'],
		tags: ['median', 'synonym'],
		sql: `SELECT MEDIAN("Line Total (£)") FROM market_stall_sales`,
		note: 'Line Total (£) median over the 1,792 sales: £8 (mean £9.75). A row is one item bought; a customer buying two different items makes two rows, which the sheet cannot join.'
	},
	{
		id: 'al-market_stall_sales-15',
		question: 'how many christmas hampers did we sell in 2024',
		tables: ['market_stall_sales'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM market_stall_sales WHERE Item = 'Christmas Hamper' AND YEAR("Market Date") = 2024`,
		note: "Item 'Christmas Hamper' with Market Date in 2024; Qty summed: 8 (7 in 2023)."
	},
	{
		id: 'al-market_stall_sales-16',
		question: 'top 5 items by number sold',
		tables: ['market_stall_sales'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Item, SUM(Qty) AS n FROM market_stall_sales GROUP BY Item ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: 'Qty summed per Item, most first: Strawberry Jam 315, Wildflower Honey 290, Caramelised Onion Chutney 253, Raspberry Jam 245, Tomato & Chilli Chutney 177 (sixth Apple & Ale Chutney 158). The items with their counts; the names alone is another reading.'
	},
	{
		id: 'al-market_stall_sales-17',
		question: 'takings by category and year',
		tables: ['market_stall_sales'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: `SELECT Category, YEAR("Market Date") AS y, SUM("Line Total (£)") FROM market_stall_sales GROUP BY Category, y`,
		note: 'Line Total (£) summed per Category and year of Market Date (10 rows: Honey £2,427 and £3,286.50, Jam £1,698.50 and £2,369.50, Chutney £1,746.75 and £2,094.50, Candles £1,062 and £1,565, Gift Box £403 and £818 in 2023 and 2024).'
	},
	{
		id: 'al-market_stall_sales-18',
		question: 'how many of product 004 have we sold',
		tables: ['market_stall_sales'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM(Qty) FROM market_stall_sales WHERE "Item Code" = '004'`,
		note: "Item Code '004' (text with the leading zeros; Damson Jam); Qty summed: 114 over 87 sales."
	},
	{
		id: 'al-market_stall_sales-19',
		question: 'how many jars of marmalade have we sold since january 2024',
		tables: ['market_stall_sales'],
		tags: ['sum', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT SUM(Qty) FROM market_stall_sales WHERE Item = 'Seville Orange Marmalade' AND "Market Date" >= DATE '2024-01-01'`,
		note: "Marmalade is Item 'Seville Orange Marmalade' (in the Jam category); Qty summed from 1 January 2024: 64 jars over 48 sales."
	},
	{
		id: 'al-market_stall_sales-20',
		question: 'what was our best ever day for takings',
		tables: ['market_stall_sales'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT "Market Date" FROM market_stall_sales GROUP BY "Market Date" ORDER BY SUM("Line Total (£)") DESC LIMIT 1`,
		note: 'Line Total (£) summed per Market Date, the most: 8 December 2024 (the Ludlow Christmas Fair, £747; 3 December 2023 £575.50 next).'
	},
	{
		id: 'al-market_stall_sales-21',
		question: 'how many different things do we sell',
		tables: ['market_stall_sales'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Item) FROM market_stall_sales',
		note: 'Distinct Item: 20 (one Item Code each), in 5 categories.'
	},
	{
		id: 'al-market_stall_sales-22',
		question: 'how much did candles and gift boxes bring in during december 2024',
		tables: ['market_stall_sales'],
		tags: ['sum', 'filter-list', 'time-range'],
		sql: `SELECT SUM("Line Total (£)") FROM market_stall_sales WHERE Category IN ('Candles', 'Gift Box') AND "Market Date" >= DATE '2024-12-01' AND "Market Date" < DATE '2025-01-01'`,
		note: "Category 'Candles' or 'Gift Box' with Market Date in December 2024; Line Total (£) summed: £1,096.50 (Candles £617, Gift Box £479.50). One total; one per category is another reading."
	},
	{
		id: 'al-market_stall_sales-23',
		question: 'average number of sales per market day',
		tables: ['market_stall_sales'],
		tags: ['metric', 'aggregate-distinct'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT "Market Date") FROM market_stall_sales`,
		note: 'Rows per distinct Market Date: 1,792 / 133 = 13.47 (2 to 54).'
	},
	{
		id: 'al-market_stall_sales-24',
		question: 'how much did we make in 2024 after paying for the pitches',
		tables: ['market_stall_sales'],
		tags: ['sum', 'metric', 'time-year', 'synonym'],
		sql: `SELECT (SELECT SUM("Line Total (£)") FROM market_stall_sales WHERE YEAR("Market Date") = 2024) - (SELECT SUM(stallFee) FROM (SELECT DISTINCT "Market Date", stallFee FROM market_stall_sales WHERE YEAR("Market Date") = 2024))`,
		note: 'Line Total (£) of 2024 (£10,133.50) less the stall fees of 2024 counted once per market day (stallFee, £1,923 over 66 days): £8,210.50. No other costs are recorded.'
	},
	{
		id: 'al-market_stall_sales-25',
		question: 'how many chutny sales in 2023',
		tables: ['market_stall_sales'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM market_stall_sales WHERE Category = 'Chutney' AND YEAR("Market Date") = 2023`,
		note: "Chutny (typo) is Category 'Chutney'; rows with Market Date in 2023: 240 sales (386 jars, another reading)."
	},
	{
		id: 'al-library_events-01',
		question: 'how many events did we actually run in 2024',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM library_events WHERE NOT Cancelled AND YEAR("Event Date") = 2024`,
		note: 'Cancelled = No with Event Date in 2024: 519 (537 on the calendar, 18 cancelled; all 537 is another reading).'
	},
	{
		id: 'al-library_events-02',
		question: 'total attendance in 2023',
		tables: ['library_events'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(Attended) FROM library_events WHERE YEAR("Event Date") = 2023`,
		note: 'Attended summed over Event Date in 2023: 7,415 (cancelled events have none; someone coming every week counts each time). 7,822 in 2024.'
	},
	{
		id: 'al-library_events-03',
		question: 'average attendance at storytime',
		tables: ['library_events'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(Attended) FROM library_events WHERE "Event Type" = 'Storytime'`,
		note: "Event Type 'Storytime' (babies' and under-fives'); Attended averaged over the 584 held (14 cancelled have no attendance): 15.64 (median 16)."
	},
	{
		id: 'al-library_events-04',
		question: 'how many events were cancelled',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM library_events WHERE Cancelled',
		note: 'Cancelled = Yes: 30 (Storytime 14, Craft Club 7, Coding Club 6, Film 2, Author Talk 1; 12 in 2023, 18 in 2024).'
	},
	{
		id: 'al-library_events-05',
		question: 'most common reason for cancelling an event',
		tables: ['library_events'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-missing'],
		sql: `SELECT cancel_reason FROM library_events WHERE cancel_reason IS NOT NULL GROUP BY cancel_reason ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'cancel_reason with the most events: Staff sickness (11; Room double-booked 8).'
	},
	{
		id: 'al-library_events-06',
		question: 'how much did the author talks cost us in 2024',
		tables: ['library_events'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Cost (£)") FROM library_events WHERE "Event Type" = 'Author Talk' AND YEAR("Event Date") = 2024`,
		note: "Event Type 'Author Talk' with Event Date in 2024; Cost (£) summed: £2,954 over 13 talks (none cancelled)."
	},
	{
		id: 'al-library_events-07',
		question: 'which author talk sold the most tickets',
		tables: ['library_events'],
		tags: ['max', 'filter-eq', 'top-n', 'synonym'],
		sql: `SELECT Title FROM library_events WHERE "Event Type" = 'Author Talk' ORDER BY "Tickets Issued" DESC LIMIT 1`,
		note: "Event Type 'Author Talk' with the most Tickets Issued: An evening with Mary Gillespie (47, on 26 September 2024; Joanna Sheard and Susan Whitby 46). The title; the row with more columns is another reading."
	},
	{
		id: 'al-library_events-08',
		question: 'what percentage of our events are free',
		tables: ['library_events'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Free or Paid" = 'Free') * 1.0 / COUNT(*) FROM library_events`,
		isShare: true,
		note: "Share of rows with Free or Paid 'Free': 970 of 1,048 (92.6%)."
	},
	{
		id: 'al-library_events-09',
		question: 'events per month in 2023',
		tables: ['library_events'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Event Date") AS m, COUNT(*) FROM library_events WHERE YEAR("Event Date") = 2023 GROUP BY m`,
		note: 'Rows per calendar month of Event Date in 2023 (12 rows: August and October 48 the most; December 33 the fewest, May 38).'
	},
	{
		id: 'al-library_events-10',
		question: 'how many people have come to coding club since september 2024',
		tables: ['library_events'],
		tags: ['sum', 'filter-eq', 'time-since'],
		sql: `SELECT SUM(Attended) FROM library_events WHERE "Event Type" = 'Coding Club' AND "Event Date" >= DATE '2024-09-01'`,
		note: "Event Type 'Coding Club' from 1 September 2024; Attended summed: 217 over the 28 sessions held (30 on the calendar), children and teens, a child coming every week counted each time."
	},
	{
		id: 'al-library_events-11',
		question: 'how many events has helen run',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM library_events WHERE "Run By" = 'Helen Marsh'`,
		note: "Helen is Run By 'Helen Marsh' (the only Helen): 533 events (16 of them cancelled; the 517 held is another reading)."
	},
	{
		id: 'al-library_events-12',
		question: "how many sessions did niamh o'donnell run in 2024",
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'quoting'],
		sql: `SELECT COUNT(*) FROM library_events WHERE "Run By" = 'Niamh O''Donnell' AND YEAR("Event Date") = 2024`,
		note: `Run By "Niamh O'Donnell" with Event Date in 2024: 86 (3 of them cancelled; 83 held is another reading).`
	},
	{
		id: 'al-library_events-13',
		question: 'how many events were fully booked',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM library_events WHERE "Tickets Issued" = Capacity`,
		note: 'Tickets Issued equal to Capacity: 58 (Craft Club 42, Coding Club 15, Film 1; 2 of them then cancelled). Drop-in events issue no tickets.'
	},
	{
		id: 'al-library_events-14',
		question: 'number of events by type and year',
		tables: ['library_events'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT "Event Type", YEAR("Event Date") AS y, COUNT(*) FROM library_events GROUP BY "Event Type", y`,
		note: 'Rows per Event Type and year of Event Date (10 rows: Storytime 299 and 299, Craft Club 118 and 119, Coding Club 53 and 78, Film 28 and 28, Author Talk 13 and 13 in 2023 and 2024).'
	},
	{
		id: 'al-library_events-15',
		question: 'total tickets given out for films',
		tables: ['library_events'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Tickets Issued") FROM library_events WHERE "Event Type" = 'Film'`,
		note: "Event Type 'Film'; Tickets Issued summed: 1,553 over 56 screenings (1,511 without the 2 cancelled, another reading; 1,462 came)."
	},
	{
		id: 'al-library_events-16',
		question: 'median turnout at the teen coding sessions',
		tables: ['library_events'],
		tags: ['median', 'filter-eq', 'fuzzy', 'synonym'],
		sql: `SELECT MEDIAN(Attended) FROM library_events WHERE "Event Type" = 'Coding Club' AND ageGroup = 'Teens 11-16'`,
		note: "The teen coding sessions are Coding Club with ageGroup 'Teens 11-16' (Teen Coders (Python), from September 2023); Attended median over the 48 held: 6."
	},
	{
		id: 'al-library_events-17',
		question: 'how many events for adults were on the calendar in 2024',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM library_events WHERE ageGroup = 'Adults' AND YEAR("Event Date") = 2024`,
		note: "ageGroup 'Adults' with Event Date in 2024: 67 (Craft Club 46, Film 11, Author Talk 10), cancelled ones included; the 64 held is another reading."
	},
	{
		id: 'al-library_events-18',
		question: 'which librarian runs the most events',
		tables: ['library_events'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT "Run By" FROM library_events GROUP BY "Run By" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Run By, the most: Helen Marsh (533; Priya Shah 227). Held events alone give the same.'
	},
	{
		id: 'al-library_events-19',
		question: "how many events didn't go ahead because of staff sickness",
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM library_events WHERE cancel_reason = 'Staff sickness'`,
		note: "cancel_reason 'Staff sickness': 11."
	},
	{
		id: 'al-library_events-20',
		question: 'list the events cancelled in january 2024 and why',
		tables: ['library_events'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT "Event Date", "Event Type", cancel_reason FROM library_events WHERE Cancelled AND "Event Date" >= DATE '2024-01-01' AND "Event Date" < DATE '2024-02-01'`,
		note: 'Cancelled with Event Date in January 2024: 4 rows of Event Date, Event Type and cancel_reason (Storytime on 17 and 18 January and Coding Club on 18 January, Heating failure; Craft Club (Knit & Natter) on 29 January, Staff sickness). With the title or the start time is another reading.'
	},
	{
		id: 'al-library_events-21',
		question: 'how much did craft club cost to run in 2023',
		tables: ['library_events'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("Cost (£)") FROM library_events WHERE "Event Type" = 'Craft Club' AND YEAR("Event Date") = 2023`,
		note: "Event Type 'Craft Club' with Event Date in 2023; Cost (£) summed: £1,265 over 118 sessions (Knit & Natter costs nothing)."
	},
	{
		id: 'al-library_events-22',
		question: 'how many paid events were there that were not author talks',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM library_events WHERE "Free or Paid" = 'Paid' AND "Event Type" <> 'Author Talk'`,
		note: "Free or Paid 'Paid' with Event Type other than 'Author Talk': 58 (36 holiday crafts, 22 films for adults)."
	},
	{
		id: 'al-library_events-23',
		question: 'average audience at the afternoon films for adults',
		tables: ['library_events'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG(Attended) FROM library_events WHERE "Event Type" = 'Film' AND ageGroup = 'Adults'`,
		note: "Event Type 'Film' with ageGroup 'Adults' (Wednesday 14:00); Attended averaged over the 21 held (22 on the calendar): 24.29."
	},
	{
		id: 'al-library_events-24',
		question: 'how many events started at 4pm or later',
		tables: ['library_events'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM library_events WHERE "Start Time" >= TIME '16:00:00'`,
		note: 'Start Time (TIME) 16:00 or later: 151 (Coding Club 131 at 16:00, Author Talk 20 at 19:00), cancelled ones included; the 144 held is another reading.'
	},
	{
		id: 'al-library_events-25',
		question: 'total atendance at craft club in 2024',
		tables: ['library_events'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(Attended) FROM library_events WHERE "Event Type" = 'Craft Club' AND YEAR("Event Date") = 2024`,
		note: "Attendance (typo) is Attended; Event Type 'Craft Club' with Event Date in 2024, summed: 1,440 over 119 sessions (548 of it at Knit & Natter, the adults' group)."
	},
	{
		id: 'al-refuse-01',
		question: 'what time do the dogs usually get collected',
		tables: ['dog_daycare'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the drop-off time and whether a pickup was late (Late Pickup) are recorded; no collection times.'
	},
	{
		id: 'al-refuse-02',
		question: 'how much do we spend on dog food each month',
		tables: ['dog_daycare'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs or food are recorded; Price (£) and late_fee are what owners were charged.'
	},
	{
		id: 'al-refuse-03',
		question: 'which dogs are due their booster jabs',
		tables: ['dog_daycare'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No vaccinations or health records; only the visits, the session, walks and incidents.'
	},
	{
		id: 'al-refuse-04',
		question: "what's our profit margin on honey",
		tables: ['market_stall_sales'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs of the honey, jars or labels; only selling prices and the stall fees.'
	},
	{
		id: 'al-refuse-05',
		question: 'how many of our customers are regulars who come back',
		tables: ['market_stall_sales'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Customers are not recorded; a row is a sale with no one attached to it.'
	},
	{
		id: 'al-refuse-06',
		question: 'how many jars of strawberry jam have we got left',
		tables: ['market_stall_sales'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Sales only; no stock made or held.'
	},
	{
		id: 'al-refuse-07',
		question: 'how many books did people borrow on storytime mornings',
		tables: ['library_events'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The events diary holds no loans; only events, tickets and attendance.'
	},
	{
		id: 'al-refuse-08',
		question: 'how did people rate the author talks',
		tables: ['library_events'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No feedback or ratings are recorded.'
	},
	{
		id: 'al-refuse-09',
		question: 'how many of the kids at coding club were girls',
		tables: ['library_events'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the number attending each event; nothing about who they were.'
	}
];
