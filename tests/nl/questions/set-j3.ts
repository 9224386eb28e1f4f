import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set J3: questions over one table the engine had not seen: the Node.js release list shipped in
 * the npm package node-releases (data/processed/envs.json), one row per minor release (x.y.0,
 * plus four 27.0.0 alphas), 389 rows from 2011-08-26 to 2026-11-30. Columns as imported: name
 * (always 'nodejs'), version (text, e.g. '18.12.0'), date (imported as a timestamp and cast to
 * DATE in `select`), lts (text: 'false' for non-LTS releases, otherwise the LTS codename such as
 * 'Argon', 'Boron', ..., 'Lithium', because the JSON mixes false and strings), security
 * (boolean) and v8 (text, e.g. '10.2.154.4'). Written before the engine was run on this table.
 */
export const SET_J3_TABLE_SOURCES: TableSource[] = [
	{
		name: 'node_releases',
		humanName: 'Node.js releases',
		dataPackage: 'node-releases',
		file: '../data/processed/envs.json',
		format: 'json',
		select: 'name, version, CAST(date AS DATE) AS date, lts, security, v8'
	}
];

export const SET_J3_QUESTIONS: EvalQuestion[] = [
	// ---------------------------------------------------------------- node releases
	{
		id: 'j3-node_releases-01',
		question: 'how many node releases are there',
		tables: ['node_releases'],
		tags: ['aggregate-count'],
		sql: 'SELECT COUNT(*) FROM node_releases'
	},
	{
		id: 'j3-node_releases-02',
		question: 'number of releases per year',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by', 'time-grain'],
		sql: 'SELECT YEAR(date) AS year, COUNT(*) FROM node_releases GROUP BY YEAR(date)',
		note: 'No releases in 2014, so that year is absent (an engine listing it with 0 is also defensible).'
	},
	{
		id: 'j3-node_releases-03',
		question: 'Which year had the most releases?',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'WITH y AS (SELECT YEAR(date) AS year, COUNT(*) AS n FROM node_releases GROUP BY YEAR(date)) SELECT year FROM y WHERE n = (SELECT MAX(n) FROM y)',
		note: 'Tie: 2018 and 2020 both have 42 releases; a careful answer names both.'
	},
	{
		id: 'j3-node_releases-04',
		question: 'list all the LTS codenames',
		tables: ['node_releases'],
		tags: ['aggregate-distinct', 'filter-negation'],
		sql: "SELECT DISTINCT lts FROM node_releases WHERE lts <> 'false'",
		note: "lts is text: 'false' for non-LTS releases, otherwise the codename."
	},
	{
		id: 'j3-node_releases-05',
		question: 'how many LTS releases',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: "SELECT COUNT(*) FROM node_releases WHERE lts <> 'false'"
	},
	{
		id: 'j3-node_releases-06',
		question: 'releases per LTS codename',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by', 'filter-negation'],
		sql: "SELECT lts, COUNT(*) FROM node_releases WHERE lts <> 'false' GROUP BY lts"
	},
	{
		id: 'j3-node_releases-07',
		question: 'Which LTS codename has the fewest releases?',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'filter-negation'],
		sql: "SELECT lts FROM node_releases WHERE lts <> 'false' GROUP BY lts ORDER BY COUNT(*) LIMIT 1",
		note: "Lithium (2 releases so far); the 'false' group must not count as a codename."
	},
	{
		id: 'j3-node_releases-08',
		question: 'how many security releases have there been',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: 'SELECT COUNT(*) FROM node_releases WHERE security'
	},
	{
		id: 'j3-node_releases-09',
		question: 'share of releases that were security releases',
		tables: ['node_releases'],
		tags: ['share', 'filter-eq'],
		sql: 'SELECT AVG(CASE WHEN security THEN 1.0 ELSE 0.0 END) FROM node_releases',
		isShare: true
	},
	{
		id: 'j3-node_releases-10',
		question: 'What percentage of LTS releases were security fixes?',
		tables: ['node_releases'],
		tags: ['share', 'filter-negation', 'synonym'],
		sql: "SELECT AVG(CASE WHEN security THEN 1.0 ELSE 0.0 END) FROM node_releases WHERE lts <> 'false'",
		isShare: true
	},
	{
		id: 'j3-node_releases-11',
		question: 'list the security releases from 2020',
		tables: ['node_releases'],
		tags: ['rows-mode', 'filter-eq', 'time-year'],
		sql: 'SELECT version FROM node_releases WHERE security AND YEAR(date) = 2020'
	},
	{
		id: 'j3-node_releases-12',
		question: 'when was node 18.0.0 released?',
		tables: ['node_releases'],
		tags: ['filter-eq', 'quoting'],
		sql: "SELECT date FROM node_releases WHERE version = '18.0.0'"
	},
	{
		id: 'j3-node_releases-13',
		question: 'date of the first release in the data',
		tables: ['node_releases'],
		tags: ['min'],
		sql: 'SELECT MIN(date) FROM node_releases'
	},
	{
		id: 'j3-node_releases-14',
		question: "what's the newest Iron release",
		tables: ['node_releases'],
		tags: ['filter-eq', 'top-n', 'fuzzy'],
		sql: "SELECT version FROM node_releases WHERE lts = 'Iron' ORDER BY date DESC LIMIT 1",
		note: "20.20.0 (2026-01-12). Sorting the version text would wrongly give '20.9.0'."
	},
	{
		id: 'j3-node_releases-15',
		question: 'versions starting with 18.',
		tables: ['node_releases'],
		tags: ['rows-mode', 'filter-contains'],
		sql: "SELECT version FROM node_releases WHERE version LIKE '18.%'"
	},
	{
		id: 'j3-node_releases-16',
		question: 'How many Node 16 releases were there?',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'filter-contains'],
		sql: "SELECT COUNT(*) FROM node_releases WHERE version LIKE '16.%'",
		note: 'Major line 16 = versions 16.x (16.0.0 to 16.20.0), not only the Gallium LTS ones.'
	},
	{
		id: 'j3-node_releases-17',
		question: 'which V8 version does node 20.0.0 ship with',
		tables: ['node_releases'],
		tags: ['filter-eq'],
		sql: "SELECT v8 FROM node_releases WHERE version = '20.0.0'"
	},
	{
		id: 'j3-node_releases-18',
		question: 'how many different v8 versions',
		tables: ['node_releases'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT v8) FROM node_releases'
	},
	{
		id: 'j3-node_releases-19',
		question: 'releases since 2024',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'time-since'],
		sql: "SELECT COUNT(*) FROM node_releases WHERE date >= DATE '2024-01-01'",
		note: 'Read as a count (102); an engine listing the 102 rows is answering a different shape.'
	},
	{
		id: 'j3-node_releases-20',
		question: 'How many releases between 2016 and 2018?',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'time-range'],
		sql: 'SELECT COUNT(*) FROM node_releases WHERE YEAR(date) BETWEEN 2016 AND 2018',
		note: 'Both years inclusive (through 31 Dec 2018).'
	},
	{
		id: 'j3-node_releases-21',
		question: 'how many releases were not LTS',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: "SELECT COUNT(*) FROM node_releases WHERE lts = 'false'"
	},
	{
		id: 'j3-node_releases-22',
		question: 'releases by month in 2023',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by', 'time-grain', 'time-year'],
		sql: 'SELECT MONTH(date) AS month, COUNT(*) FROM node_releases WHERE YEAR(date) = 2023 GROUP BY MONTH(date)'
	},
	{
		id: 'j3-node_releases-23',
		question: 'what v8 did the first Gallium release use?',
		tables: ['node_releases'],
		tags: ['filter-eq', 'min'],
		sql: "SELECT v8 FROM node_releases WHERE lts = 'Gallium' ORDER BY date LIMIT 1",
		note: '16.13.0 (2021-10-26), V8 9.4.146.19.'
	},
	{
		id: 'j3-node_releases-24',
		question: 'average number of releases per year since 2015',
		tables: ['node_releases'],
		tags: ['avg', 'group-by', 'time-since'],
		sql: 'SELECT AVG(n) FROM (SELECT YEAR(date) AS y, COUNT(*) AS n FROM node_releases WHERE YEAR(date) >= 2015 GROUP BY YEAR(date))',
		note: 'Every year 2015-2026 has releases, so no empty years to worry about; 2015 included.'
	},
	{
		id: 'j3-node_releases-25',
		question: 'which versions came out on 2018-03-28',
		tables: ['node_releases'],
		tags: ['rows-mode', 'filter-eq'],
		sql: "SELECT version FROM node_releases WHERE date = DATE '2018-03-28'"
	},
	{
		id: 'j3-node_releases-26',
		question: 'show me the Argon releases with their dates',
		tables: ['node_releases'],
		tags: ['rows-mode', 'filter-eq'],
		sql: "SELECT version, date FROM node_releases WHERE lts = 'Argon'"
	},
	{
		id: 'j3-node_releases-27',
		question: 'security releases that were not LTS - how many?',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'filter-negation'],
		sql: "SELECT COUNT(*) FROM node_releases WHERE security AND lts = 'false'"
	},
	{
		id: 'j3-node_releases-28',
		question: 'top 3 years by number of security releases',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: 'SELECT YEAR(date) AS year FROM node_releases WHERE security GROUP BY YEAR(date) ORDER BY COUNT(*) DESC LIMIT 3',
		isOrdered: true,
		note: '2018 (8), 2020 (7), 2026 (6); no ties among the top 3.'
	},
	{
		id: 'j3-node_releases-29',
		question: 'last release of the 0.x line',
		tables: ['node_releases'],
		tags: ['filter-contains', 'top-n'],
		sql: "SELECT version FROM node_releases WHERE version LIKE '0.%' ORDER BY date DESC LIMIT 1",
		note: "0.12.0 (2015-02-06); sorting the version text would give '0.9.0'."
	},
	{
		id: 'j3-node_releases-30',
		question: 'count of releases per major version',
		tables: ['node_releases'],
		tags: ['aggregate-count', 'group-by'],
		sql: "SELECT CAST(split_part(version, '.', 1) AS INTEGER) AS major, COUNT(*) FROM node_releases GROUP BY major",
		note: 'Major = the number before the first dot; the four 27.0.0 alphas count under 27. 25 groups.'
	},
	{
		id: 'j3-node_releases-31',
		question: 'When did Node 22 become LTS?',
		tables: ['node_releases'],
		tags: ['min', 'filter-contains', 'filter-negation'],
		sql: "SELECT MIN(date) FROM node_releases WHERE version LIKE '22.%' AND lts <> 'false'",
		note: 'First 22.x release with an LTS codename (Jod): 22.11.0 on 2024-10-29.'
	},
	// ---------------------------------------------------------------- refusals
	{
		id: 'j3-refuse-01',
		question: 'how many downloads did node 18 get',
		tables: ['node_releases'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No download figures in the table.'
	},
	{
		id: 'j3-refuse-02',
		question: 'which npm version ships with node 20.0.0?',
		tables: ['node_releases'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only the V8 version is recorded, not npm.'
	},
	{
		id: 'j3-refuse-03',
		question: 'When does Hydrogen reach end of life?',
		tables: ['node_releases'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'End-of-life dates are not in the data (only release dates).'
	}
];
