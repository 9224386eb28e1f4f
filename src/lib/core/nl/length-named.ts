/**
 * "two-letter code", "3-letter codes", "a five digit code": a code named by its length is the
 * text column whose values have that many letters (or digits) — `alpha2` for two letters,
 * `alpha3` for three — whatever its name says. One reference per fitting column, so two such
 * columns in one table leave the engine asking which.
 */
import type { ColumnInfo, PreparedCatalog } from './lexicon';
import type { Candidate, Item } from './matcher';
import { NUMBER_WORDS } from './text';

const UNITS = new Set(['letter', 'character', 'char', 'digit']);
const CODE_NOUNS = new Set(['code', 'abbreviation', 'abbr', 'symbol', 'id', 'identifier']);
/** Values a profile must show before their length says what the column holds. */
const MIN_VALUES = 3;

/** "two", "3", "one": a spelled or written whole number. */
function numberOf(word: string): number | undefined {
	if (word === 'one') return 1;
	if (Object.hasOwn(NUMBER_WORDS, word)) return NUMBER_WORDS[word];
	return /^\d+$/.test(word) ? Number(word) : undefined;
}

interface Length {
	n: number;
	isDigits: boolean;
	/** Index of the last item of the length words. */
	last: number;
}

/** "two-letter" (one word), or a number then "letter(s)" / "digit(s)". */
function lengthAt(items: Item[], k: number): Length | undefined {
	const item = items[k];
	const unitOf = (word: string) => {
		const unit = word.toLowerCase().replace(/s$/, '');
		return UNITS.has(unit) ? unit : undefined;
	};
	if (item.type === 'word') {
		const m = /^(\w+)-(\w+)$/.exec(item.words.toLowerCase());
		const n = m ? numberOf(m[1]) : undefined;
		const unit = m && unitOf(m[2]);
		return n && unit ? { n, isDigits: unit === 'digit', last: k } : undefined;
	}
	const next = items[k + 1];
	if (item.type !== 'num' || !Number.isInteger(item.value) || !next) return undefined;
	if (next.type !== 'word' && next.type !== 'ref') return undefined;
	const unit = unitOf(next.words);
	if (!unit || item.value < 1 || item.value > 20) return undefined;
	return { n: item.value, isDigits: unit === 'digit', last: k + 1 };
}

function fits(column: ColumnInfo, length: Length): boolean {
	if (column.kind !== 'text' || !column.profile) return false;
	const values = column.profile.topValues
		.map((t) => t.value)
		.filter((v): v is string => typeof v === 'string' && v !== '');
	if (values.length < MIN_VALUES) return false;
	const shape = length.isDigits ? /^\d+$/ : /^\p{L}+$/u;
	return values.every((v) => v.length === length.n && shape.test(v));
}

/** The fitting columns; those whose name carries the length (`alpha2`, `iso3`) first. */
function fittingColumns(prepared: PreparedCatalog, length: Length): ColumnInfo[] {
	const columns = prepared.tables.flatMap((t) => t.columns).filter((c) => fits(c, length));
	const named = columns.filter((c) => new RegExp(`(^|\\D)${length.n}($|\\D)`).test(c.name));
	return named.length > 0 ? named : columns;
}

const isCodeNoun = (item: Item | undefined) =>
	item !== undefined && CODE_NOUNS.has(item.words.toLowerCase().replace(/s$/, ''));

/**
 * The index of the code noun after the length words: next ("two-letter code"), or after a word
 * naming the table ("three-letter language codes"); undefined when there is none.
 */
function codeNounAt(items: Item[], k: number): number | undefined {
	if (isCodeNoun(items[k])) return k;
	const between = items[k];
	const isTable = between?.type === 'ref' && between.cands.some((c) => c.target.kind === 'table');
	return isTable && isCodeNoun(items[k + 1]) ? k + 1 : undefined;
}

export function lengthNamedColumns(items: Item[], prepared: PreparedCatalog): Item[] {
	const out: Item[] = [];
	for (let k = 0; k < items.length; k++) {
		const length = lengthAt(items, k);
		const columns = length ? fittingColumns(prepared, length) : [];
		if (!length || columns.length === 0) {
			out.push(items[k]);
			continue;
		}
		const end = codeNounAt(items, length.last + 1) ?? length.last;
		const cands: Candidate[] = columns.map((column) => ({
			target: { kind: 'column', column },
			score: 1,
			isLoose: false
		}));
		const words = items
			.slice(k, end + 1)
			.map((x) => x.words)
			.join(' ');
		out.push({ start: items[k].start, end: items[end].end, words, type: 'ref', cands });
		k = end;
	}
	return out;
}
