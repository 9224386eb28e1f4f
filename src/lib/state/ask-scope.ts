/** The catalog, engine context and cache scope one question is asked over, and its contexts. */
import { catalogSourcesOf } from '$lib/core/ask/catalog-source';
import { askScopeOf, datasetsInScope, isScopeContext, nlContextOf } from '$lib/core/ask/scope';
import type { AskScope } from '$lib/core/ask/types';
import { catalogFromDatasets, type Catalog, type NlContext } from '$lib/core/catalog';
import type { ContextRecord, DatasetRecord } from '$lib/storage/db';
import type { QuarryStorage } from '$lib/storage/storage';

export interface AskScopeParts {
	catalog: Catalog;
	context?: NlContext;
	askScope: AskScope;
	/** The datasets offered to the question. */
	datasetIds: string[];
}

/** Everything in the workspace, or only a context's datasets with its relations and metrics. */
export function buildAskScope(
	datasets: readonly DatasetRecord[],
	context?: ContextRecord
): AskScopeParts {
	const offered = datasetsInScope(datasets, context);
	return {
		catalog: catalogFromDatasets(catalogSourcesOf(offered)),
		...(context ? { context: nlContextOf(context, offered) } : {}),
		askScope: askScopeOf(datasets, context),
		datasetIds: offered.map((d) => d.id)
	};
}

/**
 * The saved contexts a question can be asked in, by name. Records may come from elsewhere (sync,
 * an older version): only well-formed ones are offered. Reads only the contexts table, so a
 * live read of it (storage/live.ts) runs again when a context changes in any tab.
 */
export async function scopeContextsIn(
	storage: Pick<QuarryStorage, 'contexts'>
): Promise<ContextRecord[]> {
	return (await storage.contexts.list()).filter(isScopeContext);
}
