/**
 * Every /api request goes to the API's route table (src/lib/server/http/routes.ts,
 * docs/decisions/0013-api-route-table.md), whatever the method.
 */
import { handleApi } from '$lib/server/instance';
import type { RequestHandler } from './$types';

export const fallback: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(request, getClientAddress());
export const GET = fallback;
export const HEAD = fallback;
export const POST = fallback;
export const PATCH = fallback;
export const PUT = fallback;
export const DELETE = fallback;
