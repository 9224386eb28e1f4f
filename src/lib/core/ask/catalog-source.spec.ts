import { describe, expect, it } from 'vitest';
import { catalogFromDatasets } from '../catalog';
import { answerQuestion, isRefusal } from '../nl';
import { catalogSourcesOf } from './catalog-source';

const profile = (values: string[]) => ({
	distinctCount: values.length,
	nullShare: 0,
	topValues: values.map((value) => ({ value, count: 10 }))
});

/** The same file imported twice: one name, two SQL tables. */
const ledger = (tableName: string) => ({
	name: 'sales_ledger',
	tableName,
	rows: 40,
	columns: [
		{ name: 'region', type: 'VARCHAR', profile: profile(['North', 'South']) },
		{ name: 'amount', type: 'DOUBLE' }
	]
});

describe('catalogSourcesOf', () => {
	it('keeps the names of datasets whose names differ', () => {
		const sources = catalogSourcesOf([
			ledger('sales_ledger'),
			{ ...ledger('visits'), name: 'Visits' }
		]);
		expect(sources.map((s) => s.name)).toEqual(['sales_ledger', 'Visits']);
	});

	it('names datasets that share a name by their table names, so a refusal can tell them apart', () => {
		const sources = catalogSourcesOf([ledger('sales_ledger'), ledger('sales_ledger_2')]);
		expect(sources.map((s) => s.name)).toEqual(['sales_ledger', 'sales_ledger_2']);

		const catalog = catalogFromDatasets(sources);
		const refused = answerQuestion({ question: 'total amount by region', catalog });
		expect(isRefusal(refused) && refused.reason).toContain('"sales_ledger_2"');

		// The first way out the refusal offers answers, with the other table as another reading.
		const first = answerQuestion({ question: 'total amount by region in sales_ledger', catalog });
		expect(isRefusal(first)).toBe(false);
		const readings = isRefusal(first) ? [] : first.interpretation;
		const others = readings.flatMap((item) => item.alternatives ?? []);
		expect(others.map((other) => other.answer.sql).join('\n')).toContain('FROM "sales_ledger_2"');
	});
});
