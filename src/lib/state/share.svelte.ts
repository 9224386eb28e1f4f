/** Share links: making them from the current analysis and opening them (see core/share). */
import type { EnginePort } from './engine-port';
import { makeAnalysisFile, makeShareLink, type MakeResult, type ShareInput } from './share-make';
import { SharedAnalysis } from './share-open.svelte';
import type { Workspace } from './workspace.svelte';

export interface ShareDeps {
	engine: EnginePort;
	workspace: Workspace;
	/** Defaults to the page's origin. */
	origin?: () => string;
}

export class Share {
	readonly #engine: EnginePort;
	readonly #workspace: Workspace;
	readonly #origin: () => string;

	constructor(deps: ShareDeps) {
		this.#engine = deps.engine;
		this.#workspace = deps.workspace;
		this.#origin = deps.origin ?? (() => location.origin);
	}

	makeLink(input: ShareInput, budget?: number): Promise<MakeResult> {
		return makeShareLink(this.#deps(), input, budget);
	}

	makeFile(input: ShareInput): ReturnType<typeof makeAnalysisFile> {
		return makeAnalysisFile(this.#deps(), input);
	}

	/** A fresh opened-link state for a page. */
	createOpener(): SharedAnalysis {
		return new SharedAnalysis({ engine: this.#engine, workspace: this.#workspace });
	}

	#deps() {
		return { engine: this.#engine, datasets: this.#workspace.datasets, origin: this.#origin() };
	}
}
