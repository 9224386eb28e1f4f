/**
 * Saved contexts, live across tabs, and every change the Contexts page makes to them: create,
 * rename, duplicate, delete and the edits of core/contexts/edits.ts, each checked and stored in one
 * transaction (version bumped, activity logged). Join suggestions and validation numbers come
 * from a ContextMeasurer (DuckDB) and are kept per context version.
 *
 * A context whose dataset was deleted keeps working for the rest: `goneDatasets` names what is
 * missing, and the relations, metrics, descriptions and synonyms on it stay (marked on the page)
 * until the user removes the dataset from the context.
 */
import type {
	Context,
	ContextMeasurer,
	JoinSuggestion,
	SuggestionReport,
	ValidationReport
} from '$lib/core/contexts/types';
import { watch } from '$lib/storage/live';
import type { ContextChange } from '$lib/storage/contexts-repo';
import type { ActivityKind, ContextRecord, DatasetRecord } from '$lib/storage/records';
import type { QuarryStorage } from '$lib/storage/storage';
import {
	applyEdit,
	checkContextName,
	copyName,
	emptyContext,
	type ContextEdit
} from '$lib/core/contexts/edits';
import { readContext } from '$lib/core/contexts/read';
import { measureDataset, settled, type Measured } from './context-measured';

export { measureDataset, type Measured } from './context-measured';
import { Notices } from './notices.svelte';
import { messageOf } from '$lib/core/error-message';

export type { DatasetRecord };

/** Edits to one context within this time of the last show as one line in the activity feed. */
const EDIT_BURST_MS = 10 * 60_000;

export type ContextsOutcome = { ok: true; id: string } | { ok: false; message: string };

export interface ContextsDeps {
	storage: QuarryStorage;
	/** Join suggestions and validation in DuckDB; without one the page shows no numbers. */
	measurer?: ContextMeasurer;
	notices?: Notices;
	newId?: () => string;
}

interface Snapshot {
	writesSeen: number;
	contexts: ContextRecord[];
	datasets: DatasetRecord[];
	goneNames: Record<string, string>;
	unreadable: number;
}

export class Contexts {
	/** Every readable saved context, by name. */
	contexts = $state.raw<ContextRecord[]>([]);
	/** The datasets that exist now, newest first. */
	datasets = $state.raw<DatasetRecord[]>([]);
	/** Names that datasets since deleted had, by id (from the activity log), for saying which is gone. */
	goneNames = $state.raw<Record<string, string>>({});
	/** Stored contexts left out because their records do not fit. */
	unreadable = $state(0);
	isLoaded = $state(false);
	loadError = $state<string | null>(null);
	/** Join suggestions by context id, for the version they were measured at. */
	suggestions = $state.raw<Record<string, Measured<SuggestionReport>>>({});
	/** Validation numbers by context id, for the version they were measured at. */
	validation = $state.raw<Record<string, Measured<ValidationReport>>>({});

	readonly notices: Notices;
	readonly #storage: QuarryStorage;
	readonly #measurer: ContextMeasurer | undefined;
	readonly #newId: () => string;
	#stop: (() => void) | undefined;
	#writesDone = 0;

	constructor(deps: ContextsDeps) {
		this.#storage = deps.storage;
		this.#measurer = deps.measurer;
		this.notices = deps.notices ?? new Notices();
		this.#newId = deps.newId ?? (() => crypto.randomUUID());
	}

	get canMeasure(): boolean {
		return this.#measurer !== undefined;
	}

	/** Start following storage (idempotent). Returns a function that stops following. */
	start(): () => void {
		this.#stop ??= watch(
			() => this.#read(),
			(snapshot) => {
				if (snapshot.writesSeen === this.#writesDone) this.contexts = snapshot.contexts;
				this.datasets = snapshot.datasets;
				this.goneNames = snapshot.goneNames;
				this.unreadable = snapshot.unreadable;
				this.isLoaded = true;
				this.loadError = null;
			},
			(error) => {
				this.isLoaded = true;
				this.loadError = `Could not read your contexts: ${messageOf(error)}`;
			}
		);
		return () => this.stop();
	}

	stop(): void {
		this.#stop?.();
		this.#stop = undefined;
	}

	get(id: string): ContextRecord | undefined {
		return this.contexts.find((c) => c.id === id);
	}

	/** Ids in the context whose dataset no longer exists. */
	goneDatasets(context: Context): string[] {
		return context.datasetIds.filter((id) => !this.datasets.some((d) => d.id === id));
	}

	/** The context's datasets that exist now, in the context's order. */
	datasetsOf(context: Context): DatasetRecord[] {
		return context.datasetIds
			.map((id) => this.datasets.find((d) => d.id === id))
			.filter((d) => d !== undefined);
	}

	/** A dataset's name: its current one, the one it had when it was deleted, or a plain phrase. */
	nameOf(datasetId: string): string {
		const dataset = this.datasets.find((d) => d.id === datasetId);
		if (dataset) return dataset.name;
		const gone = this.goneNames[datasetId];
		return gone === undefined ? 'a deleted dataset' : `${gone} (deleted)`;
	}

	/** The contexts that use a dataset (from the live list). */
	usingDataset(datasetId: string): ContextRecord[] {
		return this.contexts.filter((c) => c.datasetIds.includes(datasetId));
	}

	/** A new empty context named `name` (trimmed, unique, at most 80 characters). */
	async create(name: string): Promise<ContextsOutcome> {
		const checked = checkContextName(name);
		if (!checked.ok) return checked;
		return this.#write('create', async () => {
			const result = await this.#storage.contexts.create(
				emptyContext(this.#newId(), checked.value)
			);
			if (result.ok)
				await this.#log(
					'context-saved',
					result.context.id,
					`Created context “${result.context.name}”`
				);
			return result;
		});
	}

	async rename(id: string, name: string): Promise<ContextsOutcome> {
		const checked = checkContextName(name);
		if (!checked.ok) return checked;
		return this.#write('rename', async () => {
			const result = await this.#storage.contexts.update(id, (c) =>
				ok({ ...c, name: checked.value })
			);
			if (result.ok)
				await this.#log('context-saved', id, `Renamed context to “${result.context.name}”`);
			return result;
		});
	}

	/** Store a copy named "<name> (copy)" (or "(copy 2)"… while that is taken); returns its id. */
	async duplicate(id: string): Promise<ContextsOutcome> {
		const original = await this.#storage.contexts.get(id).catch(() => undefined);
		const readable = original ? readContext(original) : null;
		if (!readable) return this.#report({ ok: false, message: 'That context no longer exists.' });
		const outcome = await this.#write('copy', async () => {
			let result = await this.#storage.contexts.create({
				...readable,
				id: this.#newId(),
				name: copyName(readable.name)
			});
			for (let n = 2; !result.ok && result.code === 'name-taken' && n < 100; n++) {
				const name = copyName(readable.name).replace(/\(copy\)$/, `(copy ${n})`);
				result = await this.#storage.contexts.create({ ...readable, id: this.#newId(), name });
			}
			if (result.ok)
				await this.#log('context-saved', result.context.id, `Copied context “${readable.name}”`);
			return result;
		});
		if (outcome.ok) this.notices.notify('success', `Saved a copy of “${readable.name}”.`);
		return this.#report(outcome);
	}

	async remove(id: string): Promise<ContextsOutcome> {
		const context = this.get(id);
		try {
			await this.#storage.contexts.remove(id);
		} catch (error) {
			return this.#report({
				ok: false,
				message: `Could not delete the context: ${messageOf(error)}`
			});
		}
		this.#writesDone += 1;
		this.contexts = this.contexts.filter((c) => c.id !== id);
		await this.#log('context-deleted', id, `Deleted context “${context?.name ?? id}”`);
		if (context) this.notices.notify('info', `Deleted “${context.name}”.`);
		return { ok: true, id };
	}

	/** Apply one checked edit, against the datasets as they are in storage at that moment. */
	async edit(id: string, edit: ContextEdit): Promise<ContextsOutcome> {
		return this.#write('save', async () => {
			const datasets = await this.#storage.datasets.list();
			const change: ContextChange = (current) => applyEdit(current, edit, datasets);
			const result = await this.#storage.contexts.update(id, change);
			if (result.ok) {
				const summary = `Changed context “${result.context.name}”`;
				await this.#storage.activity
					.logEdit('context-saved', id, summary, EDIT_BURST_MS)
					.catch(() => undefined);
			}
			return result;
		});
	}

	/** Add a suggested join as a relation, with the kind measured for it. */
	async acceptSuggestion(id: string, suggestion: JoinSuggestion): Promise<ContextsOutcome> {
		return this.edit(id, {
			kind: 'add-relation',
			relation: { left: suggestion.left, right: suggestion.right, kind: suggestion.kind }
		});
	}

	/**
	 * Measure join suggestions and validation for the context's current version, unless they
	 * are measured (or being measured) for it already; `force` measures again.
	 */
	async measure(id: string, force = false): Promise<void> {
		const measurer = this.#measurer;
		const context = this.get(id);
		if (!measurer || !context) return;
		const version = context.version;
		const datasets = this.datasetsOf(context).map(measureDataset);
		const key = `${version}:${datasets.map((d) => `${d.id}=${d.fingerprint}`).join(',')}`;
		const snapshot = $state.snapshot(context) as Context;
		const jobs: Promise<void>[] = [];
		if (force || this.suggestions[id]?.key !== key) {
			this.suggestions = { ...this.suggestions, [id]: { status: 'measuring', version, key } };
			jobs.push(
				measurer
					.suggestJoins({ contextId: id, datasets, existing: snapshot.relations })
					.catch((error: unknown) => ({ ok: false as const, message: messageOf(error) }))
					.then((outcome) => {
						if (this.suggestions[id]?.key !== key) return;
						this.suggestions = { ...this.suggestions, [id]: settled(version, key, outcome) };
					})
			);
		}
		if (force || this.validation[id]?.key !== key) {
			this.validation = { ...this.validation, [id]: { status: 'measuring', version, key } };
			jobs.push(
				measurer
					.validate({ context: snapshot, datasets })
					.catch((error: unknown) => ({ ok: false as const, message: messageOf(error) }))
					.then((outcome) => {
						if (this.validation[id]?.key !== key) return;
						this.validation = { ...this.validation, [id]: settled(version, key, outcome) };
					})
			);
		}
		await Promise.all(jobs);
	}

	async #write(
		verb: string,
		run: () => Promise<{ ok: true; context: ContextRecord } | { ok: false; message: string }>
	): Promise<ContextsOutcome> {
		try {
			const result = await run();
			if (!result.ok) return { ok: false, message: result.message };
			this.#upsert(result.context);
			return { ok: true, id: result.context.id };
		} catch (error) {
			return { ok: false, message: `Could not ${verb} the context: ${messageOf(error)}` };
		}
	}

	async #read(): Promise<Snapshot> {
		const writesSeen = this.#writesDone;
		const [stored, datasets] = await Promise.all([
			this.#storage.contexts.list(),
			this.#storage.datasets.list()
		]);
		const contexts = stored.map(readContext);
		const gone = contexts
			.flatMap((c) => c?.datasetIds ?? [])
			.filter((id) => !datasets.some((d) => d.id === id));
		return {
			writesSeen,
			contexts: contexts.filter((c) => c !== null),
			datasets,
			goneNames: await this.#storage.contexts.deletedDatasetNames(gone),
			unreadable: contexts.filter((c) => c === null).length
		};
	}

	#upsert(context: ContextRecord): void {
		this.#writesDone += 1;
		const others = this.contexts.filter((c) => c.id !== context.id);
		this.contexts = [...others, context].sort((a, b) =>
			a.name < b.name ? -1 : a.name > b.name ? 1 : 0
		);
	}

	#report(outcome: ContextsOutcome): ContextsOutcome {
		if (!outcome.ok) this.notices.notify('error', outcome.message);
		return outcome;
	}

	async #log(kind: ActivityKind, refId: string, summary: string): Promise<void> {
		await this.#storage.activity.log(kind, refId, summary).catch(() => undefined);
	}
}

function ok(context: ContextRecord): { ok: true; value: ContextRecord } {
	return { ok: true, value: context };
}
