import type { EvalQuestion } from '../harness/types';

/** Held-out questions the data cannot answer: the engine must refuse. */
export const HELDOUT_REFUSAL_QUESTIONS: EvalQuestion[] = [
	{
		id: 'ho-refuse-01',
		question: 'what was the humidity in Seattle',
		tables: ['weather'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no humidity column'
	},
	{
		id: 'ho-refuse-02',
		question: 'what will the US population be in 2050',
		tables: ['population'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast beyond the data (1850-2000)'
	},
	{
		id: 'ho-refuse-03',
		question: 'average salary of teachers',
		tables: ['jobs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no salary column'
	},
	{
		id: 'ho-refuse-04',
		question: 'how many yellow cards per game',
		tables: ['football'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no cards column'
	},
	{
		id: 'ho-refuse-05',
		question: 'which barley variety tastes best',
		tables: ['barley'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no taste measure'
	},
	{
		id: 'ho-refuse-06',
		question: 'why did disease deaths drop after 1855',
		tables: ['crimea'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	},
	{
		id: 'ho-refuse-07',
		question: 'how many people were arrested during the riots',
		tables: ['la_riots'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'the table lists deaths, not arrests'
	},
	{
		id: 'ho-refuse-08',
		question: 'median rent by region',
		tables: ['income'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no rent column'
	},
	{
		id: 'ho-refuse-09',
		question: 'how much did sea level rise since 1958',
		tables: ['co2_concentration'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no sea level column'
	},
	{
		id: 'ho-refuse-10',
		question: 'predict the global temperature for next year',
		tables: ['global_temp'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast'
	},
	{
		id: 'ho-refuse-11',
		question: 'how many fans attended each game',
		tables: ['football'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no attendance column'
	}
];
