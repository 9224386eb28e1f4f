import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AK: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ak/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - school_meals.csv (1,146 rows, Millbrook Primary School's kitchen: its daily meal sheet for 4
 *   January 2023 to 20 December 2024, one row per school day per lunch sitting (382 days: 190 in
 *   2023, 192 in 2024; 570 and 576 rows); term time only, no rows in the holidays, at half term,
 *   on bank holidays, on training days or on the snow day of 9 March 2023; fewer hot meals in June
 *   and July (more packed lunches) and more in the winter; juniors' meals went up from £2.45 to
 *   £2.70 on 15 April 2024 and fewer juniors have had a hot meal since): "Date" (DATE), "Day"
 *   (VARCHAR, the weekday's name, 'Monday' 222 | 'Tuesday' 231 | 'Wednesday' 234 | 'Thursday'
 *   234 | 'Friday' 225), Sitting ('Infants' (Reception to Year 2) | 'Lower Juniors' (Years 3 and
 *   4) | 'Upper Juniors' (Years 5 and 6), 382 rows each), "Menu Week" (BIGINT, 1-3, the week of
 *   the three-week menu, a new menu from 5 September 2024), "Main Dish" (19 values: 'Fish Fingers'
 *   135 rows (45 days) | 'Roast Chicken' 90 | 'Fish & Chips' 90 (30 days) | "Shepherd's Pie" 78 |
 *   'Sausage & Mash' 78 | 'Chicken Curry' 78 | 'Beef Lasagne' 75 | 'Cheese & Tomato Pizza' 72 |
 *   'Spaghetti Bolognese' 72 | 'Chicken Pie' 69 | 'Chilli Con Carne' 66 | 'Roast Turkey' 63 |
 *   'Roast Pork' 63 | 'Macaroni Cheese' 60 | 'Roast Beef' 15 | 'Vegetable Korma' 15 | 'Chicken
 *   Fajitas' 12 (the last three on the new menu only) | 'Chicken Nuggets' 9 (the 3 days the menu
 *   was changed) | 'Christmas Dinner' 6 (14 December 2023 and 12 December 2024); fish every
 *   Friday), "Menu Changed" (BOOLEAN, from Yes/No, the main swapped on the day for a delivery
 *   short: 9 Yes, on 3 days), meals_served (BIGINT, hot meals served at the sitting, the
 *   vegetarian option and the allergy meals included; Infants 50-82, juniors 21-49; 53,415 in
 *   all: 26,927 in 2023 and 26,488 in 2024), vegChosen (BIGINT, children who chose the
 *   vegetarian option, 0-22; 5,864 in all; missing on the 144 rows whose main is itself
 *   vegetarian: pizza, macaroni cheese, vegetable korma), "Free Meals" (BIGINT, means-tested free
 *   school meals among the meals served, 8-16; 14,995 in all), packedLunches (BIGINT, children
 *   who brought a packed lunch, 0-36; 20,395 in all), allergy_meals (BIGINT, special-diet meals
 *   made, 0-2; 1,695 in all), "Leftover Portions" (BIGINT, portions of the main left over, 0-15,
 *   median 4; 4,217 in all; missing on the 100 rows (57 days) not counted, 71 of them when Gary
 *   Pike was cooking), "Price (£)" (DOUBLE, the price of a junior's paid meal: 2.45 on 490 rows,
 *   2.70 on 274 from 15 April 2024; missing on the 382 Infants rows, whose meals are free to all
 *   under universal infant free school meals), "Cook On Duty" ('Brenda Hollins' 906 rows (302
 *   days), the head cook | "Maria D'Souza" 153 (51 days), every Friday from 8 September 2023 |
 *   'Gary Pike' 87 (29 days), the relief cook when Brenda is off sick). No costs, ingredients,
 *   puddings, children's names, classes or what the children thought of the food.
 * - boiler_services.csv (1,399 rows, Garside Heating, a gas engineer and his colleague working
 *   around Harrogate: the job sheets for 3 January 2023 to 23 December 2024, one row per visit
 *   (648 in 2023, 751 in 2024) on 445 days; weekdays and 30 Saturday breakdown call-outs in the
 *   winter; nothing from Christmas Eve to New Year, on bank holidays or in two weeks of August;
 *   breakdowns peak in the winter (January 2024 80 of 96 jobs), with frozen condensate pipes in
 *   the cold snaps; prices went up on 1 March 2024): "Job No" (VARCHAR, 'YY-NNNN' numbered from
 *   0001 each year with the leading zeros kept, '23-0001'-'23-0648' and '24-0001'-'24-0751', in
 *   date order), "Visit Date" (DATE), Customer (620 names, one per house; 26 with an apostrophe,
 *   64 rows, e.g. "Bridget O'Connell" (3 visits), "Sean D'Arcy", "Aoife O'Sullivan"), Postcode
 *   (VARCHAR, the full postcode, one per customer, district first: 'HG2 …' 342 rows | 'HG5' 295 |
 *   'HG1' 264 | 'HG3' 212 | 'HG4' 151 | 'LS22' 135), customerType ('Homeowner' 1,126 rows (504
 *   customers) | 'Landlord' 273 (116)), "Boiler Make" ('Worcester Bosch' 486 | 'Vaillant' 345 |
 *   'Ideal' 202 | 'Baxi' 161 | 'Viessmann' 97 | 'Potterton' 72 | 'Glow-worm' 36; a new install is
 *   a Worcester Bosch or a Vaillant), boiler_age_yrs (BIGINT, 0-25, median 10, the engineer's
 *   reading of the data plate; 0 on the 82 installs and on boilers in their first year; missing
 *   on the 82 visits where he could not tell), "Job Type" ('Breakdown' 700 (321 in 2023, 379 in
 *   2024) | 'Annual Service' 482 | 'Gas Safety Cert' 135 (landlords only; 65 and 70) | 'Install'
 *   82 (36 and 46, often after an old boiler broke down)), Fault (the breakdown's cause: 'No
 *   heating or hot water' 189 | 'Low pressure' 127 | 'Ignition lockout' 105 | 'Leak' 76 |
 *   'Diverter valve' 56 | 'Noisy pump' 56 | 'Frozen condensate pipe' 54 | 'Thermostat' 37; missing
 *   on the 699 other jobs), "Hours On Site" (DOUBLE, 0.5-15 in quarter hours; 2,557.25 in all),
 *   "Parts (£)" (DOUBLE, 5-2,237.99; £190,113.49 in all, £138,424.18 of it boilers and kits on
 *   installs; missing on the 797 visits with no parts used), labour_charge (DOUBLE: a service
 *   £85, £95 from 1 March 2024; a gas safety certificate £70, £80; a breakdown £75 for the first
 *   hour and £50 an hour after, £85 and £55 from 1 March 2024, £30 more on a Saturday, 0 on the 39
 *   breakdowns under a new boiler's warranty; an install £600-£950; £186,850 in all, £83,345 in
 *   2023 and £103,505 in 2024), "Paid On Day" (BOOLEAN, from Yes/No: 933 Yes; landlords and
 *   installs are invoiced), "Follow-up Needed" (BOOLEAN, from Yes/No: 167 Yes), Engineer ('Steve
 *   Garside' 859, the owner | "Liam O'Rourke" 540, from 5 June 2023). No mileage, fuel, arrival
 *   times, reviews, invoices' payment dates, towns or what the customers owe now.
 * - choir_attendance.csv (2,185 rows, Wharfe Valley Community Choir: the rehearsal register for
 *   10 January 2023 to 10 December 2024, one row per member on the register per rehearsal; 72
 *   Tuesday rehearsals (36 a year) in six concert seasons, none at half term or in the holidays;
 *   29 to 34 members on the register, 47 in all; attendance lower in January and February and in
 *   June and July, higher in the last two rehearsals before a concert; subs went up in January
 *   2024): "Rehearsal Date" (DATE), "Member No" (VARCHAR, three digits with the leading zeros
 *   kept, '001'-'047', one per member, in joining order), Member (47 names; 7 with an apostrophe:
 *   "Bernadette O'Reilly" (Soprano, 72 rows, 4 missed; the only Bernadette), "Harry O'Brien",
 *   "Declan O'Hara" (Bass, left after Christmas 2023), "Josie D'Arcy", "Pauline D'Arcy", "Karen
 *   D'Arcy", "Tomás O'Donnell" (Tenor, from January 2024; the only Tomás)), "Voice Part" ('Alto'
 *   662 rows (16 members) | 'Soprano' 626 (11) | 'Bass' 498 (12) | 'Tenor' 399 (8)), Present
 *   (BOOLEAN, from Yes/No: 1,817 Yes (842 in 2023, 975 in 2024), 368 No), "Arrived Late" (BOOLEAN,
 *   from Yes/No: 189 Yes, 1,628 No; missing on the 368 absences), apologies (the reason sent for
 *   an absence: 'Illness' 88 | 'Work' 58 | 'Holiday' 58 | 'Family' 37 | 'Other' 6; missing when
 *   present and on the 121 absences with no word), "Subs Paid (£)" (DOUBLE, paid that night: £5 a
 *   rehearsal attended (555 rows), £6 from January 2024 (644), twice that by those who forgot the
 *   week before (10: 13, 12: 27), or the season's subs on its first night attended (£45: 26 by 11
 *   members, £55: 27 by 12); £9,748 in all, £4,075 in 2023 and £5,673 in 2024;
 *   missing on the 368 absences and on 525 nights attended with nothing paid), concert_season
 *   ('Spring 2023' (11 rehearsals, 319 rows) | 'Summer 2023' (11, 319) | 'Christmas 2023' (14,
 *   378) | 'Spring 2024' (11, 341) | 'Summer 2024' (11, 352) | 'Christmas 2024' (14, 476)), "New
 *   This Term" (BOOLEAN, from Yes/No: 216 Yes, the rows of the season a member joined in; 18
 *   members joined, 12 of them in 2024). No songs, concerts, tickets, ages, addresses, phone
 *   numbers or the conductor.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AK_TABLE_SOURCES: TableSource[] = [
	{
		name: 'school_meals',
		humanName: 'School meals',
		repoDir: 'tests/nl/data/set-ak',
		file: 'school_meals.csv',
		format: 'csv'
	},
	{
		name: 'boiler_services',
		humanName: 'Boiler services',
		repoDir: 'tests/nl/data/set-ak',
		file: 'boiler_services.csv',
		format: 'csv'
	},
	{
		name: 'choir_attendance',
		humanName: 'Choir attendance',
		repoDir: 'tests/nl/data/set-ak',
		file: 'choir_attendance.csv',
		format: 'csv'
	}
];

export const SET_AK_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ak-school_meals-01',
		question: 'how many hot dinners did we serve in 2024',
		tables: ['school_meals'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM(meals_served) FROM school_meals WHERE YEAR("Date") = 2024`,
		note: 'Hot dinners are meals_served, summed over Date in 2024: 26,488 (26,927 in 2023). Counting rows (576 sittings) is not meals.'
	},
	{
		id: 'ak-school_meals-02',
		question: 'how many meals did we serve on roast days since september 2024',
		tables: ['school_meals'],
		tags: ['sum', 'filter-contains', 'time-since'],
		sql: `SELECT SUM(meals_served) FROM school_meals WHERE "Main Dish" LIKE 'Roast%' AND "Date" >= DATE '2024-09-01'`,
		note: "Main Dish starting 'Roast' (Roast Chicken and Roast Beef on the new menu) with Date from 1 September 2024: meals_served summed, 2,006 over 14 days (42 sittings)."
	},
	{
		id: 'ak-school_meals-03',
		question: 'average meals per sitting for the infants',
		tables: ['school_meals'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(meals_served) FROM school_meals WHERE Sitting = 'Infants'`,
		note: "Sitting 'Infants' (said in lowercase); meals_served averaged over its 382 rows: 70.07 (50 to 82)."
	},
	{
		id: 'ak-school_meals-04',
		question: 'how many school days are in the sheet for 2023',
		tables: ['school_meals'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Date") FROM school_meals WHERE YEAR("Date") = 2023`,
		note: 'Distinct Date in 2023: 190 (a day has a row per sitting, 570 rows).'
	},
	{
		id: 'ak-school_meals-05',
		question: 'meals served per month in 2024',
		tables: ['school_meals'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, SUM(meals_served) FROM school_meals WHERE YEAR("Date") = 2024 GROUP BY m`,
		note: 'meals_served summed per calendar month of Date in 2024 (11 rows, no August: March 2,906 the most, November 2,766; April 1,652 the fewest, Easter holidays). August with 0 is another reading.'
	},
	{
		id: 'ak-school_meals-06',
		question: 'which dish has the most leftovers on average',
		tables: ['school_meals'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: `SELECT "Main Dish" FROM school_meals GROUP BY "Main Dish" ORDER BY AVG("Leftover Portions") DESC LIMIT 1`,
		note: 'Leftover Portions averaged per Main Dish over the sittings counted, the most: Chicken Curry (7.13; Vegetable Korma 6.75). The dish; with its average is another reading.'
	},
	{
		id: 'ak-school_meals-07',
		question: 'how many days was fish and chips on the menu',
		tables: ['school_meals'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Date") FROM school_meals WHERE "Main Dish" = 'Fish & Chips'`,
		note: "Main Dish 'Fish & Chips' (written with 'and'); distinct Date: 30 (90 sittings). Fish Fingers is another dish."
	},
	{
		id: 'ak-school_meals-08',
		question: "what share of the juniors' meals were free school meals in 2024",
		tables: ['school_meals'],
		tags: ['share', 'sum', 'filter-contains', 'time-year'],
		sql: `SELECT SUM("Free Meals") * 1.0 / SUM(meals_served) FROM school_meals WHERE Sitting LIKE '%Juniors' AND YEAR("Date") = 2024`,
		isShare: true,
		note: "The juniors are Sitting 'Lower Juniors' and 'Upper Juniors'; Free Meals over meals_served in 2024: 4,823 of 13,228 (36.5%). One share for both sittings; a share per sitting is another reading."
	},
	{
		id: 'ak-school_meals-09',
		question: 'how many kids picked the veggie option on curry days',
		tables: ['school_meals'],
		tags: ['sum', 'filter-contains', 'synonym'],
		sql: `SELECT SUM(vegChosen) FROM school_meals WHERE "Main Dish" ILIKE '%curry%'`,
		note: "vegChosen summed where Main Dish holds 'Curry' (Chicken Curry, 26 days): 658. Vegetable Korma is a curry too but is itself vegetarian and has no vegChosen, so the answer is the same with it."
	},
	{
		id: 'ak-school_meals-10',
		question: 'how many days has maria been the cook',
		tables: ['school_meals'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Date") FROM school_meals WHERE "Cook On Duty" = 'Maria D''Souza'`,
		note: `Maria is Cook On Duty "Maria D'Souza" (the only Maria); distinct Date: 51 (Fridays from 8 September 2023; 153 rows, one per sitting).`
	},
	{
		id: 'ak-school_meals-11',
		question: 'median number of packed lunches for the upper juniors',
		tables: ['school_meals'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN(packedLunches) FROM school_meals WHERE Sitting = 'Upper Juniors'`,
		note: "Sitting 'Upper Juniors'; packedLunches median over its 382 sittings: 23 (Lower Juniors 21, Infants 9)."
	},
	{
		id: 'ak-school_meals-12',
		question: 'top 3 dishes by average meals served',
		tables: ['school_meals'],
		tags: ['avg', 'group-by', 'top-n'],
		sql: `SELECT "Main Dish", AVG(meals_served) AS a FROM school_meals GROUP BY "Main Dish" ORDER BY a DESC LIMIT 3`,
		isOrdered: true,
		note: 'meals_served averaged per Main Dish, highest first: Christmas Dinner 51.5, Chicken Nuggets 50.78, Fish & Chips 49.54 (fourth Roast Chicken 48.81). The dishes with their averages; the names alone is another reading.'
	},
	{
		id: 'ak-school_meals-13',
		question: 'allergy meals made for each sitting in 2024',
		tables: ['school_meals'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: `SELECT Sitting, SUM(allergy_meals) FROM school_meals WHERE YEAR("Date") = 2024 GROUP BY Sitting`,
		note: 'allergy_meals summed per Sitting over Date in 2024 (3 rows: Infants 299, Lower Juniors 250, Upper Juniors 363).'
	},
	{
		id: 'ak-school_meals-14',
		question: 'on how many days did the menu have to be changed',
		tables: ['school_meals'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT "Date") FROM school_meals WHERE "Menu Changed"`,
		note: 'Menu Changed = Yes; distinct Date: 3 (10 and 25 May 2023, 18 March 2024; 9 rows, one per sitting).'
	},
	{
		id: 'ak-school_meals-15',
		question: 'how many sittings have no leftover count',
		tables: ['school_meals'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM school_meals WHERE "Leftover Portions" IS NULL`,
		note: 'Rows (sittings) with Leftover Portions empty (not counted): 100, on 57 days (71 of them with Gary Pike cooking).'
	},
	{
		id: 'ak-school_meals-16',
		question:
			'how much should we have taken in dinner money from the juniors in 2024, not counting the free meals',
		tables: ['school_meals'],
		tags: ['sum', 'metric', 'filter-contains', 'time-year'],
		sql: `SELECT SUM((meals_served - "Free Meals") * "Price (£)") FROM school_meals WHERE Sitting LIKE '%Juniors' AND YEAR("Date") = 2024`,
		note: "Paid meals are meals_served less Free Meals, at the day's Price (£), over the Lower and Upper Juniors sittings in 2024: £22,041.50 (8,405 paid meals at £2.45 to 28 March and £2.70 from 15 April). Infants have no price (free to all)."
	},
	{
		id: 'ak-school_meals-17',
		question:
			"average juniors' meals per sitting before and after the price went up on 15 april 2024",
		tables: ['school_meals'],
		tags: ['avg', 'group-by', 'time-range', 'filter-contains'],
		sql: `SELECT "Date" >= DATE '2024-04-15' AS after_rise, AVG(meals_served) FROM school_meals WHERE Sitting LIKE '%Juniors' GROUP BY after_rise`,
		note: "Sitting 'Lower Juniors' and 'Upper Juniors'; meals_served averaged before and from 15 April 2024: 2 rows, 35.47 before (490 sittings) and 33.82 after (274). Split by sitting too is another reading."
	},
	{
		id: 'ak-school_meals-18',
		question: 'average meals served by day of the week',
		tables: ['school_meals'],
		tags: ['avg', 'group-by', 'time-grain'],
		sql: `SELECT "Day", AVG(meals_served) FROM school_meals GROUP BY "Day"`,
		note: 'meals_served averaged per Day (the same as the weekday of Date; 5 rows: Friday 48.98 the most (fish), Wednesday 47.53 (roast), Thursday 46.69, Monday 46.57, Tuesday 43.33). Per sitting, not per day: the daily total averaged (three sittings) is another reading.'
	},
	{
		id: 'ak-school_meals-19',
		question: 'how many sittings served more than 75 meals',
		tables: ['school_meals'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM school_meals WHERE meals_served > 75',
		note: 'Rows with meals_served above 75 (all Infants): 56 (82 with 75 or more).'
	},
	{
		id: 'ak-school_meals-20',
		question: 'total meals by sitting for 2023',
		tables: ['school_meals'],
		tags: ['sum', 'group-by', 'time-year'],
		sql: `SELECT Sitting, SUM(meals_served) FROM school_meals WHERE YEAR("Date") = 2023 GROUP BY Sitting`,
		note: 'meals_served summed per Sitting over Date in 2023 (3 rows: Infants 13,506, Lower Juniors 6,699, Upper Juniors 6,722).'
	},
	{
		id: 'ak-school_meals-21',
		question: 'how many different main dishes have we served',
		tables: ['school_meals'],
		tags: ['aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT "Main Dish") FROM school_meals`,
		note: 'Distinct Main Dish: 19 (Chicken Nuggets, served when the menu was changed, and Christmas Dinner among them).'
	},
	{
		id: 'ak-school_meals-22',
		question: 'show each sitting on 14 december 2023 with the main dish and meals served',
		tables: ['school_meals'],
		tags: ['rows-mode', 'time-range'],
		sql: `SELECT Sitting, "Main Dish", meals_served FROM school_meals WHERE "Date" = DATE '2023-12-14'`,
		note: 'Date 14 December 2023: 3 rows of Sitting, Main Dish and meals_served (Christmas Dinner: Infants 78, Lower Juniors 41, Upper Juniors 36). Any set of columns that holds these is another reading.'
	},
	{
		id: 'ak-school_meals-23',
		question: "how many meals were served on days brenda wasn't cooking",
		tables: ['school_meals'],
		tags: ['sum', 'filter-negation', 'fuzzy'],
		sql: `SELECT SUM(meals_served) FROM school_meals WHERE "Cook On Duty" <> 'Brenda Hollins'`,
		note: "Brenda is Cook On Duty 'Brenda Hollins'; meals_served summed over the other rows (Maria D'Souza and Gary Pike, 80 days): 11,453."
	},
	{
		id: 'ak-school_meals-24',
		question: 'avrage free school meals per sitting in 2024',
		tables: ['school_meals'],
		tags: ['avg', 'time-year', 'fuzzy'],
		sql: `SELECT AVG("Free Meals") FROM school_meals WHERE YEAR("Date") = 2024`,
		note: 'Average (typo) of Free Meals over the 576 sittings of 2024: 13.06.'
	},
	{
		id: 'ak-school_meals-25',
		question: 'what is the most leftover portions from a single sitting',
		tables: ['school_meals'],
		tags: ['max'],
		sql: `SELECT MAX("Leftover Portions") FROM school_meals`,
		note: 'The highest Leftover Portions: 15 (Infants, Chicken Curry, 27 June 2023). The number; the row is another reading.'
	},
	{
		id: 'ak-boiler_services-01',
		question: 'how many breakdowns did we go out to in 2024',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE "Job Type" = 'Breakdown' AND YEAR("Visit Date") = 2024`,
		note: "Job Type 'Breakdown' with Visit Date in 2024: 379 (321 in 2023)."
	},
	{
		id: 'ak-boiler_services-02',
		question: 'total labour charged in 2023',
		tables: ['boiler_services'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(labour_charge) FROM boiler_services WHERE YEAR("Visit Date") = 2023`,
		note: 'labour_charge summed over Visit Date in 2023: £83,345 (with Parts (£) £168,885.86, another reading only if parts are asked for).'
	},
	{
		id: 'ak-boiler_services-03',
		question: 'average hours on site for an install',
		tables: ['boiler_services'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Hours On Site") FROM boiler_services WHERE "Job Type" = 'Install'`,
		note: "Job Type 'Install'; Hours On Site averaged over 82 installs: 11.22 (7 to 15)."
	},
	{
		id: 'ak-boiler_services-04',
		question: 'how many annual services have we done since the price went up on 1 march 2024',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE "Job Type" = 'Annual Service' AND "Visit Date" >= DATE '2024-03-01'`,
		note: "Job Type 'Annual Service' with Visit Date from 1 March 2024: 234 (all at £95; 248 before at £85)."
	},
	{
		id: 'ak-boiler_services-05',
		question: 'jobs per month in 2023',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Visit Date") AS m, COUNT(*) FROM boiler_services WHERE YEAR("Visit Date") = 2023 GROUP BY m`,
		note: 'Rows (visits) per calendar month of Visit Date in 2023 (12 rows: November 78, January 73 the most; August 27 the fewest, two weeks off).'
	},
	{
		id: 'ak-boiler_services-06',
		question: 'which make of boiler do we get called out to for breakdowns most',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT "Boiler Make" FROM boiler_services WHERE "Job Type" = 'Breakdown' GROUP BY "Boiler Make" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Job Type 'Breakdown' per Boiler Make, the most: Worcester Bosch (236; Vaillant 175). A rate per boiler looked after is another reading (the most common make, so not the least reliable)."
	},
	{
		id: 'ak-boiler_services-07',
		question: 'how many jobs in HG2',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE Postcode LIKE 'HG2 %'`,
		note: "Postcode in the HG2 district (starting 'HG2 '): 342 rows (163 customers). No HG20-HG29 districts, so 'HG2%' gives the same."
	},
	{
		id: 'ak-boiler_services-08',
		question: 'what percentage of jobs were paid on the day',
		tables: ['boiler_services'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Paid On Day") * 1.0 / COUNT(*) FROM boiler_services`,
		isShare: true,
		note: 'Share of rows with Paid On Day = Yes: 933 of 1,399 (66.7%).'
	},
	{
		id: 'ak-boiler_services-09',
		question: 'how many different customers have we been out to',
		tables: ['boiler_services'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Customer) FROM boiler_services',
		note: 'Distinct Customer: 620 (distinct Postcode is the same, one house each).'
	},
	{
		id: 'ak-boiler_services-10',
		question: "liam's jobs by type",
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Job Type", COUNT(*) FROM boiler_services WHERE Engineer = 'Liam O''Rourke' GROUP BY "Job Type"`,
		note: `Liam is Engineer "Liam O'Rourke"; rows per Job Type (4 rows: Breakdown 266, Annual Service 200, Gas Safety Cert 57, Install 17; 540 in all).`
	},
	{
		id: 'ak-boiler_services-11',
		question: 'median parts cost on a breakdown',
		tables: ['boiler_services'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Parts (£)") FROM boiler_services WHERE "Job Type" = 'Breakdown'`,
		note: "Job Type 'Breakdown'; Parts (£) median over the 456 breakdowns that used parts: £92. With the 244 breakdowns without parts as £0 it is £43.99, another reading."
	},
	{
		id: 'ak-boiler_services-12',
		question: 'how many frozen condensate call outs',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE Fault = 'Frozen condensate pipe'`,
		note: "Fault 'Frozen condensate pipe' (said in part): 54, all in the cold snaps (16 January 2023 to 22 November 2024)."
	},
	{
		id: 'ak-boiler_services-13',
		question: 'average age of the boilers that broke down',
		tables: ['boiler_services'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(boiler_age_yrs) FROM boiler_services WHERE "Job Type" = 'Breakdown'`,
		note: "Job Type 'Breakdown'; boiler_age_yrs averaged over the 659 with an age (41 unknown): 10.07 years. Once per boiler is another reading."
	},
	{
		id: 'ak-boiler_services-14',
		question: "how many landlord jobs weren't paid on the day",
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE customerType = 'Landlord' AND NOT "Paid On Day"`,
		note: "customerType 'Landlord' with Paid On Day = No: 244 (of 273 landlord visits)."
	},
	{
		id: 'ak-boiler_services-15',
		question: 'gas safety certs per year',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain'],
		sql: `SELECT YEAR("Visit Date") AS y, COUNT(*) FROM boiler_services WHERE "Job Type" = 'Gas Safety Cert' GROUP BY y`,
		note: "Job Type 'Gas Safety Cert' per year of Visit Date (2 rows: 2023 65, 2024 70)."
	},
	{
		id: 'ak-boiler_services-16',
		question: 'total billed, labour plus parts, for each engineer',
		tables: ['boiler_services'],
		tags: ['sum', 'group-by', 'metric'],
		sql: `SELECT Engineer, SUM(labour_charge + COALESCE("Parts (£)", 0)) FROM boiler_services GROUP BY Engineer`,
		note: "labour_charge plus Parts (£) (empty as nothing) summed per Engineer (2 rows: Steve Garside £265,267.25, Liam O'Rourke £111,696.24)."
	},
	{
		id: 'ak-boiler_services-17',
		question: "how many jobs where we couldn't tell how old the boiler was",
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM boiler_services WHERE boiler_age_yrs IS NULL',
		note: 'boiler_age_yrs empty (the age unknown): 82 visits.'
	},
	{
		id: 'ak-boiler_services-18',
		question: 'how many installs did steve do in 2024',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE "Job Type" = 'Install' AND Engineer = 'Steve Garside' AND YEAR("Visit Date") = 2024`,
		note: "Steve is Engineer 'Steve Garside'; Job Type 'Install' with Visit Date in 2024: 32 (of 46)."
	},
	{
		id: 'ak-boiler_services-19',
		question: 'how many breakdowns were on boilers other than worcester bosch',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE "Job Type" = 'Breakdown' AND "Boiler Make" <> 'Worcester Bosch'`,
		note: "Job Type 'Breakdown' with Boiler Make other than 'Worcester Bosch': 464 (of 700)."
	},
	{
		id: 'ak-boiler_services-20',
		question: 'jobs in each postcode district (the first part, like HG1 or LS22)',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'group-by', 'fuzzy'],
		sql: `SELECT split_part(Postcode, ' ', 1) AS district, COUNT(*) FROM boiler_services GROUP BY district`,
		note: 'Rows per the part of Postcode before the space (6 rows: HG2 342, HG5 295, HG1 264, HG3 212, HG4 151, LS22 135).'
	},
	{
		id: 'ak-boiler_services-21',
		question: 'how many saturday call outs did we do',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'time-grain', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE DAYNAME("Visit Date") = 'Saturday'`,
		note: 'Visit Date a Saturday: 30 (all breakdowns, in the winter months).'
	},
	{
		id: 'ak-boiler_services-22',
		question: 'biggest parts bill on one job',
		tables: ['boiler_services'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Parts (£)") FROM boiler_services`,
		note: 'The highest Parts (£): £2,237.99 (an install, the boiler itself). The amount; the job (a row) is another reading.'
	},
	{
		id: 'ak-boiler_services-23',
		question: "show me every visit to bridget o'connell",
		tables: ['boiler_services'],
		tags: ['rows-mode', 'filter-eq', 'quoting'],
		sql: `SELECT * FROM boiler_services WHERE Customer = 'Bridget O''Connell'`,
		note: `Customer "Bridget O'Connell" (a landlord in HG3 3WJ, a Viessmann): 3 rows, 23-0223 Gas Safety Cert on 20 April 2023, 24-0299 Annual Service on 19 April 2024, 24-0750 Breakdown (diverter valve) on 23 December 2024. Any set of columns that holds the rows is another reading.`
	},
	{
		id: 'ak-boiler_services-24',
		question: 'how many low presure jobs in january 2024',
		tables: ['boiler_services'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM boiler_services WHERE Fault = 'Low pressure' AND "Visit Date" >= DATE '2024-01-01' AND "Visit Date" < DATE '2024-02-01'`,
		note: "Fault 'Low pressure' (typo) with Visit Date in January 2024: 8."
	},
	{
		id: 'ak-boiler_services-25',
		question: 'show job 24-0007',
		tables: ['boiler_services'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT * FROM boiler_services WHERE "Job No" = '24-0007'`,
		note: "Job No '24-0007' (text with the leading zeros): 1 row, 3 January 2024, Colin Walker of HG3 5DL, a Worcester Bosch in its first year, Breakdown (no heating or hot water), 1.5 hours, £79.50 of parts, no labour (warranty), Liam O'Rourke. Any set of its columns that holds the row is another reading."
	},
	{
		id: 'ak-choir_attendance-01',
		question: 'how many rehearsals did we have in 2024',
		tables: ['choir_attendance'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Rehearsal Date") FROM choir_attendance WHERE YEAR("Rehearsal Date") = 2024`,
		note: 'Distinct Rehearsal Date in 2024: 36 (a row is a member at a rehearsal; 1,169 rows).'
	},
	{
		id: 'ak-choir_attendance-02',
		question: 'how much did we collect in subs in 2023',
		tables: ['choir_attendance'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Subs Paid (£)") FROM choir_attendance WHERE YEAR("Rehearsal Date") = 2023`,
		note: 'Subs Paid (£) summed over Rehearsal Date in 2023: £4,075 (£5,673 in 2024).'
	},
	{
		id: 'ak-choir_attendance-03',
		question: 'how many rehearsals has bernadette missed',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE Member = 'Bernadette O''Reilly' AND NOT Present`,
		note: `Bernadette is Member "Bernadette O'Reilly" (the only Bernadette); Present = No: 4 (of 72).`
	},
	{
		id: 'ak-choir_attendance-04',
		question: 'attendance rate by voice part',
		tables: ['choir_attendance'],
		tags: ['share', 'group-by'],
		sql: `SELECT "Voice Part", AVG(CASE WHEN Present THEN 1.0 ELSE 0 END) FROM choir_attendance GROUP BY "Voice Part"`,
		isShare: true,
		note: 'Share of rows with Present = Yes per Voice Part (4 rows: Alto 84.0%, Soprano 83.4%, Bass 82.9%, Tenor 81.7%).'
	},
	{
		id: 'ak-choir_attendance-05',
		question: 'how many different people have sung bass',
		tables: ['choir_attendance'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT Member) FROM choir_attendance WHERE "Voice Part" = 'Bass'`,
		note: "Voice Part 'Bass' (said in lowercase); distinct Member: 12 over the two years (some have left)."
	},
	{
		id: 'ak-choir_attendance-06',
		question: 'who arrives late most often',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT Member FROM choir_attendance WHERE "Arrived Late" GROUP BY Member ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Arrived Late = Yes per Member, the most: James Pritchard (14, Tenor; Linda Bennett 13). A rate per rehearsal attended is another reading.'
	},
	{
		id: 'ak-choir_attendance-07',
		question: 'how many new singers did we take on in 2024',
		tables: ['choir_attendance'],
		tags: ['aggregate-distinct', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(DISTINCT Member) FROM choir_attendance WHERE "New This Term" AND YEAR("Rehearsal Date") = 2024`,
		note: 'Distinct Member with New This Term = Yes in 2024: 12 (5 in Spring, 3 in Summer, 4 in Christmas 2024; their 144 rows are rehearsals, not people).'
	},
	{
		id: 'ak-choir_attendance-08',
		question: 'average number of singers at a rehearsal',
		tables: ['choir_attendance'],
		tags: ['metric', 'aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Present) * 1.0 / COUNT(DISTINCT "Rehearsal Date") FROM choir_attendance`,
		note: 'Rows with Present = Yes per distinct Rehearsal Date: 1,817 / 72 = 25.24. Members on the register per rehearsal (30.35) is another reading.'
	},
	{
		id: 'ak-choir_attendance-09',
		question: 'turnout at each rehearsal of the christmas 2024 season',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'synonym'],
		sql: `SELECT "Rehearsal Date", COUNT(*) FILTER (WHERE Present) FROM choir_attendance WHERE concert_season = 'Christmas 2024' GROUP BY "Rehearsal Date"`,
		note: "concert_season 'Christmas 2024'; members present per Rehearsal Date (14 rows, 25 on 15 October to 32 on 22 October, 5 November and 10 December). A share of the register is another reading."
	},
	{
		id: 'ak-choir_attendance-10',
		question: 'how many absences were down to illness',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE apologies = 'Illness'`,
		note: "apologies 'Illness': 88 (of 368 absences)."
	},
	{
		id: 'ak-choir_attendance-11',
		question: 'how many times did someone miss without sending apologies',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM choir_attendance WHERE NOT Present AND apologies IS NULL',
		note: 'Present = No with apologies empty: 121 (of 368 absences; apologies is empty on every row present too).'
	},
	{
		id: 'ak-choir_attendance-12',
		question: 'what percentage attended in january and february 2024',
		tables: ['choir_attendance'],
		tags: ['share', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FILTER (WHERE Present) * 1.0 / COUNT(*) FROM choir_attendance WHERE "Rehearsal Date" >= DATE '2024-01-01' AND "Rehearsal Date" < DATE '2024-03-01'`,
		isShare: true,
		note: 'Share of rows with Present = Yes among Rehearsal Date from 1 January to 29 February 2024: 163 of 217 (75.1%). One share for the two months; a share per month is another reading.'
	},
	{
		id: 'ak-choir_attendance-13',
		question: 'subs collected per concert season',
		tables: ['choir_attendance'],
		tags: ['sum', 'group-by'],
		sql: `SELECT concert_season, SUM("Subs Paid (£)") FROM choir_attendance GROUP BY concert_season`,
		note: 'Subs Paid (£) summed per concert_season (6 rows: Spring 2023 £1,260, Summer 2023 £1,285, Christmas 2023 £1,530, Spring 2024 £1,670, Summer 2024 £1,754, Christmas 2024 £2,249).'
	},
	{
		id: 'ak-choir_attendance-14',
		question: 'which season had the highest attendance rate',
		tables: ['choir_attendance'],
		tags: ['share', 'group-by', 'top-n'],
		sql: `SELECT concert_season FROM choir_attendance GROUP BY concert_season ORDER BY AVG(CASE WHEN Present THEN 1.0 ELSE 0 END) DESC LIMIT 1`,
		note: 'Share of rows with Present = Yes per concert_season, the highest: Christmas 2023 (87.6%; Christmas 2024 86.3%). By the number present it is Christmas 2024 (a rate was asked).'
	},
	{
		id: 'ak-choir_attendance-15',
		question: "how much has tomas o'donnell paid in subs",
		tables: ['choir_attendance'],
		tags: ['sum', 'filter-eq', 'quoting', 'fuzzy'],
		sql: `SELECT SUM("Subs Paid (£)") FROM choir_attendance WHERE Member = 'Tomás O''Donnell'`,
		note: `Member "Tomás O'Donnell" (typed without the accent); Subs Paid (£) summed: £156 (27 rehearsals attended in 2024).`
	},
	{
		id: 'ak-choir_attendance-16',
		question: 'how many tenors came on 5 march 2024',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE "Voice Part" = 'Tenor' AND Present AND "Rehearsal Date" = DATE '2024-03-05'`,
		note: "Voice Part 'Tenor' with Present = Yes on Rehearsal Date 5 March 2024: 5 (of 6 on the register)."
	},
	{
		id: 'ak-choir_attendance-17',
		question: 'how many termly payments of £55 were made',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE "Subs Paid (£)" = 55`,
		note: 'Subs Paid (£) 55 (a season paid up front in 2024): 27 (by 12 members).'
	},
	{
		id: 'ak-choir_attendance-18',
		question: 'how many attended each month in 2023',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Rehearsal Date") AS m, COUNT(*) FILTER (WHERE Present) FROM choir_attendance WHERE YEAR("Rehearsal Date") = 2023 GROUP BY m`,
		note: 'Rows with Present = Yes per calendar month of Rehearsal Date in 2023 (11 rows, no August: March 103 the most, June 98; July 24 the fewest, one rehearsal). A rate per month or distinct members is another reading.'
	},
	{
		id: 'ak-choir_attendance-19',
		question: 'how many times did altos and sopranos miss rehearsal in 2024',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-list', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE "Voice Part" IN ('Alto', 'Soprano') AND NOT Present AND YEAR("Rehearsal Date") = 2024`,
		note: "Voice Part 'Alto' or 'Soprano' with Present = No in 2024: one count, 110. A count per part is another reading."
	},
	{
		id: 'ak-choir_attendance-20',
		question: 'who is member 007',
		tables: ['choir_attendance'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT DISTINCT Member FROM choir_attendance WHERE "Member No" = '007'`,
		note: "Member No '007' (text with the leading zeros): Amelia Thompson (Soprano, to July 2024). With her voice part is another reading."
	},
	{
		id: 'ak-choir_attendance-21',
		question: "how many apologies weren't for illness or holidays",
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE apologies NOT IN ('Illness', 'Holiday')`,
		note: "apologies other than 'Illness' and 'Holiday' (Work 58, Family 37, Other 6): 101. Absences with no apologies are not apologies and are left out."
	},
	{
		id: 'ak-choir_attendance-22',
		question: 'how many late arrivals in december 2024',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE "Arrived Late" AND "Rehearsal Date" >= DATE '2024-12-01' AND "Rehearsal Date" < DATE '2025-01-01'`,
		note: 'Arrived Late = Yes with Rehearsal Date in December 2024 (3 and 10 December): 10.'
	},
	{
		id: 'ak-choir_attendance-23',
		question: 'top 5 best attenders',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT Member, COUNT(*) AS n FROM choir_attendance WHERE Present GROUP BY Member ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: "Present = Yes per Member, most first: Rhys Lloyd 69, Bernadette O'Reilly 68, Marek Wilson 68, Daisy Pritchard 64, Josie D'Arcy 63 (sixth Grace Brown 62). By rate, members who joined later or came to few rehearsals (four never missed one) would come first, another reading."
	},
	{
		id: 'ak-choir_attendance-24',
		question: 'total absenses for the basses in 2023',
		tables: ['choir_attendance'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM choir_attendance WHERE "Voice Part" = 'Bass' AND NOT Present AND YEAR("Rehearsal Date") = 2023`,
		note: "Absences (typo) are Present = No; Voice Part 'Bass' in 2023: 48 (on 29 of the 36 rehearsals)."
	},
	{
		id: 'ak-choir_attendance-25',
		question: 'how many different members came at least once in the summer 2024 season',
		tables: ['choir_attendance'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT Member) FROM choir_attendance WHERE Present AND concert_season = 'Summer 2024'`,
		note: "concert_season 'Summer 2024' with Present = Yes; distinct Member: 32 (everyone on that season's register came at least once)."
	},
	{
		id: 'ak-refuse-01',
		question: 'how much does the kitchen spend on ingredients each week',
		tables: ['school_meals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No costs or ingredients; Price (£) is what a junior's family pays for a meal."
	},
	{
		id: 'ak-refuse-02',
		question: 'which children are on free school meals',
		tables: ['school_meals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the number of free meals per sitting; no children or their names.'
	},
	{
		id: 'ak-refuse-03',
		question: 'how many portions of pudding did we serve in 2024',
		tables: ['school_meals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the main dish is recorded; no puddings.'
	},
	{
		id: 'ak-refuse-04',
		question: 'how many miles did we drive to jobs in 2024',
		tables: ['boiler_services'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No mileage, fuel or travel; only the hours on site.'
	},
	{
		id: 'ak-refuse-05',
		question: 'what time do we usually get to the first job of the day',
		tables: ['boiler_services'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Visit Date is a day with no time; no arrival times are recorded.'
	},
	{
		id: 'ak-refuse-06',
		question: 'which customers gave us a five star review',
		tables: ['boiler_services'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviews or ratings are recorded.'
	},
	{
		id: 'ak-refuse-07',
		question: 'which songs have we rehearsed the most',
		tables: ['choir_attendance'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The register holds who came and who paid; no songs or repertoire.'
	},
	{
		id: 'ak-refuse-08',
		question: 'how many tickets did we sell for the christmas 2024 concert',
		tables: ['choir_attendance'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No concerts, tickets or audiences; concert_season only names the rehearsal season.'
	},
	{
		id: 'ak-refuse-09',
		question: 'how old is our oldest member',
		tables: ['choir_attendance'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of the members.'
	}
];
