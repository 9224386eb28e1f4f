/**
 * Sync as the UI sees it (SyncControls): the account, the status indicator, conflicts and the
 * datasets whose data is only on the server. Nothing is sent anywhere until the user signs in
 * (DESIGN.md §2a); from then on changes push shortly after they are made, and everything syncs
 * on sign-in, on reconnect and every minute while the page is visible (sync/scheduler.ts).
 */
import type { AccountInfo, ConflictCopy } from '$lib/core/sync/protocol';
import { watch } from '$lib/storage/live';
import type { QuarryStorage } from '$lib/storage/storage';
import { ApiClient, type ApiResult, type SyncError } from '$lib/sync/api-client';
import { SyncScheduler, type SchedulerOptions } from '$lib/sync/scheduler';
import { serverOrigin } from '$lib/sync/server-url';
import { SyncClient } from '$lib/sync/sync-client';
import type { AccountOutcome, SignInInput, SyncControls, SyncStatus } from '$lib/sync/types';
import { accountFailure, heldBackError, signInFailure } from './sync-messages';

export interface SyncStateDeps {
	storage: QuarryStorage;
	/** The page's origin: the server when none is configured. */
	pageOrigin: string;
	/** Defaults to the page's fetch (cookies included); tests pass one with a cookie jar. */
	fetch?: typeof fetch;
	now?: () => number;
	/** Timers for the scheduler (tests run passes themselves). */
	timers?: Pick<SchedulerOptions, 'setTimer' | 'clearTimer' | 'random'>;
}

const OK: AccountOutcome = { ok: true };

export class SyncState implements SyncControls {
	account = $state.raw<AccountInfo | null>(null);
	serverOrigin = $state('');
	conflicts = $state.raw<readonly ConflictCopy[]>([]);
	deviceId = $state<string | null>(null);
	// Replaced whole on every change (never mutated), so a plain Set in raw state is enough.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	remoteOnlyDatasetIds = $state.raw<ReadonlySet<string>>(new Set());
	/** Changes waiting to be pushed (live across tabs). */
	pending = $state(0);
	#isRunning = $state(false);
	#isOnline = $state(true);
	#error = $state.raw<SyncError | null>(null);
	#syncedAt = $state<number | null>(null);
	/** The newest pending change's deviceSeq seen (a higher one is a new local change). */
	#lastSeq = 0;

	readonly status: SyncStatus = $derived.by(() => {
		const pending = this.pending;
		if (!this.account) return { kind: 'signed-out' };
		if (!this.#isOnline || this.#error?.code === 'offline') return { kind: 'offline', pending };
		if (this.#isRunning) return { kind: 'syncing', pending };
		if (this.#error) return { kind: 'error', pending, message: this.#error.message };
		if (pending > 0 || this.#syncedAt === null) return { kind: 'pending', pending };
		return { kind: 'synced', at: this.#syncedAt };
	});

	readonly #deps: SyncStateDeps;
	readonly #now: () => number;
	readonly #scheduler: SyncScheduler;
	#client: SyncClient | null = null;
	#stops: Array<() => void> = [];

	constructor(deps: SyncStateDeps) {
		this.#deps = deps;
		this.#now = deps.now ?? Date.now;
		this.serverOrigin = deps.pageOrigin;
		this.#scheduler = new SyncScheduler({ ...deps.timers, run: () => this.#pass() });
	}

	/** Read the account and the live counts; resume syncing when the session was on. */
	async start(): Promise<void> {
		const { storage } = this.#deps;
		this.#stops.push(
			watch(
				() => storage.sync.pendingState(),
				({ count, lastSeq }) => {
					const isNew = lastSeq > this.#lastSeq;
					this.pending = count;
					this.#lastSeq = lastSeq;
					if (isNew && this.#client) this.#scheduler.request();
				}
			),
			watch(
				() => storage.sync.remoteOnlyDatasetIds(),
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				(ids) => (this.remoteOnlyDatasetIds = new Set(ids))
			),
			this.#watchOnline()
		);
		const configured = serverOrigin(
			(await storage.settings.get('serverUrl')) ?? '',
			this.#deps.pageOrigin
		);
		if (configured.ok) this.serverOrigin = configured.origin;
		const known = await storage.sync.account();
		const deviceId = await storage.sync.deviceId();
		if (!known?.isSignedIn || !known.account || !deviceId) return;
		this.serverOrigin = known.origin;
		this.account = known.account;
		this.#connect(known.origin, deviceId);
		void this.syncNow();
	}

	stop(): void {
		this.#stops.splice(0).forEach((stop) => stop());
		this.#scheduler.stop();
	}

	register(input: SignInInput): Promise<AccountOutcome> {
		return this.#signIn(input, (api) => api.register(input.username, input.password));
	}

	signIn(input: SignInInput): Promise<AccountOutcome> {
		return this.#signIn(input, (api) => api.login(input.username, input.password));
	}

	async signOut(options: { removeLocalData: boolean }): Promise<AccountOutcome> {
		const client = this.#client;
		// Offline the session cannot be ended on the server; this device forgets it anyway.
		if (client) await client.api.logout();
		await this.#signedOut();
		if (options.removeLocalData) await this.#deps.storage.sync.removeLocalData();
		return OK;
	}

	async changePassword(currentPassword: string, newPassword: string): Promise<AccountOutcome> {
		const client = this.#client;
		if (!client) return { ok: false, message: 'Sign in first.' };
		if (newPassword.length === 0) {
			return { ok: false, message: 'Enter a new password.', field: 'newPassword' };
		}
		return this.#outcome(await client.api.changePassword(currentPassword, newPassword));
	}

	async deleteAccount(password: string): Promise<AccountOutcome> {
		const client = this.#client;
		if (!client) return { ok: false, message: 'Sign in first.' };
		const deleted = await client.api.deleteAccount(password);
		if (!deleted.ok) return this.#outcome(deleted);
		await this.#signedOut(null);
		return OK;
	}

	async syncNow(): Promise<void> {
		if (this.#client) await this.#scheduler.runNow();
	}

	async restoreConflict(conflictId: string): Promise<AccountOutcome> {
		const copy = this.conflicts.find((c) => c.id === conflictId);
		if (!copy || !this.#client) return { ok: false, message: 'That version is no longer kept.' };
		try {
			await this.#deps.storage.sync.restore(copy.table, copy.recordId, copy.data, copy.deleted);
		} catch (caught) {
			return { ok: false, message: caught instanceof Error ? caught.message : String(caught) };
		}
		return this.dismissConflict(conflictId);
	}

	async dismissConflict(conflictId: string): Promise<AccountOutcome> {
		const client = this.#client;
		if (!client) return { ok: false, message: 'Sign in first.' };
		const dismissed = await client.api.dismissConflict(conflictId);
		if (!dismissed.ok && dismissed.error.status !== 404) return this.#outcome(dismissed);
		this.conflicts = this.conflicts.filter((c) => c.id !== conflictId);
		return OK;
	}

	async downloadAll(): Promise<AccountOutcome> {
		const ids = await this.#deps.storage.sync.remoteOnlyDatasetIds();
		for (const id of ids) {
			const got = await this.ensureLocal(id);
			if (!got.ok) return got;
		}
		return OK;
	}

	/**
	 * Make sure a dataset's data is on this device, downloading it if it is only on the server
	 * (the engine calls this before it attaches the dataset's table).
	 */
	async ensureLocal(datasetId: string): Promise<AccountOutcome> {
		if (!this.remoteOnlyDatasetIds.has(datasetId)) {
			const ids = await this.#deps.storage.sync.remoteOnlyDatasetIds();
			if (!ids.includes(datasetId)) return OK;
		}
		const name = (await this.#deps.storage.datasets.get(datasetId))?.name ?? 'this dataset';
		const client = this.#client;
		if (!client) {
			return {
				ok: false,
				message: `The data of “${name}” is on your Quarry server: sign in to download it.`
			};
		}
		const got = await client.ensureLocal(datasetId);
		if (got.ok) return OK;
		if (got.error.code === 'offline') {
			return {
				ok: false,
				message: `The data of “${name}” is on your Quarry server and could not be downloaded: ${got.error.message} Connect to the internet and try again.`
			};
		}
		return {
			ok: false,
			message: `The data of “${name}” could not be downloaded: ${got.error.message}`
		};
	}

	async #signIn(
		input: SignInInput,
		call: (api: ApiClient) => Promise<ApiResult<AccountInfo>>
	): Promise<AccountOutcome> {
		const { storage, pageOrigin } = this.#deps;
		const origin = serverOrigin(input.serverUrl, pageOrigin);
		if (!origin.ok) return { ok: false, message: origin.message, field: 'server' };
		if (input.username.trim() === '') {
			return { ok: false, message: 'Enter your user name.', field: 'username' };
		}
		if (input.password === '')
			return { ok: false, message: 'Enter your password.', field: 'password' };
		const api = new ApiClient({ origin: origin.origin, fetch: this.#deps.fetch });
		const signedIn = await call(api);
		if (!signedIn.ok) return signInFailure(signedIn.error);
		const deviceId = await storage.sync.enable(origin.origin, signedIn.value);
		await storage.settings.set('serverUrl', input.serverUrl.trim());
		this.serverOrigin = origin.origin;
		this.account = signedIn.value;
		this.#error = null;
		this.#connect(origin.origin, deviceId);
		void this.syncNow();
		return OK;
	}

	#connect(origin: string, deviceId: string): void {
		const { storage, fetch } = this.#deps;
		this.deviceId = deviceId;
		this.#client = new SyncClient({
			api: new ApiClient({ origin, fetch }),
			repo: storage.sync,
			datasets: storage.datasets,
			deviceId
		});
		this.#scheduler.start();
	}

	/** Forget the session on this device (the account stays known, `null`: it is gone). */
	async #signedOut(account: AccountInfo | null = this.account): Promise<void> {
		this.#scheduler.stop();
		this.#client = null;
		this.account = null;
		this.conflicts = [];
		this.#error = null;
		this.#syncedAt = null;
		await this.#deps.storage.sync.setAccount(this.serverOrigin, account, false);
	}

	async #pass(): Promise<ApiResult<unknown>> {
		const client = this.#client;
		if (!client) return { ok: true, value: null };
		this.#isRunning = true;
		try {
			const passed = await client.pass();
			if (!passed.ok) {
				if (passed.error.status === 401) await this.#signedOut();
				else this.#error = passed.error;
				return passed;
			}
			await this.#refreshCounts();
			const conflicts = await client.api.conflicts();
			if (conflicts.ok) this.conflicts = [...conflicts.value].sort((a, b) => b.keptAt - a.keptAt);
			this.#error = heldBackError(passed.value.push);
			this.#syncedAt = this.#now();
			return passed;
		} finally {
			this.#isRunning = false;
		}
	}

	/** Read the live counts now (the watchers follow a moment later; the status must not lag). */
	async #refreshCounts(): Promise<void> {
		const { sync } = this.#deps.storage;
		this.pending = await sync.pendingCount();
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.remoteOnlyDatasetIds = new Set(await sync.remoteOnlyDatasetIds());
	}

	#outcome(result: ApiResult<unknown>): AccountOutcome {
		if (result.ok) return OK;
		if (result.error.code === 'unauthenticated') void this.#signedOut();
		return accountFailure(result.error);
	}

	#watchOnline(): () => void {
		if (typeof window === 'undefined' || typeof navigator === 'undefined') return () => {};
		const update = () => {
			this.#isOnline = navigator.onLine;
			if (navigator.onLine && this.#error?.code === 'offline') this.#error = null;
		};
		update();
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}
}
