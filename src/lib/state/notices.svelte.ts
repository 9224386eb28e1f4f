/**
 * The app's toasts: any feature or state class reports through this one small class instead of
 * reaching into the workspace. At most five stay on screen; the oldest go first.
 */
export interface Notice {
	id: string;
	kind: 'info' | 'error' | 'success';
	message: string;
	action?: { label: string; run: () => void };
}

const MAX_NOTICES = 5;

export class Notices {
	/** Oldest first. */
	items = $state<Notice[]>([]);

	readonly #newId: () => string;

	constructor(newId: () => string = () => crypto.randomUUID()) {
		this.#newId = newId;
	}

	/** Show a notice; returns its id. */
	notify(kind: Notice['kind'], message: string, action?: Notice['action']): string {
		const id = this.#newId();
		this.items = [...this.items, { id, kind, message, action }].slice(-MAX_NOTICES);
		return id;
	}

	dismiss(id: string): void {
		this.items = this.items.filter((n) => n.id !== id);
	}
}
