import { describe, expect, it } from 'vitest';
import { chartDataStatus } from './status';

const sales = { id: 'd1', name: 'Sales', tableName: 'sales', fingerprint: 'f1' };
const weather = { id: 'd2', name: 'Weather', tableName: 'weather', fingerprint: 'w1' };

const chart = {
	datasetIds: ['d1', 'd2'],
	datasetFingerprints: { d1: 'f1', d2: 'w1' },
	datasetRefs: {
		d1: { name: 'Sales', tableName: 'sales' },
		d2: { name: 'Weather', tableName: 'weather' }
	}
};

describe('chartDataStatus', () => {
	it('is ok when every dataset still has the fingerprint it had when saved', () => {
		expect(chartDataStatus(chart, [sales, weather])).toEqual({ kind: 'ok' });
	});

	it('names the datasets whose data changed, by their current names', () => {
		const renamed = { ...sales, name: 'Sales (2025)', fingerprint: 'f2' };
		expect(chartDataStatus(chart, [renamed, weather])).toEqual({
			kind: 'changed',
			datasets: ['Sales (2025)']
		});
	});

	it('names deleted datasets by their saved name, or id when none was kept', () => {
		const noRefs = { ...chart, datasetRefs: { d2: chart.datasetRefs.d2 } };
		expect(chartDataStatus(chart, [])).toEqual({ kind: 'missing', datasets: ['Sales', 'Weather'] });
		expect(chartDataStatus(noRefs, [weather])).toEqual({ kind: 'missing', datasets: ['d1'] });
	});

	it('reports missing before changed', () => {
		expect(chartDataStatus(chart, [{ ...weather, fingerprint: 'w2' }])).toEqual({
			kind: 'missing',
			datasets: ['Sales']
		});
	});

	it('follows a dataset imported again under the same table name', () => {
		const again = { id: 'd9', name: 'sales', tableName: 'SALES', fingerprint: 'f1' };
		expect(chartDataStatus(chart, [again, weather])).toEqual({ kind: 'ok' });
		expect(chartDataStatus(chart, [{ ...again, fingerprint: 'f3' }, weather])).toEqual({
			kind: 'changed',
			datasets: ['sales']
		});
	});

	it('cannot tell a change without a saved fingerprint, and a chart without datasets is ok', () => {
		const old = { ...chart, datasetFingerprints: {} };
		expect(chartDataStatus(old, [{ ...sales, fingerprint: 'x' }, weather])).toEqual({ kind: 'ok' });
		expect(
			chartDataStatus({ datasetIds: [], datasetFingerprints: {}, datasetRefs: {} }, [])
		).toEqual({ kind: 'ok' });
	});
});
