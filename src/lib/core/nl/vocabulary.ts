import { normalizeWord } from './text';

/**
 * The fixed English vocabulary of the engine: grammar phrases, filler words, units and a small
 * list of generic lexical synonyms. Phrases are written in normalised form (see normalizeWord).
 */

export type Keyword =
	| 'count'
	| 'distinct'
	| 'sum'
	| 'avg'
	| 'median'
	| 'min'
	| 'max'
	| 'most'
	| 'least'
	| 'share'
	| 'percent'
	| 'by'
	| 'each'
	| 'top'
	| 'bottom'
	| 'sort'
	| 'asc'
	| 'desc'
	| 'gt'
	| 'lt'
	| 'gte'
	| 'lte'
	| 'eq'
	| 'between'
	| 'and'
	| 'or'
	| 'not'
	| 'contains'
	| 'starts'
	| 'ends'
	| 'missing'
	| 'present'
	| 'without'
	| 'with'
	| 'in'
	| 'since'
	| 'before'
	| 'after'
	| 'from'
	| 'to'
	| 'last'
	| 'distribution'
	| 'trend'
	| 'grain'
	| 'rows'
	| 'forecast'
	| 'why';

/** Multi-word phrases first within each keyword; the matcher prefers the longest phrase. */
export const KEYWORD_PHRASES: Array<[string, Keyword]> = [
	['how many different', 'distinct'],
	['how many distinct', 'distinct'],
	['how many unique', 'distinct'],
	['number of different', 'distinct'],
	['number of distinct', 'distinct'],
	['number of unique', 'distinct'],
	['count of distinct', 'distinct'],
	['count distinct', 'distinct'],
	['different', 'distinct'],
	['distinct', 'distinct'],
	['unique', 'distinct'],
	['how many', 'count'],
	['number of', 'count'],
	['count of', 'count'],
	['no of', 'count'],
	['count', 'count'],
	['frequency of', 'count'],
	['total number of', 'count'],
	['sum of', 'sum'],
	['sum', 'sum'],
	['total', 'sum'],
	['combined', 'sum'],
	['overall', 'sum'],
	['average', 'avg'],
	['avg', 'avg'],
	['mean', 'avg'],
	['typical', 'median'],
	['median', 'median'],
	['minimum', 'min'],
	['min', 'min'],
	['lowest', 'min'],
	['smallest', 'min'],
	['shortest', 'min'],
	['cheapest', 'min'],
	['least expensive', 'min'],
	['fewest', 'least'],
	['least', 'least'],
	['maximum', 'max'],
	['max', 'max'],
	['highest', 'max'],
	['largest', 'max'],
	['biggest', 'max'],
	['greatest', 'max'],
	['longest', 'max'],
	['heaviest', 'max'],
	['lightest', 'min'],
	['tallest', 'max'],
	['oldest', 'max'],
	['youngest', 'min'],
	['richest', 'max'],
	['poorest', 'min'],
	['fastest', 'max'],
	['slowest', 'min'],
	['most expensive', 'max'],
	['best', 'max'],
	['worst', 'min'],
	['most', 'most'],
	['share of', 'share'],
	['share', 'share'],
	['proportion of', 'share'],
	['proportion', 'share'],
	['fraction of', 'share'],
	['fraction', 'share'],
	['percentage of', 'percent'],
	['percentage', 'percent'],
	['percent of', 'percent'],
	['percent', 'percent'],
	['%', 'percent'],
	['broken down by', 'by'],
	['break down by', 'by'],
	['breakdown by', 'by'],
	['split by', 'by'],
	['grouped by', 'by'],
	['group by', 'by'],
	['by', 'by'],
	['per', 'by'],
	['for each', 'each'],
	['for every', 'each'],
	['each', 'each'],
	['every', 'each'],
	['across', 'each'],
	['top', 'top'],
	['first', 'top'],
	['bottom', 'bottom'],
	['sorted by', 'sort'],
	['sort by', 'sort'],
	['ordered by', 'sort'],
	['order by', 'sort'],
	['ranked by', 'sort'],
	['rank by', 'sort'],
	['in ascending order', 'asc'],
	['ascending', 'asc'],
	['in descending order', 'desc'],
	['descending', 'desc'],
	['desc', 'desc'],
	['asc', 'asc'],
	['more than', 'gt'],
	['greater than', 'gt'],
	['larger than', 'gt'],
	['higher than', 'gt'],
	['bigger than', 'gt'],
	['over', 'gt'],
	['above', 'gt'],
	['exceeding', 'gt'],
	['>', 'gt'],
	['less than', 'lt'],
	['fewer than', 'lt'],
	['lower than', 'lt'],
	['smaller than', 'lt'],
	['under', 'lt'],
	['below', 'lt'],
	['<', 'lt'],
	['at least', 'gte'],
	['or more', 'gte'],
	['no less than', 'gte'],
	['>=', 'gte'],
	['at most', 'lte'],
	['or less', 'lte'],
	['or fewer', 'lte'],
	['no more than', 'lte'],
	['up to', 'lte'],
	['<=', 'lte'],
	['equal to', 'eq'],
	['equals', 'eq'],
	['equal', 'eq'],
	['=', 'eq'],
	['between', 'between'],
	['and', 'and'],
	['or', 'or'],
	['not', 'not'],
	["isn't", 'not'],
	["aren't", 'not'],
	["don't", 'not'],
	["doesn't", 'not'],
	['except', 'not'],
	['except for', 'not'],
	['excluding', 'not'],
	['exclude', 'not'],
	['other than', 'not'],
	['apart from', 'not'],
	['non', 'not'],
	['!=', 'not'],
	['<>', 'not'],
	['containing', 'contains'],
	['contains', 'contains'],
	['contain', 'contains'],
	['including the word', 'contains'],
	['starting with', 'starts'],
	['starts with', 'starts'],
	['start with', 'starts'],
	['beginning with', 'starts'],
	['begins with', 'starts'],
	['ending with', 'ends'],
	['ends with', 'ends'],
	['end with', 'ends'],
	['is missing', 'missing'],
	['are missing', 'missing'],
	['is null', 'missing'],
	['are null', 'missing'],
	['is empty', 'missing'],
	['is unknown', 'missing'],
	['missing', 'missing'],
	['is not missing', 'present'],
	['is not null', 'present'],
	['are not missing', 'present'],
	['are not null', 'present'],
	['is known', 'present'],
	['without', 'without'],
	['with no', 'without'],
	['no', 'without'],
	['lacking', 'without'],
	['with', 'with'],
	['having', 'with'],
	['where', 'with'],
	['whose', 'with'],
	['that have', 'with'],
	['which have', 'with'],
	['in', 'in'],
	['during', 'in'],
	['on', 'in'],
	['for', 'in'],
	['within', 'in'],
	['since', 'since'],
	['starting', 'since'],
	['before', 'before'],
	['until', 'before'],
	['prior to', 'before'],
	['after', 'after'],
	['from', 'from'],
	['to', 'to'],
	['through', 'to'],
	['till', 'to'],
	['last', 'last'],
	['past', 'last'],
	['previous', 'last'],
	['recent', 'last'],
	['most recent', 'last'],
	['distribution of', 'distribution'],
	['distribution', 'distribution'],
	['histogram of', 'distribution'],
	['histogram', 'distribution'],
	['spread of', 'distribution'],
	['trend of', 'trend'],
	['trend in', 'trend'],
	['trend', 'trend'],
	['over time', 'trend'],
	['over the year', 'trend'],
	['evolution of', 'trend'],
	['evolve', 'trend'],
	['change over time', 'trend'],
	['changed over time', 'trend'],
	['list', 'rows'],
	['show me all', 'rows'],
	['will', 'forecast'],
	['forecast', 'forecast'],
	['predict', 'forecast'],
	['prediction', 'forecast'],
	['projected', 'forecast'],
	['next year', 'forecast'],
	['next month', 'forecast'],
	['next week', 'forecast'],
	['next quarter', 'forecast'],
	['going to', 'forecast'],
	['future', 'forecast'],
	['expected to', 'forecast'],
	['why', 'why'],
	['reason why', 'why'],
	['what caused', 'why'],
	['explain', 'why']
];

export type Grain = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day' | 'weekday' | 'hour';

export const GRAIN_WORDS: Record<string, Grain> = {
	decade: 'decade',
	year: 'year',
	yearly: 'year',
	annual: 'year',
	annually: 'year',
	quarter: 'quarter',
	quarterly: 'quarter',
	month: 'month',
	monthly: 'month',
	week: 'week',
	weekly: 'week',
	day: 'day',
	daily: 'day',
	date: 'day',
	weekday: 'weekday',
	'day of week': 'weekday',
	'day of the week': 'weekday',
	hour: 'hour',
	hourly: 'hour'
};

export const MONTHS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sep: 9,
	sept: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};

/** Words that are allowed to be left over without lowering confidence. */
export const HARMLESS = new Set(
	(
		'what which who is are was were the a an show me give tell list display get find return ' +
		'plot chart draw graph compute calculate see please can could would you i we want like ' +
		'there it its this that these those do does did have has had be been their them they ' +
		'how much value values data record records row rows entry entries item items result ' +
		'results table dataset one ones thing things total overall whole entire ' +
		'different all any some each every also just only ever respectively according ' +
		'order ordered sorted ranked rank sort descending ascending name names and or of in on ' +
		'for to by with from at as than then so about across time times when where whose ' +
		'same out off up down into over under per s amount level figure number count ' +
		'many much happen happened occur occurred recorded measured seen observed listed'
	)
		.split(' ')
		.map(normalizeWord)
);

/** Units and noise that column names carry but people rarely say. */
export const NAME_NOISE = new Set(
	(
		'mm cm km kg g lb lbs oz in of per the a usd eur $ pct num no id knots mph kph'
	).split(' ')
);

/** Superlatives that name their dimension: "the heaviest car" sorts by a weight column. */
export const SUPERLATIVE_DIMENSIONS: Record<string, string[]> = {
	heaviest: ['weight', 'mass'],
	lightest: ['weight', 'mass'],
	longest: ['length', 'duration', 'running', 'runtime'],
	shortest: ['length', 'duration', 'running', 'runtime', 'height'],
	fastest: ['speed'],
	slowest: ['speed'],
	tallest: ['height'],
	oldest: ['age'],
	youngest: ['age'],
	cheapest: ['price', 'cost'],
	'most expensive': ['price', 'cost'],
	'least expensive': ['price', 'cost'],
	richest: ['income', 'wealth'],
	poorest: ['income', 'wealth']
};

/** Unit words dropped only at the end of a longer name ("Running Time min"). */
export const TRAILING_UNITS = new Set(['min', 'mins', 'sec', 'secs', 's', 'ms', 'm', 'h', 'hr', 'hrs']);

/**
 * Generic lexical synonyms: question word → words that may appear in a column name. They only
 * apply when such a column exists; they never invent columns.
 */
export const BUILTIN_SYNONYMS: Record<string, string[]> = {
	mpg: ['mile per gallon'],
	qty: ['quantity'],
	quantity: ['qty'],
	amt: ['amount'],
	amount: ['amt'],
	avg: ['average'],
	temperature: ['temp'],
	temp: ['temperature'],
	population: ['pop'],
	pop: ['population'],
	expectancy: ['expect'],
	precip: ['precipitation'],
	rainfall: ['precipitation'],
	rain: ['precipitation'],
	weight: ['mass'],
	mass: ['weight'],
	cost: ['price'],
	price: ['cost'],
	revenue: ['sales', 'gross'],
	sales: ['revenue'],
	earnings: ['gross'],
	speed: ['velocity'],
	country: ['nation'],
	nation: ['country'],
	film: ['movie', 'title'],
	movie: ['film', 'title'],
	runtime: ['running time'],
	length: ['duration'],
	duration: ['length', 'running time'],
	mileage: ['mile per gallon'],
	fuel: ['mile per gallon'],
	gender: ['sex'],
	sex: ['gender'],
	death: ['fatality'],
	fatality: ['death'],
	stock: ['symbol'],
	ticker: ['symbol'],
	dept: ['department'],
	department: ['dept'],
	desc: ['description'],
	description: ['desc'],
	yr: ['year'],
	mo: ['month'],
	hp: ['horsepower'],
	horsepower: ['hp'],
	airline: ['operator'],
	carrier: ['operator', 'airline']
};
