/**
 * /api/docs: a plain HTML page listing every route of the OpenAPI document. Server-rendered,
 * no scripts, no external resources; every text from the document is escaped. Its own
 * Content-Security-Policy allows nothing but its one inline style (by hash).
 */
import { createHash } from 'node:crypto';
import type { Schema } from './types';

function escape(text: unknown): string {
	return String(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2430}
h2{margin-top:2rem;border-bottom:1px solid #ccd}code{background:#f1f3f7;padding:0 .25rem;border-radius:3px}
.op{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid #5a7bd8;background:#fafbfe}
.m{font-weight:700;display:inline-block;min-width:4.5rem}td,th{text-align:left;padding:.1rem .6rem .1rem 0;vertical-align:top}`;

function responses(op: Schema): string {
	const entries = Object.entries((op.responses ?? {}) as Record<string, { description: string }>);
	return `<table>${entries.map(([status, r]) => `<tr><th>${escape(status)}</th><td>${escape(r.description)}</td></tr>`).join('')}</table>`;
}

function params(op: Schema): string {
	const list = (op.parameters ?? []) as { name: string; in: string; description: string }[];
	if (list.length === 0) return '';
	return `<p>Parameters: ${list.map((p) => `<code>${escape(p.name)}</code> (${escape(p.in)}) ${escape(p.description)}`).join('; ')}</p>`;
}

export function docsPolicy(): string {
	const hash = createHash('sha256').update(STYLE).digest('base64');
	return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
}

export function docsPage(document: Schema): string {
	const info = document.info as { title: string; version: string; description: string };
	const paths = document.paths as Record<string, Record<string, Schema>>;
	const sections: string[] = [];
	for (const [path, methods] of Object.entries(paths)) {
		for (const [method, op] of Object.entries(methods)) {
			const auth = (op.security as unknown[]).length > 0 ? ' · needs a session' : '';
			const body = op.requestBody
				? `<p>Body: <code>${escape(Object.keys((op.requestBody as { content: object }).content)[0])}</code></p>`
				: '';
			sections.push(
				`<div class="op" id="${escape(op.operationId)}"><p><span class="m">${escape(method.toUpperCase())}</span><code>${escape(path)}</code> — ${escape(op.summary)}${auth}</p>` +
					(op.description ? `<p>${escape(op.description)}</p>` : '') +
					params(op) +
					body +
					responses(op) +
					'</div>'
			);
		}
	}
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(info.title)}</title><style>${STYLE}</style></head><body><h1>${escape(info.title)} ${escape(info.version)}</h1><p>${escape(info.description)}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escape(document.openapi)}).</p><h2>Routes</h2>${sections.join('')}</body></html>`;
	return html;
}
