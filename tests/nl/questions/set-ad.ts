import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AD: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a small organisation drops into the app on first use. The questions and reference answers
 * were written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-ad/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - chess_games.csv (1,679 rows, the Wealdshire County Chess League: every game of its two
 *   divisions' team matches over the seasons 2022-23 to 2024-25, as exported by the league
 *   secretary after the last round of 2024-25, one row per board of a match; 16 clubs, eight to a
 *   division, each division a double round robin of 14 rounds from mid-September to early April,
 *   a round every fortnight, none over Christmas or in the summer; 336 matches, played on the home
 *   club's club night (Monday to Thursday), over six boards in Division 1 and four in Division 2,
 *   the home team with White on the odd boards; the bottom club of Division 1 and the top club of
 *   Division 2 swap at the end of each season; a team a player short defaults its bottom board,
 *   scored as a win for the player who turned up): "Game No" (BIGINT, 1-1679, unique, in date
 *   order), Season (VARCHAR, '2022-23' 560 | '2023-24' 560 | '2024-25' 559: one board of a
 *   Division 1 match of round 2 where both teams were a player short is not recorded), match_date
 *   (DATE, 2022-09-12 to 2025-04-03; 154 match nights; Monday to Thursday, none in May to August;
 *   2025 280 games), Division ('Division 1' 1,007 | 'Division 2' 672), Round (BIGINT, 1-14 within
 *   the season and division), White (the player with the white pieces; 169 players in all, of
 *   either colour, 12 with an apostrophe such as "Callum O'Neill" (36 games); 'Rhys Wood' 42
 *   games the most; 20 missing: White's team was a player short, the game defaulted), whiteRating
 *   (BIGINT, White's ECF rating published at the start of the season, 1,323-2,150; 64 missing:
 *   the 20 defaults and 44 games of juniors in their first season, not yet rated), "White Club"
 *   (16 clubs: Ashdown, Bexford, "Bishop's Knight", Cranmere, Elmbridge, Fairhaven and Greyfriars
 *   in Division 1 all three seasons (125-126 games with White each); Hartfield in Division 1 in
 *   2022-23 and 2024-25, Division 2 in 2023-24 (112); Kingsmead in Division 1 in 2023-24 only
 *   (98); Longmarsh, Millbrook, Northgate, Oakhurst, Penfold, "St Jude's" and Tenbury in Division
 *   2 throughout (84 each)), Black (the player with the black pieces; 18 missing: defaults),
 *   blackRating (BIGINT, 1,160-2,150; 66 missing: the 18 defaults and 48 games of unrated
 *   juniors), "Black Club" (the same 16 clubs), Opening (18 openings: 'Sicilian Defence' 253,
 *   'London System' 163 (42, 55, 66 by season: rising), "Queen's Gambit Declined" 137, 'Italian
 *   Game' 123, 'Caro-Kann Defence' 123, 'Ruy Lopez' 109, 'French Defence' 98, "King's Indian
 *   Defence" 96, 'English Opening' 82, 'Slav Defence' 75, 'Scandinavian Defence' 75, 'Scotch
 *   Game' 63, 'Nimzo-Indian Defence' 63, "Queen's Gambit Accepted" 55, 'Pirc Defence' 40,
 *   "Bishop's Opening" 39, 'Dutch Defence' 36, "King's Gambit" 11; 38 missing: defaults, no game
 *   played), Result (VARCHAR: '1-0' 751 (White won) | '0-1' 580 (Black won) | '1/2-1/2' 348
 *   (drawn); defaults are scored '1-0' or '0-1'), Moves (BIGINT, 12-88, median 42; 38 missing:
 *   defaults), "Default" (BOOLEAN, from Yes/No; the column's name is an SQL keyword; 38 Yes: 10,
 *   17 and 11 a season, 20 with White absent (scored '0-1') and 18 with Black absent ('1-0')).
 *   Match scores and league tables are not stored (only the boards). No ages, clock times,
 *   venues, fees or grading results.
 * - phone_repairs.csv (1,901 rows, Cracked It (a one-shop high-street mobile phone repair
 *   business): every job booked in 2023-01-03 to 2024-12-31, as exported after closing on 31
 *   December 2024, one row per phone booked in; open Monday to Saturday 09:30-17:30, closed on
 *   Sundays and bank holidays; busiest in January (Christmas phones dropped) and July-August
 *   (water damage), busier in 2024; a phone is booked in, diagnosed and quoted, and the customer
 *   may decline the quote; no fix, no fee; prices up £5 (screens £10) in 2024; parts fitted from
 *   stock or ordered in; express jobs (screens and batteries while you wait) £20 more; repairs
 *   carry a 90-day warranty): "Job No" (BIGINT, 30001-31901, unique, in booking order), booked_in
 *   (TIMESTAMP, 2023-01-03 13:18 to 2024-12-31 16:55; 870 in 2023, 1,031 in 2024; Saturday 418
 *   the busiest, Monday 279 the quietest; January 2024 114 the busiest month of 2024, March 2024
 *   65 the quietest), Customer (1,663 people, 1,447 of them once, 'Claire Hall' and 'Harry Ivanov'
 *   4 jobs each the most; 94 names with an apostrophe such as "O'Brien"), Brand ('Apple' 1,050 |
 *   'Samsung' 584 | 'Google' 145 | 'Xiaomi' 53 | 'Motorola' 36 | 'OnePlus' 33), Model (20 models:
 *   'iPhone 13' 254, 'iPhone 12' 221, 'iPhone 11' 216, 'iPhone 14' 195, 'Galaxy A53' 111, 'Galaxy
 *   A52' 103, 'iPhone SE' 94, 'Galaxy S21' 93, 'Galaxy A54' 92, 'Galaxy S22' 81, 'Galaxy S23' 75,
 *   'iPhone 15' 68, 'Pixel 6' 60, 'Pixel 7' 59, 'Redmi Note 12' 53, 'Moto G54' 36, 'Nord CE 3' 33,
 *   'Galaxy S24' 29, 'Pixel 8' 26, 'iPhone 16' 2; the newer ones from a few weeks after their
 *   launch), Fault ('Cracked screen' 726 | 'Battery' 375 | 'Charging port' 191 | 'Water damage'
 *   141 (most in July and August) | 'Software' 106 | 'Camera' 98 | 'Speaker/mic' 98 | "Won't
 *   power on" 84 | 'Back glass' 82 (not on budget phones)), Technician ('Kemal Aydin' 817 (the
 *   owner) | 'Priya Shah' 603 | 'Tom Fletcher' 307 (to March 2024) | "Ciaran O'Neill" 174 (from
 *   April 2024)), "Part No" (VARCHAR, the supplier's five-digit part number with the leading zero
 *   kept, one per model and fault, 106 distinct, '06304' (the iPhone 13 screen) 89 the most; 432
 *   missing: no part fitted, the 201 jobs not repaired and 231 repairs that need none: software
 *   96, water damage 83, won't power on 52), "Part Cost (£)" (DOUBLE, what the shop paid its
 *   supplier for the part, 9.56-100.50, £52,053.27 in all (£23,007.82 on 2023 jobs, £29,045.45
 *   on 2024 jobs); missing with Part No), "Price (£)" (DOUBLE, what the customer was charged,
 *   35-219, £142,721 in all (£63,120 for jobs booked in 2023, £79,601 in 2024); 0 on the 44
 *   warranty returns; 201 missing: the jobs not repaired, no fix no fee), Outcome ('Repaired'
 *   1,700 | 'Quote declined' 102 | 'Unrepairable' 99), "Turnaround (hrs)" (DOUBLE, hours from
 *   booking in to ready for collection, 0.4-145.1, median 3.1 (parts in stock), longer when a
 *   part was ordered in; 201 missing: not repaired), collectedOn (DATE, 2023-01-04 to 2024-12-31;
 *   20 missing: not collected at the export, 14 of them left for a month or more and 6 booked in
 *   during December 2024), "Warranty Return" (BOOLEAN, from Yes/No; 44 Yes: back within 90 days
 *   with the same fault, repaired free, a part fitted again at the shop's cost), isExpress
 *   (BOOLEAN, from true/false; 141 true, 14 of them quotes declined). No payments, stock, wages,
 *   accessory sales or reviews.
 * - hive_inspections.csv (1,530 rows, the Wealdshire Beekeepers' Association: the shared hive
 *   inspection log of its five apiaries, 2022-04-02 to 2024-10-21, as exported on 4 November
 *   2024, one row per visit to a hive; hives are opened every 7 to 10 days from April to
 *   September on a warm day, with a last look in October; in December or early January each hive
 *   is given oxalic acid without being opened, so nothing inside is recorded; honey is taken in a
 *   spring crop (late May to mid June) and a summer crop (late July to mid August), 2024 a poor
 *   year; varroa is treated after the summer harvest; colonies that died over winter are found
 *   dead at the first spring visit and the hive restocked in May or June): "Inspection ID"
 *   (BIGINT, 1-1530, unique, in date order), inspection_date (DATE; 528 in 2022, 510 in 2023, 492
 *   in 2024; none in February, March or November; April 187, May 237, June 245, July 254, August
 *   245, September 247, October 69, December 42, January 4), Apiary ('Association Apiary' 540 (8
 *   hives, the teaching apiary) | 'Church Farm' 320 (5) | "Miller's Orchard" 272 (4) | 'Rectory
 *   Garden' 200 (3) | 'Station Allotments' 198 (3)), "Hive No" (VARCHAR, two digits with the
 *   leading zero kept, '01' to '08', numbered within each apiary, so 23 hives in all but only 8
 *   numbers), Inspector (14 members: 'Freddie Mensah' 240 (Church Farm) the most, 'Charlie
 *   Williams' 180, 'Gareth Khan' 172, "Bridget O'Connor" 164 (Association Apiary and Miller's
 *   Orchard), … 'Laura Cox' 23), "Temp (°C)" (DOUBLE, the air temperature at the visit, 1.7-31.2,
 *   median 19.3; 14 or more at the April to September inspections, 12 or more in October),
 *   "Queen Seen" (BOOLEAN, from Yes/No; 753 Yes, 731 No; 46 missing: the winter visits, hive not
 *   opened), "Frames of Brood" (BIGINT, 0-11 (11 a full brood box), most in June and July; 0 on
 *   32: 5 colonies found dead in spring and queenless colonies; 46 missing: winter visits), Temper
 *   ('Calm' 892 | 'Nervous' 369 | 'Defensive' 172 | 'Aggressive' 46; 51 missing: the 46 winter
 *   visits and the 5 dead colonies, no bees), swarmCells (BOOLEAN, from true/false; 49 true, all
 *   in May and June), "Varroa Count" (BIGINT, mites dropped on the monitoring board, 1-41, rising
 *   through each summer until the treatment; counted about one inspection in four and in October;
 *   1,108 missing: no board in), "Honey Taken (kg)" (DOUBLE, 0 on most visits, up to 32; 550.2
 *   kg in 2022, 492.6 in 2023, 206.9 in 2024), Treatment ('Apiguard' 120 (two trays a fortnight
 *   apart each August-September, 40 a year) | 'Oxalic acid' 46 (the winter visits) | 'MAQS' 9
 *   (Rectory Garden instead of Apiguard); 1,355 missing: no treatment at that visit). No queen
 *   ages or markings, honey sales, weights of hives or swarms lost.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AD_TABLE_SOURCES: TableSource[] = [
	{
		name: 'chess_games',
		humanName: 'Chess games',
		repoDir: 'tests/nl/data/set-ad',
		file: 'chess_games.csv',
		format: 'csv'
	},
	{
		name: 'phone_repairs',
		humanName: 'Phone repairs',
		repoDir: 'tests/nl/data/set-ad',
		file: 'phone_repairs.csv',
		format: 'csv'
	},
	{
		name: 'hive_inspections',
		humanName: 'Hive inspections',
		repoDir: 'tests/nl/data/set-ad',
		file: 'hive_inspections.csv',
		format: 'csv'
	}
];

export const SET_AD_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ad-chess_games-01',
		question: 'how many games were there in the 2023/24 season',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE Season = '2023-24'`,
		note: "Season '2023-24' (written 2023/24): 560 games, the 17 defaults included (543 played over the board)."
	},
	{
		id: 'ad-chess_games-02',
		question: 'how often does white win',
		tables: ['chess_games'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Result = '1-0') * 1.0 / COUNT(*) FROM chess_games`,
		isShare: true,
		note: "Share of games with Result '1-0': 751 of 1,679 (44.7%). Leaving out the 38 defaults gives 733 of 1,641, also 44.7%."
	},
	{
		id: 'ad-chess_games-03',
		question: 'top 3 openings people play',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Opening, COUNT(*) AS c FROM chess_games WHERE Opening IS NOT NULL GROUP BY Opening ORDER BY c DESC LIMIT 3',
		isOrdered: true,
		note: "Games per Opening, most first: Sicilian Defence 253, London System 163, Queen's Gambit Declined 137 (fourth Italian Game and Caro-Kann Defence, 123 each; the 38 defaults with no opening come lower either way). The openings with their counts; the openings alone is another reading."
	},
	{
		id: 'ad-chess_games-04',
		question: 'average length of a drawn game in moves',
		tables: ['chess_games'],
		tags: ['avg', 'filter-eq', 'synonym'],
		sql: `SELECT AVG(Moves) FROM chess_games WHERE Result = '1/2-1/2'`,
		note: "A drawn game is Result '1/2-1/2'; Moves averaged over the 348 draws (41.4)."
	},
	{
		id: 'ad-chess_games-05',
		question: 'number of games each month in the 2024-25 season',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain'],
		sql: `SELECT DATE_TRUNC('month', match_date) AS m, COUNT(*) FROM chess_games WHERE Season = '2024-25' GROUP BY m`,
		note: "Season '2024-25', games per calendar month of match_date (8 rows: September 2024 50, October 109 the most, November 80, December 40, January 2025 80, February 80, March 90, April 30)."
	},
	{
		id: 'ad-chess_games-06',
		question: 'how many games were won by default',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: 'SELECT COUNT(*) FROM chess_games WHERE "Default"',
		note: 'The column Default (an SQL keyword) is Yes on 38 games (20 with White absent, 18 with Black absent).'
	},
	{
		id: 'ad-chess_games-07',
		question: "what's the median number of moves in a game",
		tables: ['chess_games'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(Moves) FROM chess_games',
		note: 'Moves, median over the 1,641 games played (42; the 38 defaults have no moves; the mean is 41.9).'
	},
	{
		id: 'ad-chess_games-08',
		question: 'how many different players have played for bexford',
		tables: ['chess_games'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT p) FROM (SELECT White AS p FROM chess_games WHERE "White Club" = 'Bexford' UNION ALL SELECT Black FROM chess_games WHERE "Black Club" = 'Bexford')`,
		note: "A Bexford player is in White with White Club 'Bexford' or in Black with Black Club 'Bexford': 13 distinct names. Counting only one colour is not every player."
	},
	{
		id: 'ad-chess_games-09',
		question: 'how many draws were there in division 2 in 2024-25',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE Result = '1/2-1/2' AND Division = 'Division 2' AND Season = '2024-25'`,
		note: "Result '1/2-1/2', Division 'Division 2', Season '2024-25' (41)."
	},
	{
		id: 'ad-chess_games-10',
		question: 'how many games had an unrated player on white',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM chess_games WHERE whiteRating IS NULL AND White IS NOT NULL',
		note: 'whiteRating empty with a White player named (44: juniors in their first season). The 20 defaults with no White player have no rating either but no player; counting every empty whiteRating (64) includes them.'
	},
	{
		id: 'ad-chess_games-11',
		question: "how has the london system's popularity changed season by season",
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'trend', 'fuzzy'],
		sql: `SELECT Season, COUNT(*) FROM chess_games WHERE Opening = 'London System' GROUP BY Season`,
		note: "Opening 'London System', games per Season (3 rows: 2022-23 42, 2023-24 55, 2024-25 66). Shares of each season's games are another reading."
	},
	{
		id: 'ad-chess_games-12',
		question: 'draw rate in division 1 compared with division 2',
		tables: ['chess_games'],
		tags: ['share', 'group-by', 'filter-eq'],
		sql: `SELECT Division, COUNT(*) FILTER (WHERE Result = '1/2-1/2') * 1.0 / COUNT(*) FROM chess_games GROUP BY Division`,
		isShare: true,
		note: "Share of each Division's games with Result '1/2-1/2' (2 rows: Division 1 232 of 1,007, 23.0%; Division 2 116 of 672, 17.3%)."
	},
	{
		id: 'ad-chess_games-13',
		question: 'highest rating of any player in the league',
		tables: ['chess_games'],
		tags: ['max', 'metric'],
		sql: 'SELECT MAX(GREATEST(whiteRating, blackRating)) FROM chess_games',
		note: 'The highest of whiteRating and blackRating: 2150 (Lily Roberts in 2024-25, with either colour). The player (a name) is another reading; the rating is asked for.'
	},
	{
		id: 'ad-chess_games-14',
		question: 'how many moves was the longest game',
		tables: ['chess_games'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(Moves) FROM chess_games',
		note: 'The highest Moves: 88.'
	},
	{
		id: 'ad-chess_games-15',
		question: 'how many games did cranmere win with the black pieces',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE "Black Club" = 'Cranmere' AND Result = '0-1'`,
		note: "Black Club 'Cranmere' and Result '0-1' (a win for Black): 37, 3 of them by default."
	},
	{
		id: 'ad-chess_games-16',
		question: 'how many games were there in march 2024',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE match_date >= DATE '2024-03-01' AND match_date < DATE '2024-04-01'`,
		note: 'match_date in March 2024: 80 (one of them a default).'
	},
	{
		id: 'ad-chess_games-17',
		question: 'how many games have been played since 1 january 2025',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE match_date >= DATE '2025-01-01'`,
		note: 'match_date from 1 January 2025 on: 280 games (3 of them defaults; 277 played over the board).'
	},
	{
		id: 'ad-chess_games-18',
		question: 'sicilian or french games in division 1',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-list', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE Opening IN ('Sicilian Defence', 'French Defence') AND Division = 'Division 1'`,
		note: "Opening 'Sicilian Defence' or 'French Defence', Division 'Division 1': one count (207); a count per opening (Sicilian 147, French 60) is another reading."
	},
	{
		id: 'ad-chess_games-19',
		question: 'how many games did black not lose',
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE Result <> '1-0'`,
		note: "Result other than '1-0': Black won ('0-1', 580) or drew ('1/2-1/2', 348): 928, 20 of them wins by default."
	},
	{
		id: 'ad-chess_games-20',
		question: 'average rating difference between the two players',
		tables: ['chess_games'],
		tags: ['avg', 'metric'],
		sql: 'SELECT AVG(ABS(whiteRating - blackRating)) FROM chess_games',
		note: 'The gap between whiteRating and blackRating, either way round, averaged over the 1,559 games with both rated (124.1 points). The signed difference (White minus Black, -2.0 on average) is not a gap between the players.'
	},
	{
		id: 'ad-chess_games-21',
		question:
			'show game no, white and black for games where white beat someone rated 200 or more points higher',
		tables: ['chess_games'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric', 'metric'],
		sql: `SELECT "Game No", White, Black FROM chess_games WHERE Result = '1-0' AND blackRating - whiteRating >= 200`,
		note: "Result '1-0' with blackRating at least 200 above whiteRating: 14 rows of Game No, White and Black (Game No 22 to 1678)."
	},
	{
		id: 'ad-chess_games-22',
		question: 'how many different openings have been played',
		tables: ['chess_games'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Opening) FROM chess_games',
		note: 'Distinct Opening values (18; the empty openings of defaults are not an opening).'
	},
	{
		id: 'ad-chess_games-23',
		question: 'how long are games on average with each opening',
		tables: ['chess_games'],
		tags: ['avg', 'group-by', 'synonym'],
		sql: 'SELECT Opening, AVG(Moves) FROM chess_games WHERE Opening IS NOT NULL GROUP BY Opening',
		note: "The length of a game is Moves; averaged per Opening (18 rows: King's Gambit 27.4 the shortest, Slav Defence 46.6 the longest). The defaults have no opening and no moves."
	},
	{
		id: 'ad-chess_games-24',
		question: "which club's players have won the most games",
		tables: ['chess_games'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'metric'],
		sql: `SELECT CASE Result WHEN '1-0' THEN "White Club" ELSE "Black Club" END AS club FROM chess_games WHERE Result <> '1/2-1/2' GROUP BY club ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "A win is White Club's on '1-0' and Black Club's on '0-1': Ashdown (150 wins; Bexford 127). Counting only wins with White also gives Ashdown (86)."
	},
	{
		id: 'ad-chess_games-25',
		question: "how many games has callum o'neill played",
		tables: ['chess_games'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM chess_games WHERE White = 'Callum O''Neill' OR Black = 'Callum O''Neill'`,
		note: "Lower-case name with an apostrophe: White or Black 'Callum O'Neill' (36: 18 with each colour)."
	},
	{
		id: 'ad-phone_repairs-01',
		question: 'how many phones did we book in during 2024',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM phone_repairs WHERE YEAR(booked_in) = 2024',
		note: 'A phone booked in is a job (a row); booked_in in 2024 (1,031).'
	},
	{
		id: 'ad-phone_repairs-02',
		question: 'what fault do we see most often',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Fault FROM phone_repairs GROUP BY Fault ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Fault: Cracked screen (726; Battery 375).'
	},
	{
		id: 'ad-phone_repairs-03',
		question: 'average we charge for an iphone screen, not counting warranty returns',
		tables: ['phone_repairs'],
		tags: ['avg', 'filter-eq', 'filter-negation', 'fuzzy'],
		sql: `SELECT AVG("Price (£)") FROM phone_repairs WHERE Brand = 'Apple' AND Fault = 'Cracked screen' AND NOT "Warranty Return"`,
		note: "Brand 'Apple' (every iPhone), Fault 'Cracked screen', Warranty Return = No: Price (£) averaged over the 341 with a price (£135.80; jobs not repaired have none). With the 13 free warranty returns it would be £130.82."
	},
	{
		id: 'ad-phone_repairs-04',
		question: 'jobs per technician',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Technician, COUNT(*) FROM phone_repairs GROUP BY Technician',
		note: "Rows per Technician (4 rows: Kemal Aydin 817, Priya Shah 603, Tom Fletcher 307, Ciaran O'Neill 174)."
	},
	{
		id: 'ad-phone_repairs-05',
		question: "what percentage of phones couldn't be fixed",
		tables: ['phone_repairs'],
		tags: ['share', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FILTER (WHERE Outcome = 'Unrepairable') * 1.0 / COUNT(*) FROM phone_repairs`,
		isShare: true,
		note: "Share of jobs with Outcome 'Unrepairable': 99 of 1,901 (5.2%). A declined quote (102) is a phone the customer chose not to have fixed, not one that could not be."
	},
	{
		id: 'ad-phone_repairs-06',
		question: 'how many jobs did we get each month in 2024',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', booked_in) AS m, COUNT(*) FROM phone_repairs WHERE YEAR(booked_in) = 2024 GROUP BY m`,
		note: 'Rows per calendar month of booked_in in 2024 (12 rows: January 114 the most, March 65 the fewest).'
	},
	{
		id: 'ad-phone_repairs-07',
		question: 'median turnaround time in hours',
		tables: ['phone_repairs'],
		tags: ['median'],
		sql: 'SELECT MEDIAN("Turnaround (hrs)") FROM phone_repairs',
		note: 'Turnaround (hrs), median over the 1,700 repaired jobs (3.1 hours; the mean is 21.2, pulled up by parts ordered in).'
	},
	{
		id: 'ad-phone_repairs-08',
		question: 'how much did we take in 2023',
		tables: ['phone_repairs'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM("Price (£)") FROM phone_repairs WHERE YEAR(booked_in) = 2023',
		note: 'What was taken is Price (£), summed over jobs booked in in 2023 (£63,120). Payment dates are not recorded; by collectedOn in 2023 would differ slightly.'
	},
	{
		id: 'ad-phone_repairs-09',
		question: 'how much did we make after paying for parts in 2024',
		tables: ['phone_repairs'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(COALESCE("Price (£)", 0) - COALESCE("Part Cost (£)", 0)) FROM phone_repairs WHERE YEAR(booked_in) = 2024`,
		note: 'Price (£) less Part Cost (£) over jobs booked in 2024: £79,601 - £29,045.45 = £50,555.55 (parts fitted on free warranty returns count as a cost). Subtracting row by row only where both are filled (£43,585.55) leaves out the repairs with no part.'
	},
	{
		id: 'ad-phone_repairs-10',
		question: 'how many phones are still waiting to be collected',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM phone_repairs WHERE collectedOn IS NULL',
		note: 'collectedOn empty (20: 14 left for a month or more, 6 booked in during December 2024). Counted; listing them is another reading.'
	},
	{
		id: 'ad-phone_repairs-11',
		question: 'water damage jobs in july and august 2024',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-range', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE Fault = 'Water damage' AND booked_in >= TIMESTAMP '2024-07-01 00:00:00' AND booked_in < TIMESTAMP '2024-09-01 00:00:00'`,
		note: "Fault 'Water damage', booked_in in July or August 2024: one count (30). A count per month is another reading."
	},
	{
		id: 'ad-phone_repairs-12',
		question: 'how many different customers have we had',
		tables: ['phone_repairs'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Customer) FROM phone_repairs',
		note: 'Distinct Customer values (1,663).'
	},
	{
		id: 'ad-phone_repairs-13',
		question: 'top 3 models we repair',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Model, COUNT(*) AS c FROM phone_repairs GROUP BY Model ORDER BY c DESC LIMIT 3',
		isOrdered: true,
		note: 'Rows per Model, most first: iPhone 13 254, iPhone 12 221, iPhone 11 216 (fourth iPhone 14 195). Every job booked in; counting only those repaired gives the same three in another order (iPhone 13 228, iPhone 11 203, iPhone 12 202). The models with their counts; the models alone is another reading.'
	},
	{
		id: 'ad-phone_repairs-14',
		question: 'average part cost by brand',
		tables: ['phone_repairs'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Brand, AVG("Part Cost (£)") FROM phone_repairs GROUP BY Brand',
		note: 'Part Cost (£) averaged per Brand over the jobs with a part (6 rows: Google £39.54 the highest, Apple £38.17, Motorola £26.19 the lowest).'
	},
	{
		id: 'ad-phone_repairs-15',
		question: 'how many customers turned down our quote in 2023',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE Outcome = 'Quote declined' AND YEAR(booked_in) = 2023`,
		note: "Turning down the quote is Outcome 'Quote declined'; booked_in in 2023 (46 jobs; each a different customer)."
	},
	{
		id: 'ad-phone_repairs-16',
		question: "how many 2024 jobs were for phones that aren't iphones",
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-negation', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE Brand <> 'Apple' AND YEAR(booked_in) = 2024`,
		note: "Every Apple model is an iPhone: Brand other than 'Apple', booked_in in 2024 (503 of 1,031)."
	},
	{
		id: 'ad-phone_repairs-17',
		question: 'how many warranty returns have we had',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM phone_repairs WHERE "Warranty Return"',
		note: 'Warranty Return = Yes (44).'
	},
	{
		id: 'ad-phone_repairs-18',
		question: 'samsung or google jobs since june 2024',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-list', 'time-since'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE Brand IN ('Samsung', 'Google') AND booked_in >= TIMESTAMP '2024-06-01 00:00:00'`,
		note: "Brand 'Samsung' or 'Google', booked_in from 1 June 2024 on: one count (234); a count per brand (Samsung 186, Google 48) is another reading."
	},
	{
		id: 'ad-phone_repairs-19',
		question: 'how many repairs took longer than 2 days',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: 'SELECT COUNT(*) FROM phone_repairs WHERE "Turnaround (hrs)" > 48',
		note: 'Two days is 48 hours: Turnaround (hrs) above 48 (287).'
	},
	{
		id: 'ad-phone_repairs-20',
		question: 'how many times have we used part 06304',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE "Part No" = '06304'`,
		note: "Part No '06304' (text with the leading zero; the iPhone 13 screen): 89."
	},
	{
		id: 'ad-phone_repairs-21',
		question: 'how many jobs did ciaran do in 2024',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE Technician = 'Ciaran O''Neill' AND YEAR(booked_in) = 2024`,
		note: "ciaran is Technician 'Ciaran O'Neill' (the only Ciaran, from April 2024): 174."
	},
	{
		id: 'ad-phone_repairs-22',
		question: 'revenue by brand',
		tables: ['phone_repairs'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT Brand, SUM("Price (£)") FROM phone_repairs GROUP BY Brand',
		note: 'Revenue is Price (£), summed per Brand (6 rows: Apple £84,248 the most, Samsung £39,642, OnePlus £1,874 the least).'
	},
	{
		id: 'ad-phone_repairs-23',
		question: 'which day of the week are we busiest',
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT DAYNAME(booked_in) FROM phone_repairs GROUP BY DAYNAME(booked_in) ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Jobs booked in per day of the week of booked_in: Saturday (418; Wednesday 309, Monday 279 the quietest; closed on Sundays).'
	},
	{
		id: 'ad-phone_repairs-24',
		question: 'show job no, customer and price for pixel 8 screen jobs',
		tables: ['phone_repairs'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Job No", Customer, "Price (£)" FROM phone_repairs WHERE Model = 'Pixel 8' AND Fault = 'Cracked screen'`,
		note: "Model 'Pixel 8', Fault 'Cracked screen': 9 rows of Job No, Customer and Price (£) (3 quotes declined with no price, one warranty return at 0, the rest £159 or £179)."
	},
	{
		id: 'ad-phone_repairs-25',
		question: "how many repairs didn't need any parts",
		tables: ['phone_repairs'],
		tags: ['aggregate-count', 'filter-missing', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM phone_repairs WHERE Outcome = 'Repaired' AND "Part No" IS NULL`,
		note: "Repairs are Outcome 'Repaired'; no part is Part No empty (231: software 96, water damage 83, won't power on 52). Jobs not repaired have no part either (201) but are not repairs."
	},
	{
		id: 'ad-hive_inspections-01',
		question: 'how many inspections did we do in 2023',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM hive_inspections WHERE YEAR(inspection_date) = 2023',
		note: 'inspection_date in 2023 (510, with the 19 winter oxalic acid visits of December 2023 in the log; 491 without them).'
	},
	{
		id: 'ad-hive_inspections-02',
		question: 'which apiary gets inspected the most',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Apiary FROM hive_inspections GROUP BY Apiary ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Apiary: Association Apiary (540, with 8 hives; Church Farm 320).'
	},
	{
		id: 'ad-hive_inspections-03',
		question: 'how much honey did we take off in 2022',
		tables: ['hive_inspections'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM("Honey Taken (kg)") FROM hive_inspections WHERE YEAR(inspection_date) = 2022',
		note: 'Honey Taken (kg) summed over 2022: 550.2 kg.'
	},
	{
		id: 'ad-hive_inspections-04',
		question: 'honey harvested each year',
		tables: ['hive_inspections'],
		tags: ['sum', 'time-grain', 'trend'],
		sql: 'SELECT YEAR(inspection_date) AS y, SUM("Honey Taken (kg)") FROM hive_inspections GROUP BY y',
		note: 'Honey Taken (kg) summed per year of inspection_date (3 rows: 2022 550.2 kg, 2023 492.6, 2024 206.9).'
	},
	{
		id: 'ad-hive_inspections-05',
		question: 'average frames of brood in june 2023',
		tables: ['hive_inspections'],
		tags: ['avg', 'time-range'],
		sql: `SELECT AVG("Frames of Brood") FROM hive_inspections WHERE inspection_date >= DATE '2023-06-01' AND inspection_date < DATE '2023-07-01'`,
		note: 'Frames of Brood averaged over the 84 inspections of June 2023 (6.39).'
	},
	{
		id: 'ad-hive_inspections-06',
		question: 'when we open a hive, how often do we spot the queen',
		tables: ['hive_inspections'],
		tags: ['share', 'filter-eq', 'filter-missing', 'synonym'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Queen Seen") * 1.0 / COUNT("Queen Seen") FROM hive_inspections',
		isShare: true,
		note: 'Queen Seen = Yes over the visits where it was recorded (the hive opened; the 46 winter visits have it empty): 753 of 1,484 (50.7%). Over every visit it would be 49.2%.'
	},
	{
		id: 'ad-hive_inspections-07',
		question: 'how many times were swarm cells found in 2024',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: 'SELECT COUNT(*) FROM hive_inspections WHERE swarmCells AND YEAR(inspection_date) = 2024',
		note: 'swarmCells = true, inspection_date in 2024 (16).'
	},
	{
		id: 'ad-hive_inspections-08',
		question: "highest varroa count we've recorded",
		tables: ['hive_inspections'],
		tags: ['max'],
		sql: 'SELECT MAX("Varroa Count") FROM hive_inspections',
		note: 'The highest Varroa Count: 41. The inspection (a row) is another reading; the count is asked for.'
	},
	{
		id: 'ad-hive_inspections-09',
		question: 'how many inspections had no varroa count',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM hive_inspections WHERE "Varroa Count" IS NULL',
		note: 'Varroa Count empty (1,108: no monitoring board in).'
	},
	{
		id: 'ad-hive_inspections-10',
		question: 'how many aggressive or defensive visits at each apiary',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-list', 'group-by'],
		sql: `SELECT Apiary, COUNT(*) FROM hive_inspections WHERE Temper IN ('Aggressive', 'Defensive') GROUP BY Apiary`,
		note: "Temper 'Aggressive' or 'Defensive', rows per Apiary (5 rows: Association Apiary 70, Church Farm 50, Miller's Orchard 45, Rectory Garden 31, Station Allotments 22)."
	},
	{
		id: 'ad-hive_inspections-11',
		question: 'who has done the most inspections',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Inspector FROM hive_inspections GROUP BY Inspector ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Rows per Inspector: Freddie Mensah (240; Charlie Williams 180).'
	},
	{
		id: 'ad-hive_inspections-12',
		question: "what's the median temperature when we visit the hives",
		tables: ['hive_inspections'],
		tags: ['median'],
		sql: 'SELECT MEDIAN("Temp (°C)") FROM hive_inspections',
		note: 'Temp (°C), median over every visit (19.3 °C; 19.5 without the 46 winter visits).'
	},
	{
		id: 'ad-hive_inspections-13',
		question: 'how many hives are at church farm',
		tables: ['hive_inspections'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Hive No") FROM hive_inspections WHERE Apiary = 'Church Farm'`,
		note: "Distinct Hive No at Apiary 'Church Farm' (5: '01' to '05'). Counting its inspections (320) is not counting hives."
	},
	{
		id: 'ad-hive_inspections-14',
		question: 'how many hives do we have altogether',
		tables: ['hive_inspections'],
		tags: ['aggregate-distinct', 'metric'],
		sql: 'SELECT COUNT(DISTINCT (Apiary, "Hive No")) FROM hive_inspections',
		note: 'Hive numbers are per apiary, so a hive is an Apiary and Hive No pair: 23 (8 + 5 + 4 + 3 + 3). Distinct Hive No alone (8) is not the number of hives.'
	},
	{
		id: 'ad-hive_inspections-15',
		question: "how much honey came out of miller's orchard in 2024",
		tables: ['hive_inspections'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM("Honey Taken (kg)") FROM hive_inspections WHERE Apiary = 'Miller''s Orchard' AND YEAR(inspection_date) = 2024`,
		note: 'Apiary "Miller\'s Orchard" (with an apostrophe), inspection_date in 2024: Honey Taken (kg) summed (32.3 kg, from 7 harvests).'
	},
	{
		id: 'ad-hive_inspections-16',
		question: 'number of apiguard treatments each year',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'fuzzy'],
		sql: `SELECT YEAR(inspection_date) AS y, COUNT(*) FROM hive_inspections WHERE Treatment = 'Apiguard' GROUP BY y`,
		note: "Treatment 'Apiguard', rows per year of inspection_date (3 rows: 40 each year, two trays for each of the 20 hives outside Rectory Garden)."
	},
	{
		id: 'ad-hive_inspections-17',
		question: 'inspections per month in 2023',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'time-grain', 'time-year'],
		sql: `SELECT DATE_TRUNC('month', inspection_date) AS m, COUNT(*) FROM hive_inspections WHERE YEAR(inspection_date) = 2023 GROUP BY m`,
		note: 'Rows per calendar month of inspection_date in 2023 (8 rows, no visits in January to March or November: April 62, May 75, June 84, July 84 the most, August 83, September 80, October 23, December 19).'
	},
	{
		id: 'ad-hive_inspections-18',
		question: 'average varroa count in august 2024',
		tables: ['hive_inspections'],
		tags: ['avg', 'time-range'],
		sql: `SELECT AVG("Varroa Count") FROM hive_inspections WHERE inspection_date >= DATE '2024-08-01' AND inspection_date < DATE '2024-09-01'`,
		note: 'Varroa Count averaged over the 17 counts of August 2024 (15.9; the inspections with no count are left out).'
	},
	{
		id: 'ad-hive_inspections-19',
		question: 'which hive has given us the most honey',
		tables: ['hive_inspections'],
		tags: ['sum', 'group-by', 'top-n', 'multi-group'],
		sql: 'SELECT Apiary, "Hive No" FROM hive_inspections GROUP BY Apiary, "Hive No" ORDER BY SUM("Honey Taken (kg)") DESC LIMIT 1',
		note: "A hive is an Apiary and Hive No pair; Honey Taken (kg) summed per hive: Association Apiary '01' (90.9 kg; Rectory Garden '03' 85.0). Grouping by Hive No alone adds up different hives."
	},
	{
		id: 'ad-hive_inspections-20',
		question: "how many inspections where the bees weren't calm",
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM hive_inspections WHERE Temper <> 'Calm'`,
		note: "Temper other than 'Calm' (587: Nervous 369, Defensive 172, Aggressive 46). The 51 visits with no temper (winter visits, dead colonies) had no bees to be calm or not."
	},
	{
		id: 'ad-hive_inspections-21',
		question: 'how many inspections found no brood at all',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM hive_inspections WHERE "Frames of Brood" = 0',
		note: 'Frames of Brood of 0 (32: 5 colonies found dead in spring and queenless colonies). The 46 winter visits with it empty did not look.'
	},
	{
		id: 'ad-hive_inspections-22',
		question: 'oxalic acid treatments since december 2023',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-eq', 'time-since'],
		sql: `SELECT COUNT(*) FROM hive_inspections WHERE Treatment = 'Oxalic acid' AND inspection_date >= DATE '2023-12-01'`,
		note: "Treatment 'Oxalic acid', inspection_date from 1 December 2023 on (23: the winter visits of 2023-24, 19 in December and 4 in January 2024)."
	},
	{
		id: 'ad-hive_inspections-23',
		question: 'how many inspections were done when it was below 15 degrees',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM hive_inspections WHERE "Temp (°C)" < 15',
		note: 'Temp (°C) under 15 (175, the 46 winter visits among them).'
	},
	{
		id: 'ad-hive_inspections-24',
		question:
			'show the date, hive no and varroa count for rectory garden inspections with a varroa count over 20',
		tables: ['hive_inspections'],
		tags: ['rows-mode', 'filter-eq', 'filter-numeric'],
		sql: `SELECT inspection_date, "Hive No", "Varroa Count" FROM hive_inspections WHERE Apiary = 'Rectory Garden' AND "Varroa Count" > 20`,
		note: "Apiary 'Rectory Garden', Varroa Count above 20: 11 rows of inspection_date, Hive No and Varroa Count (2022-06-20 to 2024-08-28, 21 to 35)."
	},
	{
		id: 'ad-hive_inspections-25',
		question: 'how many inspections has bridget done',
		tables: ['hive_inspections'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM hive_inspections WHERE Inspector = 'Bridget O''Connor'`,
		note: "bridget is Inspector 'Bridget O'Connor' (the only Bridget, at two apiaries): 164."
	},
	{
		id: 'ad-refuse-01',
		question: 'how long did the games last in minutes',
		tables: ['chess_games'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the number of moves; no clock times, start or finish times.'
	},
	{
		id: 'ad-refuse-02',
		question: 'how old is the youngest player in the chess league',
		tables: ['chess_games'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No ages or dates of birth; an empty rating marks a new unrated player, not an age.'
	},
	{
		id: 'ad-refuse-03',
		question: 'which players have paid their league subs for 2024-25',
		tables: ['chess_games'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only game results; no memberships, fees or payments.'
	},
	{
		id: 'ad-refuse-04',
		question: 'how many phone cases and screen protectors did we sell in 2024',
		tables: ['phone_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only repair jobs; no accessory sales.'
	},
	{
		id: 'ad-refuse-05',
		question: 'how many iphone 13 screens have we got left in stock',
		tables: ['phone_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Parts fitted are recorded, not stock bought or held.'
	},
	{
		id: 'ad-refuse-06',
		question: 'what hourly wage do we pay each phone technician',
		tables: ['phone_repairs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No wages, hours worked or labour costs; Part Cost (£) is the only cost.'
	},
	{
		id: 'ad-refuse-07',
		question: 'how much did we sell our 2023 honey for',
		tables: ['hive_inspections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the kilograms of honey taken off; no sales or prices.'
	},
	{
		id: 'ad-refuse-08',
		question: 'how old is the queen in each hive',
		tables: ['hive_inspections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only whether the queen was seen; no queen ages, marking colours or dates of requeening.'
	},
	{
		id: 'ad-refuse-09',
		question: 'how many swarms did we lose in 2023',
		tables: ['hive_inspections'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'swarmCells says queen cells were seen at an inspection, not whether a swarm left; swarms are not recorded.'
	}
];
