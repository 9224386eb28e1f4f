/**
 * The engine client's context views: the definitions queries may name, which of them the
 * current worker has created, and how a statement's names expand to the stored tables they read.
 */
import { expandViews, tablesNeeded, type EngineView } from './lazy-attach';

export class ClientViews {
	/** Views a query may name, by lower-case name (DuckDB ignores case). */
	#views = new Map<string, EngineView>();
	/** The SQL each view was created with in the current worker, by lower-case name. */
	#created = new Map<string, string>();

	/**
	 * Replace the definitions; returns the names of views the worker created that are no longer
	 * listed (to drop). A changed view is forgotten as created, so it is made again when named.
	 */
	set(views: readonly EngineView[]): string[] {
		const next = new Map(views.map((v) => [v.name.toLowerCase(), v]));
		const gone: string[] = [];
		for (const [key, sql] of this.#created) {
			if (next.get(key)?.sql === sql) continue;
			this.#created.delete(key);
			if (!next.has(key)) gone.push(this.#views.get(key)?.name ?? key);
		}
		this.#views = next;
		return gone;
	}

	/** Every view's name, as defined. */
	names(): string[] {
		return [...this.#views.values()].map((v) => v.name);
	}

	/**
	 * The views among `names` and the tables to read (the other names plus the views' tables).
	 * Once a view exists DuckDB's parser reports the tables it reads, not its name: the views a
	 * statement names are also found in its text, so that a changed one is made again.
	 */
	expand(names: readonly string[], sql: string): { tables: string[]; views: EngineView[] } {
		return expandViews([...names, ...tablesNeeded(sql, this.names())], this.#views);
	}

	/**
	 * The guess from the text alone (before the parser is there, or for text it refuses): the
	 * stored tables and views `sql` seems to name, views expanded.
	 */
	fromText(sql: string, storedNames: readonly string[]): { tables: string[]; views: EngineView[] } {
		return this.expand(tablesNeeded(sql, [...storedNames, ...this.names()]), sql);
	}

	/** True when the worker has `view` as currently defined. */
	isCreated(view: EngineView): boolean {
		return this.#created.get(view.name.toLowerCase()) === view.sql;
	}

	markCreated(view: EngineView): void {
		this.#created.set(view.name.toLowerCase(), view.sql);
	}

	/** A new worker has none of the views. */
	forgetCreated(): void {
		this.#created.clear();
	}
}
