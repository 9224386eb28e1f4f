import { describe, expect, it } from 'vitest';
import { checkServerAddress } from './server-address';

describe('checkServerAddress', () => {
	it('takes an empty address as this Quarry’s own server', () => {
		expect(checkServerAddress('   ')).toEqual({ ok: true, origin: null });
	});

	it('gives the origin of an http(s) address', () => {
		expect(checkServerAddress(' https://Quarry.Example.org/ ')).toEqual({
			ok: true,
			origin: 'https://quarry.example.org'
		});
		expect(checkServerAddress('http://127.0.0.1:4391')).toEqual({
			ok: true,
			origin: 'http://127.0.0.1:4391'
		});
	});

	it('refuses what cannot be a server address, with a reason', () => {
		for (const [text, reason] of [
			['quarry.example.org', 'not an address'],
			['ftp://quarry.example.org', 'Only http'],
			['https://me:secret@quarry.example.org', 'user name or password'],
			['https://quarry.example.org/?x=1', 'query'],
			['https://quarry.example.org/#top', 'fragment'],
			['https://quarry.example.org/api', 'without a path'],
			[`https://${'a'.repeat(2100)}.org`, 'too long']
		] as const) {
			const check = checkServerAddress(text);
			expect(check.ok).toBe(false);
			if (!check.ok) expect(check.message).toContain(reason);
		}
	});
});
