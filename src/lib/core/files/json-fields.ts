/**
 * JSON rows whose fields change type from row to row ("east": 19.4 in most rows, "42.7" in one)
 * cannot be read column by column as they are: the reader fixes a field's type from the first
 * rows and stops at the first value of another type. Each such field gets one type: numbers when
 * every value is a number or a number written as text, else text (objects and arrays as their
 * JSON). Fields of one type, nulls and missing fields stay as they are.
 */

type Kind = 'number' | 'string' | 'boolean' | 'object';

export interface UnifiedRows {
	rows: unknown[];
	/** Fields that held values of several types, with the type each now has. */
	fields: Array<{ name: string; as: 'number' | 'text' }>;
}

const NUMERAL = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

function kindOf(value: unknown): Kind | undefined {
	if (value === null || value === undefined) return undefined;
	if (typeof value === 'number') return 'number';
	if (typeof value === 'string') return 'string';
	if (typeof value === 'boolean') return 'boolean';
	return 'object';
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The rows with every mixed field given one type; undefined when `parsed` is no array of objects. */
export function unifyFieldTypes(parsed: unknown): UnifiedRows | undefined {
	if (!Array.isArray(parsed) || !parsed.every(isObject)) return undefined;
	const kinds = new Map<string, Set<Kind>>();
	for (const row of parsed) {
		for (const [key, value] of Object.entries(row)) {
			const kind = kindOf(value);
			if (!kind) continue;
			const seen = kinds.get(key);
			if (seen) seen.add(kind);
			else kinds.set(key, new Set([kind]));
		}
	}
	const fields: UnifiedRows['fields'] = [];
	for (const [name, seen] of kinds) {
		if (seen.size < 2) continue;
		const isNumeric =
			[...seen].every((k) => k === 'number' || k === 'string') &&
			parsed.every((row) => {
				const value = row[name];
				return typeof value !== 'string' || NUMERAL.test(value);
			});
		fields.push({ name, as: isNumeric ? 'number' : 'text' });
	}
	if (fields.length === 0) return { rows: parsed, fields };
	const rows = parsed.map((row) => {
		const copy = { ...row };
		for (const { name, as } of fields) {
			const value = copy[name];
			if (value === null || value === undefined) continue;
			if (as === 'number') copy[name] = typeof value === 'string' ? Number(value) : value;
			else copy[name] = typeof value === 'string' ? value : JSON.stringify(value);
		}
		return copy;
	});
	return { rows, fields };
}
