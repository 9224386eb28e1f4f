/**
 * The PostgreSQL store's suite: `npx vitest run --config vitest.pg.config.ts` with
 * QUARRY_TEST_DATABASE_URL set (scripts/test.mjs runs it; .ci/run provides the database).
 * Its own specs are excluded from the main vitest run (vite.config.ts), so they can never pass
 * there by not running; here, without the variable, they fail. The shared server specs run in
 * both: on SQLite in the main run, on PostgreSQL here.
 */
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export const postgresSpecs = ['src/lib/server/store/postgres*.spec.ts'];

/**
 * Specs of the main run that are run here a second time, on PostgreSQL: the HTTP API over a
 * real server (tests/support/server/http-server.ts opens a PostgreSQL store in a throw-away
 * schema when QUARRY_TEST_STORE is `postgres`) and two devices syncing through it.
 */
export const sharedServerSpecs = [
	'tests/unit/server-accounts.spec.ts',
	'tests/unit/server-files.spec.ts',
	'tests/unit/server-isolation.spec.ts',
	'tests/unit/server-meta.spec.ts',
	'tests/unit/server-protection.spec.ts',
	'tests/unit/server-throttle.spec.ts',
	'src/lib/state/sync.spec.ts'
];

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: [...postgresSpecs, ...sharedServerSpecs],
		env: { QUARRY_TEST_STORE: 'postgres' },
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
