import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { handleApi, startApi } from './instance';

let dataDir = '';
afterAll(() => rm(dataDir, { recursive: true, force: true }));

test('answers 503 until started, then serves the API from the given data directory', async () => {
	const early = await handleApi(new Request('http://127.0.0.1/api/health'), '127.0.0.1');
	expect(early.status).toBe(503);
	dataDir = await mkdtemp(join(tmpdir(), 'quarry-instance-'));
	const api = await startApi({ QUARRY_DATA_DIR: join(dataDir, 'nested') });
	const response = await handleApi(new Request('http://127.0.0.1/api/health'), '127.0.0.1');
	expect(await response.json()).toMatchObject({ ok: true, dataDir: join(dataDir, 'nested') });
	expect(api.routes.length).toBeGreaterThan(10);
});
