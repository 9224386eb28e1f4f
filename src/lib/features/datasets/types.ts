import type { Workspace } from '$lib/state/workspace.svelte';

/** A dataset as the workspace lists it. */
export type Dataset = Workspace['datasets'][number];
