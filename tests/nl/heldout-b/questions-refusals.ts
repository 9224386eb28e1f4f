import type { EvalQuestion } from '../harness/types';

/** Set B questions the data cannot answer: the engine must refuse. */
export const HELDOUT_B_REFUSAL_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hb-refuse-01',
		question: 'which monarch had the most children',
		tables: ['monarchs'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no children column'
	},
	{
		id: 'hb-refuse-02',
		question: 'what is the unemployment rate in Brazil',
		tables: ['health_income'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no unemployment column'
	},
	{
		id: 'hb-refuse-03',
		question: 'how much damage did hurricanes cause in florida',
		tables: ['engineers_hurricanes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'counts hurricanes, not damage'
	},
	{
		id: 'hb-refuse-04',
		question: 'what is the population of zip code 10001',
		tables: ['zipcodes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no population column'
	},
	{
		id: 'hb-refuse-05',
		question: 'how many people will have jobs in 2030',
		tables: ['us_employment'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast beyond the data (2006-2015)'
	},
	{
		id: 'hb-refuse-06',
		question: 'what was the trading volume in 2008',
		tables: ['sp500'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'prices only, no volume'
	},
	{
		id: 'hb-refuse-07',
		question: 'who made the most commits',
		tables: ['github'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no author column'
	},
	{
		id: 'hb-refuse-08',
		question: 'which antibiotic is the cheapest',
		tables: ['burtin'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no cost column'
	},
	{
		id: 'hb-refuse-09',
		question: 'population of each state capital',
		tables: ['state_capitals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no population column'
	},
	{
		id: 'hb-refuse-10',
		question: 'price of bread in 1700',
		tables: ['wheat'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'wheat prices, not bread'
	},
	{
		id: 'hb-refuse-11',
		question: 'why is income higher in europe',
		tables: ['health_income'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	}
];
