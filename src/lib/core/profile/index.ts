export { buildProfileSql, APPROXIMATE_DISTINCT_ABOVE, type ProfileSqlOptions } from './profile-sql';
export { parseProfileRows, CATEGORICAL_INTEGER_MAX_DISTINCT } from './parse-profile';
export { columnKind, type ColumnKind } from './column-kind';
