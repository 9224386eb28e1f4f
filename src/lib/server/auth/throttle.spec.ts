import { expect, test } from 'vitest';
import { Throttle } from './throttle';

const rule = { limit: 3, windowMs: 1000, lockMs: 100, maxLockMs: 250 };

test('locks after `limit` failures within the window, doubling up to the maximum', () => {
	const throttle = new Throttle(rule);
	throttle.fail('k', 0);
	throttle.fail('k', 10);
	expect(throttle.retryAfter('k', 10)).toBe(0);
	throttle.fail('k', 20);
	expect(throttle.retryAfter('k', 20)).toBe(1);
	expect(throttle.retryAfter('k', 120)).toBe(0);
	for (const at of [130, 140, 150]) throttle.fail('k', at);
	expect(throttle.retryAfter('k', 349)).toBe(1);
	expect(throttle.retryAfter('k', 350)).toBe(0);
	for (const at of [400, 401, 402]) throttle.fail('k', at);
	expect(throttle.retryAfter('k', 651)).toBe(1);
	expect(throttle.retryAfter('k', 652)).toBe(0);
});

test('failures outside the window do not add up, and clear() forgets a key', () => {
	const throttle = new Throttle(rule);
	throttle.fail('k', 0);
	throttle.fail('k', 500);
	throttle.fail('k', 1500);
	expect(throttle.retryAfter('k', 1500)).toBe(0);
	throttle.fail('k', 1550);
	expect(throttle.retryAfter('k', 1550)).toBe(0);
	throttle.fail('k', 1600);
	expect(throttle.retryAfter('k', 1600)).toBe(1);
	throttle.clear('k');
	expect(throttle.retryAfter('k', 1600)).toBe(0);
	expect(throttle.retryAfter('other', 1600)).toBe(0);
});
