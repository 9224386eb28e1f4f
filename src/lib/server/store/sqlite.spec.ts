import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeStore } from '$test/server/store-conformance';
import { addUser, change, T0 } from '$test/server/store-fixtures';
import { openStore } from './open-store';
import { openSqliteStore } from './sqlite';

const dir = mkdtempSync(join(tmpdir(), 'quarry-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
describeStore('sqlite', () => {
	n += 1;
	return Promise.resolve(openSqliteStore(join(dir, `conformance-${n}.sqlite`)));
});

describe('SQLite store on disk', () => {
	it('keeps everything across a restart (close and reopen the same file)', async () => {
		const first = await openStore({ dataDir: dir });
		await addUser(first, 'u1', 'Restart');
		const [pushed] = await first.push('u1', 'dev-a', [change('r1', { kept: true })], T0);
		await first.close();

		const second = await openStore({ dataDir: dir });
		expect((await second.findUserByName('restart'))?.id).toBe('u1');
		expect((await second.pull('u1', 0, 10)).records).toEqual([pushed.record]);
		const [next] = await second.push('u1', 'dev-a', [change('r2', 2)], T0);
		expect(next.record.seq).toBeGreaterThan(pushed.record.seq);
		await second.close();
	});

	it('uses WAL journaling and enforces foreign keys', async () => {
		const file = join(dir, 'pragmas.sqlite');
		const store = openSqliteStore(file);
		await store.migrate();
		expect(existsSync(`${file}-wal`)).toBe(true);
		await expect(
			store.createSession({
				tokenHash: 't',
				userId: 'nobody',
				createdAt: T0,
				expiresAt: T0,
				lastSeenAt: T0
			})
		).rejects.toThrow(/FOREIGN KEY/);
		await store.close();
	});
});
