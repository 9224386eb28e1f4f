/**
 * docs/api.md from the OpenAPI document (the route table): one section per route with its
 * parameters, body and answers. tests/unit/server-api-doc.spec.ts keeps the file up to date.
 */
import { SCHEMAS } from '$lib/server/http/schemas';

type Op = {
	summary: string;
	description?: string;
	security: unknown[];
	parameters?: { name: string; in: string; required: boolean; description: string }[];
	requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
	responses: Record<
		string,
		{ description: string; content?: Record<string, { schema: { $ref?: string } }> }
	>;
};

function schemaName(schema: { $ref?: string } | undefined): string {
	return schema?.$ref ? `\`${schema.$ref.split('/').pop()}\`` : '';
}

function cell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function apiMarkdown(document: Record<string, unknown>): string {
	const info = document.info as { title: string; description: string };
	const paths = document.paths as Record<string, Record<string, Op>>;
	const lines = [
		`# ${info.title}`,
		'',
		'<!-- Written from the route table (src/lib/server/http/routes.ts) by',
		'     QUARRY_WRITE_API_DOC=1 npx vitest run tests/unit/server-api-doc.spec.ts; do not edit. -->',
		'',
		info.description,
		'',
		'The running server serves the same as `GET /api/openapi.json` (OpenAPI 3.1) and `GET /api/docs`.',
		'Body and answer shapes are the `components.schemas` of that document: ' +
			Object.keys(SCHEMAS)
				.map((name) => `\`${name}\``)
				.join(', ') +
			'.',
		''
	];
	for (const [path, methods] of Object.entries(paths)) {
		for (const [method, op] of Object.entries(methods)) {
			lines.push(`## ${method.toUpperCase()} \`${path}\``, '');
			lines.push(
				`${op.summary}.${op.security.length > 0 ? ' Needs a session (the `quarry_session` cookie).' : ''}`,
				''
			);
			if (op.description) lines.push(op.description, '');
			if (op.parameters?.length) {
				lines.push('| parameter | in | required | meaning |', '| --- | --- | --- | --- |');
				for (const p of op.parameters) {
					lines.push(
						`| \`${p.name}\` | ${p.in} | ${p.required ? 'yes' : 'no'} | ${cell(p.description)} |`
					);
				}
				lines.push('');
			}
			if (op.requestBody) {
				const [type, media] = Object.entries(op.requestBody.content)[0];
				lines.push(`Body: \`${type}\` ${schemaName(media.schema)}`.trimEnd(), '');
			}
			lines.push('| status | meaning | body |', '| --- | --- | --- |');
			for (const [status, response] of Object.entries(op.responses)) {
				const body = response.content ? Object.values(response.content)[0].schema : undefined;
				lines.push(`| ${status} | ${cell(response.description)} | ${schemaName(body)} |`);
			}
			lines.push('');
		}
	}
	return lines.join('\n');
}
