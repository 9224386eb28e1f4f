import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, parseServerConfig } from './config';

const MIB = 1024 * 1024;

describe('parseServerConfig', () => {
	test('defaults', () => {
		const config = parseServerConfig({});
		expect(config).toMatchObject({
			dataDir: resolve('data'),
			databaseUrl: undefined,
			registration: 'open',
			allowedOrigins: [],
			maxFileBytes: 2048 * MIB,
			quotaBytes: 20480 * MIB,
			sessionDays: 30,
			metricsToken: undefined
		});
	});

	test('reads every variable', () => {
		const config = parseServerConfig({
			QUARRY_DATA_DIR: '/srv/quarry',
			DATABASE_URL: 'postgres://quarry@localhost/quarry',
			QUARRY_REGISTRATION: 'Closed',
			QUARRY_ALLOWED_ORIGINS: 'https://a.example.org, http://localhost:5173',
			QUARRY_MAX_FILE_MB: '10',
			QUARRY_QUOTA_MB: '100',
			QUARRY_SESSION_DAYS: '7',
			QUARRY_METRICS_TOKEN: 'a-long-enough-token'
		});
		expect(config).toMatchObject({
			dataDir: '/srv/quarry',
			databaseUrl: 'postgres://quarry@localhost/quarry',
			registration: 'closed',
			allowedOrigins: ['https://a.example.org', 'http://localhost:5173'],
			maxFileBytes: 10 * MIB,
			quotaBytes: 100 * MIB,
			sessionDays: 7,
			metricsToken: 'a-long-enough-token'
		});
	});

	test.each([
		[{ QUARRY_REGISTRATION: 'maybe' }, 'QUARRY_REGISTRATION must be "open" or "closed"'],
		[{ QUARRY_MAX_FILE_MB: '0' }, 'QUARRY_MAX_FILE_MB must be a whole number'],
		[{ QUARRY_QUOTA_MB: '1.5' }, 'QUARRY_QUOTA_MB must be a whole number'],
		[{ QUARRY_SESSION_DAYS: 'forever' }, 'QUARRY_SESSION_DAYS must be a whole number'],
		[{ QUARRY_ALLOWED_ORIGINS: 'https://a.example.org/app' }, 'not a plain http(s) origin'],
		[{ QUARRY_ALLOWED_ORIGINS: 'not a url' }, 'QUARRY_ALLOWED_ORIGINS must be'],
		[{ QUARRY_ALLOWED_ORIGINS: 'ftp://files.example.org' }, 'not a plain http(s) origin'],
		[{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
		[{ QUARRY_METRICS_TOKEN: 'short' }, 'QUARRY_METRICS_TOKEN must be 16–256']
	])('%j stops the server with a message naming the variable', (vars, message) => {
		expect(() => parseServerConfig(vars)).toThrow(ConfigError);
		expect(() => parseServerConfig(vars)).toThrow(message);
	});
});
