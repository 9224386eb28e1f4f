/**
 * Where "ask this again" goes: the dashboard with the question in its box. The question box
 * asks at once only when the app itself navigated there (see AskPanel).
 */
export function askPath(question: string): `/?${string}` {
	return `/?ask=${encodeURIComponent(question)}`;
}
