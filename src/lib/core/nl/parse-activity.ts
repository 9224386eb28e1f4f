/**
 * "how many batches have we brewed", "which day do we sell the most tickets", "which officer
 * wrote the most tickets": a verb of making, trading or serving says what the rows record (each
 * batch is one brewed, each screening sells its tickets). It adds no condition, so the question
 * reads the same without it. Verbs of an outcome (won, cancelled, delivered, skipped) do say
 * which rows, and are not among these.
 */
import { PARTICLES, SUBJECT_FORMS } from './vocabulary';
import { note, tableInView, type ParseState } from './parse-state';
import { isParticiple, lemmasOf } from './word-net';
import type { ColumnInfo, TableInfo } from './lexicon';
import { isSingularWords, splitName } from './text';
import type { Item } from './matcher';
import { addFilter } from './parse-filters';

const ACTIVITY_VERBS = new Set(
	(
		'make brew bake cook produce build grow pick harvest sell buy purchase order serve ship ' +
		'send post write issue log record do treat play listen watch show screen run handle ' +
		'process book host hold teach visit receive take catch collect carry lend borrow ' +
		'rent hire plant sow stock fix repair clean drive ride walk invoice test sample'
	).split(' ')
);

/** Verbs whose "out" only says to whom ("rent out", "hire out", "lend out"). */
const LET_OUT = new Set(['rent', 'hire', 'lend']);

/** True (and the word noted as read) when the word is a verb of what the rows record. */
export function parseActivityVerb(state: ParseState, i: number): boolean {
	const item = state.items[i];
	if (item.type !== 'word') return false;
	// ("batches not brewed by sam": the negation is of who did it)
	const next = state.items[i + 1];
	if (state.isNegated && !(next?.type === 'kw' && next.kw === 'by')) return false;
	const verb = activityOf(item.norm);
	if (!verb) return false;
	if (!isSaidOfRows(state, i)) return false;
	// ("did we give up on", "sold out": a verb with its particle says what happened, an outcome)
	const particle = next?.type === 'word' ? next.norm : '';
	if (PARTICLES.has(particle) && !(particle === 'out' && LET_OUT.has(verb))) return false;
	// ("what were the tracks produced with": what it was done with is asked, a condition)
	const after = state.items[i + 2];
	if (next?.type === 'kw' && next.kw !== 'by' && !after) return false;
	state.used[i] = true;
	(state.intent.activities ??= []).push(item.words.toLowerCase());
	const table = tableInView(state);
	note(state, item.words, 'table', `what the rows${table ? ` of ${table.humanName}` : ''} record`);
	doneToOne(state, i + 1);
	// (a verb the table's names do not echo may be of other data: "do we rent" of mtcars)
	if (!table || !isEchoed(verb, table)) {
		state.intent.factors.push({
			reason: `"${item.words}" read as what the rows record`,
			factor: 0.75
		});
	}
	return true;
}

/**
 * "members who booked a court", "how many times did we hire a van": "a" and a column's noun
 * after the verb are what each row's doing was done to, one of them each time, not a
 * condition or a grouping.
 */
function doneToOne(state: ParseState, at: number): void {
	const [article, thing] = [state.items[at], state.items[at + 1]];
	if (article?.type !== 'word' || (article.norm !== 'a' && article.norm !== 'an')) return;
	if (thing?.type !== 'ref' || !isSingularWords(thing.words)) return;
	const target = thing.cands[0]?.target;
	if (target?.kind !== 'column' || target.column.kind !== 'text') return;
	state.used[at] = true;
	state.used[at + 1] = true;
	note(state, `${article.words} ${thing.words}`, 'column', `each row's "${target.column.name}"`);
}

/**
 * The verb is said of the rows when the asker did it ("have we brewed", "we sell"), or when
 * it follows what is counted or ranked ("batches brewed since May", "officer wrote the most").
 */
function isSaidOfRows(state: ParseState, i: number): boolean {
	const before = state.items[i - 1];
	const isNot = before?.type === 'kw' && before.kw === 'not';
	const prev = isNot ? state.items[i - 2] : before;
	if (prev?.type === 'word' && SUBJECT_FORMS.has(prev.norm)) return true;
	// ("how many quizzes did shaz host": a doer named by a value, after "did")
	const asked = state.items[i - 2];
	const isNamedDoer = prev?.type === 'ref' && prev.cands[0]?.target.kind === 'value';
	if (isNamedDoer && asked?.type === 'word' && DID_WORDS.has(asked.norm)) return true;
	// (past participles and past tenses only: "pick" alone may be an order to choose)
	const item = state.items[i];
	if (item.type !== 'word' || activityOf(item.norm) === item.norm) return false;
	// ("sessions were booked in 2024", "batches have been brewed": the passive of the rows)
	let k = i - 1;
	while (k > 0 && isPassiveWord(state.items[k])) k -= 1;
	return prev?.type === 'ref' || (k < i - 1 && state.items[k]?.type === 'ref');
}

/** Words that ask what someone did ("did shaz host"). */
const DID_WORDS = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/** Forms of "to be" (and "get", "have") that make a participle after them passive. */
const PASSIVE = new Set('is are was were be been being get got have has had'.split(' '));

function isPassiveWord(item: Item | undefined): boolean {
	return item?.type === 'word' && PASSIVE.has(item.norm);
}

/** The table's or a column's name shares the verb's stem ("brew" of Brewery batches, "sold"). */
function isEchoed(verb: string, table: TableInfo): boolean {
	const stem = verb.slice(0, Math.max(4, verb.length - 1));
	const words = [...splitName(table.humanName), ...table.columns.flatMap((c) => c.words)];
	return words.some((w) => w.startsWith(stem) || activityOf(w) === verb || NOUN_OF[w] === verb);
}

/** Nouns of an activity that do not share its stem. */
const NOUN_OF: Record<string, string> = { sale: 'sell', sales: 'sell', purchase: 'buy' };

/** Past forms the suffixes do not give. */
const IRREGULAR: Record<string, string> = {
	made: 'make',
	sold: 'sell',
	bought: 'buy',
	wrote: 'write',
	written: 'write',
	grew: 'grow',
	grown: 'grow',
	ran: 'run',
	took: 'take',
	taken: 'take',
	gave: 'give',
	given: 'give',
	caught: 'catch',
	held: 'hold',
	taught: 'teach',
	drove: 'drive',
	driven: 'drive',
	rode: 'ride',
	ridden: 'ride',
	ate: 'eat',
	eaten: 'eat',
	drank: 'drink',
	drunk: 'drink',
	did: 'do',
	done: 'do',
	shown: 'show',
	sent: 'send',
	built: 'build',
	lent: 'lend'
};

/** The activity verb a word is a form of ("brewed" → brew, "selling" → sell), if any. */
export function activityOf(word: string): string | undefined {
	const forms = [word, IRREGULAR[word], ...lemmasOf(word)];
	for (const [suffix, add] of [
		['ed', ''],
		['ed', 'e'],
		['d', ''],
		['ing', ''],
		['ing', 'e'],
		['s', '']
	]) {
		if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
		const stem = word.slice(0, -suffix.length);
		forms.push(stem + add);
		// "shipped" → ship, "running" → run
		if (add === '' && /([b-df-hj-np-tv-z])\1$/.test(stem)) forms.push(stem.slice(0, -1));
	}
	return forms.find((f) => f !== undefined && ACTIVITY_VERBS.has(f));
}

/**
 * "tickets booked by genre" of `booked_at`: a participle that names the date column of when
 * each row happened, beside what is counted or grouped, says what the rows record and adds no
 * condition. The column becomes the question's time. True when the words were placed so.
 */
export function isEventDateVerb(
	state: ParseState,
	loose: { column: ColumnInfo; words: string }
): boolean {
	const { column, words } = loose;
	const intent = state.intent;
	if (column.kind !== 'date' || !isParticiple(words) || !column.words.includes(words.toLowerCase()))
		return false;
	const isAsked = intent.groups.length > 0 || intent.measures.length > 0;
	if (!isAsked || (intent.timeColumn && intent.timeColumn !== column)) return false;
	intent.timeColumn = column;
	note(state, words, 'column', `when each row happened: "${column.name}"`);
	return true;
}

/**
 * "jobs that have been paid", "how many jobs haven't been paid" of a `Date Paid` some rows leave
 * empty: the participle of the date's name asks whether it happened, a filled date; after a
 * negation, an empty one. True when the words were placed so.
 */
export function isDoneDate(
	state: ParseState,
	loose: { column: ColumnInfo; words: string; index: number }
): boolean {
	const { column, words, index } = loose;
	const said = words.toLowerCase();
	if (column.kind !== 'date' || (column.profile?.nullShare ?? 0) === 0) return false;
	if (!column.words.includes(said) || lemmasOf(said).every((l) => l === said)) return false;
	if (state.intent.timeColumn === column) return false;
	const before = state.items.slice(Math.max(0, index - 3), index);
	const negation = before.find(
		(x) => (x.type === 'kw' && x.kw === 'not') || /n['’]?t$/i.test(x.words)
	);
	if (negation) {
		state.intent.unknown = state.intent.unknown.filter((u) => u.words !== negation.words);
		state.used[state.items.indexOf(negation)] = true;
		state.isNegated = false;
	}
	const op = negation ? 'is_null' : 'not_null';
	addFilter(state, {
		column,
		op,
		values: [],
		words: negation ? `${negation.words} ${words}` : words
	});
	return true;
}
