/**
 * Remember a value computed from a catalog and a context, for as long as both objects live:
 * the app keeps one catalog object per workspace state, so repeated questions reuse the work.
 */
import type { Catalog, NlContext } from './types';

export function pairMemo<T>(
	compute: (catalog: Catalog, context: NlContext) => T
): (catalog: Catalog, context: NlContext) => T {
	const byCatalog = new WeakMap<Catalog, WeakMap<NlContext, T>>();
	return (catalog, context) => {
		let byContext = byCatalog.get(catalog);
		if (!byContext) {
			byContext = new WeakMap();
			byCatalog.set(catalog, byContext);
		}
		if (byContext.has(context)) return byContext.get(context) as T;
		const value = compute(catalog, context);
		byContext.set(context, value);
		return value;
	};
}
