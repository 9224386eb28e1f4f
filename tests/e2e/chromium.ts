/** How the end-to-end tests start Chromium and where they find Quarry. */
export { chromiumArgs, chromiumPath } from '../helpers/chromium.mjs';

export const e2ePort = 4180;
export const baseURL = `http://127.0.0.1:${e2ePort}`;
