import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
	describeStorageError,
	estimate,
	isPersisted,
	isQuotaError,
	requestPersistence,
	type StorageManagerLike
} from './persist';

function manager(overrides: Partial<StorageManagerLike>): StorageManagerLike {
	return {
		persist: async () => false,
		persisted: async () => false,
		estimate: async () => ({}),
		...overrides
	};
}

describe('isQuotaError', () => {
	it('recognizes the browser DOMException', () => {
		expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'full' })).toBe(true);
	});

	it("recognizes Dexie's own and wrapped quota errors", () => {
		expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
		const inner = new DOMException('full', 'QuotaExceededError');
		expect(isQuotaError(new Dexie.AbortError('Transaction aborted', inner))).toBe(true);
		expect(isQuotaError(new Dexie.BulkError('1 of 2 failed', { 1: inner }))).toBe(true);
	});

	it('does not mistake other errors for quota errors', () => {
		expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false);
		expect(isQuotaError(new Dexie.AbortError('aborted', new Error('other')))).toBe(false);
		expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
		expect(isQuotaError(null)).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
	});

	it('stops on self-referencing errors', () => {
		const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
		loop.inner = loop;
		expect(isQuotaError(loop)).toBe(false);
	});
});

describe('describeStorageError', () => {
	it('explains quota errors and passes other messages through', () => {
		expect(describeStorageError(new DOMException('x', 'QuotaExceededError'))).toBe(
			'Not enough storage space on this device. Free space by deleting datasets.'
		);
		expect(describeStorageError(new Error('disk busy'))).toBe(
			"Could not save to this browser's storage: disk busy"
		);
	});
});

describe('persistence and estimates', () => {
	it('asks the browser to persist and reports its answer', async () => {
		let asked = 0;
		const m = manager({ persist: async () => (++asked, true), persisted: async () => true });
		expect(await requestPersistence(m)).toBe(true);
		expect(asked).toBe(1);
		expect(await isPersisted(m)).toBe(true);
	});

	it('reports false or null when unsupported or refused', async () => {
		expect(await requestPersistence(undefined)).toBe(false);
		expect(await isPersisted(undefined)).toBeNull();
		expect(
			await requestPersistence(manager({ persist: () => Promise.reject(new Error('no')) }))
		).toBe(false);
	});

	it('returns usage and quota when known', async () => {
		expect(await estimate(manager({ estimate: async () => ({ usage: 10, quota: 100 }) }))).toEqual({
			usage: 10,
			quota: 100
		});
		expect(await estimate(manager({}))).toBeNull();
		expect(await estimate(undefined)).toBeNull();
	});
});
