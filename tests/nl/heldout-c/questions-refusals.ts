import type { EvalQuestion } from '../harness/types';

/** Set C questions the data cannot answer: the engine must refuse. */
export const HELDOUT_C_REFUSAL_QUESTIONS: EvalQuestion[] = [
	{
		id: 'hc-refuse-01',
		question: 'how many passengers flew from ord',
		tables: ['flights_5k'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no passenger column'
	},
	{
		id: 'hc-refuse-02',
		question: 'why are flights from ewr delayed',
		tables: ['flights_5k'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	},
	{
		id: 'hc-refuse-03',
		question: 'what will the temperature be next january',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'a prediction'
	},
	{
		id: 'hc-refuse-04',
		question: 'what was the humidity in march',
		tables: ['seattle_weather_hourly_normals'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no humidity column'
	},
	{
		id: 'hc-refuse-05',
		question: 'what will the closing price be tomorrow',
		tables: ['ohlc'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'a prediction'
	},
	{
		id: 'hc-refuse-06',
		question: 'how much trading volume was there in june',
		tables: ['ohlc'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no volume column'
	},
	{
		id: 'hc-refuse-07',
		question: 'which candidate won the election',
		tables: ['political_contributions'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no election results'
	},
	{
		id: 'hc-refuse-08',
		question: 'what is the diabetes rate in texas',
		tables: ['obesity'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'only obesity rates'
	},
	{
		id: 'hc-refuse-09',
		question: 'how many birds were seen in each county',
		tables: ['species'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'habitat shares, not sightings'
	}
];
