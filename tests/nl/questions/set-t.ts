import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set T: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were written
 * without reading or running the engine. The tables are synthetic but plausible, written by a
 * seeded, deterministic generator kept beside them (tests/nl/data/set-t/generate.mjs, mulberry32
 * from tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`). Columns as
 * imported:
 * - cinema_screenings.csv (2,133 rows, The Electric, Saltby (a small independent two-screen
 *   cinema, open Wednesday to Sunday): every screening 2022-01-01 to 2024-12-29, from the booking
 *   system): screening_id (BIGINT, 30001 up, in date and time order), Film (79 titles as
 *   released, e.g. 'Wonka', 'Barbie', 'Oppenheimer', 'Top Gun: Maverick', 'Avatar: The Way of
 *   Water', 'Dune: Part Two', 'Inside Out 2', 'Wicked', 'Tár', 'Joker: Folie à Deux',
 *   "Don't Worry Darling", 'Deadpool & Wolverine'), Genre ('Action' | 'Animation' | 'Comedy' |
 *   'Drama' | 'Family' | 'Fantasy' | 'Horror' | 'Musical' | 'Sci-Fi' | 'Thriller'; one per film,
 *   65 rows missing, never all of a film's rows), cert (the BBFC certificate, 'U' | 'PG' | '12A' |
 *   '15' | '18'), Screen ('Main' (160 seats) | 'Studio' (64 seats, 48 from 2024)), "Show Date"
 *   (DATE), start_time (TIME: 13:30 (school holiday matinees), 14:00, 15:00, 17:45, 18:30, 19:00,
 *   19:30, 20:30; matinees start before 17:00), ticketsSold (BIGINT, 1-160), capacity (BIGINT, the
 *   screen's seats: 160, 64 or 48), "Ticket Price (£)" (DOUBLE, the standard adult price of that
 *   screening, 6.00-11.75: evenings 8.50 (2022), 9.25 (2023), 9.75 (2024), matinees £2 less,
 *   Wednesdays a flat 6.00/6.50, 3D £2 more), "Box Office (£)" (DOUBLE, the ticket takings,
 *   5.77-1,608.04, below tickets x price as children and concessions pay less), concessions_rev
 *   (DOUBLE, snack bar and drinks takings of the screening, 2.81-1,228.83; 87 missing: not matched
 *   to a screening), "3D" (BOOLEAN, from Yes/No; 100 screenings, only in the Main screen),
 *   "Sold Out" (BOOLEAN, from Yes/No: ticketsSold = capacity; 53).
 * - brewery_batches.csv (592 rows, Hopwell Brewing Co.'s (a microbrewery with a 10-hectolitre
 *   plant) batch log, brewed 2022-01-06 to 2024-12-18 on weekdays, as exported on 2025-01-06, one
 *   row per batch): "Batch No" (BIGINT, 1201 up, in brew order), brew_date (DATE), Beer (12 beers:
 *   'Wheelwright' (Best Bitter), 'Pale Horse' (Pale Ale), 'Night Shift' (Stout), 'Longshadow'
 *   (IPA), 'Lighthouse' (Lager, from June 2022), 'Hazy Days' (Hazy IPA, from March 2023), 'Summer
 *   Daze' (Golden Ale, April-July), 'Mild May' (Mild, April-May), 'Raspberry Sour' (Sour, summers
 *   from 2023), 'Pumpkin Porter' (Porter, September-October), 'Winter Warmer' (Old Ale,
 *   October-December), 'Double Trouble' (Double IPA)), style (one per beer, as given), "Volume
 *   (L)" (BIGINT, litres brewed, about 1,000, 500 for the sour and the double IPA; 301-1,060),
 *   "ABV %" (DOUBLE, 3.3-8.1), OG (DOUBLE, original gravity, 1.035-1.078), FV (the fermenter,
 *   'FV1'-'FV4', 'FV5' and 'FV6' from September 2023), packagedAs ('Cask' | 'Keg' | 'Can'; 16
 *   missing: the batches never packaged), Brewer ('Sam' | 'Kirsty' | 'Ollie' (until June 2023) |
 *   'Dev' (from May 2023)), "Packaged Date" (DATE, 2022-01-17 to 2025-01-06; 16 missing: 13 dumped
 *   batches and 3 still in the fermenter), Dumped (BOOLEAN, from Yes/No: poured away, 13), notes
 *   (free text, e.g. 'dry hopped twice', 'boil over!', 'infected, dumped', 'stuck fermentation,
 *   repitched yeast', 'collab with The Crown Inn'; 500 missing).
 * - ed_attendances.csv (2,158 rows, Westbury General Hospital's emergency department (A&E): a
 *   one-in-forty random sample of its attendances 2022-01-01 to 2024-12-31, drawn for a clinical
 *   audit, one row per attendance): attendance_id (e.g. 'ED22-00039': the year and the
 *   department's number of the attendance that year), "Arrival Time" (TIMESTAMP), "Age (yrs)"
 *   (BIGINT, 0-101), Sex ('F' | 'M'; 12 missing), arrivalMode ('Walk-in' | 'Ambulance' |
 *   'Police'), "Triage Cat" (BIGINT, the triage category, 1 (immediate) to 5 (non-urgent)),
 *   Complaint (the presenting complaint, 18 values: 'Limb injury', 'Abdominal pain', 'Shortness of
 *   breath', 'Chest pain', 'Fall', 'Mental health', 'Laceration', 'Fever', 'Head injury', 'Back
 *   pain', 'Headache', 'Collapse', 'Vomiting', 'Stroke symptoms', 'Overdose', 'Eye problem',
 *   'Allergic reaction', 'Burns'; 31 missing), mins_to_seen (BIGINT, minutes from arrival until
 *   first seen by a clinician, 0-595; 70 missing: those who left before being seen), dept_mins
 *   (BIGINT, minutes in the department in all, 39-1,583; the four-hour standard is 240), Imaging
 *   (BOOLEAN, from Yes/No: had an x-ray or scan), Admitted (BOOLEAN, from Yes/No), "Discharge
 *   Destination" ('Home' | 'GP follow-up' | 'Outpatient clinic' | 'Fracture clinic' | 'Left before
 *   seen' | 'Self-discharged' | 'Transferred' (to another hospital) when not admitted; 'Ward' |
 *   'Theatre' | 'ICU' when admitted; 29 missing, all not admitted).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_T_TABLE_SOURCES: TableSource[] = [
	{
		name: 'cinema_screenings',
		humanName: 'Cinema screenings',
		repoDir: 'tests/nl/data/set-t',
		file: 'cinema_screenings.csv',
		format: 'csv'
	},
	{
		name: 'brewery_batches',
		humanName: 'Brewery batches',
		repoDir: 'tests/nl/data/set-t',
		file: 'brewery_batches.csv',
		format: 'csv'
	},
	{
		name: 'ed_attendances',
		humanName: 'ED attendances',
		repoDir: 'tests/nl/data/set-t',
		file: 'ed_attendances.csv',
		format: 'csv'
	}
];

export const SET_T_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- cinema screenings
	{
		id: 't-cinema_screenings-01',
		question: 'how many screenings did we have in 2023',
		tables: ['cinema_screenings'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM cinema_screenings WHERE YEAR("Show Date") = 2023',
		note: 'Screenings shown in 2023 (712).'
	},
	{
		id: 't-cinema_screenings-02',
		question: 'total tickets sold',
		tables: ['cinema_screenings'],
		tags: ['sum'],
		sql: 'SELECT SUM(ticketsSold) FROM cinema_screenings',
		note: 'ticketsSold added up over every screening (96,919).'
	},
	{
		id: 't-cinema_screenings-03',
		question: 'which film sold the most tickets',
		tables: ['cinema_screenings'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Film FROM cinema_screenings GROUP BY Film ORDER BY SUM(ticketsSold) DESC LIMIT 1',
		note: 'By tickets sold over all its screenings: Wonka (4,208) ahead of The Super Mario Bros. Movie (3,829).'
	},
	{
		id: 't-cinema_screenings-04',
		question: 'box office takings per year',
		tables: ['cinema_screenings'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: 'SELECT YEAR("Show Date") AS y, SUM("Box Office (£)") FROM cinema_screenings GROUP BY y',
		note: 'Box Office (£) per calendar year of the show date.'
	},
	{
		id: 't-cinema_screenings-05',
		question: 'how many shows sold out',
		tables: ['cinema_screenings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FROM cinema_screenings WHERE "Sold Out"',
		note: 'Shows are screenings; Sold Out = Yes (53).'
	},
	{
		id: 't-cinema_screenings-06',
		question: 'avg audience at 3d screenings',
		tables: ['cinema_screenings'],
		tags: ['avg', 'filter-eq', 'quoting', 'synonym'],
		sql: 'SELECT AVG(ticketsSold) FROM cinema_screenings WHERE "3D"',
		note: 'Audience is tickets sold: mean ticketsSold over the 3D screenings (55.3).'
	},
	{
		id: 't-cinema_screenings-07',
		question: 'top 5 films by box office',
		tables: ['cinema_screenings'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Film, SUM("Box Office (£)") AS takings FROM cinema_screenings GROUP BY Film ORDER BY takings DESC LIMIT 5',
		isOrdered: true,
		note: 'By Box Office (£) summed per film: Wonka, Inside Out 2, The Super Mario Bros. Movie, Avatar: The Way of Water, Barbie.'
	},
	{
		id: 't-cinema_screenings-08',
		question: 'tickets sold by screen',
		tables: ['cinema_screenings'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Screen, SUM(ticketsSold) FROM cinema_screenings GROUP BY Screen',
		note: 'Main and Studio.'
	},
	{
		id: 't-cinema_screenings-09',
		question: 'what percentage of seats did we fill in 2024',
		tables: ['cinema_screenings'],
		tags: ['share', 'time-year', 'metric'],
		sql: 'SELECT SUM(ticketsSold) * 1.0 / SUM(capacity) FROM cinema_screenings WHERE YEAR("Show Date") = 2024',
		isShare: true,
		note: "Seats filled: tickets sold over seats available (capacity) across the 2024 screenings (31.4%); the mean of each screening's occupancy (32.9%) is another reading."
	},
	{
		id: 't-cinema_screenings-10',
		question: 'median tickets per screening in the studio',
		tables: ['cinema_screenings'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN(ticketsSold) FROM cinema_screenings WHERE Screen = 'Studio'`,
		note: "Screen 'Studio' (21)."
	},
	{
		id: 't-cinema_screenings-11',
		question: 'how much have we made on snacks and drinks',
		tables: ['cinema_screenings'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(concessions_rev) FROM cinema_screenings',
		note: 'Snacks and drinks are the concessions (concessions_rev), £358,613; the 87 screenings without a figure add nothing.'
	},
	{
		id: 't-cinema_screenings-12',
		question: 'screenings with no concessions figure',
		tables: ['cinema_screenings'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM cinema_screenings WHERE concessions_rev IS NULL',
		note: 'concessions_rev missing (87).'
	},
	{
		id: 't-cinema_screenings-13',
		question: 'how many 18 rated films have we shown',
		tables: ['cinema_screenings'],
		tags: ['aggregate-distinct', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(DISTINCT Film) FROM cinema_screenings WHERE cert = '18'`,
		note: "Distinct films with cert '18' (3: Halloween Ends, Saltburn, Poor Things); the number of their screenings (61) is another reading."
	},
	{
		id: 't-cinema_screenings-14',
		question: 'monthly ticket sales in 2023',
		tables: ['cinema_screenings'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Show Date") AS m, SUM(ticketsSold) FROM cinema_screenings WHERE YEAR("Show Date") = 2023 GROUP BY m`,
		note: 'Tickets sold per calendar month of 2023 (12 months).'
	},
	{
		id: 't-cinema_screenings-15',
		question: 'barbie vs oppenheimer tickets',
		tables: ['cinema_screenings'],
		tags: ['sum', 'group-by', 'filter-list', 'fuzzy'],
		sql: `SELECT Film, SUM(ticketsSold) FROM cinema_screenings WHERE Film IN ('Barbie', 'Oppenheimer') GROUP BY Film`,
		note: 'Tickets sold for each of the two films (Barbie 3,091, Oppenheimer 2,672), named in lower case.'
	},
	{
		id: 't-cinema_screenings-16',
		question: 'how many animated films did we show',
		tables: ['cinema_screenings'],
		tags: ['aggregate-distinct', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(DISTINCT Film) FROM cinema_screenings WHERE Genre = 'Animation'`,
		note: "Distinct films whose Genre is 'Animation' (12); a film's genre is blank on a few of its rows but never on all of them."
	},
	{
		id: 't-cinema_screenings-17',
		question: 'screenigs per genre per year',
		tables: ['cinema_screenings'],
		tags: ['aggregate-count', 'multi-group', 'time-grain', 'fuzzy'],
		sql: 'SELECT Genre, YEAR("Show Date") AS y, COUNT(*) FROM cinema_screenings GROUP BY Genre, y',
		note: "'screenigs' is a typo; the screenings with no Genre form their own group."
	},
	{
		id: 't-cinema_screenings-18',
		question: 'sold out wicked showings - date, time and screen',
		tables: ['cinema_screenings'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Show Date", start_time, Screen FROM cinema_screenings WHERE Film = 'Wicked' AND "Sold Out"`,
		note: "Film 'Wicked' with Sold Out = Yes: 5 screenings."
	},
	{
		id: 't-cinema_screenings-19',
		question: 'how many screenings had fewer than 10 people',
		tables: ['cinema_screenings'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM cinema_screenings WHERE ticketsSold < 10',
		note: 'People are tickets sold: screenings with ticketsSold under 10 (299).'
	},
	{
		id: 't-cinema_screenings-20',
		question: 'tickets sold since september 2024',
		tables: ['cinema_screenings'],
		tags: ['sum', 'time-since'],
		sql: `SELECT SUM(ticketsSold) FROM cinema_screenings WHERE "Show Date" >= DATE '2024-09-01'`,
		note: 'Tickets sold at screenings from 1 September 2024 on (9,823).'
	},
	{
		id: 't-cinema_screenings-21',
		question: 'how many screenings were not 12a',
		tables: ['cinema_screenings'],
		tags: ['aggregate-count', 'filter-negation', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM cinema_screenings WHERE cert <> '12A'`,
		note: "cert other than '12A' (1,182), written lower case as '12a'."
	},
	{
		id: 't-cinema_screenings-22',
		question: 'which day of the week do we sell the most tickets',
		tables: ['cinema_screenings'],
		tags: ['sum', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT DAYNAME("Show Date") AS d FROM cinema_screenings GROUP BY d ORDER BY SUM(ticketsSold) DESC LIMIT 1',
		note: 'Tickets sold per weekday of the show date: Saturday (34,683) far ahead of Friday.'
	},

	// ---------------------------------------------------------------- brewery batches
	{
		id: 't-brewery_batches-01',
		question: 'how many batches have we brewed',
		tables: ['brewery_batches'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM brewery_batches',
		note: 'Every row is one batch (592), dumped ones included.'
	},
	{
		id: 't-brewery_batches-02',
		question: 'total litres brewed in 2024',
		tables: ['brewery_batches'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM("Volume (L)") FROM brewery_batches WHERE YEAR(brew_date) = 2024',
		note: 'Volume (L) of the batches brewed in 2024 (219,565 L), dumped ones included.'
	},
	{
		id: 't-brewery_batches-03',
		question: 'which beer do we brew most often',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Beer FROM brewery_batches GROUP BY Beer ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By number of batches: Wheelwright (111) ahead of Pale Horse (94).'
	},
	{
		id: 't-brewery_batches-04',
		question: 'batches per style',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT style, COUNT(*) FROM brewery_batches GROUP BY style',
		note: 'Number of batches per style (12 styles).'
	},
	{
		id: 't-brewery_batches-05',
		question: 'avrage abv of our stouts',
		tables: ['brewery_batches'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("ABV %") FROM brewery_batches WHERE style = 'Stout'`,
		note: "Mean ABV % of the style 'Stout' batches (5.02); 'avrage' is a typo."
	},
	{
		id: 't-brewery_batches-06',
		question: "what's the strongest beer we've brewed",
		tables: ['brewery_batches'],
		tags: ['max', 'synonym'],
		sql: 'SELECT Beer FROM brewery_batches ORDER BY "ABV %" DESC LIMIT 1',
		note: 'The beer of the highest-ABV batch: Double Trouble (the double IPA, up to 8.1%); by mean ABV per beer gives the same beer.'
	},
	{
		id: 't-brewery_batches-07',
		question: 'how many batches were dumped',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM brewery_batches WHERE Dumped',
		note: 'Dumped = Yes (13).'
	},
	{
		id: 't-brewery_batches-08',
		question: 'what % of batches got poured away',
		tables: ['brewery_batches'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Dumped) * 1.0 / COUNT(*) FROM brewery_batches',
		isShare: true,
		note: 'Poured away is dumped: 13 of 592 batches (2.2%).'
	},
	{
		id: 't-brewery_batches-09',
		question: 'how many brews did kirsty do in 2023',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM brewery_batches WHERE Brewer = 'Kirsty' AND YEAR(brew_date) = 2023`,
		note: "A brew is a batch: Brewer 'Kirsty' in 2023 (55)."
	},
	{
		id: 't-brewery_batches-10',
		question: 'liters brewed per month',
		tables: ['brewery_batches'],
		tags: ['sum', 'time-grain', 'trend', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', brew_date) AS m, SUM("Volume (L)") FROM brewery_batches GROUP BY m`,
		note: "Volume (L) per calendar month (36 months); 'liters' is the American spelling of the header's unit."
	},
	{
		id: 't-brewery_batches-11',
		question: 'how many batches were canned',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM brewery_batches WHERE packagedAs = 'Can'`,
		note: "packagedAs 'Can' (154); dumped batches and those still in the fermenter have no packaging."
	},
	{
		id: 't-brewery_batches-12',
		question: 'average og for lighthouse',
		tables: ['brewery_batches'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(OG) FROM brewery_batches WHERE Beer = 'Lighthouse'`,
		note: "OG is original gravity: mean OG of the beer 'Lighthouse' (1.044)."
	},
	{
		id: 't-brewery_batches-13',
		question: 'on average how many days from brew day to packaging for lagers',
		tables: ['brewery_batches'],
		tags: ['avg', 'filter-eq', 'metric', 'fuzzy'],
		sql: `SELECT AVG("Packaged Date" - brew_date) FROM brewery_batches WHERE style = 'Lager'`,
		note: "Days from brew_date to Packaged Date, averaged over the packaged 'Lager' batches (41.9 days); batches not packaged are left out."
	},
	{
		id: 't-brewery_batches-14',
		question: 'batches with no packaged date',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM brewery_batches WHERE "Packaged Date" IS NULL',
		note: 'Packaged Date missing (16): the 13 dumped batches and 3 still in the fermenter at the export.'
	},
	{
		id: 't-brewery_batches-15',
		question: 'list batches with an infection in the notes - batch no, beer and brew date',
		tables: ['brewery_batches'],
		tags: ['rows-mode', 'filter-contains'],
		sql: `SELECT "Batch No", Beer, brew_date FROM brewery_batches WHERE notes ILIKE '%infect%'`,
		note: "notes mentioning an infection ('infected, dumped', 'infected (lacto gone wild), dumped'): 8 batches."
	},
	{
		id: 't-brewery_batches-16',
		question: 'how many different beers have we made',
		tables: ['brewery_batches'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Beer) FROM brewery_batches',
		note: 'Distinct Beer names (12).'
	},
	{
		id: 't-brewery_batches-17',
		question: 'batches brewed since may 2024',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM brewery_batches WHERE brew_date >= DATE '2024-05-01'`,
		note: 'Batches with brew_date from 1 May 2024 on (156).'
	},
	{
		id: 't-brewery_batches-18',
		question: 'top 3 beers by volume in 2023',
		tables: ['brewery_batches'],
		tags: ['sum', 'group-by', 'top-n', 'time-year'],
		sql: 'SELECT Beer, SUM("Volume (L)") AS litres FROM brewery_batches WHERE YEAR(brew_date) = 2023 GROUP BY Beer ORDER BY litres DESC LIMIT 3',
		isOrdered: true,
		note: 'By Volume (L) brewed in 2023: Wheelwright, Pale Horse, Night Shift.'
	},
	{
		id: 't-brewery_batches-19',
		question: 'which fermenter gets used the most',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT FV FROM brewery_batches GROUP BY FV ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'A fermenter is an FV: FV1 (131 batches) ahead of FV2 and FV4 (128 each).'
	},
	{
		id: 't-brewery_batches-20',
		question: 'batches by beer and year',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT Beer, YEAR(brew_date) AS y, COUNT(*) FROM brewery_batches GROUP BY Beer, y',
		note: 'Number of batches per beer and calendar year.'
	},
	{
		id: 't-brewery_batches-21',
		question: 'how many batches over 6% abv',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM brewery_batches WHERE "ABV %" > 6',
		note: 'ABV % strictly over 6 (114).'
	},
	{
		id: 't-brewery_batches-22',
		question: 'batches not brewed by sam',
		tables: ['brewery_batches'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM brewery_batches WHERE Brewer <> 'Sam'`,
		note: "Brewer other than 'Sam' (351)."
	},
	{
		id: 't-brewery_batches-23',
		question: 'litres of pale horse brewed in our most recent year',
		tables: ['brewery_batches'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Volume (L)") FROM brewery_batches WHERE Beer = 'Pale Horse' AND YEAR(brew_date) = (SELECT MAX(YEAR(brew_date)) FROM brewery_batches)`,
		note: 'The most recent year in the log is 2024 (not relative to today): Volume (L) of Pale Horse brewed in 2024 (32,213 L).'
	},

	// ---------------------------------------------------------------- ED attendances
	{
		id: 't-ed_attendances-01',
		question: 'how many atendances in 2022',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'time-year', 'fuzzy'],
		sql: 'SELECT COUNT(*) FROM ed_attendances WHERE YEAR("Arrival Time") = 2022',
		note: "'atendances' is a typo; attendances in the 2022 sample (700)."
	},
	{
		id: 't-ed_attendances-02',
		question: 'how many patients came in by ambulance',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE arrivalMode = 'Ambulance'`,
		note: "arrivalMode 'Ambulance' (653)."
	},
	{
		id: 't-ed_attendances-03',
		question: 'average wait to be seen',
		tables: ['ed_attendances'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(mins_to_seen) FROM ed_attendances',
		note: 'The wait to be seen is mins_to_seen (mean 73.8 minutes); the 70 who left before being seen have no time. Time in the department (dept_mins) is another reading.'
	},
	{
		id: 't-ed_attendances-04',
		question: 'median time in the department for admitted patients',
		tables: ['ed_attendances'],
		tags: ['median', 'filter-eq'],
		sql: 'SELECT MEDIAN(dept_mins) FROM ed_attendances WHERE Admitted',
		note: 'Median dept_mins of the admitted attendances (457 minutes).'
	},
	{
		id: 't-ed_attendances-05',
		question: 'how many patients were in a&e for over 4 hours',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-numeric', 'metric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM ed_attendances WHERE dept_mins > 240',
		note: 'The four-hour standard: dept_mins over 240 (966).'
	},
	{
		id: 't-ed_attendances-06',
		question: 'attendances by triage category',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT "Triage Cat", COUNT(*) FROM ed_attendances GROUP BY "Triage Cat"',
		note: 'Triage Cat 1 (immediate) to 5 (non-urgent).'
	},
	{
		id: 't-ed_attendances-07',
		question: 'most common reason people come in',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Complaint FROM ed_attendances WHERE Complaint IS NOT NULL GROUP BY Complaint ORDER BY COUNT(*) DESC LIMIT 1',
		note: "The reason is the presenting Complaint: 'Limb injury' (236)."
	},
	{
		id: 't-ed_attendances-08',
		question: 'admission rate by triage category',
		tables: ['ed_attendances'],
		tags: ['share', 'group-by', 'filter-eq'],
		sql: 'SELECT "Triage Cat", COUNT(*) FILTER (WHERE Admitted) * 1.0 / COUNT(*) FROM ed_attendances GROUP BY "Triage Cat"',
		isShare: true,
		note: 'Share of attendances admitted per Triage Cat (92% for category 1 down to 1.5% for category 5).'
	},
	{
		id: 't-ed_attendances-09',
		question: 'how many under 5s did we see',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM ed_attendances WHERE "Age (yrs)" < 5',
		note: 'Under 5s: Age (yrs) below 5 (166).'
	},
	{
		id: 't-ed_attendances-10',
		question: 'average age of chest pain patients',
		tables: ['ed_attendances'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Age (yrs)") FROM ed_attendances WHERE Complaint = 'Chest pain'`,
		note: "Mean Age (yrs) of Complaint 'Chest pain' (58.1)."
	},
	{
		id: 't-ed_attendances-11',
		question: 'attendances per month',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Arrival Time") AS m, COUNT(*) FROM ed_attendances GROUP BY m`,
		note: 'Attendances per calendar month (36 months).'
	},
	{
		id: 't-ed_attendances-12',
		question: 'how many people left without being seen',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE "Discharge Destination" = 'Left before seen'`,
		note: "Discharge Destination 'Left before seen' (70), the same attendances as those with no mins_to_seen."
	},
	{
		id: 't-ed_attendances-13',
		question: 'falls in the over 80s',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE Complaint = 'Fall' AND "Age (yrs)" >= 80`,
		note: "How many: Complaint 'Fall' aged 80 and over (64)."
	},
	{
		id: 't-ed_attendances-14',
		question: 'where do admitted patients go',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'group-by', 'filter-eq'],
		sql: 'SELECT "Discharge Destination", COUNT(*) FROM ed_attendances WHERE Admitted GROUP BY "Discharge Destination"',
		note: "Discharge Destination of the admitted attendances: 'Ward', 'Theatre', 'ICU'."
	},
	{
		id: 't-ed_attendances-15',
		question: 'what percentage of patients had an x-ray or scan',
		tables: ['ed_attendances'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Imaging) * 1.0 / COUNT(*) FROM ed_attendances',
		isShare: true,
		note: 'An x-ray or scan is Imaging: 39.9% of attendances.'
	},
	{
		id: 't-ed_attendances-16',
		question: 'attendances with no discharge destination recorded',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM ed_attendances WHERE "Discharge Destination" IS NULL',
		note: 'Discharge Destination missing (29).'
	},
	{
		id: 't-ed_attendances-17',
		question: 'mental health patients brought in by the police',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE Complaint = 'Mental health' AND arrivalMode = 'Police'`,
		note: "How many: Complaint 'Mental health' with arrivalMode 'Police' (28)."
	},
	{
		id: 't-ed_attendances-18',
		question: 'what hour of the day is busiest',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT HOUR("Arrival Time") AS h FROM ed_attendances GROUP BY h ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'By arrivals per hour of the arrival time: 10 (10:00-10:59, 161 arrivals).'
	},
	{
		id: 't-ed_attendances-19',
		question: 'longest time anyone spent in a&e',
		tables: ['ed_attendances'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(dept_mins) FROM ed_attendances',
		note: 'The largest dept_mins: 1,583 minutes.'
	},
	{
		id: 't-ed_attendances-20',
		question: 'list the cat 1 patients since july 2024 with arrival time, age and complaint',
		tables: ['ed_attendances'],
		tags: ['rows-mode', 'filter-eq', 'time-since', 'fuzzy'],
		sql: `SELECT "Arrival Time", "Age (yrs)", Complaint FROM ed_attendances WHERE "Triage Cat" = 1 AND "Arrival Time" >= TIMESTAMP '2024-07-01 00:00:00'`,
		note: 'Triage Cat 1 arriving from 1 July 2024 on: 6 rows.'
	},
	{
		id: 't-ed_attendances-21',
		question: 'women over 65 with shortness of breath',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE Sex = 'F' AND "Age (yrs)" > 65 AND Complaint = 'Shortness of breath'`,
		note: "How many: Sex 'F', Age (yrs) over 65 and Complaint 'Shortness of breath' (46); 65 and over (48) is another reading."
	},
	{
		id: 't-ed_attendances-22',
		question: 'how many strokes have we had',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE Complaint = 'Stroke symptoms'`,
		note: "Strokes are Complaint 'Stroke symptoms' (61)."
	},
	{
		id: 't-ed_attendances-23',
		question: 'admissions from march to may 2023',
		tables: ['ed_attendances'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM ed_attendances WHERE Admitted AND "Arrival Time" >= TIMESTAMP '2023-03-01 00:00:00' AND "Arrival Time" < TIMESTAMP '2023-06-01 00:00:00'`,
		note: 'Admitted attendances arriving 1 March to 31 May 2023 (42).'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 't-refuse-01',
		question: 'which film did audiences rate the highest',
		tables: ['cinema_screenings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No audience ratings or reviews; only tickets sold and takings per screening.'
	},
	{
		id: 't-refuse-02',
		question: 'how many tickets were booked online vs at the door',
		tables: ['cinema_screenings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No sales channel: one ticket count per screening, not how the tickets were bought.'
	},
	{
		id: 't-refuse-03',
		question: 'how many tickets will the next avatar film sell',
		tables: ['cinema_screenings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction about a film not in the data; the screenings end in December 2024.'
	},
	{
		id: 't-refuse-04',
		question: 'which pubs buy the most of our beer',
		tables: ['brewery_batches'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No sales or customers; the log records batches brewed and how they were packaged.'
	},
	{
		id: 't-refuse-05',
		question: 'how much do the hops cost per batch',
		tables: ['brewery_batches'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ingredients or costs in the batch log.'
	},
	{
		id: 't-refuse-06',
		question: 'which doctor sees patients the fastest',
		tables: ['ed_attendances'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No clinician is recorded; only minutes to be seen per attendance.'
	},
	{
		id: 't-refuse-07',
		question: 'what were patients diagnosed with',
		tables: ['ed_attendances'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the presenting complaint (why they came), no diagnosis.'
	},
	{
		id: 't-refuse-08',
		question: 'how many patients will come in on christmas day',
		tables: ['ed_attendances'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction about future attendances; the sample ends in December 2024.'
	}
];
