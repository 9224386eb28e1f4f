import { describe, expect, it } from 'vitest';
import { canonicalResultKey, resultCacheKey } from './cache-key';

async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('resultCacheKey', () => {
	const sql = 'select * from a join b using (id)';

	it('does not depend on the order or case the tables are listed in', async () => {
		const one = await resultCacheKey(
			sql,
			[
				{ tableName: 'a', fingerprint: 'f1' },
				{ tableName: 'B', fingerprint: 'f2' }
			],
			sha256Hex
		);
		const two = await resultCacheKey(
			sql,
			[
				{ tableName: 'b', fingerprint: 'f2' },
				{ tableName: 'A', fingerprint: 'f1' },
				{ tableName: 'a', fingerprint: 'f1' }
			],
			sha256Hex
		);
		expect(one).toBe(two);
		expect(one).toMatch(/^[0-9a-f]{64}$/);
	});

	it('changes with any fingerprint, with the SQL, and with which table holds which data', async () => {
		const base = [
			{ tableName: 'a', fingerprint: 'f1' },
			{ tableName: 'b', fingerprint: 'f2' }
		];
		const key = await resultCacheKey(sql, base, sha256Hex);
		const others = await Promise.all([
			resultCacheKey(sql, [base[0], { tableName: 'b', fingerprint: 'f3' }], sha256Hex),
			resultCacheKey(`${sql} limit 1`, base, sha256Hex),
			resultCacheKey(
				sql,
				[
					{ tableName: 'a', fingerprint: 'f2' },
					{ tableName: 'b', fingerprint: 'f1' }
				],
				sha256Hex
			),
			resultCacheKey(sql, [base[0]], sha256Hex)
		]);
		for (const other of others) expect(other).not.toBe(key);
	});

	it('keeps the SQL and the table list apart in the canonical text', () => {
		expect(canonicalResultKey('x', [{ tableName: 'a', fingerprint: 'b' }])).not.toBe(
			canonicalResultKey('b","x', [{ tableName: 'a', fingerprint: '' }])
		);
	});
});
