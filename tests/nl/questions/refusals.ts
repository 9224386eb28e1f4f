import type { EvalQuestion } from '../harness/types';

/** Questions the data cannot answer, or that do not say what they want: the engine must refuse. */
export const REFUSAL_QUESTIONS: EvalQuestion[] = [
	{
		id: 'refuse-01',
		question: 'What will the average horsepower be in 1990?',
		tables: ['cars'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast beyond the data (1970-1982)'
	},
	{
		id: 'refuse-02',
		question: 'Why are American cars heavier?',
		context: 'cars',
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	},
	{
		id: 'refuse-03',
		question: 'Show me the best car',
		tables: ['cars'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: '"best" has no measure'
	},
	{
		id: 'refuse-04',
		question: 'average price of cars by origin',
		tables: ['cars'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no price column'
	},
	{
		id: 'refuse-05',
		question: 'Which movie won the most Oscars?',
		tables: ['movies'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no awards column'
	},
	{
		id: 'refuse-06',
		question: "predict next year's box office",
		tables: ['movies'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast'
	},
	{
		id: 'refuse-07',
		question: 'What will the weather be tomorrow?',
		tables: ['seattle_weather'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast'
	},
	{
		id: 'refuse-08',
		question: 'average humidity per month',
		tables: ['seattle_weather'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no humidity column'
	},
	{
		id: 'refuse-09',
		question: 'lowest price ever for amazon',
		tables: ['stocks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no value "amazon" (the symbol is AMZN) and no synonym says so: answering would drop the filter'
	},
	{
		id: 'refuse-10',
		question: 'Should I buy AAPL?',
		tables: ['stocks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'advice'
	},
	{
		id: 'refuse-11',
		question: 'trading volume of IBM in 2005',
		tables: ['stocks'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no volume column'
	},
	{
		id: 'refuse-12',
		question: 'average wingspan of penguins',
		tables: ['penguins'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no wingspan column'
	},
	{
		id: 'refuse-13',
		question: 'why are gentoo penguins bigger',
		tables: ['penguins'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'asks for a cause'
	},
	{
		id: 'refuse-14',
		question: 'GDP per capita of Japan in 2000',
		tables: ['gapminder'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no GDP column'
	},
	{
		id: 'refuse-15',
		question: 'How many passengers were injured?',
		tables: ['birdstrikes'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no injuries column'
	},
	{
		id: 'refuse-16',
		question: 'what is the most dangerous bird',
		context: 'birdstrikes',
		tags: ['refuse'],
		shouldRefuse: true,
		note: '"dangerous" has no measure'
	},
	{
		id: 'refuse-17',
		question: 'How busy is each airport?',
		tables: ['airports'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'the airports table alone has no traffic'
	},
	{
		id: 'refuse-18',
		question: 'flight delays by airline',
		context: 'flights',
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no delay or airline column'
	},
	{
		id: 'refuse-19',
		question: "what is Alan's salary",
		context: 'people',
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no salary column'
	},
	{
		id: 'refuse-20',
		question: 'How many people will die in earthquakes next year?',
		tables: ['disasters'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast'
	},
	{
		id: 'refuse-21',
		question: 'What is the cost of solar power?',
		tables: ['iowa_electricity'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no cost column, no solar source'
	},
	{
		id: 'refuse-22',
		question: 'Which state has the highest unemployment?',
		tables: ['unemployment'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'only county ids, no state'
	},
	{
		id: 'refuse-23',
		question: 'Is it going to rain this weekend?',
		context: 'weather',
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'forecast'
	},
	{
		id: 'refuse-24',
		question: 'show me something interesting about the movies',
		tables: ['movies'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'vague'
	},
	{
		id: 'refuse-25',
		question: 'compare them',
		tables: ['cars'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no subject'
	},
	{
		id: 'refuse-26',
		question: 'asdf qwerty zxcv',
		tables: ['gapminder'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'gibberish'
	},
	{
		id: 'refuse-27',
		question: 'how many penguins are happy',
		tables: ['penguins'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no mood column or value'
	},
	{
		id: 'refuse-28',
		question: 'average salary by industry',
		tables: ['unemployment_across_industries'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'no salary column'
	}
];
