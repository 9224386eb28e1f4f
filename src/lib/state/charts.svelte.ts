/**
 * Charts for the UI: makes the per-component advisors and renderers over the app's engine, and
 * holds the remembered Table / Chart choices. Provided by the layout (context.ts `getCharts`).
 */
import type { ChartQueryOptions } from '$lib/core/charts';
import { ChartChoices, type ChoiceStore } from './chart-choices.svelte';
import type { ChartCache } from './chart-data';
import { ChartAdvisor, ChartRenderer } from './chart-view.svelte';
import type { EnginePort } from './engine-port';

export interface ChartsDeps {
	engine: EnginePort;
	/** The result cache the charts' queries go through; without it every query runs. */
	cache?: ChartCache;
	/** Where Table / Chart choices are kept; localStorage by default. */
	choiceStore?: ChoiceStore;
}

export class Charts {
	readonly choices: ChartChoices;
	readonly #engine: EnginePort;
	readonly #cache: ChartCache;

	constructor(deps: ChartsDeps) {
		this.#engine = deps.engine;
		this.#cache = deps.cache;
		this.choices = new ChartChoices(deps.choiceStore);
	}

	/** Suggestions for one result at a time. */
	createAdvisor(): ChartAdvisor {
		return new ChartAdvisor(this.#engine, this.#cache);
	}

	/** One chart's data at a time. */
	createRenderer(limits?: Pick<ChartQueryOptions, 'maxPoints' | 'maxCategories'>): ChartRenderer {
		return new ChartRenderer(this.#engine, limits, this.#cache);
	}
}
