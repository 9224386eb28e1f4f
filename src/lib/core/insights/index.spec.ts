import { describe, expect, it } from 'vitest';
import { collectInsights } from './index';

describe('collectInsights', () => {
	it('is empty for a new user', () => {
		expect(
			collectInsights({ datasets: [], queries: [], usage: null, quota: null, now: 0 })
		).toEqual([]);
	});

	it('puts storage first and gives every insight a unique id', () => {
		const insights = collectInsights({
			datasets: [
				{
					id: 'a',
					name: 'A',
					tableName: 'a',
					rows: 10,
					lastUsedAt: 0,
					columns: [{ name: 'k', type: 'BIGINT', profile: { nullShare: 0.9, nullCount: 9 } }]
				},
				{
					id: 'b',
					name: 'B',
					tableName: 'b',
					rows: 10,
					lastUsedAt: 0,
					columns: [{ name: 'k', type: 'BIGINT' }]
				}
			],
			queries: [],
			usage: 95,
			quota: 100,
			now: 40 * 86_400_000
		});
		expect(insights.map((i) => i.kind)).toEqual([
			'storage-quota',
			'mostly-empty',
			'join-candidate',
			'unused-dataset',
			'unused-dataset'
		]);
		expect(new Set(insights.map((i) => i.id)).size).toBe(insights.length);
	});
});
