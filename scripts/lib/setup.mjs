/**
 * Shared set-up steps for `npm start` and `npm test`: install dependencies when they are
 * missing or out of date, and build when the production build is missing or older than the
 * sources. Plain Node, no dependencies (this runs before `npm install`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** Everything that goes into `vite build`; the build is stale when any of it is newer. */
const buildInputs = [
	'src',
	'static',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

/** @param {string} path */
function mtimeOf(path) {
	return existsSync(path) ? statSync(path).mtimeMs : 0;
}

/**
 * Newest modification time of a file or of anything inside a directory.
 * @param {string} path
 * @returns {number}
 */
export function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path, { withFileTypes: true })) {
		newest = Math.max(newest, newestMtime(join(path, entry.name)));
	}
	return newest;
}

/**
 * True when every package the lockfile requires is installed at the locked version, according
 * to npm's own record of what it installed (node_modules/.package-lock.json). Used when the
 * lockfile's mtime alone says "newer" — a fresh checkout touches files without changing them.
 * @param {string} lockPath
 * @param {string} installedPath
 */
function lockfileMatchesInstall(lockPath, installedPath) {
	try {
		/** @type {Record<string, { version?: string, optional?: boolean }>} */
		const wanted = JSON.parse(readFileSync(lockPath, 'utf8')).packages ?? {};
		/** @type {Record<string, { version?: string }>} */
		const installed = JSON.parse(readFileSync(installedPath, 'utf8')).packages ?? {};
		return Object.entries(wanted).every(
			([key, entry]) => key === '' || entry.optional || installed[key]?.version === entry.version
		);
	} catch {
		return false;
	}
}

/**
 * Why dependencies must be installed, or null when they are up to date.
 * @param {string} [dir] project directory
 */
export function installReason(dir = root) {
	const modules = join(dir, 'node_modules');
	const installed = join(modules, '.package-lock.json');
	const lock = join(dir, 'package-lock.json');
	if (!existsSync(modules)) return 'node_modules is missing';
	if (!existsSync(installed)) return 'node_modules has no record of an npm install';
	if (mtimeOf(lock) <= mtimeOf(installed)) return null;
	if (lockfileMatchesInstall(lock, installed)) return null;
	return 'package-lock.json is newer than the installed packages';
}

/** Where each build goes: users run build/; tests and benchmarks run build-test/. */
export const buildDirs = { production: 'build', test: 'build-test' };

/**
 * Why a build must be (re)built, or null when it is current.
 * @param {string} [dir] project directory
 * @param {string} [out] the build's directory (build/ or build-test/)
 */
export function buildReason(dir = root, out = buildDirs.production) {
	const built = join(dir, out, 'handler.js');
	if (!existsSync(built)) return `${out}/ is missing`;
	const builtAt = mtimeOf(built);
	const changed = buildInputs.find((input) => newestMtime(join(dir, input)) > builtAt);
	return changed ? `${changed} changed since the last build` : null;
}

/**
 * Build the production build, or with `isTestBuild` the test build (QUARRY_TEST_BUILD=1, into
 * build-test/, with window.__quarry). Returns vite's exit code.
 * @param {{ isTestBuild?: boolean }} [options]
 */
export function build({ isTestBuild = false } = {}) {
	return run(bin('vite'), ['build'], { env: { QUARRY_TEST_BUILD: isTestBuild ? '1' : '0' } });
}

/**
 * Run a command in the project directory with inherited output; returns its exit code.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string> }} [options]
 * @returns {number}
 */
export function run(command, args, options = {}) {
	const result = spawnSync(command, args, {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, ...options.env }
	});
	if (result.error) {
		console.error(`Could not run ${command}: ${result.error.message}`);
		return 1;
	}
	return result.status ?? 1;
}

/**
 * Path of a binary installed by a dependency (node_modules/.bin).
 * @param {string} name
 */
export function bin(name) {
	return join(root, 'node_modules', '.bin', name);
}

/** Install dependencies if needed. Returns false when the install failed. */
export function ensureInstalled() {
	const reason = installReason();
	if (!reason) return true;
	console.log(`Installing dependencies (${reason})…`);
	// `npm test --silent` (CI) passes loglevel=silent down; the install should still report.
	/** @type {Record<string, string>} */
	const env = {};
	if (process.env.npm_config_loglevel === 'silent') env.npm_config_loglevel = 'notice';
	return run('npm', ['install', '--no-audit', '--no-fund'], { env }) === 0;
}

/**
 * Build if needed (the production build unless `isTestBuild`). Returns false when it failed.
 * @param {{ isTestBuild?: boolean }} [options]
 */
export function ensureBuilt({ isTestBuild = false } = {}) {
	const reason = buildReason(root, isTestBuild ? buildDirs.test : buildDirs.production);
	if (!reason) return true;
	console.log(`Building Quarry${isTestBuild ? "'s test build" : ''} (${reason})…`);
	return build({ isTestBuild }) === 0;
}
