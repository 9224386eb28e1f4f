/**
 * "Export analysis": the same payload as a link, as a JSON file for analyses too large for a
 * link. It may carry more sample rows than a link; it is checked exactly like a link.
 */
import { readPayload } from './codec';
import { SHARE_LIMITS, type DecodeResult, type SharePayload } from './types';

const KIND = 'quarry-analysis';

export function analysisFileText(payload: SharePayload): string {
	return JSON.stringify({ kind: KIND, version: 1, payload }, null, 1);
}

/** A file name for an analysis, from its title. */
export function analysisFileName(title: string): string {
	const base = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${base || 'analysis'}.quarry.json`;
}

export function readAnalysisFile(text: string): DecodeResult {
	if (text.length > SHARE_LIMITS.maxFileBytes) {
		return {
			ok: false,
			code: 'oversized',
			message: `This file is larger than ${SHARE_LIMITS.maxFileBytes / 1_000_000} MB; Quarry opens analysis files up to that size.`
		};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return {
			ok: false,
			code: 'invalid-payload',
			message: 'This file is not a Quarry analysis (not JSON).'
		};
	}
	if (typeof value !== 'object' || value === null || !('kind' in value) || value.kind !== KIND) {
		return { ok: false, code: 'invalid-payload', message: 'This file is not a Quarry analysis.' };
	}
	if (!('version' in value) || value.version !== 1) {
		return {
			ok: false,
			code: 'unknown-version',
			message: 'This analysis was exported by a newer Quarry; this version reads version 1 files.'
		};
	}
	const payload = 'payload' in value ? value.payload : undefined;
	return readPayload(JSON.stringify(payload ?? null), SHARE_LIMITS.maxFileRows);
}
