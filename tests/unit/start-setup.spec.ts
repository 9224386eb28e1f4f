import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildReason, installReason } from '../../scripts/lib/setup.mjs';

let dir: string;

/** Write a file dated `secondsAgo`; folders it creates get the same date, as after a checkout. */
function write(path: string, content: string, secondsAgo = 0) {
	const full = join(dir, path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, content);
	const at = new Date(Date.now() - secondsAgo * 1000);
	for (let p = full; p !== dir; p = dirname(p)) utimesSync(p, at, at);
}

function lockfile(packages: Record<string, { version: string; optional?: boolean }>) {
	return JSON.stringify({ packages: { '': { name: 'quarry' }, ...packages } });
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'quarry-setup-'));
});

afterEach(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('installReason (npm start / npm test install step)', () => {
	it('installs a fresh clone', () => {
		write('package-lock.json', lockfile({}));
		expect(installReason(dir)).toBe('node_modules is missing');
	});

	it('skips the install when npm installed after the lockfile last changed', () => {
		write('package-lock.json', lockfile({ 'node_modules/a': { version: '1.0.0' } }), 60);
		write('node_modules/.package-lock.json', lockfile({ 'node_modules/a': { version: '1.0.0' } }));
		expect(installReason(dir)).toBeNull();
	});

	it('skips the install when a checkout only touched the lockfile', () => {
		write(
			'node_modules/.package-lock.json',
			lockfile({ 'node_modules/a': { version: '1.0.0' } }),
			60
		);
		write(
			'package-lock.json',
			lockfile({
				'node_modules/a': { version: '1.0.0' },
				'node_modules/@rollup/rollup-darwin-arm64': { version: '4.0.0', optional: true }
			})
		);
		expect(installReason(dir)).toBeNull();
	});

	it('installs when the lockfile asks for another version than the one installed', () => {
		write(
			'node_modules/.package-lock.json',
			lockfile({ 'node_modules/a': { version: '1.0.0' } }),
			60
		);
		write('package-lock.json', lockfile({ 'node_modules/a': { version: '1.1.0' } }));
		expect(installReason(dir)).toBe('package-lock.json is newer than the installed packages');
	});
});

describe('buildReason (npm start build step)', () => {
	it('builds when there is no build', () => {
		write('src/app.html', '<html></html>');
		expect(buildReason(dir)).toBe('build/ is missing');
	});

	it('keeps a build that is newer than every source', () => {
		write('src/routes/+page.svelte', '<h1>Quarry</h1>', 120);
		write('static/manifest.webmanifest', '{}', 120);
		write('vite.config.ts', '', 120);
		write('build/handler.js', '', 60);
		expect(buildReason(dir)).toBeNull();
	});

	it('rebuilds when a source file changed after the build', () => {
		write('src/routes/+page.svelte', '<h1>Quarry</h1>', 120);
		write('build/handler.js', '', 60);
		write('src/lib/pwa/register.ts', 'export {};');
		expect(buildReason(dir)).toBe('src changed since the last build');
	});

	it('rebuilds when a config file changed after the build', () => {
		write('src/app.html', '', 120);
		write('build/handler.js', '', 60);
		write('svelte.config.js', 'export default {};');
		expect(buildReason(dir)).toBe('svelte.config.js changed since the last build');
	});
});

describe('buildReason for the test build', () => {
	it('is separate from the production build', () => {
		write('src/app.html', '', 120);
		write('build/handler.js', '', 60);
		expect(buildReason(dir, 'build')).toBeNull();
		expect(buildReason(dir, 'build-test')).toBe('build-test/ is missing');
		write('build-test/handler.js', '', 60);
		expect(buildReason(dir, 'build-test')).toBeNull();
	});
});
