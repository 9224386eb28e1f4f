/**
 * Quarry's offline plain-language → SQL engine. Rule-based and deterministic: same question,
 * catalog and context → same answer, once loadWordNet has resolved (its word knowledge is loaded
 * on demand). See answer.ts for the pipeline.
 */
export { answerQuestion } from './answer';
export { CONFIDENCE_THRESHOLD } from './explain';
export { prepareCatalog, type PreparedCatalog } from './lexicon';
export { loadWordNet } from './word-net';
export * from './types';
