/**
 * Whether a statement's result may be cached (pure). Only one read-only statement whose result
 * depends on nothing but the tables it reads qualifies; when in doubt the answer is no, which
 * costs a run, never a wrong result.
 */
import { tokenize, type SqlToken } from './sql-tokens';
import { withoutTrailingSemicolons } from './normalise-sql';

const FIRST_WORDS = new Set([
	'select',
	'with',
	'from',
	'values',
	'table',
	'pivot',
	'unpivot',
	'describe',
	'summarize',
	'show'
]);

/** Words that change data, settings or the catalog, wherever they appear. */
const WRITE_WORDS = new Set([
	'insert',
	'update',
	'delete',
	'create',
	'copy',
	'drop',
	'alter',
	'attach',
	'detach',
	'install',
	'load',
	'set',
	'reset',
	'pragma',
	'call',
	'export',
	'import',
	'checkpoint',
	'vacuum',
	'truncate',
	'merge',
	'begin',
	'commit',
	'rollback',
	'abort',
	'use',
	'execute',
	'prepare',
	'deallocate'
]);

/** Functions and names whose value changes without any table changing. */
const VOLATILE_WORDS = new Set([
	'random',
	'sample',
	'tablesample',
	'reservoir_quantile',
	'setseed',
	'uuid',
	'uuidv4',
	'uuidv7',
	'gen_random_uuid',
	'now',
	'today',
	'localtime',
	'localtimestamp',
	'get_current_time',
	'get_current_timestamp',
	'transaction_timestamp',
	'statement_timestamp',
	'epoch_ms_now',
	'nextval',
	'currval',
	'txid_current',
	'getenv',
	'glob',
	'query',
	'query_table',
	'information_schema',
	'pg_catalog',
	'sqlite_master',
	'sqlite_schema',
	'pg_tables',
	'which_secret',
	'sniff_csv',
	'parquet_scan',
	'parquet_metadata',
	'parquet_schema',
	'csv_scan'
]);

/** Prefixes of such functions (`current_date`, `read_csv`, `duckdb_tables`, …). */
const VOLATILE_PREFIXES = ['current_', 'read_', 'duckdb_', 'pragma_', 'pg_'];

/** What SHOW lists from the catalog rather than from one table. */
const CATALOG_SHOW = new Set(['tables', 'all', 'databases', 'schemas', 'functions']);

/**
 * True when `sql` is a single statement that starts as a read (SELECT, WITH, …). Anything else
 * may change the tables it names (or, when several statements, any table).
 */
export function startsAsRead(sql: string): boolean {
	const tokens = tokenize(sql);
	if (tokens === null) return false;
	const statement = withoutTrailingSemicolons(tokens);
	if (statement.some((t) => t.kind === 'symbol' && t.text === ';')) return false;
	const first = statement.find((t) => t.kind !== 'symbol' || t.text !== '(');
	return first?.kind === 'word' && FIRST_WORDS.has(first.text.toLowerCase());
}

export function isCacheable(sql: string): boolean {
	const tokens = tokenize(sql);
	if (tokens === null) return false;
	const statement = withoutTrailingSemicolons(tokens);
	if (statement.some((t) => t.kind === 'symbol' && t.text === ';')) return false;
	const words = statement.filter((t) => t.kind !== 'symbol' || t.text !== '(');
	const first = words[0];
	if (first?.kind !== 'word' || !FIRST_WORDS.has(first.text.toLowerCase())) return false;
	if (!isCacheableShow(first, words[1])) return false;
	return statement.every((t) => t.kind !== 'word' || !isDoubtful(t.text.toLowerCase()));
}

function isDoubtful(word: string): boolean {
	return (
		WRITE_WORDS.has(word) ||
		VOLATILE_WORDS.has(word) ||
		VOLATILE_PREFIXES.some((prefix) => word.startsWith(prefix))
	);
}

/** DESCRIBE / SHOW of one named table qualifies; listing the catalog does not. */
function isCacheableShow(first: SqlToken, second: SqlToken | undefined): boolean {
	const word = first.text.toLowerCase();
	if (word !== 'show' && word !== 'describe') return true;
	if (second === undefined) return false;
	return !(second.kind === 'word' && CATALOG_SHOW.has(second.text.toLowerCase()));
}
