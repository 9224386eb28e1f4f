import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openTestDb } from './fixtures/duckdb-catalog';
import { answerQuestion, isRefusal, type Catalog, type NlContext } from './index';
it('smoke', async () => {
	const db = await openTestDb();
	const tables = [];
	for (const [f, n] of [['cars.json','cars'],['movies.json','movies'],['seattle-weather.csv','seattle_weather'],['stocks.csv','stocks'],['gapminder.json','gapminder'],['iowa-electricity.csv','iowa_electricity'],['birdstrikes.csv','birdstrikes'],['airports.csv','airports'],['flights-airport.csv','flights_airport'], ['penguins.json','penguins'], ['disasters.csv','disasters'], ['unemployment.tsv','unemployment'], ['lookup_people.csv','lookup_people'], ['lookup_groups.csv','lookup_groups']]) {
		tables.push(db.loadVega(f, n));
	}
	const all: Catalog = { tables };
	const context: NlContext = { relations: [
		{ left: { table: '"flights_airport"', column: 'origin' }, right: { table: '"airports"', column: 'iata' } },
		{ left: { table: '"lookup_groups"', column: 'person' }, right: { table: '"lookup_people"', column: 'name' } }
	], metrics: [], synonyms: [] };
	const qs = readFileSync('/tmp/qs.txt', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
	for (const line of qs) {
		const [tname, q] = line.includes('|') ? line.split('|').map((s) => s.trim()) : ['*', line.trim()];
		const catalog = tname === '*' ? all : { tables: tables.filter((t) => tname.split(',').includes(t.quotedName.replace(/"/g, ''))) };
		const t0 = performance.now();
		const r = answerQuestion({ question: q, catalog, context });
		const ms = (performance.now() - t0).toFixed(1);
		if (isRefusal(r)) { console.log(`\n### ${q} [${ms}ms]\nREFUSED: ${r.reason} ${JSON.stringify(r.interpretation?.map(i=>i.meaning) ?? [])}`); continue; }
		let out = '';
		try { const rows = db.run(r.sql); out = JSON.stringify(rows.slice(0, 4)) + ` (${rows.length} rows)`; } catch (e) { out = 'SQL ERROR ' + (e as Error).message.split('\n')[0]; }
		console.log(`\n### ${q} [${ms}ms] conf=${r.confidence}\n${r.sql}\n=> ${out}\n-- ${r.explanation}`);
	}
});
