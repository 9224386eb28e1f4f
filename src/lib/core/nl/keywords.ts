/**
 * Grammar phrases of the engine and the keyword each stands for. Phrases are plain English;
 * the matcher normalises them like question words.
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
	['tomorrow', 'forecast'],
	['upcoming', 'forecast'],
	['next', 'forecast'],
	['in the coming', 'forecast'],
	['expected to', 'forecast'],
	['why', 'why'],
	['reason why', 'why'],
	['what caused', 'why'],
	['explain', 'why']
];
