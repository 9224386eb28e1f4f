/**
 * Compile a render spec the way "Copy spec" hands it on: through JSON text, so only what survives
 * JSON reaches vega-lite.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VegaLiteSpec } from '$lib/core/charts/types';

export function compileAsJson(spec: VegaLiteSpec): ReturnType<typeof compile> {
	const copied: TopLevelSpec = JSON.parse(JSON.stringify(spec));
	return compile(copied);
}
