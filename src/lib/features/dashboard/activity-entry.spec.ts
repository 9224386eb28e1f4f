import { describe, expect, it } from 'vitest';
import { activityView, type ActivityKind, type ActivityTargets } from './activity-entry';

const targets: ActivityTargets = {
	datasetIds: new Set(['d1']),
	chartIds: new Set(['c1']),
	querySql: new Map([['q1', 'SELECT 1 AS "a b"']])
};

function view(kind: ActivityKind, refId: string, summary = 'summary') {
	return activityView({ kind, refId, summary }, targets);
}

describe('activityView', () => {
	it('links chart entries to the chart page while the chart exists', () => {
		for (const kind of ['chart-saved', 'chart-renamed', 'chart-duplicated'] as const) {
			expect(view(kind, 'c1', 'Saved chart “Rain”')).toEqual({
				tag: 'Chart',
				summary: 'Saved chart “Rain”',
				href: '/gallery/c1',
				hint: 'Open the chart'
			});
			expect(view(kind, 'gone')).toEqual({ tag: 'Chart', summary: 'summary' });
		}
	});

	it('never links a deleted chart or dataset, even when the id is reused', () => {
		expect(view('chart-deleted', 'c1')).toEqual({ tag: 'Chart', summary: 'summary' });
		expect(view('dataset-deleted', 'd1')).toEqual({ tag: 'Dataset', summary: 'summary' });
	});

	it('links imports and renames to the dataset while it exists', () => {
		expect(view('dataset-imported', 'd1').href).toBe('/datasets/d1');
		expect(view('dataset-renamed', 'd1').href).toBe('/datasets/d1');
		expect(view('dataset-imported', 'd2').href).toBeUndefined();
	});

	it('re-runs a query that ran and opens a failed one in the editor without running it', () => {
		const ran = view('query-run', 'q1');
		expect(ran).toMatchObject({ tag: 'Query', hint: 'Run the query again' });
		expect(new URL(`http://x${ran.href}`).searchParams.get('sql')).toBe('SELECT 1 AS "a b"');
		expect(new URL(`http://x${ran.href}`).searchParams.get('run')).toBe('1');
		const failed = view('query-failed', 'q1');
		expect(new URL(`http://x${failed.href}`).searchParams.get('run')).toBeNull();
		expect(view('query-run', 'q2').href).toBeUndefined();
	});

	it('escapes ids that are not plain (records may come from elsewhere)', () => {
		const odd = activityView(
			{ kind: 'chart-saved', refId: '../x?y', summary: 's' },
			{ ...targets, chartIds: new Set(['../x?y']) }
		);
		expect(odd.href).toBe('/gallery/..%2Fx%3Fy');
	});

	it('tags contexts and shows an unknown kind as plain text', () => {
		expect(view('context-saved', 'x')).toEqual({ tag: 'Context', summary: 'summary' });
		const unknown = activityView(
			{ kind: 'something-new' as ActivityKind, refId: 'c1', summary: 's' },
			targets
		);
		expect(unknown).toEqual({ tag: 'Activity', summary: 's' });
	});

	it('asks a question again from its entry, answered or not', () => {
		expect(view('question-asked', 'q1', 'rain & sun by month?')).toEqual({
			tag: 'Question',
			summary: 'Asked “rain & sun by month?”',
			href: '/?ask=rain%20%26%20sun%20by%20month%3F',
			hint: 'Ask the question again'
		});
		expect(view('question-refused', '', 'frobnicate')).toMatchObject({
			summary: 'Could not answer “frobnicate”',
			href: '/?ask=frobnicate'
		});
		expect(view('question-asked', 'q1', ' ').href).toBeUndefined();
	});
});
