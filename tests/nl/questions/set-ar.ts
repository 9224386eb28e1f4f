import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AR: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ar/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - plumber_callouts.csv (1,045 rows, Kershaw Plumbing & Heating, one Gas Safe plumber around
 *   Headingley in north-west Leeds: his job log, one row per job, customers ringing from 6 January
 *   2022 to 20 December 2024 (361 jobs in 2022, 311 in 2023, 373 in 2024), exported on 10 January
 *   2025; booked work Monday to Friday, emergencies on Saturdays too; none on Sundays, bank
 *   holidays, two weeks in August or over Christmas; labour £50 an hour in 2022, £55 in 2023, £60
 *   in 2024, one hour at least, emergencies at half as much again; boiler services and gas safety
 *   certificates at a fixed price; £30 call-out fee when nobody is in; not VAT-registered): "Job
 *   No" (VARCHAR, 'J-0388' to 'J-1432', in order of the call), Customer (745 names; landlords and
 *   businesses call again and again: 'Headingley Lets Ltd' 70 jobs, 'Hyde Park Property Co' 33,
 *   "St Chad's Church Hall" 14, 'The Arc Café Bar' 12, 'Kirkstall Dental Practice' 7, "Mrs
 *   O'Reilly" 6), pc_district (postcode district, 16 values: 'LS6' 363, 'LS16' 115, 'LS5' 104 ...
 *   'BD17' 3 and 'HG3' 3 out of the area; missing on 6), dateCalled (DATE, the day the customer
 *   rang), "Visit Date" (DATE, 8 January 2022 to 2 January 2025 (8 jobs rung in December 2024
 *   were done in January 2025); the same day on 248 jobs, most of them emergencies; a bathroom fit
 *   weeks ahead), "Job Type" (12: 'Leak' 172, 'Boiler Repair' 160, 'Blocked Drain' 112,
 *   'Radiator' 99, 'Boiler Service' 99, 'Toilet' 97, 'Dripping Tap' 86, 'Gas Safety Cert' 65,
 *   'Shower' 62, 'Burst Pipe' 44 (mostly December to February), 'Outside Tap' 37, 'Bathroom Fit'
 *   12), Emergency (BOOLEAN, from Yes/No; 242 Yes), Hrs (DOUBLE, hours on site in quarters, 0 on
 *   11 no-access visits, 15.25-34.5 on a bathroom fit; 35 on one leak, J-1217, a slip for 3.5),
 *   "Parts (£)" (DOUBLE, 0-2,962.05), "Labour (£)" (DOUBLE, 30-1,897.50), "Invoice Total (£)"
 *   (DOUBLE, parts plus labour, £30-£4,832.05; £185,700.17 in all; by the call's year £61,860.28
 *   in 2022, £64,782.69 in 2023, £59,057.20 in 2024), "Date Paid" (DATE, the day of the last
 *   payment, 19 January 2022 to 9 January 2025; missing on the 27 jobs not paid at all),
 *   amountPaid (DOUBLE, what has come in so far: 0 on the 27 unpaid jobs, less than the invoice
 *   on 44 part-paid ones; £177,011.74 in all), how_found ('Repeat customer' 288 | 'Word of mouth'
 *   238 | 'Google' 221 | 'Checkatrade' 151 | 'Facebook' 45 | 'Van signage' 30 | 'Leaflet' 17;
 *   missing on 55). No mileage, fuel, travel or arrival times, reviews, phone numbers or
 *   addresses beyond the postcode district, VAT or the cost of his van and tools.
 * - pub_quiz_scores.csv (860 rows, the Fox & Hounds, a village pub near York: its Thursday quiz
 *   night results for 2023 and 2024, one row per team per quiz; 100 quiz nights, 5 January 2023 to
 *   18 December 2024 (51 in 2023, 49 in 2024); the Christmas quiz moves to a Wednesday (20
 *   December 2023, 18 December 2024); no quiz on 28 December 2023, 14 March 2024 or 20 June 2024;
 *   3 to 15 teams a night): quiz_date (DATE), "Team Name" (85 names: 11 regulars, e.g. 'Quiz Team
 *   Aguilera' 86 nights, 'The Usual Suspects' 82, 'Les Quizerables' 80, "Sheila's Wheels" 66,
 *   "Norfolk 'n' Chance" 58, 'The Staff' (the bar staff, who play free); 10 teams that came for a
 *   stretch, e.g. "Rob's Mob", "Hey Jude's"; 60 one-offs, e.g. "Dave's 40th", 'Hen Party'; and
 *   'Table 1', 'Table 2', 'Table 4', 'Table 9' for teams that gave no name; 62 names appear once),
 *   "No. of Players" (BIGINT, 1-8, six a team the rule but a few one-off teams bigger), "General
 *   Knowledge" (DOUBLE, the round out of 20, half marks given, 4.5-20), music_rd (BIGINT, out of
 *   10, 1-10), picRound (BIGINT, the picture round out of 10, 0-10; missing for all 8 teams on 8
 *   February 2024, when the printer broke), Sport (BIGINT, out of 10, 0-10), "Joker Round" (the
 *   round the team played its joker on, which doubles that round's score: 'General Knowledge'
 *   224 | 'Music' 197 | 'Picture' 173 | 'Sport' 128; missing on 138 where no joker was played),
 *   "Total Score" (DOUBLE, the four rounds plus the joker round again, 16.5-67), Pos (BIGINT,
 *   finishing position, 1 the winner (a tie for first is settled by a tie-break question), other
 *   tied teams share a position; 1-15), entry_p (BIGINT, entry taken in pence: 100 a player in
 *   2023, 150 in 2024, 300 at the Christmas quizzes, 0 for The Staff; £1,764 in 2023, £2,737.50 in
 *   2024), firstVisit (BOOLEAN, from Yes/No, the team's first time at the quiz; the regulars and
 *   nobody else had been before 2023; 74 Yes), QM (the quizmaster: 'Shaz' 53 nights | 'Dave' 46 |
 *   'Big Mick' 1). No players' names or ages, prizes, bar takings, questions or answers.
 * - charity_shop_stock.csv (1,752 rows, St Luke's Hospice shop on Crookes, Sheffield: its stock
 *   sheet of donated items, one row per item, donated from 3 January 2023 to 27 March 2025,
 *   exported on 31 March 2025; the shop is open Monday to Saturday, closed bank holidays and
 *   Christmas to New Year; donations peak with the January clear-outs, toys and bric-a-brac come
 *   in more in the autumn and everything sells faster in November and December; an item unsold
 *   after four weeks goes half price; clothes and shoes unsold after about eight weeks go to the
 *   rag merchant, books, DVDs, CDs and toys to recycling; bric-a-brac and jewellery stay out and
 *   a few are recycled in the end): "Item No" (BIGINT, 1-1,752), "Bag ID" (VARCHAR, six digits
 *   with leading zeros, '001188'-'001605', the bag or box an item came in; 418 bags of 1-11
 *   items: 185 donated in 2023, 178 in 2024, 55 in 2025), date_donated (DATE, the same for every
 *   item of a bag), "Date Sold" (DATE, 7 January 2023 to 31 March 2025; missing unless sold: 456
 *   items sold in 2023, 500 in 2024, 131 in 2025), Category (9: 'Books' 452 | "Women's Clothing"
 *   363 | 'Bric-a-brac' 308 | 'DVDs & CDs' 155 | "Men's Clothing" 137 | 'Toys & Games' 99 |
 *   'Jewellery' 91 | "Children's Clothing" 88 | 'Shoes' 59), descr (51 short descriptions, e.g.
 *   'Paperback novel', 'Jumper', 'Jigsaw', 'Moorcroft vase', 'Designer coat'), "Ticket Price (£)"
 *   (DOUBLE, 0.50-120), soldPrice (DOUBLE, what it went for, missing unless sold; half the
 *   ticket on 287 items, most of them sold after four weeks, 50p or £1 less on a few haggled ones;
 *   £3,608 in all, £1,537 in 2023, £1,679.25 in 2024, £391.75 in 2025), "Gift Aid" (BOOLEAN, from
 *   Yes/No, the
 *   donor signed a Gift Aid declaration for the bag and the hospice can claim 25% on top of the
 *   sale price; 180 bags, 773 items), "Donor Postcode" (full postcode, e.g. 'S10 1SY', given only
 *   with Gift Aid: 146 postcodes; missing on all other bags and on 3 gift-aided bags (23 items)),
 *   "Priced By" (the volunteer who priced the item: "Maureen O'Dowd" 434 | 'Krystyna Nowak' 313
 *   | 'Bev Hughes' 304 | "Ian D'Silva" 295 | 'Pat Ellis' 207 | 'Sam Whitfield' 168; missing on
 *   31), Status ('Sold' 1,087 | 'Recycled' 307 | 'Ragged' 232 | 'On Shelf' 126). No donors'
 *   names, shop customers or footfall, volunteers' hours, rag merchant's weights or payments,
 *   rent or running costs.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AR_TABLE_SOURCES: TableSource[] = [
	{
		name: 'plumber_callouts',
		humanName: 'Plumber callouts',
		repoDir: 'tests/nl/data/set-ar',
		file: 'plumber_callouts.csv',
		format: 'csv'
	},
	{
		name: 'pub_quiz_scores',
		humanName: 'Pub quiz scores',
		repoDir: 'tests/nl/data/set-ar',
		file: 'pub_quiz_scores.csv',
		format: 'csv'
	},
	{
		name: 'charity_shop_stock',
		humanName: 'Charity shop stock',
		repoDir: 'tests/nl/data/set-ar',
		file: 'charity_shop_stock.csv',
		format: 'csv'
	}
];

export const SET_AR_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ar-plumber_callouts-01',
		question: 'how many callouts did i get in 2023',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE YEAR(dateCalled) = 2023`,
		note: 'Rows (jobs) with dateCalled in 2023: 311. By Visit Date in 2023 (312) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-02',
		question: 'total invoiced for jobs done in 2024',
		tables: ['plumber_callouts'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Invoice Total (£)") FROM plumber_callouts WHERE YEAR("Visit Date") = 2024`,
		note: 'Invoice Total (£) summed over Visit Date (the day the job was done) in 2024: £59,028.05 (377 jobs). By dateCalled in 2024 (£59,057.20) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-03',
		question: 'whats still owed to me',
		tables: ['plumber_callouts'],
		tags: ['sum', 'metric', 'synonym'],
		sql: `SELECT SUM("Invoice Total (£)" - amountPaid) FROM plumber_callouts`,
		note: 'Invoice Total (£) less amountPaid, summed over every job: £8,688.43 (£4,316.51 on the 27 jobs not paid at all, £4,371.92 left on the 44 part-paid ones). The unpaid invoices alone (£4,316.51) is a narrower reading.'
	},
	{
		id: 'ar-plumber_callouts-04',
		question: 'how many jobs havent been paid at all',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE "Date Paid" IS NULL`,
		note: 'Date Paid empty (amountPaid 0 on exactly these): 27 jobs. The 44 part-paid jobs have a Date Paid and are not counted.'
	},
	{
		id: 'ar-plumber_callouts-05',
		question: 'how many jobs are only part paid',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE amountPaid > 0 AND amountPaid < "Invoice Total (£)"`,
		note: 'amountPaid more than 0 but less than Invoice Total (£): 44 jobs. Counting the unpaid ones too (amountPaid below the invoice, 71) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-06',
		question: 'emergency callouts per year',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'time-grain'],
		sql: `SELECT YEAR(dateCalled) AS y, COUNT(*) FROM plumber_callouts WHERE Emergency GROUP BY y`,
		note: 'Rows with Emergency = Yes per year of dateCalled (3 rows: 2022 85, 2023 67, 2024 90). By year of Visit Date (83, 66, 91 and 2 in 2025) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-07',
		question: 'most common type of job',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Job Type" FROM plumber_callouts GROUP BY "Job Type" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Job Type, the most: 'Leak' (172; 'Boiler Repair' 160). With its count is another reading."
	},
	{
		id: 'ar-plumber_callouts-08',
		question: 'avg invoice for boiler repairs',
		tables: ['plumber_callouts'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Invoice Total (£)") FROM plumber_callouts WHERE "Job Type" = 'Boiler Repair'`,
		note: "Invoice Total (£) averaged over Job Type 'Boiler Repair' (160 jobs): £284.87 (median £266.06). Boiler services are a different job type."
	},
	{
		id: 'ar-plumber_callouts-09',
		question: 'on average how many days between the call and the visit',
		tables: ['plumber_callouts'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(date_diff('day', dateCalled, "Visit Date")) FROM plumber_callouts`,
		note: 'Days from dateCalled to Visit Date averaged over all 1,045 jobs: 4.63 days (median 4; 5.85 for non-emergencies).'
	},
	{
		id: 'ar-plumber_callouts-10',
		question: 'how many jobs did i get to the same day they rang',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'metric'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE "Visit Date" = dateCalled`,
		note: 'Visit Date equal to dateCalled: 248 jobs (177 of them emergencies).'
	},
	{
		id: 'ar-plumber_callouts-11',
		question: 'jobs by postcode district',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'group-by'],
		sql: `SELECT pc_district, COUNT(*) FROM plumber_callouts GROUP BY pc_district`,
		note: 'Rows per pc_district (17 rows: LS6 363, LS16 115, LS5 104, LS7 73, LS4 67 ... BD17 3, HG3 3, and 6 jobs with no district). Leaving out the empty row is another reading.'
	},
	{
		id: 'ar-plumber_callouts-12',
		question: 'which area brings in the most money',
		tables: ['plumber_callouts'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT pc_district FROM plumber_callouts GROUP BY pc_district ORDER BY SUM("Invoice Total (£)") DESC LIMIT 1`,
		note: 'Invoice Total (£) summed per pc_district, the most: LS6 (£56,561.23; LS16 £18,937.24). By amountPaid it is LS6 too (£52,999.62); with the total is another reading.'
	},
	{
		id: 'ar-plumber_callouts-13',
		question: 'top 5 customers by amount invoiced',
		tables: ['plumber_callouts'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Customer, SUM("Invoice Total (£)") AS invoiced FROM plumber_callouts GROUP BY Customer ORDER BY invoiced DESC LIMIT 5`,
		isOrdered: true,
		note: 'Invoice Total (£) summed per Customer, most first: Headingley Lets Ltd £9,158.51 (70 jobs), Isla Williams £4,832.05, Mia Walker £4,760.60 and Mia Lamb £3,987.89 (a bathroom fit each), Hyde Park Property Co £3,764.00. The names alone is another reading.'
	},
	{
		id: 'ar-plumber_callouts-14',
		question: 'what does headingley lets still owe me',
		tables: ['plumber_callouts'],
		tags: ['sum', 'metric', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Invoice Total (£)" - amountPaid) FROM plumber_callouts WHERE Customer = 'Headingley Lets Ltd'`,
		note: "Customer 'Headingley Lets Ltd': Invoice Total (£) less amountPaid summed: £336.55 (J-0876 part-paid, £42.90 left; J-1396 and J-1398 of December 2024 unpaid)."
	},
	{
		id: 'ar-plumber_callouts-15',
		question: 'what % of jobs came through checkatrade',
		tables: ['plumber_callouts'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE how_found = 'Checkatrade') * 1.0 / COUNT(*) FROM plumber_callouts`,
		isShare: true,
		note: "how_found 'Checkatrade' over all jobs: 151 of 1,045 (14.4%). Over the 990 jobs that record how_found (15.3%) is another reading."
	},
	{
		id: 'ar-plumber_callouts-16',
		question: 'how many burst pipes in the winter months (dec-feb)',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'filter-eq', 'filter-list', 'time-grain'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE "Job Type" = 'Burst Pipe' AND MONTH(dateCalled) IN (12, 1, 2)`,
		note: "Job Type 'Burst Pipe' with dateCalled in December, January or February of any year: 31 of the 44 burst pipes. By Visit Date it is 31 too."
	},
	{
		id: 'ar-plumber_callouts-17',
		question: 'boiler repair callouts per month in 2024',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', dateCalled) AS m, COUNT(*) FROM plumber_callouts WHERE "Job Type" = 'Boiler Repair' AND YEAR(dateCalled) = 2024 GROUP BY m`,
		note: "Rows per calendar month of dateCalled with Job Type 'Boiler Repair' in 2024 (12 rows: January 9, February 5, March 5, April 5, May 2, June 5, July 1, August 1, September 1, October 5, November 6, December 11; 56 in all). By Visit Date is another reading."
	},
	{
		id: 'ar-plumber_callouts-18',
		question: 'average hours on site for a bathroom fit',
		tables: ['plumber_callouts'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(Hrs) FROM plumber_callouts WHERE "Job Type" = 'Bathroom Fit'`,
		note: "Hrs averaged over Job Type 'Bathroom Fit' (12 jobs, 15.25 to 34.5 hours): 24.85 hours."
	},
	{
		id: 'ar-plumber_callouts-19',
		question: 'list unpaid jobs i did in 2024 - job no, customer, visit date and invoice total',
		tables: ['plumber_callouts'],
		tags: ['rows-mode', 'filter-missing', 'time-year'],
		sql: `SELECT "Job No", Customer, "Visit Date", "Invoice Total (£)" FROM plumber_callouts WHERE "Date Paid" IS NULL AND YEAR("Visit Date") = 2024`,
		note: 'Date Paid empty with Visit Date in 2024: 12 rows of Job No, Customer, Visit Date and Invoice Total (£) (J-1061 Sophie Hussain 8 January £182.14 ... J-1421 Michael Brown 18 December £181.92; £1,945.40 in all). By dateCalled in 2024 (16 rows, with four jobs rung in December and done on 2 January 2025) is another reading; part-paid jobs are not unpaid.'
	},
	{
		id: 'ar-plumber_callouts-20',
		question: 'how many different customers have i had',
		tables: ['plumber_callouts'],
		tags: ['aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT Customer) FROM plumber_callouts`,
		note: 'Distinct Customer: 745 (each name one customer).'
	},
	{
		id: 'ar-plumber_callouts-21',
		question: 'how long do people take to pay me on average, in days',
		tables: ['plumber_callouts'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(date_diff('day', "Visit Date", "Date Paid")) FROM plumber_callouts`,
		note: 'Days from Visit Date to Date Paid averaged over the 1,018 jobs with a Date Paid: 10.7 days (median 7). Leaving out the part-paid jobs (10.8) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-22',
		question: 'how many saturday jobs have i done',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'time-grain'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE DAYNAME("Visit Date") = 'Saturday'`,
		note: 'Visit Date on a Saturday: 47 jobs (all emergencies). Calls taken on a Saturday (dateCalled, 65) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-23',
		question: 'median invoice on emergency jobs',
		tables: ['plumber_callouts'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Invoice Total (£)") FROM plumber_callouts WHERE Emergency`,
		note: 'Median Invoice Total (£) over Emergency = Yes (242 jobs): £182.55 (£182.545, halfway between two invoices; average £204.21).'
	},
	{
		id: 'ar-plumber_callouts-24',
		question: 'callouts since 1st sept 2024',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE dateCalled >= DATE '2024-09-01'`,
		note: 'dateCalled on or after 1 September 2024: 121 jobs. By Visit Date (125) is another reading.'
	},
	{
		id: 'ar-plumber_callouts-25',
		question: 'how many jobs dont say how the customer found me',
		tables: ['plumber_callouts'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM plumber_callouts WHERE how_found IS NULL`,
		note: 'how_found empty: 55 jobs.'
	},
	{
		id: 'ar-pub_quiz_scores-01',
		question: 'how many quiz nights in 2024',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT quiz_date) FROM pub_quiz_scores WHERE YEAR(quiz_date) = 2024`,
		note: 'Distinct quiz_date in 2024: 49 (51 in 2023). Rows (444 team entries) is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-02',
		question: 'which team has won the most',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT "Team Name" FROM pub_quiz_scores WHERE Pos = 1 GROUP BY "Team Name" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows with Pos 1 per Team Name, the most: 'Quiz Team Aguilera' (38 wins; Les Quizerables 24). With the count is another reading."
	},
	{
		id: 'ar-pub_quiz_scores-03',
		question: 'how many times did les quizerables win in 2023',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM pub_quiz_scores WHERE "Team Name" = 'Les Quizerables' AND Pos = 1 AND YEAR(quiz_date) = 2023`,
		note: "Team Name 'Les Quizerables' with Pos 1 and quiz_date in 2023: 10 (24 over both years)."
	},
	{
		id: 'ar-pub_quiz_scores-04',
		question: 'average number of teams per quiz',
		tables: ['pub_quiz_scores'],
		tags: ['avg', 'metric'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT quiz_date) FROM pub_quiz_scores`,
		note: 'Rows (team entries) over distinct quiz_date: 860 / 100 = 8.6 teams a night.'
	},
	{
		id: 'ar-pub_quiz_scores-05',
		question: 'entry money taken in 2024 in £',
		tables: ['pub_quiz_scores'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(entry_p) / 100.0 FROM pub_quiz_scores WHERE YEAR(quiz_date) = 2024`,
		note: 'entry_p (pence) summed over quiz_date in 2024, divided by 100: £2,737.50 (£1,764 in 2023).'
	},
	{
		id: 'ar-pub_quiz_scores-06',
		question: "sheila's wheels average score",
		tables: ['pub_quiz_scores'],
		tags: ['avg', 'filter-eq', 'quoting'],
		sql: `SELECT AVG("Total Score") FROM pub_quiz_scores WHERE "Team Name" = 'Sheila''s Wheels'`,
		note: 'Team Name "Sheila\'s Wheels": Total Score averaged over its 66 nights: 35.9 (median 36.5).'
	},
	{
		id: 'ar-pub_quiz_scores-07',
		question: 'highest score ever',
		tables: ['pub_quiz_scores'],
		tags: ['max'],
		sql: `SELECT MAX("Total Score") FROM pub_quiz_scores`,
		note: 'The highest Total Score: 67 (Les Quizerables on 1 June 2023, joker on General Knowledge with 20 out of 20). The row with team and date is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-08',
		question: 'which round do teams play their joker on most',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Joker Round" FROM pub_quiz_scores WHERE "Joker Round" IS NOT NULL GROUP BY "Joker Round" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Joker Round, leaving out no joker, the most: 'General Knowledge' (224; Music 197, Picture 173, Sport 128; no joker on 138)."
	},
	{
		id: 'ar-pub_quiz_scores-09',
		question: 'how many new teams came in 2024',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM pub_quiz_scores WHERE firstVisit AND YEAR(quiz_date) = 2024`,
		note: 'firstVisit = Yes with quiz_date in 2024: 39 teams (each first visit is one row). Teams whose first quiz_date in the table falls in 2024 gives 39 too.'
	},
	{
		id: 'ar-pub_quiz_scores-10',
		question: 'average picture round score',
		tables: ['pub_quiz_scores'],
		tags: ['avg'],
		sql: `SELECT AVG(picRound) FROM pub_quiz_scores`,
		note: 'picRound averaged over the 852 entries that have it: 7.09 out of 10 (the 8 teams of 8 February 2024 had no picture round and are left out).'
	},
	{
		id: 'ar-pub_quiz_scores-11',
		question: 'winning score each week in 2023',
		tables: ['pub_quiz_scores'],
		tags: ['max', 'group-by', 'time-grain', 'time-year'],
		sql: `SELECT quiz_date, MAX("Total Score") FROM pub_quiz_scores WHERE YEAR(quiz_date) = 2023 GROUP BY quiz_date`,
		note: 'The highest Total Score per quiz_date in 2023 (51 rows, one per quiz night: 5 January 66 ... 20 December 49; 36.5 to 67, 52.0 on average). With the winning team is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-12',
		question: 'how many teams have only ever come once',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'metric'],
		sql: `SELECT COUNT(*) FROM (SELECT "Team Name" FROM pub_quiz_scores GROUP BY "Team Name" HAVING COUNT(*) = 1)`,
		note: 'Team Names with exactly one row: 62 of 85.'
	},
	{
		id: 'ar-pub_quiz_scores-13',
		question: 'top 5 teams by number of quizzes played',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Team Name", COUNT(*) AS nights FROM pub_quiz_scores GROUP BY "Team Name" ORDER BY nights DESC LIMIT 5`,
		isOrdered: true,
		note: 'Rows per Team Name, most first: Quiz Team Aguilera 86, The Usual Suspects 82, Les Quizerables 80, Agatha Quiztie 71, Smarty Pints 68. The names alone is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-14',
		question: 'avg team size',
		tables: ['pub_quiz_scores'],
		tags: ['avg', 'synonym'],
		sql: `SELECT AVG("No. of Players") FROM pub_quiz_scores`,
		note: 'No. of Players averaged over all 860 entries: 4.11 (median 4).'
	},
	{
		id: 'ar-pub_quiz_scores-15',
		question: 'how many players in total in december 2024',
		tables: ['pub_quiz_scores'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM("No. of Players") FROM pub_quiz_scores WHERE quiz_date >= DATE '2024-12-01' AND quiz_date < DATE '2025-01-01'`,
		note: 'No. of Players summed over quiz_date in December 2024 (5, 12 and the Christmas quiz on Wednesday 18 December; 31 teams): 133 (people who came twice counted twice).'
	},
	{
		id: 'ar-pub_quiz_scores-16',
		question: 'what share of teams played their joker',
		tables: ['pub_quiz_scores'],
		tags: ['share', 'filter-missing'],
		sql: `SELECT COUNT("Joker Round") * 1.0 / COUNT(*) FROM pub_quiz_scores`,
		isShare: true,
		note: 'Entries with a Joker Round over all entries: 722 of 860 (84.0%). Over distinct team names (54 of 85 ever played one, 63.5%) is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-17',
		question: 'teams per month in 2023',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', quiz_date) AS m, COUNT(*) FROM pub_quiz_scores WHERE YEAR(quiz_date) = 2023 GROUP BY m`,
		note: 'Rows (team entries) per calendar month of quiz_date in 2023 (12 rows: January 31, February 36, March 36, April 28, May 33, June 38, July 27, August 33, September 35, October 33, November 53, December 33; 416 in all). Distinct teams per month is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-18',
		question: 'how many quizzes did shaz host',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT quiz_date) FROM pub_quiz_scores WHERE QM = 'Shaz'`,
		note: "Distinct quiz_date with QM 'Shaz': 53 nights (Dave 46, Big Mick 1). Rows (470 team entries) is another reading."
	},
	{
		id: 'ar-pub_quiz_scores-19',
		question: 'list the winners in december 2024 with date and score',
		tables: ['pub_quiz_scores'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT quiz_date, "Team Name", "Total Score" FROM pub_quiz_scores WHERE Pos = 1 AND quiz_date >= DATE '2024-12-01' AND quiz_date < DATE '2025-01-01'`,
		note: 'Pos 1 with quiz_date in December 2024: 3 rows of quiz_date, Team Name and Total Score (5 December Agatha Quiztie 58, 12 December Les Quizerables 59, 18 December Les Quizerables 45).'
	},
	{
		id: 'ar-pub_quiz_scores-20',
		question: 'average general knowledge score for teams of 6',
		tables: ['pub_quiz_scores'],
		tags: ['avg', 'filter-numeric'],
		sql: `SELECT AVG("General Knowledge") FROM pub_quiz_scores WHERE "No. of Players" = 6`,
		note: 'General Knowledge (out of 20) averaged over No. of Players = 6 (137 entries): 14.24. Six or more (153 entries) is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-21',
		question: 'how many quizzes werent on a thursday',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-distinct', 'filter-negation', 'time-grain'],
		sql: `SELECT COUNT(DISTINCT quiz_date) FROM pub_quiz_scores WHERE DAYNAME(quiz_date) <> 'Thursday'`,
		note: 'Distinct quiz_date not on a Thursday: 2 (the Christmas quizzes, Wednesday 20 December 2023 and Wednesday 18 December 2024).'
	},
	{
		id: 'ar-pub_quiz_scores-22',
		question: 'avg total score 2023 vs 2024',
		tables: ['pub_quiz_scores'],
		tags: ['avg', 'group-by', 'time-grain'],
		sql: `SELECT YEAR(quiz_date) AS y, AVG("Total Score") FROM pub_quiz_scores GROUP BY y`,
		note: 'Total Score averaged per year of quiz_date (2 rows: 2023 39.48, 2024 38.49).'
	},
	{
		id: 'ar-pub_quiz_scores-23',
		question: 'how many times has a team got full marks on the music round',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM pub_quiz_scores WHERE music_rd = 10`,
		note: 'music_rd of 10 (out of 10): 33 times (by 8 different teams).'
	},
	{
		id: 'ar-pub_quiz_scores-24',
		question: 'best team at the sport round, only teams that have played 20+ times',
		tables: ['pub_quiz_scores'],
		tags: ['avg', 'group-by', 'top-n', 'filter-numeric'],
		sql: `SELECT "Team Name" FROM pub_quiz_scores GROUP BY "Team Name" HAVING COUNT(*) >= 20 ORDER BY AVG(Sport) DESC LIMIT 1`,
		note: 'Sport averaged per Team Name among teams with 20 or more rows, the highest: Quiz Team Aguilera (7.47 over 86 nights; Les Quizerables 7.20). With the average is another reading.'
	},
	{
		id: 'ar-pub_quiz_scores-25',
		question: 'how many times did quiz team aguilera finish top 3 since june 2024',
		tables: ['pub_quiz_scores'],
		tags: ['aggregate-count', 'filter-numeric', 'time-since'],
		sql: `SELECT COUNT(*) FROM pub_quiz_scores WHERE "Team Name" = 'Quiz Team Aguilera' AND Pos <= 3 AND quiz_date >= DATE '2024-06-01'`,
		note: "Team Name 'Quiz Team Aguilera' with Pos 1-3 and quiz_date from 1 June 2024: 18 of its 21 nights since (9 wins)."
	},
	{
		id: 'ar-charity_shop_stock-01',
		question: 'how many items did we sell in 2024',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE YEAR("Date Sold") = 2024`,
		note: 'Date Sold in 2024: 500 items (456 in 2023).'
	},
	{
		id: 'ar-charity_shop_stock-02',
		question: 'takings for 2024',
		tables: ['charity_shop_stock'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM(soldPrice) FROM charity_shop_stock WHERE YEAR("Date Sold") = 2024`,
		note: 'soldPrice summed over Date Sold in 2024: £1,679.25 (£1,537 in 2023). Gift Aid on top is not takings.'
	},
	{
		id: 'ar-charity_shop_stock-03',
		question: 'how many bags were donated in 2023',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Bag ID") FROM charity_shop_stock WHERE YEAR(date_donated) = 2023`,
		note: 'Distinct Bag ID with date_donated in 2023: 185 bags (770 items).'
	},
	{
		id: 'ar-charity_shop_stock-04',
		question: 'average items per bag',
		tables: ['charity_shop_stock'],
		tags: ['avg', 'metric', 'aggregate-distinct'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT "Bag ID") FROM charity_shop_stock`,
		note: 'Rows (items) over distinct Bag ID: 1,752 / 418 = 4.19 items a bag (1 to 11).'
	},
	{
		id: 'ar-charity_shop_stock-05',
		question: 'sell-through rate for books',
		tables: ['charity_shop_stock'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE Status = 'Sold') * 1.0 / COUNT(*) FROM charity_shop_stock WHERE Category = 'Books'`,
		isShare: true,
		note: "Category 'Books': items with Status 'Sold' over all books taken in: 272 of 452 (60.2%). Leaving out the 18 still on the shelf (272 of 434, 62.7%) is another reading."
	},
	{
		id: 'ar-charity_shop_stock-06',
		question: 'what share of items are gift aided',
		tables: ['charity_shop_stock'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Gift Aid") * 1.0 / COUNT(*) FROM charity_shop_stock`,
		isShare: true,
		note: 'Items with Gift Aid = Yes over all items: 773 of 1,752 (44.1%). Over bags (180 of 418, 43.1%) is another reading.'
	},
	{
		id: 'ar-charity_shop_stock-07',
		question: 'how much gift aid can we claim on 2024 sales',
		tables: ['charity_shop_stock'],
		tags: ['sum', 'metric', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(soldPrice) * 0.25 FROM charity_shop_stock WHERE "Gift Aid" AND YEAR("Date Sold") = 2024`,
		note: 'Gift Aid is 25% on top of the sale price of gift-aided items: soldPrice summed over Gift Aid = Yes with Date Sold in 2024 (£654 on 206 items) times 0.25: £163.50. The sales themselves (£654) is another reading.'
	},
	{
		id: 'ar-charity_shop_stock-08',
		question: 'sales by category',
		tables: ['charity_shop_stock'],
		tags: ['sum', 'group-by'],
		sql: `SELECT Category, SUM(soldPrice) FROM charity_shop_stock GROUP BY Category`,
		note: "soldPrice summed per Category (9 rows: Women's Clothing £1,199, Bric-a-brac £653.50, Men's Clothing £546.50, Books £384.50, Jewellery £261.50, Toys & Games £214.50, Shoes £141, DVDs & CDs £105.25, Children's Clothing £102.25). Items sold per category (Books 272 ...) is another reading."
	},
	{
		id: 'ar-charity_shop_stock-09',
		question: 'which volunteer has priced the most items',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Priced By" FROM charity_shop_stock WHERE "Priced By" IS NOT NULL GROUP BY "Priced By" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Priced By, the most: "Maureen O\'Dowd" (434 items; Krystyna Nowak 313). With the count is another reading.'
	},
	{
		id: 'ar-charity_shop_stock-10',
		question: 'how many items are on the shelf right now',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE Status = 'On Shelf'`,
		note: "Status 'On Shelf' (as of the export, 31 March 2025): 126 items."
	},
	{
		id: 'ar-charity_shop_stock-11',
		question: 'average days to sell womens clothes',
		tables: ['charity_shop_stock'],
		tags: ['avg', 'metric', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(date_diff('day', date_donated, "Date Sold")) FROM charity_shop_stock WHERE Category = 'Women''s Clothing'`,
		note: 'Days from date_donated to Date Sold averaged over Category "Women\'s Clothing" items that sold (219 of 363): 16.6 days (median 12).'
	},
	{
		id: 'ar-charity_shop_stock-12',
		question: 'how many things sold for less than the ticket price',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE soldPrice < "Ticket Price (£)"`,
		note: 'soldPrice below Ticket Price (£): 305 items (287 of them at half the ticket, most after four weeks on the shelf; the rest haggled).'
	},
	{
		id: 'ar-charity_shop_stock-13',
		question: 'how many items went to the rag man',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE Status = 'Ragged'`,
		note: "Status 'Ragged' (sent to the rag merchant): 232 items (Women's Clothing 125, Men's Clothing 56, Shoes 27, Children's Clothing 24). Recycled (307) is a different status."
	},
	{
		id: 'ar-charity_shop_stock-14',
		question: 'how many items dont say who priced them',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE "Priced By" IS NULL`,
		note: 'Priced By empty: 31 items.'
	},
	{
		id: 'ar-charity_shop_stock-15',
		question: 'monthly takings 2024',
		tables: ['charity_shop_stock'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Sold") AS m, SUM(soldPrice) FROM charity_shop_stock WHERE YEAR("Date Sold") = 2024 GROUP BY m`,
		note: 'soldPrice summed per calendar month of Date Sold in 2024 (12 rows: January £109.50 ... March £299 the most, with the Moorcroft vase at £120; September £65 the least; November £201.50, December £188; £1,679.25 in all).'
	},
	{
		id: 'ar-charity_shop_stock-16',
		question: "list everything we've sold for £20 or more - description, category and price",
		tables: ['charity_shop_stock'],
		tags: ['rows-mode', 'filter-numeric'],
		sql: `SELECT descr, Category, soldPrice FROM charity_shop_stock WHERE soldPrice >= 20`,
		note: "soldPrice of £20 or more: 7 rows of descr, Category and soldPrice (Moorcroft vase, Bric-a-brac, £120; Wool overcoat, Men's Clothing, £35; two Coats, Women's Clothing, £24; a Coat and two Suits, Men's Clothing, £20). By ticket price (unsold items too) is another reading."
	},
	{
		id: 'ar-charity_shop_stock-17',
		question: 'how many gift aided bags have no postcode',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-distinct', 'filter-missing', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Bag ID") FROM charity_shop_stock WHERE "Gift Aid" AND "Donor Postcode" IS NULL`,
		note: 'Distinct Bag ID with Gift Aid = Yes and Donor Postcode empty: 3 bags (23 items). Items (23) is another reading.'
	},
	{
		id: 'ar-charity_shop_stock-18',
		question: 'which postcode has donated the most bags',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-distinct', 'group-by', 'top-n'],
		sql: `SELECT "Donor Postcode" FROM charity_shop_stock WHERE "Donor Postcode" IS NOT NULL GROUP BY "Donor Postcode" ORDER BY COUNT(DISTINCT "Bag ID") DESC LIMIT 1`,
		note: "Distinct Bag ID per Donor Postcode (only gift-aided bags have one), the most: 'S11 8PB' (6 bags; S10 1SY and S10 1LA 5 each). By items it is S10 1LA (24 items; S11 8PB 21), another reading."
	},
	{
		id: 'ar-charity_shop_stock-19',
		question: 'toys sold in nov and dec 2024',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE Category = 'Toys & Games' AND "Date Sold" >= DATE '2024-11-01' AND "Date Sold" < DATE '2025-01-01'`,
		note: "Category 'Toys & Games' with Date Sold in November or December 2024: 7 items (£21). The takings on them is another reading."
	},
	{
		id: 'ar-charity_shop_stock-20',
		question: 'how many items sold on saturdays',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'time-grain'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE DAYNAME("Date Sold") = 'Saturday'`,
		note: 'Date Sold on a Saturday: 180 items (of 1,087 sold; Wednesday 200 the most).'
	},
	{
		id: 'ar-charity_shop_stock-21',
		question: "avg selling price for men's clothing",
		tables: ['charity_shop_stock'],
		tags: ['avg', 'filter-eq', 'quoting'],
		sql: `SELECT AVG(soldPrice) FROM charity_shop_stock WHERE Category = 'Men''s Clothing'`,
		note: 'soldPrice averaged over Category "Men\'s Clothing" items that sold (74 of 137): £7.39 (median £6). The average ticket price (£8.61) is another reading.'
	},
	{
		id: 'ar-charity_shop_stock-22',
		question: 'how many books have been recycled',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE Category = 'Books' AND Status = 'Recycled'`,
		note: "Category 'Books' with Status 'Recycled': 162 (of 307 recycled items)."
	},
	{
		id: 'ar-charity_shop_stock-23',
		question: 'items donated since jan 2025',
		tables: ['charity_shop_stock'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM charity_shop_stock WHERE date_donated >= DATE '2025-01-01'`,
		note: 'date_donated on or after 1 January 2025: 237 items (55 bags). Bags is another reading.'
	},
	{
		id: 'ar-charity_shop_stock-24',
		question: 'whats the ticket value of everything still on the shelf',
		tables: ['charity_shop_stock'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Ticket Price (£)") FROM charity_shop_stock WHERE Status = 'On Shelf'`,
		note: "Ticket Price (£) summed over Status 'On Shelf' (126 items): £483.50. Allowing for half-price reductions is another reading, not in the data."
	},
	{
		id: 'ar-charity_shop_stock-25',
		question: "how much have maureen's items sold for",
		tables: ['charity_shop_stock'],
		tags: ['sum', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT SUM(soldPrice) FROM charity_shop_stock WHERE "Priced By" = 'Maureen O''Dowd'`,
		note: 'Maureen is Priced By "Maureen O\'Dowd" (the only Maureen); soldPrice summed over her items: £366.25 (258 of her 434 items sold; she prices books (£317.25) and DVDs & CDs (£49)).'
	},
	{
		id: 'ar-refuse-01',
		question: 'how many miles did i drive to jobs in 2024',
		tables: ['plumber_callouts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the postcode district of each job; no mileage, journeys, fuel or addresses.'
	},
	{
		id: 'ar-refuse-02',
		question: 'which customers gave me 5 star reviews',
		tables: ['plumber_callouts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviews or ratings; how_found says Checkatrade or Google for some jobs but not what the customer thought.'
	},
	{
		id: 'ar-refuse-03',
		question: "what's the phone number for headingley lets",
		tables: ['plumber_callouts'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No phone numbers, emails or addresses; only the customer name and postcode district.'
	},
	{
		id: 'ar-refuse-04',
		question: 'which team has the youngest players',
		tables: ['pub_quiz_scores'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only the number of players per team; no players' names or ages."
	},
	{
		id: 'ar-refuse-05',
		question: 'how much did the bar take on quiz nights',
		tables: ['pub_quiz_scores'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the quiz entry fees (entry_p); no bar or food takings.'
	},
	{
		id: 'ar-refuse-06',
		question: 'which question did most teams get wrong',
		tables: ['pub_quiz_scores'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Scores are per round (General Knowledge, music_rd, picRound, Sport); no questions or answers are recorded.'
	},
	{
		id: 'ar-refuse-07',
		question: 'how much did the rag merchant pay us last year',
		tables: ['charity_shop_stock'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Status 'Ragged' says an item went to the rag merchant, but no weights or payments for rags are recorded."
	},
	{
		id: 'ar-refuse-08',
		question: 'how many hours has each volunteer worked',
		tables: ['charity_shop_stock'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Priced By names who priced each item; no rota, shifts or hours.'
	},
	{
		id: 'ar-refuse-09',
		question: 'how many customers came in on saturdays',
		tables: ['charity_shop_stock'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Items sold are recorded (Date Sold), not customers, baskets or footfall.'
	}
];
