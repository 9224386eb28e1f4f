/** Where "Ask about this context" goes: the dashboard's question box, scoped to the context. */
export function askInContextPath(contextId: string): `/?${string}` {
	return `/?context=${encodeURIComponent(contextId)}`;
}
