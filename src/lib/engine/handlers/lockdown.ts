/**
 * Settings every Quarry engine starts with. DuckDB itself may open files only under Quarry's
 * own directory (`allowed_directories` with `enable_external_access = false`, which also
 * refuses `LOAD`, `ATTACH` of files elsewhere and every URL); extensions are never installed or
 * loaded on demand; and the configuration is then locked, so that SQL from the user or from a
 * link cannot switch any of it back. The locked runtime (../lock/locked-runtime.ts) enforces
 * the same rule a second time where DuckDB does its I/O. docs/decisions/0007-network-lock.md
 * records which settings were probed and why these.
 */
import { quarryDir } from '../lock/file-policy';

export const ENGINE_LOCKDOWN_SQL = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET allow_community_extensions = false',
	`SET allowed_directories = ['${quarryDir}']`,
	'SET enable_external_access = false',
	'SET lock_configuration = true'
].join('; ');
