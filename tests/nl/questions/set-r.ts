import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set R: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were written
 * without reading or running the engine. The tables are synthetic but plausible, written by a
 * seeded, deterministic generator kept beside them (tests/nl/data/set-r/generate.mjs, mulberry32
 * from tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`). Columns as
 * imported:
 * - listening_history.csv (2,451 rows, one person's music listening history 2023-01-01 to
 *   2024-12-27, one row per play; commutes on the phone, work on the laptop, evenings on a smart
 *   speaker, weekend drives): play_id (BIGINT, 880001 up, in time order), "Played At" (TIMESTAMP,
 *   when the play started), Track (53 titles, each by one artist, e.g. 'Glasshouse', 'Paper
 *   Harbours', 'Satellite', 'Rain on Princes Street', 'Nocturne in E-flat major, Op. 9 No. 2'),
 *   Artist (13 artists, e.g. 'The Lantern Years', 'Mira Solano', 'Ruth Abernethy Trio', 'DJ
 *   Kestrel', 'Hollow Pines', 'Big Sable', 'Kid Juniper', 'Elena Varga'), album (15 albums, e.g.
 *   'Paper Harbours', 'Sleepwalk City' (from March 2024), 'Golden Static', 'Blue Hours'; 40
 *   missing: the singles 'Overtime' and 'Text Me Back'), genre ('Indie' | 'Pop' | 'Electronic' |
 *   'Folk' | 'Jazz' | 'Hip Hop' | 'R&B' | 'Rock' | 'Classical'; 85 missing), ms_played (BIGINT,
 *   milliseconds actually played), "Track Length (s)" (BIGINT, the track's full length in
 *   seconds, 168-421), Skipped (BOOLEAN, from Yes/No), device ('Phone' | 'Laptop' | 'Smart
 *   Speaker' | 'Car'), Shuffle (BOOLEAN, from Yes/No).
 * - pupil_absences.csv (2,067 rows, Brook Lane Primary's (a small village school) absence and
 *   lateness log for the school years 2022/23 to 2024/25, 2022-09-08 to 2025-07-22; one row per
 *   pupil and register session that was not a present-on-time mark, so pupils never absent or late
 *   are not in it): record_id (BIGINT, 30001 up, in date order), "Pupil ID" (e.g. 'BL0104', 77
 *   pupils), pupil_name (e.g. 'Grace Stephens', one per Pupil ID), "Year Group" ('Reception' |
 *   'Year 1' … 'Year 6', the pupil's year group at the time; pupils move up each September), Class
 *   ('Wrens' (Reception and Year 1) | 'Robins' (Years 2-3) | 'Owls' (Years 4-6)), session_date
 *   (DATE), Session ('AM' | 'PM'), Mark ('Absent' | 'Late'; a full day off is two rows, AM and
 *   PM), Reason ('Illness' | 'Medical appointment' | 'Family holiday' | 'Religious observance' |
 *   'Family emergency' | 'Transport'; 250 missing: 99 absences with no reason given and 151 late
 *   marks), Authorised (BOOLEAN, from Yes/No; absences with no reason and most family holidays
 *   are unauthorised, and late marks after the register closed, over 30 minutes late), minsLate
 *   (BIGINT, 2-74; only on the 209 late marks), reportedVia ('Phone' | 'App' | 'Email' | 'In
 *   person'; late marks are all 'In person'; 99 missing: the absences nobody explained).
 * - nursery_orders.csv (1,599 rows, Fernhill Plants' (a plant nursery near Totnes, Devon, closed
 *   January-February) order lines 2022-03-01 to 2024-11-30, 674 orders, taken online, by phone and
 *   in the shop): order_no (e.g. 'FH10001', one per order, repeated on each line), "Order Date"
 *   (DATE), Plant (27 plants, e.g. 'Lavender Hidcote', 'Rosemary', 'Hydrangea Annabelle',
 *   'Japanese Maple', 'Climbing Rose', 'Petunias', 'Apple Tree Bramley'), plantType ('Shrub' |
 *   'Perennial' | 'Herb' | 'Climber' | 'Tree' | 'Fruit Tree' | 'Grass' | 'Bedding'), "Pot Size"
 *   ('9cm' | '1L' | '2L' | '3L' | '5L' | '10L' | '12L' | '20L' | '6 pack'), qty (BIGINT, 1-60),
 *   "Unit Price (£)" (DOUBLE, list price of one plant before discount), disc_pct (BIGINT, the
 *   discount in percent: 0, 10 (loyalty card), 15 (trade), 20 (autumn sale)), "Customer Town" (11
 *   towns, e.g. 'Totnes', 'Paignton', 'Newton Abbot', 'Exeter'; 191 lines (93 orders) missing,
 *   mostly shop orders collected in person), channel ('Online' | 'Phone' | 'Shop'), Delivery
 *   (BOOLEAN, from Yes/No), delivered_date (DATE; missing on the 643 lines collected and on 12
 *   lines (4 orders) for delivery not yet delivered), "Trade Customer" (BOOLEAN, from Yes/No;
 *   landscapers and gardeners).
 *   A line's sales (after discount) are qty × "Unit Price (£)" × (1 - disc_pct / 100).
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */
export const SET_R_TABLE_SOURCES: TableSource[] = [
	{
		name: 'listening_history',
		humanName: 'Listening history',
		repoDir: 'tests/nl/data/set-r',
		file: 'listening_history.csv',
		format: 'csv'
	},
	{
		name: 'pupil_absences',
		humanName: 'Pupil absences',
		repoDir: 'tests/nl/data/set-r',
		file: 'pupil_absences.csv',
		format: 'csv'
	},
	{
		name: 'nursery_orders',
		humanName: 'Nursery orders',
		repoDir: 'tests/nl/data/set-r',
		file: 'nursery_orders.csv',
		format: 'csv'
	}
];

/** Sales of a nursery order line after its discount. */
const NET = `qty * "Unit Price (£)" * (1 - disc_pct / 100.0)`;

export const SET_R_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- listening history
	{
		id: 'r-listening_history-01',
		question: 'how many songs have i listened to',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'synonym'],
		sql: 'SELECT COUNT(*) FROM listening_history',
		note: 'Every play is a row, skipped plays included; the number of different tracks (53) is a weaker reading.'
	},
	{
		id: 'r-listening_history-02',
		question: 'how many hours of music did i listen to in 2024',
		tables: ['listening_history'],
		tags: ['sum', 'time-year', 'metric'],
		sql: 'SELECT SUM(ms_played) / 3600000.0 FROM listening_history WHERE YEAR("Played At") = 2024',
		note: 'The time actually played (ms_played) converted to hours, about 73.'
	},
	{
		id: 'r-listening_history-03',
		question: 'top 5 artists',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Artist, COUNT(*) AS plays FROM listening_history GROUP BY Artist ORDER BY plays DESC LIMIT 5',
		isOrdered: true,
		note: 'By number of plays (The Lantern Years, Mira Solano, Ruth Abernethy Trio, DJ Kestrel, Hollow Pines); by time listened is another reading with a different order.'
	},
	{
		id: 'r-listening_history-04',
		question: 'my most played song',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Track FROM listening_history GROUP BY Track ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Glasshouse (115 plays) just ahead of Paper Harbours (113); track titles are unique to one artist.'
	},
	{
		id: 'r-listening_history-05',
		question: 'how many tracks did i skip',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM listening_history WHERE Skipped',
		note: 'Plays marked Skipped (325); the number of distinct tracks ever skipped is a weaker reading.'
	},
	{
		id: 'r-listening_history-06',
		question: 'what % of songs do i skip when on shuffle',
		tables: ['listening_history'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE Skipped) * 1.0 / COUNT(*) FROM listening_history WHERE Shuffle',
		isShare: true,
		note: 'Skipped plays over all plays with Shuffle on (about 20%, against 13% overall).'
	},
	{
		id: 'r-listening_history-07',
		question: 'plays by device',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT device, COUNT(*) FROM listening_history GROUP BY device'
	},
	{
		id: 'r-listening_history-08',
		question: 'how many different artists have i listened to',
		tables: ['listening_history'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT Artist) FROM listening_history'
	},
	{
		id: 'r-listening_history-09',
		question: 'minutes listened per month',
		tables: ['listening_history'],
		tags: ['sum', 'time-grain', 'trend', 'metric'],
		sql: `SELECT DATE_TRUNC('month', "Played At") AS m, SUM(ms_played) / 60000.0 FROM listening_history GROUP BY m`,
		note: 'ms_played added up per calendar month and converted to minutes.'
	},
	{
		id: 'r-listening_history-10',
		question: 'how many times have i played mira solano',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM listening_history WHERE Artist = 'Mira Solano'`
	},
	{
		id: 'r-listening_history-11',
		question: 'jazz plays per year',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'fuzzy'],
		sql: `SELECT YEAR("Played At") AS y, COUNT(*) FROM listening_history WHERE genre = 'Jazz' GROUP BY y`,
		note: 'Plays whose genre is Jazz (plays with the genre missing are not counted).'
	},
	{
		id: 'r-listening_history-12',
		question: 'how many plays are missing a genre',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM listening_history WHERE genre IS NULL'
	},
	{
		id: 'r-listening_history-13',
		question: 'whats the longest song ive listened to',
		tables: ['listening_history'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT Track FROM listening_history ORDER BY "Track Length (s)" DESC LIMIT 1',
		note: "By the track's full length: 'Rain on Princes Street' (421 s). The longest single play is the same track."
	},
	{
		id: 'r-listening_history-14',
		question: 'which album do i listen to most',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT album FROM listening_history GROUP BY album ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Paper Harbours (475 plays) by plays; it is first by time listened too.'
	},
	{
		id: 'r-listening_history-15',
		question: 'how many songs did i play in the car',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM listening_history WHERE device = 'Car'`,
		note: "The device 'Car'."
	},
	{
		id: 'r-listening_history-16',
		question: 'plays of the sleepwalk city album',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM listening_history WHERE album = 'Sleepwalk City'`,
		note: "Every track of the album 'Sleepwalk City' (186 plays), not only its title track."
	},
	{
		id: 'r-listening_history-17',
		question: 'plays per genre in 2023',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'group-by', 'time-year'],
		sql: 'SELECT genre, COUNT(*) FROM listening_history WHERE YEAR("Played At") = 2023 AND genre IS NOT NULL GROUP BY genre',
		note: 'The nine genres; plays with the genre missing are not a genre. With a row for the missing genre is another reading.'
	},
	{
		id: 'r-listening_history-18',
		question: 'skip rate by artist',
		tables: ['listening_history'],
		tags: ['share', 'group-by', 'metric'],
		sql: 'SELECT Artist, COUNT(*) FILTER (WHERE Skipped) * 1.0 / COUNT(*) FROM listening_history GROUP BY Artist',
		isShare: true,
		note: "Each artist's skipped plays over all their plays."
	},
	{
		id: 'r-listening_history-19',
		question: 'what did i listen to on xmas day 2023 - track and artist',
		tables: ['listening_history'],
		tags: ['rows-mode', 'time-range', 'synonym'],
		sql: `SELECT Track, Artist FROM listening_history WHERE CAST("Played At" AS DATE) = DATE '2023-12-25'`,
		note: 'Four plays on 25 December 2023.'
	},
	{
		id: 'r-listening_history-20',
		question: 'how many times did i play big sable or kid juniper in 2024',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'filter-list', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM listening_history WHERE Artist IN ('Big Sable', 'Kid Juniper') AND YEAR("Played At") = 2024`,
		note: 'One total over the two artists; a count per artist is another reading.'
	},
	{
		id: 'r-listening_history-21',
		question: 'which songs have i skipped 10 or more times',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'group-by', 'filter-numeric', 'rows-mode'],
		sql: 'SELECT Track FROM listening_history WHERE Skipped GROUP BY Track HAVING COUNT(*) >= 10',
		note: 'Eight tracks (Glasshouse skipped most, 14 times).'
	},
	{
		id: 'r-listening_history-22',
		question: 'plays per device per year',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'multi-group', 'time-grain'],
		sql: 'SELECT device, YEAR("Played At") AS y, COUNT(*) FROM listening_history GROUP BY device, y'
	},
	{
		id: 'r-listening_history-23',
		question: 'how many songs have i listened to since september 2024',
		tables: ['listening_history'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM listening_history WHERE "Played At" >= TIMESTAMP '2024-09-01 00:00:00'`,
		note: 'Plays from 1 September 2024 on.'
	},

	// ---------------------------------------------------------------- pupil absences
	{
		id: 'r-pupil_absences-01',
		question: 'how many absences have there been',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE Mark = 'Absent'`,
		note: "Sessions (half days) marked 'Absent'; the late marks in the log are not absences."
	},
	{
		id: 'r-pupil_absences-02',
		question: 'how many times has grace stephens been off',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy', 'synonym'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE pupil_name = 'Grace Stephens' AND Mark = 'Absent'`,
		note: 'Off is absent: her absent sessions (98); her late marks are not counted. Days off (a full day is two sessions) is another reading.'
	},
	{
		id: 'r-pupil_absences-03',
		question: 'how many unauthorised absences',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE Mark = 'Absent' AND NOT Authorised`,
		note: 'Absent sessions not authorised (195). Late marks after the register closed are also unauthorised; counting them (Authorised = No over every row) is another reading.'
	},
	{
		id: 'r-pupil_absences-04',
		question: 'which class has the most absences',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Class FROM pupil_absences WHERE Mark = 'Absent' GROUP BY Class ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Wrens (686 absent sessions) ahead of Owls (646); counting every row, lates too, gives Wrens as well.'
	},
	{
		id: 'r-pupil_absences-05',
		question: 'lates per month',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'trend'],
		sql: `SELECT DATE_TRUNC('month', session_date) AS m, COUNT(*) FROM pupil_absences WHERE Mark = 'Late' GROUP BY m`
	},
	{
		id: 'r-pupil_absences-06',
		question: 'median minutes late',
		tables: ['pupil_absences'],
		tags: ['median'],
		sql: 'SELECT MEDIAN(minsLate) FROM pupil_absences',
		note: 'Over the late marks (absences have no minutes late): 9.'
	},
	{
		id: 'r-pupil_absences-07',
		question: 'how many times were kids more than half an hour late',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: 'SELECT COUNT(*) FROM pupil_absences WHERE minsLate > 30',
		note: 'Late marks of over 30 minutes (27).'
	},
	{
		id: 'r-pupil_absences-08',
		question: 'illness absences in 2024',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE Reason = 'Illness' AND YEAR(session_date) = 2024`,
		note: 'The calendar year 2024 (spring term 2024 to autumn term 2024), in sessions.'
	},
	{
		id: 'r-pupil_absences-09',
		question: 'top 3 pupils by absences',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT pupil_name, COUNT(*) AS n FROM pupil_absences WHERE Mark = 'Absent' GROUP BY pupil_name ORDER BY n DESC LIMIT 3`,
		isOrdered: true,
		note: 'Absent sessions per pupil: Grace Stephens (98), Sophia Holloway (79), Mohammed Ahmed (56). Names are unique, so by name and by Pupil ID agree.'
	},
	{
		id: 'r-pupil_absences-10',
		question: 'how many absences have no reason given',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-missing', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE Mark = 'Absent' AND Reason IS NULL`,
		note: 'Absent sessions without a Reason (99); late marks without a reason are not absences.'
	},
	{
		id: 'r-pupil_absences-11',
		question: 'holiday absences each year',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'synonym'],
		sql: `SELECT YEAR(session_date) AS y, COUNT(*) FROM pupil_absences WHERE Reason = 'Family holiday' GROUP BY y`,
		note: "Sessions missed for the reason 'Family holiday' per calendar year; by school year is another reading."
	},
	{
		id: 'r-pupil_absences-12',
		question: 'what percentage of absences are authorised',
		tables: ['pupil_absences'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Authorised) * 1.0 / COUNT(*) FROM pupil_absences WHERE Mark = 'Absent'`,
		isShare: true,
		note: 'Of the absent sessions (late marks left out): about 90%.'
	},
	{
		id: 'r-pupil_absences-13',
		question: 'absences by year group',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'group-by'],
		sql: `SELECT "Year Group", COUNT(*) FROM pupil_absences WHERE Mark = 'Absent' GROUP BY "Year Group"`
	},
	{
		id: 'r-pupil_absences-14',
		question: 'how many different children were off for religious reasons',
		tables: ['pupil_absences'],
		tags: ['aggregate-distinct', 'filter-eq', 'synonym', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT "Pupil ID") FROM pupil_absences WHERE Reason = 'Religious observance'`,
		note: "Pupils with at least one absence for 'Religious observance' (6)."
	},
	{
		id: 'r-pupil_absences-15',
		question: 'absences by class and am/pm',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'multi-group', 'synonym'],
		sql: `SELECT Class, Session, COUNT(*) FROM pupil_absences WHERE Mark = 'Absent' GROUP BY Class, Session`,
		note: 'AM/PM is the Session column.'
	},
	{
		id: 'r-pupil_absences-16',
		question: 'how many absences were reported on the app',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE reportedVia = 'App'`,
		note: "reportedVia = 'App' (547 sessions, all absences; lates are reported in person)."
	},
	{
		id: 'r-pupil_absences-17',
		question: 'show unexplained absences since jan 2025 - pupil, date and session',
		tables: ['pupil_absences'],
		tags: ['rows-mode', 'filter-missing', 'time-since', 'synonym'],
		sql: `SELECT pupil_name, session_date, Session FROM pupil_absences WHERE Mark = 'Absent' AND Reason IS NULL AND session_date >= DATE '2025-01-01'`,
		note: 'Unexplained: absent with no reason given (13 sessions from 1 January 2025 on).'
	},
	{
		id: 'r-pupil_absences-18',
		question: 'how many afternoon absences',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE Session = 'PM' AND Mark = 'Absent'`,
		note: 'The afternoon is the PM session (late marks are all AM anyway).'
	},
	{
		id: 'r-pupil_absences-19',
		question: 'illness absences per month in the 2023/24 school year',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-eq', 'time-grain', 'time-range'],
		sql: `SELECT DATE_TRUNC('month', session_date) AS m, COUNT(*) FROM pupil_absences WHERE Reason = 'Illness' AND session_date BETWEEN DATE '2023-09-01' AND DATE '2024-08-31' GROUP BY m`,
		note: 'The school year runs September 2023 to July 2024.'
	},
	{
		id: 'r-pupil_absences-20',
		question: "who's been late the most in year 6",
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-eq', 'fuzzy'],
		sql: `SELECT pupil_name FROM pupil_absences WHERE Mark = 'Late' AND "Year Group" = 'Year 6' GROUP BY pupil_name ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Late marks while in Year 6: Zofia Price (6), then two pupils with 3.'
	},
	{
		id: 'r-pupil_absences-21',
		question: 'how many pupils have missed more than 40 sessions',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM (SELECT "Pupil ID" FROM pupil_absences WHERE Mark = 'Absent' GROUP BY "Pupil ID" HAVING COUNT(*) > 40)`,
		note: 'Pupils with over 40 absent sessions over the whole log (9).'
	},
	{
		id: 'r-pupil_absences-22',
		question: 'absences not counting illness',
		tables: ['pupil_absences'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM pupil_absences WHERE Mark = 'Absent' AND Reason IS DISTINCT FROM 'Illness'`,
		note: 'Absent sessions for any reason but illness, the 99 with no reason included (358).'
	},
	{
		id: 'r-pupil_absences-23',
		question: 'avg mins late in robins class',
		tables: ['pupil_absences'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(minsLate) FROM pupil_absences WHERE Class = 'Robins'`,
		note: "The mean minutes late of the Robins' late marks (12.6)."
	},

	// ---------------------------------------------------------------- nursery orders
	{
		id: 'r-nursery_orders-01',
		question: 'how many orders have we had',
		tables: ['nursery_orders'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT order_no) FROM nursery_orders',
		note: 'Orders, not order lines: 674 order numbers over 1,599 lines.'
	},
	{
		id: 'r-nursery_orders-02',
		question: 'total sales in 2023',
		tables: ['nursery_orders'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(${NET}) FROM nursery_orders WHERE YEAR("Order Date") = 2023`,
		note: 'Sales after discount: qty × unit price × (1 - disc_pct/100). Before discount is another reading.'
	},
	{
		id: 'r-nursery_orders-03',
		question: 'revenue by plant type',
		tables: ['nursery_orders'],
		tags: ['sum', 'group-by', 'metric'],
		sql: `SELECT plantType, SUM(${NET}) FROM nursery_orders GROUP BY plantType`,
		note: 'Sales after discount.'
	},
	{
		id: 'r-nursery_orders-04',
		question: 'which plant have we sold the most of',
		tables: ['nursery_orders'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT Plant FROM nursery_orders GROUP BY Plant ORDER BY SUM(qty) DESC LIMIT 1',
		note: 'By the number of plants (qty): Rosemary (732). By money it would be Hydrangea Annabelle.'
	},
	{
		id: 'r-nursery_orders-05',
		question: 'how many lavenders have we sold',
		tables: ['nursery_orders'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(qty) FROM nursery_orders WHERE Plant = 'Lavender Hidcote'`,
		note: "The one lavender, 'Lavender Hidcote' (514 plants)."
	},
	{
		id: 'r-nursery_orders-06',
		question: 'average order value',
		tables: ['nursery_orders'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(t) FROM (SELECT order_no, SUM(${NET}) AS t FROM nursery_orders GROUP BY order_no)`,
		note: 'The mean total of an order (its lines added up, after discount), not the mean line.'
	},
	{
		id: 'r-nursery_orders-07',
		question: 'how many orders were for delivery',
		tables: ['nursery_orders'],
		tags: ['aggregate-distinct', 'filter-eq'],
		sql: 'SELECT COUNT(DISTINCT order_no) FROM nursery_orders WHERE Delivery',
		note: 'Orders with Delivery = Yes, delivered yet or not.'
	},
	{
		id: 'r-nursery_orders-08',
		question: 'sales by month',
		tables: ['nursery_orders'],
		tags: ['sum', 'time-grain', 'trend', 'metric'],
		sql: `SELECT DATE_TRUNC('month', "Order Date") AS m, SUM(${NET}) FROM nursery_orders GROUP BY m`,
		note: 'Per calendar month (no orders in January and February, when the nursery is closed).'
	},
	{
		id: 'r-nursery_orders-09',
		question: 'how much have trade customers spent with us',
		tables: ['nursery_orders'],
		tags: ['sum', 'filter-eq', 'metric'],
		sql: `SELECT SUM(${NET}) FROM nursery_orders WHERE "Trade Customer"`,
		note: 'After their 15% trade discount.'
	},
	{
		id: 'r-nursery_orders-10',
		question: 'orders from totnes',
		tables: ['nursery_orders'],
		tags: ['aggregate-distinct', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(DISTINCT order_no) FROM nursery_orders WHERE "Customer Town" = 'Totnes'`,
		note: 'Read as how many orders (151); listing them is another reading.'
	},
	{
		id: 'r-nursery_orders-11',
		question: 'top 5 towns by sales',
		tables: ['nursery_orders'],
		tags: ['sum', 'group-by', 'top-n', 'metric'],
		sql: `SELECT "Customer Town", SUM(${NET}) AS s FROM nursery_orders WHERE "Customer Town" IS NOT NULL GROUP BY "Customer Town" ORDER BY s DESC LIMIT 5`,
		isOrdered: true,
		note: 'Totnes, Paignton, Newton Abbot, Torquay, Kingsbridge. A missing town is not a town (the lines without one would rank fourth).'
	},
	{
		id: 'r-nursery_orders-12',
		question: 'avg days from order to delivery',
		tables: ['nursery_orders'],
		tags: ['avg', 'metric'],
		sql: `SELECT AVG(delivered_date - "Order Date") FROM (SELECT DISTINCT order_no, "Order Date", delivered_date FROM nursery_orders WHERE delivered_date IS NOT NULL)`,
		note: 'Per delivered order (about 5.8 days); the mean over lines (6.3 days, weighting orders by their number of lines) is another reading.'
	},
	{
		id: 'r-nursery_orders-13',
		question: 'what share of orders come in online',
		tables: ['nursery_orders'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(DISTINCT order_no) FILTER (WHERE channel = 'Online') * 1.0 / COUNT(DISTINCT order_no) FROM nursery_orders`,
		isShare: true,
		note: 'Share of orders (not lines) with channel Online: about 43%.'
	},
	{
		id: 'r-nursery_orders-14',
		question: 'how many orders dont have a town',
		tables: ['nursery_orders'],
		tags: ['aggregate-distinct', 'filter-missing'],
		sql: 'SELECT COUNT(DISTINCT order_no) FROM nursery_orders WHERE "Customer Town" IS NULL',
		note: 'Orders (93), not lines (191).'
	},
	{
		id: 'r-nursery_orders-15',
		question: 'most expensive plant we sell',
		tables: ['nursery_orders'],
		tags: ['max', 'top-n', 'synonym'],
		sql: 'SELECT Plant FROM nursery_orders ORDER BY "Unit Price (£)" DESC LIMIT 1',
		note: 'By unit price: Japanese Maple (20L, £131.99 in 2024).'
	},
	{
		id: 'r-nursery_orders-16',
		question: 'fruit trees sold in 2024',
		tables: ['nursery_orders'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT SUM(qty) FROM nursery_orders WHERE plantType = 'Fruit Tree' AND YEAR("Order Date") = 2024`,
		note: 'How many trees (qty), 47; the money is another reading.'
	},
	{
		id: 'r-nursery_orders-17',
		question: 'how much did we give away in discounts',
		tables: ['nursery_orders'],
		tags: ['sum', 'metric', 'synonym'],
		sql: 'SELECT SUM(qty * "Unit Price (£)" * disc_pct / 100.0) FROM nursery_orders',
		note: 'The amount taken off: qty × unit price × disc_pct/100, over all lines.'
	},
	{
		id: 'r-nursery_orders-18',
		question: 'plants sold by type and pot size',
		tables: ['nursery_orders'],
		tags: ['sum', 'multi-group'],
		sql: 'SELECT plantType, "Pot Size", SUM(qty) FROM nursery_orders GROUP BY plantType, "Pot Size"',
		note: 'Number of plants (qty) per plant type and pot size.'
	},
	{
		id: 'r-nursery_orders-19',
		question: 'herb and bedding sales since april 2024',
		tables: ['nursery_orders'],
		tags: ['sum', 'filter-list', 'time-since', 'metric'],
		sql: `SELECT SUM(${NET}) FROM nursery_orders WHERE plantType IN ('Herb', 'Bedding') AND "Order Date" >= DATE '2024-04-01'`,
		note: 'One total after discount for the two plant types; a total per type is another reading.'
	},
	{
		id: 'r-nursery_orders-20',
		question: "which delivery orders haven't been delivered yet",
		tables: ['nursery_orders'],
		tags: ['rows-mode', 'filter-missing', 'filter-eq'],
		sql: 'SELECT DISTINCT order_no FROM nursery_orders WHERE Delivery AND delivered_date IS NULL',
		note: 'Four orders for delivery with no delivered date.'
	},
	{
		id: 'r-nursery_orders-21',
		question: 'median price of shrubs',
		tables: ['nursery_orders'],
		tags: ['median', 'filter-eq', 'fuzzy'],
		sql: `SELECT MEDIAN("Unit Price (£)") FROM nursery_orders WHERE plantType = 'Shrub'`,
		note: 'Median unit price over the shrub order lines (£16.49).'
	},
	{
		id: 'r-nursery_orders-22',
		question: 'how many orders over £200',
		tables: ['nursery_orders'],
		tags: ['aggregate-count', 'filter-numeric', 'metric'],
		sql: `SELECT COUNT(*) FROM (SELECT order_no FROM nursery_orders GROUP BY order_no HAVING SUM(${NET}) > 200)`,
		note: 'Orders whose total after discount is over £200 (83).'
	},
	{
		id: 'r-nursery_orders-23',
		question: 'how many climbing roses have we sold',
		tables: ['nursery_orders'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(qty) FROM nursery_orders WHERE Plant = 'Climbing Rose'`,
		note: "Plants (qty) of 'Climbing Rose'; a match on 'rose' would wrongly take in Rosemary."
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'r-refuse-01',
		question: 'how many songs did i listen to at the gym',
		tables: ['listening_history'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No location or activity; only the device (phone, laptop, smart speaker, car).'
	},
	{
		id: 'r-refuse-02',
		question: 'how much have i spent on music',
		tables: ['listening_history'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No prices, purchases or subscription costs; only plays.'
	},
	{
		id: 'r-refuse-03',
		question: 'what will my most played song be in 2025',
		tables: ['listening_history'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction; the history ends in December 2024.'
	},
	{
		id: 'r-refuse-04',
		question: 'whats the schools overall attendance rate',
		tables: ['pupil_absences'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'The log holds only absences and late marks: no count of sessions attended or of pupils on roll, so no rate.'
	},
	{
		id: 'r-refuse-05',
		question: 'which pupils get free school meals',
		tables: ['pupil_absences'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No free school meals (or any other pupil background) column.'
	},
	{
		id: 'r-refuse-06',
		question: 'which teacher has the most absences in their class',
		tables: ['pupil_absences'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Classes are named (Wrens, Robins, Owls) but no teachers are recorded.'
	},
	{
		id: 'r-refuse-07',
		question: 'whats our profit margin on olive trees',
		tables: ['nursery_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No costs (what the nursery pays for stock), only selling prices.'
	},
	{
		id: 'r-refuse-08',
		question: 'who are our most loyal customers',
		tables: ['nursery_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No customer name or id: orders cannot be tied to a customer (only a town).'
	}
];
