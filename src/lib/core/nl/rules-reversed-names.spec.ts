/**
 * A two-word column name said the other way round, joined by "for" or "of" ("reason for
 * declining" of `Decline Reason`), is that column, read as exactly as its name.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';

const CLAIMS: TableSpec = {
	name: 'claims',
	humanName: 'Claims',
	columns: [
		['Claim Ref', 'VARCHAR'],
		['Status', 'VARCHAR'],
		['Decline Reason', 'VARCHAR']
	],
	rows: Array.from({ length: 12 }, (_, i) => [
		`CL-${i}`,
		i % 3 === 0 ? 'Declined' : 'Paid',
		i % 3 === 0 ? ['Pre-existing', 'Excluded', 'Pre-existing', 'Late'][i % 4] : null
	])
};

describe('a column name said the other way round', () => {
	it('is the column ("most common reason for declining a claim")', () => {
		expect(answer('most common reason for declining a claim', catalogOf(CLAIMS)).sql).toContain(
			'SELECT "Decline Reason", count(*) AS "count"'
		);
	});
	it('with an article between ("reason for the decline")', () => {
		expect(answer('claims by reason for the decline', catalogOf(CLAIMS)).sql).toContain(
			'SELECT "Decline Reason", count(*) AS "count"'
		);
	});
});
