// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- throwaway measurement script, plain JS
// @ts-nocheck
/* global probe */
// Build: npx vite build --config tests/bench/engine-probe/vite.config.ts
// Run:   node tests/bench/engine-probe/run-probe.mjs   (serves the build on 127.0.0.1:4190)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const server = spawn(
	'npx',
	['vite', 'preview', '--config', 'tests/bench/engine-probe/vite.config.ts'],
	{
		stdio: 'ignore'
	}
);
const origin = 'http://127.0.0.1:4190';
for (let i = 0; i < 100; i++) {
	if (
		await fetch(origin).then(
			(r) => r.ok,
			() => false
		)
	)
		break;
	await new Promise((resolve) => setTimeout(resolve, 200));
}
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});
const page = await browser.newPage();
const offOrigin = [];
page.on('request', (req) => {
	if (
		!req.url().startsWith(origin) &&
		!req.url().startsWith('blob:') &&
		!req.url().startsWith('data:')
	)
		offOrigin.push(req.url());
});
page.on('console', (msg) => console.log('[page]', msg.text()));
page.on('pageerror', (err) => console.log('[pageerror]', err.message));
const step = async (name, fn) => {
	const value = await page.evaluate(fn);
	console.log(name, JSON.stringify(value));
	return value;
};
try {
	await page.goto(origin);
	await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
	await step('start (first load)', () =>
		probe.start().then((r) => ({
			ms: r.ms,
			ok: r.value.ok,
			v: r.value.ok ? r.value.value.version : r.value.error
		}))
	);
	if (process.env.QUICK) {
		await step('ingest parquet 3M', () =>
			probe.ingest('/flights-3m.parquet', 'parquet', 'flights3m')
		);
		await step('arrow ipc copy of flights3m', () =>
			probe.storeArrowCopy('flights3m', 'flights3m_ipc')
		);
		for (let i = 0; i < 2; i++) {
			await step('reload: first answer, parquet copy', () =>
				probe.reloadAndAnswer(
					'flights3m',
					'SELECT origin, count(*) AS n FROM flights3m GROUP BY origin ORDER BY n DESC LIMIT 1'
				)
			);
			await step('reload: first answer, arrow copy', () =>
				probe.reloadAndAnswer(
					'flights3m_ipc',
					'SELECT origin, count(*) AS n FROM flights3m_ipc GROUP BY origin ORDER BY n DESC LIMIT 1'
				)
			);
		}
	} else {
		await step('ingest csv', () => probe.ingest('/seattle-weather.csv', 'csv', 'weather'));
		await step('ingest tsv', () => probe.ingest('/unemployment.tsv', 'tsv', 'unemployment'));
		await step('ingest json', () => probe.ingest('/cars.json', 'json', 'cars'));
		await step('ingest arrow', () => probe.ingest('/flights-200k.arrow', 'arrow', 'flights200k'));
		await step('ingest parquet 3M', () =>
			probe.ingest('/flights-3m.parquet', 'parquet', 'flights3m')
		);
		await step('ingest 1M-row csv', () => probe.ingestGenerated(1_000_000, 'gen1m'));
		await step('group by first', () =>
			probe.query('SELECT category, count(*), avg(amount) FROM gen1m GROUP BY category ORDER BY 1')
		);
		await step('group by warm', () =>
			probe.query('SELECT category, count(*), avg(amount) FROM gen1m GROUP BY category ORDER BY 1')
		);
		await step('flights ORD', () =>
			probe.query("SELECT count(*)::INTEGER AS n FROM flights3m WHERE origin = 'ORD'")
		);
		await step('sql error', () => probe.query('SELECT Nmae FROM cars'));
		await step('cancel long query (+ page jank)', () => probe.cancelLong());
		await step('kill during query', () => probe.killDuringQuery());
		await step('after restart (lazy re-attach)', () =>
			probe.query("SELECT count(*)::INTEGER AS n FROM cars WHERE Origin = 'USA'")
		);
		await step('events', () => probe.events);
		await step('reload: first answer over flights3m', () =>
			probe.reloadAndAnswer(
				'flights3m',
				'SELECT origin, count(*) AS n, avg(delay) AS d FROM flights3m GROUP BY origin ORDER BY n DESC LIMIT 1'
			)
		);
		await step('arrow ipc copy of flights3m', () =>
			probe.storeArrowCopy('flights3m', 'flights3m_ipc')
		);
		for (let i = 0; i < 2; i++) {
			await step('reload: first answer, parquet copy', () =>
				probe.reloadAndAnswer(
					'flights3m',
					'SELECT origin, count(*) AS n FROM flights3m GROUP BY origin ORDER BY n DESC LIMIT 1'
				)
			);
			await step('reload: first answer, arrow copy', () =>
				probe.reloadAndAnswer(
					'flights3m_ipc',
					'SELECT origin, count(*) AS n FROM flights3m_ipc GROUP BY origin ORDER BY n DESC LIMIT 1'
				)
			);
		}
		await page.reload();
		await page.waitForFunction(() => document.getElementById('state')?.textContent === 'ready');
		await step('start (reload, cached)', () =>
			probe.start().then((r) => ({ ms: r.ms, ok: r.value.ok }))
		);
	}
	console.log('off-origin requests', JSON.stringify(offOrigin));
} finally {
	await browser.close();
	server.kill();
}
