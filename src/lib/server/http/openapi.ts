/**
 * The OpenAPI 3.1 document, written from the route table that serves the requests, so the two
 * cannot disagree (docs/decisions/0013-api-route-table.md).
 */
import { SCHEMAS } from './schemas';
import type { Route, Schema } from './types';

function operationId(route: Route): string {
	const words = route.path
		.replace(/^\/api\//, '')
		.replace(/^\//, '')
		.split(/[/{}-]+/)
		.filter(Boolean);
	return [route.method.toLowerCase(), ...words.map((w) => w[0].toUpperCase() + w.slice(1))].join(
		''
	);
}

function operation(route: Route): Schema {
	const { doc } = route;
	const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
	const parameters = (doc.params ?? []).map((p) => ({
		name: p.name,
		in: p.in,
		required: p.in === 'path' || p.required === true,
		description: p.description,
		schema: p.schema
	}));
	for (const name of pathParams) {
		if (!parameters.some((p) => p.in === 'path' && p.name === name)) {
			parameters.push({
				name,
				in: 'path',
				required: true,
				description: name,
				schema: { type: 'string' }
			});
		}
	}
	const responses: Record<string, Schema> = {};
	for (const [status, response] of Object.entries(doc.responses)) {
		const entry: Schema = { description: response.description };
		if (response.schema) {
			entry.content = { [response.contentType ?? 'application/json']: { schema: response.schema } };
		}
		if (response.headers) {
			entry.headers = Object.fromEntries(
				Object.entries(response.headers).map(([name, description]) => [
					name,
					{ description, schema: { type: 'string' } }
				])
			);
		}
		responses[status] = entry;
	}
	const op: Schema = {
		operationId: operationId(route),
		summary: doc.summary,
		tags: doc.tags,
		security: route.auth === 'session' ? [{ session: [] }] : [],
		responses
	};
	if (doc.description) op.description = doc.description;
	if (parameters.length > 0) op.parameters = parameters;
	if (doc.requestBody) {
		op.requestBody = {
			required: true,
			content: { [doc.requestBody.contentType]: { schema: doc.requestBody.schema } }
		};
	}
	return op;
}

export function openApiDocument(routes: Route[], version: string): Schema {
	const paths: Record<string, Record<string, Schema>> = {};
	for (const route of routes) {
		paths[route.path] ??= {};
		paths[route.path][route.method.toLowerCase()] = operation(route);
	}
	return {
		openapi: '3.1.0',
		info: {
			title: 'Quarry server API',
			version,
			description:
				'Accounts, sync and dataset files for Quarry. Errors are JSON `{ error: { code, message, field? } }` with a 4xx status. Cookie-authenticated writes must come from an allowed Origin, and JSON bodies must be sent as application/json.'
		},
		tags: [
			{ name: 'accounts', description: 'Sign-up, sign-in and the account.' },
			{ name: 'sync', description: 'Records pushed and pulled between devices.' },
			{ name: 'files', description: 'Dataset files, content-addressed and resumable.' },
			{ name: 'server', description: 'Health, metrics and this document.' }
		],
		paths,
		components: {
			schemas: SCHEMAS,
			securitySchemes: {
				session: {
					type: 'apiKey',
					in: 'cookie',
					name: 'quarry_session',
					description: 'Set by register and login.'
				},
				metricsToken: {
					type: 'http',
					scheme: 'bearer',
					description: 'Only when QUARRY_METRICS_TOKEN is set.'
				}
			}
		}
	};
}
