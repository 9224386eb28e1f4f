/** How the end-to-end tests start Chromium (Debian's package; never a downloaded browser). */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export const e2ePort = 4180;
export const baseURL = `http://127.0.0.1:${e2ePort}`;
