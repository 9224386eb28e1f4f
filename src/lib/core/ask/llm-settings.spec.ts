import { describe, expect, it } from 'vitest';
import { allowConnectOrigin, checkLlmSettings, llmLabel, llmOrigin } from './llm-settings';

describe('checkLlmSettings', () => {
	it('accepts an http(s) endpoint and gives its origin', () => {
		const checked = checkLlmSettings({
			baseUrl: ' http://LocalHost:11434/v1/ ',
			model: 'llama3.1',
			timeoutSeconds: 30
		});
		expect(checked).toEqual({
			ok: true,
			origin: 'http://localhost:11434',
			settings: {
				baseUrl: 'http://localhost:11434/v1',
				model: 'llama3.1',
				allowSampleValues: false,
				timeoutMs: 30_000
			}
		});
		if (checked.ok) expect(llmLabel(checked.settings)).toBe('llama3.1 at localhost:11434');
	});

	it('keeps a key and the sample-values choice, with a default time-out', () => {
		const checked = checkLlmSettings({
			baseUrl: 'https://api.example.com/v1',
			model: 'm',
			apiKey: ' k ',
			allowSampleValues: true
		});
		expect(checked).toMatchObject({
			ok: true,
			settings: { apiKey: 'k', allowSampleValues: true, timeoutMs: 60_000 }
		});
	});

	it.each([
		['', 'baseUrl', /Enter/],
		['localhost:11434', 'baseUrl', /http/],
		['ftp://example.com/v1', 'baseUrl', /Only http/],
		['javascript:alert(1)', 'baseUrl', /Only http/],
		['file:///etc/passwd', 'baseUrl', /Only http/],
		['http://user:pw@example.com/v1', 'baseUrl', /password/],
		['http://example.com/v1?x=1', 'baseUrl', /query/],
		['http://example.com/v1#x', 'baseUrl', /fragment/],
		['not a url', 'baseUrl', /not a URL/]
	])('refuses the URL %j', (baseUrl, field, message) => {
		const checked = checkLlmSettings({ baseUrl, model: 'm' });
		expect(checked).toMatchObject({ ok: false, field });
		if (!checked.ok) expect(checked.message).toMatch(message);
	});

	it('refuses a missing model, a key with a line break and an odd time-out', () => {
		const base = { baseUrl: 'http://localhost:1/v1', model: 'm' };
		expect(checkLlmSettings({ ...base, model: ' ' })).toMatchObject({ field: 'model' });
		expect(checkLlmSettings({ ...base, apiKey: 'a\nb' })).toMatchObject({ field: 'apiKey' });
		expect(checkLlmSettings({ ...base, timeoutSeconds: 0 })).toMatchObject({ field: 'timeout' });
		expect(checkLlmSettings({ ...base, timeoutSeconds: Number.NaN })).toMatchObject({
			field: 'timeout'
		});
	});
});

describe('llmOrigin and allowConnectOrigin', () => {
	it('passes only plain http(s) origins', () => {
		expect(llmOrigin('http://127.0.0.1:4194')).toBe('http://127.0.0.1:4194');
		expect(llmOrigin('HTTPS://Example.COM')).toBe('https://example.com');
		expect(llmOrigin('http://[::1]:8080')).toBe('http://[::1]:8080');
		for (const bad of [
			'http://a.com/path',
			'http://a.com; script-src *',
			"http://a.com 'unsafe-eval'",
			'*',
			'data:',
			'http://a.com,b',
			''
		]) {
			expect(llmOrigin(bad)).toBeNull();
		}
	});

	it('adds the origin to connect-src only', () => {
		const policy = "default-src 'self'; connect-src 'self'; script-src 'self'";
		expect(allowConnectOrigin(policy, 'http://127.0.0.1:5000')).toBe(
			"default-src 'self'; connect-src 'self' http://127.0.0.1:5000; script-src 'self'"
		);
		expect(allowConnectOrigin(policy, 'http://x.com; script-src *')).toBe(policy);
		expect(allowConnectOrigin(policy, undefined)).toBe(policy);
		const twice = allowConnectOrigin(allowConnectOrigin(policy, 'http://a.b'), 'http://a.b');
		expect(twice).toBe("default-src 'self'; connect-src 'self' http://a.b; script-src 'self'");
	});
});
