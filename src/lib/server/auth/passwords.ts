/**
 * Password hashing with Argon2id at OWASP's recommended minimum (m = 19456 KiB, t = 2, p = 1),
 * the parameters written into each hash (PHC string). When an account does not exist, a dummy
 * hash is verified instead, so sign-in takes the same time either way.
 */
import { hash, verify } from '@node-rs/argon2';

/** `Algorithm.Argon2id` (a const enum, which this build cannot import by name). */
const ARGON2ID = 2;

const OPTIONS = {
	algorithm: ARGON2ID,
	memoryCost: 19456,
	timeCost: 2,
	parallelism: 1
} as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and fails. */
export async function verifyPassword(
	passwordHash: string | undefined,
	password: string
): Promise<boolean> {
	if (passwordHash === undefined) {
		dummy ??= hashPassword('quarry-dummy-password-never-matches');
		await verify(await dummy, password).catch(() => false);
		return false;
	}
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}
