/**
 * Quarry's Content-Security-Policy, in one place. SvelteKit sends it (with the hash of its own
 * inline start-up script added) on every page (`kit.csp` in svelte.config.js); the Node server
 * (serve-build.mjs) sends the same policy on every other response, so the engine worker and the
 * service worker scripts run under it too. The service worker precaches the page with its
 * headers, so the policy holds offline as well. docs/security.md explains each directive.
 */

/** @type {Record<string, string[]>} */
export const cspDirectives = {
	'default-src': ["'self'"],
	// The page, the workers and DuckDB talk only to Quarry's own origin.
	'connect-src': ["'self'"],
	// WebAssembly (DuckDB, parquet-wasm) needs 'wasm-unsafe-eval'; JavaScript eval stays off
	// (charts use vega's expression interpreter).
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'worker-src': ["'self'"],
	// Svelte transitions and vega-embed add <style> elements.
	'style-src': ["'self'", "'unsafe-inline'"],
	// Chart thumbnails and PNG exports are data: and blob: URLs.
	'img-src': ["'self'", 'data:', 'blob:'],
	'font-src': ["'self'"],
	'manifest-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'none'"],
	'form-action': ["'self'"],
	'frame-ancestors': ["'none'"]
};

/** The policy as a header value. */
export function cspHeader(directives = cspDirectives) {
	return Object.entries(directives)
		.map(([name, values]) => `${name} ${values.join(' ')}`)
		.join('; ');
}
