/** How old a cached result is, in words for the "From cache" marker (pure). */
export function formatAge(ms: number): string {
	if (!Number.isFinite(ms) || ms < 60_000) return 'under a minute old';
	const minutes = Math.floor(ms / 60_000);
	if (minutes < 60) return `${minutes} min old`;
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return `${hours} h old`;
	return `${Math.floor(hours / 24)} d old`;
}
