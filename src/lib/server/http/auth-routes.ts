/** Sign-up, sign-in, sign-out and password change (docs/security.md, "Accounts"). */
import { randomUUID } from 'node:crypto';
import type { AccountInfo } from '$lib/core/sync/protocol';
import { checkPassword, checkUsername, givenPassword } from '../auth/account-rules';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { clearedCookie, sessionCookie, startSession } from '../auth/sessions';
import type { UserRow } from '../store/types';
import { HttpError } from './errors';
import { errors, json, noContent } from './respond';
import { ref } from './schemas';
import type { ApiDeps, Route, RouteContext } from './types';
import { objectBody } from './validate';

const AUTH_BODY_BYTES = 4096;

export async function accountInfo(deps: ApiDeps, user: UserRow): Promise<AccountInfo> {
	return {
		userId: user.id,
		username: user.username,
		createdAt: user.createdAt,
		storedBytes: await deps.store.userStoredBytes(user.id),
		quotaBytes: deps.config.quotaBytes
	};
}

function credentials(value: unknown): { username: string; password: string } {
	const body = objectBody(value);
	return { username: checkUsername(body.username), password: checkPassword(body.password) };
}

function loginCredentials(value: unknown): { username: string; password: string } {
	const body = objectBody(value);
	if (typeof body.username !== 'string' || body.username.length > 256) {
		throw new HttpError(400, 'invalid_body', 'The username is missing.', 'username');
	}
	return { username: body.username.trim(), password: givenPassword(body.password) };
}

function throttled(seconds: number): HttpError {
	return new HttpError(
		429,
		'too_many_attempts',
		`Too many attempts. Try again in ${seconds} seconds.`,
		undefined,
		{ 'retry-after': String(seconds) }
	);
}

async function signedIn(ctx: RouteContext, user: UserRow, status: number): Promise<Response> {
	const { config, store } = ctx.deps;
	const { token } = await startSession(store, user.id, ctx.deps.now(), config.sessionDays);
	return json(await accountInfo(ctx.deps, user), status, {
		'set-cookie': sessionCookie(token, config.sessionDays, ctx.isHttps)
	});
}

async function register(ctx: RouteContext): Promise<Response> {
	const { store, config, throttle, now } = ctx.deps;
	if (config.registration === 'closed') {
		throw new HttpError(
			403,
			'registration_closed',
			'This Quarry server does not accept new accounts. Ask its administrator for one.'
		);
	}
	const wait = throttle.register.retryAfter(ctx.clientAddress, now());
	if (wait > 0) throw throttled(wait);
	const { username, password } = ctx.body as { username: string; password: string };
	const at = now();
	const user: UserRow = {
		id: randomUUID(),
		username,
		passwordHash: await hashPassword(password),
		createdAt: at,
		passwordChangedAt: at
	};
	const created = await store.createUser(user);
	if (!created.ok) {
		throttle.register.fail(ctx.clientAddress, now());
		throw new HttpError(
			409,
			'username_taken',
			'That username is taken. Choose another.',
			'username'
		);
	}
	return signedIn(ctx, created.user, 201);
}

async function login(ctx: RouteContext): Promise<Response> {
	const { store, throttle, metrics, now } = ctx.deps;
	const { username, password } = ctx.body as { username: string; password: string };
	const accountKey = username.toLowerCase();
	const wait = Math.max(
		throttle.ip.retryAfter(ctx.clientAddress, now()),
		throttle.account.retryAfter(accountKey, now())
	);
	if (wait > 0) throw throttled(wait);
	const user = await store.findUserByName(username);
	const isValid = await verifyPassword(user?.passwordHash, password);
	if (!user || !isValid) {
		throttle.ip.fail(ctx.clientAddress, now());
		throttle.account.fail(accountKey, now());
		metrics.loginFailure();
		throw new HttpError(401, 'invalid_credentials', 'Wrong username or password.');
	}
	throttle.account.clear(accountKey);
	return signedIn(ctx, user, 200);
}

async function logout(ctx: RouteContext): Promise<Response> {
	if (ctx.session) await ctx.deps.store.deleteSession(ctx.session.tokenHash);
	return noContent({ 'set-cookie': clearedCookie(ctx.isHttps) });
}

/** Checks the signed-in user's password again (throttled like sign-in, per account). */
export async function confirmPassword(
	ctx: RouteContext,
	password: string,
	field: string
): Promise<void> {
	const { throttle, now } = ctx.deps;
	const user = ctx.session!.user;
	const key = user.username.toLowerCase();
	const wait = throttle.account.retryAfter(key, now());
	if (wait > 0) throw throttled(wait);
	if (!(await verifyPassword(user.passwordHash, password))) {
		throttle.account.fail(key, now());
		ctx.deps.metrics.loginFailure();
		throw new HttpError(403, 'wrong_password', 'The password is not correct.', field);
	}
}

async function changePassword(ctx: RouteContext): Promise<Response> {
	const { currentPassword, newPassword } = ctx.body as {
		currentPassword: string;
		newPassword: string;
	};
	await confirmPassword(ctx, currentPassword, 'currentPassword');
	const session = ctx.session!;
	await ctx.deps.store.setPassword(
		session.user.id,
		await hashPassword(newPassword),
		ctx.deps.now(),
		session.tokenHash
	);
	return noContent();
}

const sessionSet = {
	'Set-Cookie': 'quarry_session=…; Path=/; HttpOnly; SameSite=Lax (Secure over HTTPS)'
};

export const authRoutes: Route[] = [
	{
		method: 'POST',
		path: '/api/auth/register',
		auth: 'none',
		body: { maxBytes: AUTH_BODY_BYTES, validate: credentials },
		doc: {
			summary: 'Create an account and sign in',
			description:
				'Usernames are 3–64 letters, digits, ".", "_" or "-", unique ignoring case; passwords 10–256 characters. A taken name answers 409; such answers are throttled per IP address.',
			tags: ['accounts'],
			requestBody: { contentType: 'application/json', schema: ref('Credentials') },
			responses: {
				'201': {
					description: 'Created and signed in.',
					schema: ref('AccountInfo'),
					headers: sessionSet
				},
				...errors('400', '403', '409', '415', '429')
			}
		},
		handler: register
	},
	{
		method: 'POST',
		path: '/api/auth/login',
		auth: 'none',
		body: { maxBytes: AUTH_BODY_BYTES, validate: loginCredentials },
		doc: {
			summary: 'Sign in',
			description:
				'The same 401 answers an unknown username and a wrong password. After 5 failures in 15 minutes for an account (20 for an IP address) further attempts get 429 with Retry-After; each further lock doubles.',
			tags: ['accounts'],
			requestBody: { contentType: 'application/json', schema: ref('Credentials') },
			responses: {
				'200': { description: 'Signed in.', schema: ref('AccountInfo'), headers: sessionSet },
				...errors('400', '401', '415', '429')
			}
		},
		handler: login
	},
	{
		method: 'POST',
		path: '/api/auth/logout',
		auth: 'session',
		doc: {
			summary: 'Sign out',
			description: 'Ends this session and clears the cookie.',
			tags: ['accounts'],
			responses: { '204': { description: 'Signed out.' }, ...errors('401', '403') }
		},
		handler: logout
	},
	{
		method: 'POST',
		path: '/api/auth/password',
		auth: 'session',
		body: {
			maxBytes: AUTH_BODY_BYTES,
			validate: (value) => {
				const body = objectBody(value);
				return {
					currentPassword: givenPassword(body.currentPassword, 'currentPassword'),
					newPassword: checkPassword(body.newPassword, 'newPassword')
				};
			}
		},
		doc: {
			summary: 'Change the password',
			description: 'Needs the current password. Every other session of the account ends.',
			tags: ['accounts'],
			requestBody: { contentType: 'application/json', schema: ref('PasswordChange') },
			responses: {
				'204': { description: 'Changed.' },
				...errors('400', '401', '403', '415', '429')
			}
		},
		handler: changePassword
	}
];
