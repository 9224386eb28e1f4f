/** Checks `npm test` makes on a build and on the coverage report (scripts/lib). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coverageOutcomes } from '../../scripts/lib/coverage.mjs';
import { filesNamingTestHandle } from '../../scripts/lib/test-handle-check.mjs';

let dir: string;

function write(path: string, content: string) {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), content);
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'quarry-build-checks-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('filesNamingTestHandle', () => {
	it('finds the handle in minified scripts and pages, at any depth', () => {
		write('client/_app/immutable/nodes/0.abc.js', 'function x(e){window.__quarry=e}');
		write('client/index.html', '<script>window["__quarry"]</script>');
		write('server/index.js', 'export const a = 1;');
		expect(filesNamingTestHandle(dir)).toEqual([
			'client/_app/immutable/nodes/0.abc.js',
			'client/index.html'
		]);
	});

	it('ignores the engine’s scratch table names and files that are not scripts or pages', () => {
		write('client/worker.js', 'const t = `__quarry_attach_${n}`, u = "__quarry_import_1";');
		write('client/duckdb.wasm', '__quarry');
		expect(filesNamingTestHandle(dir)).toEqual([]);
	});
});

describe('coverageOutcomes', () => {
	const lines = (covered: number, total: number) => ({ lines: { covered, total } });

	it('sums line coverage for src/lib and for src/lib/core', () => {
		const summary = {
			total: lines(0, 0),
			[`${dir}/src/lib/core/a.ts`]: lines(95, 100),
			[`${dir}/src/lib/state/b.ts`]: lines(50, 100)
		};
		expect(coverageOutcomes(summary, dir)).toEqual([
			{ name: 'src/lib', minimum: 80, covered: 145, total: 200, percent: 72.5, isMet: false },
			{ name: 'src/lib/core', minimum: 90, covered: 95, total: 100, percent: 95, isMet: true }
		]);
	});

	it('fails core alone when core is below its minimum', () => {
		const summary = {
			[`${dir}/src/lib/core/a.ts`]: lines(89, 100),
			[`${dir}/src/lib/state/b.ts`]: lines(100, 100)
		};
		expect(coverageOutcomes(summary, dir).map((o) => o.isMet)).toEqual([true, false]);
	});
});
