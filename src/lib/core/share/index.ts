export * from './types';
export { encodeShareLink, decodeShareLink, readPayload } from './codec';
export { validatePayload } from './validate-payload';
export { analysisFileName, analysisFileText, readAnalysisFile } from './analysis-file';
export { safeColumnType, sampleSelectSql, sampleTableSql } from './sample-sql';
export {
	matchDataset,
	matchDatasets,
	renameTables,
	sameSchema,
	sqlForTables,
	type DatasetMatch,
	type LocalDataset
} from './match';
