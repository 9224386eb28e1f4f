/** The current time as reactive state, ticking every `intervalMs` while something reads it. */
import { createSubscriber } from 'svelte/reactivity';

export class Now {
	#intervalMs: number;
	#subscribe: () => void;

	constructor(intervalMs = 30_000) {
		this.#intervalMs = intervalMs;
		this.#subscribe = createSubscriber((update) => {
			const timer = setInterval(update, this.#intervalMs);
			return () => clearInterval(timer);
		});
	}

	get current(): number {
		this.#subscribe();
		return Date.now();
	}
}
