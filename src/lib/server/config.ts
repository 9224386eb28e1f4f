/**
 * Server configuration, read from the environment (docs/configuration.md). Every value is
 * checked when the server starts; a bad one stops it with a message naming the variable.
 * PORT and HOST are read by scripts/serve.mjs.
 */
import { resolve } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };

export interface ServerConfig {
	version: string;
	/** Absolute path of the server's data directory (SQLite file, dataset files, uploads). */
	dataDir: string;
	/** PostgreSQL connection string; when unset the store is an SQLite file in dataDir. */
	databaseUrl: string | undefined;
	/** Whether anyone may create an account. */
	registration: 'open' | 'closed';
	/** Origins besides the server's own that may send cookie-authenticated writes. */
	allowedOrigins: string[];
	/** Largest dataset file one upload may be. */
	maxFileBytes: number;
	/** Total bytes of dataset files one account may hold. */
	quotaBytes: number;
	/** Days a session lasts after its last use. */
	sessionDays: number;
	/** When set, GET /metrics needs `Authorization: Bearer <token>`. */
	metricsToken: string | undefined;
}

export type EnvVars = Record<string, string | undefined>;

/** A configuration value that cannot be used; the message names the variable. */
export class ConfigError extends Error {}

const MIB = 1024 * 1024;

function positiveInt(vars: EnvVars, name: string, fallback: number, max: number): number {
	const raw = vars[name]?.trim();
	if (raw === undefined || raw === '') return fallback;
	if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
		throw new ConfigError(`${name} must be a whole number from 1 to ${max}, got "${raw}".`);
	}
	return Number(raw);
}

function origins(raw: string | undefined): string[] {
	if (raw === undefined || raw.trim() === '') return [];
	return raw.split(',').map((part) => {
		const value = part.trim();
		let url: URL;
		try {
			url = new URL(value);
		} catch {
			throw new ConfigError(
				`QUARRY_ALLOWED_ORIGINS must be a comma-separated list of origins such as https://quarry.example.org, got "${value}".`
			);
		}
		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== value) {
			throw new ConfigError(
				`QUARRY_ALLOWED_ORIGINS: "${value}" is not a plain http(s) origin (scheme, host and port only, no path or trailing slash).`
			);
		}
		return url.origin;
	});
}

function registration(raw: string | undefined): 'open' | 'closed' {
	const value = raw?.trim().toLowerCase() || 'open';
	if (value !== 'open' && value !== 'closed') {
		throw new ConfigError(`QUARRY_REGISTRATION must be "open" or "closed", got "${raw}".`);
	}
	return value;
}

function databaseUrl(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	if (!/^postgres(ql)?:\/\//.test(value)) {
		throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
	}
	return value;
}

function metricsToken(raw: string | undefined): string | undefined {
	const value = raw?.trim();
	if (!value) return undefined;
	if (!/^[\x21-\x7e]{16,256}$/.test(value)) {
		throw new ConfigError(
			'QUARRY_METRICS_TOKEN must be 16–256 printable characters without spaces.'
		);
	}
	return value;
}

/** Reads and checks the configuration; throws ConfigError for a value that cannot be used. */
export function parseServerConfig(vars: EnvVars): ServerConfig {
	return {
		version: pkg.version,
		dataDir: resolve(vars.QUARRY_DATA_DIR?.trim() || 'data'),
		databaseUrl: databaseUrl(vars.DATABASE_URL),
		registration: registration(vars.QUARRY_REGISTRATION),
		allowedOrigins: origins(vars.QUARRY_ALLOWED_ORIGINS),
		maxFileBytes: positiveInt(vars, 'QUARRY_MAX_FILE_MB', 2048, 1024 * 1024) * MIB,
		quotaBytes: positiveInt(vars, 'QUARRY_QUOTA_MB', 20480, 1024 * 1024 * 1024) * MIB,
		sessionDays: positiveInt(vars, 'QUARRY_SESSION_DAYS', 30, 3650),
		metricsToken: metricsToken(vars.QUARRY_METRICS_TOKEN)
	};
}
