/**
 * A plain adjective before a noun describes the noun's things ("new members", "old cars"): it
 * does not ask for the attribute WordNet gives the adjective (new → age). Asked about directly
 * ("how old are the members") the attribute is still the column.
 */
import { describe, expect, it } from 'vitest';
import { answer, ask } from '$test/nl/ask';
import { catalogOf, type TableSpec } from '$test/nl/tables';
import { isRefusal } from './types';

/** A club's members: when each joined, how old they are, their membership. */
const MEMBERS: TableSpec = {
	name: 'club_members',
	humanName: 'Club members',
	columns: [
		['member_no', 'BIGINT'],
		['Joined', 'DATE'],
		['Age', 'BIGINT'],
		['Plan', 'VARCHAR']
	],
	rows: Array.from({ length: 24 }, (_, i) => [
		i + 1,
		`202${2 + (i % 3)}-0${1 + (i % 9)}-15`,
		18 + ((i * 7) % 50),
		['Peak', 'Off-peak', 'Junior'][i % 3]
	])
};

describe('an adjective before a noun', () => {
	const members = catalogOf(MEMBERS);
	it('does not stand for its attribute ("new members" is no average age)', () => {
		const result = ask('new members per month', members);
		expect(isRefusal(result) ? '' : result.sql).not.toContain('"Age"');
		expect(isRefusal(result) && result.reason).toContain('"new"');
	});
	it('still names the attribute when asked about it', () => {
		expect(answer('how old are the members', members).sql).toContain('"Age"');
		expect(answer('average age of peak members', members).sql).toContain('avg("Age")');
	});
});
