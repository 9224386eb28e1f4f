/**
 * Yes/no columns that are not typed BOOLEAN: whole numbers of only 0 and 1, text of only yes and
 * no; and the value each holds for yes.
 */
import type { ColumnKind } from './column-kind';
import type { ColumnInfo } from './lexicon';
import type { CatalogTable } from './types';

/** A column the engine reads as yes/no though its type is a number or text. */
export function isFlagColumn(kind: ColumnKind, c: CatalogTable['columns'][number]): boolean {
	return isZeroOneFlag(kind, c) || isYesNoText(kind, c);
}

/**
 * A whole-number column holding only 0 and 1 ("married", "union", "south") is a yes/no column:
 * "married women", "workers in a union" keep the rows where it is 1.
 */
function isZeroOneFlag(kind: ColumnKind, c: CatalogTable['columns'][number]): boolean {
	const p = c.profile;
	return (
		kind === 'number' &&
		/INT/i.test(c.type) &&
		p?.min === 0 &&
		p?.max === 1 &&
		p.distinctCount === 2
	);
}

/** Text answers that mean yes, and their opposites. */
const YES_TEXT = new Set(['yes', 'y', 'true', 't']);
const NO_TEXT = new Set(['no', 'n', 'false', 'f']);

/**
 * A text column holding only yes and no ("scheduled_service": 'yes' / 'no'), or true and false
 * written out, is a yes/no column too: "airports with scheduled service" keeps the yes rows.
 */
function isYesNoText(kind: ColumnKind, c: CatalogTable['columns'][number]): boolean {
	const p = c.profile;
	if (kind !== 'text' || p?.distinctCount !== 2 || p.topValues.length !== 2) return false;
	const values = p.topValues.map((t) => String(t.value).trim().toLowerCase());
	return values.some((v) => YES_TEXT.has(v)) && values.some((v) => NO_TEXT.has(v));
}

/** The value a yes/no column holds for yes: true, 1 in a column of 0s and 1s, or 'yes' as written. */
export function flagTrue(column: ColumnInfo): string | number {
	if (/^BOOL/i.test(column.type.trim())) return 'true';
	const yes = column.profile?.topValues.find((t) =>
		YES_TEXT.has(String(t.value).trim().toLowerCase())
	);
	return typeof yes?.value === 'string' ? yes.value : 1;
}

/**
 * `lts` holding 'false' or a release's codename: text whose "no" is written out beside names for
 * yes. The value for no, or undefined for other columns.
 */
export function noValueOf(column: ColumnInfo): string | undefined {
	const p = column.profile;
	if (column.kind !== 'text' || !p || p.distinctCount < 3) return undefined;
	const no = p.topValues.find((t) => NO_TEXT.has(String(t.value).trim().toLowerCase()));
	return typeof no?.value === 'string' ? no.value : undefined;
}
