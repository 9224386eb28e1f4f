/**
 * `npm test`: every check Quarry has, in one command (CI runs exactly this).
 *
 *   1. svelte-kit sync + svelte-check --fail-on-warnings   (counts as 1 test)
 *   2. eslint .                                            (1 test)
 *   3. prettier --check .                                  (1 test)
 *   4. vitest run                                          (each unit test, from its JSON report)
 *   5. vite build                                          (1 test)
 *   6. playwright test                                     (each e2e test, from its JSON report)
 *
 * A failing suite does not stop the later ones, so the summary is always complete; the exit code
 * is non-zero when anything failed. The last line printed is always `N passed, N failed`.
 * Extra arguments go to Playwright, e.g. `npm test -- --grep offline`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, ensureInstalled, root, run } from './lib/setup.mjs';

const resultsDir = join(root, 'test-results');
const vitestReport = join(resultsDir, 'vitest.json');
const playwrightReport = join(resultsDir, 'playwright.json');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** @type {{ name: string, passed: number, failed: number, seconds: number, note?: string }[]} */
const suites = [];

function timed(name, body) {
	const started = performance.now();
	const outcome = body();
	const seconds = (performance.now() - started) / 1000;
	const suite = { name, seconds, ...outcome };
	suites.push(suite);
	const mark = suite.failed === 0 ? 'PASS' : 'FAIL';
	console.log(
		`\n[${mark}] ${name}: ${suite.passed} passed, ${suite.failed} failed` +
			` (${seconds.toFixed(1)} s)${suite.note ? ` — ${suite.note}` : ''}\n`
	);
	return suite;
}

/** A command that is one test: passed when it exits 0. */
function check(name, steps) {
	return timed(name, () => {
		for (const [command, args] of steps) {
			console.log(`\n$ ${[command.replace(`${root}/`, ''), ...args].join(' ')}`);
			const code = run(command, args);
			if (code !== 0) return { passed: 0, failed: 1, note: `exit code ${code}` };
		}
		return { passed: 1, failed: 0 };
	});
}

function readJson(path) {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

/** Counts from vitest's JSON report (Jest's format); a file that fails to load counts as one. */
function vitestCounts(code) {
	const report = readJson(vitestReport);
	if (!report) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
	const brokenFiles = (report.testResults ?? []).filter(
		(file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0
	).length;
	const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
	let failed = (report.numFailedTests ?? 0) + brokenFiles + skipped;
	if (code !== 0 && failed === 0) failed = 1;
	const notes = [];
	if (brokenFiles) notes.push(`${brokenFiles} test file(s) failed to run`);
	if (skipped) notes.push(`${skipped} skipped (counted as failed)`);
	return { passed: report.numPassedTests ?? 0, failed, note: notes.join('; ') || undefined };
}

/** Counts from Playwright's JSON report; errors outside tests (e.g. the web server) count as one. */
function playwrightCounts(code) {
	const report = readJson(playwrightReport);
	if (!report?.stats) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
	const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
	const globalErrors = (report.errors ?? []).length;
	let failed = unexpected + flaky + skipped + (globalErrors > 0 ? 1 : 0);
	if (code !== 0 && failed === 0) failed = 1;
	const notes = [];
	if (skipped) notes.push(`${skipped} skipped (counted as failed)`);
	if (globalErrors) notes.push(`${globalErrors} error(s) outside tests`);
	return { passed: expected, failed, note: notes.join('; ') || undefined };
}

function main() {
	if (!existsSync(chromium)) {
		console.error(
			`Chromium was not found at ${chromium}. The end-to-end tests need it.\n` +
				'Install it (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH ' +
				'to a Chromium or Chrome binary.'
		);
		console.log('0 passed, 1 failed');
		process.exit(1);
	}
	if (!ensureInstalled()) {
		console.error('Installing dependencies failed; see the npm output above.');
		console.log('0 passed, 1 failed');
		process.exit(1);
	}
	rmSync(vitestReport, { force: true });
	rmSync(playwrightReport, { force: true });
	mkdirSync(resultsDir, { recursive: true });
	const started = performance.now();

	check('svelte-check', [
		[bin('svelte-kit'), ['sync']],
		[bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']]
	]);
	check('eslint', [[bin('eslint'), ['.']]]);
	check('prettier', [[bin('prettier'), ['--check', '.']]]);
	timed('vitest', () => {
		const args = ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`];
		console.log(`\n$ vitest ${args.join(' ')}`);
		return vitestCounts(run(bin('vitest'), args));
	});
	const build = check('build', [[bin('vite'), ['build']]]);
	timed('playwright', () => {
		if (build.failed > 0) {
			return {
				passed: 0,
				failed: 1,
				note: 'not run: the build failed, so there is nothing to test'
			};
		}
		const args = ['test', ...process.argv.slice(2)];
		console.log(`\n$ playwright ${args.join(' ')}`);
		return playwrightCounts(run(bin('playwright'), args));
	});

	const minutes = (performance.now() - started) / 60000;
	const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
	const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
	console.log(`Summary (${minutes.toFixed(1)} min):`);
	for (const suite of suites) {
		const note = suite.note ? ` — ${suite.note}` : '';
		console.log(`  ${suite.name.padEnd(13)} ${suite.passed} passed, ${suite.failed} failed${note}`);
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

main();
