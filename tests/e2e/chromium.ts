/** How the end-to-end tests start Chromium and where they find Quarry. */
export { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';

/** QUARRY_E2E_PORT lets two checkouts run their end-to-end tests at the same time. */
export const e2ePort = Number(process.env.QUARRY_E2E_PORT ?? 4180);
export const baseURL = `http://127.0.0.1:${e2ePort}`;
