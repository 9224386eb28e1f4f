import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AH: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ah/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - animal_rescue_intakes.csv (1,266 rows, Hollybank Animal Rescue, a small independent rescue
 *   centre: its intake register for 1 January 2023 to 30 December 2024 as exported on 31
 *   December 2024, one row per animal taken in (578 in 2023, 688 in 2024; closed to intakes on
 *   Christmas Day); kitten season from May to September (cats: July 122 the most over the two
 *   years), more dogs given up in January and February (January 2023 31 dogs) and in the summer,
 *   rabbits after Easter; July 2024 104 intakes the most, December 2023 22 the fewest; strays
 *   with a microchip are mostly reclaimed within days; adoption fees went up on 1 March 2024):
 *   "Animal ID" (VARCHAR, the year and a four-digit number with the leading zeros kept,
 *   '23-0001'-'23-0578' and '24-0001'-'24-0688', unique, in intake order), "Intake Date" (DATE,
 *   536 days), Name (VARCHAR, the animal's name, 77 names given many times, e.g. 'Loki' 29 and
 *   'Luna' 23; three with an apostrophe: "Mr O'Malley" (a cat, 23-0076), "D'Artagnan" (a dog,
 *   23-0309), "Jack O'Lantern" (a cat, 24-0604)), Species ('Cat' 598 | 'Dog' 443 | 'Rabbit'
 *   149 | 'Guinea Pig' 59 | 'Ferret' 17), breed (28: dogs 12, e.g. 'Staffordshire Bull
 *   Terrier' 92, 'Crossbreed' 76, 'Jack Russell Terrier' 49, 'Lurcher' 44, 'Labrador Retriever'
 *   35; cats 7, 'Domestic Shorthair' 360, 'Domestic Longhair' 118, 'British Shorthair' 30,
 *   'Bengal' 28, 'Ragdoll' 27, 'Maine Coon' 19, 'Siamese' 16; rabbits 'Lop' 40, 'Mixed' 38,
 *   'Netherland Dwarf' 30, 'Lionhead' 28, 'Rex' 13; guinea pigs 'Abyssinian' 23, 'American' 20,
 *   'Peruvian' 10, 'Teddy' 6; missing on the 17 ferrets), Sex ('M' 671 | 'F' 595), Colour (17,
 *   'Black' 222 the most (138 cats), 'Black and White' 172, 'Tabby' 160 (cats only)), "Age Est
 *   (yrs)" (DOUBLE, the estimated age at intake, 0.1-14.5, median 2.5; cats median 1.6, 256
 *   kittens under half a year), intakeReason ('Stray' 354 | "Owner can't cope" 234 (with an
 *   apostrophe) | 'Moving house' 207 | 'Allergies' 124 | 'Welfare case' 99 | 'Transferred in'
 *   98 | 'Relationship breakdown' 57 | 'Owner died' 50 | 'Born at centre' 43 (kittens of a
 *   pregnant cat)), Microchipped (BOOLEAN, from Yes/No, at intake: 516 Yes (dogs 345 of 443),
 *   750 No), Neutered (BOOLEAN, from Yes/No, at intake: 407 Yes), Kennel (VARCHAR, two digits
 *   with the leading zero kept, '01'-'46': dogs '01'-'24', cats '25'-'40', rabbits, guinea pigs
 *   and ferrets '41'-'46'), Outcome ('Adopted' 982 | 'Reclaimed' 124 (by the owner, strays
 *   only, 0-10 days) | 'Transferred' 86 (to another rescue) | 'Died' 21 | 'Put to sleep' 16;
 *   missing on the 37 animals still in the centre's care: 18 dogs, 9 rabbits, 7 cats, 2
 *   ferrets, 1 guinea pig), "Outcome Date" (DATE, 2023-01-05 to 2024-12-31; missing as
 *   Outcome; an adoption 5 to 257 days after intake), "Adoption Fee (£)" (DOUBLE, set on the
 *   day of adoption: dogs £175, from 1 March 2024 £195 (puppies under a year £250 then £275,
 *   nine and older £95), cats £80 then £90 (kittens under half a year £95 then £105, eleven and
 *   older £40), rabbits £40 then £45, guinea pigs £20 then £25, ferrets £50 then £55; £110,315
 *   in all; missing on the 284 animals not adopted), vet_costs_gbp (DOUBLE, what the centre paid
 *   for the animal's treatment, £7.05-£1,770.97, median £99.41; £232,241.68 in all; 50 over
 *   £1,000), "Intake Staff" ("Niamh O'Reilly" 411 | 'Gemma Hart' 369 | 'Tom Beckett' 346 |
 *   'Priya Shah' 85 (from 5 February 2024) | 'Des McAllister' 55 (to 2 February 2024)). No
 *   adopters' details, donations, volunteers, vet practices, food or running costs.
 * - court_bookings.csv (2,406 rows, Ashdown Park Tennis & Padel Club: its court booking sheet
 *   for 1 January 2023 to 31 December 2024, one row per booking (996 in 2023, 1,410 in 2024;
 *   June 2024 167 the most, January 2023 37 the fewest); three tennis courts (Courts 1 and 2
 *   floodlit, Court 3 not) and two padel courts opened on 1 June 2023 (floodlit); open
 *   07:00-22:00, closed on Christmas Day; tennis busiest in the summer, padel growing and less
 *   seasonal; court fees rose on 1 April 2024): "Booking Ref" (BIGINT, 10001-12406, unique, in
 *   date and start order), "Date" (DATE, 677 days; the name is a type keyword; Sunday 464,
 *   Saturday 447 the busiest days), "Start Time" (TIME, from 'HH:MM', 07:00:00-20:00:00 on the
 *   hour or half hour; 725 at 18:00 or later), Court ('Court 1' 907 | 'Padel 1' 421 | 'Padel 2'
 *   389 | 'Court 2' 387 | 'Court 3' 302), sport ('Tennis' 1,596 (798 a year) | 'Padel' 810
 *   (198 in 2023, 612 in 2024)), "Duration (mins)" (BIGINT, 60 | 90 | 120: tennis 1,120, 299
 *   and 177 (median 60); padel 60 or 90; a coaching session 60), "Booked By" (230 names, one per
 *   person: 95 members and 135 guests; 'Emma Barker' 106 bookings the most (member '00166'),
 *   "Siobhan O'Neill" 88 (member '00088'); 13 names with an apostrophe, 255 rows, e.g. "Conor
 *   D'Souza" 37 (member '00173'), "Peter D'Arcy" 53), memberNo (VARCHAR, five digits with the
 *   leading zeros kept, '00001'-'00180', one per member, 95 numbers; missing on the 448 guest
 *   bookings), "Member or Guest" ('Member' 1,958 | 'Guest' 448 (pay and play, no memberNo)),
 *   Players (BIGINT, 1 | 2 | 4: 129, 913 and 1,364; 1 only in coaching), "Fee (£)" (DOUBLE, what
 *   the booking was charged: per hour, members tennis £5 then £6 from 1 April 2024, padel £16
 *   then £18; guests tennis £14 then £16, padel £28 then £32; floodlights £4 an hour more; a
 *   coaching session £30 an hour more (£32 from 1 April 2024); a no-show is still charged;
 *   £5-£54, median £16; £46,638 in all, £15,698.50 in 2023 and £30,939.50 in 2024), Floodlights
 *   (BOOLEAN, from Yes/No, the booking ran past dusk: 527 Yes, none on Court 3), "No Show"
 *   (BOOLEAN, from Yes/No: 132 Yes, 115 of them members), coaching (BOOLEAN, from Yes/No: 289
 *   Yes, always for a member), Coach ("Sean O'Donnell" 182 (tennis) | 'Lucia Fernández' 70
 *   (padel, with an accent) | 'Hannah Kerr' 37 (tennis, from 14 May 2024); missing on the 2,117
 *   bookings without coaching), "Booked Via" ('App' 1,426 | 'Desk' 547 | 'Phone' 433). No match
 *   scores or results, members' ages, membership subscriptions, weather or court maintenance.
 * - egg_collections.csv (2,328 rows, Hilltop Farm, a free-range egg farm: its daily collection
 *   log for 1 January 2023 to 31 December 2024, one row per hen house per day, already counts
 *   (1,032 rows in 2023, 1,296 in 2024; 731 days); three houses all through and a fourth,
 *   Meadow (a mobile house), from 6 May 2024; a flock is replaced at about 80 weeks old, the
 *   house standing empty for three weeks (no rows), and a new flock comes in at point of lay
 *   and takes about six weeks to lay fully; Eggs Collected = Cracked + dirty + the four Sold
 *   columns on every row; the hens were kept in under the bird flu housing order until 17
 *   April 2023 and on snow days; the packer's price per dozen went up on 1 October 2023):
 *   "Collection Date" (DATE, every day), House ("Miller's Barn" 710 (with an apostrophe) |
 *   'Top Field' 689 | 'Orchard' 689 | 'Meadow' 240), "Flock No" (VARCHAR, three digits with the
 *   leading zero kept, 9 flocks: '014' Top Field to 28 May 2023, '015' Orchard to 20 August
 *   2023, '016' Miller's Barn to 26 November 2023, '017' Top Field 19 June 2023 to 25 August
 *   2024, '018' Orchard 11 September 2023 to 3 November 2024, '019' Miller's Barn from 18
 *   December 2023, '020' Meadow from 6 May 2024, '021' Top Field from 16 September 2024, '022'
 *   Orchard from 25 November 2024), Hens (BIGINT, the flock's size that morning, 265-620; on 31
 *   December 2024 Top Field 482, Orchard 378, Miller's Barn 539, Meadow 265), "Eggs
 *   Collected" (BIGINT, 60-575; 829,153 in all: 381,551 in 2023, 447,602 in 2024; by house
 *   Miller's Barn 330,697, Top Field 253,816, Orchard 189,910, Meadow 54,730; 103 rows under
 *   200, all from new flocks coming into lay), Cracked (BIGINT, 0-12; 10,804 in all), dirty
 *   (BIGINT, 1-47, more on rainy days when the hens are out; 28,921 in all), "Sold VL"
 *   (BIGINT, very large eggs sold to the packer; 59,496 in all), "Sold Large" (304,970), "Sold
 *   Medium" (352,952), "Sold Small" (72,010; young flocks lay smaller eggs, old flocks larger),
 *   "Feed Used (kg)" (DOUBLE, 30-79, to the half kilo; 124,191 kg in all), "Hens Lost" (BIGINT,
 *   hens found dead or taken that day, 1-13; missing on the 2,038 rows with no losses; 360 in
 *   all, 56 of them on the 6 rows noting a fox), "Let Out" (BOOLEAN, from Yes/No, the hens out
 *   on the range: 1,995 Yes, 333 No on 111 days: 1 January to 17 April 2023 and 4 snow days),
 *   Weather (one a day, the same for every house: 'Cloudy' 239 days | 'Rain' 200 | 'Sunny'
 *   174 | 'Wind' 41 | 'Frost' 40 | 'Hot' 20 | 'Fog' 12 | 'Snow' 5), collectedBy ('Rob Haworth'
 *   929 rows (300 days) | "Bridie O'Connor" 632 (202 days) | 'Ellie Ward' 453 (143 days,
 *   weekends) | 'Tomasz Nowak' 314 (86 days, from 12 March 2024); one person a day), "Price per
 *   Dozen (£)" (DOUBLE, the packer's price: 1.18 to 30 September 2023, 1.34 from 1 October
 *   2023), Notes (mostly missing (2,277 rows): 'Water leak' 10, 'Broody hens' 7, 'Red mite
 *   treatment' 7 (and one 'Red mite treatment; Broody hens'), 'Vet visit' 7, 'New flock in' 6,
 *   'Fox got in' 6 (on 4 days), 'Last day, flock out' 5, 'Egg eating' 2). No egg weights,
 *   temperatures, feed prices, costs, hens' breeds or farm-gate sales.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AH_TABLE_SOURCES: TableSource[] = [
	{
		name: 'animal_rescue_intakes',
		humanName: 'Animal rescue intakes',
		repoDir: 'tests/nl/data/set-ah',
		file: 'animal_rescue_intakes.csv',
		format: 'csv'
	},
	{
		name: 'court_bookings',
		humanName: 'Court bookings',
		repoDir: 'tests/nl/data/set-ah',
		file: 'court_bookings.csv',
		format: 'csv'
	},
	{
		name: 'egg_collections',
		humanName: 'Egg collections',
		repoDir: 'tests/nl/data/set-ah',
		file: 'egg_collections.csv',
		format: 'csv'
	}
];

export const SET_AH_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ah-animal_rescue_intakes-01',
		question: 'how many animals did we take in during 2024',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE YEAR("Intake Date") = 2024`,
		note: 'Rows (animals taken in) with Intake Date in 2024: 688 (578 in 2023).'
	},
	{
		id: 'ah-animal_rescue_intakes-02',
		question: 'dogs coming in each month in 2023',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Intake Date") AS m, COUNT(*) FROM animal_rescue_intakes WHERE Species = 'Dog' AND YEAR("Intake Date") = 2023 GROUP BY m`,
		note: "Species 'Dog' per calendar month of Intake Date in 2023 (12 rows, 218 dogs: January 31 the most, March 23, February and August 21; December 8 the fewest, April 12)."
	},
	{
		id: 'ah-animal_rescue_intakes-03',
		question: 'average fee for cats adopted since march 2024',
		tables: ['animal_rescue_intakes'],
		tags: ['avg', 'filter-eq', 'time-since'],
		sql: `SELECT AVG("Adoption Fee (£)") FROM animal_rescue_intakes WHERE Species = 'Cat' AND Outcome = 'Adopted' AND "Outcome Date" >= DATE '2024-03-01'`,
		note: "Species 'Cat', Outcome 'Adopted' with Outcome Date (the adoption) from 1 March 2024, the day the fees went up: Adoption Fee (£) averaged over 252 cats, £96.85 (£105 kittens 135, £90 111, £40 seniors 6); before, £84.29 over 226. Cats taken in (Intake Date) since March 2024 is another reading (£97.30 over 246 adopted)."
	},
	{
		id: 'ah-animal_rescue_intakes-04',
		question: 'what percentage of strays got reclaimed by their owners',
		tables: ['animal_rescue_intakes'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE Outcome = 'Reclaimed') * 1.0 / COUNT(*) FROM animal_rescue_intakes WHERE intakeReason = 'Stray'`,
		isShare: true,
		note: "Among intakeReason 'Stray' (354 rows), the share with Outcome 'Reclaimed': 124, 35.0% (110 of them microchipped; only strays are reclaimed). Of the strays with an outcome (346) it is 35.8%, another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-05',
		question: 'which dog breed takes longest to get adopted on average',
		tables: ['animal_rescue_intakes'],
		tags: ['avg', 'metric', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT breed FROM animal_rescue_intakes WHERE Species = 'Dog' AND Outcome = 'Adopted' GROUP BY breed ORDER BY AVG("Outcome Date" - "Intake Date") DESC LIMIT 1`,
		note: "Dogs with Outcome 'Adopted'; days from Intake Date to Outcome Date averaged per breed, the longest: Staffordshire Bull Terrier (98.6 days over 55 adoptions; Greyhound 68.6 next). By the median it is the same (83 days)."
	},
	{
		id: 'ah-animal_rescue_intakes-06',
		question: 'how many animals are still in our care',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FROM animal_rescue_intakes WHERE Outcome IS NULL',
		note: 'Still in care is Outcome empty (Outcome Date empty too): 37 (18 dogs, 9 rabbits, 7 cats, 2 ferrets, 1 guinea pig).'
	},
	{
		id: 'ah-animal_rescue_intakes-07',
		question: 'total vet bills for the animals that came in in 2023',
		tables: ['animal_rescue_intakes'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM(vet_costs_gbp) FROM animal_rescue_intakes WHERE YEAR("Intake Date") = 2023`,
		note: 'vet_costs_gbp summed over the 578 rows with Intake Date in 2023: £96,049.76 (£232,241.68 over both years).'
	},
	{
		id: 'ah-animal_rescue_intakes-08',
		question: 'median age of the cats we take in',
		tables: ['animal_rescue_intakes'],
		tags: ['median', 'filter-eq'],
		sql: `SELECT MEDIAN("Age Est (yrs)") FROM animal_rescue_intakes WHERE Species = 'Cat'`,
		note: "Species 'Cat'; Age Est (yrs) median over 598 cats: 1.6 years (the mean is 3.06; 256 kittens under half a year)."
	},
	{
		id: 'ah-animal_rescue_intakes-09',
		question: 'how many black cats have we had',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE Species = 'Cat' AND Colour = 'Black'`,
		note: "Species 'Cat' with Colour 'Black': 138. With the 81 'Black and White' cats (219) is another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-10',
		question: 'top 5 dog breeds we get in',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'top-n'],
		sql: `SELECT breed, COUNT(*) AS n FROM animal_rescue_intakes WHERE Species = 'Dog' GROUP BY breed ORDER BY n DESC LIMIT 5`,
		isOrdered: true,
		note: "Species 'Dog', rows per breed, most first: Staffordshire Bull Terrier 92, Crossbreed 76, Jack Russell Terrier 49, Lurcher 44, Labrador Retriever 35 (sixth German Shepherd and Greyhound 25). The breeds with their counts; the names alone is another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-11',
		question: 'how many animals has gemma booked in',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE "Intake Staff" = 'Gemma Hart'`,
		note: "Gemma is Intake Staff 'Gemma Hart' (the only Gemma): 369 (183 of them cats)."
	},
	{
		id: 'ah-animal_rescue_intakes-12',
		question: 'how many rabbits were adopted in 2024',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE Species = 'Rabbit' AND Outcome = 'Adopted' AND YEAR("Outcome Date") = 2024`,
		note: "Species 'Rabbit', Outcome 'Adopted' with Outcome Date (the adoption) in 2024: 81. The rabbits taken in during 2024 that were adopted (77) is another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-13',
		question: 'adoption fees taken each year',
		tables: ['animal_rescue_intakes'],
		tags: ['sum', 'group-by', 'time-grain', 'synonym'],
		sql: `SELECT YEAR("Outcome Date") AS y, SUM("Adoption Fee (£)") FROM animal_rescue_intakes WHERE Outcome = 'Adopted' GROUP BY y`,
		note: 'Adoption Fee (£) summed per year of Outcome Date, when the fee was paid (2 rows: 2023 £48,355, 2024 £61,960; £110,315 in all). By year of Intake Date (£51,785 and £58,530) is another reading.'
	},
	{
		id: 'ah-animal_rescue_intakes-14',
		question: "how many animals weren't chipped when they arrived",
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-negation', 'synonym'],
		sql: 'SELECT COUNT(*) FROM animal_rescue_intakes WHERE NOT Microchipped',
		note: 'Microchipped = No (recorded at intake): 750 (cats 442, rabbits 137, dogs 98, guinea pigs 59, ferrets 14).'
	},
	{
		id: 'ah-animal_rescue_intakes-15',
		question: "how many were handed in because the owner can't cope",
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE intakeReason = 'Owner can''t cope'`,
		note: `intakeReason "Owner can't cope" (with an apostrophe): 234 (cats 90, dogs 70, rabbits 46, guinea pigs 24, ferrets 4).`
	},
	{
		id: 'ah-animal_rescue_intakes-16',
		question: 'how many different cat breeds have come through',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT breed) FROM animal_rescue_intakes WHERE Species = 'Cat'`,
		note: "Distinct breed among Species 'Cat': 7 (Domestic Shorthair, Domestic Longhair, British Shorthair, Bengal, Ragdoll, Maine Coon, Siamese)."
	},
	{
		id: 'ah-animal_rescue_intakes-17',
		question: 'show me animal 24-0200',
		tables: ['animal_rescue_intakes'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT * FROM animal_rescue_intakes WHERE "Animal ID" = '24-0200'`,
		note: "Animal ID '24-0200' (text with the leading zeros): 1 row, Bluebell, a male tabby Domestic Shorthair kitten (0.2 years) taken in on 10 May 2024 (Owner can't cope, kennel 33) and adopted on 3 June 2024 for £105. Any set of its columns that holds the row is another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-18',
		question: 'how many animals have stayed in kennel 07',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE Kennel = '07'`,
		note: "Kennel '07' (text with the leading zero; a dog kennel): 23 animals, all dogs."
	},
	{
		id: 'ah-animal_rescue_intakes-19',
		question: 'intakes by species and year',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT Species, YEAR("Intake Date") AS y, COUNT(*) FROM animal_rescue_intakes GROUP BY Species, y`,
		note: 'Rows per Species and year of Intake Date (10 rows: Cat 268 and 330, Dog 218 and 225, Rabbit 57 and 92, Guinea Pig 28 and 31, Ferret 7 and 10 in 2023 and 2024).'
	},
	{
		id: 'ah-animal_rescue_intakes-20',
		question: 'on average how many days does an adopted dog spend with us before it goes',
		tables: ['animal_rescue_intakes'],
		tags: ['avg', 'metric', 'filter-eq'],
		sql: `SELECT AVG("Outcome Date" - "Intake Date") FROM animal_rescue_intakes WHERE Species = 'Dog' AND Outcome = 'Adopted'`,
		note: "Species 'Dog' with Outcome 'Adopted'; days from Intake Date to Outcome Date averaged over 314 dogs: 50.6 (median 39.5). Over every dog that has left (40.4) is another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-21',
		question: 'how many animals died or were put to sleep',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE Outcome IN ('Died', 'Put to sleep')`,
		note: "Outcome 'Died' or 'Put to sleep': 37 (21 and 16); a count per outcome is another reading."
	},
	{
		id: 'ah-animal_rescue_intakes-22',
		question: 'how many animals cost us more than £500 in vet treatment',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM animal_rescue_intakes WHERE vet_costs_gbp > 500',
		note: 'vet_costs_gbp above 500: 110 (50 above £1,000; none at exactly £500).'
	},
	{
		id: 'ah-animal_rescue_intakes-23',
		question: 'rabits taken in in 2024',
		tables: ['animal_rescue_intakes'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM animal_rescue_intakes WHERE Species = 'Rabbit' AND YEAR("Intake Date") = 2024`,
		note: "Rabbits (typo) is Species 'Rabbit'; Intake Date in 2024: 92 (57 in 2023)."
	},
	{
		id: 'ah-animal_rescue_intakes-24',
		question:
			'list the animals still here that came in before october 2024, with their name, species and intake date',
		tables: ['animal_rescue_intakes'],
		tags: ['rows-mode', 'filter-missing', 'time-range'],
		sql: `SELECT Name, Species, "Intake Date" FROM animal_rescue_intakes WHERE Outcome IS NULL AND "Intake Date" < DATE '2024-10-01'`,
		note: 'Outcome empty (still in care) with Intake Date before 1 October 2024: 2 rows of Name, Species and Intake Date (Poppy, Dog, 12 June 2024; Archie, Dog, 17 August 2024; both Staffordshire Bull Terriers). With the Animal ID too is another reading.'
	},
	{
		id: 'ah-animal_rescue_intakes-25',
		question: "what's the oldest dog we've taken in",
		tables: ['animal_rescue_intakes'],
		tags: ['max', 'filter-eq', 'synonym'],
		sql: `SELECT MAX("Age Est (yrs)") FROM animal_rescue_intakes WHERE Species = 'Dog'`,
		note: "Species 'Dog', the highest Age Est (yrs): 11.2 years (Coco, a Crossbreed, 23-0529). The age; the dog's row or name is another reading."
	},
	{
		id: 'ah-court_bookings-01',
		question: 'how many court bookings were there in 2024',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE YEAR("Date") = 2024`,
		note: 'Rows (bookings) with Date in 2024: 1,410 (996 in 2023).'
	},
	{
		id: 'ah-court_bookings-02',
		question: 'padel bookings per month in 2024',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, COUNT(*) FROM court_bookings WHERE sport = 'Padel' AND YEAR("Date") = 2024 GROUP BY m`,
		note: "sport 'Padel' per calendar month of Date in 2024 (12 rows, 612 bookings: October 63 the most, June and August 62; February 33 the fewest, January 34)."
	},
	{
		id: 'ah-court_bookings-03',
		question: 'total court fees taken in 2023',
		tables: ['court_bookings'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: `SELECT SUM("Fee (£)") FROM court_bookings WHERE YEAR("Date") = 2023`,
		note: 'Fee (£) summed over Date in 2023: £15,698.50 (£30,939.50 in 2024). The fees include floodlights and coaching; no-shows are charged too.'
	},
	{
		id: 'ah-court_bookings-04',
		question: 'what percentage of bookings were no shows',
		tables: ['court_bookings'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "No Show") * 1.0 / COUNT(*) FROM court_bookings',
		isShare: true,
		note: 'Share of rows with No Show = Yes: 132 of 2,406 (5.49%).'
	},
	{
		id: 'ah-court_bookings-05',
		question: 'who books courts the most',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT "Booked By" FROM court_bookings GROUP BY "Booked By" ORDER BY COUNT(*) DESC LIMIT 1',
		note: "Rows per Booked By, the most: Emma Barker (106, member '00166'; Siobhan O'Neill 88 next). By memberNo the same member."
	},
	{
		id: 'ah-court_bookings-06',
		question: 'how many bookings has member 00088 made',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE memberNo = '00088'`,
		note: "memberNo '00088' (text with the leading zeros; Siobhan O'Neill): 88."
	},
	{
		id: 'ah-court_bookings-07',
		question: 'how many lessons has sean given',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'synonym'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE Coach = 'Sean O''Donnell'`,
		note: `A lesson is a coaching booking; Sean is Coach "Sean O'Donnell" (the only Sean, tennis): 182 (289 coaching sessions in all).`
	},
	{
		id: 'ah-court_bookings-08',
		question: 'average fee paid by guests for padel',
		tables: ['court_bookings'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Fee (£)") FROM court_bookings WHERE "Member or Guest" = 'Guest' AND sport = 'Padel'`,
		note: "Member or Guest 'Guest' with sport 'Padel': Fee (£) averaged over 207 bookings, £42.82 (median £48; £39.82 before the April 2024 rise, £44.29 after)."
	},
	{
		id: 'ah-court_bookings-09',
		question: 'how many bookings needed the floodlights',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM court_bookings WHERE Floodlights',
		note: 'Floodlights = Yes: 527 (Court 1 195, Padel 2 115, Padel 1 112, Court 2 105; Court 3 has none).'
	},
	{
		id: 'ah-court_bookings-10',
		question: "how many bookings weren't made on the app",
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE "Booked Via" <> 'App'`,
		note: "Booked Via other than 'App': 980 (Desk 547, Phone 433; 1,426 on the app)."
	},
	{
		id: 'ah-court_bookings-11',
		question: 'how many different members booked a court in 2024',
		tables: ['court_bookings'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT memberNo) FROM court_bookings WHERE YEAR("Date") = 2024`,
		note: "Distinct memberNo (guests have none) with Date in 2024: 94 (95 over both years). Distinct Booked By of the 'Member' rows gives 94 too; distinct Booked By over every row (213) counts the guests as well."
	},
	{
		id: 'ah-court_bookings-12',
		question: 'which court gets booked the most',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Court FROM court_bookings GROUP BY Court ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Court, the most: Court 1 (907; Padel 1 421 next).'
	},
	{
		id: 'ah-court_bookings-13',
		question: 'median length of a tennis booking',
		tables: ['court_bookings'],
		tags: ['median', 'filter-eq', 'synonym'],
		sql: `SELECT MEDIAN("Duration (mins)") FROM court_bookings WHERE sport = 'Tennis'`,
		note: "sport 'Tennis'; Duration (mins) median over 1,596 bookings: 60 minutes (60 min 1,120, 90 min 299, 120 min 177; mean 72.3)."
	},
	{
		id: 'ah-court_bookings-14',
		question: 'how many hours of padel were booked in 2024',
		tables: ['court_bookings'],
		tags: ['sum', 'metric', 'filter-eq', 'time-year'],
		sql: `SELECT SUM("Duration (mins)") / 60 FROM court_bookings WHERE sport = 'Padel' AND YEAR("Date") = 2024`,
		note: "sport 'Padel' with Date in 2024: Duration (mins) summed (48,660) in hours, 811 over 612 bookings."
	},
	{
		id: 'ah-court_bookings-15',
		question: 'bookings by sport and year',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: `SELECT sport, YEAR("Date") AS y, COUNT(*) FROM court_bookings GROUP BY sport, y`,
		note: 'Rows per sport and year of Date (4 rows: Tennis 798 and 798, Padel 198 (from 1 June 2023) and 612 in 2023 and 2024).'
	},
	{
		id: 'ah-court_bookings-16',
		question: 'how many bookings started at 6pm or later',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE "Start Time" >= TIME '18:00:00'`,
		note: 'Start Time 18:00 or later: 725 (471 after 18:00).'
	},
	{
		id: 'ah-court_bookings-17',
		question: 'how much have guests paid since the price rise on 1 april 2024',
		tables: ['court_bookings'],
		tags: ['sum', 'filter-eq', 'time-since'],
		sql: `SELECT SUM("Fee (£)") FROM court_bookings WHERE "Member or Guest" = 'Guest' AND "Date" >= DATE '2024-04-01'`,
		note: "Member or Guest 'Guest' with Date from 1 April 2024: Fee (£) summed over 238 bookings, £8,218 (tennis £2,062, padel £6,156)."
	},
	{
		id: 'ah-court_bookings-18',
		question: 'how many tennis doubles bookings have there been',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE sport = 'Tennis' AND Players = 4 AND NOT coaching`,
		note: "Doubles is four players: sport 'Tennis' with Players 4, coaching sessions left out: 626. With the 24 coaching sessions for four (650) is another reading."
	},
	{
		id: 'ah-court_bookings-19',
		question: "show siobhan o'neill's bookings in december 2024",
		tables: ['court_bookings'],
		tags: ['rows-mode', 'filter-eq', 'time-range', 'quoting'],
		sql: `SELECT * FROM court_bookings WHERE "Booked By" = 'Siobhan O''Neill' AND "Date" >= DATE '2024-12-01' AND "Date" < DATE '2025-01-01'`,
		note: `Booked By "Siobhan O'Neill" (member '00088') with Date in December 2024: 4 rows, all padel (2, 19, 21 (a coaching session with Lucia Fernández) and 26 December). Any set of columns that holds the rows is another reading.`
	},
	{
		id: 'ah-court_bookings-20',
		question: 'how many times has conor dsouza booked',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE "Booked By" = 'Conor D''Souza'`,
		note: `Conor dsouza is Booked By "Conor D'Souza" (written without the apostrophe; member '00173', the only Conor): 37.`
	},
	{
		id: 'ah-court_bookings-21',
		question: 'bookings on court 2 or court 3 in july 2023',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-list', 'time-range'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE Court IN ('Court 2', 'Court 3') AND "Date" >= DATE '2023-07-01' AND "Date" < DATE '2023-08-01'`,
		note: "Court 'Court 2' or 'Court 3' with Date in July 2023: 53 (Court 3 27, Court 2 26); a count per court is another reading."
	},
	{
		id: 'ah-court_bookings-22',
		question: "what's the most anyone has paid for a single booking",
		tables: ['court_bookings'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Fee (£)") FROM court_bookings',
		note: "The highest Fee (£): £54 (26 padel bookings from September 2024: a guest playing 90 minutes under the floodlights, or a member's floodlit coaching hour). The amount; the bookings (rows) is another reading."
	},
	{
		id: 'ah-court_bookings-23',
		question: 'which day of the week is busiest',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'group-by', 'time-grain', 'top-n'],
		sql: 'SELECT DAYNAME("Date") AS d FROM court_bookings GROUP BY d ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per day of the week of Date, the most: Sunday (464; Saturday 447, Tuesday 312).'
	},
	{
		id: 'ah-court_bookings-24',
		question: 'coaching sesions per month in 2024',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-year', 'trend', 'fuzzy'],
		sql: `SELECT DATE_TRUNC('month', "Date") AS m, COUNT(*) FROM court_bookings WHERE coaching AND YEAR("Date") = 2024 GROUP BY m`,
		note: 'Sessions (typo) with coaching = Yes per calendar month of Date in 2024 (12 rows, 163 sessions: August 24 the most, June and September 19; April 8 the fewest).'
	},
	{
		id: 'ah-court_bookings-25',
		question: 'how many bookings were on saturdays or sundays in 2024',
		tables: ['court_bookings'],
		tags: ['aggregate-count', 'filter-list', 'time-grain', 'time-year'],
		sql: `SELECT COUNT(*) FROM court_bookings WHERE DAYNAME("Date") IN ('Saturday', 'Sunday') AND YEAR("Date") = 2024`,
		note: 'Date a Saturday or a Sunday in 2024: 543 (Saturday 270, Sunday 273); a count per day is another reading.'
	},
	{
		id: 'ah-egg_collections-01',
		question: 'how many eggs did we collect in 2024',
		tables: ['egg_collections'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Eggs Collected") FROM egg_collections WHERE YEAR("Collection Date") = 2024`,
		note: 'Eggs Collected summed over Collection Date in 2024 (the rows are counts): 447,602 (381,551 in 2023). Counting rows (1,296 house-days) is not eggs.'
	},
	{
		id: 'ah-egg_collections-02',
		question: 'eggs collected each month in 2023',
		tables: ['egg_collections'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Collection Date") AS m, SUM("Eggs Collected") FROM egg_collections WHERE YEAR("Collection Date") = 2023 GROUP BY m`,
		note: "Eggs Collected summed per calendar month of Collection Date in 2023 (12 rows: January 37,046 the most, March 35,777; June 23,508 the fewest (Top Field empty 29 May to 18 June), December 25,394 (Miller's Barn empty 27 November to 17 December))."
	},
	{
		id: 'ah-egg_collections-03',
		question: 'which house lays the most eggs',
		tables: ['egg_collections'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT House FROM egg_collections GROUP BY House ORDER BY SUM("Eggs Collected") DESC LIMIT 1',
		note: "Eggs Collected summed per House, the most: Miller's Barn (330,697; Top Field 253,816), the biggest flock. Per hen (Meadow, 0.83 a day) is another reading."
	},
	{
		id: 'ah-egg_collections-04',
		question: 'average eggs a day from the orchard house',
		tables: ['egg_collections'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Eggs Collected") FROM egg_collections WHERE House = 'Orchard'`,
		note: "House 'Orchard', one row a day: Eggs Collected averaged over 689 days, 275.6 (median 278; the three empty weeks between flocks have no rows)."
	},
	{
		id: 'ah-egg_collections-05',
		question: 'how many cracked eggs in 2024',
		tables: ['egg_collections'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(Cracked) FROM egg_collections WHERE YEAR("Collection Date") = 2024`,
		note: 'Cracked summed over Collection Date in 2024: 5,694 (5,110 in 2023).'
	},
	{
		id: 'ah-egg_collections-06',
		question: 'what percentage of the eggs were dirty',
		tables: ['egg_collections'],
		tags: ['share', 'metric'],
		sql: 'SELECT SUM(dirty) * 1.0 / SUM("Eggs Collected") FROM egg_collections',
		isShare: true,
		note: "dirty summed over Eggs Collected summed: 28,921 of 829,153 (3.49%). The mean of each row's share (3.48%) is another reading."
	},
	{
		id: 'ah-egg_collections-07',
		question: 'total feed used in 2023',
		tables: ['egg_collections'],
		tags: ['sum', 'time-year', 'quoting'],
		sql: `SELECT SUM("Feed Used (kg)") FROM egg_collections WHERE YEAR("Collection Date") = 2023`,
		note: 'Feed Used (kg) summed over Collection Date in 2023: 57,665 kg (66,526 kg in 2024).'
	},
	{
		id: 'ah-egg_collections-08',
		question: 'how many hens have we lost altogether',
		tables: ['egg_collections'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM("Hens Lost") FROM egg_collections',
		note: 'Hens Lost summed (empty means none that day): 360 (178 in 2023, 182 in 2024; 56 to the fox). The days with a loss (290 rows) is another reading.'
	},
	{
		id: 'ah-egg_collections-09',
		question: 'how many days did the fox get in',
		tables: ['egg_collections'],
		tags: ['aggregate-distinct', 'filter-contains'],
		sql: `SELECT COUNT(DISTINCT "Collection Date") FROM egg_collections WHERE Notes LIKE '%Fox%'`,
		note: "Notes 'Fox got in', distinct Collection Date: 4 days (1 July 2023, 20 November 2023, 29 December 2023 and 8 June 2024; 6 house-days, two houses on the last two). The rows (6) is another reading."
	},
	{
		id: 'ah-egg_collections-10',
		question: 'large eggs sold in 2024',
		tables: ['egg_collections'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM("Sold Large") FROM egg_collections WHERE YEAR("Collection Date") = 2024`,
		note: 'Sold Large summed over Collection Date in 2024: 161,046. With the very large (Sold VL, 30,983 more) is another reading.'
	},
	{
		id: 'ah-egg_collections-11',
		question: 'how many days were the hens shut in',
		tables: ['egg_collections'],
		tags: ['aggregate-distinct', 'filter-negation', 'synonym'],
		sql: 'SELECT COUNT(DISTINCT "Collection Date") FROM egg_collections WHERE NOT "Let Out"',
		note: 'Shut in is Let Out = No; distinct Collection Date: 111 days (1 January to 17 April 2023 under the housing order, and 4 snow days after). The house-days (333 rows) is another reading.'
	},
	{
		id: 'ah-egg_collections-12',
		question: 'how many eggs has bridie collected',
		tables: ['egg_collections'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Eggs Collected") FROM egg_collections WHERE collectedBy = 'Bridie O''Connor'`,
		note: `Bridie is collectedBy "Bridie O'Connor" (the only Bridie); Eggs Collected summed over her 632 rows (202 days): 226,285.`
	},
	{
		id: 'ah-egg_collections-13',
		question: 'eggs per hen per day for each house',
		tables: ['egg_collections'],
		tags: ['metric', 'group-by'],
		sql: 'SELECT House, SUM("Eggs Collected") * 1.0 / SUM(Hens) FROM egg_collections GROUP BY House',
		note: "Eggs Collected summed over Hens summed per House, the laying rate (4 rows: Meadow 0.828, Miller's Barn 0.818, Top Field 0.781, Orchard 0.781). The mean of each row's eggs per hen (0.832, 0.817, 0.781, 0.781) is another reading."
	},
	{
		id: 'ah-egg_collections-14',
		question: "median eggs collected at miller's barn",
		tables: ['egg_collections'],
		tags: ['median', 'filter-eq', 'quoting'],
		sql: `SELECT MEDIAN("Eggs Collected") FROM egg_collections WHERE House = 'Miller''s Barn'`,
		note: `House "Miller's Barn"; Eggs Collected median over its 710 days: 470 (mean 465.8).`
	},
	{
		id: 'ah-egg_collections-15',
		question: 'how much did the packer pay us for eggs in 2024',
		tables: ['egg_collections'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(("Sold VL" + "Sold Large" + "Sold Medium" + "Sold Small") / 12.0 * "Price per Dozen (£)") FROM egg_collections WHERE YEAR("Collection Date") = 2024`,
		note: 'Eggs sold (Sold VL + Sold Large + Sold Medium + Sold Small, 425,685) in dozens times Price per Dozen (£) (1.34 all year), Collection Date in 2024: £47,534.83. Cracked and dirty eggs are not sold.'
	},
	{
		id: 'ah-egg_collections-16',
		question: 'do we get more dirty eggs on rainy days than on other days, per house on average',
		tables: ['egg_collections'],
		tags: ['avg', 'group-by', 'fuzzy'],
		sql: `SELECT Weather = 'Rain' AS rainy, AVG(dirty) FROM egg_collections GROUP BY rainy`,
		note: "dirty averaged per house-day (a row), Weather 'Rain' against every other weather: 2 rows, rainy 19.0 over 631 house-days, other days 10.0 over 1,697 (yes, about twice as many). A row per weather is another reading."
	},
	{
		id: 'ah-egg_collections-17',
		question: 'how many different flocks have we had',
		tables: ['egg_collections'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT "Flock No") FROM egg_collections',
		note: "Distinct Flock No: 9 ('014' to '022')."
	},
	{
		id: 'ah-egg_collections-18',
		question: 'show the first week of collections for flock 020',
		tables: ['egg_collections'],
		tags: ['rows-mode', 'filter-eq', 'time-range'],
		sql: `SELECT * FROM egg_collections WHERE "Flock No" = '020' AND "Collection Date" < DATE '2024-05-13'`,
		note: "Flock No '020' (text with the leading zero; Meadow's flock, in from 6 May 2024), its first seven days, 6 to 12 May 2024: 7 rows (eggs rising from 60 to 91 of 300 hens). Any set of columns that holds the rows is another reading."
	},
	{
		id: 'ah-egg_collections-19',
		question: 'eggs collected by house and year',
		tables: ['egg_collections'],
		tags: ['sum', 'multi-group', 'time-grain'],
		sql: `SELECT House, YEAR("Collection Date") AS y, SUM("Eggs Collected") FROM egg_collections GROUP BY House, y`,
		note: "Eggs Collected summed per House and year of Collection Date (7 rows: Miller's Barn 156,239 and 174,458, Top Field 129,409 and 124,407, Orchard 95,903 and 94,007 in 2023 and 2024, Meadow 54,730 in 2024)."
	},
	{
		id: 'ah-egg_collections-20',
		question: 'how many days has tomasz done the collecting',
		tables: ['egg_collections'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Collection Date") FROM egg_collections WHERE collectedBy = 'Tomasz Nowak'`,
		note: "Tomasz is collectedBy 'Tomasz Nowak' (the only Tomasz); distinct Collection Date: 86 days (314 house rows, from 12 March 2024)."
	},
	{
		id: 'ah-egg_collections-21',
		question: 'eggs collected in 2024 not counting the meadow house',
		tables: ['egg_collections'],
		tags: ['sum', 'filter-negation', 'time-year'],
		sql: `SELECT SUM("Eggs Collected") FROM egg_collections WHERE House <> 'Meadow' AND YEAR("Collection Date") = 2024`,
		note: "Eggs Collected summed over Collection Date in 2024 with House other than 'Meadow': 392,872 (Meadow 54,730; 447,602 in all)."
	},
	{
		id: 'ah-egg_collections-22',
		question: "what's the most eggs we've had from one house in a day",
		tables: ['egg_collections'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX("Eggs Collected") FROM egg_collections',
		note: "The highest Eggs Collected on a row (a house's day): 575 (Miller's Barn, 6 February 2024, 599 hens). The amount; the row is another reading."
	},
	{
		id: 'ah-egg_collections-23',
		question: 'eggs colected since the price went up in october 2023',
		tables: ['egg_collections'],
		tags: ['sum', 'time-since', 'fuzzy'],
		sql: `SELECT SUM("Eggs Collected") FROM egg_collections WHERE "Collection Date" >= DATE '2023-10-01'`,
		note: 'Collected (typo); Eggs Collected summed over Collection Date from 1 October 2023 (the price per dozen went from 1.18 to 1.34) to the end of the log: 541,744 (287,409 before).'
	},
	{
		id: 'ah-egg_collections-24',
		question: 'how many times did a house give fewer than 200 eggs',
		tables: ['egg_collections'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM egg_collections WHERE "Eggs Collected" < 200',
		note: "Rows (a house's day) with Eggs Collected below 200: 103, all from new flocks coming into lay (Meadow 28, Orchard 42, Top Field 24, Miller's Barn 9)."
	},
	{
		id: 'ah-egg_collections-25',
		question: 'small and medium eggs sold in summer 2024, june to august',
		tables: ['egg_collections'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM("Sold Small" + "Sold Medium") FROM egg_collections WHERE "Collection Date" >= DATE '2024-06-01' AND "Collection Date" < DATE '2024-09-01'`,
		note: 'Sold Small plus Sold Medium summed over Collection Date from 1 June to 31 August 2024: 57,322 (small 8,825, medium 48,497). The two sums side by side is another reading.'
	},
	{
		id: 'ah-refuse-01',
		question: 'how much did we raise in donations in 2024',
		tables: ['animal_rescue_intakes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No donations or fundraising recorded; Adoption Fee (£) is the fee paid for an adopted animal. With every table offered, the charity donations table holds each gift.',
		workspaceSql: 'SELECT sum(amt) FROM donations WHERE year(donatedOn) = 2024'
	},
	{
		id: 'ah-refuse-02',
		question: 'which vet practice treats most of our animals',
		tables: ['animal_rescue_intakes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the amount spent on each animal (vet_costs_gbp); no vet practice is named.'
	},
	{
		id: 'ah-refuse-03',
		question: 'what is the average age of the people who adopt from us',
		tables: ['animal_rescue_intakes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "No adopters' details at all; Age Est (yrs) is the animal's age."
	},
	{
		id: 'ah-refuse-04',
		question: 'who has won the most matches',
		tables: ['court_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Bookings only; no matches, scores or results are recorded.'
	},
	{
		id: 'ah-refuse-05',
		question: 'how much did we take in membership subscriptions in 2024',
		tables: ['court_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Fee (£) is what a court booking was charged; no membership subscriptions are recorded.'
	},
	{
		id: 'ah-refuse-06',
		question: 'how old is our oldest member',
		tables: ['court_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth of members; only their names and membership numbers.'
	},
	{
		id: 'ah-refuse-07',
		question: 'how much did we spend on feed in 2024',
		tables: ['egg_collections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Feed Used (kg) is a weight; no feed price or cost is recorded.'
	},
	{
		id: 'ah-refuse-08',
		question: 'what is the average egg weight in grams',
		tables: ['egg_collections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Eggs are only counted by grade (Sold VL, Large, Medium, Small); no weights.'
	},
	{
		id: 'ah-refuse-09',
		question: 'what temperature was it on the coldest day',
		tables: ['egg_collections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Weather is a word for the day ('Frost', 'Snow', 'Sunny'…); no temperatures are recorded."
	}
];
