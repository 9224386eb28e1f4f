/**
 * Lexical knowledge of what rows are: a small table of noun classes and the column cues that
 * show a table holds such rows. "patients", "victims" and "women" name the rows of a table of
 * people (columns such as age, gender, race); "games" and "matches" name the rows of a table of
 * contests (teams, scores, home and away); "athletes" the rows of a table of people with a sport
 * and medals. Gender nouns pick the matching value of a
 * gender/sex column; they never name all of a table's rows ("how many are women" of a table
 * without one is not its row count). These entries score below a table's or column's own name.
 */
import type { ColumnInfo, TableInfo } from './lexicon';
import { isKindOf, lemmasOf, partsOfSpeech } from './word-net';
import { splitName } from './text';

/** Generic nouns for what a row records: any table's rows can be called this. */
export const EVENT_NOUNS =
	'incident event occurrence case record observation report point measurement sample'.split(' ');
/** Nouns for people: the rows, unless the rows already hold numbers of people. */
export const PERSON_NOUNS = ['person', 'people', 'individual', 'victim', 'casualty', 'patient'];

export type NounClass = 'person' | 'athlete' | 'contest' | 'job';

interface ClassSpec {
	/** Nouns (normalised, singular) that name such rows. */
	nouns: string[];
	/** Column-name words that show the table holds such rows. */
	cues: Set<string>;
	/** How many different cue words the table needs. */
	need: number;
}

export const NOUN_CLASSES: Record<NounClass, ClassSpec> = {
	person: {
		nouns: (
			'person individual victim casualty patient passenger customer client employee worker ' +
			'student pupil member resident citizen voter user adult child player ' +
			'respondent participant interviewee everyone everybody anyone anybody someone somebody'
		).split(' '),
		cues: new Set(
			(
				'age gender sex race ethnicity birth born birthdate dob surname nationality ' +
				// a survey's answers about the people who gave them
				'smoke smoked smoker smoking diabetes diabetic cancer marital religion handed'
			).split(' ')
		),
		need: 1
	},
	// people who compete: a table with a sport and medals or events
	athlete: {
		nouns: 'athlete competitor sportsman sportswoman sportsperson olympian medalist'.split(' '),
		cues: new Set('sport discipline event medal gold silver bronze'.split(' ')),
		need: 2
	},
	contest: {
		nouns: ['game', 'match', 'fixture', 'contest', 'matchup'],
		cues: new Set('team home away score opponent winner goal'.split(' ')),
		need: 2
	},
	// pieces of work done for someone: work orders, repairs, cab bookings, bus journeys
	job: {
		nouns: ['job', 'journey'],
		cues: new Set(
			(
				'technician engineer mechanic fitter contractor driver fault repair priority pri fixed ' +
				'completed dropoff fare route vehicle passenger passengers'
			).split(' ')
		),
		need: 2
	}
};

/** Classes whose nouns name people ("patients", "athletes"), not events that carry a count. */
export function isPeopleClass(nounClass: NounClass | undefined): boolean {
	return nounClass === 'person' || nounClass === 'athlete';
}

/** The noun classes whose cues the table's columns show. */
export function nounClassesOf(table: TableInfo): NounClass[] {
	const words = new Set(table.columns.flatMap((c) => c.words));
	return (Object.keys(NOUN_CLASSES) as NounClass[]).filter((name) => {
		const spec = NOUN_CLASSES[name];
		return [...spec.cues].filter((w) => words.has(w)).length >= spec.need;
	});
}

/**
 * "patientAge" of a dispensing log: every column that shows the rows are about people names
 * another person than the row (a noun for people the table's name does not give). Each row has
 * such a person; the rows are not those people, and counting rows counts no people.
 */
export function isPersonOfRow(table: TableInfo): boolean {
	const named = new Set(splitName(table.humanName).map((w) => w.toLowerCase()));
	const cues = table.columns.filter((c) => c.words.some((w) => NOUN_CLASSES.person.cues.has(w)));
	return (
		cues.length > 0 &&
		cues.every((c) => c.words.some((w) => NOUN_CLASSES.person.nouns.includes(w) && !named.has(w)))
	);
}

const FEMALE = new Set(['female', 'f', 'woman', 'women', 'girl', 'girls', 'females', 'w']);
const MALE = new Set(['male', 'm', 'man', 'men', 'boy', 'boys', 'males']);
const FEMALE_NOUNS = ['woman', 'female', 'girl'];
const MALE_NOUNS = ['man', 'male', 'boy'];

/** Nouns (normalised) that pick a gender value: some of a table's people, not all of them. */
export const GENDER_NOUNS: ReadonlySet<string> = new Set([...FEMALE_NOUNS, ...MALE_NOUNS]);

/** For a gender/sex column's value, the nouns that select it ("women" → 'Female'). */
export function genderNouns(column: ColumnInfo, value: string): string[] {
	if (!column.words.some((w) => w === 'gender' || w === 'sex')) return [];
	const v = value.trim().toLowerCase();
	if (FEMALE.has(v)) return FEMALE_NOUNS;
	if (MALE.has(v)) return MALE_NOUNS;
	return [];
}

/** Last words of a column that tells, for each row, when, where or why its event happened. */
const EVENT_FACETS = new Set(['date', 'time', 'day', 'place', 'location', 'cause']);

/**
 * "death_date", "order date", "crash location": the words before the facet name what each row
 * is ("deaths", "orders", "crashes"). They name the rows above a value spelled alike (a value
 * 'Death' of a type column is one kind of those rows, not all of them). Not when most rows
 * leave the column empty: then it is an event only some rows lead to.
 */
/** Share of rows left empty past which a column's event is not every row's. */
const SOME_ROWS_ONLY = 0.5;

export function eventNouns(table: TableInfo): string[] {
	const out = new Set<string>();
	for (const column of table.columns) {
		const words = column.words;
		if (words.length !== 2 || !EVENT_FACETS.has(words[1])) continue;
		if (EVENT_FACETS.has(words[0]) || /^\d/.test(words[0])) continue;
		// ("paidDate": a participle says what happened to the row, it names no rows)
		const parts = partsOfSpeech(words[0]);
		const lemmas = lemmasOf(words[0]);
		const isInflected = lemmas.length > 0 && !lemmas.includes(words[0]);
		if (isInflected || (parts !== '' && !parts.includes('n'))) continue;
		// ("Due Date" beside "Amount Due": a word said of another column too is a property)
		if (parts.includes('a') && isSaidElsewhere(table, column, words[0])) continue;
		// ("Retest Date" of MOT tests, empty for most rows: an event only some rows lead to)
		if ((column.profile?.nullShare ?? 0) > SOME_ROWS_ONLY) continue;
		out.add(words[0]);
	}
	return [...out];
}

function isSaidElsewhere(table: TableInfo, column: ColumnInfo, word: string): boolean {
	return table.columns.some((c) => c !== column && c.words.includes(word));
}

export const IDENTITY_FACETS: ReadonlySet<string> = new Set([
	'id',
	'identification',
	'identifier',
	'name',
	'code',
	'number',
	'no',
	'key'
]);

/**
 * "Candidate_Identification, Candidate_Name, Candidate_State…": a word that starts three or
 * more column names, one of them an identifier or name unique to each row, names what each row
 * is ("candidates"). Not when the identifier repeats (an orders table's customer_id, customer_name).
 */
export function entityNouns(table: TableInfo): string[] {
	const byFirst = new Map<string, typeof table.columns>();
	for (const column of table.columns) {
		if (column.words.length < 2 || column.span || column.parts) continue;
		const list = byFirst.get(column.words[0]) ?? [];
		list.push(column);
		byFirst.set(column.words[0], list);
	}
	const out: string[] = [];
	for (const [word, columns] of byFirst) {
		if (columns.length < 3 || /^\d/.test(word) || word.length < 3) continue;
		const isUnique = columns.some(
			(c) =>
				c.words.length === 2 &&
				IDENTITY_FACETS.has(c.words[1]) &&
				table.rowCount !== undefined &&
				(c.profile?.distinctCount ?? 0) >= 0.9 * table.rowCount
		);
		if (isUnique) out.push(word);
	}
	return out;
}

/** Nouns people use for the same kind of row: a table of trips answers "how many rides". */
const ROW_SYNONYMS: string[][] = [
	['trip', 'ride', 'journey'],
	['booking', 'reservation', 'stay'],
	['loan', 'checkout', 'borrowing'],
	['order', 'purchase'],
	['ticket', 'request'],
	['visit', 'session', 'appointment'],
	['rental', 'hire'],
	['donation', 'gift', 'contribution'],
	// a parking or speeding penalty is the ticket, fine or citation a driver gets
	['penalty', 'ticket', 'citation', 'fine'],
	// what a courier delivers
	['delivery', 'parcel', 'package', 'consignment']
];

/** Head nouns of a table that records one activity, a row each time. */
const LOG_NOUNS = new Set(['log', 'logs', 'diary', 'journal', 'tracker', 'history']);

/**
 * "Running log": each row is a run. The activity a log's name gives as a verb's -ing form is
 * also the noun for one go at it ("run", "swim", "walk", "ride").
 */
function activityNoun(word: string): string[] {
	if (!/^[a-z]{3,}ing$/.test(word)) return [];
	return lemmasOf(word).filter((l) => l !== word && partsOfSpeech(l).includes('n'));
}

function isEventNoun(word: string): boolean {
	const pos = partsOfSpeech(word);
	return pos.includes('n') && pos.includes('v');
}

/** What each row of a table of a topic is: a fuel log's rows are fill-ups, a tutor's sessions lessons. */
const TOPIC_ROWS: Record<string, string[]> = {
	fuel: ['fill-up', 'fill up', 'fillup', 'refuel', 'refill'],
	gas: ['fill-up', 'fill up', 'fillup', 'refuel', 'refill'],
	// a session of teaching is a lesson
	tutoring: ['lesson'],
	tuition: ['lesson'],
	teaching: ['lesson'],
	coaching: ['lesson'],
	// what a pharmacy hands over is an item of a prescription ("script")
	dispensing: ['item', 'prescription', 'script'],
	pharmacy: ['item', 'prescription', 'script'],
	prescription: ['item', 'script']
};

/**
 * Other nouns for what each row of a table is, from the head noun of its name (`head`) and the
 * topic its other words name ("Fuel log"). Several words are one noun ("fill up").
 */
/** Second words of a name that say which row or which kind of row (`Booking Ref`, `bookingSource`). */
const ROW_FACETS = new Set(
	'ref reference id no number code source type channel method status'.split(' ')
);

export function rowSynonyms(table: TableInfo, head: string[], words: string[] = head): string[] {
	// (a column named with the noun wins; "gifts" of donations is no yes/no `Gift Aid`; the noun
	// before a row's reference or kind, "booking" of `Booking Ref` or `bookingSource`, names none)
	const isOfRow = (c: ColumnInfo) => c.words.length === 2 && ROW_FACETS.has(c.words[1]);
	const names = new Set(
		table.columns.flatMap((c) => (c.kind === 'boolean' ? [] : isOfRow(c) ? [c.words[1]] : c.words))
	);
	const topics = words.flatMap((w) => TOPIC_ROWS[w] ?? []);
	if (head.some((w) => LOG_NOUNS.has(w))) {
		topics.push(...words.flatMap(activityNoun));
		// "Harvest log": each row is a harvest, a noun that is also the verb of the activity
		topics.push(...words.filter((w) => !LOG_NOUNS.has(w) && isEventNoun(w)));
	}
	return [
		...ROW_SYNONYMS.filter((group) => group.some((w) => head.includes(w))).flat(),
		...topics
	].filter((w) => !head.includes(w) && !names.has(w));
}

/**
 * "a charge" of EV charging sessions, "a listen" of a listening history: the noun of the verb a
 * table's name puts before its rows' noun (charging → charge), or ends with, names one of its
 * rows.
 */
export function gerundNouns(table: TableInfo): string[] {
	const words = splitName(table.humanName);
	const out: string[] = [];
	// ("EV home charging": the verb that ends the name is what each row is; "Court bookings"
	// ends with nouns)
	const isVerbLast = /ing$/i.test(table.humanName.trim());
	for (const word of isVerbLast ? words : words.slice(0, -1)) {
		if (!/^[a-z]{3,}ing$/.test(word)) continue;
		const stem = word.slice(0, -3);
		const noun = [`${stem}e`, stem].find((w) => partsOfSpeech(w).includes('n'));
		if (noun) out.push(noun);
	}
	return out;
}

/**
 * Nouns for people of any kind, which name the rows of any table of people; a stage of life
 * ("adults", "children") picks some of them by age.
 */
export const ANY_PEOPLE: ReadonlySet<string> = new Set(
	'person people individual everyone everybody anyone anybody someone somebody adult child'.split(
		' '
	)
);

/**
 * "Blood donor sessions", a `donor_id`: the table's name, or the thing its identifier names,
 * says what kind of people its rows are about, so another kind ("patients") names none of them.
 */
export function namesItsPeople(table: TableInfo, nameWords: string[]): boolean {
	const things = table.columns.flatMap((c) =>
		c.words.length === 2 && IDENTITY_FACETS.has(c.words[1]) ? [c.words[0]] : []
	);
	return [...nameWords, ...things].some(
		(w) => w.length > 2 && !ANY_PEOPLE.has(w) && isKindOf(w, 'person')
	);
}

/** Generic nouns for a table's people; not another kind when its name says who they are. */
export function personNouns(table: TableInfo, nameWords: string[]): string[] {
	const isOwn = namesItsPeople(table, nameWords);
	return PERSON_NOUNS.filter((w) => !isOwn || ANY_PEOPLE.has(w));
}

/**
 * The nouns of a class that name the table's rows ("patients" are no rows of "Blood donor
 * sessions": the name says who its people are).
 */
export function nounsOfClass(
	table: TableInfo,
	nounClass: NounClass,
	nameWords: string[]
): string[] {
	const nouns = NOUN_CLASSES[nounClass].nouns;
	if (nounClass !== 'person' || !namesItsPeople(table, nameWords)) return nouns;
	return nouns.filter((w) => ANY_PEOPLE.has(w));
}
