/**
 * The layer rules fire: small snippets are linted with ESLint's Node API and the project's real
 * eslint.config.js, as if they were files at the given paths (the files need not exist).
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
	eslint = new ESLint({ cwd: process.cwd() });
});

/** Messages of the layer and import rules for `code` linted as the file at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
	return result.messages
		.filter((m) => m.ruleId === 'quarry/layers' || m.ruleId === 'no-restricted-imports')
		.map((m) => m.message);
}

describe('ESLint layer rules', () => {
	const forbidden: [string, string, string, RegExp][] = [
		['core → storage (relative)', 'src/lib/core/sql/x.ts', '../../storage/db', /core\/ is pure/],
		['core → storage ($lib)', 'src/lib/core/sql/x.ts', '$lib/storage/db', /core\/ is pure/],
		['core → state (relative)', 'src/lib/core/x.ts', '../state/workspace.svelte', /pure/],
		['core → node:fs', 'src/lib/core/x.ts', 'node:fs', /Node built-ins/],
		['core → bare fs', 'src/lib/core/x.ts', 'fs', /Node built-ins/],
		['core → bare path/posix', 'src/lib/core/x.ts', 'path/posix', /Node built-ins/],
		['core spec → node:path', 'src/lib/core/x.spec.ts', 'node:path', /Node built-ins/],
		[
			'component → engine (relative)',
			'src/lib/components/x.ts',
			'../engine/engine-client',
			/never/
		],
		['component → storage ($lib)', 'src/lib/components/x.ts', '$lib/storage/db', /never/],
		[
			'feature → engine',
			'src/lib/features/query-editor/x.ts',
			'../../engine/engine-client',
			/never/
		],
		['route → storage', 'src/routes/query/x.ts', '../../lib/storage/db', /never/],
		['state → features ($lib)', 'src/lib/state/x.ts', '$lib/features/shell/test-handle', /UI/],
		['state → components', 'src/lib/state/x.ts', '../components/Notices.svelte', /UI/],
		['server → state', 'src/lib/server/x.ts', '../state/workspace.svelte', /only core/],
		['app code → $test', 'src/lib/state/x.ts', '$test/records', /test-only/],
		[
			'app code → tests/ (relative)',
			'src/lib/engine/x.ts',
			'../../../tests/helpers/node-duckdb',
			/test-only/
		],
		['core → $test', 'src/lib/core/x.ts', '$test/records', /test-only|pure/],
		['core → dexie', 'src/lib/core/x.ts', 'dexie', /Dexie/],
		['core → ask', 'src/lib/core/ask/x.ts', '$lib/ask/llm-client', /pure/],
		['ask → state', 'src/lib/ask/x.ts', '../state/llm.svelte', /only core/],
		['ask → storage', 'src/lib/ask/x.ts', '$lib/storage/db', /only core/],
		['component → ask', 'src/lib/components/x.ts', '$lib/ask/llm-client', /never/],
		['route → ask', 'src/routes/settings/x.ts', '../../lib/ask/llm-client', /never/],
		['server → better-sqlite3', 'src/lib/server/sync/x.ts', 'better-sqlite3', /database/],
		['route → pg', 'src/routes/api/x/+server.ts', 'pg', /database/]
	];
	for (const [label, file, specifier, message] of forbidden) {
		it(`reports ${label}`, async () => {
			const problems = await importProblems(file, `import { x } from '${specifier}';`);
			expect(problems).toEqual([expect.stringMatching(message)]);
		});
	}

	it('reports re-exports and dynamic imports across layers too', async () => {
		const file = 'src/lib/core/x.ts';
		expect(await importProblems(file, `const x = 1;\nexport * from '../storage/db';`)).toHaveLength(
			1
		);
		expect(
			await importProblems(file, `const x = await import('../engine/engine-client');`)
		).toHaveLength(1);
	});

	const allowed: [string, string, string][] = [
		['core → core (relative)', 'src/lib/core/sql/x.ts', '../format'],
		['core → core ($lib)', 'src/lib/core/sql/x.ts', '$lib/core/format'],
		['core → a package', 'src/lib/core/x.ts', 'apache-arrow'],
		['component → engine protocol types', 'src/lib/components/x.ts', '$lib/engine/engine-api'],
		['component → state', 'src/lib/components/x.ts', '../state/context'],
		['feature → state', 'src/lib/features/shell/x.ts', '$lib/state/app-state'],
		['state → engine and storage', 'src/lib/state/x.ts', '../storage/storage'],
		['state → ask', 'src/lib/state/x.ts', '$lib/ask/llm-client'],
		['ask → core', 'src/lib/ask/x.ts', '../core/ask/llm-reply'],
		['engine → its own files', 'src/lib/engine/handlers/x.ts', '../engine-api'],
		['server → node:fs', 'src/lib/server/x.ts', 'node:fs'],
		['store → better-sqlite3', 'src/lib/server/store/sqlite.ts', 'better-sqlite3'],
		['store → pg', 'src/lib/server/store/postgres.ts', 'pg'],
		['spec → $test', 'src/lib/state/x.spec.ts', '$test/records'],
		['spec → storage from core', 'src/lib/core/x.spec.ts', '$lib/storage/db']
	];
	for (const [label, file, specifier] of allowed) {
		it(`allows ${label}`, async () => {
			expect(await importProblems(file, `import { x } from '${specifier}';`)).toEqual([]);
		});
	}
});
