/**
 * Words an answer leaves out that belong to another table: a table's name said as the subject
 * ("airports in Chicago") or a word only another table reads exactly ("how many games
 * refunded") makes the attempt refuse rather than answer a different question.
 */
import type { TableInfo } from './lexicon';
import type { Item } from './matcher';
import { refuse, type Attempt } from './pipeline';
import { tableOf } from './scope';
import { isRefusal } from './types';

/**
 * "airports in Chicago" answered from a table of zip codes: a word that names a table outside
 * the attempt's scope was left out, so the attempt answers a different question. It refuses
 * and says which table the question named.
 */
export function withNamedTables(attempt: Attempt, items: Item[]): Attempt {
	if (isRefusal(attempt.result)) return attempt;
	const inScope = new Set(attempt.catalog.tables.map((t) => t.quotedName));
	const dropped = items.filter(
		(item, k) =>
			item.type === 'ref' &&
			isSubject(items, k) &&
			item.cands.some(
				(c) => c.target.kind === 'table' && !c.target.isRowNoun && !c.isLoose && c.score >= 0.9
			) &&
			item.cands.every((c) => !inScope.has(tableOf(c.target)?.quotedName ?? '')) &&
			!attempt.items.some(
				(own) =>
					own.type === 'ref' &&
					own.start < item.end &&
					item.start < own.end &&
					!isRowNounReading(own)
			)
	);
	if (dropped.length === 0) return attempt;
	const words = dropped.map((d) => `"${d.words}"`).join(', ');
	const result = refuse(
		`${words} names another table than "${attempt.tables.join(' and ')}", which the answer reads.`,
		[`Closest reading: ${attempt.result.explanation}`]
	);
	return { ...attempt, result };
}

/** "monarch" read as the people of a survey: a noun for rows, which a table's own name beats. */
function isRowNounReading(item: Item): boolean {
	const best = item.type === 'ref' ? item.cands[0] : undefined;
	return best?.target.kind === 'table' && best.target.isRowNoun === true;
}

/**
 * "how many games refunded" answered from a table of games with "refunded" left unplaced (a
 * verb costs an answer little confidence): a word the answer could not place but another scope
 * reads exactly belongs to that other table, so the answer is of a different question. It
 * refuses and says where the word belongs.
 */
export function withOtherWords(attempt: Attempt, items: Item[]): Attempt {
	if (isRefusal(attempt.result) || !attempt.intent) return attempt;
	const unplaced = new Set(attempt.intent.unknown.map((u) => u.words.toLowerCase()));
	// ("total goals scored": a word the reading found harmless is held to what the verbs are)
	const costly = new Set(
		attempt.intent.unknown.filter((u) => u.penalty > 0).map((u) => u.words.toLowerCase())
	);
	// ("which album do I listen to most": a verb of what the rows record may name another table)
	const activities = new Set(attempt.intent.activities);
	if (unplaced.size === 0 && activities.size === 0) return attempt;
	const inScope = new Set(attempt.catalog.tables.map((t) => t.quotedName));
	const elsewhere = items.flatMap((item) => {
		if (item.type !== 'ref') return [];
		const words = item.words.toLowerCase();
		const exact = unplaced.has(words)
			? item.cands.find(
					(c) =>
						!c.isLoose &&
						c.score >= 0.9 &&
						!(c.target.kind === 'table' && c.target.isRowNoun && !c.target.nounClass)
				)
			: activities.has(words)
				? item.cands.find((c) => c.target.kind === 'table' || (!c.isLoose && c.score >= 0.9))
				: undefined;
		const table = exact && tableOf(exact.target);
		if (!table || inScope.has(table.quotedName)) return [];
		// ("how many matches have been played" beside a listening history's `Played At`: a verb
		// or harmless word naming another table's column belongs there only when that table
		// reads more words)
		return costly.has(words) || exact.target.kind === 'table' || readsOtherWords(items, item, table)
			? [{ words: item.words, table }]
			: [];
	});
	if (elsewhere.length === 0) return attempt;
	const { words, table } = elsewhere[0];
	const result = refuse(
		`"${words}" belongs to "${table.humanName}", but the answer reads "${attempt.tables.join(' and ')}".`,
		[`Closest reading: ${attempt.result.explanation}`]
	);
	return { ...attempt, result };
}

/** Another word of the question than `item` that `table` reads exactly. */
function readsOtherWords(items: Item[], item: Item, table: TableInfo): boolean {
	return items.some(
		(other) =>
			other !== item &&
			other.type === 'ref' &&
			other.cands.some(
				(c) => !c.isLoose && c.score >= 0.9 && tableOf(c.target)?.quotedName === table.quotedName
			)
	);
}

/**
 * The noun a question asks about: nothing but question and function words before it ("airports
 * in …", "how many airports …", "list all airports …"). A table name later in the question may
 * be an ordinary word there.
 */
function isSubject(items: Item[], k: number): boolean {
	return items.slice(0, k).every((item) => item.type === 'kw' || item.type === 'word');
}
