/**
 * For specs and end-to-end tests: a real HTTP server on 127.0.0.1 that speaks
 * `POST /v1/chat/completions` with scripted replies and records every request it sees
 * (any method, any path), so a test can prove that something was never requested.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedReply {
	status?: number;
	/** A string is sent as is; anything else as JSON. */
	body?: unknown;
	headers?: Record<string, string>;
	/** Wait this long before answering (for time-outs). */
	delayMs?: number;
}

export interface RecordedRequest {
	method: string;
	path: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface LlmServer {
	/** e.g. `http://127.0.0.1:41234` */
	origin: string;
	/** e.g. `http://127.0.0.1:41234/v1` */
	baseUrl: string;
	requests: RecordedRequest[];
	/** Queue replies for the next chat requests (used in order; the last one repeats). */
	script(...replies: ScriptedReply[]): void;
	close(): Promise<void>;
}

/** A chat-completions body whose first choice says `content`. */
export function chatReply(content: string | null): unknown {
	return {
		id: 'chatcmpl-test',
		object: 'chat.completion',
		choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }]
	};
}

export async function startLlmServer(): Promise<LlmServer> {
	const requests: RecordedRequest[] = [];
	let queue: ScriptedReply[] = [];
	let last: ScriptedReply = { status: 500, body: 'no reply scripted' };
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const path = req.url ?? '/';
			requests.push({
				method: req.method ?? '',
				path,
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8')
			});
			// The page calls from another origin: answer CORS like a local Ollama does.
			const cors = {
				'Access-Control-Allow-Origin': '*',
				'Access-Control-Allow-Headers': 'authorization, content-type',
				'Access-Control-Allow-Methods': 'POST, GET, OPTIONS'
			};
			if (req.method === 'OPTIONS') {
				res.writeHead(204, cors).end();
				return;
			}
			if (req.method !== 'POST' || path !== '/v1/chat/completions') {
				res.writeHead(200, { ...cors, 'Content-Type': 'text/plain' }).end('recorded');
				return;
			}
			const reply = queue.shift() ?? last;
			last = reply;
			const send = () => {
				if (res.destroyed) return;
				const isText = typeof reply.body === 'string';
				res.writeHead(reply.status ?? 200, {
					...cors,
					'Content-Type': isText ? 'text/plain' : 'application/json',
					...reply.headers
				});
				res.end(isText ? reply.body : JSON.stringify(reply.body ?? {}));
			};
			if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
			else send();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		baseUrl: `${origin}/v1`,
		requests,
		script(...replies) {
			queue = [...replies];
			if (replies.length > 0) last = replies[replies.length - 1];
		},
		close() {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(() => resolve()));
		}
	};
}
