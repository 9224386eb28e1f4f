import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set Z: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-z/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - courier_deliveries.csv (1,365 rows, Aire Same Day (a small Leeds same-day courier firm): every
 *   delivery job booked 2023-01-04 to 2024-12-23, as exported at 18:00 on 31 December 2024, one
 *   row per job; weekdays and a few Saturday mornings, none on bank holidays or between
 *   Christmas and New Year): "Job Ref" ('ASD-' with the two-digit year and a running number,
 *   'ASD-230001' to 'ASD-241365', unique, in booking order), booked_at (TIMESTAMP), "Customer
 *   Account" (486 distinct: eight business accounts with 770 jobs between them, 'Kirkgate
 *   Dental Lab' 159, 'Headrow Print & Design' 136, 'Moorside Motor Parts' 129, 'Calder Legal
 *   LLP' 123, 'Aire Valley Pharmacy' 92, 'Northern Opticians Ltd' 73, 'Roundhay Florist' 39
 *   (from February 2024), 'Holbeck Architects' 19 (to November 2023); the rest private one-off
 *   customers such as 'Chloe Lister', at most 4 jobs each, 74 jobs written like 'Ms V Rhodes'),
 *   "Collection Town" ('Leeds' 883 | 'Wakefield' 184 | 'Bradford' 155 | 'Harrogate' 105 | 'York'
 *   38), "Dropoff Town" (13: 'Leeds' 541, 'Bradford' 178, 'Wakefield' 151, 'Harrogate' 120,
 *   'York' 105, 'Huddersfield' 62, 'Sheffield' 55, 'Manchester' 54, 'Halifax' 44, 'Hull' 23,
 *   'Doncaster' 22, 'Newcastle' 6, 'Birmingham' 4), Driver (8: 'Shazia Begum' 516 and 'Tony
 *   Baxter' 395 (from April 2023) drive cars; 'Dean Naylor' 107, 'Gary Firth' 100, 'Ryan Holt' 87
 *   (from October 2023) and 'Lee Armitage' 26 (to September 2023) vans; 'Kyle Dunn' 92 (to June
 *   2024) and 'Megan Shaw' 42 (from May 2024) ride bikes), vehicle ('Car' 911 | 'Van' 320 |
 *   'Bike' 134; bikes only inside Leeds), "Weight (kg)" (DOUBLE, 0.1-56.8; 65 missing: not
 *   weighed), distanceMiles (DOUBLE, 1.5-110.9), "Price (£)" (DOUBLE, 9.18-137.95: a base fee by
 *   urgency plus a rate per mile, more for a van, 6% higher from 2024), Urgency ('Standard' 698 |
 *   'Express' 514 | 'Same Hour' 153), "Due By" (TIMESTAMP, the deadline: an hour after booking
 *   for Same Hour, three hours for Express, 18:00 the same day for Standard booked before noon,
 *   otherwise noon the next working day), delivered_at (TIMESTAMP; 13 missing: returned to the
 *   sender; 97 later than Due By), "First Time Delivery" (BOOLEAN, from Yes/No; 81 No, each
 *   delivered the next working day or returned), failed_reason (filled on exactly the 81 failed
 *   first attempts: 'No one home' 35, 'Wrong address' 13, 'Business closed' 10, 'No safe place'
 *   9, 'Refused by recipient' 9, 'Access problem' 5), "Signed For By" (588 distinct names, most
 *   like 'A Kaur', some like 'Hamza Brook'; 440 missing: left in a safe place, or not
 *   delivered).
 * - podcast_episodes.csv (469 rows, Hollow Oak Audio (a small podcast network): its episode
 *   catalogue, every episode released 2019-01-22 to 2024-12-23, one row per episode): "Show" (a
 *   word DuckDB reserves, so it must be quoted; 'Full Time Talk' 141 (football, weekly in the
 *   season, from August 2021) | 'Dig In' 127 (gardening, from April 2019) | 'Cold Case Files' 87
 *   (true crime, from January 2020) | 'Pound Sense' 72 (personal finance, every four weeks from
 *   January 2019) | 'Half Baked' 42 (comedy, September 2023 to June 2024)), "Ep No" (BIGINT,
 *   1-128, numbered within each show; 20 missing: the bonus episodes), "Episode Title" (440
 *   distinct, e.g. 'The Vicarage Disappearance', 'Jobs for May 2023', 'Remortgaging (Part 2) with
 *   Ravi Mistry', 'Mailbag #9'; the bonus episodes 'Bonus: Outtakes', 'Bonus: Live Q&A' and so
 *   on), "Release Date" (DATE), "Duration (mins)" (BIGINT, 13-86; 10 exactly 60), downloads_30d
 *   (BIGINT, downloads in the first 30 days, 1,314-60,428; 6 missing: released in December 2024),
 *   Guest (33 distinct, e.g. 'Bill Harker' 16, 'Anita Desai' 11, 'DCI (ret.) Ray Noble', 'Prof.
 *   Tom Ridley'; 254 missing: solo episodes), topic (20, each show its own apart from 'Listener
 *   Q&A' and 'History': 'Match Review' 71, 'Seasonal Jobs' 39, 'Listener Q&A' 38, 'Comedy' 36,
 *   'Transfers' 35, 'Vegetables' 31, 'Murder' 24, 'Unsolved' 22, … 'Food' 6), Explicit (BOOLEAN,
 *   from Yes/No; 137, none on Dig In or Pound Sense), Sponsor (8, from 2021: 'Kitbag Sports' 37,
 *   'Redline Energy' 26, 'Hearth Coffee' 22, 'Brightwell Mattresses' 15, 'Ledger & Co
 *   Accountants' 12, 'ShieldNet VPN' 11, 'Greenhouse Direct' 10, 'Thornbury Seeds' 8; 328
 *   missing).
 * - blood_donor_sessions.csv (1,937 rows, West Yorkshire blood donor sessions: every donor
 *   appointment 2022-01-04 to 2024-12-23, one row per appointment, at the Leeds Donor Centre
 *   (Monday to Saturday) and at town-hall and mobile-unit sessions every few weeks): "Donor ID"
 *   ('WY104002' to 'WY107416', 380 donors), Age (BIGINT, 17-75, at the appointment), sex ('M'
 *   1,019 rows, 186 donors | 'F' 918 rows, 194 donors), "Blood Group" ('O+' 656 rows, 122 donors
 *   | 'A+' 523, 118 | 'O-' 245, 52 | 'B+' 209, 33 | 'A-' 183, 33 | 'AB+' 95, 15 | 'AB-' 22, 5 |
 *   'B-' 4, 2), "Session Date" (DATE), Venue ('Leeds Donor Centre' 1,069 | 'Pudsey Town Hall' 234
 *   | 'Otley Civic Centre' 190 | 'Morley Town Hall' 181 | 'Ilkley Kings Hall' 151 | 'Mobile Unit
 *   - Wetherby' 73 | 'Mobile Unit - Garforth' 39), donationType ('Whole blood' 1,397 | 'Plasma'
 *   285 | 'Platelets' 255; plasma and platelets only at the donor centre, each donor always the
 *   same type and venue), Attended (BOOLEAN, from Yes/No; 151 No: no-shows, with nothing else
 *   recorded), "Volume (ml)" (BIGINT, 192-780: whole blood about 470 (28 short donations under
 *   400), platelets about 250, plasma 600-780; 331 missing: no-shows and deferrals), "Hb (g/L)"
 *   (BIGINT, haemoglobin at screening, 110-184; 223 missing: 151 no-shows, 53 turned away before
 *   the test, 19 not written down), Deferred (BOOLEAN, from Yes/No; 180 Yes, 1,606 No, 151
 *   missing: the no-shows), "Deferral Reason" (on the 180 deferrals: 'Low haemoglobin' 107,
 *   'Recent travel' 24, 'Medication' 16, 'Feeling unwell' 13, 'Recent tattoo or piercing' 11,
 *   'High blood pressure' 9), "First Time" (BOOLEAN, from Yes/No; 179: the first appointment of a
 *   donor who joined in 2022-2024, always attended).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_Z_TABLE_SOURCES: TableSource[] = [
	{
		name: 'courier_deliveries',
		humanName: 'Courier deliveries',
		repoDir: 'tests/nl/data/set-z',
		file: 'courier_deliveries.csv',
		format: 'csv'
	},
	{
		name: 'podcast_episodes',
		humanName: 'Podcast episodes',
		repoDir: 'tests/nl/data/set-z',
		file: 'podcast_episodes.csv',
		format: 'csv'
	},
	{
		name: 'blood_donor_sessions',
		humanName: 'Blood donor sessions',
		repoDir: 'tests/nl/data/set-z',
		file: 'blood_donor_sessions.csv',
		format: 'csv'
	}
];

export const SET_Z_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- courier deliveries
	{
		id: 'z-courier_deliveries-01',
		question: 'how many jobs did we do in 2024',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM courier_deliveries WHERE YEAR(booked_at) = 2024',
		note: 'A job is a row; booked_at in 2024 (752), failed and returned jobs included.'
	},
	{
		id: 'z-courier_deliveries-02',
		question: 'total £ billed in 2023',
		tables: ['courier_deliveries'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Price (£)") FROM courier_deliveries WHERE YEAR(booked_at) = 2023',
		note: 'Billed is Price (£), summed over jobs booked in 2023 (£22,694.41).'
	},
	{
		id: 'z-courier_deliveries-03',
		question: 'which driver has done the most jobs',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Driver FROM courier_deliveries GROUP BY Driver ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Most rows per Driver: Shazia Begum (516; Tony Baxter 395).'
	},
	{
		id: 'z-courier_deliveries-04',
		question: 'avg price of a same hour job',
		tables: ['courier_deliveries'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Price (£)") FROM courier_deliveries WHERE Urgency = 'Same Hour'`,
		note: "Lower-case value: Urgency 'Same Hour'; Price (£) averaged over its 153 jobs (£44.18)."
	},
	{
		id: 'z-courier_deliveries-05',
		question: "how many parcels weren't delivered first time",
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation', 'synonym'],
		sql: 'SELECT COUNT(*) FROM courier_deliveries WHERE NOT "First Time Delivery"',
		note: 'First Time Delivery = No (81; 68 of them delivered the next working day, 13 returned to the sender).'
	},
	{
		id: 'z-courier_deliveries-06',
		question: 'failed first attempts broken down by cause',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT failed_reason, COUNT(*) FROM courier_deliveries WHERE NOT "First Time Delivery" GROUP BY failed_reason',
		note: 'A cause is a failed_reason; failed first attempts (First Time Delivery = No, the only rows with a failed_reason) counted per failed_reason: 6 rows, No one home 35 the most. Grouping every row adds one empty reason with the 1,284 delivered first time.'
	},
	{
		id: 'z-courier_deliveries-07',
		question: 'how many deliveries were late',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'metric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM courier_deliveries WHERE delivered_at > "Due By"',
		note: 'Late is delivered_at after the Due By deadline (97: 45 Express, 30 Standard, 22 Same Hour, most of the Standard ones failed first time). The 13 jobs never delivered have no delivered_at and are not counted.'
	},
	{
		id: 'z-courier_deliveries-08',
		question: 'jobs per month in 2024',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', booked_at) AS m, COUNT(*) FROM courier_deliveries WHERE YEAR(booked_at) = 2024 GROUP BY m`,
		note: 'Jobs booked in 2024, counted per calendar month of booked_at (12 months, October 73 the most, August 42 the fewest).'
	},
	{
		id: 'z-courier_deliveries-09',
		question: 'top 5 customers by spend',
		tables: ['courier_deliveries'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT "Customer Account", SUM("Price (£)") AS s FROM courier_deliveries GROUP BY "Customer Account" ORDER BY s DESC LIMIT 5',
		isOrdered: true,
		note: 'Price (£) summed per Customer Account: Moorside Motor Parts £6,429.52, Kirkgate Dental Lab £4,662.61, Headrow Print & Design £4,530.20, Calder Legal LLP £4,250.51, Aire Valley Pharmacy £3,136.82.'
	},
	{
		id: 'z-courier_deliveries-10',
		question: 'median miles per job',
		tables: ['courier_deliveries'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(distanceMiles) FROM courier_deliveries',
		note: 'Median of distanceMiles over every job (11.5; the mean is 16.2).'
	},
	{
		id: 'z-courier_deliveries-11',
		question: "how many parcels didn't get weighed",
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM courier_deliveries WHERE "Weight (kg)" IS NULL',
		note: 'Not weighed is Weight (kg) empty (65).'
	},
	{
		id: 'z-courier_deliveries-12',
		question: 'what % of jobs go by bike',
		tables: ['courier_deliveries'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FILTER (WHERE vehicle = 'Bike') * 1.0 / COUNT(*) FROM courier_deliveries`,
		isShare: true,
		note: "Share of rows with vehicle 'Bike': 134 of 1,365 (9.8%)."
	},
	{
		id: 'z-courier_deliveries-13',
		question: 'takings per year for vans, cars and bikes',
		tables: ['courier_deliveries'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: 'SELECT vehicle, YEAR(booked_at) AS y, SUM("Price (£)") FROM courier_deliveries GROUP BY vehicle, y',
		note: 'Takings are Price (£), summed per vehicle and year of booked_at (6 rows; Car 2024 £17,761.29 the most). Vans, cars and bikes are every vehicle, so no filter.'
	},
	{
		id: 'z-courier_deliveries-14',
		question: 'heaviest parcel weve carried',
		tables: ['courier_deliveries'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Weight (kg)") FROM courier_deliveries',
		note: 'The highest Weight (kg): 56.8. The job (a row) is another reading; the weight is asked for.'
	},
	{
		id: 'z-courier_deliveries-15',
		question: 'show job ref, customer and drop off town for parcels that never got delivered',
		tables: ['courier_deliveries'],
		tags: ['rows-mode', 'filter-missing', 'synonym'],
		sql: 'SELECT "Job Ref", "Customer Account", "Dropoff Town" FROM courier_deliveries WHERE delivered_at IS NULL',
		note: 'delivered_at empty (returned to the sender after a failed attempt): 13 rows of Job Ref, Customer Account and Dropoff Town.'
	},
	{
		id: 'z-courier_deliveries-16',
		question: 'jobs to manchester or sheffield since july 2024',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'filter-list', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM courier_deliveries WHERE "Dropoff Town" IN ('Manchester', 'Sheffield') AND booked_at >= TIMESTAMP '2024-07-01 00:00:00'`,
		note: "One count of Dropoff Town 'Manchester' or 'Sheffield', booked from 1 July 2024 on (34); one count per town (Sheffield 18, Manchester 16) is another reading."
	},
	{
		id: 'z-courier_deliveries-17',
		question: 'how many diffrent customers have we had',
		tables: ['courier_deliveries'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Customer Account") FROM courier_deliveries',
		note: 'Misspelt diffrent: distinct Customer Account values (486: eight business accounts and the private customers).'
	},
	{
		id: 'z-courier_deliveries-18',
		question: 'jobs over 50 miles',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM courier_deliveries WHERE distanceMiles > 50',
		note: 'distanceMiles above 50 (38; none exactly 50). Counted; listing them is another reading.'
	},
	{
		id: 'z-courier_deliveries-19',
		question: 'express jobs for kirkgate dental between march and may 2024',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM courier_deliveries WHERE "Customer Account" = 'Kirkgate Dental Lab' AND Urgency = 'Express' AND booked_at >= TIMESTAMP '2024-03-01 00:00:00' AND booked_at < TIMESTAMP '2024-06-01 00:00:00'`,
		note: "kirkgate dental is Customer Account 'Kirkgate Dental Lab'; Urgency 'Express', booked 1 March to 31 May 2024, May included (10). Counted; listing them is another reading."
	},
	{
		id: 'z-courier_deliveries-20',
		question: 'median minutes from booking to delivery on same hour jobs',
		tables: ['courier_deliveries'],
		tags: ['median', 'metric', 'filter-eq'],
		sql: `SELECT MEDIAN(date_diff('minute', booked_at, delivered_at)) FROM courier_deliveries WHERE Urgency = 'Same Hour'`,
		note: "Minutes from booked_at to delivered_at, median over Urgency 'Same Hour' jobs that were delivered (152 jobs: 43 minutes). The mean is 132.9, pulled up by next-day redeliveries."
	},
	{
		id: 'z-courier_deliveries-21',
		question: 'how many drops had no signature',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM courier_deliveries WHERE "Signed For By" IS NULL',
		note: 'A drop is a job; Signed For By empty (440). 13 of these were never delivered; only the delivered ones left without a signature is another reading (427).'
	},
	{
		id: 'z-courier_deliveries-22',
		question: 'busiest drop off town apart from leeds',
		tables: ['courier_deliveries'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-negation'],
		sql: `SELECT "Dropoff Town" FROM courier_deliveries WHERE "Dropoff Town" <> 'Leeds' GROUP BY "Dropoff Town" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Most rows per Dropoff Town other than 'Leeds' (541): Bradford (178; Wakefield 151)."
	},

	// ---------------------------------------------------------------- podcast episodes
	{
		id: 'z-podcast_episodes-01',
		question: 'how many episodes did we put out in 2023',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM podcast_episodes WHERE YEAR("Release Date") = 2023',
		note: 'Rows with a Release Date in 2023 (107), bonus episodes included (99 without them).'
	},
	{
		id: 'z-podcast_episodes-02',
		question: 'total listens across all the shows',
		tables: ['podcast_episodes'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(downloads_30d) FROM podcast_episodes',
		note: 'Listens are downloads_30d (first 30 days), added up over every episode that has a figure (2,686,127; the 6 December 2024 episodes have none yet).'
	},
	{
		id: 'z-podcast_episodes-03',
		question: 'which show gets the best avg downloads per episode',
		tables: ['podcast_episodes'],
		tags: ['avg', 'group-by', 'top-n', 'quoting'],
		sql: 'SELECT "Show" FROM podcast_episodes GROUP BY "Show" ORDER BY AVG(downloads_30d) DESC LIMIT 1',
		note: 'downloads_30d averaged per Show: Cold Case Files (12,211; Full Time Talk 6,154).'
	},
	{
		id: 'z-podcast_episodes-04',
		question: 'average length of a dig in episode',
		tables: ['podcast_episodes'],
		tags: ['avg', 'filter-eq', 'synonym', 'fuzzy', 'quoting'],
		sql: `SELECT AVG("Duration (mins)") FROM podcast_episodes WHERE "Show" = 'Dig In'`,
		note: "Length is Duration (mins); averaged over Show 'Dig In' (127 episodes: 39.7 minutes), bonus episodes included."
	},
	{
		id: 'z-podcast_episodes-05',
		question: 'number of episodes per show',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'group-by', 'quoting'],
		sql: 'SELECT "Show", COUNT(*) FROM podcast_episodes GROUP BY "Show"',
		note: 'Rows per Show (5 rows: Full Time Talk 141, Dig In 127, Cold Case Files 87, Pound Sense 72, Half Baked 42), bonus episodes included.'
	},
	{
		id: 'z-podcast_episodes-06',
		question: 'how many episodes had a guest on',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM podcast_episodes WHERE Guest IS NOT NULL',
		note: 'Guest not empty (215; 254 solo episodes).'
	},
	{
		id: 'z-podcast_episodes-07',
		question: 'top 10 most downloaded episodes',
		tables: ['podcast_episodes'],
		tags: ['top-n', 'rows-mode'],
		sql: 'SELECT "Episode Title", downloads_30d FROM podcast_episodes ORDER BY downloads_30d DESC NULLS LAST LIMIT 10',
		isOrdered: true,
		note: 'Episodes by downloads_30d, highest first: The Vicarage Disappearance 60,428, Remortgaging (Part 2) with Ravi Mistry 34,390, The Lantern Mystery with Helen Garside 24,430, … tenth The Pier Poisoning 17,007 (eleventh 16,652, no tie). The title with its downloads; the title alone is another reading.'
	},
	{
		id: 'z-podcast_episodes-08',
		question: 'how many explicit eps of full time talk',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM podcast_episodes WHERE Explicit AND "Show" = 'Full Time Talk'`,
		note: "eps is episodes: Explicit = Yes and Show 'Full Time Talk' (73 of its 141)."
	},
	{
		id: 'z-podcast_episodes-09',
		question: 'downloads per year',
		tables: ['podcast_episodes'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: 'SELECT YEAR("Release Date") AS y, SUM(downloads_30d) FROM podcast_episodes GROUP BY y',
		note: 'downloads_30d summed per year of Release Date (6 rows, rising every year: 2019 83,041 to 2024 775,819).'
	},
	{
		id: 'z-podcast_episodes-10',
		question: 'median dowloads for cold case files',
		tables: ['podcast_episodes'],
		tags: ['median', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT MEDIAN(downloads_30d) FROM podcast_episodes WHERE "Show" = 'Cold Case Files'`,
		note: "Misspelt dowloads; lower-case value: Show 'Cold Case Files'; median downloads_30d over its 87 episodes (11,785)."
	},
	{
		id: 'z-podcast_episodes-11',
		question: "what's the shortest episode we've done in minutes",
		tables: ['podcast_episodes'],
		tags: ['min', 'synonym'],
		sql: 'SELECT MIN("Duration (mins)") FROM podcast_episodes',
		note: 'The lowest Duration (mins): 13 (a Cold Case Files bonus episode). The episode (a row) is another reading; the minutes are asked for.'
	},
	{
		id: 'z-podcast_episodes-12',
		question: 'which sponsors have we had and how many eps each',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'group-by', 'filter-missing'],
		sql: 'SELECT Sponsor, COUNT(*) FROM podcast_episodes WHERE Sponsor IS NOT NULL GROUP BY Sponsor',
		note: 'Episodes with a Sponsor, counted per Sponsor (8 rows, Kitbag Sports 37 the most). Grouping every row adds one empty sponsor with 328; the sponsor names alone is a shorter reading.'
	},
	{
		id: 'z-podcast_episodes-13',
		question: 'what share of episodes have a sponsor',
		tables: ['podcast_episodes'],
		tags: ['share', 'filter-missing'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Sponsor IS NOT NULL) * 1.0 / COUNT(*) FROM podcast_episodes',
		isShare: true,
		note: 'Share of rows with a Sponsor: 141 of 469 (30.1%). Of the episodes since 2021, when the first sponsor came in, is another reading (141 of 387, 36.4%).'
	},
	{
		id: 'z-podcast_episodes-14',
		question: 'how many episodes has bill harker been on',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM podcast_episodes WHERE Guest = 'Bill Harker'`,
		note: "Lower-case value: Guest 'Bill Harker' (16, all on Dig In)."
	},
	{
		id: 'z-podcast_episodes-15',
		question: 'list pound sense episodes from 2024 with title, release date and downloads',
		tables: ['podcast_episodes'],
		tags: ['rows-mode', 'filter-eq', 'time-year', 'fuzzy', 'quoting'],
		sql: `SELECT "Episode Title", "Release Date", downloads_30d FROM podcast_episodes WHERE "Show" = 'Pound Sense' AND YEAR("Release Date") = 2024`,
		note: "Show 'Pound Sense', Release Date in 2024: 12 rows of Episode Title, Release Date and downloads_30d (the December one has no downloads yet)."
	},
	{
		id: 'z-podcast_episodes-16',
		question: 'how many bonus episodes have we done',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM podcast_episodes WHERE "Episode Title" ILIKE 'bonus%'`,
		note: "Episode Title starting 'Bonus:' (20); these are exactly the episodes with no Ep No, so counting those gives the same."
	},
	{
		id: 'z-podcast_episodes-17',
		question: 'episodes over an hour long',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM podcast_episodes WHERE "Duration (mins)" > 60',
		note: 'An hour is 60 minutes: Duration (mins) above 60 (73); at least 60 is another reading (83: 10 are exactly 60). Counted; listing them is another reading.'
	},
	{
		id: 'z-podcast_episodes-18',
		question: 'how many different guests have we had',
		tables: ['podcast_episodes'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Guest) FROM podcast_episodes',
		note: 'Distinct Guest values (33; the empty Guest of solo episodes is not counted).'
	},
	{
		id: 'z-podcast_episodes-19',
		question: 'avg downloads per subject on cold case files',
		tables: ['podcast_episodes'],
		tags: ['avg', 'group-by', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT topic, AVG(downloads_30d) FROM podcast_episodes WHERE "Show" = 'Cold Case Files' GROUP BY topic`,
		note: "A subject is a topic; Show 'Cold Case Files', downloads_30d averaged per topic (5 rows: Missing Persons 14,639 the highest, Fraud 10,794 the lowest)."
	},
	{
		id: 'z-podcast_episodes-20',
		question: 'episodes released since sept 2024',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM podcast_episodes WHERE "Release Date" >= DATE '2024-09-01'`,
		note: 'Release Date from 1 September 2024 on (33). Counted; listing them is another reading.'
	},
	{
		id: 'z-podcast_episodes-21',
		question: 'downloads by show and year',
		tables: ['podcast_episodes'],
		tags: ['sum', 'multi-group', 'time-grain', 'quoting'],
		sql: 'SELECT "Show", YEAR("Release Date") AS y, SUM(downloads_30d) FROM podcast_episodes GROUP BY "Show", y',
		note: 'downloads_30d summed per Show and year of Release Date (23 rows: each show only from the year it started).'
	},
	{
		id: 'z-podcast_episodes-22',
		question: 'how many clean episodes has cold case files done',
		tables: ['podcast_episodes'],
		tags: ['aggregate-count', 'filter-negation', 'synonym', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM podcast_episodes WHERE NOT Explicit AND "Show" = 'Cold Case Files'`,
		note: "Clean is the podcast word for not explicit: Explicit = No and Show 'Cold Case Files' (59 of its 87)."
	},

	// ---------------------------------------------------------------- blood donor sessions
	{
		id: 'z-blood_donor_sessions-01',
		question: 'how many donor sessions did we have in 2024',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM blood_donor_sessions WHERE YEAR("Session Date") = 2024',
		note: 'A session is a row (one donor appointment); Session Date in 2024 (585), no-shows and deferrals included. The number of session days is a looser reading.'
	},
	{
		id: 'z-blood_donor_sessions-02',
		question: 'how many times did people actually give blood in 2023',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM blood_donor_sessions WHERE YEAR("Session Date") = 2023 AND Attended AND NOT Deferred',
		note: 'Appointments in 2023 where the donor came and was not deferred (529), the same as those with a Volume (ml); plasma and platelet donations are counted as giving blood (whole blood only is another reading). All 644 appointments is a looser reading.'
	},
	{
		id: 'z-blood_donor_sessions-03',
		question: 'no-shows per site',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'group-by', 'filter-eq', 'synonym'],
		sql: 'SELECT Venue, COUNT(*) FROM blood_donor_sessions WHERE NOT Attended GROUP BY Venue',
		note: 'No-shows are Attended = No, counted per Venue (a site; 7 rows: Leeds Donor Centre 77 the most).'
	},
	{
		id: 'z-blood_donor_sessions-04',
		question: 'how many donors have we got',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Donor ID") FROM blood_donor_sessions',
		note: 'Distinct Donor ID values (380), not the number of appointments (1,937).'
	},
	{
		id: 'z-blood_donor_sessions-05',
		question: 'average age of first time donors',
		tables: ['blood_donor_sessions'],
		tags: ['avg', 'filter-eq'],
		sql: 'SELECT AVG(Age) FROM blood_donor_sessions WHERE "First Time"',
		note: 'Age averaged over First Time = Yes (179 rows, one per new donor: 29.9).'
	},
	{
		id: 'z-blood_donor_sessions-06',
		question: 'total ml collected in 2023',
		tables: ['blood_donor_sessions'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Volume (ml)") FROM blood_donor_sessions WHERE YEAR("Session Date") = 2023',
		note: 'Volume (ml) summed over 2023 (252,972 ml), whole blood, plasma and platelets together.'
	},
	{
		id: 'z-blood_donor_sessions-07',
		question: 'most common blood group among our donors',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-distinct', 'group-by', 'top-n'],
		sql: 'SELECT "Blood Group" FROM blood_donor_sessions GROUP BY "Blood Group" ORDER BY COUNT(DISTINCT "Donor ID") DESC LIMIT 1',
		note: 'Distinct donors per Blood Group: O+ (122; A+ 118). Counting appointments gives the same (O+ 656, A+ 523).'
	},
	{
		id: 'z-blood_donor_sessions-08',
		question: 'how many low hb deferrals',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM blood_donor_sessions WHERE "Deferral Reason" = 'Low haemoglobin'`,
		note: "hb is haemoglobin: Deferral Reason 'Low haemoglobin' (107)."
	},
	{
		id: 'z-blood_donor_sessions-09',
		question: 'deferral rate for people who turned up',
		tables: ['blood_donor_sessions'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Deferred) * 1.0 / COUNT(*) FROM blood_donor_sessions WHERE Attended',
		isShare: true,
		note: 'Share of attended appointments with Deferred = Yes: 180 of 1,786 (10.1%). Over every appointment, no-shows included, is another reading (9.3%).'
	},
	{
		id: 'z-blood_donor_sessions-10',
		question: 'avg haemoglobin men vs women',
		tables: ['blood_donor_sessions'],
		tags: ['avg', 'group-by', 'synonym', 'fuzzy'],
		sql: 'SELECT sex, AVG("Hb (g/L)") FROM blood_donor_sessions GROUP BY sex',
		note: 'Haemoglobin is Hb (g/L); men and women are sex M and F; averaged per sex over the readings taken (2 rows: M 151.1, F 136.9).'
	},
	{
		id: 'z-blood_donor_sessions-11',
		question: 'whole blood vs plasma vs platelets each year',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT donationType, YEAR("Session Date") AS y, COUNT(*) FROM blood_donor_sessions GROUP BY donationType, y',
		note: 'Appointments counted per donationType (all three named) and year of Session Date (9 rows; Whole blood 2022 503 the most). Only the donations made (Volume (ml) given) is another reading.'
	},
	{
		id: 'z-blood_donor_sessions-12',
		question: 'how many o neg donors have we got',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Donor ID") FROM blood_donor_sessions WHERE "Blood Group" = 'O-'`,
		note: "o neg is Blood Group 'O-'; distinct Donor ID (52). Their appointments (245) is another reading."
	},
	{
		id: 'z-blood_donor_sessions-13',
		question: 'show date, donor id and reason for deferrals at otley in 2024',
		tables: ['blood_donor_sessions'],
		tags: ['rows-mode', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT "Session Date", "Donor ID", "Deferral Reason" FROM blood_donor_sessions WHERE Deferred AND Venue = 'Otley Civic Centre' AND YEAR("Session Date") = 2024`,
		note: "otley is Venue 'Otley Civic Centre'; Deferred = Yes in 2024: 6 rows of Session Date, Donor ID and Deferral Reason."
	},
	{
		id: 'z-blood_donor_sessions-14',
		question: 'how many sessions are missing an hb reading',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM blood_donor_sessions WHERE "Hb (g/L)" IS NULL',
		note: 'Hb (g/L) empty (223: 151 no-shows, 53 turned away before the test, 19 not written down). Only the donors who turned up is another reading (72).'
	},
	{
		id: 'z-blood_donor_sessions-15',
		question: 'median plasma volume',
		tables: ['blood_donor_sessions'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Volume (ml)") FROM blood_donor_sessions WHERE donationType = 'Plasma'`,
		note: "Lower-case value: donationType 'Plasma'; median Volume (ml) over its donations (686 ml)."
	},
	{
		id: 'z-blood_donor_sessions-16',
		question: 'new donors per month in 2024',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Session Date") AS m, COUNT(*) FROM blood_donor_sessions WHERE "First Time" AND YEAR("Session Date") = 2024 GROUP BY m`,
		note: 'New donors are First Time = Yes (one row each), counted per calendar month of Session Date in 2024 (12 months, 66 in all; February and September 8 the most).'
	},
	{
		id: 'z-blood_donor_sessions-17',
		question: 'how many donors are 65 or older',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-distinct', 'filter-numeric'],
		sql: 'SELECT COUNT(DISTINCT "Donor ID") FROM blood_donor_sessions WHERE Age >= 65',
		note: 'Distinct Donor ID with an Age of 65 or more at any appointment (23; over 65 is 20). Counting their appointments is another reading.'
	},
	{
		id: 'z-blood_donor_sessions-18',
		question: 'top 3 venues for whole blood collected',
		tables: ['blood_donor_sessions'],
		tags: ['sum', 'group-by', 'top-n', 'filter-eq'],
		sql: `SELECT Venue, SUM("Volume (ml)") AS v FROM blood_donor_sessions WHERE donationType = 'Whole blood' GROUP BY Venue ORDER BY v DESC LIMIT 3`,
		isOrdered: true,
		note: "donationType 'Whole blood', Volume (ml) summed per Venue: Leeds Donor Centre 211,304, Pudsey Town Hall 86,559, Morley Town Hall 73,505. Counting whole blood donations per venue gives the same top 3 (453, 185, 158)."
	},
	{
		id: 'z-blood_donor_sessions-19',
		question: 'what % of appointments were no shows in 2023',
		tables: ['blood_donor_sessions'],
		tags: ['share', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE NOT Attended) * 1.0 / COUNT(*) FROM blood_donor_sessions WHERE YEAR("Session Date") = 2023',
		isShare: true,
		note: 'Share of 2023 rows with Attended = No: 46 of 644 (7.1%).'
	},
	{
		id: 'z-blood_donor_sessions-20',
		question: 'platelet appointments since june 2024',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM blood_donor_sessions WHERE donationType = 'Platelets' AND "Session Date" >= DATE '2024-06-01'`,
		note: "donationType 'Platelets', Session Date from 1 June 2024 on (40), no-shows and deferrals included. Counted; listing them is another reading."
	},
	{
		id: 'z-blood_donor_sessions-21',
		question: 'deferals that werent for low haemoglobin',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM blood_donor_sessions WHERE Deferred AND "Deferral Reason" <> 'Low haemoglobin'`,
		note: "Misspelt deferals: Deferred = Yes with a Deferral Reason other than 'Low haemoglobin' (73). Counted; listing them or counting per reason is another reading."
	},
	{
		id: 'z-blood_donor_sessions-22',
		question: 'mobile unit appointments jun-aug 2023',
		tables: ['blood_donor_sessions'],
		tags: ['aggregate-count', 'filter-contains', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM blood_donor_sessions WHERE Venue LIKE 'Mobile Unit%' AND "Session Date" BETWEEN DATE '2023-06-01' AND DATE '2023-08-31'`,
		note: "Both Venues starting 'Mobile Unit' (Wetherby and Garforth), Session Date 1 June to 31 August 2023, August included (8). Counted; listing them is another reading."
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'z-refuse-01',
		question: 'how much diesel did the vans use in 2024',
		tables: ['courier_deliveries'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No fuel figures of any kind; only the miles of each job.'
	},
	{
		id: 'z-refuse-02',
		question: "what's our profit on express jobs",
		tables: ['courier_deliveries'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Profit needs costs (wages, fuel, vans); the log holds only the price charged.'
	},
	{
		id: 'z-refuse-03',
		question: 'which customers left us a bad review',
		tables: ['courier_deliveries'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No reviews, ratings or complaints are recorded.'
	},
	{
		id: 'z-refuse-04',
		question: 'how many subscribers has cold case files got',
		tables: ['podcast_episodes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only downloads of each episode in its first 30 days; no subscriber or follower counts.'
	},
	{
		id: 'z-refuse-05',
		question: 'how much did kitbag sports pay us for ads',
		tables: ['podcast_episodes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Sponsor names only; no sponsorship fees or ad revenue.'
	},
	{
		id: 'z-refuse-06',
		question: 'what age are our listeners',
		tables: ['podcast_episodes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No audience demographics; only download counts per episode.'
	},
	{
		id: 'z-refuse-07',
		question: 'how many patients got o neg blood in 2024',
		tables: ['blood_donor_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only donations are recorded; nothing about transfusions or patients (the O- rows are donors).'
	},
	{
		id: 'z-refuse-08',
		question: 'average weight of our donors',
		tables: ['blood_donor_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No donor weight or height; Volume (ml) is the blood given, not the donor's weight."
	},
	{
		id: 'z-refuse-09',
		question: 'how many donors will we need next year',
		tables: ['blood_donor_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast of need; the records end in December 2024 and hold no demand figures.'
	}
];
