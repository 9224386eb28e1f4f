import { describe, expect, it } from 'vitest';
import { adjectiveStem, editDistance, normalizeWord, splitName, tokenize } from './text';

describe('tokenize', () => {
	it('keeps words, numbers, quoted text and comparison signs', () => {
		const tokens = tokenize(`cars with hp >= 1,500 named "Ford Pinto" in O'Fallon, 5k`);
		expect(tokens.map((t) => [t.kind, t.raw])).toEqual([
			['word', 'cars'],
			['word', 'with'],
			['word', 'hp'],
			['symbol', '>='],
			['number', '1,500'],
			['word', 'named'],
			['quoted', 'Ford Pinto'],
			['word', 'in'],
			['word', "O'Fallon"],
			['number', '5k']
		]);
		expect(tokens[4].value).toBe(1500);
		expect(tokens[9].value).toBe(5000);
		expect(tokens[8].isBeforeComma).toBe(true);
	});
	it('reads scale words and leaves a trailing comma out of a number', () => {
		const tokens = tokenize('budget over 200 million, 3 thousand or 2.5 billion since 2000, 4bn');
		const numbers = tokens.filter((t) => t.kind === 'number');
		expect(numbers.map((t) => t.value)).toEqual([200e6, 3000, 2.5e9, 2000, 4e9]);
		expect(numbers[0].isBeforeComma).toBe(true);
		expect(numbers[3].raw).toBe('2000');
		expect(numbers[3].isBeforeComma).toBe(true);
	});
	it('keeps the typed form of a possessive for values read from the text', () => {
		const [lee] = tokenize("airports in Lee's Summit").slice(2);
		expect([lee.raw, lee.typed]).toEqual(['Lee', "Lee's"]);
	});
	it('keeps hyphenated codes together and drops possessives', () => {
		expect(tokenize("PG-13 movies' Spielberg's").map((t) => t.raw)).toEqual([
			'PG-13',
			'movies',
			'Spielberg'
		]);
	});
});

describe('normalizeWord', () => {
	it('reduces plurals', () => {
		expect(
			['Cities', 'boxes', 'cars', 'species', 'people', 'gas', 'status'].map(normalizeWord)
		).toEqual(['city', 'box', 'car', 'species', 'person', 'gas', 'status']);
	});
	it('gives a plural in "-ies" of a word in "-ie" the form of the word', () => {
		expect(normalizeWord('rosies')).toBe(normalizeWord('Rosie'));
		expect(normalizeWord('cookies')).toBe(normalizeWord('cookie'));
		expect(normalizeWord('cities')).toBe(normalizeWord('city'));
		expect(normalizeWord('pies')).toBe(normalizeWord('pie'));
	});
	it('keeps words that name object properties as words', () => {
		expect(['constructor', 'toString'].map(normalizeWord)).toEqual(['constructor', 'tostring']);
	});
});

describe('splitName', () => {
	it('splits underscores, spaces, camelCase and units', () => {
		expect(splitName('Miles_per_Gallon')).toEqual(['mile', 'per', 'gallon']);
		expect(splitName('IMDB Rating')).toEqual(['imdb', 'rating']);
		expect(splitName('Beak Length (mm)')).toEqual(['beak', 'length', 'mm']);
		expect(splitName('netGeneration')).toEqual(['net', 'generation']);
		expect(splitName('HTTPStatus')).toEqual(['http', 'status']);
	});
	it('keeps a unit with a metric prefix as one word', () => {
		expect(splitName('Generated (kWh)')).toEqual(['generated', 'kwh']);
		expect(splitName('Export Rate (p/kWh)')).toEqual(['export', 'rate', 'p', 'kwh']);
		expect(splitName('peakMW')).toEqual(['peak', 'mw']);
		expect(splitName('Freq kHz')).toEqual(['freq', 'khz']);
	});
});

describe('editDistance', () => {
	it('counts transpositions as one edit and stops past the limit', () => {
		expect(editDistance('region', 'regoin', 2)).toBe(1);
		expect(editDistance('price', 'prise', 2)).toBe(1);
		expect(editDistance('horsepower', 'horspowr', 2)).toBe(2);
		expect(editDistance('alpha', 'omega', 1)).toBe(2);
	});
});

describe('adjectiveStem', () => {
	it('turns weather adjectives into nouns', () => {
		expect(['rainy', 'sunny', 'foggy', 'snowy', 'day'].map(adjectiveStem)).toEqual([
			'rain',
			'sun',
			'fog',
			'snow',
			undefined
		]);
	});
});
