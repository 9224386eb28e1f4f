import { describe, expect, it } from 'vitest';
import { disableNetwork, networkDisabledMessage } from './worker-globals';

function fakeScope() {
	const requests: string[] = [];
	class Request {
		constructor() {
			requests.push('xhr');
		}
	}
	const scope = {
		location: { href: 'https://quarry.example/_app/immutable/workers/engine.js' },
		fetch: (input: RequestInfo | URL) => {
			requests.push(String(input));
			return Promise.resolve(new Response('ok'));
		},
		XMLHttpRequest: Request,
		WebSocket: Request,
		EventSource: Request
	};
	return { scope, requests };
}

describe('disableNetwork', () => {
	it('leaves no way to send a request through the worker globals', async () => {
		const { scope, requests } = fakeScope();
		disableNetwork(scope);
		await expect(scope.fetch('https://elsewhere.example/x')).rejects.toThrow(
			networkDisabledMessage
		);
		expect(() => new scope.XMLHttpRequest()).toThrow(networkDisabledMessage);
		expect(() => new scope.WebSocket()).toThrow(networkDisabledMessage);
		expect(() => new scope.EventSource()).toThrow(networkDisabledMessage);
		expect(requests).toEqual([]);
	});

	it("fetches the engine's own files from the page's origin, and nothing else", async () => {
		const { scope, requests } = fakeScope();
		const own = disableNetwork(scope);
		await own('/_app/immutable/assets/duckdb-eh.wasm');
		await expect(own('https://cdn.example/duckdb-eh.wasm')).rejects.toThrow(networkDisabledMessage);
		expect(requests).toEqual(['https://quarry.example/_app/immutable/assets/duckdb-eh.wasm']);
	});
});
