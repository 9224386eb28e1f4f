import { describe, expect, it } from 'vitest';
import { serverOrigin } from './server-url';

const page = 'https://app.example.com';

describe('serverOrigin', () => {
	it('uses the page origin when nothing was entered', () => {
		expect(serverOrigin('  ', page)).toEqual({ ok: true, origin: page });
	});

	it('accepts an http(s) origin, with or without a trailing slash', () => {
		expect(serverOrigin('https://Q.example.com/', page)).toEqual({
			ok: true,
			origin: 'https://q.example.com'
		});
		expect(serverOrigin('http://127.0.0.1:8080', page)).toEqual({
			ok: true,
			origin: 'http://127.0.0.1:8080'
		});
	});

	it('refuses other schemes, credentials, paths and text that is no address', () => {
		expect(serverOrigin('ftp://q.example.com', page)).toMatchObject({ ok: false });
		expect(serverOrigin('javascript:alert(1)', page)).toMatchObject({ ok: false });
		expect(serverOrigin('https://me:pw@q.example.com', page)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/user name or password/)
		});
		expect(serverOrigin('https://q.example.com/api', page)).toMatchObject({
			ok: false,
			message: expect.stringMatching(/https:\/\/q\.example\.com/)
		});
		expect(serverOrigin('quarry', page)).toMatchObject({ ok: false });
	});
});
