import { describe, expect, it } from 'vitest';
import { questionHistory, stepHistory } from './history';

describe('question history', () => {
	it('keeps asked questions only, most recent first, each once', () => {
		const records = [
			{ source: 'ask', question: 'rain by month' },
			{ source: 'editor' },
			{ source: 'ask', question: '  Rain  by month ' },
			{ source: 'link', question: 'not asked here' },
			{ source: 'ask', question: 'hottest day' },
			{ source: 'ask', question: '   ' }
		];
		expect(questionHistory(records)).toEqual(['rain by month', 'hottest day']);
		expect(questionHistory(records, 1)).toEqual(['rain by month']);
	});

	it('steps older and newer like a shell, stopping at either end', () => {
		expect(stepHistory(-1, 'older', 2)).toBe(0);
		expect(stepHistory(0, 'older', 2)).toBe(1);
		expect(stepHistory(1, 'older', 2)).toBe(1);
		expect(stepHistory(1, 'newer', 2)).toBe(0);
		expect(stepHistory(-1, 'newer', 2)).toBe(-1);
		expect(stepHistory(-1, 'older', 0)).toBe(-1);
	});
});
