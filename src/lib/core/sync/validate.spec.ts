import { describe, expect, it } from 'vitest';
import { SYNC_LIMITS } from './protocol';
import { checkPullParams, checkPushRequest, idProblem } from './validate';

function changeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		changeId: 'c-1',
		table: 'charts',
		recordId: '0b6f7c1e-2a4d-4a8e-9f00-1234567890ab',
		baseVersion: 0,
		deleted: false,
		data: { title: 'Sales by month' },
		deviceSeq: 1,
		...overrides
	};
}

function pushBody(...changes: unknown[]) {
	return { deviceId: 'device-1', changes };
}

function errorOf(body: unknown) {
	const checked = checkPushRequest(body);
	if (checked.ok) throw new Error('expected the body to be refused');
	return checked.error;
}

describe('checkPushRequest', () => {
	it('accepts a valid push and keeps only the protocol fields', () => {
		const checked = checkPushRequest({
			...pushBody(
				changeBody({ extra: 'dropped' }),
				changeBody({ changeId: 'c-2', deleted: true, data: null })
			),
			admin: true
		});
		expect(checked).toEqual({
			ok: true,
			value: {
				deviceId: 'device-1',
				changes: [changeBody(), changeBody({ changeId: 'c-2', deleted: true, data: null })]
			}
		});
	});

	it('refuses a body that is not an object, or lacks a device id or changes', () => {
		expect(errorOf([]).message).toBe('the body must be a JSON object');
		expect(errorOf({ changes: [] })).toMatchObject({ field: 'deviceId', code: 'invalid' });
		expect(errorOf({ deviceId: 'd' })).toMatchObject({ field: 'changes' });
		expect(errorOf({ deviceId: 'd', changes: {} })).toMatchObject({ field: 'changes' });
	});

	it('names the change and field that is wrong', () => {
		const error = errorOf(pushBody(changeBody(), changeBody({ recordId: 'has space' })));
		expect(error).toEqual({
			code: 'invalid',
			field: 'changes[1].recordId',
			message: 'recordId may contain only letters, digits, "_", ".", ":" and "-"'
		});
		expect(errorOf(pushBody('text')).field).toBe('changes[0]');
	});

	it('refuses ids that are empty, too long, not strings or with other characters', () => {
		expect(idProblem('')).toBe('must not be empty');
		expect(idProblem('x'.repeat(SYNC_LIMITS.maxIdLength))).toBeUndefined();
		expect(idProblem('x'.repeat(SYNC_LIMITS.maxIdLength + 1))).toMatch(/at most 128/);
		expect(idProblem(12)).toBe('must be a string');
		for (const bad of ['a/b', '<script>', 'é', 'a\nb', '../x']) {
			expect(idProblem(bad), bad).toMatch(/may contain only/);
		}
		expect(errorOf({ deviceId: 'a b', changes: [] }).field).toBe('deviceId');
		expect(errorOf(pushBody(changeBody({ changeId: '' }))).field).toBe('changes[0].changeId');
	});

	it('refuses unknown tables and settings that do not roam', () => {
		expect(errorOf(pushBody(changeBody({ table: 'outbox' }))).message).toBe(
			'table must be one of datasets, queries, charts, contexts, settings'
		);
		expect(errorOf(pushBody(changeBody({ table: 'settings', recordId: 'llmApiKey' })))).toEqual({
			code: 'invalid',
			field: 'changes[0].recordId',
			message: 'the setting "llmApiKey" does not roam between devices'
		});
		expect(
			checkPushRequest(pushBody(changeBody({ table: 'settings', recordId: 'theme', data: 'dark' })))
				.ok
		).toBe(true);
	});

	it('wants baseVersion and deviceSeq as non-negative integers', () => {
		for (const bad of [-1, 1.5, '1', null, Number.MAX_SAFE_INTEGER + 1]) {
			expect(errorOf(pushBody(changeBody({ baseVersion: bad }))).field).toBe(
				'changes[0].baseVersion'
			);
			expect(errorOf(pushBody(changeBody({ deviceSeq: bad }))).field).toBe('changes[0].deviceSeq');
		}
	});

	it('wants data null exactly when the record is deleted', () => {
		expect(errorOf(pushBody(changeBody({ deleted: true }))).message).toBe(
			'data must be null for a deleted record'
		);
		expect(errorOf(pushBody(changeBody({ data: null }))).field).toBe('changes[0].data');
		expect(errorOf(pushBody(changeBody({ data: undefined }))).field).toBe('changes[0].data');
		expect(errorOf(pushBody(changeBody({ deleted: 'yes' }))).field).toBe('changes[0].deleted');
	});

	it('limits the size of one record and the number of changes', () => {
		const big = 'x'.repeat(SYNC_LIMITS.maxRecordBytes);
		expect(errorOf(pushBody(changeBody({ data: big })))).toMatchObject({
			code: 'too_large',
			field: 'changes[0].data'
		});
		// Size is counted in UTF-8 bytes, not characters.
		const wide = 'é'.repeat(SYNC_LIMITS.maxRecordBytes / 2);
		expect(errorOf(pushBody(changeBody({ data: wide }))).code).toBe('too_large');
		expect(
			checkPushRequest(pushBody(changeBody({ data: 'x'.repeat(SYNC_LIMITS.maxRecordBytes - 2) })))
				.ok
		).toBe(true);
		const many = Array.from({ length: SYNC_LIMITS.maxChangesPerPush + 1 }, (_, i) =>
			changeBody({ changeId: `c${i}` })
		);
		expect(errorOf(pushBody(...many))).toMatchObject({ code: 'too_large', field: 'changes' });
		expect(checkPushRequest(pushBody(...many.slice(1))).ok).toBe(true);
	});
});

describe('checkPullParams', () => {
	it('defaults to everything from the start, one full page', () => {
		expect(checkPullParams(null, null)).toEqual({
			ok: true,
			value: { since: 0, limit: SYNC_LIMITS.maxPullLimit }
		});
		expect(checkPullParams('42', '10')).toEqual({ ok: true, value: { since: 42, limit: 10 } });
	});

	it('refuses anything but plain non-negative integers, and limits out of range', () => {
		for (const bad of ['-1', '1.5', '1e3', 'abc', ' 1', '0x10', '9999999999999999']) {
			const checked = checkPullParams(bad, null);
			expect(checked.ok, bad).toBe(false);
			if (!checked.ok) expect(checked.error.field).toBe('since');
		}
		for (const bad of ['0', String(SYNC_LIMITS.maxPullLimit + 1), 'ten']) {
			const checked = checkPullParams('0', bad);
			expect(checked.ok, bad).toBe(false);
			if (!checked.ok) expect(checked.error.field).toBe('limit');
		}
	});
});
