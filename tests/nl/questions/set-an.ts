import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AN: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-an/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - litter_picks.csv (1,108 rows, Tidy Tamesford, a volunteer litter-picking network across the
 *   town: its pick log for 3 January 2023 to 20 December 2024, one row per pick that went ahead
 *   (526 in 2023, 582 in 2024) on 617 days; a pick called off for the weather or because the leader
 *   was away is not logged; none from 21 December to 2 January; thirteen volunteer leaders, each
 *   with a regular slot at a few sites; evening picks April to September only; most picks in March
 *   (the Great British Spring Clean, 17 March to 2 April 2023 and 15 March to 2 April 2024, with
 *   extra Saturday picks and bigger turnouts) and the summer, fewest in December; more litter in
 *   the summer): pick_id (BIGINT, 1-1,108, in date and time order), "Pick Date" (DATE), startTime
 *   (TIME, 09:00 to 19:00; 112 evening picks from 18:00), "Site No" (VARCHAR, three digits with the
 *   leading zeros kept, '001'-'018', one per site), Site (18 names, one per Site No: 'Ring Road
 *   Verges' 101 rows the most, 'Hillcrest Rec' 89, 'Market Square' 85, 'Victoria Park' 55, "Queen's
 *   Park" 59, "St Anne's Churchyard" 54, 'Fenn Woods' ('007') 56, 'Canal Towpath (Lock 3 to Mill
 *   Bridge)' 45, 'New Riverside Path' 34 (opened June 2023), 'Long Meadow Nature Reserve' 26 the
 *   fewest; 'Tamesford Retail Park' is shops, not a park), Ward (5: 'Northgate' 275 | 'Hillcrest'
 *   246 | 'Riverside' 223 | 'Castle' 223 | 'Abbey' 141), Leader (13 first names, each the only one
 *   of that name: 'Fatima' 144 | 'Sue' 142 | 'Tom' 140 | 'Dave' 114 | 'Gareth' 92 | 'Marek' 90 |
 *   'Rhys' 81 (from March 2023) | 'Janet' 77 (until 30 September 2024) | 'Priya' 72 | 'Bethan' 47
 *   (from January 2024) | 'Niamh' 44 | 'Kofi' 42 (from May 2023, evenings) | 'Colin' 23),
 *   Volunteers (BIGINT, the people who turned out, leader included, 2-40, median 7; 9,197 in all:
 *   4,121 in 2023, 5,076 in 2024), bags_filled (BIGINT, 1-38, median 5; 7,190 in all: 3,220 in
 *   2023, 3,970 in 2024), "Weight (kg)" (DOUBLE, the bags weighed together, 2.5-175.8, median 21.4;
 *   27,430.3 kg in all; missing on the 151 picks where the scale was not taken, every one of
 *   Colin's 23 among them), "Sharps Found" (BOOLEAN, from Yes/No, needles or other sharps found:
 *   140 Yes), "Fly-tipping Reported" (BOOLEAN, from Yes/No: 66 Yes), weather ('Cloudy' 328 |
 *   'Sunny' 308 | 'Dry' 146 | 'Drizzle' 128 | 'Rain' 90 | 'Windy' 75 | 'Frosty' 33), "Duration
 *   (hrs)" (DOUBLE, 1-3: 1.5 on 407 rows, 2 on 487), "Partner Group" (a group that joined the pick:
 *   'Tamesford Scouts' 22 | "St Mary's Primary School" 18 | 'Rotary Club' 17 | 'Duke of Edinburgh
 *   group' 12 | 'Tamesford RFC' 11 | 'Tesco Community Champions' 11; missing on the 1,017 picks of
 *   the regulars only), Notes (free text, e.g. 'Great British Spring Clean' on each of the 82 picks
 *   of the Spring Clean (38 in 2023, 44 in 2024), 'Sharps put in the sharps box', what was
 *   fly-tipped, trolleys pulled out of the canal; several notes joined by '; '; missing on 881
 *   rows). No volunteers' names or ages, kinds of litter, costs, equipment or council collections.
 * - physio_sessions.csv (1,984 rows, Kingsway Physiotherapy, a small private clinic: its
 *   appointment book for 3 January 2023 to 23 December 2024, one row per appointment booked (971 in
 *   2023, 1,013 in 2024) on 534 days; Monday to Saturday (Saturday mornings Marcus only), none on
 *   bank holidays or from Christmas Eve to New Year; a course is a 45-minute new patient assessment
 *   and then follow-ups a week or two apart; fees went up on 1 April 2024): "Appt No" (VARCHAR, six
 *   digits with the leading zeros kept, '004801'-'006784', unique, in date and time order), "Appt
 *   Date" (DATE), Time (TIME, 08:00 to 18:00 on the half hour), "Patient No" (VARCHAR, five digits
 *   with the leading zeros kept, '00315'-'00759', one per patient; 434 patients, 245 with an
 *   appointment in 2024; '00440' Helen Fletcher 23 rows the most), "Patient Name" (434 names, one
 *   per Patient No; 30 with an apostrophe (126 rows), e.g. "Declan O'Brien" ('00350', the only
 *   Declan, 6 rows, knee, Hannah), "Ruby D'Arcy" 7), Therapist (first names: 'Hannah' 780, the
 *   owner | 'Marcus' 594 | 'Aoife' 435, from 6 September 2023 | 'Rob' 175, until 18 August 2023),
 *   "Body Area" ('Lower Back' 587 | 'Knee' 433 | 'Shoulder' 303 | 'Neck' 171 | 'Hip' 149 | 'Ankle'
 *   140 | 'Wrist & Hand' 109 | 'Elbow' 92), visitType ('New' 466 | 'Follow-up' 1,518), length_mins
 *   (BIGINT: 30 on 1,244 rows | 45 on 740, every new patient and some follow-ups), "Fee (£)"
 *   (DOUBLE: an assessment £60, £65 from 1 April 2024; a 30-minute follow-up £45, then £49; a
 *   45-minute follow-up £55, then £60; 45-65; £96,913 in all: £46,170 in 2023, £50,743 in 2024;
 *   missing on the 108 appointments not attended, which are not charged), "Paid By" ('Card' 1,205 |
 *   'Insurance' 469 (£24,241) | 'Cash' 202; missing on the 108 not attended), insurer ('Bupa' 223
 *   (£11,419) | 'AXA Health' 122 | 'Vitality' 78 | 'Aviva' 46; missing unless Paid By is
 *   'Insurance'), DNA (BOOLEAN, from Yes/No, did not attend: 108 Yes, 46 in 2023 and 62 in 2024),
 *   "Pain Before" (BIGINT, the patient's pain score 0-10 at the start, mean 4.60, median 5; missing
 *   on the 108 not attended and 83 others not written down), pain_after (BIGINT, 0-10 at the end,
 *   mean 3.62; missing on the 108 not attended and 114 others). No patients' ages, addresses or
 *   referrers, treatments given, exercises, notes or the clinic's costs.
 * - print_jobs.csv (1,602 rows, Inkwell Print & Copy, a high-street print shop: its order book for
 *   4 January 2023 to 23 December 2024, one row per job (772 in 2023, 830 in 2024) on 538 days;
 *   orders Monday to Saturday, none on bank holidays or from Christmas Eve to New Year; busiest in
 *   September to November (schools, clubs, Christmas events) and in the weeks before the elections
 *   of May 2023, May 2024 and 4 July 2024 (June 2024 93 jobs, £9,859, the most takings), quietest
 *   in January and August; prices up 8% from 1 March 2024): "Job No" (BIGINT, 6120-7721, unique, in
 *   order date order), "Order Date" (DATE), "Due Date" (DATE, three working days on, business cards
 *   four, banners five, booklets seven, a rush job one or two), Collected (DATE, the day the
 *   customer picked the job up, up to 14 days after the due date, now and then a day early; missing
 *   on 23 jobs not collected: 13 ordered in December 2024 and 10 older ones never collected),
 *   Customer (98: 30 organisations, e.g. "St Mark's Church" 91 jobs (£10,062, the most spent),
 *   "O'Reilly Estate Agents" 89, 'Tamesford Academy' 65, 'Tamesford Town Council' 65, "Rosie's
 *   Cafe" 50, "Smith's Funeral Directors" 48 (29 of them rush jobs), four parties ('Tamesford
 *   Conservatives' 17 | 'Tamesford Liberal Democrats' 15 | 'Tamesford Labour Party' 11 | 'Tamesford
 *   Green Party' 6, flyers at election times); and 68 private people, e.g. "Sinead O'Brien" 11,
 *   "Josh D'Arcy" 3), customerType ('Business' 692 | 'Private' 443 | 'Club' 172 (clubs, societies
 *   and the parties) | 'Charity' 154 | 'School' 141), Product ('Flyers' 552 | 'Posters' 419 |
 *   'Booklets' 242 | 'Business Cards' 220 | 'Banners' 169), Qty (BIGINT, the pieces printed: flyers
 *   250-10,000 (779,750 in all), posters 1-100, business cards 250-1,000, banners 1-4, booklets
 *   25-500), "Paper (gsm)" (BIGINT, 100- 400: 170 on 452 rows, 130 on 388, 200 on 150, 350 on 147
 *   (business cards); missing on the 169 banners, printed on vinyl), Ink ('Colour' 1,325 | 'Black &
 *   White' 277), "Double Sided" (BOOLEAN, from Yes/No: 663 Yes, every booklet), Rush (BOOLEAN, from
 *   Yes/No, 30% more: 160 Yes), "Price (£)" (DOUBLE, the job's price, 10-729, median 57.20;
 *   £130,504.34 in all: £61,250.23 in 2023, £69,254.11 in 2024), "Deposit Paid (£)" (DOUBLE, half
 *   the price rounded to £5, on jobs of £100 or more for private customers, clubs and businesses
 *   without an account, 50-235; 190 rows, £17,345 (£7,235 in 2023, £10,110 in 2024); missing where
 *   no deposit was asked). No paper sizes, page counts, costs of paper or ink, staff, payment
 *   methods or deliveries.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AN_TABLE_SOURCES: TableSource[] = [
	{
		name: 'litter_picks',
		humanName: 'Litter picks',
		repoDir: 'tests/nl/data/set-an',
		file: 'litter_picks.csv',
		format: 'csv'
	},
	{
		name: 'physio_sessions',
		humanName: 'Physio sessions',
		repoDir: 'tests/nl/data/set-an',
		file: 'physio_sessions.csv',
		format: 'csv'
	},
	{
		name: 'print_jobs',
		humanName: 'Print jobs',
		repoDir: 'tests/nl/data/set-an',
		file: 'print_jobs.csv',
		format: 'csv'
	}
];

export const SET_AN_QUESTIONS: EvalQuestion[] = [
	{
		id: 'an-litter_picks-01',
		question: 'how many litter picks did we do in 2024',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE YEAR("Pick Date") = 2024`,
		note: 'Rows (picks that went ahead) with Pick Date in 2024: 582 (526 in 2023).'
	},
	{
		id: 'an-litter_picks-02',
		question: 'bags filled by ward and year',
		tables: ['litter_picks'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: `SELECT Ward, YEAR("Pick Date") AS y, SUM(bags_filled) FROM litter_picks GROUP BY Ward, y`,
		note: 'bags_filled summed per Ward and year of Pick Date (10 rows: Abbey 325 and 463, Castle 806 and 926, Hillcrest 684 and 1,036, Northgate 820 and 851, Riverside 585 and 694 in 2023 and 2024).'
	},
	{
		id: 'an-litter_picks-03',
		question: 'total weight of litter collected',
		tables: ['litter_picks'],
		tags: ['sum', 'synonym'],
		sql: `SELECT SUM("Weight (kg)") FROM litter_picks`,
		note: 'Weight (kg) summed over the 957 picks weighed: 27,430.3 kg (12,416.2 in 2023, 15,014.1 in 2024); the 151 picks not weighed add nothing.'
	},
	{
		id: 'an-litter_picks-04',
		question: 'avrage number of volunteers per pick',
		tables: ['litter_picks'],
		tags: ['avg', 'fuzzy'],
		sql: 'SELECT AVG(Volunteers) FROM litter_picks',
		note: 'Volunteers (typo "avrage") averaged over the 1,108 picks: 8.30 (median 7, 2 to 40).'
	},
	{
		id: 'an-litter_picks-05',
		question: 'median bags per pick at victoria park',
		tables: ['litter_picks'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN(bags_filled) FROM litter_picks WHERE Site = 'Victoria Park'`,
		note: "Site 'Victoria Park' ('001'); bags_filled median over its 55 picks: 8 (mean 10.55, 1 to 38)."
	},
	{
		id: 'an-litter_picks-06',
		question: 'which site have we picked the most times',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Site FROM litter_picks GROUP BY Site ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Site, the most: Ring Road Verges (101; Hillcrest Rec 89, Market Square 85). The name with its count is another reading.'
	},
	{
		id: 'an-litter_picks-07',
		question: 'how many times have we found needles',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE "Sharps Found"`,
		note: 'Needles are sharps: Sharps Found = Yes on 140 picks (65 in 2023, 75 in 2024). The Notes "Sharps put in the sharps box" (52 rows) is only some of them.'
	},
	{
		id: 'an-litter_picks-08',
		question: 'what percentage of picks ended up reporting fly tipping',
		tables: ['litter_picks'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Fly-tipping Reported") * 1.0 / COUNT(*) FROM litter_picks`,
		isShare: true,
		note: 'Share of rows with Fly-tipping Reported = Yes: 66 of 1,108 (5.96%).'
	},
	{
		id: 'an-litter_picks-09',
		question: 'bags filled per month in 2024',
		tables: ['litter_picks'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Pick Date") AS m, SUM(bags_filled) FROM litter_picks WHERE YEAR("Pick Date") = 2024 GROUP BY m`,
		note: 'bags_filled summed per calendar month of Pick Date in 2024 (12 rows: March 598 the most (the Spring Clean), July 491, May 439; December 134 the fewest, January 165). A count of picks a month is another reading.'
	},
	{
		id: 'an-litter_picks-10',
		question: 'how many picks has sue led',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE Leader = 'Sue'`,
		note: "Leader 'Sue' (the only Sue): 142 picks (15 of them in the Spring Clean)."
	},
	{
		id: 'an-litter_picks-11',
		question: 'top 3 leaders by number of picks',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Leader, COUNT(*) AS n FROM litter_picks GROUP BY Leader ORDER BY n DESC LIMIT 3',
		isOrdered: true,
		note: 'Rows per Leader, most first: Fatima 144, Sue 142, Tom 140 (fourth Dave 114). The leaders with their counts; the names alone is another reading.'
	},
	{
		id: 'an-litter_picks-12',
		question: 'how many different places have we cleaned up',
		tables: ['litter_picks'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT Site) FROM litter_picks',
		note: 'Places are sites: distinct Site (or Site No) 18. Wards (5) are areas, not places picked.'
	},
	{
		id: 'an-litter_picks-13',
		question: "how many picks didn't get weighed",
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE "Weight (kg)" IS NULL`,
		note: "Weight (kg) empty (the scale was not taken): 151 (Colin's 23 picks, Tom 21, Dave 16, …)."
	},
	{
		id: 'an-litter_picks-14',
		question: 'picks in hillcrest ward since april 2024',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE Ward = 'Hillcrest' AND "Pick Date" >= DATE '2024-04-01'`,
		note: "Ward 'Hillcrest' with Pick Date from 1 April 2024 to the end of the log: 99 (Ring Road Verges 39, Hillcrest Rec 38, Fenn Woods 22)."
	},
	{
		id: 'an-litter_picks-15',
		question: 'how many picks have the scouts helped out with',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE "Partner Group" = 'Tamesford Scouts'`,
		note: "The scouts are Partner Group 'Tamesford Scouts' (the only scouts): 22 picks (9 in 2023, 13 in 2024)."
	},
	{
		id: 'an-litter_picks-16',
		question: 'how many picks were part of the great british spring clean',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE Notes ILIKE '%spring clean%'`,
		note: 'Notes containing "Great British Spring Clean" (alone or with other notes): 82 (38 in 2023, 44 in 2024). Pick Date in the Spring Clean (17 March to 2 April 2023, 15 March to 2 April 2024) gives the same 82.'
	},
	{
		id: 'an-litter_picks-17',
		question: 'how many volunteer hours were put in during 2024',
		tables: ['litter_picks'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(Volunteers * "Duration (hrs)") FROM litter_picks WHERE YEAR("Pick Date") = 2024`,
		note: 'Volunteer hours are Volunteers times Duration (hrs), summed over Pick Date in 2024: 9,502 (7,672.5 in 2023). The hours of the picks alone (1,069) are not volunteer hours.'
	},
	{
		id: 'an-litter_picks-18',
		question: 'on average how heavy is a bag of litter',
		tables: ['litter_picks'],
		tags: ['metric', 'avg'],
		sql: `SELECT SUM("Weight (kg)") / SUM(bags_filled) FROM litter_picks WHERE "Weight (kg)" IS NOT NULL`,
		note: "Weight (kg) over bags_filled, on the picks weighed: 27,430.3 kg / 6,181 bags = 4.44 kg. The mean of each pick's kg per bag (4.45) is another reading; dividing by every bag (7,190, unweighed picks included) is wrong."
	},
	{
		id: 'an-litter_picks-19',
		question: 'how many picks went ahead in rain or drizzle',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE weather IN ('Rain', 'Drizzle')`,
		note: "weather 'Rain' (90) or 'Drizzle' (128): one count, 218. A count per weather is another reading."
	},
	{
		id: 'an-litter_picks-20',
		question: 'how many picks were led by someone other than sue or dave',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE Leader NOT IN ('Sue', 'Dave')`,
		note: "Leader neither 'Sue' nor 'Dave': 852 (of 1,108; Sue 142 and Dave 114)."
	},
	{
		id: 'an-litter_picks-21',
		question: "what's the heaviest haul we've had from a single pick",
		tables: ['litter_picks'],
		tags: ['max', 'synonym'],
		sql: `SELECT MAX("Weight (kg)") FROM litter_picks`,
		note: 'The highest Weight (kg): 175.8 kg (Oakfield Playing Fields, 25 March 2023, the Spring Clean, 27 volunteers with the Duke of Edinburgh group, 28 bags). The weight; the pick (a row) is another reading. By bags the most is 38.'
	},
	{
		id: 'an-litter_picks-22',
		question: 'average turnout by weather',
		tables: ['litter_picks'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT weather, AVG(Volunteers) FROM litter_picks GROUP BY weather',
		note: 'Turnout is Volunteers, averaged per weather (7 rows: Dry 9.40, Cloudy 8.73, Sunny 8.68, Windy 8.33, Drizzle 6.97, Frosty 6.64, Rain 6.12).'
	},
	{
		id: 'an-litter_picks-23',
		question:
			'list the picks where fly tipping was reported in november and december 2024, with the site and who led it',
		tables: ['litter_picks'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT "Pick Date", Site, Leader FROM litter_picks WHERE "Fly-tipping Reported" AND "Pick Date" >= DATE '2024-11-01' AND "Pick Date" < DATE '2025-01-01'`,
		note: 'Fly-tipping Reported = Yes with Pick Date from 1 November 2024 to the end of the log: 4 rows of Pick Date, Site and Leader (2 November Tamesford Retail Park, Marek; 17 November Canal Towpath (Lock 3 to Mill Bridge), Dave; 30 November Fenn Woods, Rhys; 7 December Bus Station, Marek). Without the date, or with the notes too, is another reading.'
	},
	{
		id: 'an-litter_picks-24',
		question: 'how many picks at site 007',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE "Site No" = '007'`,
		note: "Site No '007' (text with the leading zeros; Fenn Woods): 56 (Rhys 27, Niamh 21, Colin 8)."
	},
	{
		id: 'an-litter_picks-25',
		question: 'how many evening picks have there been, ones starting at 6pm or later',
		tables: ['litter_picks'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM litter_picks WHERE startTime >= TIME '18:00:00'`,
		note: 'startTime 18:00 or later: 112 (Priya 47, Kofi 42, Dave 23; April to September). The afternoon picks from 14:00 are not evening ones.'
	},
	{
		id: 'an-physio_sessions-01',
		question: 'how many appointments did we have in 2024',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM physio_sessions WHERE YEAR("Appt Date") = 2024`,
		note: 'Rows (appointments booked) with Appt Date in 2024: 1,013 (971 in 2023). Leaving out the 62 not attended (951) is another reading.'
	},
	{
		id: 'an-physio_sessions-02',
		question: 'how many no shows have we had',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM physio_sessions WHERE DNA',
		note: 'A no show is DNA = Yes (did not attend): 108 (46 in 2023, 62 in 2024).'
	},
	{
		id: 'an-physio_sessions-03',
		question: 'total fees taken in 2023',
		tables: ['physio_sessions'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Fee (£)") FROM physio_sessions WHERE YEAR("Appt Date") = 2023`,
		note: 'Fee (£) summed over Appt Date in 2023: £46,170 (925 appointments charged; the 46 not attended have no fee). £50,743 in 2024.'
	},
	{
		id: 'an-physio_sessions-04',
		question: 'average pain score at the start of a session',
		tables: ['physio_sessions'],
		tags: ['avg', 'synonym'],
		sql: `SELECT AVG("Pain Before") FROM physio_sessions`,
		note: 'Pain Before averaged over the 1,793 sessions with a score: 4.60 (median 5; pain_after 3.62).'
	},
	{
		id: 'an-physio_sessions-05',
		question: 'by how much does pain go down in a session on average',
		tables: ['physio_sessions'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG("Pain Before" - pain_after) FROM physio_sessions`,
		note: 'Pain Before minus pain_after averaged over the 1,683 sessions with both scores: 1.00. AVG(Pain Before) - AVG(pain_after) over all scores (4.60 - 3.62 = 0.98) is another reading.'
	},
	{
		id: 'an-physio_sessions-06',
		question: 'how many new patient assessments has hannah done',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM physio_sessions WHERE Therapist = 'Hannah' AND visitType = 'New' AND NOT DNA`,
		note: "Therapist 'Hannah' with visitType 'New', attended (DNA = No): 164. All her New rows, the 11 not attended included (175), is another reading."
	},
	{
		id: 'an-physio_sessions-07',
		question: 'which part of the body do we treat most',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT "Body Area" FROM physio_sessions GROUP BY "Body Area" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Body Area, the most: Lower Back (587; Knee 433). By patients it is Lower Back too (128).'
	},
	{
		id: 'an-physio_sessions-08',
		question: 'what share of our fee income comes from insurance',
		tables: ['physio_sessions'],
		tags: ['share', 'sum', 'filter-eq'],
		sql: `SELECT SUM("Fee (£)") FILTER (WHERE "Paid By" = 'Insurance') / SUM("Fee (£)") FROM physio_sessions`,
		isShare: true,
		note: "Fee (£) paid by 'Insurance' over all fees: £24,241 of £96,913 (25.0%); by sessions paid it is 469 of 1,876 (25.0%) as well."
	},
	{
		id: 'an-physio_sessions-09',
		question: 'appointments per month in 2024',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Appt Date") AS m, COUNT(*) FROM physio_sessions WHERE YEAR("Appt Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Appt Date in 2024 (12 rows: October 110 the most, June 104, November 95; December 62 the fewest, March 69).'
	},
	{
		id: 'an-physio_sessions-10',
		question: 'how many sessions were not paid by card',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM physio_sessions WHERE "Paid By" <> 'Card'`,
		note: "Paid By other than 'Card': 671 (Insurance 469, Cash 202). The 108 not attended were not paid at all; with them (779) is another reading."
	},
	{
		id: 'an-physio_sessions-11',
		question: 'how many different patients did we see in 2024',
		tables: ['physio_sessions'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Patient No") FROM physio_sessions WHERE YEAR("Appt Date") = 2024 AND NOT DNA`,
		note: 'Distinct Patient No with an appointment attended (DNA = No) in 2024: 243. With an appointment booked, attended or not, 245 (another reading).'
	},
	{
		id: 'an-physio_sessions-12',
		question: 'average fee for a follow up since the price rise in april 2024',
		tables: ['physio_sessions'],
		tags: ['avg', 'filter-eq', 'time-since'],
		sql: `SELECT AVG("Fee (£)") FROM physio_sessions WHERE visitType = 'Follow-up' AND "Appt Date" >= DATE '2024-04-01'`,
		note: "visitType 'Follow-up' with Appt Date from 1 April 2024: Fee (£) averaged over 574 charged (462 at £49, 112 at £60): £51.15 (£46.79 before the rise)."
	},
	{
		id: 'an-physio_sessions-13',
		question: "how many times has declan o'brien been in",
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM physio_sessions WHERE "Patient Name" = 'Declan O''Brien' AND NOT DNA`,
		note: `Patient Name "Declan O'Brien" ('00350', knee, January to March 2023): 6 appointments, all attended, so counting with or without DNA gives the same.`
	},
	{
		id: 'an-physio_sessions-14',
		question: 'median session length in minutes',
		tables: ['physio_sessions'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(length_mins) FROM physio_sessions',
		note: 'length_mins median over the 1,984 appointments: 30 (1,244 of 30 minutes, 740 of 45). Over the attended ones it is 30 as well.'
	},
	{
		id: 'an-physio_sessions-15',
		question: 'top 3 insurers by number of sessions',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT insurer, COUNT(*) AS n FROM physio_sessions WHERE insurer IS NOT NULL GROUP BY insurer ORDER BY n DESC LIMIT 3',
		isOrdered: true,
		note: 'Rows per insurer (empty unless paid by insurance, left out), most first: Bupa 223, AXA Health 122, Vitality 78 (fourth Aviva 46). The insurers with their counts; the names alone is another reading.'
	},
	{
		id: 'an-physio_sessions-16',
		question: 'knee appointments for each therapist',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-eq', 'group-by'],
		sql: `SELECT Therapist, COUNT(*) FROM physio_sessions WHERE "Body Area" = 'Knee' GROUP BY Therapist`,
		note: "Body Area 'Knee', rows per Therapist (4 rows: Hannah 175, Marcus 104, Aoife 100, Rob 54)."
	},
	{
		id: 'an-physio_sessions-17',
		question: 'how many appointments did rob have before he left',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM physio_sessions WHERE Therapist = 'Rob'`,
		note: "Therapist 'Rob' (4 January to 18 August 2023, every one of his rows is before he left): 175 (6 not attended; 169 attended is another reading)."
	},
	{
		id: 'an-physio_sessions-18',
		question: 'how many sessions had no pain score written down at the end',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM physio_sessions WHERE pain_after IS NULL AND NOT DNA',
		note: 'pain_after empty on a session that took place (DNA = No): 114. The 108 not attended have no scores either; all empty pain_after (222) is another reading.'
	},
	{
		id: 'an-physio_sessions-19',
		question: 'did not attend rate by year',
		tables: ['physio_sessions'],
		tags: ['share', 'group-by', 'time-grain'],
		sql: `SELECT YEAR("Appt Date") AS y, COUNT(*) FILTER (WHERE DNA) * 1.0 / COUNT(*) FROM physio_sessions GROUP BY y`,
		isShare: true,
		note: 'Share of rows with DNA = Yes per year of Appt Date (2 rows: 2023 46 of 971, 4.74%; 2024 62 of 1,013, 6.12%).'
	},
	{
		id: 'an-physio_sessions-20',
		question: 'how much have we billed bupa',
		tables: ['physio_sessions'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Fee (£)") FROM physio_sessions WHERE insurer = 'Bupa'`,
		note: "Fee (£) summed over insurer 'Bupa': £11,419 (223 sessions)."
	},
	{
		id: 'an-physio_sessions-21',
		question: 'how many saturday appointments were there in 2023',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'time-grain', 'time-year'],
		sql: `SELECT COUNT(*) FROM physio_sessions WHERE DAYNAME("Appt Date") = 'Saturday' AND YEAR("Appt Date") = 2023`,
		note: "Appt Date a Saturday in 2023: 54 (all Marcus's, 1 not attended)."
	},
	{
		id: 'an-physio_sessions-22',
		question: 'show the dates and therapist for every appointment of patient 00401',
		tables: ['physio_sessions'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT "Appt Date", Therapist FROM physio_sessions WHERE "Patient No" = '00401'`,
		note: "Patient No '00401' (text with the leading zeros; Priya Lloyd, lower back): 4 rows of Appt Date and Therapist (18 March, 25 March, 1 April and 17 April 2023, all Marcus). With the time or other columns too is another reading."
	},
	{
		id: 'an-physio_sessions-23',
		question: 'rank the therapists by number of appointments, busiest first',
		tables: ['physio_sessions'],
		tags: ['aggregate-count', 'group-by', 'ordering'],
		sql: 'SELECT Therapist, COUNT(*) AS n FROM physio_sessions GROUP BY Therapist ORDER BY n DESC',
		isOrdered: true,
		note: 'Rows per Therapist, most first (4 rows: Hannah 780, Marcus 594, Aoife 435, Rob 175). Attended only (Hannah 740, Marcus 562, Aoife 405, Rob 169) is another reading; the order is the same.'
	},
	{
		id: 'an-physio_sessions-24',
		question: 'avg pain score aftr treatment for lower backs',
		tables: ['physio_sessions'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(pain_after) FROM physio_sessions WHERE "Body Area" = 'Lower Back'`,
		note: 'pain_after (typo "aftr") averaged over Body Area \'Lower Back\' (plural "lower backs"), 528 sessions with a score: 3.41 (median 3).'
	},
	{
		id: 'an-physio_sessions-25',
		question: 'when did aoife see her first patient',
		tables: ['physio_sessions'],
		tags: ['min', 'filter-eq'],
		sql: `SELECT MIN("Appt Date") FROM physio_sessions WHERE Therapist = 'Aoife' AND NOT DNA`,
		note: "The earliest Appt Date of Therapist 'Aoife', attended: 6 September 2023 (a Wednesday, two follow-ups; her first row is attended, so without DNA it is the same). The date; the date and time (09:30) is another reading."
	},
	{
		id: 'an-print_jobs-01',
		question: 'how many jobs did we print in 2024',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE YEAR("Order Date") = 2024`,
		note: 'Rows (jobs) with Order Date in 2024: 830 (772 in 2023).'
	},
	{
		id: 'an-print_jobs-02',
		question: 'total sales for 2023',
		tables: ['print_jobs'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Price (£)") FROM print_jobs WHERE YEAR("Order Date") = 2023`,
		note: 'Sales are Price (£) summed over Order Date in 2023: £61,250.23 (£69,254.11 in 2024). Deposits are part of the price, not added to it.'
	},
	{
		id: 'an-print_jobs-03',
		question: 'average price of a bussiness card order',
		tables: ['print_jobs'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Price (£)") FROM print_jobs WHERE Product = 'Business Cards'`,
		note: 'Product \'Business Cards\' (typo "bussiness"); Price (£) averaged over 220 jobs: £44.52 (median £41.04, £27.22 to £88.45).'
	},
	{
		id: 'an-print_jobs-04',
		question: 'which customer spends the most with us',
		tables: ['print_jobs'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Customer FROM print_jobs GROUP BY Customer ORDER BY SUM("Price (£)") DESC LIMIT 1`,
		note: "Price (£) summed per Customer, the most: St Mark's Church (£10,062.18 over 91 jobs; Tamesford Academy £7,900.06). By number of jobs it is St Mark's Church too."
	},
	{
		id: 'an-print_jobs-05',
		question: "how many jobs haven't been picked up",
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM print_jobs WHERE Collected IS NULL',
		note: 'Picked up is Collected; empty: 23 (13 ordered in December 2024, 10 older ones never collected).'
	},
	{
		id: 'an-print_jobs-06',
		question: "how many rush jobs have we done for smith's funeral directors",
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE Rush AND Customer = 'Smith''s Funeral Directors'`,
		note: `Customer "Smith's Funeral Directors" with Rush = Yes: 29 (of its 48 jobs; 160 rush jobs in all).`
	},
	{
		id: 'an-print_jobs-07',
		question: 'what percentage of jobs are black and white',
		tables: ['print_jobs'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Ink = 'Black & White') * 1.0 / COUNT(*) FROM print_jobs`,
		isShare: true,
		note: "Share of rows with Ink 'Black & White': 277 of 1,602 (17.3%)."
	},
	{
		id: 'an-print_jobs-08',
		question: 'revenue by product',
		tables: ['print_jobs'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: `SELECT Product, SUM("Price (£)") FROM print_jobs GROUP BY Product`,
		note: 'Price (£) summed per Product (5 rows: Flyers £46,041.43, Booklets £43,057.97, Posters £20,498.38, Banners £11,112.98, Business Cards £9,793.58).'
	},
	{
		id: 'an-print_jobs-09',
		question: 'orders per month in 2023',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Order Date") AS m, COUNT(*) FROM print_jobs WHERE YEAR("Order Date") = 2023 GROUP BY m`,
		note: 'Rows (orders) per calendar month of Order Date in 2023 (12 rows: November 95 the most, September 89, October 82; January 40 the fewest, August 41, December 45).'
	},
	{
		id: 'an-print_jobs-10',
		question: 'how many flyers have we printed altogether',
		tables: ['print_jobs'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM(Qty) FROM print_jobs WHERE Product = 'Flyers'`,
		note: "Qty summed over Product 'Flyers': 779,750 flyers (552 jobs, median 1,000 a job). The number of flyer jobs (552) is another reading."
	},
	{
		id: 'an-print_jobs-11',
		question: 'how many jobs were collected after their due date',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE Collected > "Due Date"`,
		note: 'Collected later than Due Date: 757 (of 1,579 collected; 729 on the day, 93 a day early). The 23 not collected are left out.'
	},
	{
		id: 'an-print_jobs-12',
		question: 'on average how many days between ordering and collecting',
		tables: ['print_jobs'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(Collected - "Order Date") FROM print_jobs`,
		note: 'Days from Order Date to Collected, averaged over the 1,579 jobs collected: 5.81 (median 5). Working days is another reading.'
	},
	{
		id: 'an-print_jobs-13',
		question: 'top 5 customers by spend',
		tables: ['print_jobs'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT Customer, SUM("Price (£)") AS spend FROM print_jobs GROUP BY Customer ORDER BY spend DESC LIMIT 5`,
		isOrdered: true,
		note: "Price (£) summed per Customer, most first: St Mark's Church £10,062.18, Tamesford Academy £7,900.06, O'Reilly Estate Agents £7,629.30, Smith's Funeral Directors £7,196.59, Oakfield Primary School £5,748.32 (sixth Tamesford Town Council £5,298.76). The customers with their spend; the names alone is another reading."
	},
	{
		id: 'an-print_jobs-14',
		question: 'how much have the conservatives spent with us',
		tables: ['print_jobs'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Price (£)") FROM print_jobs WHERE Customer = 'Tamesford Conservatives'`,
		note: "The conservatives are Customer 'Tamesford Conservatives' (the only one): Price (£) summed over its 17 jobs, all flyers: £3,720.66."
	},
	{
		id: 'an-print_jobs-15',
		question: 'how many banner jobs since march 2024',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE Product = 'Banners' AND "Order Date" >= DATE '2024-03-01'`,
		note: "Product 'Banners' with Order Date from 1 March 2024: 86 jobs (124 banners by Qty; 169 banner jobs in all)."
	},
	{
		id: 'an-print_jobs-16',
		question: 'how many different private customers have we had',
		tables: ['print_jobs'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT Customer) FROM print_jobs WHERE customerType = 'Private'`,
		note: "Distinct Customer with customerType 'Private': 68 (443 jobs)."
	},
	{
		id: 'an-print_jobs-17',
		question: 'jobs for schools or charities',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE customerType IN ('School', 'Charity')`,
		note: "customerType 'School' (141) or 'Charity' (154): one count, 295. A count per type is another reading."
	},
	{
		id: 'an-print_jobs-18',
		question: 'median price of a booklet job',
		tables: ['print_jobs'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Price (£)") FROM print_jobs WHERE Product = 'Booklets'`,
		note: "Product 'Booklets'; Price (£) median over 242 jobs: £165.75 (mean £177.93, £35 to £729)."
	},
	{
		id: 'an-print_jobs-19',
		question: 'total deposits taken in 2024',
		tables: ['print_jobs'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Deposit Paid (£)") FROM print_jobs WHERE YEAR("Order Date") = 2024`,
		note: 'Deposit Paid (£) summed over Order Date in 2024: £10,110 on 111 jobs (£7,235 in 2023).'
	},
	{
		id: 'an-print_jobs-20',
		question: 'how many jobs were something other than flyers or posters',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE Product NOT IN ('Flyers', 'Posters')`,
		note: 'Product neither Flyers nor Posters: 631 (Booklets 242, Business Cards 220, Banners 169).'
	},
	{
		id: 'an-print_jobs-21',
		question: 'biggest flyer run we have done',
		tables: ['print_jobs'],
		tags: ['max', 'filter-eq', 'synonym'],
		sql: `SELECT MAX(Qty) FROM print_jobs WHERE Product = 'Flyers'`,
		note: "A run is the Qty of a job; the most for Product 'Flyers': 10,000 (7 times, all party election leaflets). The quantity; the jobs (rows) or the dearest flyer job are other readings."
	},
	{
		id: 'an-print_jobs-22',
		question: 'breakdown of jobs by paper weight',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'group-by', 'distribution', 'quoting'],
		sql: `SELECT "Paper (gsm)", COUNT(*) FROM print_jobs WHERE "Paper (gsm)" IS NOT NULL GROUP BY "Paper (gsm)"`,
		note: 'Rows per Paper (gsm), the 169 banners (vinyl, no paper weight) left out (8 rows: 100 93, 130 388, 150 44, 170 452, 200 150, 250 86, 350 147, 400 73). A row for the banners is another reading.'
	},
	{
		id: 'an-print_jobs-23',
		question: 'average price of a flyer job before and after the price rise on 1 march 2024',
		tables: ['print_jobs'],
		tags: ['avg', 'filter-eq', 'group-by', 'time-range'],
		sql: `SELECT "Order Date" >= DATE '2024-03-01' AS after_rise, AVG("Price (£)") FROM print_jobs WHERE Product = 'Flyers' GROUP BY after_rise`,
		note: "Product 'Flyers', Price (£) averaged before and from 1 March 2024: 2 rows, £76.35 before (304 jobs) and £92.06 after (248; the big election runs of 2024 weigh in)."
	},
	{
		id: 'an-print_jobs-24',
		question:
			'list the jobs ordered before december 2024 that still have not been collected, with the customer and price',
		tables: ['print_jobs'],
		tags: ['rows-mode', 'filter-missing', 'time-range'],
		sql: `SELECT Customer, "Price (£)" FROM print_jobs WHERE Collected IS NULL AND "Order Date" < DATE '2024-12-01'`,
		note: "Collected empty with Order Date before 1 December 2024: 10 rows of Customer and Price (£) (Tamesford Amateur Dramatic Society twice, £255 and £118.80; St Mark's Church twice; Jack Mason, Spice Garden Takeaway, Age UK Tamesford, O'Reilly Estate Agents, Arthur Wilson, Rosie's Cafe). With the job number or order date too is another reading."
	},
	{
		id: 'an-print_jobs-25',
		question: 'how many orders from rosies cafe',
		tables: ['print_jobs'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM print_jobs WHERE Customer = 'Rosie''s Cafe'`,
		note: `Rosies cafe (written without the apostrophe) is Customer "Rosie's Cafe": 50 jobs (£2,823.64).`
	},
	{
		id: 'an-refuse-01',
		question: 'how many plastic bottles have we picked up',
		tables: ['litter_picks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Litter is recorded as bags and kilos only; no kinds of litter or items counted.'
	},
	{
		id: 'an-refuse-02',
		question: 'how much have we spent on bin bags and litter pickers',
		tables: ['litter_picks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs or equipment are recorded; bags_filled is the bags of litter filled, not bought.'
	},
	{
		id: 'an-refuse-03',
		question: 'how many of our volunteers are under 18',
		tables: ['litter_picks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only the number of volunteers at each pick (and a partner group); no volunteers' names or ages."
	},
	{
		id: 'an-refuse-04',
		question: 'how many patients were referred to us by their GP',
		tables: ['physio_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No referral source is recorded; only how a session was paid (card, cash or insurance).'
	},
	{
		id: 'an-refuse-05',
		question: 'what is the average age of our patients',
		tables: ['physio_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of the patients.'
	},
	{
		id: 'an-refuse-06',
		question: 'does acupuncture or massage bring pain down more',
		tables: ['physio_sessions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The treatment given is not recorded; only the body area, the session type and length and the pain scores.'
	},
	{
		id: 'an-refuse-07',
		question: 'how many A3 posters have we printed',
		tables: ['print_jobs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No paper sizes are recorded; only the product, the quantity and the paper weight (gsm).'
	},
	{
		id: 'an-refuse-08',
		question: 'how much did we spend on paper and ink in 2024',
		tables: ['print_jobs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only what customers were charged (Price (£)) and their deposits; no costs of paper, ink or anything else.'
	},
	{
		id: 'an-refuse-09',
		question: 'which member of staff took the most orders',
		tables: ['print_jobs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No staff are recorded on a job; Customer is who ordered it.'
	}
];
