import js from '@eslint/js';
import promise from 'eslint-plugin-promise';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layerPlugin } from './scripts/lib/layer-rule.mjs';

/** Imports only one folder may make (DESIGN.md §2). */
const heavy = {
	duckdb: { name: '@duckdb/duckdb-wasm', message: 'Only src/lib/engine/ talks to DuckDB.' },
	duckdbBlocking: { name: 'duckdb-blocking', message: 'Only src/lib/engine/ talks to DuckDB.' },
	comlink: { name: 'comlink', message: 'Only src/lib/engine/ uses comlink.' },
	dexie: { name: 'dexie', message: 'Only src/lib/storage/ uses Dexie.' },
	vega: { name: 'vega-embed', message: 'Only components/VegaChart.svelte renders charts.' },
	vegaInterpreter: {
		name: 'vega-interpreter',
		message: 'Only components/VegaChart.svelte renders charts.'
	},
	sqlite: { name: 'better-sqlite3', message: 'Only src/lib/server/store/ talks to the database.' },
	pg: { name: 'pg', message: 'Only src/lib/server/store/ talks to the database.' }
};
const paths = (...keep) =>
	Object.entries(heavy)
		.filter(([k]) => !keep.includes(k))
		.map(([, v]) => v);

/** core/ is pure: no UI framework (its layer rules are in scripts/lib/layer-rule.mjs). */
const corePatterns = [
	{ group: ['svelte', 'svelte/*', '$app/*'], message: 'core/ is pure: no UI.' }
];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-test/',
			'coverage/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'tests/bench/results/',
			'tests/bench/.build/',
			'tests/bench/.data/',
			'tests/nl/results/',
			'data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	promise.configs['flat/recommended'],
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'promise/always-return': 'off',
			'promise/catch-or-return': 'error',
			'promise/no-nesting': 'error',
			'promise/no-promise-in-callback': 'error',
			'promise/no-return-wrap': 'error',
			'promise/param-names': 'error',
			'promise/no-new-statics': 'error',
			'promise/valid-params': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'no-restricted-imports': ['error', { paths: paths() }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/lib/engine/**'],
		rules: {
			'no-restricted-imports': ['error', { paths: paths('duckdb', 'duckdbBlocking', 'comlink') }]
		}
	},
	{
		files: ['src/lib/storage/**'],
		rules: { 'no-restricted-imports': ['error', { paths: paths('dexie') }] }
	},
	{
		files: ['src/lib/server/store/**'],
		rules: { 'no-restricted-imports': ['error', { paths: paths('sqlite', 'pg') }] }
	},
	{
		files: ['src/lib/core/**'],
		ignores: ['**/*.spec.ts', '**/*.bench.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: paths(), patterns: corePatterns }] }
	},
	{
		// Layers (DESIGN.md §2) for aliased and relative imports, Node built-ins in core/, and
		// test-only code reached from app code. See scripts/lib/layer-rule.mjs.
		files: ['src/**/*.{js,ts,svelte}'],
		plugins: { quarry: layerPlugin },
		rules: { 'quarry/layers': 'error' }
	},
	{
		files: ['src/lib/components/VegaChart.svelte'],
		rules: { 'no-restricted-imports': ['error', { paths: paths('vega', 'vegaInterpreter') }] }
	},
	{
		files: ['tests/**', 'src/**/*.spec.ts', 'scripts/**'],
		rules: { 'no-restricted-imports': 'off' }
	}
);
