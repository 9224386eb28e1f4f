/**
 * Whether the query page shows a result as a table or a chart, remembered per query.
 *
 * Keyed by the query's normalised text (trimmed, whitespace collapsed, trailing semicolons
 * dropped). The newest 200 choices are kept in localStorage under `quarry.result-views`: the
 * choice is a small view preference read synchronously when a result appears, so it lives
 * beside the page rather than in IndexedDB; losing it costs nothing but a click.
 */

export type ResultViewMode = 'table' | 'chart';

/** The part of `Storage` the choices use (localStorage in the app). */
export type ChoiceStore = Pick<Storage, 'getItem' | 'setItem'>;

export const CHOICES_KEY = 'quarry.result-views';
export const MAX_CHOICES = 200;

/** The key a query's choice is kept under. */
export function normaliseSql(sql: string): string {
	return sql
		.trim()
		.replace(/;+\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export class ChartChoices {
	/** Oldest first; the last entry is the newest choice. */
	#entries = $state.raw<[string, ResultViewMode][]>([]);
	readonly #store: ChoiceStore | undefined;

	constructor(store: ChoiceStore | undefined = defaultStore()) {
		this.#store = store;
		this.#entries = read(store);
	}

	/** The remembered mode for `sql`, or undefined when none was chosen. */
	modeFor(sql: string): ResultViewMode | undefined {
		const key = normaliseSql(sql);
		return this.#entries.find(([k]) => k === key)?.[1];
	}

	choose(sql: string, mode: ResultViewMode): void {
		const key = normaliseSql(sql);
		const rest = this.#entries.filter(([k]) => k !== key);
		this.#entries = [...rest, [key, mode] satisfies [string, ResultViewMode]].slice(-MAX_CHOICES);
		try {
			this.#store?.setItem(CHOICES_KEY, JSON.stringify(this.#entries));
		} catch {
			// Storage full or blocked: the choice still holds for this session.
		}
	}
}

function defaultStore(): ChoiceStore | undefined {
	try {
		return globalThis.localStorage ?? undefined;
	} catch {
		return undefined; // blocked storage throws on access
	}
}

function read(store: ChoiceStore | undefined): [string, ResultViewMode][] {
	try {
		const parsed: unknown = JSON.parse(store?.getItem(CHOICES_KEY) ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed
			.filter(
				(entry): entry is [string, ResultViewMode] =>
					Array.isArray(entry) &&
					typeof entry[0] === 'string' &&
					(entry[1] === 'table' || entry[1] === 'chart')
			)
			.slice(-MAX_CHOICES);
	} catch {
		return [];
	}
}
