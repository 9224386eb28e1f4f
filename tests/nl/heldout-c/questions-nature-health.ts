import type { EvalQuestion } from '../harness/types';

/** Set C questions over species (habitat share per county) and obesity (rate per state). */
export const HELDOUT_C_NATURE_HEALTH_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hc-species-01',
		question: 'how many species are there',
		tables: ['species'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT common_name) FROM species'
	},
	{
		id: 'hc-species-02',
		question: 'average habitat percentage by species',
		tables: ['species'],
		tags: ['avg', 'group-by'],
		sql: 'SELECT common_name, AVG(habitat_yearround_pct) FROM species GROUP BY common_name'
	},
	{
		id: 'hc-species-03',
		question: 'how many counties have american robin habitat above 0.5',
		tables: ['species'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM species WHERE common_name = 'American Robin' AND habitat_yearround_pct > 0.5`
	},
	{
		id: 'hc-species-04',
		question: 'highest habitat share for white-tailed deer',
		tables: ['species'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX(habitat_yearround_pct) FROM species WHERE common_name = 'White-tailed Deer'`
	},
	{
		id: 'hc-species-05',
		question: 'which county has the most bullfrog habitat',
		tables: ['species'],
		tags: ['top-n', 'filter-eq', 'fuzzy'],
		sql: `SELECT county_id FROM species WHERE common_name = 'American Bullfrog' ORDER BY habitat_yearround_pct DESC LIMIT 1`
	},
	{
		id: 'hc-species-06',
		question: 'number of counties',
		tables: ['species'],
		tags: ['aggregate-distinct'],
		sql: 'SELECT COUNT(DISTINCT county_id) FROM species'
	},
	{
		id: 'hc-species-07',
		question: 'how many counties have no common gartersnake habitat',
		tables: ['species'],
		tags: ['aggregate-count', 'filter-eq', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM species WHERE common_name = 'Common Gartersnake' AND habitat_yearround_pct = 0`
	},
	{
		id: 'hc-species-08',
		question: 'average habitat_yearround_pct',
		tables: ['species'],
		tags: ['avg', 'quoting'],
		sql: 'SELECT AVG(habitat_yearround_pct) FROM species'
	},
	{
		id: 'hc-obesity-01',
		question: 'which state has the highest obesity rate',
		tables: ['obesity'],
		tags: ['top-n', 'ordering'],
		sql: 'SELECT state FROM obesity ORDER BY rate DESC LIMIT 1'
	},
	{
		id: 'hc-obesity-02',
		question: 'average obesity rate',
		tables: ['obesity'],
		tags: ['avg'],
		sql: 'SELECT AVG(rate) FROM obesity'
	},
	{
		id: 'hc-obesity-03',
		question: 'obesity rate in tx',
		tables: ['obesity'],
		tags: ['filter-eq'],
		sql: `SELECT rate FROM obesity WHERE state = 'TX'`
	},
	{
		id: 'hc-obesity-04',
		question: 'how many states have a rate above 0.15',
		tables: ['obesity'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: 'SELECT COUNT(*) FROM obesity WHERE rate > 0.15'
	},
	{
		id: 'hc-obesity-05',
		question: '5 states with the lowest rate',
		tables: ['obesity'],
		tags: ['top-n'],
		sql: 'SELECT state FROM obesity ORDER BY rate ASC LIMIT 5',
		isOrdered: true
	}
];
