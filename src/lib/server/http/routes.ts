/** The route table: every route the server answers under /api, and /metrics. */
import { accountRoutes } from './account-routes';
import { authRoutes } from './auth-routes';
import { fileRoutes } from './file-routes';
import { metaRoutes } from './meta-routes';
import { syncRoutes } from './sync-routes';
import type { Route } from './types';

export const ROUTES: Route[] = [
	...metaRoutes(() => ROUTES),
	...authRoutes,
	...accountRoutes,
	...syncRoutes,
	...fileRoutes
];
