/**
 * `npm test`: every check Quarry has, in one command (CI runs exactly this).
 *
 *   1. svelte-kit sync + svelte-check --fail-on-warnings   (counts as 1 test)
 *   2. eslint .                                            (1 test)
 *   3. prettier --check .                                  (1 test)
 *   4. vitest run --coverage                               (each unit test, from its JSON report)
 *      coverage: line coverage of src/lib and src/lib/core (1 test per threshold)
 *      postgres: the server store's suite against PostgreSQL, vitest.pg.config.ts (each test);
 *      it needs QUARRY_TEST_DATABASE_URL (.ci/run sets it). Without it the suite does not
 *      run, which is said in the summary and counts as one failure in CI (CI=true).
 *   5. vite build: the production build, build/            (1 test)
 *      no test handle: build/ does not name window.__quarry (1 test)
 *   6. the test build, build-test/ (QUARRY_TEST_BUILD=1)   (1 test; it must name the handle)
 *   7. playwright test, against the test build             (each e2e test, from its JSON report)
 *
 * A failing suite does not stop the later ones, so the summary is always complete; the exit code
 * is non-zero when anything failed. The last line printed is always `N passed, N failed`.
 * Extra arguments go to Playwright, e.g. `npm test -- --grep offline`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { coverageOutcomes } from './lib/coverage.mjs';
import { bin, build, buildDirs, ensureInstalled, root, run } from './lib/setup.mjs';
import { filesNamingTestHandle } from './lib/test-handle-check.mjs';

const resultsDir = join(root, 'test-results');
const vitestReport = join(resultsDir, 'vitest.json');
const vitestPgReport = join(resultsDir, 'vitest-pg.json');
const playwrightReport = join(resultsDir, 'playwright.json');
const coverageReport = join(root, 'coverage', 'coverage-summary.json');
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

/**
 * Counts from vitest's JSON report (Jest's format); a file that fails to load counts as one.
 * With `isCoverageShort`, a non-zero exit with every test passed is the coverage thresholds,
 * which the coverage suite counts.
 */
function vitestCounts(code, isCoverageShort, reportPath = vitestReport) {
	const report = readJson(reportPath);
	if (!report) return { passed: 0, failed: 1, note: `no report (exit code ${code})` };
	const brokenFiles = (report.testResults ?? []).filter(
		(file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0
	).length;
	const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
	let failed = (report.numFailedTests ?? 0) + brokenFiles + skipped;
	if (code !== 0 && failed === 0 && !isCoverageShort) failed = 1;
	const notes = [];
	if (brokenFiles) notes.push(`${brokenFiles} test file(s) failed to run`);
	if (skipped) notes.push(`${skipped} skipped (counted as failed)`);
	const failures = (report.testResults ?? []).flatMap((file) => {
		const where = relative(root, file.name ?? '');
		const tests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
		if (file.status === 'failed' && tests.length === 0) return [`${where} (did not run)`];
		return tests.map((test) => `${where} › ${test.fullName ?? test.title}`);
	});
	return {
		passed: report.numPassedTests ?? 0,
		failed,
		note: notes.join('; ') || undefined,
		failures
	};
}

function readCoverage() {
	const summary = readJson(coverageReport);
	return summary ? coverageOutcomes(summary, root) : null;
}

/**
 * The PostgreSQL store's suite (its own vitest config, so the main run never includes it and
 * it can never pass by not running). Without a database it does not run: in CI that is a
 * failure, elsewhere it is reported as not run.
 */
function postgresSuite() {
	if (!process.env.QUARRY_TEST_DATABASE_URL) {
		const note = 'not run: QUARRY_TEST_DATABASE_URL is not set (.ci/run sets it)';
		console.log(`\nThe PostgreSQL suite did not run: ${note.slice('not run: '.length)}.`);
		return process.env.CI === 'true'
			? { passed: 0, failed: 1, note }
			: { passed: 0, failed: 0, note };
	}
	const args = [
		'run',
		'--config',
		'vitest.pg.config.ts',
		'--reporter=default',
		'--reporter=json',
		`--outputFile=${vitestPgReport}`
	];
	console.log(`\n$ vitest ${args.join(' ')}`);
	const counts = vitestCounts(run(bin('vitest'), args), false, vitestPgReport);
	if (counts.passed + counts.failed > 0) return counts;
	return { passed: 0, failed: 1, note: 'no PostgreSQL tests ran' };
}

/** Line coverage from vitest's json-summary report, one test per threshold, printed. */
function coverageCounts() {
	const outcomes = readCoverage();
	if (!outcomes) return { passed: 0, failed: 1, note: 'no coverage report' };
	for (const o of outcomes) {
		const mark = o.isMet ? 'ok  ' : 'LOW ';
		console.log(
			`  ${mark}${o.name.padEnd(13)} ${o.percent.toFixed(1)} % of lines` +
				` (${o.covered}/${o.total}; minimum ${o.minimum} %)`
		);
	}
	const short = outcomes.filter((o) => !o.isMet);
	const figures = outcomes.map((o) => `${o.name} ${o.percent.toFixed(1)} %`).join(', ');
	return {
		passed: outcomes.length - short.length,
		failed: short.length,
		note: short.length
			? `${figures}; below the minimum: ${short.map((o) => o.name).join(', ')}`
			: `${figures} of lines`
	};
}

/** The test handle in a build: absent from the production build, present in the test build. */
function handleCheck(dir, shouldNameHandle) {
	const found = filesNamingTestHandle(join(root, dir));
	if (shouldNameHandle) {
		return found.length > 0
			? { passed: 1, failed: 0 }
			: { passed: 0, failed: 1, note: `${dir}/ does not expose window.__quarry` };
	}
	if (found.length === 0) return { passed: 1, failed: 0 };
	console.log(`window.__quarry found in ${dir}/: ${found.join(', ')}`);
	return { passed: 0, failed: 1, note: `the test handle is in ${found.length} file(s)` };
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
	return {
		passed: expected,
		failed,
		note: notes.join('; ') || undefined,
		failures: playwrightFailures(report)
	};
}

/** "file › title" of each test whose outcome was not the expected one, from the JSON report. */
function playwrightFailures(report) {
	const failures = [];
	const visit = (suite) => {
		for (const spec of suite.specs ?? []) {
			for (const test of spec.tests ?? []) {
				if (test.status !== 'expected') failures.push(`${spec.file} › ${spec.title}`);
			}
		}
		for (const child of suite.suites ?? []) visit(child);
	};
	for (const suite of report.suites ?? []) visit(suite);
	return failures;
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
	rmSync(vitestPgReport, { force: true });
	rmSync(playwrightReport, { force: true });
	rmSync(coverageReport, { force: true });
	mkdirSync(resultsDir, { recursive: true });
	const started = performance.now();

	check('svelte-check', [
		[bin('svelte-kit'), ['sync']],
		[bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings']]
	]);
	check('eslint', [[bin('eslint'), ['.']]]);
	check('prettier', [[bin('prettier'), ['--check', '.']]]);
	timed('vitest', () => {
		const args = [
			'run',
			'--coverage',
			'--reporter=default',
			'--reporter=json',
			`--outputFile=${vitestReport}`
		];
		console.log(`\n$ vitest ${args.join(' ')}`);
		const code = run(bin('vitest'), args);
		const isCoverageShort = (readCoverage() ?? []).some((o) => !o.isMet);
		return vitestCounts(code, isCoverageShort);
	});
	timed('coverage', () => coverageCounts());
	timed('postgres', () => postgresSuite());
	const production = timed('build', () => {
		console.log('\n$ vite build');
		return build() === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
	});
	timed('no test handle', () =>
		production.failed > 0
			? { passed: 0, failed: 1, note: 'not run: the build failed' }
			: handleCheck(buildDirs.production, false)
	);
	const testBuild = timed('test build', () => {
		console.log('\n$ QUARRY_TEST_BUILD=1 vite build');
		if (build({ isTestBuild: true }) !== 0) return { passed: 0, failed: 1 };
		return handleCheck(buildDirs.test, true);
	});
	timed('playwright', () => {
		if (testBuild.failed > 0) {
			return {
				passed: 0,
				failed: 1,
				note: 'not run: the test build failed, so there is nothing to test'
			};
		}
		const args = ['test', ...process.argv.slice(2)];
		console.log(`\n$ playwright ${args.join(' ')}`);
		return playwrightCounts(run(bin('playwright'), args));
	});

	const minutes = (performance.now() - started) / 60000;
	const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
	const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
	const failures = suites.flatMap((suite) =>
		(suite.failures ?? []).map((where) => `  ${suite.name}: ${where}`)
	);
	if (failures.length > 0) console.log(`Failed tests:\n${failures.join('\n')}`);
	console.log(`Summary (${minutes.toFixed(1)} min):`);
	for (const suite of suites) {
		const note = suite.note ? ` — ${suite.note}` : '';
		console.log(`  ${suite.name.padEnd(15)} ${suite.passed} passed, ${suite.failed} failed${note}`);
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

main();
