import { describe, expect, it } from 'vitest';
import { CHOICES_KEY, ChartChoices, MAX_CHOICES, normaliseSql } from './chart-choices.svelte';

function memoryStore(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	};
}

describe('ChartChoices', () => {
	it('remembers Table or Chart per query, whatever its spacing or final semicolon', () => {
		const store = memoryStore();
		const choices = new ChartChoices(store);
		expect(choices.modeFor('SELECT 1')).toBeUndefined();
		choices.choose('SELECT  city,\n sum(x) FROM t;', 'table');
		expect(choices.modeFor('SELECT city, sum(x) FROM t')).toBe('table');
		expect(choices.modeFor('SELECT 1')).toBeUndefined();

		// A new instance over the same storage (a reload) still knows.
		const reloaded = new ChartChoices(store);
		expect(reloaded.modeFor(' SELECT city, sum(x)   FROM t ;')).toBe('table');
		reloaded.choose('SELECT city, sum(x) FROM t', 'chart');
		expect(new ChartChoices(store).modeFor('SELECT city, sum(x) FROM t')).toBe('chart');
	});

	it(`keeps only the newest ${MAX_CHOICES} choices`, () => {
		const store = memoryStore();
		const choices = new ChartChoices(store);
		for (let i = 0; i <= MAX_CHOICES; i++) choices.choose(`SELECT ${i}`, 'table');
		const reloaded = new ChartChoices(store);
		expect(reloaded.modeFor('SELECT 0')).toBeUndefined();
		expect(reloaded.modeFor('SELECT 1')).toBe('table');
		expect(reloaded.modeFor(`SELECT ${MAX_CHOICES}`)).toBe('table');
		expect(JSON.parse(store.items.get(CHOICES_KEY)!)).toHaveLength(MAX_CHOICES);
	});

	it('ignores damaged stored data and works without storage', () => {
		const damaged = memoryStore({ [CHOICES_KEY]: '{not json' });
		expect(new ChartChoices(damaged).modeFor('SELECT 1')).toBeUndefined();
		const odd = memoryStore({
			[CHOICES_KEY]: JSON.stringify([['SELECT 1', 'pie'], ['SELECT 2', 'chart'], 7])
		});
		const fromOdd = new ChartChoices(odd);
		expect(fromOdd.modeFor('SELECT 1')).toBeUndefined();
		expect(fromOdd.modeFor('SELECT 2')).toBe('chart');

		const failing = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		const choices = new ChartChoices(failing);
		choices.choose('SELECT 1', 'table');
		expect(choices.modeFor('SELECT 1')).toBe('table');
	});

	it('normalises SQL text for keys', () => {
		expect(normaliseSql('  SELECT\t1 ;; \n')).toBe('SELECT 1');
	});
});
