/**
 * Share links are stable: v1 links made by earlier versions of Quarry, kept as files, must
 * still open with exactly the analysis they were made from. Never edit or regenerate these
 * fixtures; add new ones next to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeShareLink } from '../../src/lib/core/share';

const dir = join(import.meta.dirname, '../fixtures/share');
const names = readdirSync(dir)
	.filter((f) => f.endsWith('.link.txt'))
	.map((f) => f.slice(0, -'.link.txt'.length));

describe('v1 share link fixtures', () => {
	it('has fixtures to check', () => {
		expect(names.length).toBeGreaterThanOrEqual(3);
	});

	for (const name of names) {
		it(`opens ${name} unchanged`, async () => {
			const link = readFileSync(join(dir, `${name}.link.txt`), 'utf8').trim();
			const expected: unknown = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
			expect(await decodeShareLink(link)).toEqual({ ok: true, payload: expected });
		});
	}
});
