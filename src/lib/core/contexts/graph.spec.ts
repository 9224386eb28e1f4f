import { describe, expect, it } from 'vitest';
import { cyclesOf, unrelatedDatasets } from './graph';
import type { ContextRelationDef } from './types';

function rel(a: string, b: string, column = 'k'): ContextRelationDef {
	return { left: { datasetId: a, column }, right: { datasetId: b, column } };
}

describe('relation graph', () => {
	it('finds no cycle in a tree, and counts two columns between the same datasets as one join', () => {
		expect(cyclesOf([rel('a', 'b'), rel('b', 'c'), rel('a', 'b', 'k2')])).toEqual([]);
	});

	it('names the datasets that form a cycle and the relation that closes it', () => {
		expect(cyclesOf([rel('a', 'b'), rel('b', 'c'), rel('c', 'd'), rel('d', 'b')])).toEqual([
			{ datasetIds: ['d', 'c', 'b'], relationIndex: 3 }
		]);
		expect(cyclesOf([rel('a', 'a')])).toEqual([{ datasetIds: ['a'], relationIndex: 0 }]);
	});

	it('lists datasets related to nothing, only when there are two or more', () => {
		expect(unrelatedDatasets(['a', 'b', 'c'], [rel('a', 'b')])).toEqual(['c']);
		expect(unrelatedDatasets(['a'], [])).toEqual([]);
	});
});
