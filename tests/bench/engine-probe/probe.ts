// Drives EngineClient in the page; run-probe.mjs calls window.probe.* and prints the numbers.
import { tableFromIPC } from 'apache-arrow';
import { EngineClient, type EngineEvent } from '$lib/engine/engine-client';
import type { AttachOptions, SourceFormat } from '$lib/engine/engine-api';

const events: EngineEvent['kind'][] = [];
const stored = new Map<string, AttachOptions>();
const client = new EngineClient({
	loadAttachments: async () => [...stored.values()],
	onEvent: (event) => events.push(event.kind)
});

/** Longest gap between 10 ms ticks on the page's thread while `body` runs. */
async function withJank<T>(body: () => Promise<T>): Promise<{ value: T; maxGapMs: number }> {
	let last = performance.now();
	let maxGapMs = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		maxGapMs = Math.max(maxGapMs, now - last);
		last = now;
	}, 10);
	try {
		return { value: await body(), maxGapMs: Math.round(maxGapMs) };
	} finally {
		clearInterval(timer);
	}
}

async function timed<T>(body: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const t0 = performance.now();
	const value = await body();
	return { value, ms: Math.round(performance.now() - t0) };
}

function firstRow(arrow: Uint8Array): unknown {
	return JSON.parse(
		JSON.stringify(tableFromIPC(arrow).get(0)?.toJSON() ?? null, (_k, v) =>
			typeof v === 'bigint' ? Number(v) : v
		)
	);
}

function makeCsv(rows: number): Blob {
	const parts: string[] = ['id,category,amount,flag,label,day\n'];
	for (let i = 0; i < rows; i++) {
		parts.push(
			`${i},cat_${i % 20},${((i * 7919) % 100000) / 100},${i % 3 === 0},label ${i % 1000},2024-01-${String((i % 28) + 1).padStart(2, '0')}\n`
		);
	}
	return new Blob(parts);
}

const probe = {
	events,
	async start() {
		return timed(() => client.start());
	},
	async ingest(url: string, format: SourceFormat, tableName: string) {
		const file = await (await fetch(url)).blob();
		const phases: string[] = [];
		const { value, ms } = await timed(() =>
			client.ingest({ jobId: tableName, file, fileName: url, format, tableName }, (p) =>
				phases.push(`${p.phase}:${p.fraction}`)
			)
		);
		if (value.ok)
			stored.set(tableName, {
				tableName,
				stored: value.value.stored,
				storedFormat: value.value.storedFormat
			});
		return {
			ms,
			ok: value.ok,
			rows: value.ok ? value.value.rows : 0,
			storedBytes: value.ok ? value.value.stored.size : 0,
			error: value.ok ? null : value.error,
			phases: phases.length,
			lastPhase: phases.at(-1)
		};
	},
	async ingestGenerated(rows: number, tableName: string) {
		const file = makeCsv(rows);
		const { value, ms } = await timed(() =>
			client.ingest({ jobId: tableName, file, fileName: 'gen.csv', format: 'csv', tableName })
		);
		if (value.ok)
			stored.set(tableName, {
				tableName,
				stored: value.value.stored,
				storedFormat: value.value.storedFormat
			});
		return { ms, ok: value.ok, csvBytes: file.size, error: value.ok ? null : value.error };
	},
	async query(sql: string) {
		const { value, ms } = await timed(() => client.query({ queryId: crypto.randomUUID(), sql }));
		return value.ok
			? { ms, engineMs: value.value.ms, rows: value.value.rows, first: firstRow(value.value.arrow) }
			: { ms, error: value.error };
	},
	async cancelLong() {
		return withJank(async () => {
			const pending = client.query({
				queryId: 'long',
				sql: 'SELECT count(*) FROM range(3000000000) a, range(4) b WHERE a.range % 7 = b.range'
			});
			await new Promise((resolve) => setTimeout(resolve, 1500));
			const t0 = performance.now();
			const cancelled = await client.cancel({ id: 'long' });
			const result = await pending;
			return { cancelled, result, cancelToResultMs: Math.round(performance.now() - t0) };
		});
	},
	async killDuringQuery() {
		const pending = client.query({
			queryId: 'doomed',
			sql: 'SELECT count(*) FROM range(3000000000) a, range(4) b WHERE a.range % 7 = b.range'
		});
		await new Promise((resolve) => setTimeout(resolve, 500));
		client.kill();
		return pending;
	},
	/** Keep an Arrow IPC copy of a table too, to compare attach speed with the Parquet copy. */
	async storeArrowCopy(tableName: string, asName: string) {
		const t0 = performance.now();
		const result = await client.query({ queryId: 'copy', sql: `SELECT * FROM ${tableName}` });
		if (!result.ok) return result.error;
		stored.set(asName, {
			tableName: asName,
			stored: new Blob([new Uint8Array(result.value.arrow)]),
			storedFormat: 'arrow'
		});
		return { ms: Math.round(performance.now() - t0), bytes: result.value.arrow.length };
	},
	/** A fresh client over the stored copies: time to first answer after a "reload". */
	async reloadAndAnswer(tableName: string, sql: string) {
		const fresh = new EngineClient({ loadAttachments: async () => [...stored.values()] });
		const t0 = performance.now();
		const started = await fresh.start();
		const startMs = Math.round(performance.now() - t0);
		const answer = await fresh.query({ queryId: 'first', sql });
		const totalMs = Math.round(performance.now() - t0);
		fresh.dispose();
		return {
			startMs,
			totalMs,
			ok: started.ok && answer.ok,
			first: answer.ok ? firstRow(answer.value.arrow) : answer.error,
			storedBytes: stored.get(tableName)?.stored.size
		};
	}
};

Object.assign(window, { probe });
document.getElementById('state')!.textContent = 'ready';
