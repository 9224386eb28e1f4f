import { it } from 'vitest';
import { openTestDb } from '$test/nl/duckdb-catalog';
import { buildResultStatsSql } from './result-stats';

it('scratch', async () => {
	const db = await openTestDb();
	db.run(`CREATE TABLE flights AS SELECT
	TIMESTAMP '2001-01-01' + to_minutes((i * 7919) % 525600) AS "date",
	CAST((i * 31) % 400 AS INTEGER) - 60 AS delay,
	CAST(100 + (i * 17) % 2500 AS INTEGER) AS distance,
	'A' || ((i * 13) % 300)::VARCHAR AS origin,
	'C' || ((i * 7) % 20)::VARCHAR AS carrier
	FROM range(3000000) r(i)`);
	const cols = db
		.run('DESCRIBE flights')
		.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
	const s = buildResultStatsSql('SELECT * FROM flights', cols)!;
	const variants: Record<string, string> = {
		current: s,
		materialized: s.replace('h AS (', 'h AS MATERIALIZED ('),
		hOnly: s.split('\ns AS')[0].replace(/,$/, '') + '\nSELECT * FROM h',
		noSample:
			'SELECT count(*), count(date), approx_count_distinct(date), min(date), max(date), approx_count_distinct(delay), min(delay), max(delay), approx_count_distinct(distance), approx_count_distinct(origin), min(origin), max(origin), avg(length(origin)), approx_count_distinct(carrier), avg(length(carrier)) FROM flights'
	};
	for (const [k, q] of Object.entries(variants)) {
		const times = [];
		for (let i = 0; i < 3; i++) {
			const t0 = performance.now();
			db.run(q);
			times.push(Math.round(performance.now() - t0));
		}
		console.log(k, times.join(' '));
	}
	db.close();
});
