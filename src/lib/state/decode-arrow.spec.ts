import { Table, tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decodeArrow } from './decode-arrow';

/** One IPC stream holding `batches` record batches of `size` rows each. */
function streamOf(batches: number, size: number): Uint8Array {
	const ids = Int32Array.from({ length: batches * size }, (_, i) => i);
	const whole = tableFromArrays({ id: ids, label: Array.from(ids, (i) => `row ${i}`) });
	const parts = Array.from({ length: batches }, (_, b) =>
		whole.slice(b * size, (b + 1) * size)
	).flatMap((part) => part.batches);
	return tableToIPC(new Table(parts), 'stream');
}

describe('decodeArrow', () => {
	it('reads every batch of a stream into one table, in order', async () => {
		const bytes = streamOf(50, 1000);
		const table = await decodeArrow(bytes, 0);
		expect(table.batches).toHaveLength(50);
		expect(table.numRows).toBe(50_000);
		expect(table.getChild('id')?.get(49_999)).toBe(49_999);
		expect(table.getChild('label')?.get(1234)).toBe('row 1234');
	});

	it('gives the page its thread back between slices', async () => {
		let ticks = 0;
		const timer = setInterval(() => ticks++, 0);
		try {
			await decodeArrow(streamOf(200, 500), 0);
		} finally {
			clearInterval(timer);
		}
		expect(ticks).toBeGreaterThan(0);
	});

	it('keeps the columns of a result without rows', async () => {
		const empty = tableToIPC(tableFromArrays({ id: new Int32Array(0) }), 'stream');
		const table = await decodeArrow(empty);
		expect(table.numRows).toBe(0);
		expect(table.schema.fields.map((f) => f.name)).toEqual(['id']);
	});
});
