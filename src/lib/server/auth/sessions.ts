/**
 * Sessions: a 32-byte random token (base64url) in the `quarry_session` cookie; the server keeps
 * only its SHA-256. Expiry slides: a session used again is extended to `sessionDays` from then
 * (written at most once an hour per session, not on every request).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Store, UserRow } from '../store/types';

export const SESSION_COOKIE = 'quarry_session';
const DAY_MS = 24 * 60 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 60 * 1000;

export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function startSession(
	store: Store,
	userId: string,
	now: number,
	days: number
): Promise<{ token: string; tokenHash: string }> {
	const token = newToken();
	const tokenHash = hashToken(token);
	await store.createSession({
		tokenHash,
		userId,
		createdAt: now,
		expiresAt: now + days * DAY_MS,
		lastSeenAt: now
	});
	return { token, tokenHash };
}

/**
 * The user of a valid token, or undefined. A session last extended over an hour ago is extended
 * again (`isExtended`: the caller sends the cookie again with a fresh Max-Age).
 */
export async function resumeSession(
	store: Store,
	token: string,
	now: number,
	days: number
): Promise<{ user: UserRow; tokenHash: string; isExtended: boolean } | undefined> {
	if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
	const tokenHash = hashToken(token);
	const found = await store.findSession(tokenHash, now);
	if (!found) return undefined;
	const isExtended = now - found.session.lastSeenAt >= TOUCH_EVERY_MS;
	if (isExtended) await store.touchSession(tokenHash, now, now + days * DAY_MS);
	return { user: found.user, tokenHash, isExtended };
}

/** The session token from a Cookie header, if any. */
export function tokenFromCookies(header: string | null): string | undefined {
	if (!header) return undefined;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		if (part.slice(0, eq).trim() === SESSION_COOKIE) return part.slice(eq + 1).trim();
	}
	return undefined;
}

/** Set-Cookie for a new session: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function sessionCookie(token: string, days: number, isHttps: boolean): string {
	const secure = isHttps ? '; Secure' : '';
	return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${days * 86400}; HttpOnly; SameSite=Lax${secure}`;
}

export function clearedCookie(isHttps: boolean): string {
	const secure = isHttps ? '; Secure' : '';
	return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`;
}
