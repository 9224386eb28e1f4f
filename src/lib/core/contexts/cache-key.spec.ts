import { describe, expect, it } from 'vitest';
import { contextCacheKey } from './cache-key';
import type { MeasureDataset } from './types';

const flights: MeasureDataset = {
	id: 'd1',
	name: 'Flights',
	tableName: 'flights',
	fingerprint: 'aaa',
	rows: 10,
	columns: [{ name: 'origin', type: 'VARCHAR' }]
};
const airports: MeasureDataset = { ...flights, id: 'd2', name: 'Airports', tableName: 'airports' };

describe('context cache key', () => {
	const base = { kind: 'validation' as const, contextId: 'c1', version: 3 };

	it('is the same for the same datasets in any order', () => {
		expect(contextCacheKey({ ...base, datasets: [flights, airports] })).toBe(
			contextCacheKey({ ...base, datasets: [airports, flights] })
		);
	});

	it('changes with the context version, a fingerprint, a rename, the kind, profiles and the relations', () => {
		const key = contextCacheKey({ ...base, datasets: [flights, airports] });
		const others = [
			contextCacheKey({ ...base, version: 4, datasets: [flights, airports] }),
			contextCacheKey({ ...base, datasets: [{ ...flights, fingerprint: 'bbb' }, airports] }),
			contextCacheKey({ ...base, datasets: [{ ...flights, tableName: 'trips' }, airports] }),
			contextCacheKey({ ...base, kind: 'suggestions', datasets: [flights, airports] }),
			contextCacheKey({
				...base,
				datasets: [
					{
						...flights,
						columns: [
							{
								name: 'origin',
								type: 'VARCHAR',
								profile: { distinctCount: 3, nullShare: 0, topValues: [] }
							}
						]
					},
					airports
				]
			}),
			contextCacheKey({
				...base,
				existing: [
					{
						left: { datasetId: 'd1', column: 'origin' },
						right: { datasetId: 'd2', column: 'origin' }
					}
				],
				datasets: [flights, airports]
			})
		];
		for (const other of others) expect(other).not.toBe(key);
		expect(new Set(others).size).toBe(others.length);
	});
});
