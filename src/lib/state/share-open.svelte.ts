/**
 * An opened share link (or analysis file): what it carries, how each of its datasets is found
 * here, and — only when the user asks — running its SQL. Datasets missing here come from the
 * link's inline sample as temporary engine tables (nothing stored) or from a file the user
 * drops, whose columns must match the link's.
 */
import type { Table } from 'apache-arrow';
import {
	decodeShareLink,
	matchDataset,
	readAnalysisFile,
	sqlForTables,
	sameSchema,
	sampleTableSql,
	type DatasetMatch,
	type DecodeResult,
	type ShareError,
	type SharePayload
} from '$lib/core/share';
import type { ColumnInfo } from '$lib/engine/engine-api';
import type { EnginePort } from './engine-port';
import { decodeArrow } from './decode-arrow';
import type { Workspace } from './workspace.svelte';

/** How one link dataset will be read when the user runs the link. */
export type DatasetSource =
	| DatasetMatch
	| { kind: 'dropped'; localId: string; tableName: string }
	| { kind: 'sample'; tableName: string; rows: number; truncated: boolean };

export interface SharedResult {
	table: Table;
	columns: ColumnInfo[];
	rows: number;
	truncated: boolean;
	/** The SQL as run (table names of matched datasets swapped in). */
	sql: string;
}

export interface SharedAnalysisDeps {
	engine: EnginePort;
	workspace: Workspace;
}

const MAX_RESULT_ROWS = 100_000;

export class SharedAnalysis {
	status = $state<'idle' | 'reading' | 'ready' | 'failed'>('idle');
	error = $state.raw<ShareError | null>(null);
	payload = $state.raw<SharePayload | null>(null);
	/** Link datasets the user placed by dropping a file. */
	dropped = $state.raw<readonly { index: number; localId: string }[]>([]);
	/** Messages about dropped files, per link dataset. */
	dropErrors = $state.raw<readonly { index: number; message: string }[]>([]);
	isRunning = $state(false);
	runError = $state<string | null>(null);
	result = $state.raw<SharedResult | null>(null);

	readonly #engine: EnginePort;
	readonly #workspace: Workspace;

	constructor(deps: SharedAnalysisDeps) {
		this.#engine = deps.engine;
		this.#workspace = deps.workspace;
	}

	/** Decode link text (the address's fragment). Runs nothing. */
	async openLink(text: string): Promise<void> {
		this.status = 'reading';
		this.#take(await decodeShareLink(text));
	}

	/** Read an exported analysis file. Runs nothing. */
	async openFile(file: File): Promise<void> {
		this.status = 'reading';
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.#take({ ok: false, code: 'invalid-payload', message: 'The file could not be read.' });
			return;
		}
		this.#take(readAnalysisFile(text));
	}

	#take(decoded: DecodeResult): void {
		this.result = null;
		this.runError = null;
		this.dropped = [];
		this.dropErrors = [];
		if (decoded.ok) {
			this.payload = decoded.payload;
			this.error = null;
			this.status = 'ready';
		} else {
			this.payload = null;
			this.error = { code: decoded.code, message: decoded.message };
			this.status = 'failed';
		}
	}

	/** How each dataset of the link will be read (follows the local dataset list). */
	get sources(): DatasetSource[] {
		const payload = this.payload;
		if (!payload) return [];
		const local = this.#workspace.datasets;
		return payload.datasets.map((linked, i): DatasetSource => {
			const droppedId = this.dropped.find((d) => d.index === i)?.localId;
			const droppedRecord = droppedId ? local.find((d) => d.id === droppedId) : undefined;
			if (droppedRecord) {
				return { kind: 'dropped', localId: droppedRecord.id, tableName: droppedRecord.tableName };
			}
			const match = matchDataset(linked, local);
			if (match.kind !== 'missing' || !linked.sample || match.conflictId) return match;
			return {
				kind: 'sample',
				tableName: linked.tableName,
				rows: linked.sample.rows.length,
				truncated: linked.sample.truncated
			};
		});
	}

	/** Why the link cannot run yet, or null when it can. */
	get blocker(): string | null {
		const payload = this.payload;
		if (!payload) return 'Nothing to run.';
		const missing = this.sources.findIndex((s) => s.kind === 'missing');
		if (missing < 0) return null;
		const name = payload.datasets[missing].name;
		return `The dataset “${name}” is not on this device: drop its file to use it.`;
	}

	/**
	 * Import a file for link dataset `index` (it becomes an ordinary stored dataset, as any
	 * import does); it is used only if its columns match the link's.
	 */
	async dropFile(index: number, file: File): Promise<void> {
		const linked = this.payload?.datasets[index];
		if (!linked) return;
		const before = this.#workspace.datasets.map((d) => d.id);
		this.#workspace.importFiles([file]);
		await this.#workspace.idle();
		const added = this.#workspace.datasets.find((d) => !before.includes(d.id));
		const errors = this.dropErrors.filter((e) => e.index !== index);
		if (!added) {
			errors.push({ index, message: `${file.name} could not be imported.` });
		} else if (!sameSchema(added.columns, linked.columns)) {
			const theirs = linked.columns.map((c) => `${c.name} ${c.type}`).join(', ');
			const ours = added.columns.map((c) => `${c.name} ${c.type}`).join(', ');
			errors.push({
				index,
				message: `${file.name} has other columns than the link expects (link: ${theirs}; file: ${ours}). It was imported but is not used.`
			});
		} else {
			this.dropped = [
				...this.dropped.filter((d) => d.index !== index),
				{ index, localId: added.id }
			];
		}
		this.dropErrors = errors;
	}

	/** Run the link's SQL: the only way anything from a link reaches the engine. */
	async run(): Promise<void> {
		const payload = this.payload;
		if (!payload || this.isRunning) return;
		const blocker = this.blocker;
		if (blocker) {
			this.runError = blocker;
			return;
		}
		this.isRunning = true;
		this.runError = null;
		try {
			const sources = this.sources;
			for (const [i, source] of sources.entries()) {
				const linked = payload.datasets[i];
				if (source.kind !== 'sample') continue;
				const created = await this.#engine.query({
					queryId: crypto.randomUUID(),
					sql: sampleTableSql(linked)
				});
				if (!created.ok) throw new Error(`The sample of ${linked.name}: ${created.error.message}`);
			}
			const sql = sqlForTables(
				payload,
				sources.map((s) => (s.kind === 'missing' ? null : s.tableName))
			);
			const response = await this.#engine.query({
				queryId: crypto.randomUUID(),
				sql,
				maxRows: MAX_RESULT_ROWS
			});
			if (!response.ok) throw new Error(response.error.message);
			const { arrow, columns, rows, truncated } = response.value;
			this.result = { table: await decodeArrow(arrow), columns, rows, truncated, sql };
		} catch (error) {
			this.result = null;
			this.runError = error instanceof Error ? error.message : String(error);
		} finally {
			this.isRunning = false;
		}
	}
}
