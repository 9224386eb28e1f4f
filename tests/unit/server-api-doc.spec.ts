/**
 * docs/api.md is the route table's OpenAPI document as Markdown. When a route changes, write it
 * again with QUARRY_WRITE_API_DOC=1 npx vitest run tests/unit/server-api-doc.spec.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { openApiDocument } from '$lib/server/http/openapi';
import { ROUTES } from '$lib/server/http/routes';
import { apiMarkdown } from '$test/server/api-markdown';
import pkg from '../../package.json' with { type: 'json' };

const PATH = 'docs/api.md';

test('docs/api.md describes every route of the table, as the OpenAPI document does', async () => {
	const prettier = await import('prettier');
	const options = (await prettier.resolveConfig(PATH)) ?? {};
	const markdown = await prettier.format(apiMarkdown(openApiDocument(ROUTES, pkg.version)), {
		...options,
		filepath: PATH
	});
	if (process.env.QUARRY_WRITE_API_DOC === '1') writeFileSync(PATH, markdown);
	expect(readFileSync(PATH, 'utf8')).toBe(markdown);
	for (const route of ROUTES) expect(markdown).toContain(`## ${route.method} \`${route.path}\``);
});
