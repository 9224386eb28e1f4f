/**
 * Columns of place codes: a column whose values are country, US state or continent codes
 * ('PE', 'USA', 'CA', 'EU', 'US-CA') also matches the places' names, so "airports in peru" reads
 * as `iso_country = 'PE'` and "in california" as `state = 'CA'`. Only a column whose values are
 * nearly all codes of one system is read so; the names match word for word, all words.
 */
import { entry, type ColumnInfo, type Entry } from './lexicon';
import { PLACE_CODE_SYSTEMS, type PlaceCode } from './place-names';
import { valueWords } from './text';

/** Share of a column's values that must be codes of one system. */
const MIN_SHARE = 0.8;
/** Distinct values a column needs before its codes are trusted. */
const MIN_VALUES = 4;

export function addPlaceEntries(column: ColumnInfo, entries: Entry[]): void {
	if (column.kind !== 'text' || !column.profile) return;
	const listed = Array.isArray(column.profile.values) ? column.profile.values : undefined;
	const seen = (listed ?? column.profile.topValues.map((t) => t.value)).filter(
		(v): v is string => typeof v === 'string' && v.trim() !== ''
	);
	if (seen.length < MIN_VALUES) return;
	for (const system of PLACE_CODE_SYSTEMS) {
		const byCode = new Map(system.places.map((p) => [p.code, p]));
		const isCode = system.isCode ?? ((v: string) => byCode.has(v));
		if (seen.filter((v) => isCode(v.trim())).length < MIN_SHARE * seen.length) continue;
		// With every value listed, only the places present; otherwise (a long column) all.
		const places: PlaceCode[] = listed
			? seen.flatMap((v) => byCode.get(v.trim()) ?? [])
			: system.places;
		if (places.length === 0) continue;
		for (const place of places) addNames(column, place, entries);
		return;
	}
}

function addNames(column: ColumnInfo, place: PlaceCode, entries: Entry[]): void {
	const value = place.code;
	for (const name of place.names) {
		const words = valueWords(name);
		if (words.length === 0) continue;
		const target = { kind: 'value' as const, column, value };
		// "us" is a country only as typed in capitals ("the us" is one either way).
		const isPronoun = name === 'us';
		entries.push(
			entry(words, target, isPronoun ? 'US' : name, {
				base: 0.96,
				isOrdered: true,
				isExactOnly: true,
				isCaseSensitive: isPronoun
			})
		);
	}
}
