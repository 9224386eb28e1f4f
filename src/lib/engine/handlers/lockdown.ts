/**
 * Settings every Quarry engine starts with. Extensions are never installed or loaded on
 * demand (they would be fetched from DuckDB's repository), and the configuration is then
 * locked so that SQL from the user or from a link cannot switch that back on.
 */
export const ENGINE_LOCKDOWN_SQL = [
	'SET autoinstall_known_extensions = false',
	'SET autoload_known_extensions = false',
	'SET allow_community_extensions = false',
	'SET lock_configuration = true'
].join('; ');
