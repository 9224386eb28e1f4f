import { describe, expect, it } from 'vitest';
import { confidenceText, llmAnswer, offlineAnswer } from './answers';
import { catalogSourceOf, isCatalogProfile } from './catalog-source';

describe('answers', () => {
	it('keeps the offline engine’s reading and confidence', () => {
		const interpretation = [{ words: 'rain', kind: 'column' as const, meaning: 'column "rain"' }];
		const answer = offlineAnswer({
			sql: 'SELECT 1',
			explanation: 'e',
			confidence: 0.874,
			interpretation
		});
		expect(answer).toEqual({
			sql: 'SELECT 1',
			explanation: 'e',
			confidence: 0.874,
			interpretation,
			source: 'offline'
		});
		expect(confidenceText(answer)).toBe('87%');
		expect(confidenceText({ ...answer, confidence: 1.2 })).toBe('100%');
	});

	it('labels an LLM answer with its provider and model and rates no confidence', () => {
		const answer = llmAnswer({
			ok: true,
			sql: 'SELECT 2',
			explanation: 'x',
			provider: 'localhost:11434',
			model: 'llama3.1',
			repairs: 1
		});
		expect(answer).toMatchObject({ source: 'llm', provider: 'localhost:11434', model: 'llama3.1' });
		expect(confidenceText(answer)).toBeUndefined();
	});
});

describe('catalogSourceOf', () => {
	it('passes on profiles of the catalog’s shape and leaves out older ones', () => {
		const profile = { distinctCount: 2, nullShare: 0, topValues: [] };
		const source = catalogSourceOf({
			name: 'Rain',
			tableName: 'rain',
			rows: 3,
			columns: [
				{ name: 'a', type: 'VARCHAR', profile },
				{ name: 'b', type: 'BIGINT', profile: { nullCount: 0, distinctCount: 3 } },
				{ name: 'c', type: 'DATE' }
			]
		});
		expect(source.columns).toEqual([
			{ name: 'a', type: 'VARCHAR', profile },
			{ name: 'b', type: 'BIGINT' },
			{ name: 'c', type: 'DATE' }
		]);
		expect(isCatalogProfile(null)).toBe(false);
	});
});
