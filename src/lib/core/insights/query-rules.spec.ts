import { describe, expect, it } from 'vitest';
import type { QueryStat } from '../usage/types';
import { queryPatterns, repeatedQueries } from './query-rules';

let counter = 0;
function run(sql: string, overrides: Partial<QueryStat> = {}): QueryStat {
	counter++;
	return {
		id: `q${counter}`,
		sql,
		startedAt: counter,
		ms: 5,
		isFailed: false,
		isSaved: false,
		datasetIds: [],
		...overrides
	};
}

describe('queryPatterns', () => {
	it('groups runs that differ only in literals, with the run count as its number', () => {
		const insights = queryPatterns([
			run("SELECT * FROM t WHERE city = 'Oslo'"),
			run("select * from t where city = 'O''Hare'"),
			run('SELECT * FROM t WHERE city = 7'),
			run('SELECT * FROM u')
		]);
		expect(insights).toHaveLength(1);
		expect(insights[0]).toMatchObject({
			kind: 'query-pattern',
			value: 3,
			detail: 'select * from t where city = ?'
		});
		const sql = new URL(insights[0].action!.href, 'http://x').searchParams.get('sql');
		expect(sql).toBe('SELECT * FROM t WHERE city = 7');
	});

	it('needs two different texts: the same query run again is not a pattern', () => {
		expect(queryPatterns([run('SELECT 1'), run('SELECT 1')])).toEqual([]);
		expect(queryPatterns([])).toEqual([]);
	});

	it('a quote inside a string does not merge different shapes', () => {
		const insights = queryPatterns([
			run("SELECT 'a'' OR x = ''b' FROM t"),
			run("SELECT 'c' FROM t"),
			run("SELECT 'a' OR x = 'b' FROM t")
		]);
		expect(insights.map((i) => i.value)).toEqual([2]);
	});
});

describe('repeatedQueries', () => {
	it('fires at three runs of the same SQL (ignoring spacing), not at two', () => {
		const insights = repeatedQueries([
			run('SELECT a FROM t'),
			run('SELECT a\n  FROM t'),
			run('SELECT a FROM t', { isFailed: true }),
			run('SELECT b FROM t'),
			run('SELECT b FROM t')
		]);
		expect(insights.map((i) => [i.detail, i.value])).toEqual([['SELECT a FROM t', 3]]);
		expect(insights[0].title).toContain('3 times');
	});

	it('stays quiet once the query was saved', () => {
		const stats = [run('SELECT 1'), run('SELECT 1'), run('SELECT 1', { isSaved: true })];
		expect(repeatedQueries(stats)).toEqual([]);
	});
});
