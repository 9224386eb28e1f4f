/** Health, metrics, the OpenAPI document and its HTML page: no session needed. */
import { timingSafeEqual } from 'node:crypto';
import { docsPage, docsPolicy } from './docs-page';
import { HttpError } from './errors';
import { openApiDocument } from './openapi';
import { errors } from './respond';
import { ref } from './schemas';
import type { Route, RouteContext } from './types';

function checkMetricsToken(ctx: RouteContext): void {
	const expected = ctx.deps.config.metricsToken;
	if (expected === undefined) return;
	const given = ctx.request.headers.get('authorization') ?? '';
	const a = Buffer.from(given);
	const b = Buffer.from(`Bearer ${expected}`);
	if (a.length !== b.length || !timingSafeEqual(a, b)) {
		throw new HttpError(
			401,
			'unauthorized',
			'GET /metrics needs Authorization: Bearer <QUARRY_METRICS_TOKEN>.',
			undefined,
			{
				'www-authenticate': 'Bearer'
			}
		);
	}
}

/** The meta routes; the OpenAPI document lists `all` (every route, these included). */
export function metaRoutes(all: () => Route[]): Route[] {
	return [
		{
			method: 'GET',
			path: '/api/health',
			auth: 'none',
			doc: {
				summary: 'Liveness check',
				tags: ['server'],
				responses: { '200': { description: 'The server is up.', schema: ref('Health') } }
			},
			handler: (ctx) =>
				Response.json(
					{ ok: true, version: ctx.deps.config.version, dataDir: ctx.deps.config.dataDir },
					{ headers: { 'cache-control': 'no-store' } }
				)
		},
		{
			method: 'GET',
			path: '/metrics',
			auth: 'none',
			doc: {
				summary: 'Prometheus metrics',
				description:
					'Text exposition format 0.0.4. Needs a bearer token when QUARRY_METRICS_TOKEN is set.',
				tags: ['server'],
				responses: {
					'200': {
						description: 'The metrics.',
						contentType: 'text/plain',
						schema: { type: 'string' }
					},
					...errors('401')
				}
			},
			handler: async (ctx) => {
				checkMetricsToken(ctx);
				const text = ctx.deps.metrics.render({ users: await ctx.deps.store.countUsers() });
				return new Response(text, {
					headers: {
						'content-type': 'text/plain; version=0.0.4; charset=utf-8',
						'cache-control': 'no-store'
					}
				});
			}
		},
		{
			method: 'GET',
			path: '/api/openapi.json',
			auth: 'none',
			doc: {
				summary: 'This API as an OpenAPI 3.1 document',
				tags: ['server'],
				responses: { '200': { description: 'The document.', schema: { type: 'object' } } }
			},
			handler: (ctx) => Response.json(openApiDocument(all(), ctx.deps.config.version))
		},
		{
			method: 'GET',
			path: '/api/docs',
			auth: 'none',
			doc: {
				summary: 'This API as an HTML page',
				tags: ['server'],
				responses: {
					'200': { description: 'The page.', contentType: 'text/html', schema: { type: 'string' } }
				}
			},
			handler: (ctx) =>
				new Response(docsPage(openApiDocument(all(), ctx.deps.config.version)), {
					headers: {
						'content-type': 'text/html; charset=utf-8',
						'content-security-policy': docsPolicy(),
						'x-content-type-options': 'nosniff'
					}
				})
		}
	];
}
