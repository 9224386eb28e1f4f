/**
 * The key that makes usernames unique ignoring case. Computed here, not in SQL, so that the
 * SQLite and PostgreSQL stores agree on every script (SQLite's lower() only knows ASCII).
 */
export function usernameKey(username: string): string {
	return username.normalize('NFC').toLowerCase();
}
