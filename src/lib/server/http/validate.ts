/**
 * Small checks for JSON bodies. Each names the field it rejects, so the client can say which
 * input is wrong (ApiError.field).
 */
import { invalid } from './errors';

export function objectBody(value: unknown): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw invalid('body', 'The body must be a JSON object.');
	}
	return value as Record<string, unknown>;
}

export function stringField(
	value: unknown,
	field: string,
	{ min = 1, max }: { min?: number; max: number }
): string {
	if (typeof value !== 'string') throw invalid(field, `${field} must be a string.`);
	if (value.length < min || value.length > max) {
		throw invalid(field, `${field} must be ${min}–${max} characters long.`);
	}
	return value;
}

export function intField(value: unknown, field: string, min: number, max: number): number {
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
		throw invalid(field, `${field} must be a whole number from ${min} to ${max}.`);
	}
	return value;
}

export function boolField(value: unknown, field: string): boolean {
	if (typeof value !== 'boolean') throw invalid(field, `${field} must be true or false.`);
	return value;
}

/** A query parameter that must be a whole number in range (missing: the default). */
export function intParam(
	url: URL,
	name: string,
	{ min, max, fallback }: { min: number; max: number; fallback: number }
): number {
	const raw = url.searchParams.get(name);
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,16}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
		throw invalid(name, `${name} must be a whole number from ${min} to ${max}.`);
	}
	return Number(raw);
}
