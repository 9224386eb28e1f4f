export {
	buildProfileSql,
	buildProfileStatements,
	PROFILE_BATCH_COLUMNS,
	APPROXIMATE_DISTINCT_ABOVE,
	CATEGORICAL_NUMBER_MAX_DISTINCT,
	HISTOGRAM_BINS,
	type ProfileSqlOptions
} from './profile-sql';
export { parseProfileRows } from './parse-profile';
export { columnKind, type ColumnKind } from './column-kind';
