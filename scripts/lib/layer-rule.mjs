/**
 * ESLint rule `quarry/layers`: who may import whom (DESIGN.md §2), for `$lib/…` and `$test/…`
 * aliases and relative paths alike. Every import is resolved to a path in the project before
 * the layer table is consulted, so `../../storage/db` from src/lib/core is caught just like
 * `$lib/storage/db`. Which heavy libraries each folder may use stays in `no-restricted-imports`.
 */
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The layer a project path belongs to, or null for code outside the app's layers. */
function layerOf(path) {
	if (path.startsWith('src/routes/api/') || path.startsWith('src/lib/server/')) return 'server';
	if (path.startsWith('src/routes/')) return 'routes';
	const match = /^src\/lib\/([^/]+)\//.exec(path);
	return match ? match[1] : null;
}

/** Test-only files under src/: specs and benchmarks. */
function isTestFile(path) {
	return /\.(spec|bench)\.[cm]?[jt]s$/.test(path);
}

/**
 * Layers a layer may not import, with the reason shown. Checked for app code only (specs and
 * benchmarks are test code and may reach across layers to set things up).
 */
const forbidden = {
	core: { allow: ['core'], message: 'core/ is pure: it imports only core/.' },
	components: {
		deny: ['engine', 'storage', 'ask', 'routes'],
		message: 'Components call state classes or feature modules, never the engine, storage or ask/.'
	},
	features: {
		deny: ['engine', 'storage', 'ask', 'routes'],
		message: 'Features call state classes, never the engine, storage or ask/ directly.'
	},
	routes: {
		deny: ['engine', 'storage', 'ask'],
		message: 'Pages call state classes or feature modules, never the engine, storage or ask/.'
	},
	// LLM providers and prompt assembly: a side-effect layer (network) like storage/.
	ask: {
		allow: ['core', 'ask'],
		message: 'ask/ (LLM providers) imports only core/; state classes use it.'
	},
	state: {
		deny: ['features', 'components', 'routes'],
		message: 'State classes do not import UI (features, components or routes).'
	},
	server: {
		allow: ['core', 'server'],
		message: 'The server shares only core/ with the client.'
	}
};

/** The page↔worker protocol types, which UI code may import (they hold no engine code). */
const protocolFiles = new Set(['src/lib/engine/engine-api', 'src/lib/engine/engine-api.ts']);
const uiLayers = new Set(['components', 'features', 'routes']);

const nodeBuiltins = new Set(builtinModules.filter((name) => !name.startsWith('_')));

/**
 * The project path an import specifier names, or null for a package.
 * @param {string} specifier
 * @param {string} fromFile project-relative path of the importing file
 */
function resolveSpecifier(specifier, fromFile) {
	if (specifier === '$lib' || specifier.startsWith('$lib/')) {
		return join('src/lib', specifier.slice(4)).split(sep).join('/');
	}
	if (specifier === '$test' || specifier.startsWith('$test/')) {
		return join('tests/support', specifier.slice(5)).split(sep).join('/');
	}
	if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '..') {
		return join(dirname(fromFile), specifier).split(sep).join('/');
	}
	return null;
}

/** Why `fromFile` may not import `specifier`, or null when it may. */
export function layerViolation(specifier, fromFile) {
	const fromLayer = layerOf(fromFile);
	if (fromLayer === null) return null;
	const isTest = isTestFile(fromFile);
	if (fromLayer === 'core') {
		const bare = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
		if (specifier.startsWith('node:') || nodeBuiltins.has(bare.split('/')[0])) {
			return `Nothing under src/lib/core imports Node built-ins ("${specifier}"): core/ runs in the browser too.`;
		}
	}
	if (isTest) return null;
	const target = resolveSpecifier(specifier, fromFile);
	if (target === null) return null;
	if (target === 'tests' || target.startsWith('tests/')) {
		return `App code never imports test-only code ("${specifier}"); it lives in tests/.`;
	}
	const rule = forbidden[fromLayer];
	const toLayer = layerOf(`${target}/`);
	if (!rule || toLayer === null || toLayer === fromLayer) return null;
	if (uiLayers.has(fromLayer) && protocolFiles.has(target)) return null;
	const isAllowed = rule.allow ? rule.allow.includes(toLayer) : !rule.deny.includes(toLayer);
	return isAllowed ? null : `${rule.message} ("${specifier}")`;
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
	meta: {
		type: 'problem',
		docs: { description: 'Enforce Quarry’s import layers for aliased and relative imports.' },
		schema: []
	},
	create(context) {
		const absolute = context.physicalFilename ?? context.filename;
		const cwd = context.cwd ?? process.cwd();
		const fromFile = (isAbsolute(absolute) ? relative(cwd, resolve(absolute)) : absolute)
			.split(sep)
			.join('/');
		function check(node) {
			const source = node.source;
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const message = layerViolation(source.value, fromFile);
			if (message) context.report({ node: source, message });
		}
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};

export const layerPlugin = { rules: { layers } };
