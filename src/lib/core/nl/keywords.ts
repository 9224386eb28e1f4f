/**
 * Grammar phrases of the engine and the keyword each stands for. Phrases are plain English;
 * the matcher normalises them like question words.
 */
import { COMPARATIVE_PHRASES } from './dimensions';
import { CROSSINGS } from './vocabulary';
import { UNANSWERABLE_PHRASES } from './unanswerable-phrases';

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
	| 'why'
	| 'overall';

/** Superlatives of density, height above the sea and records, highs then lows. */
const RECORD_HIGHS =
	'most densely populated|least sparsely populated|densest|all-time high|all time high|record high|highest lying';
const RECORD_LOWS =
	'least densely populated|most sparsely populated|all-time low|all time low|record low|lowest lying';

/** The first end of a sort ("busiest first", "most recent first"). */
const ENDS_LOW_FIRST = 'shortest|lightest|cheapest|quietest|oldest|earliest|least|least recent';
const ENDS_HIGH_FIRST =
	'tallest|longest|heaviest|busiest|newest|latest|dearest|greatest|most recent|most expensive';

/** Multi-word phrases first within each keyword; the matcher prefers the longest phrase. */
export const KEYWORD_PHRASES: Array<[string, Keyword]> = [
	...COMPARATIVE_PHRASES,
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
	['earliest', 'min'],
	['latest', 'max'],
	['newest', 'max'],
	['most recently', 'max'],
	['least recently', 'min'],
	['northernmost', 'max'],
	['southernmost', 'min'],
	['easternmost', 'max'],
	['westernmost', 'min'],
	['richest', 'max'],
	['poorest', 'min'],
	['fastest', 'max'],
	['slowest', 'min'],
	['most expensive', 'max'],
	...RECORD_HIGHS.split('|').map((w): [string, Keyword] => [w, 'max']),
	...RECORD_LOWS.split('|').map((w): [string, Keyword] => [w, 'min']),
	['best', 'max'],
	['worst', 'min'],
	['busiest', 'most'],
	['most times', 'most'], // ("picked the most times": how often, not a column of times)
	['fewest times', 'least'],
	['least times', 'least'],
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
	// "with and without cancer": one group with, one without
	['with and without', 'by'],
	['with or without', 'by'],
	['without and with', 'by'],
	['for each', 'each'],
	['for every', 'each'],
	['each', 'each'],
	['every', 'each'],
	// "average temperature across all countries": one figure over all of them, not one each
	['across all', 'overall'],
	['over all', 'overall'],
	['of all', 'overall'],
	['for all', 'overall'],
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
	// "from largest to smallest", "low to high": the order of a sort
	['from largest to smallest', 'desc'],
	['largest to smallest', 'desc'],
	['from smallest to largest', 'asc'],
	['smallest to largest', 'asc'],
	['from highest to lowest', 'desc'],
	['highest to lowest', 'desc'],
	['from lowest to highest', 'asc'],
	['lowest to highest', 'asc'],
	['from biggest to smallest', 'desc'],
	['biggest to smallest', 'desc'],
	['from smallest to biggest', 'asc'],
	['smallest to biggest', 'asc'],
	['from most to least', 'desc'],
	['most to least', 'desc'],
	['from least to most', 'asc'],
	['least to most', 'asc'],
	['from most to fewest', 'desc'],
	['most to fewest', 'desc'],
	['from fewest to most', 'asc'],
	['fewest to most', 'asc'],
	['from high to low', 'desc'],
	['high to low', 'desc'],
	['from low to high', 'asc'],
	['low to high', 'asc'],
	['from greatest to least', 'desc'],
	['greatest to least', 'desc'],
	['from least to greatest', 'asc'],
	['least to greatest', 'asc'],
	['from best to worst', 'desc'],
	['best to worst', 'desc'],
	['from worst to best', 'asc'],
	['worst to best', 'asc'],
	['from newest to oldest', 'desc'],
	['newest to oldest', 'desc'],
	['from oldest to newest', 'asc'],
	['oldest to newest', 'asc'],
	['from latest to earliest', 'desc'],
	['latest to earliest', 'desc'],
	['from earliest to latest', 'asc'],
	['earliest to latest', 'asc'],
	['in ascending order', 'asc'],
	['ascending', 'asc'],
	['in descending order', 'desc'],
	['highest first', 'desc'],
	['largest first', 'desc'],
	['biggest first', 'desc'],
	['most first', 'desc'],
	['lowest first', 'asc'],
	['smallest first', 'asc'],
	['fewest first', 'asc'],
	...ENDS_LOW_FIRST.split('|').map((w): [string, Keyword] => [`${w} first`, 'asc']),
	...ENDS_HIGH_FIRST.split('|').map((w): [string, Keyword] => [`${w} first`, 'desc']),
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
	// verbs of crossing a bound: "volume topped 60 million", "temperatures fell below 0"
	['exceeded', 'gt'],
	['exceeds', 'gt'],
	['exceed', 'gt'],
	['topped', 'gt'],
	['surpassed', 'gt'],
	...CROSSINGS.flatMap(([verbs, bounds, kw]) =>
		verbs.flatMap((verb) => bounds.map((b): [string, Keyword] => [`${verb} ${b}`, kw]))
	),
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
	...['or higher', 'or above', 'or over', 'or greater', 'and over', 'and above', 'or better'].map(
		(w): [string, Keyword] => [w, 'gte']
	),
	['no less than', 'gte'],
	['>=', 'gte'],
	['at most', 'lte'],
	['or less', 'lte'],
	['or fewer', 'lte'],
	...['or lower', 'or below', 'or under', 'and under', 'and below', 'or worse'].map(
		(w): [string, Keyword] => [w, 'lte']
	),
	['no more than', 'lte'],
	['up to', 'lte'],
	['<=', 'lte'],
	['exactly', 'eq'],
	['equal to', 'eq'],
	['equals', 'eq'],
	['equal', 'eq'],
	['=', 'eq'],
	['between', 'between'],
	['and', 'and'],
	['vs', 'and'],
	['versus', 'and'],
	['compared to', 'and'],
	['compared with', 'and'],
	['or', 'or'],
	['not', 'not'],
	["isn't", 'not'],
	["aren't", 'not'],
	["don't", 'not'],
	["doesn't", 'not'],
	...["haven't", "hasn't", "hadn't", "wasn't", "weren't", "didn't", "won't"].map(
		(w): [string, Keyword] => [w, 'not']
	),
	['except', 'not'],
	['outside', 'not'],
	['outside of', 'not'],
	['except for', 'not'],
	['excluding', 'not'],
	['not counting', 'not'],
	['not including', 'not'],
	['leaving out', 'not'],
	['exclude', 'not'],
	['other than', 'not'],
	['apart from', 'not'],
	['non', 'not'],
	['!=', 'not'],
	['<>', 'not'],
	['containing', 'contains'],
	['contains', 'contains'],
	['contain', 'contains'],
	['includes', 'contains'],
	['include', 'contains'],
	['including', 'contains'],
	['including the word', 'contains'],
	...['mention', 'mentions', 'mentioning', 'mentioned'].map((w): [string, Keyword] => [
		w,
		'contains'
	]),
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
	['later than', 'after'],
	['earlier than', 'before'],
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
	['changed', 'trend'],
	['evolved', 'trend'],
	['list', 'rows'],
	['show me all', 'rows'],
	...UNANSWERABLE_PHRASES
];
