/** What a username and a password must be (docs/security.md, "Accounts"). */
import { invalid } from '../http/errors';

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 64;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** The username as it will be stored (trimmed), or a 400 naming the field. */
export function checkUsername(value: unknown, field = 'username'): string {
	if (typeof value !== 'string') throw invalid(field, 'The username must be a string.');
	const name = value.trim();
	if (name.length < USERNAME_MIN || name.length > USERNAME_MAX) {
		throw invalid(field, `The username must be ${USERNAME_MIN}–${USERNAME_MAX} characters long.`);
	}
	if (!/^[A-Za-z0-9._-]+$/.test(name)) {
		throw invalid(field, 'The username may contain only letters, digits, ".", "_" and "-".');
	}
	return name;
}

export function checkPassword(value: unknown, field = 'password'): string {
	if (typeof value !== 'string') throw invalid(field, 'The password must be a string.');
	if (value.length < PASSWORD_MIN || value.length > PASSWORD_MAX) {
		throw invalid(field, `The password must be ${PASSWORD_MIN}–${PASSWORD_MAX} characters long.`);
	}
	return value;
}

/** A password given to prove who one is (sign-in, confirmations): only its type and size. */
export function givenPassword(value: unknown, field = 'password'): string {
	if (typeof value !== 'string' || value.length === 0) {
		throw invalid(field, 'The password is missing.');
	}
	if (value.length > PASSWORD_MAX) throw invalid(field, 'The password is too long.');
	return value;
}
