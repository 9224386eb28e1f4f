import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set K: questions over three tables the engine had not seen, CSV files of the kind a person
 * drops into the app on first use. They are synthetic but plausible, written by a seeded,
 * deterministic generator kept beside them (tests/nl/data/set-k/generate.mjs, mulberry32) and
 * read from this repository (`repoDir`), not from an npm package. Columns as imported:
 * - bike_trips.csv (2,100 rows, a city bike-share's trips, March to November 2024): trip_id,
 *   "Start Time" (TIMESTAMP), start_station, "End Station" (29 missing: bike not docked),
 *   bikeType ('classic' | 'electric'), member_type ('Member' | 'Casual'), dur_min (integer
 *   minutes), distance_km, fare_usd, "Birth Year" (integer, missing for 1 in 8 riders).
 * - library_loans.csv (1,600 rows, a public library's checkouts 2023-2024 across five
 *   branches): "Loan ID", Title, Author, Genre, format ('Book' | 'eBook' | 'Audiobook' |
 *   'DVD'), Branch, checkout_date (DATE), "Due Date" (DATE), returnedOn (DATE, missing when not
 *   returned), renewals, patronType ('Adult' | 'Senior' | 'Teen' | 'Child'), late_fee.
 * - hotel_bookings.csv (1,400 rows, one hotel's 2024 bookings): booking_ref, checkIn (DATE),
 *   Nights, "Room Type", adults, children, "Booking Channel", lead_time_days, ADR (average daily
 *   rate), "Total Amount" (0 for cancellations), status ('Checked-Out' | 'Cancelled' |
 *   'No-Show'), special_requests, "Guest Rating" (1-10, missing when not given).
 * Every column is kept as DuckDB's CSV import reads it (no `select`). Written before the engine
 * was run on these tables.
 */
export const SET_K_TABLE_SOURCES: TableSource[] = [
	{
		name: 'bike_trips',
		humanName: 'Bike trips',
		repoDir: 'tests/nl/data/set-k',
		file: 'bike_trips.csv',
		format: 'csv'
	},
	{
		name: 'library_loans',
		humanName: 'Library loans',
		repoDir: 'tests/nl/data/set-k',
		file: 'library_loans.csv',
		format: 'csv'
	},
	{
		name: 'hotel_bookings',
		humanName: 'Hotel bookings',
		repoDir: 'tests/nl/data/set-k',
		file: 'hotel_bookings.csv',
		format: 'csv'
	}
];

export const SET_K_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- bike trips
	{
		id: 'k-bike_trips-01',
		question: 'how many trips are there',
		tables: ['bike_trips'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM bike_trips'
	},
	{
		id: 'k-bike_trips-02',
		question: 'average ride duration',
		tables: ['bike_trips'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(dur_min) FROM bike_trips'
	},
	{
		id: 'k-bike_trips-03',
		question: 'Number of trips per month',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', "Start Time") AS month, COUNT(*) FROM bike_trips GROUP BY 1`
	},
	{
		id: 'k-bike_trips-04',
		question: 'total fares paid by casual riders',
		tables: ['bike_trips'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM(fare_usd) FROM bike_trips WHERE member_type = 'Casual'`
	},
	{
		id: 'k-bike_trips-05',
		question: 'which station do the most trips start from?',
		tables: ['bike_trips'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT start_station FROM bike_trips GROUP BY start_station ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Central Station, 308 trips.'
	},
	{
		id: 'k-bike_trips-06',
		question: 'top 4 end stations by number of trips',
		tables: ['bike_trips'],
		tags: ['top-n', 'aggregate-count'],
		sql: `SELECT "End Station", COUNT(*) AS trips FROM bike_trips WHERE "End Station" IS NOT NULL GROUP BY 1 ORDER BY trips DESC LIMIT 4`,
		isOrdered: true,
		note: 'Top 4, not 5: the 5th and 6th stations tie at 187.'
	},
	{
		id: 'k-bike_trips-07',
		question: 'how many rides were on e-bikes',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE bikeType = 'electric'`
	},
	{
		id: 'k-bike_trips-08',
		question: 'what share of trips are taken by members?',
		tables: ['bike_trips'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT AVG(CASE WHEN member_type = 'Member' THEN 1.0 ELSE 0 END) FROM bike_trips`,
		isShare: true
	},
	{
		id: 'k-bike_trips-09',
		question: 'median trip distance in km',
		tables: ['bike_trips'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(distance_km) FROM bike_trips'
	},
	{
		id: 'k-bike_trips-10',
		question: 'average trip length for members vs casual riders',
		tables: ['bike_trips'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT member_type, AVG(dur_min) FROM bike_trips GROUP BY member_type',
		note: '"trip length" read as duration (dur_min), the usual meaning for bike-share; distance_km is the other reading.'
	},
	{
		id: 'k-bike_trips-11',
		question: 'How many trips lasted more than an hour?',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM bike_trips WHERE dur_min > 60'
	},
	{
		id: 'k-bike_trips-12',
		question: 'how many trips went from Riverside Park to City Hall',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE start_station = 'Riverside Park' AND "End Station" = 'City Hall'`
	},
	{
		id: 'k-bike_trips-13',
		question: 'longest ride in minutes',
		tables: ['bike_trips'],
		tags: ['max'],
		sql: 'SELECT MAX(dur_min) FROM bike_trips'
	},
	{
		id: 'k-bike_trips-14',
		question: 'total distance ridden on electric bikes in July',
		tables: ['bike_trips'],
		tags: ['sum', 'filter-eq', 'time-range'],
		sql: `SELECT SUM(distance_km) FROM bike_trips WHERE bikeType = 'electric' AND MONTH("Start Time") = 7`
	},
	{
		id: 'k-bike_trips-15',
		question: 'trips since september 1st',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE "Start Time" >= TIMESTAMP '2024-09-01 00:00:00'`,
		note: 'All trips are in 2024; read as a count.'
	},
	{
		id: 'k-bike_trips-16',
		question: 'How many trips between June 10 and June 20?',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE "Start Time" >= TIMESTAMP '2024-06-10 00:00:00' AND "Start Time" < TIMESTAMP '2024-06-21 00:00:00'`,
		note: 'Both days included, whole of June 20.'
	},
	{
		id: 'k-bike_trips-17',
		question: 'how many trips have no end station',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE "End Station" IS NULL`
	},
	{
		id: 'k-bike_trips-18',
		question: 'average fare on classic bikes, not counting members',
		tables: ['bike_trips'],
		tags: ['avg', 'filter-eq', 'filter-negation'],
		sql: `SELECT AVG(fare_usd) FROM bike_trips WHERE bikeType = 'classic' AND member_type <> 'Member'`
	},
	{
		id: 'k-bike_trips-19',
		question: 'which kind of bike do people ride for longer, on average?',
		tables: ['bike_trips'],
		tags: ['avg', 'top-n', 'synonym'],
		sql: 'SELECT bikeType FROM bike_trips GROUP BY bikeType ORDER BY AVG(dur_min) DESC LIMIT 1',
		note: 'classic, 20.8 min vs 17.0 for electric ("for longer" is time; by distance electric is ahead, 4.29 km vs 3.99).'
	},
	{
		id: 'k-bike_trips-20',
		question: 'how many trips started at union square',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE start_station = 'Union Square'`
	},
	{
		id: 'k-bike_trips-21',
		question: 'number of trips by riders born before 1980',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM bike_trips WHERE "Birth Year" < 1980`
	},
	{
		id: 'k-bike_trips-22',
		question: 'what hour of the day is busiest?',
		tables: ['bike_trips'],
		tags: ['aggregate-count', 'top-n', 'time-grain'],
		sql: `SELECT HOUR("Start Time") AS hour FROM bike_trips GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`,
		note: '17 (5 pm), 311 trips.'
	},
	{
		id: 'k-bike_trips-23',
		question: 'show the 4 longest trips',
		tables: ['bike_trips'],
		tags: ['rows-mode', 'top-n'],
		sql: 'SELECT trip_id, dur_min FROM bike_trips ORDER BY dur_min DESC LIMIT 4',
		isOrdered: true,
		note: '189, 189, 188, 188 minutes; the 5th is 185, so no tie at the cut.'
	},
	{
		id: 'k-bike_trips-24',
		question: 'Which start station has the longest average trip for casual riders?',
		tables: ['bike_trips'],
		tags: ['avg', 'filter-eq', 'top-n'],
		sql: `SELECT start_station FROM bike_trips WHERE member_type = 'Casual' GROUP BY start_station ORDER BY AVG(dur_min) DESC LIMIT 1`,
		note: 'University Library (29.0 min), then Central Station (27.6).'
	},

	// ---------------------------------------------------------------- library loans
	{
		id: 'k-library_loans-01',
		question: 'how many loans are there',
		tables: ['library_loans'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM library_loans'
	},
	{
		id: 'k-library_loans-02',
		question: 'checkouts by branch',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'group-by', 'synonym'],
		sql: 'SELECT Branch, COUNT(*) FROM library_loans GROUP BY Branch'
	},
	{
		id: 'k-library_loans-03',
		question: 'What is the most borrowed title?',
		tables: ['library_loans'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT Title FROM library_loans GROUP BY Title ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Lessons in Chemistry, 89 loans.'
	},
	{
		id: 'k-library_loans-04',
		question: 'top 3 authors by number of checkouts',
		tables: ['library_loans'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT Author, COUNT(*) AS loans FROM library_loans GROUP BY Author ORDER BY loans DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'k-library_loans-05',
		question: 'total late fees collected',
		tables: ['library_loans'],
		tags: ['sum'],
		sql: 'SELECT SUM(late_fee) FROM library_loans'
	},
	{
		id: 'k-library_loans-06',
		question: 'late fees per branch',
		tables: ['library_loans'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Branch, SUM(late_fee) FROM library_loans GROUP BY Branch'
	},
	{
		id: 'k-library_loans-07',
		question: "how many items haven't been returned",
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM library_loans WHERE returnedOn IS NULL'
	},
	{
		id: 'k-library_loans-08',
		question: 'loans per month in 2024',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', checkout_date) AS month, COUNT(*) FROM library_loans WHERE YEAR(checkout_date) = 2024 GROUP BY 1`
	},
	{
		id: 'k-library_loans-09',
		question: 'how many dvds were borrowed',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM library_loans WHERE format = 'DVD'`
	},
	{
		id: 'k-library_loans-10',
		question: 'what percentage of checkouts were ebooks?',
		tables: ['library_loans'],
		tags: ['share', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(CASE WHEN format = 'eBook' THEN 1.0 ELSE 0 END) FROM library_loans`,
		isShare: true
	},
	{
		id: 'k-library_loans-11',
		question: 'average number of renewals for printed books',
		tables: ['library_loans'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(renewals) FROM library_loans WHERE format = 'Book'`
	},
	{
		id: 'k-library_loans-12',
		question: 'which genre is most popular with teens',
		tables: ['library_loans'],
		tags: ['top-n', 'filter-eq', 'aggregate-count'],
		sql: `SELECT Genre FROM library_loans WHERE patronType = 'Teen' GROUP BY Genre ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Fiction, 41 teen loans; next Biography 22.'
	},
	{
		id: 'k-library_loans-13',
		question: 'How many mystery loans were there at the Northside branch?',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM library_loans WHERE Genre = 'Mystery' AND Branch = 'Northside'`
	},
	{
		id: 'k-library_loans-14',
		question: 'number of loans by patron type',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT patronType, COUNT(*) FROM library_loans GROUP BY patronType'
	},
	{
		id: 'k-library_loans-15',
		question: 'how many loans were returned late?',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM library_loans WHERE returnedOn > "Due Date"',
		note: 'Late = returned after the due date; loans not yet returned are not counted.'
	},
	{
		id: 'k-library_loans-16',
		question: 'median late fee, only for loans that were charged one',
		tables: ['library_loans'],
		tags: ['median', 'filter-numeric'],
		sql: 'SELECT MEDIAN(late_fee) FROM library_loans WHERE late_fee > 0'
	},
	{
		id: 'k-library_loans-17',
		question: 'How many checkouts of Andy Weir titles since July 2024?',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM library_loans WHERE Author = 'Andy Weir' AND checkout_date >= DATE '2024-07-01'`,
		note: 'Counts loans of all formats (his titles are a Book and an Audiobook here).'
	},
	{
		id: 'k-library_loans-18',
		question: 'loans in 2023',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM library_loans WHERE YEAR(checkout_date) = 2023'
	},
	{
		id: 'k-library_loans-19',
		question: 'top 3 titles at harbor view',
		tables: ['library_loans'],
		tags: ['top-n', 'filter-eq', 'fuzzy'],
		sql: `SELECT Title, COUNT(*) AS loans FROM library_loans WHERE Branch = 'Harbor View' GROUP BY Title ORDER BY loans DESC LIMIT 3`,
		isOrdered: true,
		note: '15, 13, 13, then 10: the 2nd and 3rd tie but both are in the top 3.'
	},
	{
		id: 'k-library_loans-20',
		question: 'how many loans were not from the Central branch',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM library_loans WHERE Branch <> 'Central'`
	},
	{
		id: 'k-library_loans-21',
		question: 'average number of days an item was kept, for returned items',
		tables: ['library_loans'],
		tags: ['avg', 'filter-missing'],
		sql: 'SELECT AVG(returnedOn - checkout_date) FROM library_loans WHERE returnedOn IS NOT NULL'
	},
	{
		id: 'k-library_loans-22',
		question: 'checkouts per year by format',
		tables: ['library_loans'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT YEAR(checkout_date) AS year, format, COUNT(*) FROM library_loans GROUP BY 1, 2'
	},
	{
		id: 'k-library_loans-23',
		question: "how many children's genre loans went to adult patrons",
		tables: ['library_loans'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM library_loans WHERE Genre = 'Children''s' AND patronType = 'Adult'`,
		note: "Genre 'Children''s' (all formats of that genre) and patronType 'Adult'."
	},
	{
		id: 'k-library_loans-24',
		question: 'Which branch has the most overdue returns?',
		tables: ['library_loans'],
		tags: ['top-n', 'aggregate-count'],
		sql: 'SELECT Branch FROM library_loans WHERE returnedOn > "Due Date" GROUP BY Branch ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Central, 55 late returns; next Westwood 44.'
	},

	// ---------------------------------------------------------------- hotel bookings
	{
		id: 'k-hotel_bookings-01',
		question: 'how many bookings',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM hotel_bookings'
	},
	{
		id: 'k-hotel_bookings-02',
		question: 'How many bookings were cancelled?',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM hotel_bookings WHERE status = 'Cancelled'`
	},
	{
		id: 'k-hotel_bookings-03',
		question: 'cancellation rate',
		tables: ['hotel_bookings'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT AVG(CASE WHEN status = 'Cancelled' THEN 1.0 ELSE 0 END) FROM hotel_bookings`,
		isShare: true
	},
	{
		id: 'k-hotel_bookings-04',
		question: 'cancellation rate for each booking channel',
		tables: ['hotel_bookings'],
		tags: ['share', 'group-by'],
		sql: `SELECT "Booking Channel", AVG(CASE WHEN status = 'Cancelled' THEN 1.0 ELSE 0 END) FROM hotel_bookings GROUP BY 1`,
		isShare: true
	},
	{
		id: 'k-hotel_bookings-05',
		question: 'total revenue',
		tables: ['hotel_bookings'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Total Amount") FROM hotel_bookings',
		note: 'Cancellations carry 0, so summing every row is the revenue.'
	},
	{
		id: 'k-hotel_bookings-06',
		question: 'average daily rate by room type',
		tables: ['hotel_bookings'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT "Room Type", AVG(ADR) FROM hotel_bookings GROUP BY 1'
	},
	{
		id: 'k-hotel_bookings-07',
		question: 'which room type brings in the most money?',
		tables: ['hotel_bookings'],
		tags: ['sum', 'top-n', 'synonym'],
		sql: 'SELECT "Room Type" FROM hotel_bookings GROUP BY 1 ORDER BY SUM("Total Amount") DESC LIMIT 1',
		note: 'Standard King.'
	},
	{
		id: 'k-hotel_bookings-08',
		question: 'revenue per month',
		tables: ['hotel_bookings'],
		tags: ['sum', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', checkIn) AS month, SUM("Total Amount") FROM hotel_bookings GROUP BY 1`,
		note: 'By check-in month (the only date in the table).'
	},
	{
		id: 'k-hotel_bookings-09',
		question: 'average length of stay in nights',
		tables: ['hotel_bookings'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(Nights) FROM hotel_bookings',
		note: 'Over all bookings; one could argue for excluding cancellations.'
	},
	{
		id: 'k-hotel_bookings-10',
		question: 'whats the average guest rating',
		tables: ['hotel_bookings'],
		tags: ['avg'],
		sql: 'SELECT AVG("Guest Rating") FROM hotel_bookings',
		note: 'Over the bookings that have a rating.'
	},
	{
		id: 'k-hotel_bookings-11',
		question: 'how many bookings came through expedia',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM hotel_bookings WHERE "Booking Channel" = 'Expedia'`
	},
	{
		id: 'k-hotel_bookings-12',
		question: 'How many bookings included children?',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM hotel_bookings WHERE children > 0'
	},
	{
		id: 'k-hotel_bookings-13',
		question: 'median lead time',
		tables: ['hotel_bookings'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(lead_time_days) FROM hotel_bookings'
	},
	{
		id: 'k-hotel_bookings-14',
		question: 'total nights stayed in August, checked-out bookings only',
		tables: ['hotel_bookings'],
		tags: ['sum', 'filter-eq', 'time-range'],
		sql: `SELECT SUM(Nights) FROM hotel_bookings WHERE MONTH(checkIn) = 8 AND status = 'Checked-Out'`,
		note: 'By check-in month.'
	},
	{
		id: 'k-hotel_bookings-15',
		question: 'top 3 booking channels by revenue',
		tables: ['hotel_bookings'],
		tags: ['sum', 'top-n'],
		sql: 'SELECT "Booking Channel", SUM("Total Amount") AS revenue FROM hotel_bookings GROUP BY 1 ORDER BY revenue DESC LIMIT 3',
		isOrdered: true
	},
	{
		id: 'k-hotel_bookings-16',
		question: 'number of no shows',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM hotel_bookings WHERE status = 'No-Show'`
	},
	{
		id: 'k-hotel_bookings-17',
		question: 'how many stays were a week or longer',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM hotel_bookings WHERE Nights >= 7',
		note: 'Counts every booking of 7+ nights, whatever its status.'
	},
	{
		id: 'k-hotel_bookings-18',
		question: 'average ADR for suites',
		tables: ['hotel_bookings'],
		tags: ['avg', 'filter-contains'],
		sql: `SELECT AVG(ADR) FROM hotel_bookings WHERE "Room Type" LIKE '%Suite%'`,
		note: 'Family Suite and Executive Suite together.'
	},
	{
		id: 'k-hotel_bookings-19',
		question: 'How many bookings checked in between March and May?',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM hotel_bookings WHERE checkIn >= DATE '2024-03-01' AND checkIn < DATE '2024-06-01'`,
		note: 'March through May inclusive.'
	},
	{
		id: 'k-hotel_bookings-20',
		question: 'which month had the highest average daily rate',
		tables: ['hotel_bookings'],
		tags: ['avg', 'top-n', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', checkIn) AS month FROM hotel_bookings GROUP BY 1 ORDER BY AVG(ADR) DESC LIMIT 1`,
		note: 'July 2024 (the data covers 2024 only; a month number 7 is the same answer in words).'
	},
	{
		id: 'k-hotel_bookings-21',
		question: 'lowest rated room type',
		tables: ['hotel_bookings'],
		tags: ['avg', 'top-n'],
		sql: 'SELECT "Room Type" FROM hotel_bookings GROUP BY 1 ORDER BY AVG("Guest Rating") ASC LIMIT 1',
		note: 'Standard King, 7.90 on average.'
	},
	{
		id: 'k-hotel_bookings-22',
		question: "how many bookings weren't made direct",
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM hotel_bookings WHERE "Booking Channel" <> 'Direct'`
	},
	{
		id: 'k-hotel_bookings-23',
		question: 'Average total amount for corporate bookings that checked out',
		tables: ['hotel_bookings'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Total Amount") FROM hotel_bookings WHERE "Booking Channel" = 'Corporate' AND status = 'Checked-Out'`
	},
	{
		id: 'k-hotel_bookings-24',
		question: 'bookings with 2 or more special requests',
		tables: ['hotel_bookings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM hotel_bookings WHERE special_requests >= 2',
		note: 'Read as a count.'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'k-refuse-01',
		question: 'which rider took the most trips?',
		tables: ['bike_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No rider id: only member type and birth year.'
	},
	{
		id: 'k-refuse-02',
		question: 'what was the temperature on the busiest day for bike trips',
		tables: ['bike_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No weather in the data.'
	},
	{
		id: 'k-refuse-03',
		question: 'how many bikes are in the fleet',
		tables: ['bike_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No bike id: the fleet size is not in the data.'
	},
	{
		id: 'k-refuse-04',
		question: 'what is the average star rating of Atomic Habits',
		tables: ['library_loans'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Loans carry no ratings.'
	},
	{
		id: 'k-refuse-05',
		question: 'Is Dune a better book than Project Hail Mary?',
		tables: ['library_loans'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion.'
	},
	{
		id: 'k-refuse-06',
		question: 'which guest nationality cancels the most',
		tables: ['hotel_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No nationality or country column.'
	},
	{
		id: 'k-refuse-07',
		question: 'how much profit did the hotel make in 2024',
		tables: ['hotel_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Revenue only, no costs: profit cannot be computed.'
	},
	{
		id: 'k-refuse-08',
		question: 'what will occupancy be next summer?',
		tables: ['hotel_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast, and the number of rooms (needed for occupancy) is not in the data.'
	}
];
