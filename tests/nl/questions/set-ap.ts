import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AP: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ap/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - boat_hire_trips.csv (1,975 rows, Bracken Tarn Boats, a lakeside hire of rowing boats, kayaks,
 *   Canadian canoes and pedalos: its hire log for the 2023 and 2024 seasons, one row per hire (932
 *   in 2023, 1,043 in 2024); open every day from Good Friday (7 April 2023, 29 March 2024) to 31
 *   October, from 10:00, the last boat out at 17:00 (18:00 from mid July to August); busiest in
 *   August (570 hires) and at weekends (Saturday 518, Sunday 474); a hire is booked and paid for
 *   by the slot, prices £2 a slot higher in 2024; a boat is late when it comes in more than 10
 *   minutes after its slot ends): hire_id (BIGINT, 5001-6975, unique, in time order), "Start
 *   Time" (TIMESTAMP, minutes, 7 April 2023 16:40 to 31 October 2024 16:48; 366 days),
 *   "End Time" (TIMESTAMP, when the boat came back, up to 18:05; missing on 22 hires whose return
 *   was not logged), boatNo (VARCHAR, a letter and two digits with the leading zero kept: rowing
 *   boats 'R01'-'R10', kayaks 'K01'-'K08', double kayaks 'D01'-'D04', canoes 'C01'-'C03',
 *   pedalos 'P01'-'P06'; 'P01' 91 hires the most), boat_type ('Rowing Boat' 727 | 'Pedalo' 499 |
 *   'Kayak' 393 | 'Double Kayak' 206 | 'Canadian Canoe' 150), "Slot (mins)" (BIGINT, the time
 *   booked: 30 (329, rowing boats and pedalos only) | 60 (1,217) | 120 (387) | 240 (42, a half
 *   day)), people (BIGINT, 1-5, 4,612 in all; three pedalo hires of 5), lifeJackets (BIGINT,
 *   jackets handed out, 0-5; fewer than people on 251 hires, adults on a rowing boat or pedalo
 *   declining one), "Price (£)" (DOUBLE, 0-72, the slot's price; £51,366 in all, £23,475 in
 *   2023 and £27,891 in 2024; 0 on 9 free re-hires), "Deposit (£)" (DOUBLE, refundable, £10 a
 *   kayak or double kayak, £20 any other boat; missing on 59 hires, not written down),
 *   "Returned Late" (BOOLEAN, from Yes/No; 176 Yes, 1,777 No; missing where End Time is),
 *   Weather ('Sunny' 1,101 | 'Cloudy' 591 | 'Showers' 193 | 'Windy' 57 | 'Rain' 33; noted once a
 *   day), staff_member ('Dave Lowther' 960 | "Niamh O'Neill" 484 (weekends and school holidays)
 *   | 'Chloe Hartley' 286 (summer holidays) | 'Tom Birkett' 137 (2024) | 'Ben Atkinson' 108
 *   (2023)), "Pay Method" ('Card' 1,375 | 'Cash' 420 | 'Voucher' 180), notes (75 notes, missing
 *   on 1,900 hires: 'birthday party' 18 | 'dog on board' 14 | 'scratched hull' 14 | 'lost a
 *   paddle' 9 | 'free re-hire after rain' 9 | 'capsized - no harm done' 7 | 'school group' 3 |
 *   'came back early - rain' 1). No customer names or contacts, ages, costs or repairs, or
 *   temperatures.
 * - pet_insurance_claims.csv (1,458 rows, Pawsure Mutual, a small insurer of dogs, cats and
 *   rabbits: every claim submitted from 1 January 2022 to 27 December 2024, one row per claim,
 *   exported on 31 December 2024 (377 in 2022, 463 in 2023, 618 in 2024, the book growing); a
 *   policy covers one pet; the excess comes off each claim and a claim pays at most £4,000; a
 *   claim below the excess is declined, and so is a cat's dental claim): "Claim Ref" (VARCHAR,
 *   'CL22-0001'-'CL22-0377', 'CL23-0001'-'CL23-0463', 'CL24-0001'-'CL24-0618', unique),
 *   policyNumber (VARCHAR, 'PM' and six digits, e.g. 'PM010468'; 474 policies, one pet each),
 *   "Pet Name" (40 names shared by many pets: 'Biscuit' and 'Clover' 56 claims each), species
 *   ('Dog' 890 | 'Cat' 509 | 'Rabbit' 59), Breed (23 breeds: 'Domestic Shorthair' 207 the most,
 *   'Labrador Retriever' 125, 'French Bulldog' 121, 'Crossbreed' 105), "Pet Age (yrs)" (BIGINT,
 *   whole years at the claim, 0-16; missing on 30), "Owner Surname" (56 surnames: 'Robinson' 60
 *   the most; "O'Brien" 28, "O'Connor" 24, "D'Arcy" 18), condition_category ('Injury' 272 |
 *   'Digestive' 204 | 'Skin' 183 | 'Dental' 163 | 'Ear' 154 | 'Lameness' 129 | 'Urinary' 110 |
 *   'Eye' 101 | 'Lump/Tumour' 71 | 'Foreign Body' 36 | 'Diabetes' 35), "Vet Practice" (8:
 *   'Riverside Vets' 271 | 'St Francis Veterinary Centre' 268 | 'Moorview Veterinary Clinic' 216
 *   | 'Abbey Road Vets' 187 | 'Hilltop Animal Hospital' 151 | "O'Neill & Partners" 150 | 'The Ark
 *   Vet Surgery' 121 | 'Castlegate Vets' 94), "Treatment Date" (DATE, 2 to 45 days before the
 *   claim, from 23 November 2021), "Date Submitted" (DATE), "Claimed (£)" (DOUBLE, 38.03-7,800;
 *   £944,513.30 in all), excess (DOUBLE, 99 on 1,144 claims, 150 (the cheaper plan) on 255, 60
 *   (rabbits) on 59), "Paid (£)" (DOUBLE, Claimed less the excess, at most 4,000 (8 claims);
 *   0 on the declined claims; missing on the pending ones; £638,078.53 in all: £180,934.24 on
 *   claims of 2022, £175,835.11 of 2023, £281,309.18 of 2024), Status ('Paid' 1,160 | 'Declined'
 *   277 | 'Pending' 21: 12 sent in during December 2024, 9 older ones waiting), settledDate
 *   (DATE, 2-36 days after Date Submitted, to 31 December 2024; missing on the pending claims),
 *   "Decline Reason" (missing unless declined: 'Dental not covered' 75 | 'Below excess' 68 |
 *   'Pre-existing condition' 56 | 'Waiting period' 40 | 'Not covered' 13 | 'No vet invoice' 13 |
 *   'Policy lapsed' 12), "Pay Vet Direct" (BOOLEAN, from Yes/No, the owner's choice on the
 *   policy; 712 Yes, 746 No). No premiums, policy start or cancellation dates, claims handlers,
 *   owners' first names or addresses.
 * - wine_cellar.csv (1,067 rows, the cellar book of a couple in Harrogate: one row per bottle
 *   bought from 14 January 2022 to 23 December 2024, in cases of 6 or 12, threes, pairs and single
 *   bottles, and gifts; 327 bottles still in the cellar on 31 December 2024 (no Date Drunk); more
 *   opened at weekends and in December, rosé and whites in summer): "Bottle ID" (BIGINT, 1-1,067,
 *   in buying order), Wine (44 wines, one producer each, e.g. 'Gevrey-Chambertin', 'Château
 *   Musar', "Taylor's LBV Port", 'Champagne Brut'), Producer (43; "Taylor's" 29 bottles,
 *   "Domaine de l'Arlot", "Château d'Esclans", "d'Arenberg", "Graham's"), colour ('Red' 463 |
 *   'White' 282 | 'Rosé' 121 | 'Sparkling' 83 | 'Fortified' 64 | 'Sweet' 54), Grape (27, 'Blend'
 *   150 the most, 'Chardonnay' 124; 'Garnacha' kept apart from 'Grenache'), Country (14: 'France'
 *   473 | 'Spain' 146 | 'Italy' 113 | ...), region (28, e.g. 'Burgundy' 129, 'Bordeaux' 119,
 *   'Champagne' 50), Vintage (BIGINT, 2014-2023; missing on the 118 non-vintage bottles:
 *   Champagne, Prosecco, Nyetimber, tawny port, sherry), "Size (ml)" (BIGINT, 750 on 1,023
 *   bottles, 375 on 42 (sweet wines), 1500 on 2), "Date Bought" (DATE, 182 days), "Price Paid
 *   (£)" (DOUBLE, per bottle, 9.86-76.12; £27,204.87 in all; missing on the 12 gifts), boughtFrom
 *   ('The Wine Society' | 'Majestic' | 'Waitrose' | 'Lea & Sandeman' | 'Aldi' | 'Cellar door' |
 *   'Gift'), "Rack Pos" (VARCHAR, rack letter A-H and slot 01-30, e.g. 'B07'; a slot freed by a
 *   bottle drunk is given to a later bottle; missing on 120 bottles bought when the racks were
 *   full, 105 of them still in the cellar), drink_from and drink_by (BIGINT, the merchant's
 *   drinking window, years 2020-2027 and 2023-2049; missing on 43 and 27 bottles), "Date Drunk"
 *   (DATE, 14 January 2022 to 30 December 2024; 244 in 2022, 254 in 2023, 242 in 2024; missing
 *   on the 327 bottles left), "Rating (/5)" (DOUBLE, 1.5-5 in halves, mean 3.81; on 578 of the 740
 *   opened), Corked (BOOLEAN, from Yes/No; 20 Yes, 720 No; missing on bottles not yet opened; a
 *   corked bottle has no rating), "Tasting Note" (220 short notes, e.g. 'lovely', 'cherry and
 *   leather, spot on', 'very "classic"', 'corked' 11, 'past its best'). No alcohol strength,
 *   current values, who drank a bottle or the occasion.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AP_TABLE_SOURCES: TableSource[] = [
	{
		name: 'boat_hire_trips',
		humanName: 'Boat hire trips',
		repoDir: 'tests/nl/data/set-ap',
		file: 'boat_hire_trips.csv',
		format: 'csv'
	},
	{
		name: 'pet_insurance_claims',
		humanName: 'Pet insurance claims',
		repoDir: 'tests/nl/data/set-ap',
		file: 'pet_insurance_claims.csv',
		format: 'csv'
	},
	{
		name: 'wine_cellar',
		humanName: 'Wine cellar',
		repoDir: 'tests/nl/data/set-ap',
		file: 'wine_cellar.csv',
		format: 'csv'
	}
];

export const SET_AP_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ap-boat_hire_trips-01',
		question: 'how many hires did we do in 2024',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE YEAR("Start Time") = 2024`,
		note: 'Rows (hires) with Start Time in 2024: 1,043 (932 in 2023).'
	},
	{
		id: 'ap-boat_hire_trips-02',
		question: 'total takings 2023',
		tables: ['boat_hire_trips'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Price (£)") FROM boat_hire_trips WHERE YEAR("Start Time") = 2023`,
		note: 'Price (£) summed over Start Time in 2023: £23,475 (£27,891 in 2024). Deposits are refundable and not takings.'
	},
	{
		id: 'ap-boat_hire_trips-03',
		question: 'most popular type of boat',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT boat_type FROM boat_hire_trips GROUP BY boat_type ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per boat_type, the most: Rowing Boat (727; Pedalo 499, Kayak 393, Double Kayak 206, Canadian Canoe 150).'
	},
	{
		id: 'ap-boat_hire_trips-04',
		question: 'on average how many minutes are people out on the water',
		tables: ['boat_hire_trips'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(date_diff('minute', "Start Time", "End Time")) FROM boat_hire_trips`,
		note: 'Minutes from Start Time to End Time averaged over the 1,953 hires with an end time: 71.5 minutes (median 59; the 22 with no End Time left out). The booked Slot (mins) averaged (70.6) is another reading.'
	},
	{
		id: 'ap-boat_hire_trips-05',
		question: 'pedalo hires in august 2024',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE boat_type = 'Pedalo' AND "Start Time" >= TIMESTAMP '2024-08-01' AND "Start Time" < TIMESTAMP '2024-09-01'`,
		note: "boat_type 'Pedalo' with Start Time in August 2024: 88 hires."
	},
	{
		id: 'ap-boat_hire_trips-06',
		question: 'what percentage of boats came back late',
		tables: ['boat_hire_trips'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE "Returned Late") * 1.0 / COUNT(*) FROM boat_hire_trips`,
		isShare: true,
		note: 'Share of hires with Returned Late = Yes: 176 of 1,975 (8.91%). Over the 1,953 hires whose return was logged (Returned Late not empty) it is 9.01%, another reading.'
	},
	{
		id: 'ap-boat_hire_trips-07',
		question: 'hires per month in 2023',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Start Time") AS m, COUNT(*) FROM boat_hire_trips WHERE YEAR("Start Time") = 2023 GROUP BY m`,
		note: 'Rows per calendar month of Start Time in 2023 (7 rows, April to October, the season opening on Good Friday 7 April: April 71, May 132, June 139, July 181, August 265 the most, September 86, October 58).'
	},
	{
		id: 'ap-boat_hire_trips-08',
		question: 'which member of staff has done the most hires',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT staff_member FROM boat_hire_trips GROUP BY staff_member ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per staff_member, the most: Dave Lowther (960; Niamh O'Neill 484)."
	},
	{
		id: 'ap-boat_hire_trips-09',
		question: 'how many people went out on the boats in july 2024',
		tables: ['boat_hire_trips'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM(people) FROM boat_hire_trips WHERE "Start Time" >= TIMESTAMP '2024-07-01' AND "Start Time" < TIMESTAMP '2024-08-01'`,
		note: 'people summed over the hires with Start Time in July 2024: 514 (in 220 hires; someone hiring twice is counted twice). The number of hires is another reading.'
	},
	{
		id: 'ap-boat_hire_trips-10',
		question: 'hires by weather',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'group-by'],
		sql: `SELECT Weather, COUNT(*) FROM boat_hire_trips GROUP BY Weather`,
		note: 'Rows per Weather (5 rows: Sunny 1,101, Cloudy 591, Showers 193, Windy 57, Rain 33). Weather is noted per day, so a count of days per weather is another reading.'
	},
	{
		id: 'ap-boat_hire_trips-11',
		question: 'top 3 busiest boats',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT boatNo, COUNT(*) AS n FROM boat_hire_trips GROUP BY boatNo ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: "Rows per boatNo, most first: 'P01' 91, 'P05' 87, 'R07' 85 (fourth 'P03', 'P06' and 'R03' 82). The boats with their counts; the numbers alone is another reading; by minutes out is another."
	},
	{
		id: 'ap-boat_hire_trips-12',
		question: 'how many times has rowing boat 7 gone out',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE boatNo = 'R07'`,
		note: "Rowing boat 7 is boatNo 'R07' (the rowing boats are 'R01'-'R10', two digits with the leading zero): 85 hires."
	},
	{
		id: 'ap-boat_hire_trips-13',
		question: 'how many hires had fewer life jackets than people',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE lifeJackets < people`,
		note: 'lifeJackets below people on the same row (adults on a rowing boat or pedalo declining one): 251 hires (316 people without a jacket).'
	},
	{
		id: 'ap-boat_hire_trips-14',
		question: 'average number of people on a pedalo',
		tables: ['boat_hire_trips'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG(people) FROM boat_hire_trips WHERE boat_type = 'Pedalo'`,
		note: "people averaged over boat_type 'Pedalo' (499 hires): 2.88 (three hires of 5, squeezed in)."
	},
	{
		id: 'ap-boat_hire_trips-15',
		question: 'how much cash did we take in 2024',
		tables: ['boat_hire_trips'],
		tags: ['sum', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("Price (£)") FROM boat_hire_trips WHERE "Pay Method" = 'Cash' AND YEAR("Start Time") = 2024`,
		note: "Price (£) summed over Pay Method 'Cash' with Start Time in 2024: £6,064 (227 hires)."
	},
	{
		id: 'ap-boat_hire_trips-16',
		question: 'how many hires at weekends',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-list', 'time-grain'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE DAYNAME("Start Time") IN ('Saturday', 'Sunday')`,
		note: 'Start Time on a Saturday (518) or a Sunday (474): 992 hires (bank holiday Mondays not counted).'
	},
	{
		id: 'ap-boat_hire_trips-17',
		question: 'how many hires have no end time recorded',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE "End Time" IS NULL`,
		note: 'End Time empty (the return not logged; Returned Late empty too): 22.'
	},
	{
		id: 'ap-boat_hire_trips-18',
		question: 'whats the longest anyone has been out on a boat, in minutes',
		tables: ['boat_hire_trips'],
		tags: ['max', 'metric'],
		sql: `SELECT MAX(date_diff('minute', "Start Time", "End Time")) FROM boat_hire_trips`,
		note: 'Minutes from Start Time to End Time, the most: 276 (hire 6635, a half-day kayak on 11 August 2024, 36 minutes over its 240). The hire itself (row) is another reading.'
	},
	{
		id: 'ap-boat_hire_trips-19',
		question: 'how many hires overran their slot by more than half an hour',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE date_diff('minute', "Start Time", "End Time") > "Slot (mins)" + 30`,
		note: 'Minutes from Start Time to End Time more than Slot (mins) + 30: 96 hires (of the 176 Returned Late; the 22 with no End Time left out).'
	},
	{
		id: 'ap-boat_hire_trips-20',
		question: 'how many boats went out after 4pm',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-numeric', 'time-range'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE CAST("Start Time" AS TIME) > TIME '16:00:00'`,
		note: 'Start Time later than 16:00 on its day: 186 hires. From 16:00 on (HOUR >= 16) is 189, another reading (3 at 16:00 sharp).'
	},
	{
		id: 'ap-boat_hire_trips-21',
		question: 'takings by boat type and year',
		tables: ['boat_hire_trips'],
		tags: ['sum', 'multi-group', 'time-grain', 'synonym'],
		sql: `SELECT boat_type, YEAR("Start Time") AS y, SUM("Price (£)") FROM boat_hire_trips GROUP BY boat_type, y`,
		note: 'Price (£) summed per boat_type and year of Start Time (10 rows, 2023 and 2024: Rowing Boat £9,320 and £10,984, Pedalo £5,105 and £6,290, Kayak £3,310 and £4,471, Double Kayak £3,085 and £3,274, Canadian Canoe £2,655 and £2,872).'
	},
	{
		id: 'ap-boat_hire_trips-22',
		question: 'how many free hires did we give',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE "Price (£)" = 0`,
		note: "Price (£) of 0: 9 hires (each noted 'free re-hire after rain'). Voucher hires still carry their price and are not free."
	},
	{
		id: 'ap-boat_hire_trips-23',
		question: 'how many different boats went out in 2023',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT boatNo) FROM boat_hire_trips WHERE YEAR("Start Time") = 2023`,
		note: 'Distinct boatNo with Start Time in 2023: 31 (the whole fleet: 10 rowing boats, 8 kayaks, 4 double kayaks, 3 canoes, 6 pedalos).'
	},
	{
		id: 'ap-boat_hire_trips-24',
		question: 'show the hires where someone lost a paddle - time, boat and who was on',
		tables: ['boat_hire_trips'],
		tags: ['rows-mode', 'filter-contains'],
		sql: `SELECT "Start Time", boatNo, staff_member FROM boat_hire_trips WHERE notes LIKE '%paddle%'`,
		note: "notes 'lost a paddle': 9 rows of Start Time, boatNo and staff_member (7 May 2023 R06 to 26 October 2024 R03; Dave Lowther on 7). Who was on is the staff member; with every column is another reading."
	},
	{
		id: 'ap-boat_hire_trips-25',
		question: 'how many hires has niamh done since june 2024',
		tables: ['boat_hire_trips'],
		tags: ['aggregate-count', 'filter-eq', 'time-since', 'fuzzy', 'quoting'],
		sql: `SELECT COUNT(*) FROM boat_hire_trips WHERE staff_member = 'Niamh O''Neill' AND "Start Time" >= TIMESTAMP '2024-06-01'`,
		note: 'Niamh is staff_member "Niamh O\'Neill" (the only Niamh); Start Time from 1 June 2024: 191 hires (484 in all).'
	},
	{
		id: 'ap-pet_insurance_claims-01',
		question: 'how many claims came in during 2023',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE YEAR("Date Submitted") = 2023`,
		note: 'Rows (claims) with Date Submitted in 2023: 463 (377 in 2022, 618 in 2024).'
	},
	{
		id: 'ap-pet_insurance_claims-02',
		question: 'total paid out on claims submitted in 2024',
		tables: ['pet_insurance_claims'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Paid (£)") FROM pet_insurance_claims WHERE YEAR("Date Submitted") = 2024`,
		note: 'Paid (£) summed over Date Submitted in 2024: £281,309.18 (declined claims paid 0, pending ones nothing yet). By settledDate in 2024 (£282,922.12) is another reading.'
	},
	{
		id: 'ap-pet_insurance_claims-03',
		question: 'how many claims have been declined',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE Status = 'Declined'`,
		note: "Status 'Declined': 277 (of 1,458; 1,160 paid, 21 pending)."
	},
	{
		id: 'ap-pet_insurance_claims-04',
		question: 'claims by species',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'group-by'],
		sql: `SELECT species, COUNT(*) FROM pet_insurance_claims GROUP BY species`,
		note: 'Rows per species (3 rows: Dog 890, Cat 509, Rabbit 59).'
	},
	{
		id: 'ap-pet_insurance_claims-05',
		question: 'most common reason for declining a claim',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Decline Reason" FROM pet_insurance_claims WHERE "Decline Reason" IS NOT NULL GROUP BY "Decline Reason" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Decline Reason (empty unless declined), the most: 'Dental not covered' (75, cats' dental claims; Below excess 68, Pre-existing condition 56)."
	},
	{
		id: 'ap-pet_insurance_claims-06',
		question: 'average claim for dogs',
		tables: ['pet_insurance_claims'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Claimed (£)") FROM pet_insurance_claims WHERE species = 'Dog'`,
		note: "Claimed (£) averaged over species 'Dog' (890 claims): £669.27 (median £425.23). The average Paid (£) is another reading."
	},
	{
		id: 'ap-pet_insurance_claims-07',
		question: 'what % of claims get declined',
		tables: ['pet_insurance_claims'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Status = 'Declined') * 1.0 / COUNT(*) FROM pet_insurance_claims`,
		isShare: true,
		note: "Share of rows with Status 'Declined': 277 of 1,458 (19.0%). Over the 1,437 claims decided (pending left out), 19.3%, is another reading."
	},
	{
		id: 'ap-pet_insurance_claims-08',
		question: 'which vets send us the most claims',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Vet Practice" FROM pet_insurance_claims GROUP BY "Vet Practice" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Vet Practice, the most: Riverside Vets (271; St Francis Veterinary Centre 268, close).'
	},
	{
		id: 'ap-pet_insurance_claims-09',
		question: 'top 5 breeds for claims',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Breed, COUNT(*) AS n FROM pet_insurance_claims GROUP BY Breed ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: 'Rows per Breed, most first: Domestic Shorthair 207, Labrador Retriever 125, French Bulldog 121, Crossbreed 105, British Shorthair 101 (cats and dogs together; sixth Cockapoo 82). The breeds with their counts; the names alone is another reading.'
	},
	{
		id: 'ap-pet_insurance_claims-10',
		question: 'how many claims are still pending',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE Status = 'Pending'`,
		note: "Status 'Pending' (no Paid (£) or settledDate yet): 21 (12 sent in from 2 December 2024, 9 older ones waiting since 2022-2024)."
	},
	{
		id: 'ap-pet_insurance_claims-11',
		question: 'median payout on paid claims',
		tables: ['pet_insurance_claims'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Paid (£)") FROM pet_insurance_claims WHERE Status = 'Paid'`,
		note: "Paid (£) median over Status 'Paid' (1,160 claims): £322.99 (mean £550.07)."
	},
	{
		id: 'ap-pet_insurance_claims-12',
		question: 'claims per month in 2024',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date Submitted") AS m, COUNT(*) FROM pet_insurance_claims WHERE YEAR("Date Submitted") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Date Submitted in 2024 (12 rows: July 67 the most, August and November 63; December 41 the fewest, January 42).'
	},
	{
		id: 'ap-pet_insurance_claims-13',
		question: 'how many days does it take to settle a claim on average',
		tables: ['pet_insurance_claims'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(settledDate - "Date Submitted") FROM pet_insurance_claims`,
		note: 'Days from Date Submitted to settledDate, averaged over the 1,437 claims settled (paid or declined; pending ones have no settledDate): 14.19 days (median 14). Over paid claims only (14.87) is another reading.'
	},
	{
		id: 'ap-pet_insurance_claims-14',
		question: 'how many skin claims for french bulldogs',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE Breed = 'French Bulldog' AND condition_category = 'Skin'`,
		note: "Breed 'French Bulldog' with condition_category 'Skin': 20 claims (of 121 French Bulldog claims)."
	},
	{
		id: 'ap-pet_insurance_claims-15',
		question: 'total claimed and total paid in 2023',
		tables: ['pet_insurance_claims'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Claimed (£)"), SUM("Paid (£)") FROM pet_insurance_claims WHERE YEAR("Date Submitted") = 2023`,
		note: 'Claimed (£) and Paid (£) summed over Date Submitted in 2023: £265,686.09 claimed, £175,835.11 paid (two values in one row). By settledDate is another reading.'
	},
	{
		id: 'ap-pet_insurance_claims-16',
		question: 'how many different pets have made a claim',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-distinct', 'synonym'],
		sql: `SELECT COUNT(DISTINCT policyNumber) FROM pet_insurance_claims`,
		note: 'A policy covers one pet: distinct policyNumber, 474. Pet names repeat from pet to pet (40 distinct Pet Name), so counting names is wrong.'
	},
	{
		id: 'ap-pet_insurance_claims-17',
		question: 'claims over £2000',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE "Claimed (£)" > 2000`,
		note: 'Claimed (£) above 2,000: 73 claims. The count; the claims listed is another reading.'
	},
	{
		id: 'ap-pet_insurance_claims-18',
		question: 'how many claims were for pets aged 10 or over',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE "Pet Age (yrs)" >= 10`,
		note: 'Pet Age (yrs) 10 or more: 602 claims (the 30 with no age left out).'
	},
	{
		id: 'ap-pet_insurance_claims-19',
		question: "how many claims weren't for dogs",
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE species <> 'Dog'`,
		note: "species other than 'Dog': 568 (Cat 509, Rabbit 59)."
	},
	{
		id: 'ap-pet_insurance_claims-20',
		question: 'how much have we paid for lameness since july 2023',
		tables: ['pet_insurance_claims'],
		tags: ['sum', 'filter-eq', 'time-since'],
		sql: `SELECT SUM("Paid (£)") FROM pet_insurance_claims WHERE condition_category = 'Lameness' AND "Date Submitted" >= DATE '2023-07-01'`,
		note: "Paid (£) summed over condition_category 'Lameness' with Date Submitted from 1 July 2023: £84,911.07 (70 claims). By settledDate is another reading."
	},
	{
		id: 'ap-pet_insurance_claims-21',
		question: 'which condition costs us the most in payouts',
		tables: ['pet_insurance_claims'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT condition_category FROM pet_insurance_claims GROUP BY condition_category ORDER BY SUM("Paid (£)") DESC LIMIT 1`,
		note: 'Paid (£) summed per condition_category, the most: Injury (£144,900.24; Lameness £129,436.94). By amount claimed is another reading.'
	},
	{
		id: 'ap-pet_insurance_claims-22',
		question: "how many claims from the o'briens",
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE "Owner Surname" = 'O''Brien'`,
		note: 'Owner Surname "O\'Brien": 28 claims (6 policies).'
	},
	{
		id: 'ap-pet_insurance_claims-23',
		question: 'list the pending claims over £1000 with the claim ref, pet name and amount',
		tables: ['pet_insurance_claims'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric'],
		sql: `SELECT "Claim Ref", "Pet Name", "Claimed (£)" FROM pet_insurance_claims WHERE Status = 'Pending' AND "Claimed (£)" > 1000`,
		note: "Status 'Pending' with Claimed (£) above 1,000: 5 rows (CL23-0054 Clover £2,466.92, CL24-0041 Nala £3,070.96, CL24-0296 Pip £1,314.91, CL24-0314 Hazel £3,111.96, CL24-0607 Thumper £2,141.97)."
	},
	{
		id: 'ap-pet_insurance_claims-24',
		question: 'how many claims in 2022 did we pay straight to the vet',
		tables: ['pet_insurance_claims'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM pet_insurance_claims WHERE "Pay Vet Direct" AND Status = 'Paid' AND YEAR("Date Submitted") = 2022`,
		note: "Pay Vet Direct = Yes with Status 'Paid' (money actually sent), Date Submitted in 2022: 139. Every 2022 claim with the box ticked (183, declined ones too) is another reading."
	},
	{
		id: 'ap-pet_insurance_claims-25',
		question: 'average payout by species for paid claims',
		tables: ['pet_insurance_claims'],
		tags: ['avg', 'group-by', 'filter-eq'],
		sql: `SELECT species, AVG("Paid (£)") FROM pet_insurance_claims WHERE Status = 'Paid' GROUP BY species`,
		note: "Paid (£) averaged per species over Status 'Paid' (3 rows: Dog £571.86, Rabbit £537.04, Cat £508.52)."
	},
	{
		id: 'ap-wine_cellar-01',
		question: 'how many bottles are left in the cellar',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE "Date Drunk" IS NULL`,
		note: 'Date Drunk empty (still in the cellar on 31 December 2024): 327 bottles (of 1,067 bought).'
	},
	{
		id: 'ap-wine_cellar-02',
		question: 'how many bottles did we drink in 2023',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE YEAR("Date Drunk") = 2023`,
		note: 'Date Drunk in 2023: 254 (244 in 2022, 242 in 2024).'
	},
	{
		id: 'ap-wine_cellar-03',
		question: 'how many reds have we got left',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-eq', 'filter-missing', 'synonym'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE colour = 'Red' AND "Date Drunk" IS NULL`,
		note: "colour 'Red' with Date Drunk empty: 166 bottles (463 reds bought)."
	},
	{
		id: 'ap-wine_cellar-04',
		question: 'how much did we spend on wine in 2024',
		tables: ['wine_cellar'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Price Paid (£)") FROM wine_cellar WHERE YEAR("Date Bought") = 2024`,
		note: 'Price Paid (£) (per bottle) summed over Date Bought in 2024: £9,356.93 (376 bottles; gifts have no price).'
	},
	{
		id: 'ap-wine_cellar-05',
		question: 'average price per bottle',
		tables: ['wine_cellar'],
		tags: ['avg'],
		sql: `SELECT AVG("Price Paid (£)") FROM wine_cellar`,
		note: 'Price Paid (£) averaged over the 1,055 bottles with a price (the 12 gifts have none): £25.79 (median £20.96). Per 750 ml (half bottles and magnums scaled) is another reading.'
	},
	{
		id: 'ap-wine_cellar-06',
		question: 'how many bottles have we bought from each country',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'group-by'],
		sql: `SELECT Country, COUNT(*) FROM wine_cellar GROUP BY Country`,
		note: 'Rows (bottles) per Country (14 rows: France 473, Spain 146, Italy 113, New Zealand 76, Portugal 55, Australia 47, Hungary 30, USA 28, Lebanon 24, England 21, South Africa 18, Austria 16, Argentina 11, Germany 9).'
	},
	{
		id: 'ap-wine_cellar-07',
		question: 'which wine has the best average rating, only counting wines rated at least 5 times',
		tables: ['wine_cellar'],
		tags: ['avg', 'group-by', 'top-n', 'filter-numeric'],
		sql: `SELECT Wine FROM wine_cellar GROUP BY Wine HAVING COUNT("Rating (/5)") >= 5 ORDER BY AVG("Rating (/5)") DESC LIMIT 1`,
		note: 'Rating (/5) averaged per Wine, among wines with 5 ratings or more: Châteauneuf-du-Pape (4.5 from 5 ratings; Meursault 4.23 from 13). Barolo (4.67) has only 3 ratings and is left out.'
	},
	{
		id: 'ap-wine_cellar-08',
		question: 'avg rating of the bottles we opened in 2024',
		tables: ['wine_cellar'],
		tags: ['avg', 'time-year'],
		sql: `SELECT AVG("Rating (/5)") FROM wine_cellar WHERE YEAR("Date Drunk") = 2024`,
		note: 'Rating (/5) averaged over the bottles with Date Drunk in 2024 that were rated (192 of 242): 3.80.'
	},
	{
		id: 'ap-wine_cellar-09',
		question: 'how many corked bottles have we had',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE Corked`,
		note: 'Corked = Yes: 20 bottles (Corked is empty on bottles not yet opened). The Tasting Note says corked on only 11 of them.'
	},
	{
		id: 'ap-wine_cellar-10',
		question: 'what share of the bottles we opened were corked',
		tables: ['wine_cellar'],
		tags: ['share', 'filter-eq', 'filter-missing'],
		sql: `SELECT COUNT(*) FILTER (WHERE Corked) * 1.0 / COUNT("Date Drunk") FROM wine_cellar`,
		isShare: true,
		note: 'Corked = Yes over the bottles opened (Date Drunk not empty): 20 of 740 (2.70%). Over every bottle bought (1.87%) is another reading.'
	},
	{
		id: 'ap-wine_cellar-11',
		question: 'which month do we drink the most wine',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'time-grain', 'top-n'],
		sql: `SELECT MONTHNAME("Date Drunk") AS m FROM wine_cellar WHERE "Date Drunk" IS NOT NULL GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Bottles opened per calendar month of Date Drunk over the three years, the most: December (126; June 66, May 63). The single month (year and month) with the most is another reading.'
	},
	{
		id: 'ap-wine_cellar-12',
		question: 'how many bottles left need drinking by 2025',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-numeric', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE "Date Drunk" IS NULL AND drink_by <= 2025`,
		note: 'Still in the cellar (Date Drunk empty) with drink_by 2025 or earlier: 29 bottles (12 already past, drink_by 2024: rosés, Fino Sherry, a Sauvignon Blanc). Bottles with no drink_by left out.'
	},
	{
		id: 'ap-wine_cellar-13',
		question: 'what did the wine still in the cellar cost us',
		tables: ['wine_cellar'],
		tags: ['sum', 'filter-missing'],
		sql: `SELECT SUM("Price Paid (£)") FROM wine_cellar WHERE "Date Drunk" IS NULL`,
		note: 'Price Paid (£) summed over the 327 bottles with Date Drunk empty: £8,552.18 (3 of them gifts, no price).'
	},
	{
		id: 'ap-wine_cellar-14',
		question: 'how many bottles of champagne have we bought',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE region = 'Champagne'`,
		note: "Champagne is region 'Champagne' (Pol Roger and Charles Heidsieck, colour 'Sparkling'): 50 bottles. All sparkling wine (83, with Prosecco and Nyetimber) is another, looser reading."
	},
	{
		id: 'ap-wine_cellar-15',
		question: "what's the most expensive bottle we've bought",
		tables: ['wine_cellar'],
		tags: ['max', 'top-n'],
		sql: `SELECT Wine, Vintage, "Price Paid (£)" FROM wine_cellar ORDER BY "Price Paid (£)" DESC NULLS LAST LIMIT 1`,
		note: 'The row with the highest Price Paid (£): Meursault (Domaine Roulot) 2022, £76.12. The price alone, or the name alone, is another reading.'
	},
	{
		id: 'ap-wine_cellar-16',
		question: 'how many different producers do we have',
		tables: ['wine_cellar'],
		tags: ['aggregate-distinct'],
		sql: `SELECT COUNT(DISTINCT Producer) FROM wine_cellar`,
		note: 'Distinct Producer over every bottle bought: 43. Over the bottles left is another reading.'
	},
	{
		id: 'ap-wine_cellar-17',
		question: 'list the bottles still in the cellar from 2016 or older - wine, producer, vintage',
		tables: ['wine_cellar'],
		tags: ['rows-mode', 'filter-numeric', 'filter-missing'],
		sql: `SELECT Wine, Producer, Vintage FROM wine_cellar WHERE Vintage <= 2016 AND "Date Drunk" IS NULL`,
		note: "Vintage 2016 or earlier with Date Drunk empty: 17 rows (Château Musar 2014 x3 and 2015 x5, Haut-Médoc 2015 x2, Sauternes 2015 x1 and 2016 x3, Tokaji 2016 x2, Taylor's LBV Port 2016). Non-vintage bottles have no Vintage and are left out. One row per wine and vintage with a count is another reading."
	},
	{
		id: 'ap-wine_cellar-18',
		question: "how many of the bottles we've still got aren't in a rack",
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE "Date Drunk" IS NULL AND "Rack Pos" IS NULL`,
		note: 'Date Drunk empty and Rack Pos empty (the racks were full when they came): 105 bottles. Over every bottle bought (120) is another reading.'
	},
	{
		id: 'ap-wine_cellar-19',
		question: "how many bottles of taylor's port are left",
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-eq', 'filter-missing', 'quoting'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE Producer = 'Taylor''s' AND "Date Drunk" IS NULL`,
		note: 'Producer "Taylor\'s" (Wine "Taylor\'s LBV Port") with Date Drunk empty: 10 (29 bought).'
	},
	{
		id: 'ap-wine_cellar-20',
		question: 'average price of reds and whites',
		tables: ['wine_cellar'],
		tags: ['avg', 'group-by', 'filter-list'],
		sql: `SELECT colour, AVG("Price Paid (£)") FROM wine_cellar WHERE colour IN ('Red', 'White') GROUP BY colour`,
		note: "Price Paid (£) averaged per colour for 'Red' and 'White' (2 rows: White £28.33, Red £26.71; gifts without a price left out)."
	},
	{
		id: 'ap-wine_cellar-21',
		question: 'how many rosés did we drink in summer 2024',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE colour = 'Rosé' AND "Date Drunk" >= DATE '2024-06-01' AND "Date Drunk" < DATE '2024-09-01'`,
		note: "colour 'Rosé' with Date Drunk from June to August 2024 (summer as the three months): 23 bottles."
	},
	{
		id: 'ap-wine_cellar-22',
		question: 'bottles from the wine society since september 2023',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE boughtFrom = 'The Wine Society' AND "Date Bought" >= DATE '2023-09-01'`,
		note: "boughtFrom 'The Wine Society' with Date Bought from 1 September 2023: 176 bottles."
	},
	{
		id: 'ap-wine_cellar-23',
		question: 'top 3 grapes by number of bottles, not counting blends',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-negation'],
		sql: `SELECT Grape, COUNT(*) AS n FROM wine_cellar WHERE Grape <> 'Blend' GROUP BY Grape ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: "Rows per Grape other than 'Blend', most first: Chardonnay 124, Grenache 100, Pinot Noir 99 (Merlot 88 fourth; Garnacha, 42, is Grenache by its Spanish name and kept apart). The grapes with their counts; the names alone is another reading."
	},
	{
		id: 'ap-wine_cellar-24',
		question: 'how many bottles did we open on a friday or saturday',
		tables: ['wine_cellar'],
		tags: ['aggregate-count', 'filter-list', 'time-grain'],
		sql: `SELECT COUNT(*) FROM wine_cellar WHERE DAYNAME("Date Drunk") IN ('Friday', 'Saturday')`,
		note: 'Date Drunk on a Friday or a Saturday: 383 bottles (of 740 opened).'
	},
	{
		id: 'ap-wine_cellar-25',
		question: 'on average how long do we keep a bottle before drinking it',
		tables: ['wine_cellar'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG("Date Drunk" - "Date Bought") FROM wine_cellar`,
		note: 'Days from Date Bought to Date Drunk averaged over the 740 bottles opened: 125.7 days (median 73.5; bottles still in the cellar left out).'
	},
	{
		id: 'ap-refuse-01',
		question: 'how much did we spend on boat repairs in 2024',
		tables: ['boat_hire_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs or repairs are recorded; the only money is the hire price and the refundable deposit (notes mention a scratched hull now and then, with no cost).'
	},
	{
		id: 'ap-refuse-02',
		question: 'how many repeat customers did we have in 2024',
		tables: ['boat_hire_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No customer names, numbers or contact details are logged, so repeat customers cannot be told apart; only the party size.'
	},
	{
		id: 'ap-refuse-03',
		question: 'what was the water temperature on the busiest day',
		tables: ['boat_hire_trips'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No temperatures, of the water or the air; Weather holds only Sunny, Cloudy, Showers, Rain or Windy.'
	},
	{
		id: 'ap-refuse-04',
		question: 'how much do we charge in premiums for a french bulldog',
		tables: ['pet_insurance_claims'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No premiums or prices of the policies are recorded; only the excess, the amount claimed and the amount paid.'
	},
	{
		id: 'ap-refuse-05',
		question: 'which claims handler settles claims fastest',
		tables: ['pet_insurance_claims'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No claims handler or member of staff is recorded against a claim; only the dates submitted and settled.'
	},
	{
		id: 'ap-refuse-06',
		question: 'how many policies were cancelled in 2023',
		tables: ['pet_insurance_claims'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "The table holds claims only; no policy start, renewal or cancellation dates or statuses (Status is the claim's status: paid, declined or pending)."
	},
	{
		id: 'ap-refuse-07',
		question: 'whats the average alcohol % of our reds',
		tables: ['wine_cellar'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No alcohol strength (ABV) is recorded for any bottle.'
	},
	{
		id: 'ap-refuse-08',
		question: 'what is the cellar worth now at auction prices',
		tables: ['wine_cellar'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only Price Paid (£), what each bottle cost; no current market, auction or insurance values.'
	},
	{
		id: 'ap-refuse-09',
		question: 'who drank the most bottles',
		tables: ['wine_cellar'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No drinker, guest or occasion is recorded against a bottle; only the date it was drunk, its rating and a note.'
	}
];
