/**
 * The server's HTTP API as one function: `handle(request, clientAddress)` → Response. It finds
 * the route in the table, gives the request an id, applies the Origin rule to writes, looks up
 * the session, reads and validates the JSON body, runs the handler and turns errors into
 * ApiError bodies (a 500 says only "internal error" and the request id; the log has the rest).
 * Every request is counted in the metrics and logged as one JSON line.
 */
import { randomUUID } from 'node:crypto';
import type { ServerConfig } from '../config';
import { createLoginThrottle, type LoginThrottle } from '../auth/throttle';
import { resumeSession, sessionCookie, tokenFromCookies } from '../auth/sessions';
import type { BlobStore } from '../files/blob-store';
import type { Store } from '../store/types';
import { SyncService } from '../sync/service';
import { mediaType, readJson } from './body';
import { HttpError, errorBody, errorResponse } from './errors';
import { stdoutLog, type Log } from './log';
import { Metrics } from './metrics';
import { ROUTES } from './routes';
import type { ApiDeps, Route, RouteContext, Session } from './types';

export interface ApiOptions {
	store: Store;
	config: ServerConfig;
	files: BlobStore;
	log?: Log;
	now?: () => number;
	throttle?: LoginThrottle;
}

export interface Api {
	handle(request: Request, clientAddress: string): Promise<Response>;
	readonly routes: readonly Route[];
	readonly metrics: Metrics;
}

interface Compiled {
	route: Route;
	pattern: RegExp;
	names: string[];
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function compile(route: Route): Compiled {
	const names: string[] = [];
	const source = route.path
		.split('/')
		.map((part) => {
			const param = /^\{(\w+)\}$/.exec(part);
			if (!param) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			names.push(param[1]);
			return '([^/]+)';
		})
		.join('/');
	return { route, pattern: new RegExp(`^${source}$`), names };
}

function requestIdOf(request: Request): string {
	const given = request.headers.get('x-request-id');
	return given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID();
}

type Match = { route: Route; params: Record<string, string> } | { allow: string[] } | undefined;

function match(table: Compiled[], method: string, path: string): Match {
	const allow: string[] = [];
	for (const { route, pattern, names } of table) {
		const found = pattern.exec(path);
		if (!found) continue;
		if (route.method !== method) {
			allow.push(route.method);
			continue;
		}
		const params: Record<string, string> = {};
		try {
			names.forEach((name, index) => (params[name] = decodeURIComponent(found[index + 1])));
		} catch {
			return undefined;
		}
		return { route, params };
	}
	return allow.length > 0 ? { allow } : undefined;
}

/** Writes must come from our own origin or an allowed one (a missing Origin is a non-browser client). */
function checkOrigin(request: Request, url: URL, allowed: string[]): void {
	const origin = request.headers.get('origin');
	const site = request.headers.get('sec-fetch-site');
	const isAllowed =
		origin === null
			? site === null || site === 'same-origin' || site === 'none'
			: origin === url.origin || allowed.includes(origin);
	if (!isAllowed) {
		throw new HttpError(
			403,
			'forbidden_origin',
			'Requests that change data must come from the Quarry app itself (Origin not allowed).'
		);
	}
}

export function createApi(options: ApiOptions): Api {
	const metrics = new Metrics();
	const now = options.now ?? Date.now;
	const deps: ApiDeps = {
		store: options.store,
		sync: new SyncService({ store: options.store, now }),
		config: options.config,
		files: options.files,
		metrics,
		throttle: options.throttle ?? createLoginThrottle(),
		now
	};
	const log = options.log ?? stdoutLog;
	const table = ROUTES.map(compile);

	/** The session of the request (401 without one); a cookie to send again when it was extended. */
	async function signedIn(ctx: RouteContext): Promise<string | undefined> {
		const token = tokenFromCookies(ctx.request.headers.get('cookie'));
		const found = token
			? await resumeSession(deps.store, token, deps.now(), deps.config.sessionDays)
			: undefined;
		if (!token || !found) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
		ctx.session = { user: found.user, tokenHash: found.tokenHash } satisfies Session;
		return found.isExtended
			? sessionCookie(token, deps.config.sessionDays, ctx.isHttps)
			: undefined;
	}

	async function run(ctx: RouteContext, route: Route): Promise<Response> {
		const { request, url } = ctx;
		if (UNSAFE.has(request.method)) checkOrigin(request, url, deps.config.allowedOrigins);
		const cookie = route.auth === 'session' ? await signedIn(ctx) : undefined;
		if (route.body) {
			ctx.body = route.body.validate(await readJson(request, route.body.maxBytes));
		} else if (
			request.method === 'POST' &&
			request.headers.has('content-type') &&
			mediaType(request) !== 'application/json'
		) {
			throw new HttpError(
				415,
				'unsupported_media_type',
				'POST bodies must be sent as application/json.'
			);
		}
		const response = await route.handler(ctx);
		if (cookie && !response.headers.has('set-cookie')) response.headers.set('set-cookie', cookie);
		return response;
	}

	async function handle(request: Request, clientAddress: string): Promise<Response> {
		const started = performance.now();
		const requestId = requestIdOf(request);
		const url = new URL(request.url);
		const found = match(table, request.method, url.pathname);
		let routeLabel = 'unmatched';
		let response: Response;
		let failure: unknown;
		const ctx: RouteContext = {
			deps,
			request,
			url,
			params: {},
			body: undefined,
			session: undefined,
			clientAddress,
			isHttps: url.protocol === 'https:'
		};
		try {
			if (!found) throw new HttpError(404, 'not_found', 'There is no such API route.');
			if ('allow' in found) {
				throw new HttpError(
					405,
					'method_not_allowed',
					`Use ${found.allow.join(' or ')} here.`,
					undefined,
					{
						allow: found.allow.join(', ')
					}
				);
			}
			routeLabel = found.route.path;
			ctx.params = found.params;
			response = await run(ctx, found.route);
		} catch (error) {
			if (error instanceof HttpError) {
				response = errorResponse(error);
			} else {
				failure = error;
				response = Response.json(
					errorBody('internal', `internal error (request id ${requestId})`),
					{
						status: 500,
						headers: { 'cache-control': 'no-store' }
					}
				);
			}
		}
		response.headers.set('x-request-id', requestId);
		const ms = performance.now() - started;
		metrics.request(request.method, routeLabel, response.status, ms / 1000);
		log({
			time: new Date().toISOString(),
			level: response.status >= 500 ? 'error' : 'info',
			requestId,
			method: request.method,
			route: routeLabel,
			status: response.status,
			ms: Math.round(ms * 10) / 10,
			...(ctx.session ? { userId: ctx.session.user.id } : {}),
			...(failure !== undefined
				? {
						error: failure instanceof Error ? failure.message : String(failure),
						stack: failure instanceof Error ? failure.stack : undefined
					}
				: {})
		});
		return response;
	}

	return { handle, routes: ROUTES, metrics };
}
