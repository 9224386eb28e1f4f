/**
 * Text primitives for the plain-language engine: tokenising questions, splitting column names
 * into words, normalising word forms and measuring typo distance. Pure and allocation-light.
 */

export type TokenKind = 'word' | 'number' | 'quoted' | 'symbol';

export interface Token {
	/** As typed (quoted strings without their quotes). */
	raw: string;
	/** Lower-case, singular form used for matching; numbers keep their text. */
	norm: string;
	kind: TokenKind;
	/** Parsed value for number tokens. */
	value?: number;
	/** True when the typed form had an upper-case letter (used for short codes like "TX"). */
	hasUpper: boolean;
	/** True when a comma, semicolon or similar punctuation followed this token. */
	isBeforeComma?: boolean;
	/** The word exactly as typed, possessive included ("Lee's"), for values read from the text. */
	typed?: string;
	/** A number typed with letters right after it ("9a"), which may be part of a code. */
	isGluedToNext?: boolean;
	/** The whole run a number begins when dashes or slashes join more to it ("24-0200"). */
	codeRun?: string;
}

/** A number joined by dashes or slashes to more digits or letters: a code, or a date or range. */
const CODE_RUN = /\d[\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)+/uy;

const TOKEN_RE =
	/"([^"]*)"|'([^']+)'(?![a-z])|“([^”]*)”|(-?[$£€]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:[kKmMbB%](?![a-zA-Z]))?)|(>=|<=|!=|<>|[<>=])|([\p{L}\p{N}_]+(?:['’][a-zA-Z]+)?(?:[-.&/][\p{L}\p{N}_]+)*)|([,;])/gu;

/**
 * Contractions typed without their apostrophe ("havent", "isnt", "whats"): no English word is
 * spelt so, and read with it ("haven't", "what's") they are the words a question means.
 */
const CONTRACTED =
	/\b(?:have|has|had|is|are|was|were|do|does|did|could|would|should|must|need)nt\b|\b(?:dont|wont|cant|whats|thats|whos|wheres|hows|heres|theres)\b|\b(?:we|they|you)ve\b/gi;

/** Split a question into tokens. Punctuation other than commas and comparison signs is dropped. */
const MONTH_NAME =
	'(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_RANGE = new RegExp(
	`(\\b(?:from|between)\\s+)?\\b(${MONTH_NAME}(?:\\s+\\d{4})?)(?:\\s*[-–]\\s*|\\s+(?:to|till|until|through|thru)\\s+)(${MONTH_NAME})\\b`,
	'gi'
);

/**
 * "jun-aug 2023", "from jan–mar", "nov 2023 to feb 2024": two months joined by a dash, or by
 * "to" with no "from" before them, are the span between them.
 */
function spellMonthRanges(text: string): string {
	return text.replace(MONTH_RANGE, (_, lead: string | undefined, a: string, b: string) =>
		lead && /^between/i.test(lead) ? `${lead}${a} and ${b}` : `from ${a} to ${b}`
	);
}

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	// "what % of donations": a percent sign on its own is the word
	const spelled = spellMonthRanges(text)
		.replace(/(^|\s)%(?=\s|$)/g, '$1percent')
		// "cost in £": a currency sign on its own after "in" is its unit
		.replace(/\bin\s+£(?=[\s,.?!]|$)/gi, 'in pounds')
		.replace(CONTRACTED, (word) => {
			const cut = /ve$/i.test(word) ? 2 : 1;
			return `${word.slice(0, -cut)}'${word.slice(-cut)}`;
		});
	for (const m of spelled.matchAll(TOKEN_RE)) {
		const quoted = m[1] ?? m[2] ?? m[3];
		if (quoted !== undefined) {
			tokens.push({ raw: quoted, norm: quoted.toLowerCase(), kind: 'quoted', hasUpper: false });
		} else if (m[4] !== undefined) {
			const number = numberToken(m[4]);
			// "plot 9a", "rated 12a": a number run into letters may begin a code
			const after = spelled.charAt((m.index ?? 0) + m[0].length);
			if (/\p{L}/u.test(after)) number.isGluedToNext = true;
			CODE_RUN.lastIndex = (m.index ?? 0) + (m[4].startsWith('-') ? 1 : 0);
			const run = CODE_RUN.exec(spelled)?.[0];
			if (run && run.length > m[4].length) number.codeRun = run;
			tokens.push(number);
		} else if (m[5] !== undefined) {
			tokens.push({ raw: m[5], norm: m[5], kind: 'symbol', hasUpper: false });
		} else if (m[6] !== undefined) {
			const raw = m[6].replace(/['’]s$/i, '');
			const previous = tokens.at(-1);
			const scale = Object.hasOwn(SCALE_WORDS, raw.toLowerCase())
				? SCALE_WORDS[raw.toLowerCase()]
				: undefined;
			if (scale && previous?.kind === 'number' && !previous.isBeforeComma) {
				// "200 million", "3 thousand"
				previous.value = (previous.value ?? NaN) * scale;
				previous.norm = String(previous.value);
				previous.raw = `${previous.raw} ${raw}`;
				continue;
			}
			const lower = raw.toLowerCase();
			const afterComparison = COMPARED_AFTER.includes(previous?.norm ?? '');
			if (afterComparison && Object.hasOwn(TIMES_WORDS, lower)) {
				// "more than once", "at least twice": a number of times
				const value = TIMES_WORDS[lower];
				tokens.push({ raw, norm: String(value), kind: 'number', value, hasUpper: false });
				continue;
			}
			// "more than one currency", "at least one": a number after a comparison
			const isCompared = lower === 'one' && afterComparison;
			const spelled = isCompared
				? 1
				: Object.hasOwn(NUMBER_WORDS, lower)
					? NUMBER_WORDS[lower]
					: undefined;
			if (spelled !== undefined && !/\p{Lu}/u.test(raw.slice(1))) {
				// "the three most expensive", "top five"
				tokens.push({
					raw,
					norm: String(spelled),
					kind: 'number',
					value: spelled,
					hasUpper: false
				});
				continue;
			}
			// "longer then 5 hours": after a comparative, "then" is "than" mistyped
			const isThan =
				lower === 'then' && /^([a-z]{3,}er|more|less|fewer)$/.test(previous?.norm ?? '');
			tokens.push({
				raw,
				norm: isThan ? 'than' : normalizeWord(raw),
				kind: 'word',
				hasUpper: /\p{Lu}/u.test(raw),
				typed: m[6]
			});
		} else if (tokens.length > 0) {
			tokens[tokens.length - 1].isBeforeComma = true;
		}
	}
	return tokens;
}

/** Words that, after one of these, make the number compared ("more than one", "at least once"). */
const COMPARED_AFTER = ['than', 'least', 'most', 'only', 'exactly', 'just'];

/** Adverbs of how many times something happened. */
const TIMES_WORDS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

/** "once", "twice": a number that is a number of times. */
export function isTimesNumber(raw: string): boolean {
	return Object.hasOwn(TIMES_WORDS, raw.toLowerCase());
}

/** Numbers people spell out ("one" stays a word: "which one", "in one hour"). */
export const NUMBER_WORDS: Record<string, number> = {
	zero: 0,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	fifty: 50,
	hundred: 100
};

const SCALE_WORDS: Record<string, number> = {
	thousand: 1_000,
	million: 1_000_000,
	mln: 1_000_000,
	billion: 1_000_000_000,
	bn: 1_000_000_000
};

/** The currency sign a number was typed with ("£200" → "£"), if any. */
export function currencyOf(raw: string): string | undefined {
	return /^-?([$£€])/.exec(raw)?.[1];
}

function numberToken(text: string): Token {
	let body = text.replace(/[$£€,]/g, '');
	let factor = 1;
	const suffix = body.at(-1)?.toLowerCase();
	if (suffix === 'k') factor = 1_000;
	if (suffix === 'm') factor = 1_000_000;
	if (suffix === 'b') factor = 1_000_000_000;
	if (suffix && 'kmb%'.includes(suffix)) body = body.slice(0, -1);
	const value = Number(body) * factor;
	return { raw: text, norm: String(value), kind: 'number', value, hasUpper: false };
}

const IRREGULAR: Record<string, string> = {
	people: 'person',
	children: 'child',
	men: 'man',
	women: 'woman',
	data: 'data',
	series: 'series',
	species: 'species',
	news: 'news',
	analysis: 'analysis',
	status: 'status',
	gas: 'gas',
	bus: 'bus',
	// (a doubled z before "-es": one z of its own)
	quizzes: 'quiz',
	// nouns ending in one "s" take "es" ("gases"); most words ending in "ses" drop only the "s"
	// ("cases", "houses"), so these are listed
	gases: 'gas',
	buses: 'bus',
	biases: 'bias',
	aliases: 'alias',
	atlases: 'atlas',
	canvases: 'canvas',
	lenses: 'lens',
	bonuses: 'bonus',
	viruses: 'virus',
	campuses: 'campus',
	statuses: 'status',
	censuses: 'census',
	surpluses: 'surplus',
	geniuses: 'genius',
	circuses: 'circus',
	choruses: 'chorus',
	syllabuses: 'syllabus'
};

/** Lower-case and reduce simple plurals: "Cities" → "city", "Boxes" → "box", "cars" → "car". */
export function normalizeWord(word: string): string {
	const w = withoutAccents(word.toLowerCase().replace(/’/g, "'"));
	if (Object.hasOwn(IRREGULAR, w)) return IRREGULAR[w];
	if (w.length <= 3 || /\d/.test(w)) return w;
	if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
	// ("rosies" of 'Rosie''s Cafe', "cookies" of 'Cookie': a plural in "-ies" may be of "-ie"; both
	// spellings share the one form)
	if (w.endsWith('ie') && w.length > 4) return w.slice(0, -2) + 'y';
	if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
	if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
	if (w.endsWith('s')) return w.slice(0, -1);
	return w;
}

/**
 * "são paulo" → "sao paulo", "i̇stanbul" → "istanbul": accents on Latin letters dropped, so a
 * value typed without them still matches. Other scripts keep their marks, which change letters.
 */
function withoutAccents(word: string): string {
	if (/^[ -~]*$/.test(word)) return word;
	return word
		.normalize('NFD')
		.replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
		.normalize('NFC');
}

/** True when the last of `words` is singular: "car" and "the car", not "cars". */
export function isSingularWords(words: string): boolean {
	const last = words.split(' ').at(-1) ?? '';
	const said = withoutAccents(last.toLowerCase());
	return normalizeWord(last) === said || SAME_IN_BOTH.has(said);
}

/** "species", "series": said alike in both, a noun ending in s is read as one thing. */
export function isSaidPlural(words: string): boolean {
	const last = words.split(' ').at(-1)?.toLowerCase() ?? '';
	return /s$/.test(last) && !SAME_IN_BOTH.has(last);
}

/** Nouns said alike in the singular and the plural ("the most common species" is one). */
const SAME_IN_BOTH = new Set(['species', 'series', 'means', 'headquarters', 'crossroads']);

/**
 * Words of a column or table name: splits spaces, underscores, hyphens, dots, parentheses and
 * camelCase. "Miles_per_Gallon" → miles per gallon; "IMDB Rating" → imdb rating;
 * "Beak Length (mm)" → beak length mm; "netGeneration" → net generation.
 */
export function splitName(name: string): string[] {
	const spaced = name
		// ("Generated (kWh)": a unit with a metric prefix is one word, not camelCase)
		.replace(/(^|[^A-Za-z])([kmgtKMGT])(Wh|W|Hz|Ah|Pa|B)(?![A-Za-z])/g, (_, before, p, u) =>
			`${before}${p}${u}`.toLowerCase()
		)
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.replace(/([a-zA-Z])(\d)/g, '$1 $2')
		.replace(/(\d)([a-zA-Z])/g, '$1 $2');
	return spaced
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0)
		.map(normalizeWord);
}

/** Words of a data value, tokenised like a question so both sides compare equal. */
export function valueWords(value: string): string[] {
	const words: string[] = [];
	const isAscii = /^[\x20-\x7e]*$/.test(value);
	const edges = isAscii
		? /^[^A-Za-z0-9_]+|[^A-Za-z0-9_]+$/g
		: /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;
	for (const piece of value.split(/\s+/)) {
		// 'Park & Ride' is said "park and ride"
		if (piece === '&') {
			words.push('and');
			continue;
		}
		const core = piece.replace(edges, '').replace(/['’]s$/i, '');
		if (core.length > 0) words.push(normalizeWord(core));
	}
	return words;
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, giving up early once it exceeds
 * `limit` (returns limit + 1 then).
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	if (a === b) return 0;
	const n = b.length;
	let prev2 = new Array<number>(n + 1).fill(0);
	let prev = Array.from({ length: n + 1 }, (_, j) => j);
	let cur = new Array<number>(n + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		cur[0] = i;
		let rowMin = cur[0];
		for (let j = 1; j <= n; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				v = Math.min(v, prev2[j - 2] + 1);
			}
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > limit) return limit + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[n];
}

/** Typo budget for a word: none under 5 letters, 1 up to 8, 2 from 9. */
export function typoLimit(word: string): number {
	if (word.length < 5) return 0;
	return word.length >= 9 ? 2 : 1;
}

/** Adjective forms of nouns: "rainy" → "rain", "sunny" → "sun", "foggy" → "fog". */
export function adjectiveStem(word: string): string | undefined {
	if (word.length < 4 || !word.endsWith('y')) return undefined;
	const base = word.slice(0, -1);
	if (base.length >= 3 && base.at(-1) === base.at(-2)) return base.slice(0, -1);
	return base;
}

/** The factor a number's scale word or suffix gave it ("2 million" → 1e6); 1 without one. */
export function scaleOf(raw: string): number {
	const text = raw.toLowerCase();
	if (/\b(billion|bn)$|\db$/.test(text)) return 1e9;
	if (/\b(million|mln)$|\dm$/.test(text)) return 1e6;
	if (/\bthousand$|\dk$/.test(text)) return 1e3;
	return 1;
}
