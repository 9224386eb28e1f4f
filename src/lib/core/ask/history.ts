/** The question box's history: earlier questions, most recent first, each once. */

export interface AskedQuery {
	source: string;
	question?: string;
}

/** Questions from query records (most recent first), without repeats (ignoring case and spaces). */
export function questionHistory(records: readonly AskedQuery[], limit = 50): string[] {
	const seen = new Set<string>();
	const questions: string[] = [];
	for (const record of records) {
		if (record.source !== 'ask' || record.question === undefined) continue;
		const question = record.question.trim();
		const key = question.toLowerCase().replace(/\s+/g, ' ');
		if (key === '' || seen.has(key)) continue;
		seen.add(key);
		questions.push(question);
		if (questions.length >= limit) break;
	}
	return questions;
}

/**
 * Step through the history from the box, like a shell: `position` -1 is the text being typed,
 * 0 the latest question. Returns the new position (unchanged at either end).
 */
export function stepHistory(position: number, direction: 'older' | 'newer', size: number): number {
	if (direction === 'older') return Math.min(position + 1, size - 1);
	return Math.max(position - 1, -1);
}
