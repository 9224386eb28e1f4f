import { normalizeWord } from './text';

/**
 * The fixed English vocabulary of the engine: grammar phrases, filler words, units and a small
 * list of generic lexical synonyms. Phrases are written in normalised form (see normalizeWord).
 */

export type Grain =
	'decade' | 'year' | 'quarter' | 'month' | 'month_of_year' | 'week' | 'day' | 'weekday' | 'hour';

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
	'month of year': 'month_of_year',
	'month of the year': 'month_of_year',
	week: 'week',
	weekly: 'week',
	day: 'day',
	daily: 'day',
	date: 'day',
	weekday: 'weekday',
	'day of week': 'weekday',
	'day of the week': 'weekday',
	hour: 'hour',
	hourly: 'hour',
	'hour of day': 'hour',
	'hour of the day': 'hour',
	'time of day': 'hour'
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
		'got gets getting plot chart draw graph compute calculate see please can could would you i we us our want like ' +
		"my mine your yours ours myself ourselves we've i've you've they've logged tracked come comes came coming done doing single " +
		'there it its this that these those do does did have has had be been their them they ' +
		'how much value values data record records row rows entry entries item items result ' +
		'results table dataset one ones thing things total overall whole entire together altogether world global ' +
		'different all any some each every either also just only ever respectively according ' +
		'order ordered sorted ranked rank sort descending ascending alphabetical alphabetically ' +
		'name names and or of in on ' +
		'for to by with from at as than then so about across among amongst time times when where whose ' +
		'out off up down into over under per s amount level figure number count ' +
		'many much happen happened occur occurred recorded measured seen observed listed received ' +
		'start begin depart leave arrive originate go goes went gone fly travel become became becomes ' +
		'still currently yet everything anything everyone anyone something someone somebody anybody ' +
		'he she him her his hers ahead ' +
		'reach reached achieve achieved attain attained represent represented ' +
		'use uses used using observe observes observed take took taken win won send sent born cover covers covered'
	)
		.split(' ')
		.map(normalizeWord)
);

/** Units and noise that column names carry but people rarely say. */
export const NAME_NOISE = new Set(
	'mm cm km kg g lb lbs oz in of per the a usd eur $ pct num no knots mph kph kmh twh gwh mwh kwh kw mw gw mt kt gt'.split(
		' '
	)
);

/** A period to date at the end of a name ("visits_ytd"). */
const PERIOD_SUFFIX: ReadonlySet<string> = new Set(['ytd', 'mtd', 'qtd']);

/**
 * How many of a name's last words say the period it is kept over: 2 for "downloads 30 d"
 * (`downloads_30d`), 1 for "visits ytd", 0 for none. The name's first word is never one.
 */
export function periodWordsAtEnd(words: readonly string[]): number {
	if (words.length > 2 && /^\d+ [dwmy]$/.test(words.slice(-2).join(' '))) return 2;
	return words.length > 1 && PERIOD_SUFFIX.has(words[words.length - 1]) ? 1 : 0;
}

/** Unit words dropped only at the end of a longer name ("Running Time min"). */
export const TRAILING_UNITS = new Set([
	'min',
	'mins',
	'sec',
	'secs',
	's',
	'ms',
	'm',
	'h',
	'hr',
	'hrs'
]);

/**
 * Generic lexical synonyms: question word → words that may appear in a column name. They only
 * apply when such a column exists; they never invent columns.
 */
export const BUILTIN_SYNONYMS: Record<string, string[]> = {
	mpg: ['mile per gallon'],
	baby: ['birth'],
	// a parking or speeding ticket is the notice of a penalty; an offence is a contravention
	ticket: ['penalty', 'citation'],
	offence: ['contravention', 'violation', 'offense'],
	offense: ['contravention', 'violation', 'offence'],
	// a shop's till: each receipt (its number) is one basket, one customer served, one transaction
	basket: ['receipt no', 'receipt number', 'receipt id', 'transaction id', 'transaction no'],
	transaction: ['receipt no', 'receipt number', 'receipt id'],
	customer: ['receipt no', 'receipt number', 'receipt id', 'transaction id', 'transaction no'],
	qty: ['quantity'],
	// "units" as such (plural): how many were moved or sold
	units: ['qty', 'quantity'],
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
	revenue: ['sales', 'gross', 'amount'],
	money: ['revenue', 'amount', 'sales', 'charge'],
	// what a donor gave or a campaign raised: the amount of each gift
	raised: ['amount', 'donation', 'raised'],
	raise: ['amount', 'donation', 'raised'],
	given: ['amount', 'donation'],
	gave: ['amount', 'donation'],
	donated: ['amount', 'donation'],
	sales: ['revenue'],
	// "which pizza sold the most", "units sold": how many were sold is the quantity column
	sold: ['quantity', 'qty', 'units', 'orders'],
	sell: ['quantity', 'qty', 'units', 'orders'],
	earnings: ['gross', 'salary', 'wage', 'income'],
	earn: ['salary', 'wage', 'pay', 'income', 'earnings'],
	paid: ['salary', 'wage', 'pay'],
	// what was spent: a cost column ("total fuel spend"), never money that came in
	spend: ['cost', 'expense', 'charge', 'paid out', 'money out', 'debit'],
	spent: ['cost', 'expense', 'charge', 'paid out', 'money out', 'debit'],
	spending: ['cost', 'expense', 'charge', 'paid out', 'money out', 'debit'],
	expense: ['cost', 'amount', 'spend', 'paid out', 'money out'],
	purchase: ['paid out', 'money out', 'amount', 'cost'],
	// money that came in, as a bank statement names it
	received: ['paid in', 'money in', 'credit'],
	// money taken in from those who owed it: what was paid, not what was due
	collected: ['amount paid', 'paid in', 'money in'],
	collect: ['amount paid', 'paid in', 'money in'],
	// how many came: a column of those who attended
	attendance: ['attended', 'attendee', 'attendees'],
	// those who attended, as a register marks them
	attended: ['present', 'attendance'],
	attendee: ['attended', 'attendance'],
	// those who came, counted: "guests at private parties", "lowest turnout"
	guest: ['attendees', 'attendance', 'attended'],
	turnout: ['attendees', 'attendance', 'attended'],
	income: ['salary', 'earnings', 'paid in', 'money in'],
	percentage: ['pct', 'percent'],
	// how a review scores a thing: its stars
	rating: ['stars', 'star rating'],
	ratings: ['stars', 'star rating'],
	numeric: ['number', 'num'],
	size: ['area', 'surface', 'amount'],
	percent: ['pct'],
	speed: ['velocity'],
	country: ['nation', 'nationality'],
	nation: ['country', 'nationality'],
	nationality: ['country', 'nation'],
	// a country's first-level parts, as exports name them
	state: ['province', 'subcountry', 'subdivision', 'admin name'],
	province: ['state', 'subcountry', 'subdivision', 'admin name'],
	film: ['movie', 'title'],
	movie: ['film', 'title'],
	runtime: ['running time'],
	length: ['duration', 'dur'],
	duration: ['length', 'running time', 'dur'],
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
	// units as column names shorten them ("Price per L")
	litre: ['liter', 'l'],
	liter: ['litre', 'l'],
	gallon: ['gal'],
	hp: ['horsepower'],
	horsepower: ['hp'],
	// energy as a meter counts it ("how much electricity did we use" of a `kwh` column)
	electricity: ['kwh', 'energy', 'consumption', 'usage'],
	electric: ['kwh', 'electricity'],
	energy: ['kwh', 'electricity', 'consumption'],
	power: ['kwh', 'energy', 'electricity'],
	usage: ['kwh', 'consumption', 'use'],
	consumption: ['kwh', 'usage'],
	generation: ['kwh', 'output', 'production'],
	generated: ['kwh', 'output', 'production'],
	bill: ['cost', 'charge', 'amount'],
	crowd: ['attendance', 'spectators'],
	satisfaction: ['csat'],
	airline: ['operator'],
	carrier: ['operator', 'airline'],
	// what a pharmacy dispenses
	drug: ['medicine', 'medication'],
	medication: ['medicine', 'drug']
};

/** Articles, skipped between a preposition or verb and what it governs. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The adjective of a time unit ("daily" of day), for readings and result names. */
export const UNIT_ADJECTIVES: Partial<Record<Grain, string>> = {
	day: 'daily',
	week: 'weekly',
	month: 'monthly',
	quarter: 'quarterly',
	year: 'yearly'
};

/** Verbs of a value moving, in their forms, and the bounds they cross ("fell below" 0). */
const MOVING = 'go goes went gone get gets got';
export const CROSSINGS: Array<[string[], string[], 'gt' | 'lt']> = [
	[`${MOVING} rise rises rose risen climb climbs climbed`.split(' '), ['over', 'above'], 'gt'],
	[
		`${MOVING} fall falls fell fallen drop drops dropped dip dips dipped sink sinks sank`.split(
			' '
		),
		['below', 'under'],
		'lt'
	]
];

/** Words of a date column that says when a row began: its own time among several dates. */
export const BEGAN_WORDS: ReadonlySet<string> = new Set(
	(
		'created create opened open start started begin began ordered order submitted booked ' +
		'requested reported received pickup checkin admitted departure issued placed'
	).split(' ')
);

/** Who asks of their own doings: "have we sold", "did i skip", "we sell". */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'they']);
/** The same, with "have" run in ("we've bought", "ive played"). */
export const SUBJECT_FORMS: ReadonlySet<string> = new Set([
	...SUBJECT_WORDS,
	...["we've", "i've", 'weve', 'ive', "you've"]
]);

/** "have" and "with" before what the rows have ("houses that have a pool", "with a pool"). */
export const HAVE_WORDS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'with']);

/** Words of a column whose numbers or codes name rows (`order_no`, `Receipt Ref`), not amounts. */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set(
	'no id number num nr code ref reference'.split(' ')
);

/** Forms of "to be" that say something of the rows ("were cancelled", "is landlocked"). */
export const COPULAS: ReadonlySet<string> = new Set([
	'is',
	'are',
	'was',
	'were',
	'be',
	'been',
	'being'
]);

/** A copula or auxiliary and its "not" in one word: "weren't", "hasn't", "isn’t". */
export const NEGATED_AUXILIARY = /^(is|are|was|were|has|have|had)n[’']?t$/i;

/** Particles that finish a phrasal verb ("give up", "went out", "take back", "turned up"). */
export const PARTICLES: ReadonlySet<string> = new Set(
	'up out off away back down through ahead'.split(' ')
);
