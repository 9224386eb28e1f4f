/**
 * Server configuration, read from the environment (docs/configuration.md).
 * PORT and HOST are read by scripts/serve.mjs; the app itself needs the data directory.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { env } from '$env/dynamic/private';
import pkg from '../../../package.json' with { type: 'json' };

export interface ServerConfig {
	version: string;
	/** Absolute path of the server's data directory (its SQLite file will live here). */
	dataDir: string;
}

export function readServerConfig(): ServerConfig {
	return {
		version: pkg.version,
		dataDir: resolve(env.QUARRY_DATA_DIR || 'data')
	};
}

/** Create the data directory if it is missing; returns the configuration in use. */
export function prepareServer(): ServerConfig {
	const config = readServerConfig();
	mkdirSync(config.dataDir, { recursive: true });
	return config;
}
