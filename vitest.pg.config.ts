/**
 * The PostgreSQL store's suite: `npx vitest run --config vitest.pg.config.ts` with
 * QUARRY_TEST_DATABASE_URL set (scripts/test.mjs runs it; .ci/run provides the database).
 * Its specs are excluded from the main vitest run (vite.config.ts), so they can never pass
 * there by not running; here, without the variable, they fail.
 */
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export const postgresSpecs = ['src/lib/server/store/postgres*.spec.ts'];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: postgresSpecs,
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
