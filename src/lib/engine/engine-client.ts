/**
 * The page-side engine client: starts the worker once, attaches stored tables lazily, creates
 * context views on demand, and restarts the worker if it dies. Every method returns a Result
 * and never throws.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type {
	AttachOptions,
	EngineApi,
	EngineStatus,
	ImportProgress,
	IngestOptions,
	IngestResult,
	InitOptions,
	QueryOptions,
	QueryResult,
	Result,
	SqlReads,
	TableInfo
} from './engine-api';
import { quoteIdent } from '$lib/core/sql/quote';
import { ClientViews } from './client-views';
import {
	CallFailed,
	crashed,
	defaultWorker,
	internal,
	notReady,
	type Operation,
	type Session
} from './client-session';
import { RecentMap } from './recent-map';
import { withBytes } from './stored-bytes';
import { isCatalogQuery, missingTable, type EngineView } from './lazy-attach';
import { startSpan, timed } from './timing';

export type { EngineView } from './lazy-attach';

export type EngineEvent =
	| { kind: 'starting' }
	| { kind: 'ready'; status: EngineStatus }
	| { kind: 'crashed'; message: string }
	| { kind: 'restarted' };

export interface EngineClientOptions {
	/** Every stored table (from IndexedDB); attached on first use. */
	loadAttachments: () => Promise<AttachOptions[]>;
	/** Brings the stored copies of these tables to this device if only the sync server has them. */
	ensureStored?: (tableNames: string[]) => Promise<Result<null>>;
	onEvent?: (event: EngineEvent) => void;
	/** Defaults to Quarry's engine worker. */
	createWorker?: () => Worker;
	/** Defaults to the URLs Vite resolves in engine-assets.ts. */
	assets?: InitOptions;
}

export class EngineClient {
	readonly #options: EngineClientOptions;
	#session: Session | null = null;
	#attached = new Set<string>();
	readonly #views = new ClientViews();
	/** What DuckDB's parser said recent SQL texts read (the same text re-run skips the parse). */
	#parses = new RecentMap<string, SqlReads>(PARSES_KEPT);
	#isReady = false;
	#isDisposed = false;

	constructor(options: EngineClientOptions) {
		this.#options = options;
	}

	/** Start the worker and DuckDB (idempotent). */
	async start(): Promise<Result<EngineStatus>> {
		if (this.#isDisposed)
			return { ok: false, error: { code: 'internal', message: 'The engine was shut down.' } };
		return (this.#session ?? this.#open()).ready;
	}

	ingest(
		options: IngestOptions,
		onProgress?: (progress: ImportProgress) => void
	): Promise<Result<IngestResult>> {
		return this.#call(async (api) => {
			const result = await api.ingest(options, onProgress ? proxy(onProgress) : undefined);
			if (result.ok) this.#attached.add(result.value.tableName);
			return result;
		}, 'import');
	}

	attach(options: AttachOptions): Promise<Result<TableInfo>> {
		return this.#call(async (api) => {
			const result = await api.attach(options);
			if (result.ok) this.#attached.add(options.tableName);
			return result;
		});
	}

	async drop(options: { tableName: string }): Promise<Result<null>> {
		const stored = await this.#listStored();
		const isStored = stored.some((a) => a.tableName === options.tableName);
		// No engine yet: a stored table was never attached, so there is nothing to free.
		if (!this.#session && isStored) return { ok: true, value: null };
		return this.#call(async (api) => {
			// Ask the engine even when this client never attached the table: the table may be
			// there under that name anyway, and a later import of the same name must not meet it.
			const result = await api.drop(options);
			this.#attached.delete(options.tableName);
			if (!result.ok && result.error.code === 'not-found' && isStored) {
				return { ok: true, value: null };
			}
			return result;
		});
	}

	rename(options: { from: string; to: string }): Promise<Result<null>> {
		return this.#call(async (api) => {
			await this.#ensureAttached(api, [options.from]);
			const result = await api.rename(options);
			if (result.ok) {
				this.#attached.delete(options.from);
				this.#attached.add(options.to);
			}
			return result;
		});
	}

	/**
	 * The views queries may name (context views). Each is created, with the stored tables it
	 * reads attached, before the first query that names it; a changed view is created again
	 * when next named, and one no longer listed is dropped.
	 */
	setViews(views: readonly EngineView[]): void {
		const gone = this.#views.set(views);
		if (gone.length === 0 || !this.#session) return;
		void this.#call(async (api) => {
			for (const name of gone) {
				await api.query({
					queryId: `drop-view-${name}`,
					sql: `DROP VIEW IF EXISTS ${quoteIdent(name)}`
				});
			}
			return { ok: true, value: null };
		});
	}

	/**
	 * Run SQL, attaching the stored tables it names first. Stored tables belong to Quarry, not
	 * to the SQL: if one was dropped from the editor (`DROP TABLE cars`), the next query that
	 * needs it finds it missing, and it is rebuilt from its stored copy and the query run again.
	 */
	async query(options: QueryOptions): Promise<Result<QueryResult>> {
		const result = await this.#queryOnce(options);
		const dropped = result.ok ? undefined : missingTable(result.error, this.#attached);
		if (!dropped) return result;
		this.#attached.delete(dropped);
		return this.#queryOnce(options);
	}

	#queryOnce(options: QueryOptions): Promise<Result<QueryResult>> {
		// While the engine starts (after a reload) its parser is not there yet: read the stored
		// copies the text seems to name at once, so that the reads overlap the start.
		const early = this.#isReady ? undefined : this.#readEarly(options.sql);
		early?.catch(() => undefined); // awaited below; a failed start must not leave it unhandled
		return this.#call(async (api) => {
			const [read, plan] = await Promise.all([
				early ? timed('client-read-stored', () => early) : [],
				timed('client-plan', () => this.#plan(api, options.sql))
			]);
			await timed('client-ensure-attached', async () => {
				await this.#attachAll(api, await withBytes(plan.attachments, read));
				await this.#createViews(api, plan.views);
			});
			return timed<Result<QueryResult>>('client-query', () => api.query(options));
		}, 'query');
	}

	/**
	 * What `sql` needs: the stored tables (not attached yet) and the views. From DuckDB's parser,
	 * or, for catalog queries and text it refuses, from a textual check of the stored table and
	 * view names.
	 */
	async #plan(
		api: Remote<EngineApi>,
		sql: string
	): Promise<{ attachments: AttachOptions[]; views: EngineView[] }> {
		const parsed = isCatalogQuery(sql) ? undefined : await this.#parse(api, sql);
		if (parsed?.ok) {
			const { tables, views } = this.#views.expand(parsed.value.tables, sql);
			const attached = new Set([...this.#attached].map((t) => t.toLowerCase()));
			const missing = tables.filter((t) => !attached.has(t.toLowerCase()));
			// Every table it reads is in the engine already: no need to list the stored copies.
			if (missing.length === 0) return { attachments: [], views };
			const fetched = await this.#options.ensureStored?.(missing);
			if (fetched?.ok === false) throw new CallFailed(fetched.error);
			return { attachments: await this.#storedAmong(missing), views };
		}
		const stored = await this.#listStored();
		const names = stored.map((a) => a.tableName);
		const { tables, views } = this.#views.fromText(sql, names);
		return { attachments: await this.#storedAmong(tables, stored), views };
	}

	/**
	 * The names `sql` reads, from DuckDB's parser; the answers for the last few texts are kept.
	 * They depend on the text alone: whether a name is a stored table or a view is decided after.
	 */
	async #parse(api: Remote<EngineApi>, sql: string): Promise<Result<SqlReads>> {
		const known = this.#parses.get(sql);
		if (known) return { ok: true, value: known };
		const parsed = await timed<Result<SqlReads>>('client-parse', () => api.reads({ sql }));
		if (parsed.ok) this.#parses.set(sql, parsed.value);
		return parsed;
	}

	#listStored(): Promise<AttachOptions[]> {
		return timed('client-list-attachments', () => this.#options.loadAttachments());
	}

	/** The stored copies among `names` (ignoring case) that are not attached yet. */
	async #storedAmong(names: string[], stored?: AttachOptions[]): Promise<AttachOptions[]> {
		const wanted = new Set(names.map((t) => t.toLowerCase()));
		return (stored ?? (await this.#listStored())).filter(
			(a) => wanted.has(a.tableName.toLowerCase()) && !this.#attached.has(a.tableName)
		);
	}

	/** Create each of `views` this worker does not have as currently defined. */
	async #createViews(api: Remote<EngineApi>, views: EngineView[]): Promise<void> {
		for (const view of views) {
			if (this.#views.isCreated(view)) continue;
			const queryId = `view-${view.name.toLowerCase()}`;
			const result = await api.query({ queryId, sql: view.sql });
			// A view that fails (a table gone) is left out: the query then says it does not exist.
			if (result.ok) this.#views.markCreated(view);
		}
	}

	/** Ask the engine to stop a running query or import. */
	async cancel(options: { id: string }): Promise<Result<boolean>> {
		const session = this.#session;
		if (!session) return { ok: true, value: false };
		return Promise.race([
			session.api.cancel(options).then((value): Result<boolean> => ({ ok: true, value })),
			session.died.then((): Result<boolean> => ({ ok: true, value: false }))
		]).catch((caught: unknown) => internal(caught));
	}

	describe(options: { tableName: string }): Promise<Result<TableInfo>> {
		return this.#call(async (api) => {
			await this.#ensureAttached(api, [options.tableName]);
			return api.describe(options);
		});
	}

	/**
	 * The tables one statement reads, from DuckDB's parser (nothing is attached or run), with
	 * the context views it names replaced by the stored tables they read.
	 */
	reads(options: { sql: string }): Promise<Result<SqlReads>> {
		return this.#call(async (api) => {
			const parsed = await api.reads(options);
			if (!parsed.ok) return parsed;
			const { tables } = this.#views.expand(parsed.value.tables, options.sql);
			return { ok: true, value: { tables } };
		});
	}

	status(): Promise<Result<EngineStatus>> {
		return this.#call((api) => api.status());
	}

	/** Terminate the worker as if it had crashed (used by tests). The client restarts it. */
	kill(): void {
		this.#session?.markDead('The engine worker was terminated.');
	}

	dispose(): void {
		this.#isDisposed = true;
		const session = this.#session;
		this.#session = null;
		session?.markDead('The engine was shut down.');
	}

	#emit(event: EngineEvent): void {
		try {
			this.#options.onEvent?.(event);
		} catch {
			// a listener's failure must not break the engine
		}
	}

	#open(): Session {
		this.#emit({ kind: 'starting' });
		const endCreate = startSpan('client-create-worker');
		const worker = (this.#options.createWorker ?? defaultWorker)();
		endCreate();
		let markDead: (message: string) => void = () => undefined;
		const died = new Promise<'died'>((resolve) => {
			markDead = (message) => {
				worker.terminate();
				resolve('died');
				this.#onDeath(session, message);
			};
		});
		worker.addEventListener('error', (event) => {
			event.preventDefault();
			session.markDead(event.message || 'The engine worker failed.');
		});
		const api = wrap<EngineApi>(worker);
		const session: Session = { worker, api, died, markDead, ready: Promise.resolve(notReady) };
		this.#session = session;
		session.ready = this.#init(session);
		return session;
	}

	async #init(session: Session): Promise<Result<EngineStatus>> {
		const endInit = startSpan('client-init');
		const assets = this.#options.assets ?? (await import('./engine-assets')).engineAssets;
		const outcome = await Promise.race([session.api.init(assets), session.died]).catch(
			(caught: unknown) => internal(caught)
		);
		endInit();
		if (outcome === 'died') return { ok: false, error: crashed('operation') };
		if (outcome.ok && this.#session === session) this.#isReady = true;
		if (outcome.ok) this.#emit({ kind: 'ready', status: outcome.value });
		return outcome;
	}

	#onDeath(session: Session, message: string): void {
		if (this.#session !== session) return;
		this.#session = null;
		this.#isReady = false;
		this.#attached.clear();
		this.#views.forgetCreated();
		if (this.#isDisposed) return;
		this.#emit({ kind: 'crashed', message });
		const next = this.#open();
		void next.ready.then((result) => {
			if (result.ok && this.#session === next) this.#emit({ kind: 'restarted' });
		});
	}

	async #call<T>(
		body: (api: Remote<EngineApi>) => Promise<Result<T>>,
		operation: Operation = 'operation'
	): Promise<Result<T>> {
		const started = await this.start();
		if (!started.ok) return started;
		const session = this.#session;
		if (!session) return { ok: false, error: crashed(operation) };
		try {
			const outcome = await Promise.race([body(session.api), session.died]);
			if (outcome === 'died') return { ok: false, error: crashed(operation) };
			if (!outcome.ok && outcome.error.code === 'engine-crashed') {
				session.markDead(outcome.error.message);
				return { ok: false, error: crashed(operation) };
			}
			return outcome;
		} catch (caught) {
			return internal(caught);
		}
	}

	/**
	 * The stored tables the text of `sql` seems to name (directly or through a view) that are
	 * not attached yet, with their bytes read: a guess made before the parser is available.
	 */
	async #readEarly(sql: string): Promise<AttachOptions[]> {
		const stored = await this.#options.loadAttachments();
		const names = stored.map((a) => a.tableName);
		const { tables } = this.#views.fromText(sql, names);
		return withBytes(await this.#storedAmong(tables, stored), []);
	}

	/** Attach each of `attachments` this worker has not attached yet (bytes are transferred). */
	async #attachAll(api: Remote<EngineApi>, attachments: AttachOptions[]): Promise<void> {
		for (const attachment of attachments) {
			if (this.#attached.has(attachment.tableName)) continue;
			const { bytes } = attachment;
			const result = await api.attach(bytes ? transfer(attachment, [bytes.buffer]) : attachment);
			if (result.ok) this.#attached.add(attachment.tableName);
		}
	}

	/** Attach the stored tables among `names` that this worker has not attached yet. */
	async #ensureAttached(api: Remote<EngineApi>, names: string[]): Promise<void> {
		const missing = names.filter((name) => !this.#attached.has(name));
		if (missing.length === 0) return;
		const stored = await this.#options.loadAttachments();
		await this.#attachAll(
			api,
			stored.filter((a) => missing.includes(a.tableName))
		);
	}
}

/** How many SQL texts' parses the client keeps. */
const PARSES_KEPT = 64;
