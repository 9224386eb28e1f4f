/** Prometheus metrics, from the API's route table (src/lib/server/http/meta-routes.ts). */
import { handleApi } from '$lib/server/instance';
import type { RequestHandler } from './$types';

export const fallback: RequestHandler = ({ request, getClientAddress }) =>
	handleApi(request, getClientAddress());
export const GET = fallback;
