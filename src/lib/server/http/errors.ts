/**
 * API errors: every route answers a failure with an HTTP status and an ApiError body
 * (`{ error: { code, message, field? } }`). Handlers throw HttpError; createApi turns it into
 * the response. Anything else thrown becomes a 500 that says only "internal error".
 */
import type { ApiError } from '$lib/core/sync/protocol';

export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly field?: string,
		readonly headers: Record<string, string> = {}
	) {
		super(message);
	}
}

export function errorBody(code: string, message: string, field?: string): ApiError {
	return { error: field === undefined ? { code, message } : { code, message, field } };
}

export function errorResponse(error: HttpError): Response {
	return Response.json(errorBody(error.code, error.message, error.field), {
		status: error.status,
		headers: { 'cache-control': 'no-store', ...error.headers }
	});
}

/** A request body field that is missing or not acceptable (400, the field named). */
export function invalid(field: string, message: string): HttpError {
	return new HttpError(400, 'invalid_body', message, field);
}
