/**
 * One pass of the engine over one catalog: match, parse, plan, build SQL, score. Choices can be
 * forced (a reference read as a given target, months read as months of the year) to build the
 * alternative readings of a question.
 */
import { buildSql } from './build-sql';
import { CONFIDENCE_THRESHOLD, confidenceOf, explain } from './explain';
import type { Intent } from './intent';
import { prepareCatalog, type PreparedCatalog } from './lexicon';
import { matchItems, targetKey, type Item } from './matcher';
import { parse } from './parse';
import { planQuery, type Plan } from './planner';
import { scopeFit } from './scope';
import { SqlError } from './sql-expr';
import { refusalSuggestions } from './suggest';
import { tokenize } from './text';
import type { Catalog, NlContext, NlRefusal, NlResult } from './types';

export interface Forcing {
	/** Item start (token index) → the target key the reference there must take. */
	targets?: Map<number, string>;
	/**
	 * Read "per month" as each calendar month or as the month of the year (all years together).
	 * Unforced, a date kept in parts reads the file's own month column, others calendar months.
	 */
	month?: 'calendar' | 'of-year';
	/** List the rows that a question naming them and a time would count (parse-counted). */
	isListForced?: boolean;
}

export interface Attempt {
	result: NlResult;
	/** How much of the question this catalog accounts for (see scopeFit). */
	fit: number;
	/** Human names of the tables the answer reads. */
	tables: string[];
	catalog: Catalog;
	context: NlContext;
	items: Item[];
	intent?: Intent;
	plan?: Plan;
	/** A year the question names lies outside the data's years: the answer would be empty. */
	isOutsideTime?: boolean;
}

export function answerIn(
	question: string,
	catalog: Catalog,
	context: NlContext,
	forcing: Forcing = {}
): Attempt {
	const prepared = prepareCatalog(catalog, context);
	const items = force(matchItems(tokenize(question), prepared), forcing);
	const base = { catalog, context, items, fit: scopeFit(items, prepared, catalog), tables: [] };
	const intent = parse(items, prepared, { isListForced: forcing.isListForced });
	const fail = (reason: string, suggestions: string[]) => ({
		...base,
		intent,
		result: refuseWith(reason, suggestions, intent, prepared)
	});
	if (intent.refusal) return fail(intent.refusal.reason, intent.refusal.suggestions);
	const planned = planQuery(intent, prepared);
	if ('refusal' in planned) return fail(planned.refusal.reason, planned.refusal.suggestions);
	const { plan } = planned;
	const isStoredMonth = plan.time?.parts !== undefined && intent.mode !== 'trend';
	if (forcing.month === 'of-year') monthOfYear(intent, 'by month of the year (all years together)');
	const stored = plan.time?.parts?.month;
	if (!forcing.month && isStoredMonth && stored) monthOfYear(intent, `by "${stored.name}"`);
	let sql: string;
	try {
		sql = buildSql(intent, plan);
	} catch (error) {
		if (error instanceof SqlError) return fail(error.message, []);
		throw error;
	}
	const tables = [plan.base, ...plan.joins.map((j) => j.table)].map((t) => t.humanName);
	const confidence = confidenceOf(intent);
	if (confidence < CONFIDENCE_THRESHOLD) {
		const unknown = intent.unknown.map((u) => `"${u.words}"`);
		const loose = intent.factors.filter((f) => f.factor < 0.9).map((f) => f.reason);
		const reason = [
			unknown.length > 0 ? `Quarry could not place ${unknown.join(', ')}` : '',
			loose.length > 0 ? `it is unsure because ${loose.join('; ')}` : ''
		]
			.filter((s) => s)
			.join(', and ');
		return {
			...fail(`${reason || 'Quarry is not sure what was meant'}.`, [
				`Closest reading: ${explain(intent, plan)}`
			]),
			tables,
			plan
		};
	}
	for (const join of plan.joins) {
		const on = join.on
			.map(([a, b]) => `${a.table.humanName}.${a.name} = ${b.table.humanName}.${b.name}`)
			.join(', ');
		intent.interpretation.push({
			words: '',
			kind: 'join',
			meaning: `join ${join.table.humanName} on ${on}`
		});
	}
	return {
		...base,
		tables,
		intent,
		plan,
		isOutsideTime: isOutsideTime(intent, plan),
		result: {
			sql,
			explanation: explain(intent, plan),
			confidence,
			interpretation: intent.interpretation
		}
	};
}

function yearOf(value: unknown): number {
	if (typeof value === 'number') return value;
	return typeof value === 'string' ? Number(value.slice(0, 4)) : NaN;
}

function isOutsideTime(intent: Intent, plan: Plan): boolean {
	const time = plan.time;
	if (!time) return false;
	const from = yearOf(time.profile?.min);
	const to = yearOf(time.profile?.max);
	if (Number.isNaN(from) || Number.isNaN(to)) return false;
	return intent.filters.some((f) => {
		if (f.part !== 'year' || (f.op !== 'eq' && f.op !== 'between')) return false;
		const years = f.values.map(Number);
		return Math.max(...years) < from || Math.min(...years) > to;
	});
}

/** Applies forced reference targets: the forced candidate becomes the only one. */
function force(items: Item[], forcing: Forcing): Item[] {
	const targets = forcing.targets;
	if (!targets || targets.size === 0) return items;
	return items.map((item) => {
		const key = targets.get(item.start);
		if (item.type !== 'ref' || key === undefined) return item;
		const cand = item.cands.find((c) => targetKey(c.target) === key);
		return cand ? { ...item, cands: [{ ...cand, score: item.cands[0].score }] } : item;
	});
}

function refuseWith(
	reason: string,
	suggestions: string[],
	intent: Intent,
	prepared: PreparedCatalog
): NlRefusal {
	const unknownWords = [...new Set(intent.unknown.map((u) => u.words))];
	return refuse(
		reason,
		[...suggestions, ...refusalSuggestions(intent, prepared)],
		intent.interpretation,
		unknownWords
	);
}

export function refuse(
	reason: string,
	suggestions: string[],
	interpretation?: NlRefusal['interpretation'],
	unknownWords: string[] = []
): NlRefusal {
	return {
		notUnderstood: true,
		reason: reason.charAt(0).toUpperCase() + reason.slice(1),
		suggestions: [...new Set(suggestions)].slice(0, 6),
		...(unknownWords.length > 0 ? { unknownWords } : {}),
		...(interpretation && interpretation.length > 0 ? { interpretation } : {})
	};
}

/** "per month" read as the month of the year, all years together. */
function monthOfYear(intent: Intent, meaning: string): void {
	const grain = intent.timeGrain;
	if (grain?.grain !== 'month') return;
	intent.timeGrain = { ...grain, grain: 'month_of_year' };
	for (const item of intent.interpretation) {
		if (item.kind === 'group' && item.words === grain.words) item.meaning = meaning;
	}
}
