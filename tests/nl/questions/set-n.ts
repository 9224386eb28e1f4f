import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set N: questions over three tables the engine had not seen, CSV files of the kind a person
 * drops into the app on first use. They are synthetic but plausible, written by a seeded,
 * deterministic generator kept beside them (tests/nl/data/set-n/generate.mjs, mulberry32 from
 * tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`), not from an npm
 * package. Columns as imported:
 * - vet_visits.csv (1,488 rows, a small-animal vet practice's appointments 2023-2024, one row per
 *   visit): visit_id (e.g. 'V-10001'), "Visit Date" (DATE), pet_name, Species ('Dog' | 'Cat' |
 *   'Rabbit' | 'Guinea Pig' | 'Bird'), breed (missing for every guinea pig and bird and for some
 *   dogs, cats and rabbits: 199), "Owner Name", ageYrs (DOUBLE, 50 missing), weight_kg (DOUBLE,
 *   74 missing), Vet ('Dr. Sarah Mitchell' | 'Dr. James Okoro' | 'Dr. Priya Nair' | 'Dr. Tom
 *   Becker'), visit_type ('Vaccination' | 'Check-up' | 'Illness' | 'Injury' | 'Dental' | 'Surgery'
 *   | 'Follow-up'), dur_min, "Total Charge" (DOUBLE), paid_by ('Card' | 'Cash' | 'Insurance'),
 *   "Follow Up Needed" (BOOLEAN, from Yes/No). A pet is a pet_name with its "Owner Name".
 * - donations.csv (2,275 rows, a regional charity's donations 2022-2024): donation_id (e.g.
 *   'DON-22000'), donatedOn (DATE), donor_ref (e.g. 'D1142'), "Donor Name" ('Anonymous' on 96
 *   individual gifts), donor_type ('Individual' | 'Business' | 'Trust/Foundation'), Campaign
 *   ('General Fund' | 'Winter Appeal' | 'Spring Fun Run' | 'Emergency Appeal' | 'Christmas
 *   Raffle'), Channel ('Online' | 'Direct Debit' | 'Cheque' | 'Cash' | 'Event'), amt (BIGINT,
 *   pounds), "Gift Aid" ('Y' | 'N'), recurring (BOOLEAN; the monthly direct debits), Region (6 UK
 *   regions, 67 missing), "Thank You Sent" (DATE; missing for every recurring gift and for some
 *   one-off gifts).
 * - running_log.csv (593 rows, one runner's training log Mar 2022 - Feb 2025, one row per run):
 *   "Start Time" (TIMESTAMP), activityType ('Easy Run' | 'Long Run' | 'Tempo' | 'Intervals' |
 *   'Recovery' | 'Race'), Route (7 training routes, e.g. 'Canal Path', 'Treadmill', and the race
 *   names on race days), distance_km (DOUBLE), "Moving Time (min)" (DOUBLE), "Avg Speed (km/h)"
 *   (DOUBLE), avg_hr (36 missing), elev_gain_m, Calories, Shoes (5 models, e.g. 'Hoka Clifton
 *   9', 25 missing), RPE (perceived effort 1-10).
 * Every column is kept as DuckDB's CSV import reads it (no `select`). Written before the engine
 * was run on these tables.
 */
export const SET_N_TABLE_SOURCES: TableSource[] = [
	{
		name: 'vet_visits',
		humanName: 'Vet visits',
		repoDir: 'tests/nl/data/set-n',
		file: 'vet_visits.csv',
		format: 'csv'
	},
	{
		name: 'donations',
		humanName: 'Donations',
		repoDir: 'tests/nl/data/set-n',
		file: 'donations.csv',
		format: 'csv'
	},
	{
		name: 'running_log',
		humanName: 'Running log',
		repoDir: 'tests/nl/data/set-n',
		file: 'running_log.csv',
		format: 'csv'
	}
];

export const SET_N_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- vet visits
	{
		id: 'n-vet_visits-01',
		question: 'how many visits did we have in total',
		tables: ['vet_visits'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM vet_visits'
	},
	{
		id: 'n-vet_visits-02',
		question: 'Total charges in 2024',
		tables: ['vet_visits'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM("Total Charge") FROM vet_visits WHERE YEAR("Visit Date") = 2024'
	},
	{
		id: 'n-vet_visits-03',
		question: 'average charge for each type of visit',
		tables: ['vet_visits'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT visit_type, AVG("Total Charge") FROM vet_visits GROUP BY visit_type'
	},
	{
		id: 'n-vet_visits-04',
		question: 'number of visits per species',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Species, COUNT(*) FROM vet_visits GROUP BY Species'
	},
	{
		id: 'n-vet_visits-05',
		question: 'Which vet did the most appointments?',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Vet FROM vet_visits GROUP BY Vet ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Dr. Sarah Mitchell (401) ahead of Dr. Tom Becker (393).'
	},
	{
		id: 'n-vet_visits-06',
		question: 'median length of a dental appointment in minutes',
		tables: ['vet_visits'],
		tags: ['median', 'filter-eq', 'synonym'],
		sql: `SELECT MEDIAN(dur_min) FROM vet_visits WHERE visit_type = 'Dental'`
	},
	{
		id: 'n-vet_visits-07',
		question: 'visits per month in 2024',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Visit Date") AS m, COUNT(*) FROM vet_visits WHERE YEAR("Visit Date") = 2024 GROUP BY m`
	},
	{
		id: 'n-vet_visits-08',
		question: 'what share of visits were paid by insurance?',
		tables: ['vet_visits'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE paid_by = 'Insurance') * 1.0 / COUNT(*) FROM vet_visits`,
		isShare: true,
		note: 'Share of visits (count), not of money charged.'
	},
	{
		id: 'n-vet_visits-09',
		question: 'How many cat surgeries were there?',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM vet_visits WHERE Species = 'Cat' AND visit_type = 'Surgery'`
	},
	{
		id: 'n-vet_visits-10',
		question: 'top 5 dog breeds by number of visits',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT breed, COUNT(*) AS n FROM vet_visits WHERE Species = 'Dog' AND breed IS NOT NULL GROUP BY breed ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: 'Dog visits without a breed (48) are not a breed; they would rank 9th anyway. No ties in the top 5.'
	},
	{
		id: 'n-vet_visits-11',
		question: 'how many visits needed a follow up?',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM vet_visits WHERE "Follow Up Needed"`
	},
	{
		id: 'n-vet_visits-12',
		question: 'show me the surgeries that cost more than 1000 (pet, date and charge)',
		tables: ['vet_visits'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric'],
		sql: `SELECT pet_name, "Visit Date", "Total Charge" FROM vet_visits WHERE visit_type = 'Surgery' AND "Total Charge" > 1000`
	},
	{
		id: 'n-vet_visits-13',
		question: 'How many visits have no breed recorded?',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM vet_visits WHERE breed IS NULL'
	},
	{
		id: 'n-vet_visits-14',
		question: 'which owner has spent the most with us',
		tables: ['vet_visits'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT "Owner Name" FROM vet_visits GROUP BY "Owner Name" ORDER BY SUM("Total Charge") DESC LIMIT 1',
		note: 'Zoe Kaur (3,035.67) ahead of Emma Underwood (2,677.42).'
	},
	{
		id: 'n-vet_visits-15',
		question: 'how many illness visits did dr. priya nair see',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM vet_visits WHERE Vet = 'Dr. Priya Nair' AND visit_type = 'Illness'`
	},
	{
		id: 'n-vet_visits-16',
		question: 'Total charged per vet in 2023, highest first',
		tables: ['vet_visits'],
		tags: ['sum', 'group-by', 'time-year', 'ordering'],
		sql: `SELECT Vet, SUM("Total Charge") AS total FROM vet_visits WHERE YEAR("Visit Date") = 2023 GROUP BY Vet ORDER BY total DESC`,
		isOrdered: true
	},
	{
		id: 'n-vet_visits-17',
		question: 'how many visits were not vaccinations or check-ups',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-negation', 'filter-list'],
		sql: `SELECT COUNT(*) FROM vet_visits WHERE visit_type NOT IN ('Vaccination', 'Check-up')`
	},
	{
		id: 'n-vet_visits-18',
		question: 'number of visits between 1 March and 30 June 2024',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM vet_visits WHERE "Visit Date" BETWEEN DATE '2024-03-01' AND DATE '2024-06-30'`,
		note: 'Both ends included.'
	},
	{
		id: 'n-vet_visits-19',
		question: 'average appointment duration by species',
		tables: ['vet_visits'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT Species, AVG(dur_min) FROM vet_visits GROUP BY Species'
	},
	{
		id: 'n-vet_visits-20',
		question: 'how many different pets have we seen?',
		tables: ['vet_visits'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT (pet_name, "Owner Name")) FROM vet_visits',
		note: 'No pet id: a pet is a pet_name with its owner (545). Pet names alone (40) would merge every "Bella".'
	},
	{
		id: 'n-vet_visits-21',
		question: 'What percentage of dog visits needed a follow-up?',
		tables: ['vet_visits'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Follow Up Needed") * 1.0 / COUNT(*) FROM vet_visits WHERE Species = 'Dog'`,
		isShare: true
	},
	{
		id: 'n-vet_visits-22',
		question: 'guinea pig visits since July 2024',
		tables: ['vet_visits'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM vet_visits WHERE Species = 'Guinea Pig' AND "Visit Date" >= DATE '2024-07-01'`
	},

	// ---------------------------------------------------------------- donations
	{
		id: 'n-donations-01',
		question: 'how much have we raised in total?',
		tables: ['donations'],
		tags: ['sum'],
		sql: 'SELECT SUM(amt) FROM donations'
	},
	{
		id: 'n-donations-02',
		question: 'Total raised by each campaign',
		tables: ['donations'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT Campaign, SUM(amt) FROM donations GROUP BY Campaign'
	},
	{
		id: 'n-donations-03',
		question: 'average gift size by donor type',
		tables: ['donations'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT donor_type, AVG(amt) FROM donations GROUP BY donor_type'
	},
	{
		id: 'n-donations-04',
		question: 'which region gives the most money',
		tables: ['donations'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Region FROM donations WHERE Region IS NOT NULL GROUP BY Region ORDER BY SUM(amt) DESC LIMIT 1',
		note: 'Midlands (21,755) just ahead of South East (21,582) and London (19,081); donations with no region (2,211) are not a region.'
	},
	{
		id: 'n-donations-05',
		question: 'donations per year (amount)',
		tables: ['donations'],
		tags: ['sum', 'time-grain'],
		sql: 'SELECT YEAR(donatedOn) AS y, SUM(amt) FROM donations GROUP BY y'
	},
	{
		id: 'n-donations-06',
		question: 'monthly total donated in 2024',
		tables: ['donations'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', donatedOn) AS m, SUM(amt) FROM donations WHERE YEAR(donatedOn) = 2024 GROUP BY m`
	},
	{
		id: 'n-donations-07',
		question: 'What share of the money came in by direct debit?',
		tables: ['donations'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT SUM(amt) FILTER (WHERE Channel = 'Direct Debit') * 1.0 / SUM(amt) FROM donations`,
		isShare: true,
		note: 'Share of the amount ("the money"), not of the number of gifts.'
	},
	{
		id: 'n-donations-08',
		question: 'median one-off donation',
		tables: ['donations'],
		tags: ['median', 'filter-eq'],
		sql: 'SELECT MEDIAN(amt) FROM donations WHERE NOT recurring',
		note: 'One-off = recurring is false.'
	},
	{
		id: 'n-donations-09',
		question: 'top 5 donors by total given',
		tables: ['donations'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT "Donor Name", SUM(amt) AS total FROM donations GROUP BY "Donor Name" ORDER BY total DESC LIMIT 5',
		isOrdered: true,
		note: 'All five are businesses or trusts, each with one donor_ref, so grouping by name or by donor_ref agrees; "Anonymous" is far below.'
	},
	{
		id: 'n-donations-10',
		question: 'how many donors have given more than once?',
		tables: ['donations'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT COUNT(*) FROM (SELECT donor_ref FROM donations GROUP BY donor_ref HAVING COUNT(*) > 1)',
		note: 'Donors counted by donor_ref ("Donor Name" is \'Anonymous\' on some gifts of known donors).'
	},
	{
		id: 'n-donations-11',
		question: 'how many gifts of £500 or more',
		tables: ['donations'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM donations WHERE amt >= 500'
	},
	{
		id: 'n-donations-12',
		question: "how many one-off donations haven't been thanked yet",
		tables: ['donations'],
		tags: ['aggregate-count', 'filter-missing', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM donations WHERE NOT recurring AND "Thank You Sent" IS NULL'
	},
	{
		id: 'n-donations-13',
		question: 'on average how many days after a gift do we send the thank you',
		tables: ['donations'],
		tags: ['avg', 'metric'],
		sql: 'SELECT AVG("Thank You Sent" - donatedOn) FROM donations WHERE "Thank You Sent" IS NOT NULL',
		note: 'Date difference in days over the gifts that were thanked.'
	},
	{
		id: 'n-donations-14',
		question: 'what % of donations are gift aided',
		tables: ['donations'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Gift Aid" = 'Y') * 1.0 / COUNT(*) FROM donations`,
		isShare: true,
		note: 'Share of donations by count.'
	},
	{
		id: 'n-donations-15',
		question: 'how much did the emergency appeal raise',
		tables: ['donations'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(amt) FROM donations WHERE Campaign = 'Emergency Appeal'`
	},
	{
		id: 'n-donations-16',
		question: 'Spring Fun Run donations by channel',
		tables: ['donations'],
		tags: ['sum', 'filter-eq', 'group-by'],
		sql: `SELECT Channel, SUM(amt) FROM donations WHERE Campaign = 'Spring Fun Run' GROUP BY Channel`,
		note: '"donations by channel" read as amounts; a count per channel is a fair reading too.'
	},
	{
		id: 'n-donations-17',
		question: 'list business donations over 1000 with date, donor and amount',
		tables: ['donations'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric'],
		sql: `SELECT donatedOn, "Donor Name", amt FROM donations WHERE donor_type = 'Business' AND amt > 1000`
	},
	{
		id: 'n-donations-18',
		question: 'total given other than by direct debit',
		tables: ['donations'],
		tags: ['sum', 'filter-negation'],
		sql: `SELECT SUM(amt) FROM donations WHERE Channel <> 'Direct Debit'`
	},
	{
		id: 'n-donations-19',
		question: 'how many donations since the start of 2024?',
		tables: ['donations'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM donations WHERE donatedOn >= DATE '2024-01-01'`
	},
	{
		id: 'n-donations-20',
		question: 'number of individual donors',
		tables: ['donations'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT donor_ref) FROM donations WHERE donor_type = 'Individual'`,
		note: 'By donor_ref, since some names are "Anonymous".'
	},
	{
		id: 'n-donations-21',
		question: 'average donation from trusts',
		tables: ['donations'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(amt) FROM donations WHERE donor_type = 'Trust/Foundation'`
	},
	{
		id: 'n-donations-22',
		question: 'biggest single donation',
		tables: ['donations'],
		tags: ['max'],
		sql: 'SELECT MAX(amt) FROM donations'
	},

	// ---------------------------------------------------------------- running log
	{
		id: 'n-running_log-01',
		question: 'how many runs have I logged',
		tables: ['running_log'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM running_log'
	},
	{
		id: 'n-running_log-02',
		question: 'total distance',
		tables: ['running_log'],
		tags: ['sum'],
		sql: 'SELECT SUM(distance_km) FROM running_log'
	},
	{
		id: 'n-running_log-03',
		question: 'km run per year',
		tables: ['running_log'],
		tags: ['sum', 'time-grain', 'synonym'],
		sql: 'SELECT YEAR("Start Time") AS y, SUM(distance_km) FROM running_log GROUP BY y'
	},
	{
		id: 'n-running_log-04',
		question: 'When was my longest run that wasnt a race?',
		tables: ['running_log'],
		tags: ['filter-negation', 'top-n'],
		sql: `SELECT "Start Time" FROM running_log WHERE activityType <> 'Race' ORDER BY distance_km DESC LIMIT 1`,
		note: '26.03 km on 2025-01-26 ahead of 25.84 km; the date alone is a fair answer.'
	},
	{
		id: 'n-running_log-05',
		question: 'average heart rate on tempo runs',
		tables: ['running_log'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG(avg_hr) FROM running_log WHERE activityType = 'Tempo'`
	},
	{
		id: 'n-running_log-06',
		question: 'distance per month in 2024',
		tables: ['running_log'],
		tags: ['sum', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', "Start Time") AS m, SUM(distance_km) FROM running_log WHERE YEAR("Start Time") = 2024 GROUP BY m`
	},
	{
		id: 'n-running_log-07',
		question: 'which shoes have done the most km?',
		tables: ['running_log'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Shoes FROM running_log WHERE Shoes IS NOT NULL GROUP BY Shoes ORDER BY SUM(distance_km) DESC LIMIT 1',
		note: 'Saucony Endorphin Speed 3, far ahead.'
	},
	{
		id: 'n-running_log-08',
		question: 'Average speed for each activity type',
		tables: ['running_log'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT activityType, AVG("Avg Speed (km/h)") FROM running_log GROUP BY activityType',
		note: 'Mean of the per-run average speeds (not total distance over total time).'
	},
	{
		id: 'n-running_log-09',
		question: 'median distance of my long runs',
		tables: ['running_log'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN(distance_km) FROM running_log WHERE activityType = 'Long Run'`
	},
	{
		id: 'n-running_log-10',
		question: 'how many runs over 20km',
		tables: ['running_log'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM running_log WHERE distance_km > 20'
	},
	{
		id: 'n-running_log-11',
		question: 'my 3 fastest runs by average speed',
		tables: ['running_log'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT "Start Time", "Avg Speed (km/h)" FROM running_log ORDER BY "Avg Speed (km/h)" DESC LIMIT 3',
		isOrdered: true,
		note: '15.3, 14.8, 14.7 km/h; no tie at 3rd (there is one at 5th).'
	},
	{
		id: 'n-running_log-12',
		question: 'total elevation gain on the hilltop circuit',
		tables: ['running_log'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(elev_gain_m) FROM running_log WHERE Route = 'Hilltop Circuit'`
	},
	{
		id: 'n-running_log-13',
		question: 'runs with no heart rate data',
		tables: ['running_log'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM running_log WHERE avg_hr IS NULL',
		note: 'Read as a count (36); listing those runs is a fair reading too.'
	},
	{
		id: 'n-running_log-14',
		question: 'what fraction of my runs are easy runs',
		tables: ['running_log'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE activityType = 'Easy Run') * 1.0 / COUNT(*) FROM running_log`,
		isShare: true
	},
	{
		id: 'n-running_log-15',
		question: 'how many hours did I spend running in 2024',
		tables: ['running_log'],
		tags: ['sum', 'time-year', 'metric'],
		sql: `SELECT SUM("Moving Time (min)") / 60 FROM running_log WHERE YEAR("Start Time") = 2024`,
		note: 'Moving time is in minutes; hours = sum / 60.'
	},
	{
		id: 'n-running_log-16',
		question: 'how many runs did I start before 7am?',
		tables: ['running_log'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM running_log WHERE HOUR("Start Time") < 7'
	},
	{
		id: 'n-running_log-17',
		question: 'list my races with the distance and moving time',
		tables: ['running_log'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT Route, distance_km, "Moving Time (min)" FROM running_log WHERE activityType = 'Race'`,
		note: 'The race name is in Route on race days; "Start Time" would also identify them.'
	},
	{
		id: 'n-running_log-18',
		question: 'average effort (RPE) for intervals vs tempo runs',
		tables: ['running_log'],
		tags: ['avg', 'group-by', 'filter-list'],
		sql: `SELECT activityType, AVG(RPE) FROM running_log WHERE activityType IN ('Intervals', 'Tempo') GROUP BY activityType`
	},
	{
		id: 'n-running_log-19',
		question: 'how many runs were between 5 and 10 km',
		tables: ['running_log'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM running_log WHERE distance_km BETWEEN 5 AND 10',
		note: 'Both ends included.'
	},
	{
		id: 'n-running_log-20',
		question: 'which route do I run most often',
		tables: ['running_log'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Route FROM running_log GROUP BY Route ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Canal Path (125) ahead of Old Railway Line (117).'
	},
	{
		id: 'n-running_log-21',
		question: 'runs since October 2024',
		tables: ['running_log'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM running_log WHERE "Start Time" >= TIMESTAMP '2024-10-01 00:00:00'`,
		note: 'Read as a count of runs from 1 Oct 2024 on.'
	},
	{
		id: 'n-running_log-22',
		question: 'how many km in my hoka shoes',
		tables: ['running_log'],
		tags: ['sum', 'filter-contains', 'fuzzy'],
		sql: `SELECT SUM(distance_km) FROM running_log WHERE Shoes = 'Hoka Clifton 9'`,
		note: 'The only Hoka model is Hoka Clifton 9.'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'n-refuse-01',
		question: 'which vet do pet owners like best',
		tables: ['vet_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'An opinion; no ratings or feedback in the data.'
	},
	{
		id: 'n-refuse-02',
		question: 'how many of the dogs are microchipped',
		tables: ['vet_visits'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No microchip column. With every table offered, the rescue intakes record which dogs are microchipped.',
		workspaceSql:
			"SELECT count(*) FROM animal_rescue_intakes WHERE Species = 'Dog' AND Microchipped"
	},
	{
		id: 'n-refuse-03',
		question: 'what is the average age of our donors',
		tables: ['donations'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No donor age or date of birth.'
	},
	{
		id: 'n-refuse-04',
		question: 'how many people clicked the winter appeal email',
		tables: ['donations'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No email or click data; only donations.'
	},
	{
		id: 'n-refuse-05',
		question: 'how much did we spend running the spring fun run',
		tables: ['donations'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Income only; no costs.'
	},
	{
		id: 'n-refuse-06',
		question: 'what was the temperature during my marathons',
		tables: ['running_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No weather or temperature column.'
	},
	{
		id: 'n-refuse-07',
		question: 'average cadence on long runs',
		tables: ['running_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No cadence column.'
	},
	{
		id: 'n-refuse-08',
		question: 'what is my VO2 max',
		tables: ['running_log'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Not recorded (and not derivable without a lab test or a watch estimate).'
	}
];
