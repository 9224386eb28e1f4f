import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import type { KeyMeasure } from './measure-sql';
import { measuredKind, percent, rankSuggestions, suggestionOf } from './score';
import type { ColumnRef } from './types';

function candidate(left: string, right: string, nameSimilarity: number): Candidate {
	return {
		left: { datasetId: 'a', column: left },
		right: { datasetId: 'b', column: right },
		leftType: 'VARCHAR',
		rightType: 'VARCHAR',
		nameSimilarity,
		keyLikeness: 1,
		prior: 0
	};
}

function measure(overrides: Partial<KeyMeasure>): KeyMeasure {
	return {
		leftRows: 1000,
		rightRows: 100,
		leftKeys: 100,
		rightKeys: 100,
		sharedKeys: 0,
		leftKeyRows: 1000,
		rightKeyRows: 100,
		leftOrphanRows: 0,
		rightOrphanRows: 0,
		leftMaxPerKey: 10,
		rightMaxPerKey: 1,
		leftDuplicateKeys: 100,
		rightDuplicateKeys: 0,
		...overrides
	};
}

const nameOf = (ref: ColumnRef): string =>
	`${ref.datasetId === 'a' ? 'flights' : 'airports'}.${ref.column}`;

describe('suggestion scoring', () => {
	it('ranks a true key with 98% coverage above a same-name column with 3% overlap', () => {
		const key = suggestionOf(
			candidate('origin', 'iata', 0),
			measure({ sharedKeys: 98 }),
			true,
			nameOf
		);
		const sameName = suggestionOf(
			candidate('name', 'name', 1),
			measure({ sharedKeys: 3, leftMaxPerKey: 2, rightMaxPerKey: 3 }),
			true,
			nameOf
		);
		expect(key && sameName).toBeTruthy();
		const ranked = rankSuggestions([sameName!, key!]);
		expect(ranked.map((s) => s.left.column)).toEqual(['origin', 'name']);
		expect(key).toMatchObject({ coverage: 0.98, kind: 'many-to-one' });
		expect(key!.reason).toBe(
			'98% of flights.origin values are found in airports.iata; each airports.iata value is on one row; up to 10 rows share one flights.origin value.'
		);
	});

	it('ranks a foreign key above two unique row numbers that happen to share values', () => {
		const numbering = suggestionOf(
			candidate('order_id', 'customer_id', 0.2),
			measure({
				leftRows: 8,
				rightRows: 6,
				leftKeys: 8,
				rightKeys: 6,
				sharedKeys: 6,
				leftMaxPerKey: 1
			}),
			true,
			nameOf
		);
		const foreignKey = suggestionOf(
			candidate('customer_id', 'customer_id', 1),
			measure({
				leftRows: 8,
				rightRows: 6,
				leftKeys: 5,
				rightKeys: 6,
				sharedKeys: 5,
				leftMaxPerKey: 3
			}),
			true,
			nameOf
		);
		expect(rankSuggestions([numbering!, foreignKey!])[0]).toBe(foreignKey);
		expect(numbering!.score).toBeLessThan(0.5);
		expect(numbering!.reason).toMatch(/row numbers/);
		expect(foreignKey!.reason).not.toMatch(/row numbers/);
	});

	it('does not suggest an id ↔ id pair whose values never meet', () => {
		expect(suggestionOf(candidate('id', 'id', 1), measure({ sharedKeys: 0 }), true, nameOf)).toBe(
			undefined
		);
	});

	it('puts the side whose keys are found on the left', () => {
		const flipped = suggestionOf(
			candidate('iata', 'origin', 0),
			measure({
				leftKeys: 3000,
				rightKeys: 300,
				sharedKeys: 297,
				leftMaxPerKey: 1,
				rightMaxPerKey: 9
			}),
			true,
			nameOf
		);
		expect(flipped).toMatchObject({
			left: { datasetId: 'b', column: 'origin' },
			right: { datasetId: 'a', column: 'iata' },
			coverage: 0.99,
			reverseCoverage: 0.099,
			kind: 'many-to-one'
		});
	});

	it('scores keys compared as text a little lower', () => {
		const m = measure({ sharedKeys: 50 });
		const same = suggestionOf(candidate('x', 'y', 0), m, true, nameOf)!;
		const cast = suggestionOf(candidate('x', 'y', 0), m, false, nameOf)!;
		expect(cast.score).toBeLessThan(same.score);
		expect(cast.typesCompatible).toBe(false);
	});

	it('names cardinalities and writes honest percentages', () => {
		expect(measuredKind(1, 1)).toBe('one-to-one');
		expect(measuredKind(1, 4)).toBe('one-to-many');
		expect(measuredKind(4, 1)).toBe('many-to-one');
		expect(measuredKind(2, 2)).toBe('many-to-many');
		expect(percent(1)).toBe('100%');
		expect(percent(0.9996)).toBe('99.9%');
		expect(percent(0.125)).toBe('13%');
		expect(percent(0.034)).toBe('3.4%');
		expect(percent(0)).toBe('0%');
	});
});
