/**
 * Codes typed as their column writes them: a number run into letters ("plot 9a"), or joined by
 * dashes and slashes ("animal 24-0200", "application 23/01283/FUL"). A profile lists only some
 * values of a column of codes, but the others have the same shape, digit for digit and letter
 * for letter, with the same dashes and slashes between.
 */
import type { ColumnInfo, PreparedCatalog } from './lexicon';
import type { Token } from './text';

/** A pattern of the code's shape: each digit any digit, each letter any letter. */
export function shapeOf(code: string): RegExp {
	const pattern = [...code]
		.map((ch) =>
			/\d/.test(ch)
				? '\\d'
				: /\p{L}/u.test(ch)
					? '\\p{L}'
					: ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${pattern}$`, 'u');
}

/**
 * Text columns whose profile lists only some values, most of them like `sample`. A column whose
 * profile lists every value is not open: a value missing from that list is not in the column.
 */
export function openColumns(columns: ColumnInfo[], sample: RegExp): ColumnInfo[] {
	return columns.filter((c) => {
		const p = c.profile;
		if (c.kind !== 'text' || !p || p.topValues.length === 0) return false;
		if (p.distinctCount <= p.topValues.length || Array.isArray(p.values)) return false;
		const like = p.topValues.filter((t) => typeof t.value === 'string' && sample.test(t.value));
		return like.length >= p.topValues.length * 0.8;
	});
}

/** "plot 9a", "not 12a": a number run into letters that together are a value's code ('9A'). */
export function mergeGluedCodes(tokens: Token[], prepared: PreparedCatalog): Token[] {
	const out: Token[] = [];
	for (let k = 0; k < tokens.length; k++) {
		const [t, next] = [tokens[k], tokens[k + 1]];
		const end = codeRunEnd(tokens, k, prepared);
		if (end > k + 1) {
			// "animal 24-0200", "application 23/01283/FUL": a code a column holds, as typed
			const raw = t.codeRun!;
			out.push({
				raw,
				norm: raw.toLowerCase(),
				kind: 'word',
				hasUpper: /\p{Lu}/u.test(raw),
				typed: raw
			});
			k = end - 1;
			continue;
		}
		const code = next ? `${t.raw}${next.raw}`.toLowerCase() : '';
		if (t.isGluedToNext && next?.kind === 'word' && prepared.byWord.has(code)) {
			const raw = `${t.raw}${next.raw}`;
			out.push({ raw, norm: code, kind: 'word', hasUpper: /\p{Lu}/u.test(raw), typed: raw });
			k += 1;
		} else out.push(t);
	}
	return out;
}

/** The end of the tokens that spell a number's code run, when a value is that code; else k. */
function codeRunEnd(tokens: Token[], k: number, prepared: PreparedCatalog): number {
	const run = tokens[k].codeRun;
	const isCode = (code: string) =>
		prepared.byWord.has(code.toLowerCase()) ||
		openColumns(prepared.columns, shapeOf(code)).length > 0;
	if (!run || !isCode(run)) return k;
	const bare = (text: string) => text.replace(/[-/]/g, '').toLowerCase();
	const target = bare(run);
	let spelt = '';
	let j = k;
	while (j < tokens.length && spelt.length < target.length) spelt += bare(tokens[j++].raw);
	return spelt === target ? j : k;
}
