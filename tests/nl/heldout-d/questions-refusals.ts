import type { EvalQuestion } from '../harness/types';

/** Set D questions the data cannot answer: the engine must refuse. */
export const HELDOUT_D_REFUSAL_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hd-refuse-01',
		question: 'what will the average wage be in 1990',
		tables: ['cps_wages_1985'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'a prediction'
	},
	{
		id: 'hd-refuse-02',
		question: 'why do women earn less than men',
		tables: ['cps_wages_1985'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	},
	{
		id: 'hd-refuse-03',
		question: 'average height of workers',
		tables: ['cps_wages_1985'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no height column'
	},
	{
		id: 'hd-refuse-04',
		question: 'how many workers have children',
		tables: ['cps_wages_1985'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no children column'
	},
	{
		id: 'hd-refuse-05',
		question: 'how many twins were born in 1980',
		tables: ['us_births_1969_1988'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no twins column'
	},
	{
		id: 'hd-refuse-06',
		question: 'how many births will there be in 1995',
		tables: ['us_births_1969_1988'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'a prediction'
	},
	{
		id: 'hd-refuse-07',
		question: 'births by state',
		tables: ['us_births_1969_1988'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no state column'
	},
	{
		id: 'hd-refuse-08',
		question: 'how many houses have a swimming pool',
		tables: ['boston_house_prices'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no pool column'
	},
	{
		id: 'hd-refuse-09',
		question: 'why are houses near the river more expensive',
		tables: ['boston_house_prices'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	},
	{
		id: 'hd-refuse-10',
		question: 'how many nurses were there in march 1855',
		tables: ['crimean_war_deaths'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no nurses column'
	},
	{
		id: 'hd-refuse-11',
		question: 'how many horses did the army have',
		tables: ['army'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no horses column'
	},
	{
		id: 'hd-refuse-12',
		question: 'population of each borough',
		tables: ['london_centroids'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no population column'
	}
];
