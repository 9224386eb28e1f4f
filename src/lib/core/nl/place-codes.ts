/**
 * Columns of place codes: a column whose values are country, US state or continent codes
 * ('PE', 'USA', 'CA', 'EU', 'US-CA') also matches the places' names, so "airports in peru" reads
 * as `iso_country = 'PE'` and "in california" as `state = 'CA'`. Only a column whose values are
 * nearly all codes of one system is read so; the names match word for word, all words.
 */
import { entry, type ColumnInfo, type Entry } from './lexicon';
import { COUNTRY_NAMES, PLACE_CODE_SYSTEMS, type PlaceCode } from './place-names';
import { valueWords } from './text';

/** Share of a column's values that must be codes of one system. */
const MIN_SHARE = 0.8;
/**
 * Names read as values score below a value written out; names read as codes lower still
 * ("Peru" of a `country` column before 'PE' of `iso2`), and lower for each later code system
 * (`iso2` before `iso3`), so two columns of one table never tie over a place.
 */
const BASE = 0.94;
const CODES_BASE = 0.9;
const CODES_STEP = 0.03;
/** Distinct values a column needs before its codes are trusted. */
const MIN_VALUES = 4;

export function addPlaceEntries(column: ColumnInfo, entries: Entry[]): void {
	if (column.kind !== 'text' || !column.profile) return;
	const listed = Array.isArray(column.profile.values) ? column.profile.values : undefined;
	const seen = (listed ?? column.profile.topValues.map((t) => t.value)).filter(
		(v): v is string => typeof v === 'string' && v.trim() !== ''
	);
	if (seen.length < MIN_VALUES) return;
	if (addCountryNameEntries(column, seen, entries)) return;
	for (const [rank, system] of PLACE_CODE_SYSTEMS.entries()) {
		const byCode = new Map(system.places.map((p) => [p.code, p]));
		const isCode = system.isCode ?? ((v: string) => byCode.has(v));
		if (seen.filter((v) => isCode(v.trim())).length < MIN_SHARE * seen.length) continue;
		// With every value listed, only the places present; otherwise (a long column) all.
		const places: PlaceCode[] = listed
			? seen.flatMap((v) => byCode.get(v.trim()) ?? [])
			: system.places;
		if (places.length === 0) continue;
		for (const place of places) addNames(column, place, CODES_BASE - rank * CODES_STEP, entries);
		return;
	}
}

function addNames(column: ColumnInfo, place: PlaceCode, base: number, entries: Entry[]): void {
	const value = place.code;
	for (const name of place.names) {
		const words = valueWords(name);
		if (words.length === 0) continue;
		const target = { kind: 'value' as const, column, value };
		// "us" is a country only as typed in capitals ("the us" is one either way).
		const isPronoun = name === 'us';
		entries.push(
			entry(words, target, isPronoun ? 'US' : name, {
				base,
				isOrdered: true,
				isExactOnly: true,
				isCaseSensitive: isPronoun
			})
		);
	}
}

/**
 * A column that writes countries out ('Norway', 'United States'): the other names people use
 * for them ("norwegian", "usa", "america") read as those values. Returns true for such a column.
 */
function addCountryNameEntries(column: ColumnInfo, seen: string[], entries: Entry[]): boolean {
	const found = seen.flatMap((v) => {
		const place = COUNTRY_BY_NAME.get(v.trim().toLowerCase());
		return place ? [{ value: v, place }] : [];
	});
	if (found.length < MIN_SHARE * seen.length) return false;
	for (const { value, place } of found) {
		const own = value.trim().toLowerCase();
		const others = place.names.filter((n) => n !== own);
		addNames(column, { code: value, names: others }, BASE, entries);
	}
	return true;
}

const COUNTRY_BY_NAME = new Map(
	COUNTRY_NAMES.flatMap((place) => place.names.map((name) => [name, place] as const))
);
