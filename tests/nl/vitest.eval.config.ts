/**
 * `npm run eval:nl`: the full plain-English → SQL evaluation, printed and written to
 * tests/nl/results/report.json. Accuracy below target does not fail the run; defects in the
 * question set (a reference SQL that errors, an unknown table) do.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	root,
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: {
		include: ['tests/nl/full-eval.eval.ts'],
		environment: 'node',
		testTimeout: 600_000,
		hookTimeout: 120_000,
		disableConsoleIntercept: true,
		silent: false
	}
});
