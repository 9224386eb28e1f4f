import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set O: questions over three tables the engine had not seen, CSV files of the kind a person
 * drops into the app on first use. They are synthetic but plausible, written by a seeded,
 * deterministic generator kept beside them (tests/nl/data/set-o/generate.mjs, mulberry32 from
 * tests/nl/data/csv-tools.mjs) and read from this repository (`repoDir`), not from an npm
 * package. Columns as imported:
 * - support_tickets.csv (2,189 rows, a small online shop's customer support tickets 2023-2024,
 *   one row per ticket): ticket_id (e.g. 'TCK-40001'), "Opened At" (TIMESTAMP), customer_id
 *   (e.g. 'C10524'; 809 customers), Channel ('Email' | 'Live Chat' | 'Phone' | 'Contact Form'),
 *   Category ('Delivery' | 'Product Question' | 'Refund' | 'Damaged Item' | 'Wrong Item' |
 *   'Payment' | 'Account'), pri (priority: 'Low' | 'Medium' | 'High' | 'Urgent'), Agent ('Megan
 *   Price' | 'Luis Ortega' | 'Aisha Rahman' | 'Tom Ashby' | 'Katie Byrne'; 68 missing:
 *   unassigned), Status ('Resolved' | 'Open' | 'Waiting on Customer' | 'Escalated'),
 *   firstResponseHrs (DOUBLE, hours to the first reply; 0 for phone calls), "Resolved On" (DATE;
 *   missing on the 124 tickets not resolved), csat (BIGINT, satisfaction score 1-5 from a survey;
 *   1,350 missing), "Refund Issued" (BOOLEAN, from Yes/No), "Refund (£)" (DOUBLE; missing when no
 *   refund was issued).
 * - home_energy.csv (1,096 rows, one household's daily electricity smart-meter readings
 *   2022-01-01 to 2024-12-31, one row per day): reading_id (e.g. 'MR-00001'), "Reading Date"
 *   (DATE), kwh (DOUBLE, electricity imported from the grid that day), peak_kwh and offPeakKwh
 *   (DOUBLE; only on the two-rate 'EV Saver' tariff, missing on the 638 single-rate days),
 *   solar_kwh (DOUBLE, solar panel generation; missing before the panels went in on 2023-04-18:
 *   472), "Avg Temp (°C)" (DOUBLE, outside temperature; 39 missing), "Cost (£)" (DOUBLE, the
 *   day's charge including the standing charge), tariff ('Standard Variable' to 2022-09-30,
 *   'Fixed 12M' to 2023-09-30, 'EV Saver' from 2023-10-01), "Heating On" (BOOLEAN, heat pump),
 *   "EV Charged" (BOOLEAN, the electric car was charged; from late September 2023), read_type
 *   ('Smart' | 'Estimated' | 'Manual').
 * - league_matches.csv (585 rows, a community football league's results, seasons 2022/23 to
 *   2024/25, Aug 2022 - May 2025, one row per match): match_id (e.g. 'M0001'), "Match Date"
 *   (DATE), Season ('2022/23' | '2023/24' | '2024/25'), homeTeam and awayTeam (14 clubs, e.g.
 *   'Castle Vale FC', 'Fairview Town'), home_goals, away_goals (BIGINT), Venue (the home club's
 *   ground; Elmwood Wanderers and Kingsmead FC share 'Memorial Park'; cup finals at 'County
 *   Ground'), Attendance (BIGINT, 49 missing), Referee (8 names), "Yellow Cards", reds (BIGINT,
 *   red cards), "Cup Match" (BOOLEAN, from Yes/No; 13 league-cup ties a season, none drawn, the
 *   rest league games).
 * Every column is kept as DuckDB's CSV import reads it (no `select`). Written before the engine
 * was run on these tables.
 */
export const SET_O_TABLE_SOURCES: TableSource[] = [
	{
		name: 'support_tickets',
		humanName: 'Support tickets',
		repoDir: 'tests/nl/data/set-o',
		file: 'support_tickets.csv',
		format: 'csv'
	},
	{
		name: 'home_energy',
		humanName: 'Home energy',
		repoDir: 'tests/nl/data/set-o',
		file: 'home_energy.csv',
		format: 'csv'
	},
	{
		name: 'league_matches',
		humanName: 'League matches',
		repoDir: 'tests/nl/data/set-o',
		file: 'league_matches.csv',
		format: 'csv'
	}
];

export const SET_O_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- support tickets
	{
		id: 'o-support_tickets-01',
		question: 'how many support tickets have we had',
		tables: ['support_tickets'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM support_tickets'
	},
	{
		id: 'o-support_tickets-02',
		question: 'tickets per channel',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'group-by'],
		sql: 'SELECT Channel, COUNT(*) FROM support_tickets GROUP BY Channel'
	},
	{
		id: 'o-support_tickets-03',
		question: 'averge first response time by channel',
		tables: ['support_tickets'],
		tags: ['avg', 'group-by', 'fuzzy'],
		sql: 'SELECT Channel, AVG(firstResponseHrs) FROM support_tickets GROUP BY Channel',
		note: 'Typo "averge" is on purpose.'
	},
	{
		id: 'o-support_tickets-04',
		question: 'What do customers contact us about most?',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Category FROM support_tickets GROUP BY Category ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'The ticket category: Delivery (655) well ahead of Product Question (499).'
	},
	{
		id: 'o-support_tickets-05',
		question: 'how many urgent tickets',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM support_tickets WHERE pri = 'Urgent'`,
		note: 'The priority column is the terse "pri".'
	},
	{
		id: 'o-support_tickets-06',
		question: 'whats our average customer satisfaction score',
		tables: ['support_tickets'],
		tags: ['avg', 'synonym'],
		sql: 'SELECT AVG(csat) FROM support_tickets',
		note: 'Over the tickets with a score (csat); unanswered surveys are missing, not zero.'
	},
	{
		id: 'o-support_tickets-07',
		question: 'total refunded in 2024',
		tables: ['support_tickets'],
		tags: ['sum', 'time-year'],
		sql: 'SELECT SUM("Refund (£)") FROM support_tickets WHERE YEAR("Opened At") = 2024',
		note: 'The year the ticket was opened (the only timestamp; there is no refund date).'
	},
	{
		id: 'o-support_tickets-08',
		question: 'how many tickets havent been resolved yet',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'filter-missing', 'filter-negation'],
		sql: `SELECT COUNT(*) FROM support_tickets WHERE Status <> 'Resolved'`,
		note: 'Status other than Resolved (Open, Waiting on Customer, Escalated); the same 124 tickets have no "Resolved On" date, so both readings agree.'
	},
	{
		id: 'o-support_tickets-09',
		question: 'tickets per month in 2024',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Opened At") AS m, COUNT(*) FROM support_tickets WHERE YEAR("Opened At") = 2024 GROUP BY m`
	},
	{
		id: 'o-support_tickets-10',
		question: 'median refund amount',
		tables: ['support_tickets'],
		tags: ['median'],
		sql: 'SELECT MEDIAN("Refund (£)") FROM support_tickets',
		note: 'Over the refunds given (the amount is missing where there was none).'
	},
	{
		id: 'o-support_tickets-11',
		question: 'what percentage of tickets ended in a refund?',
		tables: ['support_tickets'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT COUNT(*) FILTER (WHERE "Refund Issued") * 1.0 / COUNT(*) FROM support_tickets',
		isShare: true
	},
	{
		id: 'o-support_tickets-12',
		question: 'top 3 agents by number of tickets handled',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: 'SELECT Agent, COUNT(*) AS n FROM support_tickets WHERE Agent IS NOT NULL GROUP BY Agent ORDER BY n DESC LIMIT 3',
		isOrdered: true,
		note: 'Megan Price (623), Luis Ortega (515), Aisha Rahman (502); unassigned tickets (68) are not an agent and would not rank anyway.'
	},
	{
		id: 'o-support_tickets-13',
		question: 'how many tickets arent assigned to anyone',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM support_tickets WHERE Agent IS NULL'
	},
	{
		id: 'o-support_tickets-14',
		question: 'average number of days to resolve a damaged item ticket',
		tables: ['support_tickets'],
		tags: ['avg', 'filter-eq', 'metric'],
		sql: `SELECT AVG("Resolved On" - CAST("Opened At" AS DATE)) FROM support_tickets WHERE Category = 'Damaged Item'`,
		note: 'Days from the opening date to "Resolved On", over the resolved tickets.'
	},
	{
		id: 'o-support_tickets-15',
		question: 'How many high or urgent priority tickets came in by email?',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'filter-list', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM support_tickets WHERE pri IN ('High', 'Urgent') AND Channel = 'Email'`
	},
	{
		id: 'o-support_tickets-16',
		question: 'number of tickets by category and priority',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'multi-group'],
		sql: 'SELECT Category, pri, COUNT(*) FROM support_tickets GROUP BY Category, pri'
	},
	{
		id: 'o-support_tickets-17',
		question: 'how many different customers have contacted us',
		tables: ['support_tickets'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT customer_id) FROM support_tickets'
	},
	{
		id: 'o-support_tickets-18',
		question: 'tickets opened since 1 sept 2024',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM support_tickets WHERE "Opened At" >= TIMESTAMP '2024-09-01 00:00:00'`,
		note: 'Read as a count of tickets from 1 Sep 2024 on.'
	},
	{
		id: 'o-support_tickets-19',
		question: 'show the escalated tickets: ticket id, agent and category',
		tables: ['support_tickets'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT ticket_id, Agent, Category FROM support_tickets WHERE Status = 'Escalated'`
	},
	{
		id: 'o-support_tickets-20',
		question: 'avg csat for tom ashby',
		tables: ['support_tickets'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG(csat) FROM support_tickets WHERE Agent = 'Tom Ashby'`
	},
	{
		id: 'o-support_tickets-21',
		question: 'how many live chats did we get in 2023',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM support_tickets WHERE Channel = 'Live Chat' AND YEAR("Opened At") = 2023`,
		note: 'Plural lower-case mention of the value Live Chat.'
	},
	{
		id: 'o-support_tickets-22',
		question: 'how many tickets were opened at the weekend',
		tables: ['support_tickets'],
		tags: ['aggregate-count', 'time-grain', 'filter-list'],
		sql: 'SELECT COUNT(*) FROM support_tickets WHERE DAYOFWEEK("Opened At") IN (0, 6)',
		note: 'Saturday or Sunday (DuckDB dayofweek: Sunday = 0, Saturday = 6).'
	},
	{
		id: 'o-support_tickets-23',
		question: 'longest anyone waited for a first reply to an email',
		tables: ['support_tickets'],
		tags: ['max', 'filter-eq', 'synonym'],
		sql: `SELECT MAX(firstResponseHrs) FROM support_tickets WHERE Channel = 'Email'`,
		note: 'Hours to the first response on Email tickets: 73.1.'
	},

	// ---------------------------------------------------------------- home energy
	{
		id: 'o-home_energy-01',
		question: 'how much electricity did we use in 2023',
		tables: ['home_energy'],
		tags: ['sum', 'time-year', 'synonym'],
		sql: 'SELECT SUM(kwh) FROM home_energy WHERE YEAR("Reading Date") = 2023',
		note: 'kWh imported from the grid.'
	},
	{
		id: 'o-home_energy-02',
		question: 'how much did we spend on electricity each year',
		tables: ['home_energy'],
		tags: ['sum', 'time-grain', 'synonym'],
		sql: 'SELECT YEAR("Reading Date") AS y, SUM("Cost (£)") FROM home_energy GROUP BY y'
	},
	{
		id: 'o-home_energy-03',
		question: 'average daily kwh',
		tables: ['home_energy'],
		tags: ['avg'],
		sql: 'SELECT AVG(kwh) FROM home_energy',
		note: 'One row per day, so the mean of kwh.'
	},
	{
		id: 'o-home_energy-04',
		question: 'average usage per day for each month of 2024',
		tables: ['home_energy'],
		tags: ['avg', 'time-grain', 'time-year', 'synonym'],
		sql: `SELECT DATE_TRUNC('month', "Reading Date") AS m, AVG(kwh) FROM home_energy WHERE YEAR("Reading Date") = 2024 GROUP BY m`
	},
	{
		id: 'o-home_energy-05',
		question: 'how much power have the solar panels generated in total',
		tables: ['home_energy'],
		tags: ['sum', 'synonym'],
		sql: 'SELECT SUM(solar_kwh) FROM home_energy'
	},
	{
		id: 'o-home_energy-06',
		question: 'which month had our highest electric bill',
		tables: ['home_energy'],
		tags: ['sum', 'time-grain', 'top-n'],
		sql: `SELECT DATE_TRUNC('month', "Reading Date") AS m FROM home_energy GROUP BY m ORDER BY SUM("Cost (£)") DESC LIMIT 1`,
		note: 'A calendar month of a year (January 2023, £225.27, ahead of February 2023, £209.32), not a month-of-year across years; the bill is the sum of the daily costs.'
	},
	{
		id: 'o-home_energy-07',
		question: 'how many days was the heating on',
		tables: ['home_energy'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM home_energy WHERE "Heating On"'
	},
	{
		id: 'o-home_energy-08',
		question: 'number of days we charged the car in 2024',
		tables: ['home_energy'],
		tags: ['aggregate-count', 'filter-eq', 'time-year', 'synonym'],
		sql: 'SELECT COUNT(*) FROM home_energy WHERE "EV Charged" AND YEAR("Reading Date") = 2024',
		note: 'The car is the EV ("EV Charged").'
	},
	{
		id: 'o-home_energy-09',
		question: 'avg daily cost on the ev saver tariff',
		tables: ['home_energy'],
		tags: ['avg', 'filter-eq', 'fuzzy'],
		sql: `SELECT AVG("Cost (£)") FROM home_energy WHERE tariff = 'EV Saver'`
	},
	{
		id: 'o-home_energy-10',
		question: 'total cost for each tariff',
		tables: ['home_energy'],
		tags: ['sum', 'group-by'],
		sql: 'SELECT tariff, SUM("Cost (£)") FROM home_energy GROUP BY tariff'
	},
	{
		id: 'o-home_energy-11',
		question: 'when was the coldest day',
		tables: ['home_energy'],
		tags: ['min', 'top-n', 'synonym'],
		sql: 'SELECT "Reading Date" FROM home_energy WHERE "Avg Temp (°C)" IS NOT NULL ORDER BY "Avg Temp (°C)" ASC LIMIT 1',
		note: '2022-01-23 at -3.6 °C, ahead of -1.9 °C; days without a temperature are not the coldest.'
	},
	{
		id: 'o-home_energy-12',
		question: 'how many days are missing a temperature reading',
		tables: ['home_energy'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM home_energy WHERE "Avg Temp (°C)" IS NULL'
	},
	{
		id: 'o-home_energy-13',
		question: 'how many estimated readings',
		tables: ['home_energy'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM home_energy WHERE read_type = 'Estimated'`
	},
	{
		id: 'o-home_energy-14',
		question: 'days where we used more than 30 kwh',
		tables: ['home_energy'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM home_energy WHERE kwh > 30',
		note: 'Read as a count of days; listing them is a fair reading too.'
	},
	{
		id: 'o-home_energy-15',
		question: 'median daily cost in 2022',
		tables: ['home_energy'],
		tags: ['median', 'time-year'],
		sql: 'SELECT MEDIAN("Cost (£)") FROM home_energy WHERE YEAR("Reading Date") = 2022'
	},
	{
		id: 'o-home_energy-16',
		question: 'what share of our 2024 electricity was off peak',
		tables: ['home_energy'],
		tags: ['share', 'time-year'],
		sql: 'SELECT SUM(offPeakKwh) / SUM(kwh) FROM home_energy WHERE YEAR("Reading Date") = 2024',
		isShare: true,
		note: 'Share of the kWh. Every 2024 day is on the two-rate tariff, so offPeakKwh is never missing in 2024 and peak + off-peak = kwh.'
	},
	{
		id: 'o-home_energy-17',
		question: 'average usage with the heating on vs off',
		tables: ['home_energy'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT "Heating On", AVG(kwh) FROM home_energy GROUP BY "Heating On"'
	},
	{
		id: 'o-home_energy-18',
		question: 'solar generation per month in 2024',
		tables: ['home_energy'],
		tags: ['sum', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Reading Date") AS m, SUM(solar_kwh) FROM home_energy WHERE YEAR("Reading Date") = 2024 GROUP BY m`
	},
	{
		id: 'o-home_energy-19',
		question: 'top 5 days with the highest usage',
		tables: ['home_energy'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT "Reading Date", kwh FROM home_energy ORDER BY kwh DESC LIMIT 5',
		isOrdered: true,
		note: '57.76, 53.52, 52.5, 51.2, 50.08 kWh; no tie at 5th (6th is 49.39).'
	},
	{
		id: 'o-home_energy-20',
		question: 'total electricity cost between April and June 2023',
		tables: ['home_energy'],
		tags: ['sum', 'time-range'],
		sql: `SELECT SUM("Cost (£)") FROM home_energy WHERE "Reading Date" BETWEEN DATE '2023-04-01' AND DATE '2023-06-30'`,
		note: 'April through June, both months included.'
	},
	{
		id: 'o-home_energy-21',
		question: "average outside temperature on days the heating wasn't on",
		tables: ['home_energy'],
		tags: ['avg', 'filter-negation'],
		sql: 'SELECT AVG("Avg Temp (°C)") FROM home_energy WHERE NOT "Heating On"'
	},
	{
		id: 'o-home_energy-22',
		question: 'how much have we spent on power since october 2023',
		tables: ['home_energy'],
		tags: ['sum', 'time-since', 'synonym'],
		sql: `SELECT SUM("Cost (£)") FROM home_energy WHERE "Reading Date" >= DATE '2023-10-01'`
	},

	// ---------------------------------------------------------------- league matches
	{
		id: 'o-league_matches-01',
		question: 'how many matches have been played',
		tables: ['league_matches'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM league_matches',
		note: 'Every row is a played match, league and cup.'
	},
	{
		id: 'o-league_matches-02',
		question: 'total goals scored',
		tables: ['league_matches'],
		tags: ['sum', 'metric'],
		sql: 'SELECT SUM(home_goals + away_goals) FROM league_matches'
	},
	{
		id: 'o-league_matches-03',
		question: 'average goals per game',
		tables: ['league_matches'],
		tags: ['avg', 'metric'],
		sql: 'SELECT AVG(home_goals + away_goals) FROM league_matches'
	},
	{
		id: 'o-league_matches-04',
		question: 'how many games ended in a draw',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'metric'],
		sql: 'SELECT COUNT(*) FROM league_matches WHERE home_goals = away_goals'
	},
	{
		id: 'o-league_matches-05',
		question: 'what % of games did the home team win',
		tables: ['league_matches'],
		tags: ['share', 'metric'],
		sql: 'SELECT COUNT(*) FILTER (WHERE home_goals > away_goals) * 1.0 / COUNT(*) FROM league_matches',
		isShare: true
	},
	{
		id: 'o-league_matches-06',
		question: 'average attendance by season',
		tables: ['league_matches'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Season, AVG(Attendance) FROM league_matches GROUP BY Season'
	},
	{
		id: 'o-league_matches-07',
		question: 'biggest crowd we have had',
		tables: ['league_matches'],
		tags: ['max', 'synonym'],
		sql: 'SELECT MAX(Attendance) FROM league_matches'
	},
	{
		id: 'o-league_matches-08',
		question: 'which ref has done the most games',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT Referee FROM league_matches GROUP BY Referee ORDER BY COUNT(*) DESC LIMIT 1',
		note: 'Chris Dunne (90) ahead of Sandra Cole (85).'
	},
	{
		id: 'o-league_matches-09',
		question: 'how many goals have castle vale scored at home',
		tables: ['league_matches'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(home_goals) FROM league_matches WHERE homeTeam = 'Castle Vale FC'`,
		note: 'Games where Castle Vale FC is the home team (home_goals); they were never the listed home side of a final at the neutral County Ground.'
	},
	{
		id: 'o-league_matches-10',
		question: 'total attendance at memorial park',
		tables: ['league_matches'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM(Attendance) FROM league_matches WHERE Venue = 'Memorial Park'`
	},
	{
		id: 'o-league_matches-11',
		question: 'how many games have no attendance figure',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'filter-missing'],
		sql: 'SELECT COUNT(*) FROM league_matches WHERE Attendance IS NULL'
	},
	{
		id: 'o-league_matches-12',
		question: 'red cards per season',
		tables: ['league_matches'],
		tags: ['sum', 'group-by', 'synonym'],
		sql: 'SELECT Season, SUM(reds) FROM league_matches GROUP BY Season',
		note: 'Total red cards (the reds column), not the number of games with one.'
	},
	{
		id: 'o-league_matches-13',
		question: 'average yellow cards per match for each referee',
		tables: ['league_matches'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT Referee, AVG("Yellow Cards") FROM league_matches GROUP BY Referee'
	},
	{
		id: 'o-league_matches-14',
		question: 'which team gets the biggest home crowds on average',
		tables: ['league_matches'],
		tags: ['avg', 'group-by', 'top-n', 'synonym'],
		sql: 'SELECT homeTeam FROM league_matches GROUP BY homeTeam ORDER BY AVG(Attendance) DESC LIMIT 1',
		note: 'Fairview Town (578) well ahead of Castle Vale FC (437); the same with or without cup games.'
	},
	{
		id: 'o-league_matches-15',
		question: 'list the games with 8 or more goals - date, home team, away team and the score',
		tables: ['league_matches'],
		tags: ['rows-mode', 'filter-numeric', 'metric'],
		sql: 'SELECT "Match Date", homeTeam, awayTeam, home_goals, away_goals FROM league_matches WHERE home_goals + away_goals >= 8',
		note: 'The score is the two goal columns.'
	},
	{
		id: 'o-league_matches-16',
		question: 'how many matches were played in 2024',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'time-year'],
		sql: 'SELECT COUNT(*) FROM league_matches WHERE YEAR("Match Date") = 2024',
		note: 'Calendar year 2024 (parts of two seasons), not a season.'
	},
	{
		id: 'o-league_matches-17',
		question: 'number of games each month in the 2023/24 season',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'time-grain', 'filter-eq', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Match Date") AS m, COUNT(*) FROM league_matches WHERE Season = '2023/24' GROUP BY m`
	},
	{
		id: 'o-league_matches-18',
		question: 'how many games have dockside athletic played',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM league_matches WHERE homeTeam = 'Dockside Athletic' OR awayTeam = 'Dockside Athletic'`,
		note: 'Home and away games.'
	},
	{
		id: 'o-league_matches-19',
		question: 'which team has scored the most goals overall',
		tables: ['league_matches'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: 'SELECT team FROM (SELECT homeTeam AS team, home_goals AS goals FROM league_matches UNION ALL SELECT awayTeam, away_goals FROM league_matches) GROUP BY team ORDER BY SUM(goals) DESC LIMIT 1',
		note: 'Home goals as the home team plus away goals as the away team: Castle Vale FC (192) ahead of Ashford Rovers (179).'
	},
	{
		id: 'o-league_matches-20',
		question: 'matches since january 2025',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'time-since'],
		sql: `SELECT COUNT(*) FROM league_matches WHERE "Match Date" >= DATE '2025-01-01'`,
		note: 'Read as a count.'
	},
	{
		id: 'o-league_matches-21',
		question: 'how many home games did kingsmead play in 22/23',
		tables: ['league_matches'],
		tags: ['aggregate-count', 'filter-eq', 'fuzzy'],
		sql: `SELECT COUNT(*) FROM league_matches WHERE homeTeam = 'Kingsmead FC' AND Season = '2022/23'`,
		note: '"22/23" is the season 2022/23.'
	},
	{
		id: 'o-league_matches-22',
		question: 'median attendance at cup games',
		tables: ['league_matches'],
		tags: ['median', 'filter-eq'],
		sql: 'SELECT MEDIAN(Attendance) FROM league_matches WHERE "Cup Match"'
	},

	// ---------------------------------------------------------------- refusals
	{
		id: 'o-refuse-01',
		question: 'which product gets the most complaints',
		tables: ['support_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No product column; Category is the kind of issue, not the product.'
	},
	{
		id: 'o-refuse-02',
		question: 'how long do callers wait on hold before they get through',
		tables: ['support_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No hold or queue time; firstResponseHrs is 0 for every phone ticket.'
	},
	{
		id: 'o-refuse-03',
		question: 'how many tickets will we get next black friday',
		tables: ['support_tickets'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A forecast of the future, not in the data.'
	},
	{
		id: 'o-refuse-04',
		question: 'how much gas did we use in 2023',
		tables: ['home_energy'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Electricity only; no gas readings.'
	},
	{
		id: 'o-refuse-05',
		question: 'which appliance uses the most electricity',
		tables: ['home_energy'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Whole-house daily totals; no breakdown by appliance.'
	},
	{
		id: 'o-refuse-06',
		question: 'how much have we been paid for exporting solar to the grid',
		tables: ['home_energy'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Solar generation only; no export amounts or export payments.'
	},
	{
		id: 'o-refuse-07',
		question: 'who is the top goalscorer in the league',
		tables: ['league_matches'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Goals per team per match only; no players or scorers.'
	},
	{
		id: 'o-refuse-08',
		question: 'who will win the league next season',
		tables: ['league_matches'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'A prediction of the future, not in the data.'
	}
];
