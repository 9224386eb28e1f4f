/**
 * The route table's types: one entry per method and path, used both to serve requests and to
 * write the OpenAPI document (docs/decisions/0013-api-route-table.md).
 */
import type { ServerConfig } from '../config';
import type { BlobStore } from '../files/blob-store';
import type { Store, UserRow } from '../store/types';
import type { SyncService } from '../sync/service';
import type { LoginThrottle } from '../auth/throttle';
import type { Metrics } from './metrics';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE';

/** What every handler may use. */
export interface ApiDeps {
	store: Store;
	sync: SyncService;
	config: ServerConfig;
	files: BlobStore;
	metrics: Metrics;
	throttle: LoginThrottle;
	/** Server time in ms since 1970. */
	now: () => number;
}

export interface Session {
	user: UserRow;
	tokenHash: string;
}

export interface RouteContext {
	deps: ApiDeps;
	request: Request;
	url: URL;
	params: Record<string, string>;
	/** The parsed, validated JSON body (routes with `body`), else undefined. */
	body: unknown;
	/** Present on routes with `auth: 'session'`. */
	session: Session | undefined;
	clientAddress: string;
	/** Whether the request arrived over HTTPS (decides the cookie's Secure flag). */
	isHttps: boolean;
}

/** An OpenAPI schema object (JSON Schema 2020-12 as OpenAPI 3.1 uses it). */
export type Schema = Record<string, unknown>;

export interface RouteDoc {
	summary: string;
	description?: string;
	tags: string[];
	params?: {
		name: string;
		in: 'path' | 'query' | 'header';
		schema: Schema;
		description: string;
		required?: boolean;
	}[];
	requestBody?: { contentType: string; schema: Schema };
	/** Status → description and optional JSON schema. */
	responses: Record<
		string,
		{ description: string; schema?: Schema; contentType?: string; headers?: Record<string, string> }
	>;
}

export interface Route {
	method: Method;
	/** e.g. `/api/files/{sha256}`; each `{name}` matches one path segment. */
	path: string;
	auth: 'none' | 'session';
	/** JSON body: its size limit and a validator returning the typed value or throwing HttpError. */
	body?: { maxBytes: number; validate: (value: unknown) => unknown };
	doc: RouteDoc;
	handler: (ctx: RouteContext) => Promise<Response> | Response;
}
