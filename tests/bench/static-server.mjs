/** A tiny static file server on 127.0.0.1 for the bare benchmark page (no Quarry code). */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.wasm': 'application/wasm',
	'.parquet': 'application/octet-stream',
	'.csv': 'text/csv'
};

/** mounts: URL prefix → directory. Longest prefix wins. */
export function startStaticServer(mounts) {
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const prefix = prefixes.find((p) => path.startsWith(p));
		const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
		const file = join(mounts[prefix], rel || 'index.html');
		if (!file.startsWith(mounts[prefix]) || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			resolve({
				url: `http://127.0.0.1:${port}`,
				stop: () => new Promise((resolve) => server.close(() => resolve()))
			});
		});
	});
}
