import type { ServerInit } from '@sveltejs/kit';
import { prepareServer } from '$lib/server/config';

/** Runs once when the server starts, before the first request. */
export const init: ServerInit = () => {
	prepareServer();
};
